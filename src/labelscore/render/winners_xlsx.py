"""The winners as an XLSX workbook (XlsxWriter): the same header and rows as the CSV
export (render.winners_csv.winner_rows), with types a spreadsheet keeps.

- Codes (INSEE, SIREN) and every other text are text cells, in columns formatted as text:
  `01053` and `2A004` stay as written, and a title starting with `=` is text, never a
  formula (no leading quote is needed, unlike in CSV).
- Ranks and counts are whole numbers; scores and the other measures are numbers rounded
  as `rank --json` gives them, shown with the CSV's decimals by a number format (the
  spreadsheet shows the decimal comma in a French locale).
- One sheet, `winners`: a bold header row, frozen; an autofilter over the table; each
  column as wide as its longest value (within limits).
- The same result gives the same bytes: the creation date is fixed (render.workbook, the
  set-up this workbook shares with the score cards).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from labelscore.engine.scoring import DECIMALS as JSON_DECIMALS
from labelscore.render.winners_csv import DECIMALS, HEADER, Cell, winner_rows
from labelscore.render.workbook import new_workbook

if TYPE_CHECKING:
    from labelscore.engine.result import Result

SHEET = "winners"
_MIN_WIDTH = 6
_MAX_WIDTH = 60


def _shown(value: Cell, column: str) -> str:
    """The value as the spreadsheet shows it, to size its column."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if column in DECIMALS:
        return f"{value:.{DECIMALS[column]}f}"
    return str(value)


def winners_workbook(result: Result, *, provisional: bool = False) -> bytes:
    """The winners, one row each after the header; `provisional`: the entries tied for a
    label as well, with their status (`tie_pending`), as in the CSV."""
    rows = winner_rows(result, provisional=provisional)
    book, output = new_workbook(f"{result.name} {result.year}: winners")
    heading = book.add_format({"bold": True, "num_format": "@", "bottom": 1})
    text = book.add_format({"num_format": "@"})
    numbers = {
        column: book.add_format({"num_format": "0." + "0" * decimals})
        for column, decimals in DECIMALS.items()
    }
    whole = book.add_format({"num_format": "0"})
    sheet = book.add_worksheet(SHEET)
    texts = {index for index in range(len(HEADER)) if any(isinstance(r[index], str) for r in rows)}
    for index, column in enumerate(HEADER):
        sheet.write_string(0, index, column, heading)
        width = max((len(_shown(row[index], column)) for row in rows), default=0)
        width = min(_MAX_WIDTH, max(_MIN_WIDTH, width, len(column)) + 2)
        style = text if index in texts else numbers.get(column, whole)
        sheet.set_column(index, index, width, style)
    for number, row in enumerate(rows, start=1):
        for index, (value, column) in enumerate(zip(row, HEADER, strict=True)):
            if value is None:
                continue
            if isinstance(value, str):
                sheet.write_string(number, index, value, text)
            elif isinstance(value, float):
                sheet.write_number(
                    number, index, round(value, JSON_DECIMALS), numbers.get(column, whole)
                )
            else:
                sheet.write_number(number, index, value, numbers.get(column, whole))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(rows), len(HEADER) - 1)
    book.close()
    return output.getvalue()
