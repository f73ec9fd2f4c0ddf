"""pydantic's errors, said in plain words at the line and column the user wrote."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from labelscore.problems import MAX_PER_FILE, Problem
from labelscore.yamlsource import Document, Path

_NUMBER_TYPES = {"int_type", "float_type", "int_from_float", "int_parsing", "float_parsing"}


def _shown(value: object) -> str:
    source = getattr(value, "source", None)
    if source is not None:
        return f"'{source}'"
    if isinstance(value, str):
        return f"'{value}'" if value else "an empty value"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a group of fields"
    if isinstance(value, list):
        return "a list"
    return f"'{value}'"


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


def _model_at(model: type[BaseModel], path: Path) -> type[BaseModel] | None:
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


def _data_path(document: Document, loc: tuple[int | str, ...]) -> Path:
    """The part of pydantic's `loc` that names a place in the file (drops union tags)."""
    path: list[str | int] = []
    for part in loc:
        candidate = (*path, part)
        if document.written(candidate):
            path.append(part)
    return tuple(path)


def _message(error: ErrorDetails, model: type[BaseModel], path: Path) -> str:
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx", {})
    if kind == "missing":
        return f"'{error['loc'][-1]}' is missing; this field is required"
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        message = f"unknown field '{key}'"
        if key != key.strip() or "\u00a0" in key:
            return message + ": it ends with an invisible space; delete the space before ':'"
        owner = _model_at(model, path[:-1])
        if owner is not None:
            close = difflib.get_close_matches(key, list(owner.model_fields), n=1)
            if close:
                return f"{message}; did you mean '{close[0]}'?"
            return f"{message}; expected one of: {', '.join(owner.model_fields)}"
        return message
    if kind in _NUMBER_TYPES:
        if isinstance(value, str) and "," in value:
            return f"{_shown(value)} uses a decimal comma: write {value.replace(',', '.')}"
        in_union = error["loc"][-1] in ("int", "float")
        whole = kind.startswith("int") and "float" not in kind and not in_union
        expected = "a whole number, like 12" if whole else "a number, like 12 or 3.5"
        return f"expected {expected}; found {_shown(value)}"
    if kind == "string_type":
        return f"expected text; found {_shown(value)}"
    if kind == "bool_type":
        return f"expected true or false; found {_shown(value)}"
    if kind in ("enum", "literal_error"):
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
    return error["msg"]


def validation_problems(
    error: ValidationError, document: Document, model: type[BaseModel]
) -> tuple[list[Problem], int]:
    """One problem per place (a union's alternative failures count once), at most
    MAX_PER_FILE of them; and how many errors were left out."""
    problems: dict[Path, Problem] = {}
    everything = error.errors(include_url=False)
    errors = everything[: 2 * MAX_PER_FILE]
    misspelt = {
        (tuple(e["loc"][:-1]), str(e["loc"][-1]).strip())
        for e in errors
        if e["type"] == "extra_forbidden"
    }
    for details in errors:
        loc = tuple(details["loc"])
        extra = details.get("ctx", {}).get("field")
        if extra:
            loc = loc + tuple(int(p) if p.isdigit() else p for p in str(extra).split("."))
        path = _data_path(document, loc)
        kind = details["type"]
        if kind == "missing":
            if _explained_by_misspelling(loc, misspelt):
                continue
            path = _data_path(document, loc[:-1])
            place = document.position(path)
            field = ".".join(str(part) for part in (*path, loc[-1]))
            problems.setdefault(
                (*path, str(loc[-1])),
                Problem(
                    document.file, place.line, place.column, field, _message(details, model, path)
                ),
            )
            continue
        key = kind == "extra_forbidden"
        message = _message(details, model, path)
        if path in problems and not key:
            continue
        problems[path] = document.problem(path, message, key=key)
    return list(problems.values()), len(everything) - len(errors)


def _explained_by_misspelling(
    loc: tuple[int | str, ...], misspelt: set[tuple[tuple[int | str, ...], str]]
) -> bool:
    """A missing field next to an unknown key that looks like it: report the unknown key only."""
    parent, name = loc[:-1], str(loc[-1])
    keys = [key for where, key in misspelt if where == parent]
    return name in keys or bool(difflib.get_close_matches(name, keys[:MAX_PER_FILE], n=1))
