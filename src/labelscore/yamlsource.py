"""Strict YAML: what the user wrote is what the tool reads.

PyYAML's YAML 1.1 rules turn `01000` into 512, `no` into False and `1:20` into 80, let
a duplicate key win silently and expand aliases. Here the parser's events are read
directly and every scalar is resolved by four rules only: null, `true`/`false`, decimal
integers without a leading zero, and plain decimals. Everything else is text. Duplicate
keys, aliases, anchors, tags and absurd nesting are problems, all reported at once
with their line and column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from labelscore.problems import Problem

try:
    from yaml import CBaseLoader as _EventLoader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import BaseLoader as _EventLoader  # type: ignore[assignment]

MAX_BYTES = 2_000_000
MAX_DEPTH = 32

Path = tuple[str | int, ...]

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")


class SourceInt(int):
    """An integer that remembers how it was written."""

    source: str


class SourceFloat(float):
    """A decimal that remembers how it was written (`2.50` stays `2.50` in a text field)."""

    source: str


def resolve_plain(text: str) -> object:
    """The value of an unquoted scalar under the four rules of this module."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    number: SourceInt | SourceFloat
    if _INT.fullmatch(text):
        number = SourceInt(text)
    elif _FLOAT.fullmatch(text):
        number = SourceFloat(text)
    else:
        return text
    number.source = text
    return number


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass
class Document:
    """A parsed file: its value and where each part of it was written."""

    file: str
    value: object
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)

    def position(self, path: Path, *, key: bool = False) -> Position:
        """The place of `path`, or of its nearest written ancestor."""
        table = self.keys if key else self.values
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in table:
                return table[prefix]
            if key and prefix in self.values:
                return self.values[prefix]
        return Position(1, 1)

    def problem(self, path: Path, message: str, *, key: bool = False, **kwargs: object) -> Problem:
        place = self.position(path, key=key)
        dotted = ".".join(str(part) for part in path)
        return Problem(self.file, place.line, place.column, dotted, message, **kwargs)  # type: ignore[arg-type]


class _AbortError(Exception):
    """Stop reading: what follows cannot be read safely."""


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


class _Builder:
    def __init__(self, file: str, loader: _EventLoader, text: str) -> None:
        self.file = file
        self.loader = loader
        self.lines = text.splitlines() if " #" in text else None
        self.document = Document(file, None)
        self.problems: list[Problem] = []
        self.empty = False

    def report(self, mark: Any, path: Path, message: str) -> None:
        place = _position(mark)
        dotted = ".".join(str(part) for part in path)
        self.problems.append(Problem(self.file, place.line, place.column, dotted, message))

    def next_event(self) -> Any:
        """The next parser event (PyYAML's stubs type events loosely)."""
        return self.loader.get_event()

    def build(self) -> None:
        self.loader.get_event()  # stream start
        if self.loader.check_event(yaml.StreamEndEvent):
            self.empty = True
            self.problems.append(
                Problem(self.file, 1, 1, "", "the file is empty (or holds only comments)")
            )
            return
        self.loader.get_event()  # document start
        self.document.value = self.node((), 0)
        self.loader.get_event()  # document end
        if not self.loader.check_event(yaml.StreamEndEvent):
            event = self.next_event()
            self.report(
                event.start_mark,
                (),
                "a second document starts here ('---'): keep one application per file",
            )

    def node(self, path: Path, depth: int) -> object:
        event = self.next_event()
        if isinstance(event, yaml.AliasEvent):
            self.report(
                event.start_mark,
                path,
                f"'*{event.anchor}' refers to another part of the file (a YAML alias); "
                "write the value out in full",
            )
            raise _AbortError
        self.document.values[path] = _position(event.start_mark)
        if event.anchor is not None:
            self.report(
                event.start_mark,
                path,
                f"'&{event.anchor}' (a YAML anchor) is not allowed; remove it",
            )
        if event.tag is not None and not (isinstance(event, yaml.ScalarEvent) and event.tag == "!"):
            self.report(
                event.start_mark,
                path,
                f"the tag '{event.tag}' is not allowed; remove it and write the plain value",
            )
        if isinstance(event, yaml.ScalarEvent):
            text = unicodedata.normalize("NFC", event.value)
            if not event.implicit[0]:
                return text
            self.check_cut_by_comment(event, path, text)
            return resolve_plain(text)
        if depth >= MAX_DEPTH:
            self.report(event.start_mark, path[:2], f"nested more than {MAX_DEPTH} levels deep")
            raise _AbortError
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[object] = []
            while not self.loader.check_event(yaml.SequenceEndEvent):
                items.append(self.node((*path, len(items)), depth + 1))
            self.loader.get_event()
            return items
        return self.mapping(path, depth)

    def check_cut_by_comment(self, event: Any, path: Path, text: str) -> None:
        """`title: Projet #1 vélo` reads as 'Projet': YAML takes ' #' as a comment."""
        if self.lines is None or event.end_mark.line >= len(self.lines):
            return
        rest = self.lines[event.end_mark.line][event.end_mark.column :]
        if re.match(r" #[^\s#]", rest):
            self.report(
                event.start_mark,
                path,
                f"the value stops at '{text}' because ' #' starts a comment; put the whole "
                "value in quotes",
            )

    def mapping(self, path: Path, depth: int) -> dict[str, object]:
        result: dict[str, object] = {}
        seen: dict[str, Position] = {}
        while not self.loader.check_event(yaml.MappingEndEvent):
            key_event: Any = self.loader.peek_event()
            if not isinstance(key_event, yaml.ScalarEvent):
                self.report(key_event.start_mark, path, "a key must be a plain word")
                raise _AbortError
            self.loader.get_event()
            key = unicodedata.normalize("NFC", key_event.value)
            place = _position(key_event.start_mark)
            child = (*path, key)
            if key in seen:
                first = seen[key]
                self.report(
                    key_event.start_mark,
                    child,
                    f"'{key}' is written twice, on line {first.line} and line {place.line}; "
                    "keep only one",
                )
                self.node((*path, f"{key} (line {place.line})"), depth + 1)
                continue
            seen[key] = place
            self.document.keys[child] = place
            result[key] = self.node(child, depth + 1)
        self.loader.get_event()
        return result


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of plain text is NUL."""
    head = data[:200]
    return len(head) >= 4 and head.count(0) * 3 >= len(head)


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """UTF-8, with or without BOM; anything else is refused with the place of the first bad byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        return None, [
            Problem(
                file,
                1,
                1,
                "",
                "this file is saved as UTF-16; open it and save it again as UTF-8",
            )
        ]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        start = error.start
        line = data.count(b"\n", 0, start) + 1
        column = start - (data.rfind(b"\n", 0, start) + 1) + 1
        byte = data[start : start + 1].hex().upper()
        return None, [
            Problem(
                file,
                line,
                column,
                "",
                f"this file is not saved as UTF-8 (byte 0x{byte} here; it looks like "
                "Latin-1 or Windows-1252): open it and save it again as UTF-8",
            )
        ]


_SYNTAX_HINTS = (
    ("found character '\\t'", "a tab is used here; indent with spaces only"),
    (
        "mapping values are not allowed",
        "a value contains ': ' or a key is badly indented; put the value in quotes",
    ),
    ("could not find expected ':'", "a line is missing its ':' or is badly indented"),
    (
        "found unexpected end of stream",
        "a quote is opened and never closed; check the quotes on this line",
    ),
    ("found unknown escape character", "a backslash in double quotes; use single quotes"),
    ("did not find expected key", "a line is badly indented or a quote is not closed"),
    ("control characters are not allowed", "the file holds an invisible control character"),
    ("special characters are not allowed", "the file holds an invisible control character"),
)


def _unclosed_quote(text: str, until: int) -> tuple[int, str] | None:
    """The first line, up to `until`, whose quoted value is left open (a common typing slip)."""
    for number, line in enumerate(text.splitlines()[:until], start=1):
        value = line.split(": ", 1)[1].strip() if ": " in line else line.strip().lstrip("- ")
        if value.startswith('"') and (len(value) == 1 or not value.rstrip().endswith('"')):
            return number, '"'
        if value.startswith("'") and value.replace("''", "").count("'") % 2 == 1:
            return number, "'"
    return None


def _syntax_problem(error: yaml.MarkedYAMLError, file: str, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    if error.context_mark is not None and "end of stream" in (error.problem or ""):
        mark = error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    raw = f"{error.context or ''} {error.problem or ''}".strip()
    source_line = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
    if "\t" in source_line[: max(column, 1)] and "\t" not in source_line.lstrip("\t "):
        hint = "a tab is used for indentation; indent with spaces only"
    elif (opened := _unclosed_quote(text, line)) is not None:
        quote_line, quote = opened
        hint = (
            f"the {quote} opened on line {quote_line} is not closed"
            if quote == '"'
            else f"on line {quote_line} an apostrophe ends the quoted text too early; inside "
            "'...' write it twice ('') or put the text in double quotes"
        )
        line, column = quote_line, 1
    else:
        hint = next((h for key, h in _SYNTAX_HINTS if key in raw), "")
    message = "the file cannot be read as YAML"
    message += f": {hint}" if hint else f" ({raw})"
    return Problem(file, line, column, "", message)


def parse(text: str, file: str) -> tuple[Document | None, list[Problem]]:
    """The document in `text`, or None when it cannot be read; with every problem found."""
    if len(text) > MAX_BYTES:
        return None, [Problem(file, 1, 1, "", f"the file is larger than {MAX_BYTES:,} bytes")]
    loader = _EventLoader(text)
    builder = _Builder(file, loader, text)
    try:
        builder.build()
    except _AbortError:
        return None, builder.problems
    except yaml.MarkedYAMLError as error:
        return None, [*builder.problems, _syntax_problem(error, file, text)]
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        message = f"the file holds an invisible control character (U+{code:04X}) here; delete it"
        return None, [*builder.problems, Problem(file, line, column, "", message)]
    except yaml.YAMLError as error:
        return None, [*builder.problems, Problem(file, 1, 1, "", f"cannot read YAML: {error}")]
    finally:
        loader.dispose()
    if builder.empty:
        return None, builder.problems
    return builder.document, builder.problems


def read(data: bytes, file: str) -> tuple[Document | None, list[Problem]]:
    text, problems = decode(data, file)
    if text is None:
        return None, problems
    return parse(text, file)
