"""A criteria file: one category of the edition and the weighted criteria its jurors mark."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from labelscore.models.base import FileModel, Identifier, Text

SCALE_LIMIT = 1_000_000
"""Scale bounds (and so marks) lie between -SCALE_LIMIT and SCALE_LIMIT."""

SCALE_MIN_SPAN = 0.01
"""The narrowest scale: max at least this far above min, so a mark keeps its precision."""

WEIGHT_MIN = 0.001
WEIGHT_MAX = 1000
"""Weights lie between these: a heaviest criterion at most a million times the lightest."""

MAX_ORDER = 1000
"""The highest place a category can take in the published list."""


class Scale(FileModel):
    min: int | float = Field(
        default=0,
        ge=-SCALE_LIMIT,
        le=SCALE_LIMIT,
        description="Lowest mark (-1,000,000 to 1,000,000).",
    )
    max: int | float = Field(
        ge=-SCALE_LIMIT,
        le=SCALE_LIMIT,
        description="Highest mark (-1,000,000 to 1,000,000), at least 0.01 above min.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Scale:
        if self.max <= self.min:
            raise PydanticCustomError(
                "scale_order",
                "max ({max}) must be greater than min ({min})",
                {"max": _written(self.max), "min": _written(self.min), "field": "max"},
            )
        # Tolerance: 0.1 to 0.11 is 0.01 wide as written, 0.00999... in binary.
        if self.max - self.min < SCALE_MIN_SPAN * (1 - 1e-9):
            raise PydanticCustomError(
                "scale_span",
                "the scale from {min} to {max} is too narrow: make max at least {span} "
                "above min (or mark on a wider scale, such as 0 to 10)",
                {
                    "max": _written(self.max),
                    "min": _written(self.min),
                    "span": SCALE_MIN_SPAN,
                    "field": "max",
                },
            )
        return self

    def rescale(self, mark: float) -> float:
        """A mark on this scale, as a score from 0 to 100."""
        return (mark - self.min) / (self.max - self.min) * 100.0

    def contains(self, mark: float) -> bool:
        return self.min <= mark <= self.max


def _written(number: float) -> str:
    """A number as the user wrote it."""
    return str(getattr(number, "source", number))


class Criterion(FileModel):
    id: Identifier = Field(description="Identifier used in the jurors' score files.")
    title: Text = Field(description="Short name shown to jurors.")
    guidance: Text | None = Field(default=None, description="What a juror should look at.")
    weight: int | float = Field(
        ge=WEIGHT_MIN,
        le=WEIGHT_MAX,
        description="Relative weight within the category (0.001 to 1000).",
    )
    scale: Scale = Field(description="Range of marks, e.g. {min: 0, max: 5}.")


class Category(FileModel):
    """A category of the label, with the criteria its jury uses."""

    id: Identifier = Field(description="Category identifier used by applications.")
    title: Text = Field(description="Name of the category as published.")
    order: int | None = Field(
        default=None,
        ge=0,
        le=MAX_ORDER,
        description="Place of the category in the published list (0 to 1000); categories "
        "without one come after, by id.",
    )
    criteria: list[Criterion] = Field(min_length=1, description="Weighted criteria.")

    @model_validator(mode="after")
    def _unique_criteria(self) -> Category:
        seen: set[str] = set()
        for index, criterion in enumerate(self.criteria):
            if criterion.id in seen:
                raise PydanticCustomError(
                    "duplicate_criterion",
                    "criterion '{id}' is listed twice",
                    {"id": criterion.id, "field": f"criteria.{index}.id"},
                )
            seen.add(criterion.id)
        return self
