"""YAML read as an editor reads it: YAML 1.2's core schema, what the YAML language server
(VS Code's YAML extension) uses by default.

PyYAML implements YAML 1.1; its implicit types are replaced here by the core schema's:
null (`~`, `null`, empty), booleans (`true`/`false` in three cases only), integers
(`[-+]?[0-9]+` in base 10, so `01000` is 1000, and `0o17`, `0x1F`), floats (`1e5`,
`.inf`, `.nan`); no timestamps (`2010-03-15` stays text), no `yes`/`no`, no base 60.
A key written twice is an error, as in the editor.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 core schema."""


Yaml12Loader.yaml_implicit_resolvers = {}
Yaml12Loader.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), [*"~nN", ""])
Yaml12Loader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
Yaml12Loader.add_implicit_resolver(
    _INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")
)
Yaml12Loader.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$"
    ),
    list("-+0123456789."),
)


def _int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int | float:
    text = str(loader.construct_scalar(node))
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    try:
        return int(text, 10)
    except ValueError:  # beyond Python's digit limit: a JavaScript reader gets Infinity
        return float("inf") if not text.startswith("-") else float("-inf")


def _float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float:
    text = str(loader.construct_scalar(node)).lower()
    if text.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if text == ".nan":
        return float("nan")
    return float(text)


def _bool(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> bool:
    return str(loader.construct_scalar(node)).lower() == "true"


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    keys = [loader.construct_object(key) for key, _ in node.value]
    if len(keys) != len({repr(key) for key in keys}):
        raise yaml.constructor.ConstructorError(None, None, "duplicate key", node.start_mark)
    return dict(loader.construct_pairs(node))


Yaml12Loader.add_constructor(_INT, _int)
Yaml12Loader.add_constructor(_FLOAT, _float)
Yaml12Loader.add_constructor(_BOOL, _bool)
Yaml12Loader.add_constructor("tag:yaml.org,2002:map", _mapping)


def load(text: str) -> Any:
    return yaml.load(text, Loader=Yaml12Loader)
