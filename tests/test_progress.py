"""Who has not finished marking: engine.progress, api.progress and `labelscore progress`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from labelscore.api import load_edition, progress
from labelscore.engine.progress import marking_progress
from labelscore.problems import NoAssignmentError
from tests.conftest import FIXTURES, ROOT
from tests.test_cli import invoke

UNFINISHED = FIXTURES / "editions" / "unfinished"


def test_a_juror_with_marks_missing_and_one_without_a_sheet() -> None:
    found = progress(UNFINISHED).progress
    assert found.missing == (
        ("bob", "b-bourg"),
        ("bob", "c-brest"),
        ("cleo", "a-ajaccio"),
        ("cleo", "b-bourg"),
    )
    assert (found.assigned, found.marked, found.complete) == (10, 6, False)
    ana, bob, cleo = found.jurors
    assert (ana.assigned, ana.marked, ana.missing, ana.has_sheet) == (4, 4, (), True)
    assert [(c.category, len(c.assigned), len(c.marked)) for c in bob.categories] == [
        ("acces", 3, 1),
        ("ecole", 1, 1),
    ]
    assert not cleo.has_sheet
    assert cleo.declared_conflicts == ("c-brest",)
    assert [(c.category, c.missing, c.conflicts) for c in cleo.categories] == [
        ("acces", ("a-ajaccio", "b-bourg"), 1)
    ]


def test_marks_outside_the_assignment_are_not_counted(tmp_path: Path) -> None:
    copy = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", copy)
    path = copy / "jury" / "assignments.yaml"
    text = path.read_text("utf-8")
    path.write_text(
        text.replace("      ecole:\n        - d-lyon\n  - juror: bob", "  - juror: bob")
    )
    found = progress(copy).progress
    assert found.complete
    assert [(j.juror, j.assigned, j.marked) for j in found.jurors] == [
        ("ana", 3, 3),
        ("bob", 4, 4),
    ]
    assert [c.category for c in found.jurors[0].categories] == ["acces", "ecole"]


def test_the_2010_edition_misses_one_mark_against_its_assignment() -> None:
    found = progress(ROOT).progress
    assert found.missing == (("thierry-jaouen", "metz-stationnement"),)
    assert (found.assigned, found.marked) == (373, 372)
    assert len(found.jurors) == 12


def test_the_engine_needs_an_assignment(tmp_path: Path) -> None:
    copy = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", copy)
    (copy / "jury" / "assignments.yaml").unlink()
    with pytest.raises(NoAssignmentError, match="labelscore assign"):
        progress(copy)
    with pytest.raises(ValueError, match="no assignment"):
        marking_progress(load_edition(copy).edition)
    code, out, err = invoke("progress", copy)
    assert (code, out) == (2, "")
    assert "assignments.yaml does not exist" in err


def test_command_reports_and_exits_0_with_marks_missing() -> None:
    code, out, err = invoke("progress", UNFINISHED)
    assert code == 0
    assert "cleo (no sheet)" in out
    assert "4 of 10 assigned applications not marked yet, by 2 jurors." in out
    assert "3 warning(s)" in err
    code, out, _ = invoke("progress", "--json", UNFINISHED)
    assert code == 0
    data = json.loads(out)
    assert data["complete"] is False
    assert data["missing"][0] == {"juror": "bob", "application": "b-bourg"}


def test_command_exits_1_on_an_edition_with_errors(tmp_path: Path) -> None:
    copy = tmp_path / "edition"
    shutil.copytree(UNFINISHED, copy)
    path = copy / "jury" / "assignments.yaml"
    path.write_text(path.read_text("utf-8").replace("juror: cleo", "juror: clea"), "utf-8")
    code, out, err = invoke("progress", copy)
    assert (code, out) == (1, "")
    assert "juror 'clea' is not on the roster" in err
    assert "[LS304]" in err


def test_rank_is_provisional_while_assigned_marks_are_missing() -> None:
    from labelscore.api import rank

    unfinished = rank(UNFINISHED).result
    assert (unfinished.missing_marks, unfinished.provisional) == (4, True)
    mini = rank(FIXTURES / "editions" / "mini").result
    assert (mini.missing_marks, mini.provisional) == (0, False)
    tie = rank(FIXTURES / "editions" / "tie").result
    assert tie.missing_marks is None
    code, out, _ = invoke("rank", UNFINISHED)
    assert code == 0
    assert "Provisional: 4 assigned application(s) not marked yet" in out
    assert "labelscore progress" in out
    code, out, _ = invoke("rank", "--json", UNFINISHED)
    data = json.loads(out)
    assert (data["provisional"], data["missing_marks"]) == (True, 4)
    code, out, _ = invoke("rank", FIXTURES / "editions" / "mini")
    assert "Provisional" not in out
