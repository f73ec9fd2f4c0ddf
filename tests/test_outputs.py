"""Outputs that are safe to open, written atomically, and the same bytes every time."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from labelscore.api import rank
from labelscore.cli.commands import app
from labelscore.cli.output import write_atomic
from labelscore.render.winners_csv import neutralise
from tests.conftest import FIXTURES, ROOT

runner = CliRunner()


@pytest.fixture
def edition_copy(tmp_path: Path) -> Path:
    target = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", target)
    return target


def _set_title(edition: Path, application: str, title: str) -> None:
    path = edition / "applications" / f"{application}.yaml"
    text = path.read_text("utf-8").splitlines(keepends=True)
    path.write_text(
        "".join(f"title: {title}\n" if line.startswith("title:") else line for line in text),
        "utf-8",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-Brest", "'-Brest"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Brest", "Brest"),
        ("Projet = 2", "Projet = 2"),
    ],
)
def test_formula_like_text_is_neutralised(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_export_neutralises_text_cells_and_keeps_numbers(edition_copy: Path) -> None:
    _set_title(edition_copy, "b-bourg", "'=HYPERLINK(\"http://x\")'")
    result = runner.invoke(app, ["export", str(edition_copy), "--output", "-"])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[1][6] == '\'=HYPERLINK("http://x")'
    assert rows[1][7] == "76.67"
    float(rows[1][7])


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_no_command_modifies_an_input_file(edition_copy: Path, tmp_path: Path) -> None:
    before = _hashes(edition_copy)
    commands = [
        ["validate", str(edition_copy)],
        ["validate", *map(str, sorted((edition_copy / "applications").glob("*.yaml")))],
        ["rank", str(edition_copy)],
        ["rank", str(edition_copy), "--json", "--normalize", "zscore"],
        ["export", str(edition_copy), "--output", str(tmp_path / "out.csv")],
        ["export", str(edition_copy), "--output", "-", "--dialect", "excel-fr"],
        ["jury", str(edition_copy)],
        ["explain", "a-ajaccio", str(edition_copy)],
        ["schema"],
    ]
    for command in commands:
        result = runner.invoke(app, command)
        assert result.exit_code == 0, (command, result.output)
    assert _hashes(edition_copy) == before


@pytest.mark.parametrize("folder", ["applications", "criteria", "jury", "jury/scores"])
def test_export_refuses_every_input_folder(edition_copy: Path, folder: str) -> None:
    target = edition_copy / folder / "winners.csv"
    result = runner.invoke(app, ["export", str(edition_copy), "--output", str(target)])
    assert result.exit_code == 2
    assert not target.exists()


def test_an_interrupted_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "winners.csv"
    target.write_bytes(b"old,file\r\n")

    def crash(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new,file\r\n" * 1000)
    assert target.read_bytes() == b"old,file\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["winners.csv"]


def test_write_atomic_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "winners.csv"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"


def _run(args: list[str], seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "COLUMNS": "120"}
    done = subprocess.run(
        [sys.executable, "-m", "labelscore", *args], capture_output=True, env=env, check=True
    )
    return done.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["rank", "--json"],
        ["rank"],
        ["export", "--output", "-", "--dialect", "excel-fr", "--provisional"],
        ["jury", "--json"],
    ],
)
def test_same_bytes_whatever_the_hash_seed(args: list[str]) -> None:
    outputs = {_run([*args[:1], str(ROOT), *args[1:]], seed) for seed in ("0", "1", "4242")}
    assert len(outputs) == 1


def test_digest_follows_values_not_file_names_or_layout(edition_copy: Path) -> None:
    original = rank(edition_copy)[1].digest
    sheet = edition_copy / "jury" / "scores" / "ana.yaml"
    text = sheet.read_text("utf-8")
    sheet.write_text(
        "# relu le 12 décembre\n"
        + text.replace("marks: {pedagogie: 2}", "marks:\n      pedagogie: 2"),
        "utf-8",
    )
    sheet.rename(sheet.with_name("anne.yaml"))
    assert rank(edition_copy)[1].digest == original
    moved = edition_copy / "jury" / "scores" / "anne.yaml"
    moved.write_text(moved.read_text("utf-8").replace("pedagogie: 2", "pedagogie: 3"), "utf-8")
    assert rank(edition_copy)[1].digest != original


@pytest.mark.parametrize("where", ["missing-folder/winners.csv", "."])
def test_export_to_an_impossible_place_is_a_usage_error(
    edition_copy: Path, tmp_path: Path, where: str
) -> None:
    result = runner.invoke(app, ["export", str(edition_copy), "--output", str(tmp_path / where)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert not (tmp_path / "missing-folder").exists()
