"""The winners workbook (render.winners_xlsx) from a ranked edition, read back with
openpyxl and python-calamine; the command is tested in tests/test_export_xlsx.py."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from labelscore.api import rank
from labelscore.models.choices import Dialect
from labelscore.render.winners_csv import HEADER, to_csv, winner_rows
from labelscore.render.winners_xlsx import winners_workbook
from tests.conftest import FIXTURES

MINI = FIXTURES / "editions" / "mini"
TIE = FIXTURES / "editions" / "tie"


def _rows(data: bytes) -> tuple[Any, list[list[Any]]]:
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(data))["winners"]
    return sheet, [[cell.value for cell in row] for row in sheet.iter_rows()]


def _calamine(data: bytes, tmp_path: Path) -> list[list[Any]]:
    from python_calamine import CalamineWorkbook

    path = tmp_path / "w.xlsx"
    path.write_bytes(data)
    rows: list[list[Any]] = (
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("winners").to_python()
    )
    return rows


def test_codes_are_text_and_scores_numbers(tmp_path: Path) -> None:
    result = rank(TIE).result
    data = winners_workbook(result, provisional=True)
    sheet, rows = _rows(data)
    assert rows[0] == list(HEADER)
    insee, score = HEADER.index("insee"), HEADER.index("score")
    assert [row[insee] for row in rows[1:]] == ["29019", "2A004", "01053", "69123"]
    assert [row[insee] for row in _calamine(data, tmp_path)[1:]] == [
        "29019",
        "2A004",
        "01053",
        "69123",
    ]
    for number in range(2, len(rows) + 1):
        assert sheet.cell(row=number, column=insee + 1).data_type == "s"
        cell = sheet.cell(row=number, column=score + 1)
        assert (cell.data_type, cell.number_format) == ("n", "0.00")
    scores = {e.id: e.score for e in result.entries}
    assert all(row[score] == round(scores[row[2]] or 0, 4) for row in rows[1:])


def test_the_rows_are_the_csvs(tmp_path: Path) -> None:
    result = rank(MINI).result
    rows = winner_rows(result)
    assert [len(row) for row in rows] == [len(HEADER)] * len(rows)
    _, read = _rows(winners_workbook(result))
    lines = [line.split(",") for line in to_csv(result, Dialect.RFC4180).splitlines()]
    assert len(read) == len(lines) == len(rows) + 1
    for row, line in zip(read[1:], lines[1:], strict=True):
        for value, text in zip(row, line, strict=True):
            if value is None:
                assert text == ""
            elif isinstance(value, str):
                assert value == text
            else:
                decimals = len(text.split(".")[1]) if "." in text else 0
                assert f"{value:.{decimals}f}" == text


def test_only_the_labelled_without_provisional() -> None:
    result = rank(TIE).result
    _, rows = _rows(winners_workbook(result))
    assert [(row[2], row[9]) for row in rows[1:]] == [
        ("c-brest", "labelled"),
        ("d-lyon", "labelled"),
    ]


def test_same_result_same_bytes_and_a_usable_sheet() -> None:
    result = rank(MINI).result
    data = winners_workbook(result)
    assert data == winners_workbook(result)
    sheet, rows = _rows(data)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:R{len(rows)}"
    widths = {key: dim.width for key, dim in sheet.column_dimensions.items()}
    assert len(widths) == len(HEADER)
    assert all(6 <= width <= 63 for width in widths.values())
