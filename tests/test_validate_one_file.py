"""`labelscore validate FILE`: a juror's score sheet is known by its content and checked
against the edition it sits in; an application inside an edition has its category
checked against the edition's categories."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from labelscore.checks.paths import check_paths
from tests.conftest import FIXTURES

SHEET = """juror: bob
scores:
  - application: a-ajaccio
    marks: {innovation: 2, usages: 8}
  - application: b-bourgg
    marks: {innovation: 3, usages: 4}
  - application: c-brest
    marks: {innovation: 9, usages: 10}
  - application: d-lyon
    marks: {pedagogy: 3}
"""

EXPECTED = [
    "5:18 scores.1.application LS306",  # no such application, did you mean b-bourg
    "7:18 scores.2.application LS323",  # not assigned to bob (warning)
    "8:25 scores.2.marks.innovation LS310",  # outside the scale 0-5
    "10:12 scores.3.marks LS311",  # pedagogie left out (warning)
    "10:13 scores.3.marks.pedagogy LS309",  # no such criterion, did you mean pedagogie
]


@pytest.fixture
def edition(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "editions" / "mini", target)
    assignments = target / "jury" / "assignments.yaml"
    text = assignments.read_text("utf-8")
    bob = text.index("juror: bob")
    assignments.write_text(text[:bob] + text[bob:].replace("        - c-brest\n", ""), "utf-8")
    return target


def _found(path: Path) -> list[str]:
    return [f"{p.line}:{p.column} {p.field} {p.code}" for p in check_paths([path]).problems]


def test_a_sheet_in_its_edition_is_checked_against_it(edition: Path) -> None:
    sheet = edition / "jury" / "scores" / "bob.yaml"
    sheet.write_text(SHEET, "utf-8")
    assert _found(sheet) == EXPECTED
    messages = [p.message for p in check_paths([sheet]).problems]
    assert "did you mean 'b-bourg'?" in messages[0]
    assert "did you mean 'pedagogie'?" in messages[4]


def test_a_sheet_anywhere_in_the_edition_stands_for_its_juror_s_sheet(edition: Path) -> None:
    draft = edition / "brouillon-bob.yaml"
    draft.write_text(SHEET, "utf-8")
    assert _found(draft) == EXPECTED  # not 'bob already has a sheet'


def test_the_edition_s_own_sheet_is_checked_against_it_too(edition: Path) -> None:
    # bob's sheet marks c-brest, taken out of his assignment by the fixture
    assert _found(edition / "jury" / "scores" / "bob.yaml") == ["7:18 scores.2.application LS323"]
    assert _found(edition / "jury" / "scores" / "ana.yaml") == ["6:12 scores.1.marks LS311"]


def test_a_sheet_outside_an_edition_is_read_as_a_sheet_and_says_it_was_checked_alone(
    tmp_path: Path,
) -> None:
    sheet = tmp_path / "applications" / "notes-bob.yaml"
    sheet.parent.mkdir()
    sheet.write_text(SHEET, "utf-8")
    checked = check_paths([sheet])
    assert [f"{p.code} {p.severity.value}" for p in checked.problems] == ["LS330 warning"]


def test_a_sheet_outside_an_edition_gets_its_own_form_checked(tmp_path: Path) -> None:
    sheet = tmp_path / "notes.yaml"
    sheet.write_text(SHEET.replace("{innovation: 2,", "{innovation: deux,"), "utf-8")
    assert _found(sheet) == ["1:1  LS330", "4:25 scores.0.marks.innovation LS203"]


def test_a_file_with_a_juror_key_but_no_scores_is_still_an_application(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("juror: bob\n", "utf-8")
    codes = {p.code for p in check_paths([path]).problems}
    assert "LS201" in codes  # unknown key 'juror' in an application
    assert "LS330" not in codes


def test_an_application_in_its_edition_has_its_category_checked(edition: Path) -> None:
    application = edition / "applications" / "a-ajaccio.yaml"
    assert _found(application) == []
    application.write_text(
        application.read_text("utf-8").replace("category: acces", "category: access"), "utf-8"
    )
    (problem,) = check_paths([application]).problems
    assert (problem.code, problem.field) == ("LS302", "category")
    assert "did you mean 'acces'?" in problem.message


def test_every_problem_of_an_application_at_once(edition: Path) -> None:
    # A lost leading zero (a field error), a wrong SIREN check digit (a check of another
    # field) and an unknown category (a check across files): one round, not three.
    application = edition / "applications" / "a-ajaccio.yaml"
    text = application.read_text("utf-8").replace("category: acces", "category: access")
    text = text.replace("  insee: 2A004\n", "  insee: 1053\n  siren: 210100534\n")
    application.write_text(text, "utf-8")
    expected = [
        "2:11 category LS302",
        "7:10 territory.insee LS220",
        "8:10 territory.siren LS211",
    ]
    assert _found(application) == expected
    assert [
        f"{p.line}:{p.column} {p.field} {p.code}"
        for p in check_paths([edition]).problems
        if p.file.endswith("a-ajaccio.yaml")
    ] == expected
    # the category is checked as written: a malformed one is the model's to report
    application.write_text(text.replace("category: access", "category: Access Pour"), "utf-8")
    assert [p.code for p in check_paths([application]).problems if p.field == "category"] == [
        "LS207"
    ]


def test_an_application_whose_category_file_is_broken_is_not_blamed(edition: Path) -> None:
    criteria = edition / "criteria" / "acces.yaml"
    criteria.write_text(criteria.read_text("utf-8").replace("weight:", "wieght:"), "utf-8")
    assert _found(edition / "applications" / "a-ajaccio.yaml") == []


def test_an_application_outside_an_edition_has_any_category(tmp_path: Path) -> None:
    source = FIXTURES / "valid" / "applications" / "corsica.yaml"
    assert _found(source) == []
