"""An application file: one territory, one project, one category."""

from __future__ import annotations

import datetime
import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from labelscore.models.base import (
    CHOICE,
    FileModel,
    Identifier,
    Text,
    _number_as_written,
    code_schema,
    code_validator,
    shown,
)
from labelscore.models.choices import Choice

Code = Annotated[str, BeforeValidator(_number_as_written)]


def siren_checksum_ok(siren: str) -> bool:
    """SIREN numbers carry a Luhn check digit: a typo in one digit is caught."""
    total = 0
    for index, char in enumerate(reversed(siren)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def _any(code: str) -> bool:
    return True


def _siren_check_digit(siren: str) -> str:
    """Checked on the field itself, so that it is reported with the file's other errors."""
    if not siren_checksum_ok(siren):
        raise PydanticCustomError(
            "siren_checksum",
            "'{value}' is not a valid SIREN number (its check digit is wrong;"
            " a digit is probably mistyped)",
            {"value": siren},
        )
    return siren


POSTAL_CODE = r"[0-9]{5}"
SIREN = r"[0-9]{9}"
INSEE_CODE = r"[0-9]{5}|2[AB][0-9]{3}|[0-9]{2}|2[AB]|97[0-9]"
PostalCode = Annotated[
    Code,
    code_validator(POSTAL_CODE, "'01000'", "postal code (5 digits)", name="postal_code", zero=_any),
    code_schema(POSTAL_CODE, 99999),
]
Siren = Annotated[
    Code,
    code_validator(
        SIREN, "'242900314'", "SIREN number (9 digits)", name="siren", zero=siren_checksum_ok
    ),
    AfterValidator(_siren_check_digit),
    code_schema(SIREN, 999999999),
]
InseeCode = Annotated[
    Code,
    code_validator(
        INSEE_CODE,
        "'29019' for a commune, '2A004' in Corsica, '29' for a département",
        "INSEE code",
        name="insee",
        zero=_any,
    ),
    code_schema(INSEE_CODE, 99999),
]
EMAIL = r"[^@\s]+@[^@\s]+\.[^@\s]+"

INSEE_BY_KIND = {
    "commune": (r"[0-9]{5}|2[AB][0-9]{3}", "5 characters, such as '29019' or '2A004'"),
    "département": (r"[0-9]{2}|2[AB]|97[0-9]", "2 or 3 characters, such as '29', '2A' or '974'"),
    "région": (r"[0-9]{2}", "2 digits, such as '53'"),
}
INSEE_NUMBERS_BY_KIND = {
    "commune": [(0, 99999)],
    "département": [(0, 99), (970, 979)],
    "région": [(0, 99)],
}
"""The numbers a YAML 1.2 reader makes of the codes each kind accepts (`01` is 1, `974`
is 974): what an editor checking the JSON Schema sees when a code is not quoted."""


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("janvier", "janv"),
            ("février", "fevrier", "févr", "fevr"),
            ("mars",),
            ("avril", "avr"),
            ("mai",),
            ("juin",),
            ("juillet", "juil"),
            ("août", "aout"),
            ("septembre", "sept"),
            ("octobre", "oct"),
            ("novembre", "nov"),
            ("décembre", "decembre", "déc", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{4})")
_YEAR_MONTH_DAY = re.compile(r"([0-9]{4})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})")
_WORDS = re.compile(r"([0-9]{1,2})(?:er)?\s+([^\W\d_]+)\.?\s+([0-9]{4})")


def _written_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date written another way than YYYY-MM-DD: `12/03/2009`
    (French order: day, month, year), `12.03.2009`, `2009/03/12`, `2009-3-12`, `12 mars
    2009`, `1er mars 2009`; None when `text` is not written as a date. The date may not
    exist (31/02/2010)."""
    text = " ".join(text.split())
    found = _DAY_MONTH_YEAR.fullmatch(text)
    if found:
        day, month, year = (int(part) for part in found.groups())
    elif found := _YEAR_MONTH_DAY.fullmatch(text):
        year, month, day = (int(part) for part in found.groups())
    elif found := _WORDS.fullmatch(text):
        month_number = _MONTHS.get(found.group(2).casefold())
        if month_number is None:
            return None
        day, month, year = int(found.group(1)), month_number, int(found.group(3))
    else:
        return None
    return year, month, day


def date_fix(text: str) -> str | None:
    """A real date written another way (see _written_date), rewritten YYYY-MM-DD; None when
    `text` is not one."""
    written = _written_date(text)
    if written is None:
        return None
    try:
        return datetime.date(*written).isoformat()
    except ValueError:
        return None


def _iso_date(value: object) -> object:
    """Dates are written YYYY-MM-DD; nothing else (no timestamps, no 15/03/2010) is read,
    but a date written another way is named with its rewrite."""
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError(
                "date_value", "'{value}' is not a real date", {"value": value}
            ) from None
    if isinstance(value, str) and (fixed := date_fix(value)) is not None:
        raise PydanticCustomError(
            "date_format",
            "'{value}' is not written YYYY-MM-DD: write {fixed}",
            {"value": shown(value), "fixed": fixed},
        )
    if isinstance(value, str) and _written_date(value) is not None:
        # written as a date, but no such day: that is the first thing to fix
        raise PydanticCustomError(
            "date_value",
            "'{value}' is not a real date; check the day and the month, and write it "
            "YYYY-MM-DD (for example 2010-03-15)",
            {"value": shown(value), "written": "other"},
        )
    if isinstance(value, str) or (isinstance(value, int | float) and not isinstance(value, bool)):
        raise PydanticCustomError(
            "date_format",
            "'{value}' is not a date written YYYY-MM-DD (for example 2010-03-15)",
            {"value": getattr(value, "source", value)},
        )
    return value


Date = Annotated[
    datetime.date,
    BeforeValidator(_iso_date),
    WithJsonSchema({"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
]


class TerritoryKind(Choice):
    COMMUNE = "commune"
    INTERCOMMUNALITE = "intercommunalité"
    DEPARTEMENT = "département"
    REGION = "région"
    OTHER = "other"

    @classmethod
    def synonyms(cls) -> dict[str, str]:
        return {"autre": "other"}


class Status(Choice):
    PLANNED = "planned"
    IN_PROGRESS = "in progress"
    REALISED = "realised"

    @classmethod
    def synonyms(cls) -> dict[str, str]:
        return {
            "prévu": "planned",
            "en projet": "planned",
            "en cours": "in progress",
            "réalisé": "realised",
        }


class IndicatorKind(Choice):
    AUDIENCE = "audience"
    USAGE = "usage"
    RESOURCES = "resources"
    OTHER = "other"

    @classmethod
    def synonyms(cls) -> dict[str, str]:
        return {"ressources": "resources", "autre": "other"}


class Territory(FileModel):
    name: Text = Field(description="Official name of the local authority, e.g. 'Brest'.")
    kind: Annotated[TerritoryKind, CHOICE] = Field(
        description="commune, intercommunalité, département, région or other."
    )
    insee: InseeCode | None = Field(
        default=None,
        description="INSEE code: 5 characters for a commune ('29019', '2A004'), "
        "2 or 3 for a département. Quote it if it starts with 0.",
    )
    siren: Siren | None = Field(
        default=None,
        description="SIREN number of the authority (9 digits), required when there is "
        "no INSEE code (intercommunalités, syndicats...).",
    )
    intercommunality_siren: Siren | None = Field(
        default=None,
        description="SIREN of the intercommunalité a commune belongs to, if any.",
    )
    postal_code: PostalCode = Field(description="Postal code of the seat, 5 digits ('01000').")
    population: int = Field(gt=0, description="Number of inhabitants.")

    @model_validator(mode="after")
    def _codes(self) -> Territory:
        if self.insee is None and self.siren is None:
            raise PydanticCustomError(
                "missing_code", "give an INSEE code ('insee') or a SIREN number ('siren')"
            )
        rule = INSEE_BY_KIND.get(self.kind.value)
        if self.insee is not None and rule is not None:
            pattern, shape = rule
            if not re.fullmatch(pattern, self.insee):
                raise PydanticCustomError(
                    "insee_kind",
                    "'{value}' does not fit a {kind}: expected {shape}",
                    {
                        "value": self.insee,
                        "kind": self.kind.value,
                        "shape": shape,
                        "field": "insee",
                    },
                )
        return self


class Indicator(FileModel):
    name: Text = Field(description="What is counted, e.g. 'Points d'accès publics'.")
    value: int | float = Field(ge=0, description="The figure, as a plain number (1500 or 12.5).")
    unit: Text | None = Field(default=None, description="Unit, e.g. 'personnes', '%'.")
    kind: Annotated[IndicatorKind, CHOICE] = Field(
        default=IndicatorKind.OTHER,
        description="audience (people reached), usage (visits, downloads...), "
        "resources (staff, budget, equipment) or other.",
    )
    year: int | None = Field(default=None, ge=1990, le=2100, description="Year measured.")


class Contact(FileModel):
    name: Text = Field(description="Person the jury can reach.")
    role: Text | None = Field(default=None, description="Their position.")
    email: Annotated[
        Text,
        code_validator(EMAIL, "'nom@ville.fr'", "e-mail address", name="email"),
        WithJsonSchema({"type": "string", "pattern": f"^{EMAIL}$"}),
    ] = Field(description="E-mail address.")
    phone: Text | None = Field(default=None, description="Phone number, as written.")


class Application(FileModel):
    """One application to the label, written by the territory."""

    id: Identifier = Field(
        description="Unique identifier, lower-case with dashes: 'brest-appropriation-sociale'."
    )
    category: Identifier = Field(description="Category id, as in the edition's criteria/ folder.")
    title: Text = Field(description="Title of the project.")
    territory: Territory = Field(description="The applicant local authority.")
    status: Annotated[Status, CHOICE] = Field(description="planned, in progress or realised.")
    start_date: Date = Field(description="When the project started, as YYYY-MM-DD.")
    summary: Text = Field(description="What the project does, for whom, in a few sentences.")
    transferability: Text | None = Field(
        default=None,
        description="How another territory could reuse the project (documentation, licence...).",
    )
    partners: list[Text] = Field(default=[], description="Partner organisations.")
    indicators: list[Indicator] = Field(default=[], description="Named figures that show results.")
    contact: Contact = Field(description="Who the jury can contact.")
    website: Text | None = Field(default=None, description="Web address of the project.")
