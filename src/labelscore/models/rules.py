"""labelscore.yaml: the edition and the rules that turn scores into labels."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from labelscore.models.application import Date, IndicatorKind, Status
from labelscore.models.base import CHOICE, FileModel, Identifier, Text
from labelscore.models.choices import Aggregate, Normalize

MAX_COUNT = 100_000
"""Labels and quotas: far above any edition, low enough that no count can hang the engine."""

MAX_JURORS = 1_000
"""The most jurors an application can be asked to need."""

MAX_QUESTIONS = 1_000
"""The most preselection questions an application can be asked to answer yes to."""


def _listed_twice(items: list[str], fix: str, name: str) -> None:
    """An error on the second mention of an item already in the list `name` (its fix in
    another language: `reading.listed-twice.<name>` in labelscore.i18n.reading)."""
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        if item in first:
            raise PydanticCustomError(
                "listed_twice",
                "'{item}' is already listed (item {first} of this list); {fix}",
                {
                    "item": str(item),
                    "first": first[item] + 1,
                    "fix": fix,
                    "list": name,
                    "field": str(index),
                },
            )
        first[item] = index


class PreselectionCriterion(FileModel):
    """A yes/no question answered from the application's own fields.

    Exactly one of `status`, `indicator_kinds` or `filled` says how it is answered.
    """

    id: Identifier = Field(description="Short name of the question.")
    question: Text = Field(description="The question as the jury reads it.")
    status: list[Annotated[Status, CHOICE]] | None = Field(
        default=None, description="Yes when the project's status is one of these."
    )
    indicator_kinds: list[Annotated[IndicatorKind, CHOICE]] | None = Field(
        default=None, description="Yes when the application gives an indicator of these kinds."
    )
    filled: Literal["transferability", "website", "partners", "indicators"] | None = Field(
        default=None, description="Yes when the application fills in this field."
    )

    @model_validator(mode="after")
    def _one_test(self) -> PreselectionCriterion:
        given = [
            name
            for name in ("status", "indicator_kinds", "filled")
            if getattr(self, name) is not None
        ]
        if len(given) != 1:
            raise PydanticCustomError(
                "preselection_test",
                "say how the question is answered with exactly one of 'status', "
                "'indicator_kinds' or 'filled' (found {count})",
                {"count": len(given)},
            )
        choices = {
            "status": "planned, in progress or realised",
            "indicator_kinds": "audience, usage, resources or other",
        }
        name = given[0]
        if name in choices and not getattr(self, name):
            raise PydanticCustomError(
                "empty_question",
                "an empty list answers no for every application; list at least one of: "
                "{choices}, or remove the question",
                {"choices": choices[name], "field": name},
            )
        return self


class Preselection(FileModel):
    at_least: int = Field(
        default=1,
        ge=0,
        le=MAX_QUESTIONS,
        description="How many of the questions must be answered yes; at most the number of "
        "questions. Default: 1 when questions are listed, 0 when there are none.",
    )
    criteria: list[PreselectionCriterion] = Field(
        default=[], description="The predefined yes/no questions."
    )

    @model_validator(mode="before")
    @classmethod
    def _default_at_least(cls, data: object) -> object:
        """Without questions, nothing can be answered yes: the default asks for none."""
        if isinstance(data, dict) and "at_least" not in data and not data.get("criteria"):
            return {**data, "at_least": 0}
        return data

    @field_validator("criteria")
    @classmethod
    def _unique_questions(
        cls, criteria: list[PreselectionCriterion]
    ) -> list[PreselectionCriterion]:
        first: dict[str, int] = {}
        for index, question in enumerate(criteria):
            if question.id in first:
                raise PydanticCustomError(
                    "listed_twice",
                    "question '{id}' is already listed (question {first}); give each "
                    "question its own id",
                    {"id": question.id, "first": first[question.id] + 1, "field": f"{index}.id"},
                )
            first[question.id] = index
        return criteria

    @model_validator(mode="after")
    def _passable(self) -> Preselection:
        count = len(self.criteria)
        if self.at_least > count:
            fix = (
                "set 'at_least: 0' or list questions under 'criteria'"
                if count == 0
                else f"lower at_least to {count} at most, or add questions"
            )
            there = "there is no question" if count == 0 else f"there are only {count} questions"
            if count == 1:
                there = "there is only 1 question"
            raise PydanticCustomError(
                "preselection_impossible",
                "at_least is {at_least} but {there}: no application could pass round 1; {fix}",
                {
                    "at_least": self.at_least,
                    "there": there,
                    "fix": fix,
                    "questions": count,
                    "field": "at_least",
                },
            )
        return self


class PerCategory(FileModel):
    min: int = Field(
        default=0,
        ge=0,
        le=MAX_COUNT,
        description="Labels every category receives at least (0 to 100,000); times the "
        "number of categories, at most 'labels'.",
    )
    max: int | None = Field(
        default=None,
        ge=0,
        le=MAX_COUNT,
        description="Labels a category receives at most (0 to 100,000).",
    )


class TieBreak(StrEnum):
    REALISED = "realised"
    MEDIAN = "median"
    TOP_CRITERION = "top_criterion"
    JURORS = "jurors"


class Awards(FileModel):
    labels: int = Field(
        ge=0, le=MAX_COUNT, description="Total number of labels awarded (0 to 100,000)."
    )
    per_category: PerCategory = Field(default_factory=PerCategory, description="Quotas.")
    minimum_score: float = Field(
        default=0, ge=0, le=100, description="Score (0-100) below which no label is awarded."
    )
    preselection: Preselection = Field(
        default_factory=Preselection, description="Round 1: who goes on to round 2."
    )
    tie_break: list[Annotated[TieBreak, CHOICE]] = Field(
        default=[],
        description="On equal scores, the rules tried in order: realised (realised projects "
        "first), median (higher median juror score), top_criterion (higher mark on the "
        "category's heaviest criterion), jurors (more jurors). Each rule at most once.",
    )
    jury_order: list[Identifier] = Field(
        default=[],
        description="Ties the jury settled by vote: application ids, preferred first, each "
        "once. Applied after the tie_break rules.",
    )
    draw_lots: bool = Field(
        default=False,
        description="true: a tie for a label that the tie_break rules and the jury's vote "
        "leave is settled by drawing lots, seeded with uncertainty.seed (default: the "
        "edition's year); the lots are recorded with the result. false (default): such a tie "
        "holds its labels back until the jury votes.",
    )

    @field_validator("tie_break")
    @classmethod
    def _rules_once(cls, rules: list[TieBreak]) -> list[TieBreak]:
        _listed_twice(
            [rule.value for rule in rules],
            "a rule settles nothing the second time: remove this one or write another rule "
            "(realised, median, top_criterion or jurors)",
            "tie_break",
        )
        return rules

    @field_validator("jury_order")
    @classmethod
    def _applications_once(cls, order: list[str]) -> list[str]:
        _listed_twice(
            order,
            "the jury's order gives each application one place: keep it where the vote put it "
            "and remove the other",
            "jury_order",
        )
        return order

    @model_validator(mode="after")
    def _quotas(self) -> Awards:
        cap = self.per_category.max
        if cap is not None and cap < self.per_category.min:
            raise PydanticCustomError(
                "quota_order",
                "per_category: max ({max}) is below min ({min})",
                {"max": cap, "min": self.per_category.min, "field": "per_category"},
            )
        return self


class Scoring(FileModel):
    minimum_jurors: int = Field(
        default=1,
        ge=1,
        le=MAX_JURORS,
        description="Jurors without a conflict an application needs to be ranked (1 to "
        "1,000); at most the number of jurors of each category in the roster.",
    )
    jurors_per_application: int = Field(
        default=4,
        ge=1,
        le=MAX_JURORS,
        description="Jurors `labelscore assign` gives each application (1 to 1,000; default "
        "4); never fewer than minimum_jurors, at most the jurors of its category.",
    )
    aggregate: Annotated[Aggregate, CHOICE] = Field(
        default=Aggregate.MEAN,
        description="How jurors' scores make the application's: mean, median or trimmed "
        "(drops the highest and the lowest from 5 jurors on).",
    )
    normalize: Annotated[Normalize, CHOICE] = Field(
        default=Normalize.NONE,
        description="none, or zscore: each juror's scores standardised within the category.",
    )
    discuss_spread: float | None = Field(
        default=None,
        gt=0,
        le=100,
        description="Flag 'discuss' when jurors' scores of one application are further "
        "apart than this (0-100 points).",
    )
    leniency_flag: float = Field(
        default=5,
        gt=0,
        le=100,
        description="Flag a juror harsh or lenient when their scores differ from the other "
        "jurors' on the same entries by more than this, on average (0-100 points).",
    )


MAX_DRAWS = 100_000
"""The most draws of the uncertainty simulation: about 100 times the default's time."""

DEFAULT_DRAWS = 1_000
"""Draws of the uncertainty simulation when labelscore.yaml names none: the Monte Carlo
standard error of a P(label) is then at most 0.5 / sqrt(1000), 1.6 points."""


class Uncertainty(FileModel):
    """How sure each label is: the seeded simulation of scoring noise (engine.uncertainty)."""

    seed: int | None = Field(
        default=None,
        ge=0,
        le=2**63 - 1,
        description="Seed of the simulation: the same seed gives the same figures. Default: "
        "the edition's year.",
    )
    draws: int = Field(
        default=DEFAULT_DRAWS,
        ge=0,
        le=MAX_DRAWS,
        description="Draws of the simulation (0 to 100,000; 0 switches it off). Default: 1,000.",
    )


class Rules(FileModel):
    """labelscore.yaml, at the root of an edition folder."""

    name: Text = Field(description="Name of the label.")
    year: int = Field(ge=2000, le=2100, description="Year of the edition.")
    marking_deadline: Date | None = Field(
        default=None,
        description="Date by which jurors send their marks back, as YYYY-MM-DD (shown on "
        "the score cards).",
    )
    scoring: Scoring = Field(default_factory=Scoring, description="How scores are computed.")
    awards: Awards = Field(description="How labels are awarded.")
    uncertainty: Uncertainty | None = Field(
        default=None,
        description="How sure each label is: seed and number of draws of the simulation "
        "(defaults: the edition's year, 1,000 draws).",
    )

    @property
    def seed(self) -> int:
        """The simulation's seed: the one written, or the edition's year."""
        written = self.uncertainty.seed if self.uncertainty is not None else None
        return self.year if written is None else written

    @property
    def draws(self) -> int:
        return DEFAULT_DRAWS if self.uncertainty is None else self.uncertainty.draws
