"""The set-up the score cards and the winners workbook share (render.workbook)."""

from __future__ import annotations

import io
import zipfile

from labelscore.render.workbook import new_workbook


def _made(title: str, *cells: str) -> bytes:
    book, output = new_workbook(title)
    sheet = book.add_worksheet("s")
    for row, value in enumerate(cells):
        sheet.write(row, 0, value)
    book.close()
    return output.getvalue()


def test_the_same_workbook_gives_the_same_bytes_with_a_fixed_date() -> None:
    first = _made("Carte de notation : Ana", "a")
    assert first == _made("Carte de notation : Ana", "a")
    core = zipfile.ZipFile(io.BytesIO(first)).read("docProps/core.xml").decode()
    assert "<dc:title>Carte de notation : Ana</dc:title>" in core
    assert "<dc:creator>labelscore</dc:creator>" in core
    assert ">2000-01-01T00:00:00Z</dcterms:created>" in core


def test_text_is_never_turned_into_a_number_a_formula_or_a_link() -> None:
    data = _made("t", "01053", "=1+1", "https://example.org")
    archive = zipfile.ZipFile(io.BytesIO(data))
    sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert sheet.count('t="s"') == 3
    assert "<f>" not in sheet
    assert "hyperlink" not in sheet
    assert "01053" in archive.read("xl/sharedStrings.xml").decode()
