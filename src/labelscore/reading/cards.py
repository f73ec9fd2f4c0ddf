"""Reading a returned score card (XLSX, or ODS from LibreOffice): a hostile file until
proven otherwise.

The spreadsheet reader (python-calamine) was seen to abort the whole process, which no
`except` catches, on tiny files: a cell at XFD1048576, an ODS repeating a cell 100,000 ×
1,000 times, shared strings inflating to gigabytes. So a card is read in two steps:
1. here, with the standard library only: the file is a regular file of at most
   MAX_CARD_BYTES, a ZIP archive with few entries of bounded sizes, its XML has no DOCTYPE
   and no cell with content beyond MAX_ROWS × MAX_COLUMNS (the declared dimension too);
   the same pass notes the cells that hold a formula or an error, which the reader would
   turn into plain values;
2. the reader runs in a child process with a memory limit and a timeout, so a crash or a
   hang is one problem with the card's name, never the end of the command.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, iterparse

from labelscore.i18n import t
from labelscore.i18n.typography import number
from labelscore.models.card import MAX_COLUMNS, MAX_ROWS
from labelscore.reading.load import display_name, read_input

MAX_CARD_BYTES = 20_000_000
MAX_ENTRIES = 1_000
MAX_ENTRY_BYTES = 50_000_000
MAX_TOTAL_BYTES = 200_000_000
READER_MEMORY = 2 * 1024**3
READER_SECONDS = 60

Value = str | float | bool | None
"""A cell as the card reader gives it: text ('' when empty), a number, a yes/no, or None
for what is no number a person typed (a date, a time, NaN, an infinity)."""


class UnreadableCardError(Exception):
    """The file cannot be read as a workbook; the message says why, in plain words."""


@dataclass
class SheetCells:
    name: str
    rows: list[list[Value]] = field(default_factory=list)
    formulas: set[tuple[int, int]] = field(default_factory=set)
    """0-based (row, column) of the cells that hold a formula."""
    errors: set[tuple[int, int]] = field(default_factory=set)
    """Cells that hold an error value (#DIV/0!, #REF!...)."""
    odd: dict[tuple[int, int], str] = field(default_factory=dict)
    """Cells whose value is no typed number: what they hold, in words ('a date')."""
    odd_shown: dict[tuple[int, int], str] = field(default_factory=dict)
    """For a date, a time or a duration among them: the value read ('1900-01-03'), which
    shows a juror the cell meant (a number typed in a cell formatted as a date)."""

    def value(self, row: int, column: int) -> Value:
        if row < len(self.rows) and column < len(self.rows[row]):
            return self.rows[row][column]
        return ""


@dataclass
class CardCells:
    file: str
    sheets: dict[str, SheetCells]
    digest: str = ""
    """'sha256:...' of the file's bytes as read: which card the marks came from."""


# Step 1: the archive and its XML, with the standard library.

_CELL = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attribute(element: Element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return None


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _too_far(row: int, column: int) -> bool:
    return row >= MAX_ROWS or column >= MAX_COLUMNS


def _beyond(what: str) -> UnreadableCardError:
    return UnreadableCardError(
        t("cards.beyond", what=what, rows=number(MAX_ROWS), columns=MAX_COLUMNS)
    )


def _open_entry(archive: zipfile.ZipFile, name: str) -> IO[bytes]:
    handle = archive.open(name)
    start = handle.read(1024)
    if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
        raise UnreadableCardError(t("cards.xml_entities", name=name))
    handle.close()
    return archive.open(name)


def _elements(handle: IO[bytes]) -> Iterator[tuple[str, Element]]:
    yield from iterparse(handle, events=("start", "end"))


def _check_archive(archive: zipfile.ZipFile) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise UnreadableCardError(t("cards.too_many_parts", count=number(len(entries))))
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
            raise UnreadableCardError(t("cards.too_big_unpacked", size=number(total)))
    for entry in entries:  # reads every part: a damaged one is found now, not by the reader
        with archive.open(entry) as handle:
            while handle.read(1 << 20):
                pass


def _xlsx_sheets(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> path of its XML in the archive."""
    targets: dict[str, str] = {}
    with _open_entry(archive, "xl/_rels/workbook.xml.rels") as handle:
        for _, element in _elements(handle):
            if _local(element.tag) == "Relationship":
                target = element.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                targets[element.get("Id", "")] = path
    sheets: dict[str, str] = {}
    with _open_entry(archive, "xl/workbook.xml") as handle:
        for event, element in _elements(handle):
            if event == "end" and _local(element.tag) == "sheet":
                relation = _attribute(element, "id") or ""
                if relation in targets:
                    sheets[element.get("name", "")] = targets[relation]
    return sheets


def _scan_xlsx_sheet(archive: zipfile.ZipFile, path: str, cells: SheetCells) -> None:
    row = -1
    column = -1
    with _open_entry(archive, path) as handle:
        for event, element in _elements(handle):
            name = _local(element.tag)
            if event == "start":
                if name == "row":
                    number = element.get("r")
                    row = int(number) - 1 if number and number.isdigit() else row + 1
                    column = -1
                continue
            if name == "dimension":
                for corner in element.get("ref", "").split(":"):
                    found = _CELL.fullmatch(corner)
                    if found and _too_far(int(found[2]) - 1, _column_index(found[1])):
                        raise _beyond(t("cards.beyond.size", sheet=cells.name))
            elif name == "c":
                found = _CELL.fullmatch(element.get("r", ""))
                if found:
                    row, column = int(found[2]) - 1, _column_index(found[1])
                else:
                    column += 1
                children = {_local(child.tag) for child in element}
                if children and _too_far(row, column):
                    raise _beyond(t("cards.beyond.cell", sheet=cells.name))
                if "f" in children:
                    cells.formulas.add((row, column))
                if element.get("t") == "e":
                    cells.errors.add((row, column))
                element.clear()
            elif name == "row":
                element.clear()


def _scan_xlsx(archive: zipfile.ZipFile) -> dict[str, SheetCells]:
    try:
        sheets = _xlsx_sheets(archive)
    except KeyError:
        raise UnreadableCardError(t("cards.zip_without_workbook")) from None
    found = {}
    for name, path in sheets.items():
        cells = SheetCells(name)
        if path in archive.namelist():
            _scan_xlsx_sheet(archive, path, cells)
        found[name] = cells
    return found


def _repeat(element: Element, name: str) -> int:
    text = _attribute(element, name)
    return int(text) if text and text.isdigit() else 1


def _scan_ods(archive: zipfile.ZipFile) -> dict[str, SheetCells]:
    found: dict[str, SheetCells] = {}
    cells: SheetCells | None = None
    row = column = 0
    in_row: list[int] = []
    """Columns of the formulas met in the current row (a repeated row repeats them)."""
    try:
        handle = _open_entry(archive, "content.xml")
    except KeyError:
        raise UnreadableCardError(t("cards.ods_without_content")) from None
    with handle:
        for event, element in _elements(handle):
            name = _local(element.tag)
            if event == "start":
                if name == "table":
                    title = _attribute(element, "name") or ""
                    cells = found.setdefault(title, SheetCells(title))
                    row = 0
                elif name == "table-row":
                    column = 0
                    in_row = []
                continue
            if cells is None:
                continue
            if name in ("table-cell", "covered-table-cell"):
                repeat = _repeat(element, "number-columns-repeated")
                filled = _attribute(element, "value-type") is not None or len(element) > 0
                if filled and _too_far(row, column + repeat - 1):
                    raise _beyond(t("cards.beyond.cell", sheet=cells.name))
                if _attribute(element, "formula") is not None:
                    in_row += range(column, column + repeat)
                column += repeat
                element.clear()
            elif name == "table-row":
                repeat = _repeat(element, "number-rows-repeated")
                if (in_row or _row_filled(element)) and _too_far(row + repeat - 1, 0):
                    raise _beyond(t("cards.beyond.row", sheet=cells.name))
                cells.formulas.update((row + i, c) for i in range(repeat) for c in in_row)
                row += repeat
                element.clear()
    return found


def _row_filled(row: Element) -> bool:
    return any(_attribute(cell, "value-type") is not None or len(cell) for cell in row)


def scan_card(path: Path) -> CardCells:
    """Step 1 for one card: its sheets with the cells that hold formulas or errors, no
    values yet. Raises UnreadableCardError."""
    data, problem = read_input(path, MAX_CARD_BYTES)
    if problem is not None:
        raise UnreadableCardError(problem.message)
    assert data is not None
    if not data:
        raise UnreadableCardError(t("cards.empty"))
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise UnreadableCardError(t("cards.old_excel"))
    if data[:4] != b"PK\x03\x04":
        raise UnreadableCardError(t("cards.not_a_workbook"))
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_archive(archive)
            names = archive.namelist()
            if "mimetype" in names and archive.read("mimetype").strip() == _ODS:
                sheets = _scan_ods(archive)
            else:
                sheets = _scan_xlsx(archive)
    except UnreadableCardError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as error:
        raise UnreadableCardError(t("cards.damaged", error=error)) from None
    except SyntaxError as error:  # ParseError: XML that does not parse
        raise UnreadableCardError(t("cards.damaged", error=error)) from None
    return CardCells(display_name(path), sheets, "sha256:" + hashlib.sha256(data).hexdigest())


# Step 2: the values, read by python-calamine in a child process.

_READER = r"""
import datetime, json, math, sys
from python_calamine import CalamineWorkbook

def cell(value):
    if isinstance(value, bool):
        return ["b", value]
    if isinstance(value, (int, float)):
        number = float(value)
        if math.isfinite(number):
            return ["n", number]
        return ["x", "NaN" if number != number else "an infinity"]
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.datetime):
        return ["x", "a date and time", value.isoformat(sep=" ", timespec="minutes")]
    if isinstance(value, datetime.date):
        return ["x", "a date", value.isoformat()]
    if isinstance(value, datetime.time):
        return ["x", "a time", value.isoformat(timespec="minutes")]
    if isinstance(value, datetime.timedelta):
        return ["x", "a duration", str(value)]
    return ["x", type(value).__name__]

out = {}
for path in sys.argv[1:]:
    try:
        with open(path, "rb") as handle:
            book = CalamineWorkbook.from_filelike(handle)
            sheets = {}
            for name in book.sheet_names:
                rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
                sheets[name] = [[cell(v) for v in row] for row in rows]
        out[path] = {"sheets": sheets}
    except Exception as error:
        out[path] = {"error": f"{type(error).__name__}: {error}"}
sys.stdout.write(json.dumps(out))
"""


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (READER_MEMORY, READER_MEMORY))


def _run_reader(paths: list[str]) -> dict[str, dict[str, object]] | None:
    """What the reader makes of each path, or None when it crashed or hung."""
    limit = _limit_memory if sys.platform != "win32" else None
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-c", _READER, *paths],
            capture_output=True,
            timeout=READER_SECONDS,
            preexec_fn=limit,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        return None
    found: dict[str, dict[str, object]] = json.loads(done.stdout)
    return found


def _fill(cells: CardCells, read: dict[str, object]) -> None:
    sheets = read.get("sheets")
    if not isinstance(sheets, dict):
        raise UnreadableCardError(t("cards.cannot_read", error=read.get("error")))
    for name, rows in sheets.items():
        sheet = cells.sheets.setdefault(name, SheetCells(name))
        for r, row in enumerate(rows):
            values: list[Value] = []
            for c, value in enumerate(row):
                if isinstance(value, str):
                    values.append(value)
                elif value[0] == "n":
                    values.append(float(value[1]))
                elif value[0] == "b":
                    values.append(bool(value[1]))
                else:
                    values.append(None)
                    sheet.odd[(r, c)] = str(value[1])
                    if len(value) > 2:
                        sheet.odd_shown[(r, c)] = str(value[2])[:40]
            sheet.rows.append(values)


def read_cards(paths: list[Path]) -> list[CardCells | UnreadableCardError]:
    """Each card's cells, or why it cannot be read, in the order given."""
    results: list[CardCells | UnreadableCardError] = []
    for path in paths:
        try:
            results.append(scan_card(path))
        except UnreadableCardError as error:
            results.append(error)
    readable = [
        str(path) for path, r in zip(paths, results, strict=True) if isinstance(r, CardCells)
    ]
    read = _run_reader(readable) if readable else {}
    for index, (path, result) in enumerate(zip(paths, results, strict=True)):
        if not isinstance(result, CardCells):
            continue
        alone = read.get(str(path)) if read is not None else None
        if alone is None:  # the reader crashed or hung on some card: find out which alone
            one = _run_reader([str(path)])
            alone = one.get(str(path)) if one is not None else None
        if alone is None:
            results[index] = UnreadableCardError(t("cards.reader_stopped"))
            continue
        try:
            _fill(result, alone)
        except UnreadableCardError as error:
            results[index] = error
    return results
