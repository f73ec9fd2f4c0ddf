"""Decoding and syntax errors, said in plain words with the line to fix."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

import yaml

from labelscore.i18n import t
from labelscore.models.base import (
    FORMAT_CHARACTERS,
    FORMAT_CHARACTERS_NARROW,
    character_name,
    shown,
)
from labelscore.problems import MAX_PER_FILE, Problem

MAX_MARKS = 30
"""Combining marks (accents and other signs drawn on the letter before them) accepted in a
row. Unicode's stream-safe format allows 30; real text needs a few. Normalising a longer
run costs time in the square of its length (a title of 300,000 stacked accents took
minutes), so a longer run is refused before anything is normalised."""

_MARKS = (
    "\u0300-\u034e\u0350-\u036f\u0483-\u0487\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0711"
    "\u0730-\u074a\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d"
    "\u0859-\u085b\u0898-\u089f\u08ca-\u08e1\u08e3-\u08ff\u093c\u094d\u0951-\u0954\u09bc\u09cd"
    "\u09fe\u0a3c\u0a4d\u0abc\u0acd\u0b3c\u0b4d\u0bcd\u0c3c\u0c4d\u0c55-\u0c56\u0cbc\u0ccd"
    "\u0d3b-\u0d3c\u0d4d\u0dca\u0e38-\u0e3a\u0e48-\u0e4b\u0eb8-\u0eba\u0ec8-\u0ecb\u0f18-\u0f19"
    "\u0f35\u0f37\u0f39\u0f71-\u0f75\u0f7a-\u0f7d\u0f80-\u0f84\u0f86-\u0f87\u0fc6\u1037"
    "\u1039-\u103a\u108d\u135d-\u135f\u1714-\u1715\u1734\u17d2\u17dd\u18a9\u1939-\u193b"
    "\u1a17-\u1a18\u1a60\u1a75-\u1a7c\u1a7f\u1ab0-\u1abd\u1abf-\u1ace\u1b34\u1b44\u1b6b-\u1b73"
    "\u1baa-\u1bab\u1be6\u1bf2-\u1bf3\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce0\u1ce2-\u1ce8\u1ced\u1cf4"
    "\u1cf8-\u1cf9\u1dc0-\u1dff\u20d0-\u20dc\u20e1\u20e5-\u20f0\u2cef-\u2cf1\u2d7f\u2de0-\u2dff"
    "\u302a-\u302f\u3099-\u309a\ua66f\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua806\ua82c\ua8c4"
    "\ua8e0-\ua8f1\ua92b-\ua92d\ua953\ua9b3\ua9c0\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf"
    "\uaac1\uaaf6\uabed\ufb1e\ufe20-\ufe2f"
)
"""The characters below U+10000 that normalising reorders: those with a non-zero canonical
combining class, and the three Tibetan vowels whose decomposition starts with one (a test
checks the table against Python's Unicode database). Past U+FFFF, a run is found with
every character as a candidate, then counted exactly."""

_TIBETAN = "\u0f73\u0f75\u0f81"
_MARK_RUN = re.compile(f"[{_MARKS}]{{{MAX_MARKS + 1},}}")
_MARK_RUN_WIDE = re.compile(f"[{_MARKS}\U00010000-\U0010ffff]{{{MAX_MARKS + 1},}}")
_NONZERO_RUN = re.compile(rb"[^\x00]{%d,}" % (MAX_MARKS + 1))
_FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")
_FORMAT_NARROW = re.compile(f"[{FORMAT_CHARACTERS_NARROW}]")
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def _wide(text: str) -> bool:
    """Whether `text` holds a character past U+FFFF (its UTF-8 has a 4-byte sequence).

    Searching bytes is a memchr: faster than max(text) by a factor of a hundred."""
    data = text.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in (b"\xf0", b"\xf1", b"\xf2", b"\xf3", b"\xf4"))


def _mark_runs(text: str, wide: bool) -> Iterator[tuple[int, int]]:
    """(start, length) of every run of more than MAX_MARKS combining marks, in linear time."""
    if not wide:
        for found in _MARK_RUN.finditer(text):
            yield found.start(), found.end() - found.start()
        return
    for candidate in _MARK_RUN_WIDE.finditer(text):
        run = candidate.group()
        classes = bytearray(map(unicodedata.combining, run))
        for vowel in _TIBETAN:
            index = run.find(vowel)
            while index >= 0:
                classes[index] = 1
                index = run.find(vowel, index + 1)
        for marks in _NONZERO_RUN.finditer(classes):
            yield candidate.start() + marks.start(), marks.end() - marks.start()


def stacked_marks(value: str) -> int:
    """How many marks the first run of more than MAX_MARKS combining marks in `value`
    holds; 0 if it has none. In linear time, for a value YAML decoded from escapes."""
    if _MARK_RUN_WIDE.search(value) is None:  # most values: one search, no run
        return 0
    return next((length for _, length in _mark_runs(value, _wide(value))), 0)


def places(text: str, indexes: list[int]) -> list[tuple[int, int]]:
    """(line, column) of each index of `text` (sorted), lines counted as libyaml counts them."""
    result = []
    line, start = 1, 0
    breaks = _LINE_BREAK.finditer(text)
    following = next(breaks, None)
    for index in indexes:
        while following is not None and following.end() <= index:
            line, start = line + 1, following.end()
            following = next(breaks, None)
        result.append((line, index - start + 1))
    return result


def unsafe_characters(text: str, file: str) -> tuple[list[Problem], int, bool]:
    """Invisible format characters and absurd runs of combining marks, each at its place;
    past MAX_PER_FILE of them, how many more there are; and whether a run of marks was
    found, which stops the reading.

    They are looked for in the whole text before YAML reads it: no key, id, code, value
    or comment should hold them, and a long run must be refused before it is normalised.
    A double-quoted value can still make a run the text does not hold (marks written as
    escapes, `"e\\u0301\\u0301..."`, or lines joined by a backslash): the reading looks
    for it in each such value as decoded (stacked_marks), before normalising it.
    A format character is harmless to read past: the file is then read as if it were not
    there (without_format_characters), so that its other problems are found as well. So
    marks are counted as they will be read, with the format characters left out: marks
    split by zero-width spaces make one run, placed at its first mark.
    """
    if text.isascii():
        return [], 0, False
    wide = _wide(text)
    pattern = _FORMAT if wide else _FORMAT_NARROW
    found: list[tuple[int, str, str]] = []
    for match in itertools.islice(pattern.finditer(text), MAX_PER_FILE):
        found.append(
            (
                match.start(),
                "format-character",
                t("reading.format-character", name=character_name(match.group())),
            )
        )
    total = len(found) if len(found) < MAX_PER_FILE else len(pattern.findall(text))
    read = pattern.sub("", text) if found else text
    runs: list[tuple[int, int]] = []
    counted = 0
    for run in _mark_runs(read, wide):
        counted += 1
        if len(runs) < 2 * MAX_PER_FILE:
            runs.append(run)
    removed = [match.start() for match in pattern.finditer(text)] if runs and found else []
    starts = _written_at([start for start, _ in runs], removed)
    for start, (_, length) in zip(starts, runs, strict=True):
        found.append(
            (
                start,
                "stacked-marks",
                t("reading.stacked-marks", count=shown_count(length), limit=MAX_MARKS),
            )
        )
    found = sorted(found)[:MAX_PER_FILE]
    placed = places(text, [index for index, _, _ in found])
    problems = [
        Problem(file, line, column, "", message, rule=rule)
        for (_, rule, message), (line, column) in zip(found, placed, strict=True)
    ]
    return problems, total + counted - len(problems), counted > 0


def _written_at(indexes: list[int], removed: list[int]) -> list[int]:
    """Where each character at `indexes` (increasing) of a text read without the characters
    at `removed` (increasing) was written; in one pass over both."""
    result = []
    count = 0
    for index in indexes:
        while count < len(removed) and removed[count] <= index + count:
            count += 1
        result.append(index + count)
    return result


def without_format_characters(value: str) -> str:
    """`value` as if no invisible format character had been written in it (each one is
    reported by unsafe_characters)."""
    return _FORMAT.sub("", value)


def shown_count(value: int) -> str:
    """A count in a message: 100,000 in English, 100 000 in French."""
    from labelscore.i18n.typography import number

    return number(value)


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of plain text is NUL."""
    head = data[:200]
    return len(head) >= 4 and head.count(0) * 3 >= len(head)


_OFFICE_FILES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
"""How a zip archive (XLSX, ODS, DOCX: a score card among them) and an old Office file
(XLS, DOC) begin."""


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """UTF-8, with or without BOM; anything else is refused with the place of the first bad
    byte, or as what it is when that is known (UTF-16, a workbook)."""
    if data.startswith(_OFFICE_FILES):
        return None, [Problem(file, 1, 1, "", t("reading.office-file"), rule="not-utf8")]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        return None, [
            Problem(
                file,
                1,
                1,
                "",
                t("reading.utf16"),
                rule="not-utf8",
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
                t("reading.not-utf8", byte=byte),
                rule="not-utf8",
            )
        ]


_SYNTAX_HINTS = (
    ("found character '\\t'", "tab-here"),
    ("mapping values are not allowed", "colon-in-value"),
    ("could not find expected ':'", "no-colon"),
    ("found unexpected end of stream", "quote-never-closed"),
    ("found unknown escape character", "backslash"),
    ("did not find expected key", "indent-or-quote"),
    ("control characters are not allowed", "control-character"),
    ("special characters are not allowed", "control-character"),
)
"""What libyaml says, and the message (`reading.syntax.<name>`) that says it plainly."""


def _unclosed_quote(text: str, until: int) -> tuple[int, str] | None:
    """The first line, up to `until`, whose quoted value is left open (a common typing slip)."""
    for number, line in enumerate(text.splitlines()[:until], start=1):
        value = line.split(": ", 1)[1].strip() if ": " in line else line.strip().lstrip("- ")
        if value.startswith('"') and (len(value) == 1 or not value.rstrip().endswith('"')):
            return number, '"'
        if value.startswith("'") and value.replace("''", "").count("'") % 2 == 1:
            return number, "'"
    return None


def _comment_in_flow(text: str, error: yaml.MarkedYAMLError) -> tuple[int, int] | None:
    """Where a ' #' hides the end of a [...] or {...} left open, if one does."""
    opened, stopped = error.context_mark, error.problem_mark
    if opened is None or stopped is None:
        return None
    lines = text.splitlines()[opened.line : stopped.line + 1]
    for number, line in enumerate(lines, start=opened.line + 1):
        column = _comment_start(line, opened.column if number == opened.line + 1 else 0)
        if column is not None:
            return number, column + 1
    return None


def _comment_start(line: str, start: int) -> int | None:
    """The index of a '#' that starts a comment on a line of [...] or {...}, outside quotes."""
    quote = ""
    previous = "["
    index = start
    while index < len(line):
        char = line[index]
        if quote:
            if char == "\\" and quote == '"':
                index += 1
            elif char == quote:
                if quote == "'" and line.startswith("''", index):
                    index += 1
                else:
                    quote = ""
        elif char in "'\"" and previous in "[{,:":
            quote = char
        elif char == "#" and index > 0 and line[index - 1] in " \t":
            return index
        if not char.isspace():
            previous = char
        index += 1
    return None


_DASH_WORD = re.compile(r"^([ \t]*)-([^\s\-0-9:][^:]*)$")
"""A list item written without the space after its dash (`-Médiathèque`): YAML reads the
whole line as text, then looks for its ':'."""


def syntax_problem(error: yaml.MarkedYAMLError, file: str, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    if error.context_mark is not None and "end of stream" in (error.problem or ""):
        mark = error.context_mark
    if error.context_mark is not None and "could not find expected ':'" in (error.problem or ""):
        # libyaml stops on the line after; the line to fix is the one it took for a key
        mark = error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    raw = f"{error.context or ''} {error.problem or ''}".strip()
    source_line = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
    if "\t" in source_line[: max(column, 1)] and "\t" not in source_line.lstrip("\t "):
        hint = t("reading.syntax.tab-indent")
    elif "flow" in raw and (comment := _comment_in_flow(text, error)) is not None:
        line, column = comment
        hint = t("reading.syntax.comment-in-flow")
    elif "expected ':'" in raw and (item := _DASH_WORD.match(source_line)) is not None:
        hint = t("reading.syntax.dash-no-space", fixed=shown(f"- {item.group(2).rstrip()}"))
        column = len(item.group(1)) + 1
    elif (opened := _unclosed_quote(text, line)) is not None:
        quote_line, quote = opened
        hint = t(
            "reading.syntax.double-quote-open" if quote == '"' else "reading.syntax.apostrophe",
            line=quote_line,
        )
        line, column = quote_line, 1
    else:
        name = next((name for key, name in _SYNTAX_HINTS if key in raw), "")
        hint = t(f"reading.syntax.{name}") if name else ""
    if hint:
        message = t("reading.yaml-syntax.hint", hint=hint)
    else:
        message = t("reading.yaml-syntax.raw", raw=raw)
    return Problem(file, line, column, "", message, rule="yaml-syntax")
