"""What `collect` says about cards, in French as in English (found by a French chair's
trial): a file that is no workbook, a card sent twice, a card that would change marks
already collected, and an unknown --lang."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from labelscore import i18n
from labelscore.api import collect
from labelscore.i18n import t
from labelscore.problems import Problem
from labelscore.reading.cards import UnreadableCardError, scan_card
from tests.cards_helpers import fill
from tests.conftest import FIXTURES, ROOT
from tests.test_cards import _cards

MINI = FIXTURES / "editions" / "mini"
NNBSP = "\u202f"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture
def french() -> Iterator[None]:
    was = i18n.language()
    i18n.use("fr")
    yield
    i18n.use(was)


def _unreadable(path: Path) -> str:
    with pytest.raises(UnreadableCardError) as raised:
        scan_card(path)
    return str(raised.value)


def _files(tmp_path: Path) -> dict[str, Path]:
    pdf = tmp_path / "carte.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    bare = tmp_path / "bare.xlsx"
    with zipfile.ZipFile(bare, "w") as archive:
        archive.writestr("readme.txt", "no workbook")
    many = tmp_path / "many.xlsx"
    with zipfile.ZipFile(many, "w") as archive:
        for index in range(1001):
            archive.writestr(f"part{index}.txt", "")
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + bytes(40))
    return {"pdf": pdf, "xls": xls, "bare": bare, "many": many, "damaged": damaged}


ENGLISH = {
    "pdf": "it is not a workbook (.xlsx or .ods); send the card itself",
    "xls": "it is an old Excel 97-2003 workbook (.xls); open it and save it as .xlsx",
    "bare": "it is a ZIP archive, but no workbook (no xl/workbook.xml)",
    "many": "the archive holds 1,001 parts; a card has about 20",
}


def test_a_file_that_is_no_card_is_said_in_english_as_before(tmp_path: Path) -> None:
    files = _files(tmp_path)
    for name, expected in ENGLISH.items():
        assert _unreadable(files[name]) == expected
    assert _unreadable(files["damaged"]).startswith("the workbook is damaged (")
    assert _unreadable(files["damaged"]).endswith("); ask for the card again")


def test_a_file_that_is_no_card_is_said_in_french(tmp_path: Path, french: None) -> None:
    files = _files(tmp_path)
    said = {name: _unreadable(path) for name, path in files.items()}
    assert said["pdf"] == (
        f"ce n'est pas un classeur (.xlsx ou .ods){NNBSP}; demandez au juré la carte elle-même"
    )
    assert "ancien classeur Excel 97-2003 (.xls)" in said["xls"]
    assert "pas un classeur (pas de xl/workbook.xml)" in said["bare"]
    # 1001, or 1 001 once French groups four digits (typography.number decides)
    assert said["many"].replace(NNBSP, "").startswith("l'archive contient 1001 parties")
    assert said["damaged"].startswith("le classeur est endommagé (")
    for text in said.values():
        assert "card" not in text, text
        assert "workbook (" not in text, text


def test_every_card_reading_message_has_french(french: None) -> None:
    catalog = i18n.catalog("cards")
    assert {"beyond", "beyond.cell", "beyond.row", "beyond.size", "xml_entities"} <= set(catalog)
    text = t("cards.beyond", what=t("cards.beyond.cell", sheet="Accès"), rows="10 000", columns=200)
    assert text.startswith(f"une cellule de l'onglet «{NNBSP}Accès{NNBSP}» se trouve au-delà")


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LABELSCORE_LANG"}
    env["PYTHONPATH"] = str(ROOT / "src")
    return subprocess.run(
        [sys.executable, "-m", "labelscore", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )


def test_a_pdf_sent_as_a_card_gets_french_advice_that_fits_it(mini: Path, tmp_path: Path) -> None:
    (tmp_path / "t2").mkdir()
    (tmp_path / "t2" / "carte.pdf").write_bytes(b"%PDF-1.4\n")
    done = _run("--lang", "fr", "collect", "t2/carte.pdf", mini, cwd=tmp_path)
    assert done.returncode == 1
    assert f"t2/carte.pdf:1:1: ce n'est pas un classeur (.xlsx ou .ods){NNBSP};" in done.stderr
    assert "Corrigez" not in done.stderr
    assert "relancez labelscore collect" in done.stderr
    assert "not a workbook" not in done.stderr


def test_a_card_sent_twice_is_placed_at_the_file(mini: Path, tmp_path: Path, french: None) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    again = tmp_path / "cartes" / "ana (1).xlsx"
    shutil.copy(ana, again)
    found = collect(mini, [ana, again])
    second = [p for p in found.problems if p.code == "LS404"]
    assert [(Path(p.file).name, p.cell, p.line, p.column) for p in second] == [
        ("ana (1).xlsx", "", 1, 1)
    ]
    assert "ne gardez dans le dossier que la dernière carte envoyée par ce juré" in (
        second[0].message
    )
    assert "Corrigez" not in second[0].message


def _would_replace(found: list[Problem]) -> list[Problem]:
    return [p for p in found if p.code == "LS418"]


def test_replace_is_advised_only_for_the_jurors_latest_card(mini: Path, tmp_path: Path) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    fill(ana, {"a-ajaccio": {"innovation": 3}})
    lost = _would_replace(collect(mini, [ana]).problems)
    assert lost
    message = lost[0].message
    # the application named, the advice short (it is repeated on every mark the card
    # would change), and --replace only for the juror's latest card
    assert message == (
        "a-ajaccio: the card has 3 for 'innovation' where this sheet has 4; --replace keeps "
        "the card's version, if it is the juror's latest"
    )
    with i18n.speaking("fr"):
        french_message = _would_replace(collect(mini, [ana]).problems)[0].message
    assert french_message.endswith(
        "\u202f; --replace garde la version de la carte, si c'est la dernière envoyée par le juré"
    )


@pytest.mark.parametrize("option", [["--lang", "de"], ["--lang=xx"], ["--lang", "FR"]])
def test_an_unknown_language_is_a_usage_error_said_in_both(
    option: list[str], tmp_path: Path
) -> None:
    done = _run(*option, "validate", MINI, cwd=tmp_path)
    assert done.returncode == 2
    assert "--lang fr (français) ou --lang en (anglais)" in done.stderr
    assert "--lang fr (French) or --lang en (English)" in done.stderr
    assert done.stdout == ""


def test_an_unknown_labelscore_lang_falls_back_to_the_locale(tmp_path: Path) -> None:
    assert i18n.choose([], {"LABELSCORE_LANG": "de", "LANG": "fr_FR.UTF-8"}) == "fr"
    assert i18n.choose([], {"LABELSCORE_LANG": "de", "LANG": "C"}) == "en"
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "any other value is ignored" in readme
    assert "(`--lang de`) is a usage error (exit 2)" in readme


def test_an_unknown_language_given_to_the_app_itself_is_a_usage_error() -> None:
    from tests.test_cli import invoke

    code, out, err = invoke("--lang", "de", "validate", MINI)
    assert code == 2
    assert "unknown language 'de'" in err
    assert "langue inconnue" in err
    assert out == ""
