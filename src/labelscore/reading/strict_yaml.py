"""FileModel YAML: what the user wrote is what the tool reads.

PyYAML's YAML 1.1 rules turn `01000` into 512, `no` into False and `1:20` into 80, let
a duplicate key win silently and expand aliases. Here libyaml composes the node tree
with no implicit typing at all, and every unquoted scalar is resolved by four rules
only: null, `true`/`false`, decimal integers without a leading zero, and plain decimals.
Everything else is text. Duplicate keys, aliases, anchors, tags and absurd nesting are
problems, all reported at once with their line and column.

Where each value was written is not recorded while reading (most files have no
problem); a document works it out again from its text the first time it is asked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import yaml

from labelscore.i18n import t
from labelscore.models.base import shown
from labelscore.problems import MAX_PER_FILE, Problem, capped
from labelscore.reading.text import (
    MAX_MARKS,
    decode,
    places,
    shown_count,
    stacked_marks,
    syntax_problem,
    unsafe_characters,
    without_format_characters,
)

try:
    from yaml import CBaseLoader as _BaseLoader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import BaseLoader as _BaseLoader  # type: ignore[assignment]

_DEFAULT_TAGS = {
    yaml.ScalarNode: "tag:yaml.org,2002:str",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


class _Loader(_BaseLoader):
    """No implicit typing at all: every untagged node gets its kind's default tag."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return _DEFAULT_TAGS[kind]


MAX_BYTES = 1_000_000
"""Largest file read, in bytes (UTF-8), counted before the file is read whole."""
MAX_DEPTH = 32
MAX_NODES = 100_000
"""Keys, values and list items in one file (the 2010 edition's largest file, a score
sheet, holds 763). A file with more is refused before its tree is built."""
_BYTES_PER_NODE = 2
"""No file under this many bytes a value can hold more than MAX_NODES values (`k: 1`
and a line end hold two in five bytes), so smaller files skip the count."""
MAX_ITEMS = 10_000
"""Items in one list, or fields in one group: the longest real one (a juror's score sheet)
holds hundreds. Past this, a file is refused before anything else is checked, so that
every file under the size limit is checked in well under a second."""
MAX_DIGITS = 640
"""Digits a plain number may have; longer, it stays text, and a number field says so.
Python refuses to turn more than 4,300 digits into an integer, or fewer when told to
(PYTHONINTMAXSTRDIGITS), but never fewer than 640: a number read here can always be
written back. No mark, weight or population needs more than a few; the bounds of each
field say so in plain words."""

KeyPath = tuple[str | int, ...]
"""Where a value sits in a document: mapping keys and list indexes from the top."""

_STR = "tag:yaml.org,2002:str"
_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_NUMBER_START = frozenset("-0123456789")
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
_CUT_BY_COMMENT = re.compile(r"[ \t]+#+[^\s#]")
"""After a plain value: blanks then '#' and a word. YAML reads a comment; the writer meant
text (`Projet #1 vélo`, `Bon projet\t#2`). A '#' followed by a blank is taken as a comment."""
_COMMENT_WORD = re.compile(r"[ \t]*#+[^\s#]")
_HASH_WORD = re.compile(r"#[^\s#]")
"""What both patterns above need somewhere in a file before they can match."""


class SourceInt(int):
    """An integer that remembers how it was written."""

    source: str


class SourceFloat(float):
    """A decimal that remembers how it was written (`2.50` stays `2.50` in a text field)."""

    source: str


def resolve_plain(text: str) -> object:
    """The value of an unquoted scalar under the four rules of this module."""
    if not text or text[0] not in _NUMBER_START:
        if text in _NULL:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        return text
    number: SourceInt | SourceFloat
    if len(text) > MAX_DIGITS and too_long_number(text):
        return text
    if _INT.fullmatch(text):
        try:
            number = SourceInt(text)
        except ValueError:  # pragma: no cover - Python's digit limit set below 640
            return text
    elif _FLOAT.fullmatch(text):
        number = SourceFloat(text)
    else:
        return text
    number.source = text
    return number


def too_long_number(text: str) -> bool:
    """Whether `text` is written as a number with more than MAX_DIGITS digits."""
    if _INT.fullmatch(text) is None and _FLOAT.fullmatch(text) is None:
        return False
    return len(text) - text.startswith("-") - ("." in text) > MAX_DIGITS


class Position(NamedTuple):
    line: int
    column: int


@dataclass
class Document:
    """A parsed file: its value, and where each part of it was written (found on demand)."""

    file: str
    value: object
    text: str = ""
    _tree: tuple[Any] | None = field(default=None, repr=False, compare=False)
    _keys: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False, compare=False)

    def written(self, path: KeyPath) -> bool:
        """Whether the file holds something at `path`."""
        node = self._root()
        for part in path:
            child = _child(node, part, self._keys) if node is not None else None
            if child is None:
                return False
            node = child[1]
        return node is not None

    def written_part(
        self, path: tuple[str | int, ...], known: dict[tuple[str | int, ...], Any] | None = None
    ) -> KeyPath:
        """The parts of `path` that name a place in the file, the others left out (pydantic
        puts the name of a union's alternative in its paths).

        `known` keeps what was found for each parent path: ten thousand errors in one
        mapping look it up once."""
        parent = path[:-1]
        found = None if known is None else known.get(parent)
        if found is None:
            found = self._written(parent)
            if known is not None:
                known[parent] = found
        node, kept = found
        if path and node is not None and _child(node, path[-1], self._keys) is not None:
            return (*kept, path[-1])
        return kept

    def _written(self, path: tuple[str | int, ...]) -> tuple[Any, KeyPath]:
        node = self._root()
        kept: list[str | int] = []
        for part in path:
            child = _child(node, part, self._keys) if node is not None else None
            if child is not None:
                kept.append(part)
                node = child[1]
        return node, tuple(kept)

    def position(self, path: KeyPath, *, key: bool = False) -> Position:
        """The place of `path` (of its key, with `key`), or of its nearest written ancestor."""
        node = self._root()
        if node is None:
            return Position(1, 1)
        found_key = None
        for depth, part in enumerate(path):
            child = _child(node, part, self._keys)
            if child is None:
                break
            found_key, node = child
            if depth == len(path) - 1 and key and found_key is not None:
                return _position(found_key.start_mark)
        return _position(node.start_mark)

    def forget_tree(self) -> None:
        """Free the node tree kept from reading; it is built again if a place is asked for."""
        self._tree = None
        self._keys.clear()

    def _root(self) -> Any:
        if self._tree is None:
            loader = _Loader(self.text)
            try:
                self._tree = (loader.get_single_node(),)
            finally:
                loader.dispose()
        return self._tree[0]

    def problem(
        self, rule: str, path: KeyPath, message: str, *, key: bool = False, **kwargs: Any
    ) -> Problem:
        """A problem at `path`, placed when its line is first asked for."""

        def locate() -> tuple[int, int]:
            place = self.position(path, key=key)
            return place.line, place.column

        dotted = ".".join(str(part) for part in path)
        return Problem(self.file, 1, 1, dotted, message, rule=rule, locate=locate, **kwargs)


def _child(node: Any, part: str | int, keys: dict[int, dict[str, Any]]) -> tuple[Any, Any] | None:
    """(key node, value node) of a mapping's key or a sequence's item; None if absent.

    `keys` caches each mapping's first (key node, value node) by key, so that looking up
    many paths in a wide mapping stays linear.
    """
    if type(node) is yaml.MappingNode:
        index = keys.get(id(node))
        if index is None:
            index = {}
            for pair in node.value:
                key = pair[0].value
                if not key.isascii():
                    key = unicodedata.normalize("NFC", without_format_characters(key))
                index.setdefault(key, pair)
            keys[id(node)] = index
        found: tuple[Any, Any] | None = index.get(str(part))
        return found
    if type(node) is yaml.SequenceNode and isinstance(part, int) and part < len(node.value):
        return None, node.value[part]
    return None


class _AbortError(Exception):
    """Stop reading: what follows cannot be read safely."""


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


class _Walker:
    """Turns libyaml's node tree into plain values, checking it on the way."""

    def __init__(
        self, file: str, text: str, unsafe: list[Problem] | None = None, hidden: int = 0
    ) -> None:
        """`unsafe`: the invisible format characters found in `text` (and `hidden`, how
        many more): reported first, and left out of every key and value."""
        self.file = file
        self.text = text
        self.problems: list[Problem] = list(unsafe or ())
        self.invisible = bool(unsafe)
        self.seen: set[int] | None = set() if "*" in text else None
        # Only a '#' followed by a word can cut a value (check_cut_by_comment); the usual
        # comments ('# ...') leave every value to the quick walk of `mapping`.
        self.lines = text.splitlines() if _HASH_WORD.search(text) else None
        self.empty = False
        self.value: object = None
        self.aliases = 0
        self.first_alias = (1, 1)
        self.hidden = hidden
        self.root: Any = None
        self.stacked = False

    def normal(self, node: Any) -> str:
        """The text of a scalar `node` that is not ASCII as it is read: without the
        invisible format characters already reported, in Unicode's composed form (NFC).

        unsafe_characters found every run of combining marks written in the file, but a
        double-quoted scalar can make one that is not written: marks written as escapes
        (`"e\\u0301\\u0301..."`, a file of plain ASCII), or lines joined by a backslash.
        Such a run is looked for in the text as it will be normalised (in linear time),
        reported at the scalar's place and left as it is; the reading then stops."""
        text: str = node.value
        if self.invisible:
            text = without_format_characters(text)
        if node.style == '"' and (length := stacked_marks(text)):
            self.stacked = True
            self.report(
                "stacked-marks",
                node.start_mark,
                (),
                t("reading.stacked-marks", count=shown_count(length), limit=MAX_MARKS),
            )
            return text
        return unicodedata.normalize("NFC", text)

    def report(self, rule: str, mark: Any, path: KeyPath, message: str) -> None:
        if len(self.problems) >= MAX_PER_FILE:
            self.hidden += 1
            return
        place = _position(mark)
        dotted = ".".join(str(part) for part in path)
        self.problems.append(
            Problem(self.file, place.line, place.column, dotted, message, rule=rule)
        )

    def run(self) -> None:
        if "&" in self.text or "*" in self.text or "!" in self.text:
            self.check_events()
        if len(self.text) > MAX_NODES * _BYTES_PER_NODE:
            self.count_nodes()
        loader = _Loader(self.text)
        try:
            root = loader.get_single_node()
            if root is None:
                self.empty = True
                self.problems.append(
                    Problem(
                        self.file,
                        1,
                        1,
                        "",
                        t("reading.empty-file"),
                        rule="empty-file",
                    )
                )
                return
            self.root = root
            self.value = self.node(root, (), 0)
            if self.stacked:
                # a run of marks stops the reading, as when it is written out
                raise _AbortError
        finally:
            loader.dispose()

    def count_nodes(self) -> None:
        """Refuse a file of more than MAX_NODES values before building them: the events
        cost less than the tree, and the count stops at the limit."""
        loader = _Loader(self.text)
        nodes = 0
        try:
            while loader.check_event():
                event = loader.get_event()
                if isinstance(event, yaml.NodeEvent):
                    nodes += 1
                    if nodes > MAX_NODES:
                        self.report(
                            "too-many-values",
                            event.start_mark,
                            (),
                            t("reading.too-many-values", limit=shown_count(MAX_NODES)),
                        )
                        raise _AbortError
        finally:
            loader.dispose()

    def check_events(self) -> None:
        """Anchors, aliases and tags leave no trace in the node tree: find them in the events.

        A stack of (mapping key or sequence index) follows where each event stands.
        """
        stack: list[list[Any]] = []  # [is_mapping, next key or index, expecting a key]
        self.aliases = 0
        loader = _Loader(self.text)
        try:
            while loader.check_event():
                event: Any = loader.get_event()
                if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                    stack.pop()
                    self.step(stack)
                    continue
                if not isinstance(event, yaml.NodeEvent):
                    continue
                if stack and stack[-1][0] and stack[-1][2]:
                    stack[-1][1] = getattr(event, "value", "?")
                    stack[-1][2] = False
                    continue
                path = tuple(frame[1] for frame in stack)
                self.check_event(event, path)
                if isinstance(event, yaml.MappingStartEvent):
                    stack.append([True, "", True])
                elif isinstance(event, yaml.SequenceStartEvent):
                    stack.append([False, 0, False])
                else:
                    self.step(stack)
        finally:
            loader.dispose()
        if self.aliases > 1:
            self.problems.append(
                Problem(
                    self.file,
                    *self.first_alias,
                    "",
                    t("reading.aliases", count=self.aliases),
                    rule="anchor-or-alias",
                )
            )

    @staticmethod
    def step(stack: list[list[Any]]) -> None:
        """A value is over: the enclosing mapping expects a key, the sequence its next item."""
        if stack:
            if stack[-1][0]:
                stack[-1][2] = True
            else:
                stack[-1][1] += 1

    def check_event(self, event: Any, path: KeyPath) -> None:
        anchor = getattr(event, "anchor", None)
        tag = getattr(event, "tag", None)
        if isinstance(event, yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > 1:
                return
            place = _position(event.start_mark)
            self.first_alias = (place.line, place.column)
            self.report(
                "anchor-or-alias",
                event.start_mark,
                path,
                t("reading.alias", anchor=anchor),
            )
        elif anchor is not None:
            self.report(
                "anchor-or-alias",
                event.start_mark,
                path,
                t("reading.anchor", anchor=anchor),
            )
        if tag is not None and tag != "!":
            self.report(
                "tag",
                event.start_mark,
                path,
                t("reading.tag", tag=tag),
            )

    def node(self, node: Any, path: KeyPath, depth: int, indent: int = -1) -> object:
        """The value of `node`; `indent` is the column a continuation line must pass (that
        of the key or the '- ' the node belongs to)."""
        if self.seen is not None:
            if id(node) in self.seen:
                raise _AbortError  # an alias: check_events has reported it
            self.seen.add(id(node))
        kind = type(node)
        if kind is yaml.ScalarNode:
            text = node.value if node.value.isascii() else self.normal(node)
            if node.style or node.tag != _STR:
                return text
            if self.lines is not None:
                self.check_cut_by_comment(node, path, text, indent)
            return resolve_plain(text)
        if depth >= MAX_DEPTH:
            self.report(
                "too-deep", node.start_mark, path[:2], t("reading.too-deep", depth=MAX_DEPTH)
            )
            raise _AbortError
        if len(node.value) > MAX_ITEMS:
            what = "list" if kind is yaml.SequenceNode else "group"
            self.report(
                "too-many-values",
                node.start_mark,
                path[:2],
                t(
                    f"reading.too-many-items.{what}",
                    count=shown_count(len(node.value)),
                    limit=shown_count(MAX_ITEMS),
                ),
            )
            raise _AbortError
        inner = indent if node.flow_style else node.start_mark.column
        if kind is yaml.SequenceNode:
            return [
                self.node(item, (*path, index), depth + 1, inner)
                for index, item in enumerate(node.value)
            ]
        return self.mapping(node, path, depth, indent)

    def check_cut_by_comment(
        self, node: Any, path: KeyPath, text: str, indent: int | None = None
    ) -> None:
        """`title: Projet #1 vélo` reads as 'Projet': YAML takes ' #' as a comment.

        So does a line that starts with '#' where the value would have gone on:
        `comment: Bon projet` then `  #2 à suivre` on the next line, indented. `indent`
        is None for a key, which cannot go on to another line.
        """
        assert self.lines is not None
        end = node.end_mark
        if end.line >= len(self.lines):
            return
        rest = self.lines[end.line]
        if _CUT_BY_COMMENT.match(rest, end.column):
            self.report(
                "cut-by-comment",
                node.start_mark,
                path,
                t("reading.cut-by-comment", value=shown(text)),
            )
            return
        if indent is None or rest[end.column :].strip():
            return
        number = end.line + 1
        while number < len(self.lines) and not self.lines[number].strip():
            number += 1
        if number >= len(self.lines):
            return
        following = self.lines[number]
        margin = len(following) - len(following.lstrip(" \t"))
        if margin > indent and _COMMENT_WORD.match(following):
            self.report(
                "cut-by-comment",
                node.start_mark,
                path,
                t("reading.cut-by-comment.next-line", value=shown(text), line=number + 1),
            )

    def decimal_comma_in_flow(self, value_node: Any, following: tuple[Any, Any]) -> str | None:
        """`{a: 7,5, b: 1}`: in braces a comma separates entries, so YAML reads `a: 7` and
        a key `5` with no value. The two are read back as the text `7,5`, which a number
        field reports as a decimal comma with its fix, as it does outside braces."""
        key_node, empty = following
        if (
            type(value_node) is not yaml.ScalarNode
            or value_node.style
            or type(key_node) is not yaml.ScalarNode
            or key_node.style
            or type(empty) is not yaml.ScalarNode
            or empty.value
            or empty.style
        ):
            return None
        end = value_node.end_mark.index
        if key_node.start_mark.index != end + 1 or self.text[end : end + 1] != ",":
            return None
        if not (_INT.fullmatch(value_node.value) and key_node.value.isascii()):
            return None
        if not key_node.value.isdigit():
            return None
        return f"{value_node.value},{key_node.value}"

    def mapping(self, node: Any, path: KeyPath, depth: int, indent: int) -> dict[str, object]:
        result: dict[str, object] = {}
        first: dict[str, Any] = {}  # each key's first key node
        flow = node.flow_style
        lines = self.lines
        # a plain value needs no walk when it has no ' #' to look for and no alias to guard
        quick = lines is None and self.seen is None
        pairs = node.value
        skip = -1
        for index, (key_node, value_node) in enumerate(pairs):
            if index == skip:
                continue
            if type(key_node) is not yaml.ScalarNode:
                self.report("yaml-syntax", key_node.start_mark, path, t("reading.key-not-plain"))
                raise _AbortError
            raw = key_node.value
            key = raw if raw.isascii() else self.normal(key_node)
            if lines is not None and not key_node.style:
                self.check_cut_by_comment(key_node, (*path, key), key)
            scalar = quick and type(value_node) is yaml.ScalarNode
            if key in first:
                line = key_node.start_mark.line + 1
                if len(self.problems) >= MAX_PER_FILE:
                    self.hidden += 1
                else:
                    self.report(
                        "duplicate-key",
                        key_node.start_mark,
                        (*path, key),
                        t(
                            "reading.duplicate-key",
                            key=shown(key),
                            first=first[key].start_mark.line + 1,
                            line=line,
                        ),
                    )
                if not scalar:
                    inner = indent if flow else key_node.start_mark.column
                    where = t("reading.line-of-key", key=key, line=line)
                    self.node(value_node, (*path, where), depth + 1, inner)
                continue
            first[key] = key_node
            if flow and index + 1 < len(pairs):
                joined = self.decimal_comma_in_flow(value_node, pairs[index + 1])
                if joined is not None:
                    result[key] = joined
                    skip = index + 1
                    continue
            if scalar:
                text = value_node.value
                if not text.isascii():
                    text = self.normal(value_node)
                plain = not value_node.style and value_node.tag == _STR
                result[key] = resolve_plain(text) if plain else text
                continue
            inner = indent if flow else key_node.start_mark.column
            result[key] = self.node(value_node, (*path, key), depth + 1, inner)
        return result


def parse(text: str, file: str) -> tuple[Document | None, list[Problem]]:
    """The document in `text`, or None when it cannot be read; with every problem found."""
    document, problems, hidden = _parse(text, file)
    return document, capped(problems, file, hidden)


def too_large(file: str, size: int, limit: int = MAX_BYTES) -> Problem:
    return Problem(
        file,
        1,
        1,
        "",
        t("reading.file-too-large", limit=shown_count(limit), size=shown_count(size)),
        rule="file-too-large",
    )


def _parse(text: str, file: str) -> tuple[Document | None, list[Problem], int]:
    """The document, the problems found (about MAX_PER_FILE at most) and how many more."""
    if len(text) > MAX_BYTES // 4 and not text.isascii():
        size = len(text.encode("utf-8", "surrogatepass"))
    else:
        size = len(text)
    if size > MAX_BYTES:
        return None, [too_large(file, size)], 0
    unsafe, more, stop = unsafe_characters(text, file)
    if stop:
        # a run of marks is refused before anything is normalised
        return None, unsafe, more
    # an invisible format character is reported where it is and read past, so that the
    # file's other problems are found too
    walker = _Walker(file, text, unsafe, more)
    fatal: Problem
    try:
        walker.run()
    except _AbortError:
        return None, walker.problems, walker.hidden
    except yaml.MarkedYAMLError as error:
        fatal = syntax_problem(error, file, text)
    except yaml.reader.ReaderError as error:
        # libyaml gives the offset in the UTF-8 bytes it was handed
        index = len(text.encode("utf-8")[: error.position].decode("utf-8", "ignore"))
        ((line, column),) = places(text, [index])
        code = error.character if isinstance(error.character, int) else ord(error.character)
        fatal = Problem(
            file,
            line,
            column,
            "",
            t("reading.control-character.file", code=f"U+{code:04X}"),
            rule="control-character",
        )
    except yaml.YAMLError as error:
        fatal = Problem(file, 1, 1, "", t("reading.yaml-error", error=error), rule="yaml-syntax")
    else:
        if walker.empty:
            return None, walker.problems, walker.hidden
        document = Document(file, walker.value, text, _tree=(walker.root,))
        return document, walker.problems, walker.hidden
    # what stopped the reading is listed first, whatever the cap leaves out
    return None, [fatal, *walker.problems], walker.hidden


def read(data: bytes, file: str) -> tuple[Document | None, list[Problem]]:
    document, problems, hidden = read_counted(data, file)
    return document, capped(problems, file, hidden)


def read_counted(data: bytes, file: str) -> tuple[Document | None, list[Problem], int]:
    """Like `read`, the problems not yet capped: those found, and how many more there are."""
    if len(data) > MAX_BYTES:
        return None, [too_large(file, len(data))], 0
    text, problems = decode(data, file)
    if text is None:
        return None, problems, 0
    return _parse(text, file)
