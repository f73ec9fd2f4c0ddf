"""`labelscore export --format xlsx`: the winners as a real workbook, read back with
openpyxl and python-calamine (what LibreOffice and Excel would see), against the CSV and
`rank --json`."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from labelscore.cli.commands import app
from labelscore.render.winners_csv import HEADER
from tests.conftest import FIXTURES, ROOT

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "LABELSCORE_LANG": "en"}
MINI = FIXTURES / "editions" / "mini"
TIE = FIXTURES / "editions" / "tie"


def invoke(*args: str | Path) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout_bytes, result.stderr


def openpyxl_rows(path: Path) -> tuple[Any, list[list[Any]]]:
    import openpyxl

    sheet = openpyxl.load_workbook(path)["winners"]
    return sheet, [[cell.value for cell in row] for row in sheet.iter_rows()]


def calamine_rows(path: Path) -> list[list[Any]]:
    from python_calamine import CalamineWorkbook

    rows: list[list[Any]] = (
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("winners").to_python()
    )
    return rows


def csv_rows(edition: Path, *args: str) -> list[list[str]]:
    code, out, _ = invoke("export", edition, "--output", "-", *args)
    assert code == 0
    return list(csv.reader(io.StringIO(out.decode("utf-8"))))


def json_scores(edition: Path) -> dict[str, float]:
    code, out, _ = invoke("rank", edition, "--json")
    assert code == 0
    result = json.loads(out)
    return {e["id"]: e["score"] for c in result["categories"] for e in c["entries"]}


def test_an_xlsx_name_writes_a_workbook_with_types_kept(tmp_path: Path) -> None:
    target = tmp_path / "laureats.xlsx"
    code, out, err = invoke("export", MINI, "--output", target)
    assert code == 0, err
    assert out == b""
    assert f"Wrote {target}" in err
    assert target.read_bytes()[:2] == b"PK"
    sheet, rows = openpyxl_rows(target)
    assert rows[0] == list(HEADER)
    bourg = rows[1]
    assert bourg[:7] == ["acces", 2, "b-bourg", "Bourg-en-Bresse", "01053", None, "Points d'accès"]
    insee = sheet.cell(row=2, column=HEADER.index("insee") + 1)
    assert (insee.data_type, insee.number_format) == ("s", "@")
    score = sheet.cell(row=2, column=HEADER.index("score") + 1)
    assert (score.data_type, score.number_format) == ("n", "0.00")
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:R{len(rows)}"
    widths = {key: dim.width for key, dim in sheet.column_dimensions.items()}
    assert widths["G"] > 10  # the title
    assert all(6 <= width <= 63 for width in widths.values())
    scores = json_scores(MINI)
    column = HEADER.index("score")
    assert {row[2]: row[column] for row in rows[1:]} == {
        "b-bourg": scores["b-bourg"],
        "d-lyon": scores["d-lyon"],
    }


def test_the_workbook_holds_the_csv_rows_with_their_types(tmp_path: Path) -> None:
    """Same header, same rows, same order: text as in the CSV, numbers equal to the CSV's
    at the CSV's decimals, an empty CSV cell an empty cell."""
    target = tmp_path / "laureats.xlsx"
    assert invoke("export", MINI, "--format", "xlsx", "--output", target)[0] == 0
    for rows in (openpyxl_rows(target)[1], calamine_rows(target)):
        written = csv_rows(MINI)
        assert len(rows) == len(written)
        for row, line in zip(rows, written, strict=True):
            for value, text in zip(row, line, strict=True):
                if isinstance(value, str):
                    assert value == text
                elif value is None or value == "":
                    assert text == ""
                else:
                    decimals = len(text.split(".")[1]) if "." in text else 0
                    assert f"{value:.{decimals}f}" == text


def test_codes_stay_text_for_calamine_too(tmp_path: Path) -> None:
    """'01053' and '2A004' (a provisional export: Ajaccio is tied for a label), read as
    LibreOffice's and the cards' reader reads them; statuses as in the CSV."""
    target = tmp_path / "laureats.xlsx"
    code, _, err = invoke("export", TIE, "--output", target)
    assert code == 1
    assert "the result is provisional" in err
    assert not target.exists()
    assert invoke("export", TIE, "--output", target, "--provisional")[0] == 0
    rows = calamine_rows(target)
    insee, status, application = (HEADER.index(n) for n in ("insee", "status", "application"))
    assert [(r[application], r[insee], r[status]) for r in rows[1:]] == [
        ("c-brest", "29019", "labelled"),
        ("a-ajaccio", "2A004", "tie_pending"),
        ("b-bourg", "01053", "tie_pending"),
        ("d-lyon", "69123", "labelled"),
    ]
    assert [(r[2], r[9]) for r in csv_rows(TIE, "--provisional")[1:]] == [
        (r[application], r[status]) for r in rows[1:]
    ]
    scores = json_scores(TIE)
    assert all(r[HEADER.index("score")] == scores[r[application]] for r in rows[1:])


def test_sirens_of_the_2010_edition_stay_text(tmp_path: Path) -> None:
    target = tmp_path / "laureats.xlsx"
    code, _, err = invoke("export", ROOT, "-o", target, "--provisional", "--draws", "0")
    assert code == 0, err
    rows = openpyxl_rows(target)[1]
    siren = HEADER.index("siren")
    sirens = [row[siren] for row in rows[1:] if row[siren] is not None]
    assert sirens
    assert all(isinstance(s, str) and len(s) == 9 and s.isdigit() for s in sirens)
    assert len(rows) == 1 + 25


def test_a_formula_like_title_is_text_as_written(tmp_path: Path) -> None:
    edition = tmp_path / "edition"
    shutil.copytree(MINI, edition)
    application = edition / "applications" / "b-bourg.yaml"
    text = application.read_text("utf-8").replace("title: Points d'accès", "title: '=1+1'")
    application.write_text(text, "utf-8")
    target = tmp_path / "laureats.xlsx"
    assert invoke("export", edition, "-o", target)[0] == 0
    sheet = openpyxl_rows(target)[0]
    cell = sheet.cell(row=2, column=HEADER.index("title") + 1)
    assert (cell.value, cell.data_type) == ("=1+1", "s")
    assert calamine_rows(target)[1][HEADER.index("title")] == "=1+1"
    assert csv_rows(edition)[1][HEADER.index("title")] == "'=1+1"


def test_the_same_result_gives_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert invoke("export", MINI, "-o", first)[0] == 0
    assert invoke("export", MINI, "-o", second)[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_format_xlsx_without_a_name_writes_winners_xlsx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert invoke("export", MINI, "--format", "xlsx")[0] == 0
    assert os.listdir(tmp_path) == ["winners.xlsx"]
    assert invoke("export", MINI)[0] == 0
    assert sorted(os.listdir(tmp_path)) == ["winners.csv", "winners.xlsx"]
    assert (tmp_path / "winners.csv").read_bytes()[:8] == b"category"


@pytest.mark.parametrize(
    ("name", "options", "words"),
    [
        ("laureats.xlsx", ("--format", "csv"), "is the name of a workbook, but this writes a CSV"),
        ("laureats.csv", ("--format", "xlsx"), "is the name of a CSV file, but this writes a work"),
        ("laureats.XLSX", ("--format", "csv"), "write to a .csv file"),
        ("laureats.ods", (), "is the name of a LibreOffice spreadsheet, but this writes a CSV"),
        ("laureats.xls", ("--format", "xlsx"), "is the name of an old Excel workbook"),
        ("laureats.yaml", ("--format", "xlsx"), "write the output to a .xlsx file"),
        ("laureats.xlsx", ("--dialect", "excel-fr"), "--dialect is for CSV"),
    ],
)
def test_a_name_of_another_kind_of_file_is_refused(
    tmp_path: Path, name: str, options: tuple[str, ...], words: str
) -> None:
    code, out, err = invoke("export", MINI, "--output", tmp_path / name, *options)
    assert code == 2
    assert out == b""
    assert words in err
    assert os.listdir(tmp_path) == []


def test_an_upper_case_xlsx_name_is_a_workbook(tmp_path: Path) -> None:
    target = tmp_path / "LAUREATS.XLSX"
    assert invoke("export", MINI, "-o", target)[0] == 0
    assert openpyxl_rows(target)[1][0] == list(HEADER)


def test_a_workbook_goes_to_standard_output_when_it_is_not_a_terminal(tmp_path: Path) -> None:
    target = tmp_path / "laureats.xlsx"
    assert invoke("export", MINI, "-o", target)[0] == 0
    code, out, _ = invoke("export", MINI, "--format", "xlsx", "--output", "-")
    assert code == 0
    assert out == target.read_bytes()


def test_a_workbook_is_not_written_to_a_terminal(tmp_path: Path) -> None:
    pty = pytest.importorskip("pty")
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "labelscore", "export", MINI, "--format", "xlsx", "-o", "-"],
            stdout=terminal,
            stderr=subprocess.PIPE,
            env={**os.environ, **ENV},
            cwd=tmp_path,
            timeout=60,
            check=False,
        )
        os.set_blocking(controller, False)
        try:
            shown = os.read(controller, 65536)
        except BlockingIOError:
            shown = b""
    finally:
        os.close(controller)
        os.close(terminal)
    assert done.returncode == 2
    assert b"a workbook is not text: it is not written to a terminal" in done.stderr
    assert b"PK" not in shown
    assert os.listdir(tmp_path) == []
