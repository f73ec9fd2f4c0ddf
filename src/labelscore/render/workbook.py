"""The set-up every XLSX workbook of labelscore shares (XlsxWriter): the score cards
(render.cards) and the winners (render.winners_xlsx).

- Built in memory, never through a temporary file.
- Text stays text: XlsxWriter's write() never turns a string into a number, a formula or
  a link (the renderers write each cell with its typed method anyway).
- The same input gives the same bytes: the document's creation date is fixed
  (XlsxWriter already fixes the archive's own dates).

XlsxWriter is imported when a workbook is made, so that commands without one never load it.
"""

from __future__ import annotations

import datetime
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xlsxwriter.workbook import Workbook

CREATED = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
"""Stamped in every workbook, so that the same input gives the same bytes."""

AUTHOR = "labelscore"

OPTIONS = {
    "in_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}
"""XlsxWriter's Workbook options, the same for every workbook."""


def new_workbook(title: str) -> tuple[Workbook, io.BytesIO]:
    """An empty workbook titled `title`, and the buffer it is written to: call the
    workbook's close(), then read the buffer's getvalue()."""
    import xlsxwriter

    output = io.BytesIO()
    book = xlsxwriter.Workbook(output, dict(OPTIONS))
    book.set_properties({"title": title, "author": AUTHOR, "created": CREATED})
    return book, output
