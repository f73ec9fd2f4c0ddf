"""The jury: the roster of jurors and one score sheet per juror."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from pydantic.functional_validators import BeforeValidator
from pydantic_core import PydanticCustomError

from labelscore.models.application import InseeCode, Siren
from labelscore.models.base import FileModel, Identifier, Text, decimal_comma_fix


class JurorTerritory(FileModel):
    name: Text = Field(description="Territory the juror works for or is elected in.")
    insee: InseeCode | None = Field(default=None, description="Its INSEE code, if any.")
    siren: Siren | None = Field(default=None, description="Its SIREN number, if any.")


class Juror(FileModel):
    id: Identifier = Field(description="Identifier used by the juror's score sheet.")
    name: Text = Field(description="Full name.")
    organisation: Text = Field(description="Network or body the juror represents.")
    territory: JurorTerritory | None = Field(
        default=None, description="Territory the juror belongs to, for conflict checks."
    )
    categories: list[Identifier] = Field(min_length=1, description="Categories this juror scores.")
    conflicts: list[Text] = Field(
        default=[],
        description="Declared conflicts: application ids, INSEE codes or SIREN numbers.",
    )


class Roster(FileModel):
    """jury/roster.yaml"""

    jurors: list[Juror] = Field(min_length=1, description="Every juror of the edition.")


def _plain_mark(value: object) -> object:
    fixed = decimal_comma_fix(value)
    if fixed is not None:
        raise PydanticCustomError(
            "decimal_comma",
            "'{value}' uses a decimal comma: write {fixed}",
            {"value": value, "fixed": fixed},
        )
    return value


Mark = Annotated[int | float, BeforeValidator(_plain_mark)]


class Score(FileModel):
    application: Identifier = Field(description="Id of the application marked.")
    marks: dict[Identifier, Mark] = Field(
        min_length=1, description="One mark per criterion id: 'innovation: 4'."
    )
    comment: Text | None = Field(default=None, description="Optional remark for the jury.")


class ScoreSheet(FileModel):
    """jury/scores/<anything>.yaml: the marks of one juror."""

    juror: Identifier = Field(description="Id of the juror, as in the roster.")
    scores: list[Score] = Field(default=[], description="One entry per application.")
    conflicts: list[Identifier] = Field(
        default=[],
        description="Applications the juror declared a conflict of interest with on their "
        "score card; they are not marked, and count as declared conflicts.",
    )
