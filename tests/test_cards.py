"""Score cards: `labelscore cards` writes them, `labelscore collect` reads them back."""

from __future__ import annotations

import datetime
import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labelscore import i18n
from labelscore.api import collect, load_edition, progress
from labelscore.models import card
from tests.cards_helpers import blank_copy, edit, fill, roles, rows
from tests.conftest import FIXTURES, ROOT
from tests.imports import loaded_by
from tests.test_cli import invoke

MINI = FIXTURES / "editions" / "mini"


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _cards(edition: Path, output: Path) -> dict[str, Path]:
    code, _, err = invoke("cards", edition, "--output", output)
    assert code == 0, err
    return {p.stem: p for p in sorted(output.glob("*.xlsx"))}


def _rank(edition: Path) -> dict[str, object]:
    code, out, err = invoke("rank", "--json", edition)
    assert code == 0, err
    found: dict[str, object] = json.loads(out)
    found.pop("digest", None)  # the inputs' fingerprint: the sheets are written anew
    return found


def _sheet_marks(edition: Path) -> dict[str, dict[str, dict[str, object]]]:
    """juror -> application -> criterion -> mark, from the edition's score sheets."""
    loaded = load_edition(edition).edition
    return {
        sheet.juror: {score.application: dict(score.marks) for score in sheet.scores}
        for sheet in loaded.sheets
    }


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


# Writing the cards


def test_cards_are_the_same_bytes_every_time(mini: Path, tmp_path: Path) -> None:
    first = _cards(mini, tmp_path / "one")
    second = _cards(mini, tmp_path / "two")
    assert sorted(first) == ["ana", "bob"]
    assert all(first[j].read_bytes() == second[j].read_bytes() for j in first)


def test_cards_refuse_to_overwrite_cards_already_there(mini: Path, tmp_path: Path) -> None:
    output = tmp_path / "cartes"
    cards = _cards(mini, output)
    cards["ana"].write_bytes(b"sent back by ana")
    code, _, err = invoke("cards", mini, "--output", output)
    assert code == 2
    assert "--replace" in err
    assert cards["ana"].read_bytes() == b"sent back by ana"
    code, _, _ = invoke("cards", mini, "--output", output, "--replace")
    assert code == 0
    assert cards["ana"].read_bytes()[:2] == b"PK"


def test_cards_are_never_written_among_the_inputs(mini: Path) -> None:
    code, _, err = invoke("cards", mini, "--output", mini / "jury" / "scores" / "cartes")
    assert code == 2
    assert "inside the edition's jury/ folder" in err


def test_cards_need_an_assignment(mini: Path, tmp_path: Path) -> None:
    (mini / "jury" / "assignments.yaml").unlink()
    code, _, err = invoke("cards", mini, "--output", tmp_path / "cartes")
    assert code == 2
    assert "labelscore assign" in err


def test_a_card_as_a_juror_opens_it(mini: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_cards(mini, tmp_path / "cartes")["ana"])
    assert book.sheetnames == ["Mode d'emploi", "Accès pour tous", "École numérique", "_labelscore"]
    assert book["_labelscore"].sheet_state == "hidden"
    assert book.active.title == "Mode d'emploi"
    guide = "\n".join(
        str(c.value) for row in book["Mode d'emploi"].iter_rows() for c in row if c.value
    )
    assert "Juré\u00a0: Ana — AdCF" in guide
    assert "Conflit d'intérêts" in guide
    sheet = book["Accès pour tous"]
    columns = roles(sheet)
    assert list(columns) == [
        "application",
        "title",
        "territory",
        "status",
        "summary",
        "innovation",
        "usages",
        "comment",
        "conflict",
    ]
    assert sheet.row_dimensions[1].hidden
    assert sheet.protection.sheet
    assert [a for _, a in rows(sheet)] == ["a-ajaccio", "b-bourg", "c-brest"]
    heading = sheet.cell(card.HEADINGS_ROW, columns["usages"])
    assert heading.value == "Usages (×1) — 0 à 10"
    for row, _ in rows(sheet):
        assert sheet.cell(row, columns["application"]).data_type == "s"
        assert sheet.cell(row, columns["application"]).protection.locked
        for role in ("innovation", "usages", "comment", "conflict"):
            assert not sheet.cell(row, columns[role]).protection.locked
    validations = {
        (v.type, v.operator, v.formula1, v.formula2, str(v.sqref))
        for v in sheet.data_validations.dataValidation
    }
    assert validations == {  # 'between' is the operator a validation has when none is written
        ("decimal", None, "0", "5", "F3:F5"),
        ("decimal", None, "0", "10", "G3:G5"),
        ("list", None, '"oui,non"', None, "I3:I5"),
    }
    # The marks already on Ana's sheet are filled in; b-bourg has no 'usages' mark yet.
    marks = {
        application: (
            sheet.cell(row, columns["innovation"]).value,
            sheet.cell(row, columns["usages"]).value,
        )
        for row, application in rows(sheet)
    }
    assert marks == {"a-ajaccio": (4, 6), "b-bourg": (5, None), "c-brest": (5, 10)}


def test_the_guide_gives_the_deadline_when_the_rules_have_one(mini: Path, tmp_path: Path) -> None:
    rules = mini / "labelscore.yaml"
    rules.write_text(rules.read_text("utf-8") + "marking_deadline: 2011-03-04\n", "utf-8")
    book = openpyxl.load_workbook(_cards(mini, tmp_path / "cartes")["bob"])
    texts = [c.value for row in book["Mode d'emploi"].iter_rows() for c in row if c.value]
    assert "À renvoyer au plus tard le 4\u00a0mars\u00a02011." in texts


# Reading them back


def test_blank_cards_filled_and_collected_rank_as_the_sheets_did(
    mini: Path, tmp_path: Path
) -> None:
    blank = blank_copy(mini, tmp_path / "blank")
    cards = _cards(blank, tmp_path / "cartes")
    for juror, marks in _sheet_marks(mini).items():
        fill(cards[juror], marks)
    before = _tree(blank / "applications")
    code, _, err = invoke("collect", *cards.values(), blank)
    assert code == 0, err
    assert "cartes/ana.xlsx -> " in err
    assert _rank(blank) == _rank(mini)
    assert _tree(blank / "applications") == before
    assert _sheet_marks(blank) == _sheet_marks(mini)


def test_the_2010_edition_round_trips_through_blank_cards(tmp_path: Path) -> None:
    """The sample's marks and comments, typed into blank cards and collected, rank as the
    sample does. The sample also holds marks that a conflict of interest voids: no card
    has a row for them, so the sample is ranked without them."""
    edition = tmp_path / "2010"
    edition.mkdir()
    for part in ("applications", "criteria", "jury", "labelscore.yaml"):
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, edition / part)
        else:
            shutil.copy(source, edition / part)
    voided = {(c.juror, c.application) for c in load_edition(edition).edition.conflicts}
    blank = blank_copy(edition, tmp_path / "blank")
    cards = _cards(blank, tmp_path / "cartes")
    assert len(cards) == 12
    for sheet in load_edition(edition).edition.sheets:
        kept = [s for s in sheet.scores if (sheet.juror, s.application) not in voided]
        comments = {s.application: s.comment for s in kept if s.comment}
        fill(cards[sheet.juror], {s.application: dict(s.marks) for s in kept}, comments)
        scores = [s.model_dump(mode="json", exclude_none=True) for s in kept]
        text = json.dumps({"juror": sheet.juror, "scores": scores}, ensure_ascii=False)
        (edition / "jury" / "scores" / f"{sheet.juror}.yaml").write_text(text, "utf-8")
    code, _, err = invoke("collect", tmp_path / "cartes", blank)
    assert code == 0, err
    collected = _rank(blank)
    assert collected == _rank(edition)
    assert collected["provisional"] is True  # the mark thierry-jaouen has not given


def _typed(top: int) -> st.SearchStrategy[float | None]:
    """A mark as a juror types it (at most two decimals), or nothing."""
    return st.one_of(st.none(), st.integers(0, top), st.decimals(0, top, places=2).map(float))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.fixed_dictionaries({"innovation": _typed(5), "usages": _typed(10)}),
        min_size=6,
        max_size=6,
    ),
    st.lists(_typed(4), min_size=2, max_size=2),
)
def test_any_marks_typed_in_the_cards_rank_as_the_same_marks_in_yaml(
    tmp_path_factory: pytest.TempPathFactory,
    access: list[dict[str, float | None]],
    school: list[float | None],
) -> None:
    """Marks typed in cards, collected, rank exactly as the same marks written by hand."""
    base = tmp_path_factory.mktemp("marks")
    blank = blank_copy(MINI, base / "blank")
    cards = _cards(blank, base / "cartes")
    by_juror: dict[str, dict[str, dict[str, float | None]]] = {}
    for index, juror in enumerate(("ana", "bob")):
        applications = ("a-ajaccio", "b-bourg", "c-brest")
        by_juror[juror] = dict(zip(applications, access[3 * index : 3 * index + 3], strict=True))
        by_juror[juror]["d-lyon"] = {"pedagogie": school[index]}
    by_hand = blank_copy(MINI, base / "by-hand")
    for juror, marks in by_juror.items():
        fill(cards[juror], {a: dict(m) for a, m in marks.items()})
        scores = [
            {"application": a, "marks": {c: m for c, m in given.items() if m is not None}}
            for a, given in marks.items()
        ]
        text = json.dumps({"juror": juror, "scores": [s for s in scores if s["marks"]]})
        (by_hand / "jury" / "scores" / f"{juror}.yaml").write_text(text, "utf-8")
    code, _, err = invoke("collect", *cards.values(), blank)
    assert code == 0, err
    assert _rank(blank) == _rank(by_hand)


PARTLY_MARKED = "LS420"
"""Ana's sheet gives b-bourg one mark of two: her card says so, as a warning."""


def _problems(edition: Path, *cards: Path, replace: bool = False) -> list[str]:
    found = collect(edition, list(cards), replace=replace)
    return [
        f"{p.cell} {p.code}" if p.sheet else f"{p.file} {p.code}"
        for p in found.problems
        if p.code != PARTLY_MARKED
    ]


def test_every_problem_of_a_card_is_placed_at_its_cell(mini: Path, tmp_path: Path) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    fill(
        ana,
        {
            "a-ajaccio": {"innovation": "sept", "usages": "7,5"},  # text; a decimal comma
            "b-bourg": {"innovation": 6, "usages": "=2+2"},  # out of scale; a formula
            "c-brest": {"innovation": True, "usages": datetime.datetime(2011, 3, 4)},
            "d-lyon": {"pedagogie": "#DIV/0!"},
        },
        conflicts={"c-brest"},
    )
    edit(ana, "Accès pour tous", "A7", "z-zurich")  # a row for an application not assigned
    edit(ana, "Accès pour tous", "F7", 3)
    edit(ana, "École numérique", "H3", "peut-être")  # conflict cell: oui or nothing
    before = _tree(mini)
    assert _problems(mini, ana) == [
        "'Accès pour tous'!F3 LS412",
        "'Accès pour tous'!G3 LS413",
        "'Accès pour tous'!F4 LS414",
        "'Accès pour tous'!G4 LS412",
        "'Accès pour tous'!F5 LS412",
        "'Accès pour tous'!G5 LS412",
        "'Accès pour tous'!A7 LS409",
        "'École numérique'!F3 LS412",
        "'École numérique'!H3 LS415",
    ]
    code, _, err = invoke("collect", ana, mini)
    assert code == 1
    assert "cartes/ana.xlsx:'Accès pour tous'!F3: 'sept' is not a number" in err
    # what the date cell holds is shown: a juror sees the cell they meant
    assert "'Accès pour tous'!G5: this cell holds a date (2011-03-04), not a mark" in err
    assert "1 card not collected" in err
    assert _tree(mini) == before


def test_a_conflict_declared_on_a_card_travels_to_the_sheet(mini: Path, tmp_path: Path) -> None:
    blank = blank_copy(mini, tmp_path / "blank")
    ana = _cards(blank, tmp_path / "cartes")["ana"]
    fill(
        ana,
        {"a-ajaccio": {"innovation": 4, "usages": 6}},
        comments={"a-ajaccio": 'Très bon dossier ; "à suivre"\nsur deux lignes'},
        conflicts={"b-bourg"},
    )
    code, _, err = invoke("collect", ana, blank)
    assert code == 0, err
    written = (blank / "jury" / "scores" / "ana.yaml").read_text("utf-8").splitlines()
    digest = hashlib.sha256(ana.read_bytes()).hexdigest()
    assert written[1] == f"# Carte relevée\u00a0: sha256:{digest} (l'empreinte de son fichier)."
    sheet = load_edition(blank).edition.sheets[0]
    assert sheet.conflicts == ["b-bourg"]
    assert sheet.scores[0].comment == 'Très bon dossier ; "à suivre"\nsur deux lignes'
    conflicts = load_edition(blank).edition.conflicts
    assert [(c.juror, c.application, c.kind) for c in conflicts] == [("ana", "b-bourg", "declared")]
    # Ana must not mark b-bourg: it is not missing from her marks.
    found = progress(blank).progress
    assert ("ana", "b-bourg") not in found.missing
    assert ("ana", "c-brest") in found.missing
    assert found.jurors[0].declared_conflicts == ("b-bourg",)


def test_a_comment_of_stacked_accents_is_refused_before_it_reaches_a_sheet(
    mini: Path, tmp_path: Path
) -> None:
    # 32,000 combining marks on one letter: written to the score sheet, they would make
    # every later reading of the edition refuse that sheet (LS117); the card is refused
    # at the cell instead, and nothing is written.
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    stacked = "e" + "\u0316\u0301" * 16_000
    fill(ana, {}, comments={"a-ajaccio": stacked, "d-lyon": "e" + "\u0301" * 30})
    before = _tree(mini)
    assert _problems(mini, ana, replace=True) == ["'Accès pour tous'!H3 LS117"]
    code, _, err = invoke("collect", "--replace", ana, mini)
    assert code == 1
    assert "'Accès pour tous'!H3: 32,000 combining marks" in err
    assert _tree(mini) == before


def test_a_comment_cell_holding_no_typed_text_is_refused_never_dropped(
    mini: Path, tmp_path: Path
) -> None:
    # Ana's sheet has marks for a-ajaccio, b-bourg, c-brest and d-lyon. A formula, an error
    # value, a date or a yes/no in a comment cell is not what she typed: read as "no
    # comment", it would drop the comment her sheet has without a word.
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    edit(ana, "Accès pour tous", "H3", "=1/0")
    edit(ana, "Accès pour tous", "H4", "=A4")
    edit(ana, "Accès pour tous", "H5", datetime.date(2011, 3, 12))
    edit(ana, "École numérique", "G3", True)
    before = _tree(mini)
    assert _problems(mini, ana, replace=True) == [
        "'Accès pour tous'!H3 LS419",
        "'Accès pour tous'!H4 LS419",
        "'Accès pour tous'!H5 LS419",
        "'École numérique'!G3 LS419",
    ]
    code, _, err = invoke("collect", "--replace", ana, mini)
    assert code == 1
    assert "'Accès pour tous'!H4: the comment cell holds a formula, not typed text" in err
    assert "'Accès pour tous'!H5: the comment cell holds a date (2011-03-12), not typed text" in err
    assert "'École numérique'!G3: the comment cell holds TRUE, not typed text" in err
    assert _tree(mini) == before


def test_a_conflict_together_with_marks_is_refused(mini: Path, tmp_path: Path) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    fill(ana, {}, conflicts={"a-ajaccio"})  # Ana's marks for a-ajaccio are filled in
    assert _problems(mini, ana) == ["'Accès pour tous'!I3 LS416"]


def test_a_card_does_not_silently_replace_marks_already_collected(
    mini: Path, tmp_path: Path
) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    fill(ana, {"a-ajaccio": {"innovation": 3, "usages": None}})
    found = collect(mini, [ana])
    found.problems[:] = [p for p in found.problems if p.code != PARTLY_MARKED]
    assert [(p.file, p.line, p.code) for p in found.problems] == [
        (f"{mini.as_posix()}/jury/scores/ana.yaml", 4, "LS418"),
        (f"{mini.as_posix()}/jury/scores/ana.yaml", 4, "LS418"),
    ]
    assert "the card has 3 for 'innovation' where this sheet has 4" in found.problems[0].message
    code, _, _ = invoke("collect", ana, mini, "--replace")
    assert code == 0
    marks = _sheet_marks(mini)["ana"]
    assert marks["a-ajaccio"] == {"innovation": 3}


def test_marks_outside_the_card_are_kept(mini: Path, tmp_path: Path) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    assignments = mini / "jury" / "assignments.yaml"
    sheet = mini / "jury" / "scores" / "ana.yaml"
    sheet.write_text(
        sheet.read_text("utf-8") + "conflicts: [d-lyon]\n", "utf-8"
    )  # a conflict Ana declared before her card was made: d-lyon is not on it
    text = assignments.read_text("utf-8").replace(
        "      ecole:\n        - d-lyon\n  - juror: bob", "  - juror: bob"
    )
    assignments.write_text(text, "utf-8")
    ana = _cards(mini, tmp_path / "again")["ana"]
    code, _, err = invoke("collect", ana, mini)
    assert code == 0, err
    assert "2 entry(ies) of the sheet kept" in err
    edition = load_edition(mini).edition
    assert edition.sheets[0].conflicts == ["d-lyon"]
    assert {s.application for s in edition.sheets[0].scores} == {
        "a-ajaccio",
        "b-bourg",
        "c-brest",
        "d-lyon",
    }


def test_a_card_is_refused_only_when_its_mark_columns_changed_meaning(
    mini: Path, tmp_path: Path
) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    criteria = mini / "criteria" / "acces.yaml"
    text = criteria.read_text("utf-8")
    # A weight, a title, the rules or the roster may change: the marks mean the same.
    criteria.write_text(text.replace("weight: 2", "weight: 3").replace("Usages", "Usage"), "utf-8")
    roster = mini / "jury" / "roster.yaml"
    roster.write_text(roster.read_text("utf-8").replace("name: Bob", "name: Bob B."), "utf-8")
    assert [p.code for p in collect(mini, [ana]).problems if p.severity.value == "error"] == []
    # A scale that changes does change what a 5 means.
    criteria.write_text(text.replace("{min: 0, max: 10}", "{min: 0, max: 20}"), "utf-8")
    found = collect(mini, [ana])
    assert [(p.code, p.cell) for p in found.problems] == [("LS405", "_labelscore!B8")]
    assert "acces/usages: 0–10 → 0–20" in found.problems[0].message


def test_rows_partly_marked_or_no_longer_assigned_are_collected_with_a_warning(
    mini: Path, tmp_path: Path
) -> None:
    blank = blank_copy(mini, tmp_path / "blank")
    ana = _cards(blank, tmp_path / "cartes")["ana"]
    fill(ana, {"a-ajaccio": {"innovation": 4}, "b-bourg": {"innovation": 3, "usages": 5}})
    assignments = blank / "jury" / "assignments.yaml"
    text = assignments.read_text("utf-8")
    assignments.write_text(text.replace("        - b-bourg\n", "", 1), "utf-8")
    found = collect(blank, [ana])
    assert [(p.code, p.cell, p.severity.value) for p in found.problems] == [
        ("LS420", "'Accès pour tous'!G3", "warning"),
        ("LS421", "'Accès pour tous'!A4", "warning"),
    ]
    assert "1 of 2 criteria marked (Usages not yet)" in found.problems[0].message
    assert [s.application for s in found.collections[0].sheet.scores] == ["a-ajaccio", "b-bourg"]
    with i18n.speaking("fr"):
        message = collect(blank, [ana]).problems[0].message
    assert message.startswith(
        "«\u202fa-ajaccio\u202f»\u00a0: 1 critère noté sur 2 (il manque Usages)"
    )


def test_a_row_with_a_refused_mark_is_not_also_counted_as_partly_marked(
    mini: Path, tmp_path: Path
) -> None:
    # The refused mark says what to fix; "1 of 2 criteria marked (none missing)" would
    # leave it out of both sides.
    blank = blank_copy(mini, tmp_path / "blank")
    ana = _cards(blank, tmp_path / "cartes")["ana"]
    fill(ana, {"a-ajaccio": {"innovation": 4, "usages": "4/5"}})
    assert [(p.code, p.cell) for p in collect(blank, [ana]).problems] == [
        ("LS412", "'Accès pour tous'!G3")
    ]


def test_cards_of_another_edition_or_juror_are_refused(mini: Path, tmp_path: Path) -> None:
    cards = _cards(mini, tmp_path / "cartes")
    twice = tmp_path / "ana-again.xlsx"
    shutil.copy(cards["ana"], twice)
    other = tmp_path / "other.xlsx"
    shutil.copy(cards["bob"], other)
    edit(other, "_labelscore", "B4", "2012")
    found = collect(mini, [cards["ana"], twice, other])
    found.problems[:] = [p for p in found.problems if p.code != PARTLY_MARKED]
    assert [(Path(p.file).name, p.cell, p.code) for p in found.problems] == [
        ("ana-again.xlsx", "", "LS404"),  # at the file: the whole card is the problem
        ("other.xlsx", "_labelscore!B4", "LS403"),
    ]
    assert "keep only the juror's latest card in the folder" in found.problems[0].message
    assert "is for the edition 'Mini edition 2012'" in found.problems[1].message


def test_edited_column_names_and_deleted_rows(mini: Path, tmp_path: Path) -> None:
    cards = _cards(mini, tmp_path / "cartes")
    edit(cards["ana"], "Accès pour tous", "G1", "usage")
    book = openpyxl.load_workbook(cards["bob"])
    book["Accès pour tous"].delete_rows(4)
    book.save(cards["bob"])
    assert sorted(_problems(mini, cards["ana"], cards["bob"])) == sorted(
        [
            "'Accès pour tous'!G1 LS407",
            "'Accès pour tous'!A1 LS407",
            "'Accès pour tous'!A3 LS411",
        ]
    )


def test_a_workbook_that_is_not_a_card(mini: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "notes"
    book.save(plain)
    text = tmp_path / "notes.xlsx"
    text.write_text("a;b\n", "utf-8")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    found = collect(mini, [plain, text, old, empty])
    assert [(Path(p.file).name, p.code) for p in found.problems] == [
        ("empty.xlsx", "LS401"),
        ("notes.xlsx", "LS401"),
        ("old.xls", "LS401"),
        ("plain.xlsx", "LS402"),
    ]
    assert "this file is empty (0 bytes); ask the juror to send the card again" in (
        found.problems[0].message
    )
    assert "save it as .xlsx" in found.problems[2].message


# Hostile cards: one problem each, quickly, never a crash.


def _rezip(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, replace.get(item.filename, old.read(item.filename)))
        for name, data in replace.items():
            if name not in old.namelist():
                new.writestr(name, data)
    return target


def _sheet_xml(card_path: Path) -> bytes:
    with zipfile.ZipFile(card_path) as archive:
        return archive.read("xl/worksheets/sheet2.xml")


@pytest.mark.parametrize(
    ("name", "change", "words"),
    [
        (
            "far-cell",
            lambda xml: xml.replace(
                b"</sheetData>",
                b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
            ),
            "beyond row",
        ),
        (
            "dimension",
            lambda xml: xml.replace(
                b'<dimension ref="A1:I5"/>', b'<dimension ref="A1:XFD1048576"/>'
            ),
            "beyond row",
        ),
        (
            "entities",
            lambda xml: (
                b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + xml.split(b"?>", 1)[1]
            ),
            "entities",
        ),
        ("broken-xml", lambda xml: xml[: len(xml) // 2], "damaged"),
    ],
)
def test_hostile_sheets(mini: Path, tmp_path: Path, name: str, change: object, words: str) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    assert callable(change)
    hostile = _rezip(
        ana, tmp_path / f"{name}.xlsx", {"xl/worksheets/sheet2.xml": change(_sheet_xml(ana))}
    )
    found = collect(mini, [hostile])
    assert [p.code for p in found.problems] == ["LS401"]
    assert words in found.problems[0].message


def test_a_card_that_inflates_to_gigabytes_is_refused_unread(mini: Path, tmp_path: Path) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    bomb = _rezip(
        ana, tmp_path / "bomb.xlsx", {"xl/sharedStrings.xml": b"<sst>" + b" " * 60_000_000}
    )
    assert bomb.stat().st_size < 1_000_000
    found = collect(mini, [bomb])
    assert [p.code for p in found.problems] == ["LS401"]
    assert "unpacked" in found.problems[0].message


def test_an_ods_repeating_a_cell_a_hundred_million_times(mini: Path, tmp_path: Path) -> None:
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        b' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        b'<office:spreadsheet><table:table table:name="Notes">'
        b'<table:table-row table:number-rows-repeated="100000">'
        b'<table:table-cell table:number-columns-repeated="1000" office:value-type="float"'
        b' office:value="1"/></table:table-row></table:table></office:spreadsheet>'
        b"</office:body></office:document-content>"
    )
    ods = tmp_path / "repeat.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    found = collect(mini, [ods])
    assert [p.code for p in found.problems] == ["LS401"]
    assert "beyond row" in found.problems[0].message


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_a_card_saved_by_libreoffice_reads_back_the_same(mini: Path, tmp_path: Path) -> None:
    import subprocess

    ana = _cards(mini, tmp_path / "cartes")["ana"]
    out = tmp_path / "lo"
    # A profile of its own: another LibreOffice running on the machine would take the job.
    soffice = ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless"]
    subprocess.run(
        [*soffice, "--convert-to", "ods", "--outdir", str(out), str(ana)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert [p.code for p in collect(mini, [out / "ana.ods"]).problems] == [PARTLY_MARKED]
    subprocess.run(
        [
            *soffice,
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out / "back"),
            str(out / "ana.ods"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    again = collect(mini, [out / "back" / "ana.xlsx"])
    assert [p.code for p in again.problems] == [PARTLY_MARKED]
    assert [c.sheet for c in again.collections] == [
        c.sheet for c in collect(mini, [ana]).collections
    ]


@pytest.mark.parametrize("command", [["rank"], ["validate", "applications"], ["progress"]])
def test_only_the_card_commands_import_the_spreadsheet_libraries(command: list[str]) -> None:
    assert loaded_by(command, ("xlsxwriter", "python_calamine", "openpyxl")) == []


def test_the_first_cards_of_a_new_edition_make_its_scores_folder(
    mini: Path, tmp_path: Path
) -> None:
    blank = blank_copy(mini, tmp_path / "blank")
    (blank / "jury" / "scores").rmdir()
    ana = _cards(blank, tmp_path / "cartes")["ana"]
    fill(ana, {"a-ajaccio": {"innovation": 4, "usages": 6}})
    code, _, err = invoke("collect", ana, blank)
    assert code == 0, err
    assert "to list them, run" not in err  # no score yet anywhere: nothing worth counting
    assert _sheet_marks(blank) == {"ana": {"a-ajaccio": {"innovation": 4, "usages": 6}}}


def test_a_card_that_changes_nothing_leaves_the_sheet_as_written(
    mini: Path, tmp_path: Path
) -> None:
    sheet = mini / "jury" / "scores" / "ana.yaml"
    sheet.write_text("# Ana's own notes\n" + sheet.read_text("utf-8"), "utf-8")
    before = sheet.read_bytes()
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    code, _, err = invoke("collect", ana, mini)
    assert code == 0, err
    assert "ana.xlsx -> unchanged" in err
    assert sheet.read_bytes() == before


def test_good_cards_are_collected_beside_a_bad_one(mini: Path, tmp_path: Path) -> None:
    blank = blank_copy(mini, tmp_path / "blank")
    cards = _cards(blank, tmp_path / "cartes")
    fill(cards["ana"], {"a-ajaccio": {"innovation": "sept"}})
    fill(cards["bob"], {"a-ajaccio": {"innovation": 2}})
    (tmp_path / "cartes" / "~$bob.xlsx").write_bytes(b"owner file of an open workbook")
    (tmp_path / "cartes" / "notes.txt").write_text("à faire", "utf-8")
    code, _, err = invoke("collect", tmp_path / "cartes", blank)
    assert code == 1
    assert "skipped " in err
    assert "notes.txt: not a card" in err
    assert "~$bob" not in err
    assert "1 card not collected" in err
    assert "ana.xlsx" in err.split("not collected")[1]
    assert _sheet_marks(blank) == {"bob": {"a-ajaccio": {"innovation": 2}}}


def test_a_folder_that_is_neither_cards_nor_an_edition_is_refused(
    mini: Path, tmp_path: Path
) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = invoke("collect", ana, empty)
    assert code == 2
    assert "holds no card" in err


def test_a_comment_is_never_dropped_unsaid(mini: Path, tmp_path: Path) -> None:
    blank = blank_copy(mini, tmp_path / "blank")
    ana = _cards(blank, tmp_path / "cartes")["ana"]
    fill(ana, {}, comments={"b-bourg": "Je connais le porteur."}, conflicts={"b-bourg"})
    found = collect(blank, [ana])
    assert [(p.code, p.cell) for p in found.problems] == [("LS417", "'Accès pour tous'!H4")]
    assert found.refused == [ana.as_posix()]


def test_validate_given_a_card_says_it_is_collected_not_validated(
    mini: Path, tmp_path: Path
) -> None:
    ana = _cards(mini, tmp_path / "cartes")["ana"]
    code, out, _ = invoke("validate", ana)
    assert code == 1
    assert "ana.xlsx:1:1: this file is a workbook or an office document" in out
    assert "a score card is read back with labelscore collect" in out
    assert "[LS104]" in out


def test_non_in_the_conflict_column_means_no_conflict(mini: Path, tmp_path: Path) -> None:
    blank = blank_copy(mini, tmp_path / "blank")
    ana = _cards(blank, tmp_path / "cartes")["ana"]
    fill(ana, {"a-ajaccio": {"innovation": 4, "usages": 6}})
    edit(ana, "Accès pour tous", "I3", "Non ")  # as a juror answers, with a stray space
    found = collect(blank, [ana])
    assert [p.code for p in found.problems if p.code != PARTLY_MARKED] == []
    (collection,) = found.collections
    assert collection.sheet.conflicts == ()
    assert [s.application for s in collection.sheet.scores] == ["a-ajaccio"]
    book = openpyxl.load_workbook(ana)
    rules = book["Accès pour tous"].data_validations.dataValidation
    assert '"oui,non"' in [rule.formula1 for rule in rules]
