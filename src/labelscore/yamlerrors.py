"""Decoding and syntax errors, said in plain words with the line to fix."""

from __future__ import annotations

import yaml

from labelscore.problems import Problem


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


def syntax_problem(error: yaml.MarkedYAMLError, file: str, text: str) -> Problem:
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
