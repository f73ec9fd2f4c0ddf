"""The JSON Schema of an application file, for editors (the YAML language server).

It accepts what `labelscore validate` accepts, as far as JSON Schema can say it. An
editor reads YAML 1.2, where an unquoted `01000` is the integer 1000 and `2010-03-15`
is text: so every code (INSEE, SIREN, postal code) is text of its pattern or a number in
its range, every free text may also be a number (validate keeps `title: 2010` as written),
and a date is text of the form YYYY-MM-DD. The dialect is draft 2020-12; only keywords
that mean the same in draft-07 are used (a test checks both drafts agree on every
fixture), for editors that read draft-07 only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from labelscore.models.application import (
    INSEE_BY_KIND,
    INSEE_NUMBERS_BY_KIND,
    Application,
    TerritoryKind,
)

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}
"""pydantic leaves its own names on a union (`int | float`): JSON Schema's are these."""


def _standard(node: Any) -> None:
    """pydantic's keywords made JSON Schema's, in place."""
    if isinstance(node, list):
        for item in node:
            _standard(item)
        return
    if not isinstance(node, dict):
        return
    for name, keyword in _BOUNDS.items():
        if name in node:
            node[keyword] = node.pop(name)
    if node.get("anyOf") == [{"type": "integer"}, {"type": "number"}]:
        del node["anyOf"]
        node["type"] = "number"
    for value in node.values():
        _standard(value)


def _words(kind: str) -> list[str]:
    """The words an applicant may write for a kind of territory."""
    return [kind, *(word for word, value in TerritoryKind.synonyms().items() if value == kind)]


def _territory_rules(territory: dict[str, Any]) -> None:
    """An INSEE code or a SIREN; an INSEE code that fits the kind of territory."""
    territory["anyOf"] = [
        {"required": [code], "properties": {code: {"not": {"type": "null"}}}}
        for code in ("insee", "siren")
    ]
    rules = []
    for kind, (pattern, _shape) in INSEE_BY_KIND.items():
        numbers = [
            {"type": "integer", "minimum": low, "maximum": high}
            for low, high in INSEE_NUMBERS_BY_KIND[kind]
        ]
        rules.append(
            {
                "if": {"properties": {"kind": {"enum": _words(kind)}}, "required": ["kind"]},
                "then": {
                    "properties": {
                        "insee": {
                            "anyOf": [
                                {"type": "string", "pattern": f"^(?:{pattern})$"},
                                *numbers,
                                {"type": "null"},
                            ]
                        }
                    }
                },
            }
        )
    territory["allOf"] = rules


def application_schema_data(categories: Sequence[str] | None = None) -> dict[str, Any]:
    """The schema as data; with `categories` (an edition's ids), `category` must be one."""
    schema = Application.model_json_schema()
    _standard(schema)
    _territory_rules(schema["$defs"]["Territory"])
    if categories is not None:
        category = schema["properties"]["category"]
        words: list[str | int] = list(categories)
        # an id of digits only is a number to an editor when it is not quoted
        words += [int(ident) for ident in categories if ident.isascii() and ident.isdigit()]
        schema["properties"]["category"] = {
            "description": category.get("description", ""),
            "title": category.get("title", "Category"),
            "enum": words,
        }
    return {"$schema": SCHEMA_DIALECT, **schema}


def application_schema(categories: Sequence[str] | None = None) -> str:
    document = application_schema_data(categories)
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
