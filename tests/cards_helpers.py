"""Filling score cards as a juror would, with openpyxl (a test-only tool)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl

from labelscore.models import card


def roles(sheet: Any) -> dict[str, int]:
    """Role -> 1-based column, from the hidden first row."""
    return {
        sheet.cell(card.ROLES_ROW, column).value: column
        for column in range(1, sheet.max_column + 1)
        if sheet.cell(card.ROLES_ROW, column).value
    }


def rows(sheet: Any) -> Iterator[tuple[int, str]]:
    """(1-based row, application id) of each application row."""
    column = roles(sheet)[card.APPLICATION]
    for row in range(card.FIRST_ROW, sheet.max_row + 1):
        value = sheet.cell(row, column).value
        if value:
            yield row, value


def category_sheets(book: Any) -> list[Any]:
    return [s for s in book.worksheets if s.title not in (card.GUIDE_SHEET, card.META_SHEET)]


def fill(
    path: Path,
    marks: dict[str, dict[str, object]],
    comments: dict[str, str] | None = None,
    conflicts: set[str] | None = None,
) -> None:
    """Write `marks` (application -> criterion -> value; None clears the cell), comments
    and conflicts into the card at `path`, as a juror typing in the cells would."""
    book = openpyxl.load_workbook(path)
    for sheet in category_sheets(book):
        columns = roles(sheet)
        for row, application in rows(sheet):
            for criterion, value in marks.get(application, {}).items():
                sheet.cell(row, columns[criterion]).value = value
            if comments and application in comments:
                sheet.cell(row, columns[card.COMMENT]).value = comments[application]
            if conflicts and application in conflicts:
                sheet.cell(row, columns[card.CONFLICT]).value = card.CONFLICT_YES
    book.save(path)


def edit(path: Path, sheet_title: str, cell: str, value: object) -> None:
    book = openpyxl.load_workbook(path)
    book[sheet_title][cell] = value
    book.save(path)


def blank_copy(edition: Path, target: Path) -> Path:
    """A copy of `edition` without its score sheets."""
    shutil.copytree(edition, target, ignore=shutil.ignore_patterns("*.xlsx", "*.ods"))
    shutil.rmtree(target / "jury" / "scores")
    (target / "jury" / "scores").mkdir()
    return target
