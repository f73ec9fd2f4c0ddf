"""Shared settings and field types for every file format."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic import Strict as _StrictFlag
from pydantic_core import PydanticCustomError

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

CHOICE = _StrictFlag(False)
"""On an enum field: the text written is matched against the allowed values."""


class Strict(BaseModel):
    """Base of every model read from a file: unknown keys are errors, numbers stay numbers."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        allow_inf_nan=False,
        str_strip_whitespace=True,
    )


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _no_control_chars(text: str) -> str:
    found = _CONTROL.search(text)
    if found is not None:
        raise PydanticCustomError(
            "control_character",
            "contains an invisible control character (code {code}); delete it and retype",
            {"code": f"U+{ord(found.group()):04X}"},
        )
    return text


def _number_as_written(value: object) -> object:
    """A number typed in a text field is kept as the user wrote it (`2010`, `01000`)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return getattr(value, "source", str(value))
    return value


def _identifier(text: str) -> str:
    if not re.fullmatch(ID_PATTERN, text):
        raise PydanticCustomError(
            "identifier",
            "'{value}' is not a valid identifier: use lower-case letters, digits and dashes "
            "(for example 'brest-internet-pour-tous')",
            {"value": text},
        )
    return text


Text = Annotated[
    str,
    BeforeValidator(_number_as_written),
    Field(min_length=1),
    AfterValidator(_no_control_chars),
]
"""One line or a paragraph of free text, never empty."""

Identifier = Annotated[str, BeforeValidator(_number_as_written), AfterValidator(_identifier)]
"""A stable reference between files: lower-case letters, digits and dashes."""


def code_validator(pattern: str, example: str, what: str) -> AfterValidator:
    """A code that is text even when it looks like a number (postal codes, INSEE, SIREN)."""

    def check(text: str) -> str:
        if not re.fullmatch(pattern, text):
            raise PydanticCustomError(
                "code_format",
                "'{value}' is not a valid {what} (for example {example})",
                {"value": text, "what": what, "example": example},
            )
        return text

    return AfterValidator(check)
