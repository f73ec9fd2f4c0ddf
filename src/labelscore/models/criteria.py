"""A criteria file: one category of the edition and the weighted criteria its jurors mark."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from labelscore.models.base import Identifier, Strict, Text


class Scale(Strict):
    min: int | float = Field(default=0, description="Lowest mark.")
    max: int | float = Field(description="Highest mark.")

    @model_validator(mode="after")
    def _ordered(self) -> Scale:
        if self.max <= self.min:
            raise PydanticCustomError(
                "scale_order",
                "max ({max}) must be greater than min ({min})",
                {"max": self.max, "min": self.min, "field": "max"},
            )
        return self

    def rescale(self, mark: float) -> float:
        """A mark on this scale, as a score from 0 to 100."""
        return (mark - self.min) / (self.max - self.min) * 100.0

    def contains(self, mark: float) -> bool:
        return self.min <= mark <= self.max


class Criterion(Strict):
    id: Identifier = Field(description="Identifier used in the jurors' score files.")
    title: Text = Field(description="Short name shown to jurors.")
    guidance: Text | None = Field(default=None, description="What a juror should look at.")
    weight: int | float = Field(gt=0, description="Relative weight within the category.")
    scale: Scale = Field(description="Range of marks, e.g. {min: 0, max: 5}.")


class Category(Strict):
    """A category of the label, with the criteria its jury uses."""

    id: Identifier = Field(description="Category identifier used by applications.")
    title: Text = Field(description="Name of the category as published.")
    order: int | None = Field(
        default=None,
        ge=0,
        description="Place of the category in the published list; categories without one "
        "come after, by id.",
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
