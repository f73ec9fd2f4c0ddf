"""Shared settings and field types for every file format."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic import Strict as _StrictFlag
from pydantic_core import PydanticCustomError

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

CHOICE = _StrictFlag(False)
"""On an enum field: the text written is matched against the allowed values."""


class FileModel(BaseModel):
    """Base of every model read from a file: unknown keys are errors, numbers stay numbers."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        allow_inf_nan=False,
        str_strip_whitespace=True,
    )


FORMAT_CHARACTERS_NARROW = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
)
FORMAT_CHARACTERS = FORMAT_CHARACTERS_NARROW + (
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
"""Unicode's invisible format characters (category Cf): bidirectional controls, zero-width
spaces and joiners, the soft hyphen, word joiners, a BOM inside the text, tag characters.
Each makes a text display, compare or sort differently from what it seems to say, so it is
refused wherever it is written (a test checks this covers every Cf character Python knows)."""

_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{FORMAT_CHARACTERS}]")


def character_name(char: str) -> str:
    """'U+202E, right-to-left override': the code and, when Unicode has one, the name."""
    import unicodedata

    name = unicodedata.name(char, "").lower()
    return f"U+{ord(char):04X}, {name}" if name else f"U+{ord(char):04X}"


def shown(text: str, limit: int = 60) -> str:
    """A value quoted back to the user, cut when long (a 1 MB value makes a 1 MB message)."""
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def _no_control_chars(text: str) -> str:
    found = _CONTROL.search(text)
    if found is not None:
        char = found.group()
        what = "control" if char <= "\x9f" else "formatting"
        raise PydanticCustomError(
            "control_character",
            "contains an invisible {what} character ({code}); delete it and retype",
            {"what": what, "code": character_name(char)},
        )
    return text


def decimal_comma_fix(value: object) -> str | None:
    """`7,5` written for 7.5 (a French keyboard's decimal mark): the value to write instead."""
    if isinstance(value, str) and "," in value and value.replace(",", "", 1).lstrip("-").isdigit():
        return value.replace(",", ".")
    return None


GROUP_SPACES = " \u00a0\u202f\u2009"
"""What separates groups of digits in a number written the French way: a space, a no-break
space, a narrow no-break space (what French typography and spreadsheets use) or a thin
space."""
_SPACED_GROUPS = re.compile(f"-?[0-9]{{1,3}}(?:[{GROUP_SPACES}][0-9]{{3}})+(?:[.,][0-9]+)?")
_DOTTED_GROUPS = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]+)?")


def grouped_number_fix(value: object) -> str | None:
    """`41 000`, `1 234,5` (spaces of any kind between groups of three digits) or
    `1.234.567` (dots): the number written plainly (`41000`, `1234.5`), or None."""
    if not isinstance(value, str) or len(value) > 100:
        return None
    if _SPACED_GROUPS.fullmatch(value):
        plain = "".join(char for char in value if char not in GROUP_SPACES)
        return plain.replace(",", ".")
    if _DOTTED_GROUPS.fullmatch(value):
        return value.replace(".", "").replace(",", ".")
    return None


def _number_as_written(value: object) -> object:
    """A number typed in a text field is kept as the user wrote it (`2010`, `01000`)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return getattr(value, "source", str(value))
    return value


def identifier_fix(text: str) -> str | None:
    """The identifier a person most likely meant: `Bourg_Fablab 2` -> `bourg-fablab-2`,
    `bourg-médiathèque` -> `bourg-mediatheque` (accents dropped, case lowered, any other
    run of characters a dash); None when nothing is left of it."""
    import unicodedata

    if len(text) > 200:
        return None
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    fixed = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return fixed if fixed and re.fullmatch(ID_PATTERN, fixed) else None


def _identifier(text: str) -> str:
    if not re.fullmatch(ID_PATTERN, text):
        fixed = identifier_fix(text)
        if fixed is not None:
            raise PydanticCustomError(
                "identifier",
                "'{value}' is not a valid identifier: use lower-case letters without accents, "
                "digits and dashes; write {fixed}",
                {"value": shown(text), "fixed": fixed},
            )
        raise PydanticCustomError(
            "identifier",
            "'{value}' is not a valid identifier: use lower-case letters without accents, "
            "digits and dashes (for example 'brest-internet-pour-tous')",
            {"value": shown(text)},
        )
    return text


Text = Annotated[
    str,
    BeforeValidator(_number_as_written),
    Field(min_length=1),
    AfterValidator(_no_control_chars),
    # a number typed as text is kept as written, so an editor must accept one too
    WithJsonSchema({"type": ["string", "number"], "minLength": 1, "pattern": "\\S"}),
]
"""One line or a paragraph of free text, never empty."""

Identifier = Annotated[
    str,
    BeforeValidator(_number_as_written),
    AfterValidator(_identifier),
    WithJsonSchema(
        {"anyOf": [{"type": "string", "pattern": ID_PATTERN}, {"type": "integer", "minimum": 0}]}
    ),
]
"""A stable reference between files: lower-case letters, digits and dashes."""


def code_schema(pattern: str, maximum: int) -> WithJsonSchema:
    """The JSON Schema of a code: the text as written, or the number a YAML 1.2 reader (an
    editor's) makes of it when it is not quoted (`01000` is the integer 1000 there)."""
    return WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": f"^(?:{pattern})$"},
                {"type": "integer", "minimum": 0, "maximum": maximum},
            ]
        }
    )


def code_validator(
    pattern: str,
    example: str,
    what: str,
    *,
    name: str,
    zero: Callable[[str], bool] | None = None,
) -> AfterValidator:
    """A code that is text even when it looks like a number (postal codes, INSEE, SIREN).

    `name`: which code it is, for the messages in another language (`reading.code.<name>`
    in labelscore.i18n.reading says `what` and `example` in each).

    `zero`: for a code that may start with 0, whether a code with a 0 put back in front
    is a real one; a number one digit short that fits then is said to have lost its
    leading zero (a spreadsheet drops it: 01004 becomes 1004)."""

    def check(text: str) -> str:
        if not re.fullmatch(pattern, text):
            padded = f"0{text}"
            if (
                zero is not None
                and text.isdigit()
                and text.isascii()
                and re.fullmatch(pattern, padded)
                and zero(padded)
            ):
                raise PydanticCustomError(
                    "leading_zero",
                    "'{value}' has lost its leading zero (spreadsheets drop it): write {fixed}",
                    {"value": text, "fixed": padded},
                )
            raise PydanticCustomError(
                "code_format",
                "'{value}' is not a valid {what} (for example {example})",
                {"value": shown(text), "what": what, "example": example, "code": name},
            )
        return text

    return AfterValidator(check)
