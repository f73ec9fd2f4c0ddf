"""pydantic's errors, said in plain words at the line and column the user wrote."""

from __future__ import annotations

import difflib
import math
import re
import types
import typing
from collections.abc import Callable
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from labelscore.i18n import language, plural, t
from labelscore.models.base import decimal_comma_fix, grouped_number_fix, shown
from labelscore.models.choices import Choice, meant
from labelscore.problems import MAX_PER_FILE, Problem, did_you_mean
from labelscore.reading.strict_yaml import MAX_DIGITS, Document, KeyPath, too_long_number
from labelscore.reading.text import shown_count

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
        return t("reading.quoted", value=shown(source))
    if isinstance(value, str):
        return t("reading.quoted", value=shown(value)) if value else t("reading.shown.empty")
    if value is None:
        return t("reading.shown.none")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return t("reading.shown.group")
    if isinstance(value, list):
        return t("reading.shown.list")
    return t("reading.quoted", value=shown(str(value)))


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
        if language() != "en":
            # pydantic's list ('a', 'b' or 'c'), said again in the user's language
            expected = _listed(re.findall(r"'([^']*)'", expected)) or expected
        return t("reading.not-allowed", written=written, accepted=expected)
    accepted = _listed([member.value for member in choice])
    french = list(choice.synonyms())
    if french:
        accepted = t("reading.not-allowed.french", canonical=accepted, french=_listed(french))
    hint = meant(value, choice.accepted()) if isinstance(value, str) else None
    if hint is not None:
        return t("reading.not-allowed.meant", written=written, hint=hint, accepted=accepted)
    return t("reading.not-allowed", written=written, accepted=accepted)


def _listed(words: list[str], quoted: bool = True) -> str:
    """'a', 'b' or 'c' (« a », « b » ou « c »)."""
    if quoted:
        words = [t("reading.quoted", value=word) for word in words]
    if len(words) <= 1:
        return "".join(words)
    return t("reading.listed", items=", ".join(words[:-1]), last=words[-1])


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
        if (isinstance(value, str) and too_long_number(value)) or _infinite(value):
            return "number-too-long"
        if grouped_number_fix(value) is not None:
            return "thousands-separator"
        return "decimal-comma" if decimal_comma_fix(value) is not None else "wrong-type"
    return _RULES.get(kind, "invalid-value")


_RANGES = ("greater_than", "greater_than_equal", "less_than", "less_than_equal")


def _message(error: ErrorDetails, model: type[BaseModel], path: KeyPath) -> str:
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx", {})
    if kind == "missing":
        return t("reading.missing", field=error["loc"][-1])
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        if key != key.strip() or "\u00a0" in key:
            return t("reading.unknown-key.space", key=shown(key))
        message = t("reading.unknown-key", key=shown(key))
        owner = _model_at(model, path[:-1])
        if owner is not None:
            hint = did_you_mean(key, owner.model_fields)
            if hint:
                return message + hint
            return t(
                "reading.unknown-key.expected", key=shown(key), fields=", ".join(owner.model_fields)
            )
        return message
    if kind in _NUMBER_TYPES:
        return _number_message(error)
    if kind == "finite_number":
        return t("reading.number.too-large", value=_shown(value))
    if kind == "string_type":
        return t("reading.expected.text", found=_shown(value))
    if kind == "bool_type":
        return t("reading.expected.bool", found=_shown(value))
    if kind == "enum":
        return _not_allowed(value, ctx.get("expected", ""), _choice_at(model, error["loc"]))
    if kind == "literal_error":
        return _not_allowed(value, ctx.get("expected", ""), None)
    if kind == "list_type":
        return t("reading.expected.list", found=_shown(value))
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        from labelscore.i18n.reading import fragment

        return t("reading.expected.group", pair=fragment("pair"), found=_shown(value))
    if kind == "too_short":
        if ctx.get("min_length") == 1:
            return t("reading.not-empty")
        return error["msg"].lower()
    if kind in _RANGES:
        limit = next(iter(ctx.values()), "")
        return t(f"reading.range.{kind}", limit=limit, found=_shown(value))
    if kind == "string_too_short":
        return t("reading.not-empty")
    return _short_values(_custom(error), ctx)


def _infinite(value: object) -> bool:
    """A number written in the file that no float can hold (10^310.5 reads as infinity)."""
    return isinstance(value, float) and not math.isfinite(value)


def _number_message(error: ErrorDetails) -> str:
    """A number written wrongly: the number as the file needs it, when it can be told."""
    kind = error["type"]
    value = error.get("input")
    if _infinite(value):  # a number past what a float holds, where an int is tried first
        return t("reading.number.too-large", value=_shown(value))
    if isinstance(value, str) and too_long_number(value):
        digits = sum(char.isdigit() for char in value)
        return t(
            "reading.number.too-long",
            value=_shown(value),
            digits=shown_count(digits),
            limit=MAX_DIGITS,
        )
    in_union = error["loc"][-1] in ("int", "float")
    whole = kind.startswith("int") and "float" not in kind and not in_union
    expected = t("reading.number.whole" if whole else "reading.number.any")
    if (plain := grouped_number_fix(value)) is not None:
        if whole and "." in plain:
            return t("reading.expected", expected=expected, found=_shown(value))
        return t("reading.number.thousands", value=_shown(value), plain=plain)
    if (fixed := decimal_comma_fix(value)) is not None:
        if whole and isinstance(value, str):
            joined = value.replace(",", "")
            return t("reading.number.not-whole", value=_shown(value), joined=joined)
        return t("reading.number.decimal-comma", value=_shown(value), fixed=fixed)
    source = str(getattr(value, "source", ""))
    if whole and re.fullmatch(r"-?[0-9]{1,3}\.[0-9]{3}", source):
        return t(
            "reading.expected.dotted-thousands",
            expected=expected,
            found=_shown(value),
            fixed=source.replace(".", ""),
        )
    return t("reading.expected", expected=expected, found=_shown(value))


def _custom(error: ErrorDetails) -> str:
    """An error the models raise, or another of pydantic's: the model's own English words,
    or their translation (`reading.error.<type>`, `reading.error.<type>+<name>` when the
    error's context holds `name`), the English when there is none."""
    if language() == "en":
        return error["msg"]
    from labelscore.i18n.reading import MESSAGES

    kind = error["type"]
    ctx = dict(error.get("ctx", {}))
    key = next(
        (f"error.{kind}+{name}" for name in sorted(ctx) if f"error.{kind}+{name}" in MESSAGES),
        f"error.{kind}",
    )
    if key not in MESSAGES:
        return error["msg"]
    return t(f"reading.{key}", **_translated_context(kind, ctx))


_CONTEXT_WORDS: dict[str, Callable[[dict[str, Any]], dict[str, object]]] = {
    "control_character": lambda ctx: {"what": t(f"reading.character.{ctx['what']}")},
    "code_format": lambda ctx: {
        "what": t(f"reading.code.{ctx['code']}.what"),
        "example": t(f"reading.code.{ctx['code']}.example"),
    },
    "insee_kind": lambda ctx: {
        "kind": t(f"reading.insee.{ctx['kind']}.kind"),
        "shape": t(f"reading.insee.{ctx['kind']}.shape"),
    },
    "listed_twice": lambda ctx: (
        {"fix": t(f"reading.listed-twice.{ctx['list']}")} if "list" in ctx else {}
    ),
    "empty_question": lambda ctx: {"choices": _choices(ctx["field"])},
    "preselection_impossible": lambda ctx: _questions(ctx["questions"]),
}
"""For the errors whose context holds English words: the words of the current language."""


def _translated_context(kind: str, ctx: dict[str, Any]) -> dict[str, Any]:
    words = _CONTEXT_WORDS.get(kind)
    return {**ctx, **words(ctx)} if words is not None else ctx


def _choices(field: str) -> str:
    """The canonical words of a preselection question's list: a, b or c."""
    from labelscore.models.application import IndicatorKind, Status

    choice: type[Choice] = Status if field == "status" else IndicatorKind
    return _listed([member.value for member in choice], quoted=False)


def _questions(count: int) -> dict[str, object]:
    """How many questions there are, and what to do about it."""
    if count == 0:
        return {"there": t("reading.questions.none"), "fix": t("reading.questions.fix-none")}
    there = plural(count, "reading.questions")
    return {"there": there, "fix": t("reading.questions.fix", count=count)}


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
