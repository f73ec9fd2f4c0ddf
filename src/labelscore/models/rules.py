"""labelscore.yaml: the edition and the rules that turn scores into labels."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from labelscore.choices import Aggregate, Normalize
from labelscore.models.application import IndicatorKind, Status
from labelscore.models.base import CHOICE, Identifier, Strict, Text


class PreselectionCriterion(Strict):
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
        return self


class Preselection(Strict):
    at_least: int = Field(
        default=1, ge=0, description="How many of the questions must be answered yes."
    )
    criteria: list[PreselectionCriterion] = Field(
        default_factory=list, description="The predefined yes/no questions."
    )


class PerCategory(Strict):
    min: int = Field(default=0, ge=0, description="Labels every category receives at least.")
    max: int | None = Field(default=None, ge=0, description="Labels a category receives at most.")


class TieBreak(StrEnum):
    REALISED = "realised"
    MEDIAN = "median"
    TOP_CRITERION = "top_criterion"
    JURORS = "jurors"


class Awards(Strict):
    labels: int = Field(ge=0, description="Total number of labels awarded.")
    per_category: PerCategory = Field(default_factory=PerCategory, description="Quotas.")
    minimum_score: float = Field(
        default=0, ge=0, le=100, description="Score (0-100) below which no label is awarded."
    )
    preselection: Preselection = Field(
        default_factory=Preselection, description="Round 1: who goes on to round 2."
    )
    tie_break: list[Annotated[TieBreak, CHOICE]] = Field(
        default_factory=list,
        description="On equal scores, the rules tried in order: realised (realised projects "
        "first), median (higher median juror score), top_criterion (higher mark on the "
        "category's heaviest criterion), jurors (more jurors).",
    )
    jury_order: list[Identifier] = Field(
        default_factory=list,
        description="Ties the jury settled by vote: application ids, preferred first. "
        "Applied after the tie_break rules.",
    )

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


class Scoring(Strict):
    minimum_jurors: int = Field(
        default=1,
        ge=1,
        description="Jurors without a conflict an application needs to be ranked.",
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


class Rules(Strict):
    """labelscore.yaml, at the root of an edition folder."""

    name: Text = Field(description="Name of the label.")
    year: int = Field(ge=2000, le=2100, description="Year of the edition.")
    scoring: Scoring = Field(default_factory=Scoring, description="How scores are computed.")
    awards: Awards = Field(description="How labels are awarded.")
