"""pydantic's errors, said in plain words at the line and column the user wrote."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from labelscore.models.base import decimal_comma_fix, grouped_number_fix, shown
from labelscore.models.choices import Choice, meant
from labelscore.problems import MAX_PER_FILE, Problem, did_you_mean
from labelscore.reading.strict_yaml import MAX_DIGITS, Document, KeyPath, too_long_number

_NUMBER_TYPES = {"int_type", "float_type", "int_from_float", "int_parsing", "float_parsing"}


def _short_values(message: str, ctx: dict[str, Any]) -> str:
    """The message with the value it quotes cut when long (a 1 MB id makes a 1 MB message)."""
    if "value" in ctx:
        text = str(getattr(ctx["value"], "source", ctx["value"]))
        if len(text) > len(shown(text)):
            message = message.replace(text, shown(text))
    return message


def _shown(value: object) -> str:
    source = getattr(value, "source", None)
    if source is not None:
        return f"'{shown(source)}'"
    if isinstance(value, str):
        return f"'{shown(value)}'" if value else "an empty value"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a group of fields"
    if isinstance(value, list):
        return "a list"
    return f"'{shown(str(value))}'"


def _unwrap(annotation: Any) -> list[Any]:
    """The model classes an annotation may hold (through Optional, list, dict, Annotated)."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin in (list, dict, typing.Union, types.UnionType):
        return [model for arg in get_args(annotation) for model in _unwrap(arg)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def _choice_in(annotation: Any) -> type[Choice] | None:
    """The closed list of words an annotation holds (through Optional, list, Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, Choice):
        return annotation
    for arg in get_args(annotation):
        found = _choice_in(arg)
        if found is not None:
            return found
    return None


def _choice_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[Choice] | None:
    """The Choice of the field pydantic's `loc` ends in (list indexes and union tags
    after the field name are passed over)."""
    current: type[BaseModel] | None = model
    found: type[Choice] | None = None
    for part in loc:
        if current is None or isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        if info is None:
            continue
        found = _choice_in(info.annotation)
        candidates = _unwrap(info.annotation)
        current = candidates[0] if candidates else None
    return found


def _not_allowed(value: object, expected: str, choice: type[Choice] | None) -> str:
    """A word not in the list: what was probably meant, and every word accepted."""
    written = _shown(value)
    if choice is None:
        return f"{written} is not allowed here; write one of: {expected}"
    canonical = _listed([member.value for member in choice])
    french = list(choice.synonyms())
    accepted = canonical + (f" (in French: {_listed(french)})" if french else "")
    hint = meant(value, choice.accepted()) if isinstance(value, str) else None
    if hint is not None:
        return f"{written} is not allowed here; did you mean '{hint}'? Write one of: {accepted}"
    return f"{written} is not allowed here; write one of: {accepted}"


def _listed(words: list[str]) -> str:
    """'a', 'b' or 'c'."""
    quoted = [f"'{word}'" for word in words]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


def _model_at(model: type[BaseModel], path: KeyPath) -> type[BaseModel] | None:
    current: type[BaseModel] | None = model
    for part in path:
        if current is None:
            return None
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        if info is None:
            return None
        candidates = _unwrap(info.annotation)
        current = candidates[0] if candidates else None
    return current


def _data_path(
    document: Document, loc: tuple[int | str, ...], known: dict[Any, Any] | None = None
) -> KeyPath:
    """The part of pydantic's `loc` that names a place in the file (drops union tags)."""
    return document.written_part(loc, known)


_RULES = {
    "missing": "missing-key",
    "extra_forbidden": "unknown-key",
    "decimal_comma": "decimal-comma",
    "finite_number": "number-too-long",
    "string_type": "wrong-type",
    "bool_type": "wrong-type",
    "list_type": "wrong-type",
    "dict_type": "wrong-type",
    "model_type": "wrong-type",
    "model_attributes_type": "wrong-type",
    "enum": "not-allowed",
    "literal_error": "not-allowed",
    "greater_than": "out-of-range",
    "greater_than_equal": "out-of-range",
    "less_than": "out-of-range",
    "less_than_equal": "out-of-range",
    "too_short": "empty-value",
    "string_too_short": "empty-value",
    "control_character": "control-character",
    "format_character": "format-character",
    "identifier": "bad-identifier",
    "code_format": "bad-code",
    "leading_zero": "leading-zero-lost",
    "date_format": "bad-date",
    "date_value": "bad-date",
    "siren_checksum": "siren-check-digit",
    "insee_kind": "insee-kind",
    "missing_code": "missing-code",
    "scale_order": "scale",
    "scale_span": "scale",
    "duplicate_criterion": "listed-twice",
    "listed_twice": "listed-twice",
    "empty_question": "impossible-rule",
    "preselection_impossible": "impossible-rule",
    "quota_order": "impossible-rule",
}
"""The kind of problem (labelscore.problem_codes) of each pydantic error type."""


def _rule(error: ErrorDetails) -> str:
    kind = error["type"]
    if kind in _NUMBER_TYPES:
        value = error.get("input")
        if isinstance(value, str) and too_long_number(value):
            return "number-too-long"
        if grouped_number_fix(value) is not None:
            return "thousands-separator"
        return "decimal-comma" if decimal_comma_fix(value) is not None else "wrong-type"
    return _RULES.get(kind, "invalid-value")


def _message(error: ErrorDetails, model: type[BaseModel], path: KeyPath) -> str:
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx", {})
    if kind == "missing":
        return f"'{error['loc'][-1]}' is missing; this field is required"
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        message = f"unknown field '{shown(key)}'"
        if key != key.strip() or "\u00a0" in key:
            return message + ": it ends with an invisible space; delete the space before ':'"
        owner = _model_at(model, path[:-1])
        if owner is not None:
            hint = did_you_mean(key, owner.model_fields)
            if hint:
                return message + hint
            return f"{message}; expected one of: {', '.join(owner.model_fields)}"
        return message
    if kind in _NUMBER_TYPES:
        if isinstance(value, str) and too_long_number(value):
            digits = sum(char.isdigit() for char in value)
            return (
                f"{_shown(value)} is a number of {digits:,} digits; a number has at most "
                f"{MAX_DIGITS} digits"
            )
        in_union = error["loc"][-1] in ("int", "float")
        whole = kind.startswith("int") and "float" not in kind and not in_union
        if (plain := grouped_number_fix(value)) is not None:
            if whole and "." in plain:
                return f"expected a whole number, like 12; found {_shown(value)}"
            return f"{_shown(value)} is written with a thousands separator: write {plain}"
        if (fixed := decimal_comma_fix(value)) is not None:
            if whole and isinstance(value, str):
                joined = value.replace(",", "")
                return (
                    f"{_shown(value)} is not a whole number: write {joined} (no thousands "
                    "separator) if that is what you meant"
                )
            return f"{_shown(value)} uses a decimal comma: write {fixed}"
        expected = "a whole number, like 12" if whole else "a number, like 12 or 3.5"
        source = str(getattr(value, "source", ""))
        if whole and re.fullmatch(r"-?[0-9]{1,3}\.[0-9]{3}", source):
            return (
                f"expected {expected}; found {_shown(value)}: if the dot separates "
                f"thousands, write {source.replace('.', '')}"
            )
        return f"expected {expected}; found {_shown(value)}"
    if kind == "finite_number":
        return f"{_shown(value)} is too large a number"
    if kind == "string_type":
        return f"expected text; found {_shown(value)}"
    if kind == "bool_type":
        return f"expected true or false; found {_shown(value)}"
    if kind == "enum":
        return _not_allowed(value, ctx.get("expected", ""), _choice_at(model, error["loc"]))
    if kind == "literal_error":
        return f"{_shown(value)} is not allowed here; write one of: {ctx.get('expected', '')}"
    if kind == "list_type":
        return f"expected a list (one '- ' line per item); found {_shown(value)}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"expected a group of 'name: value' lines; found {_shown(value)}"
    if kind == "too_short":
        return "must not be empty" if ctx.get("min_length") == 1 else error["msg"].lower()
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        words = {
            "greater_than": "greater than",
            "greater_than_equal": "at least",
            "less_than": "less than",
            "less_than_equal": "at most",
        }
        limit = next(iter(ctx.values()), "")
        return f"must be {words[kind]} {limit}; found {_shown(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    return _short_values(error["msg"], ctx)


def validation_problems(
    error: ValidationError, document: Document, model: type[BaseModel]
) -> tuple[list[Problem], int]:
    """One problem per place (a union's alternative failures count once): the first
    MAX_PER_FILE of them, and how many more there are."""
    everything = error.errors(include_url=False)
    misspelt: dict[tuple[int | str, ...], list[str]] = {}
    for details in everything:
        if details["type"] == "extra_forbidden":
            loc = details["loc"]
            misspelt.setdefault(loc[:-1], []).append(str(loc[-1]).strip())
    # each place: the error said there, the path it is placed at, the key missing there
    found: dict[KeyPath, tuple[ErrorDetails, KeyPath, str | None]] = {}
    known: dict[Any, Any] = {}
    parents: dict[tuple[int | str, ...], KeyPath] = {}
    for details in everything:
        loc = details["loc"]
        kind = details["type"]
        if kind == "extra_forbidden":
            # the fast way for the thousands of unknown keys a file may hold: the key
            # is written, so only where its mapping is needs finding, once per mapping
            parent = loc[:-1]
            where = parents.get(parent)
            if where is None:
                where = parents[parent] = _data_path(document, parent, known)
            path = (*where, loc[-1])
            found[path] = (details, path, None)
            continue
        extra = details.get("ctx", {}).get("field")
        if extra:
            loc = loc + tuple(int(p) if p.isdigit() else p for p in str(extra).split("."))
        if kind == "missing":
            if _explained_by_misspelling(loc, misspelt):
                continue
            path = _data_path(document, loc[:-1], known)
            found.setdefault((*path, str(loc[-1])), (details, path, str(loc[-1])))
            continue
        path = _data_path(document, loc, known)
        found.setdefault(path, (details, path, None))
    problems = []
    for details, path, missing in list(found.values())[:MAX_PER_FILE]:
        if missing is not None:
            place = document.position(path)
            field = ".".join(str(part) for part in (*path, missing))
            message = _message(details, model, path)
            problems.append(
                Problem(
                    document.file,
                    place.line,
                    place.column,
                    field,
                    message,
                    rule=_rule(details),
                )
            )
            continue
        key = details["type"] == "extra_forbidden"
        message = _message(details, model, path)
        problems.append(document.problem(_rule(details), path, message, key=key))
    return problems, len(found) - len(problems)


def _explained_by_misspelling(
    loc: tuple[int | str, ...], misspelt: dict[tuple[int | str, ...], list[str]]
) -> bool:
    """A missing field next to an unknown key that looks like it: report the unknown key only."""
    name = str(loc[-1])
    keys = misspelt.get(loc[:-1], [])
    return name in keys or bool(difflib.get_close_matches(name, keys[:MAX_PER_FILE], n=1))
