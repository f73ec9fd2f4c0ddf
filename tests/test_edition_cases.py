"""Broken editions, one change each: `validate` and loading report the expected problem.

A case is an error unless it says `severity: warning`: an error stops loading (and so
every command that ranks); a warning is reported and the edition still loads and ranks.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from labelscore.api import load_edition, rank
from labelscore.checks.paths import validate_paths
from labelscore.problems import Problem, ProblemsFoundError, Severity
from tests.conftest import FIXTURES

CASES: dict[str, dict[str, str]] = yaml.safe_load(
    (FIXTURES / "edition-cases.yaml").read_text("utf-8")
)
_EXPECT = re.compile(r"([^:]+):(\d+):(\d+) ([^:]*): (.*)", re.DOTALL)


def _broken(tmp_path: Path, case: dict[str, str]) -> Path:
    edition = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", edition)
    path = edition / case["file"]
    text = path.read_text("utf-8")
    assert case["old"] in text
    path.write_text(text.replace(case["old"], case["new"], 1), "utf-8")
    return edition


def _severity(case: dict[str, str]) -> Severity:
    return Severity(case.get("severity", Severity.ERROR.value))


def _matches(
    problem: Problem, edition: Path, expectation: str, severity: Severity = Severity.ERROR
) -> bool:
    found = _EXPECT.fullmatch(expectation)
    assert found, expectation
    file, line, column, field, code = found.groups()
    return (
        problem.file == (edition / file).as_posix()
        and (problem.line, problem.column) == (int(line), int(column))
        and problem.field == field
        and code == f"{problem.code} {problem.rule}"
        and problem.severity is severity
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_validate_reports_the_broken_reference(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    edition = _broken(tmp_path, case)
    problems = validate_paths([edition])
    assert any(_matches(p, edition, case["expect"], _severity(case)) for p in problems), problems


@pytest.mark.parametrize("name", sorted(n for n in CASES if _severity(CASES[n]) is Severity.ERROR))
def test_loading_refuses_the_broken_edition(tmp_path: Path, name: str) -> None:
    edition = _broken(tmp_path, CASES[name])
    with pytest.raises(ProblemsFoundError) as raised:
        load_edition(edition)
    assert any(_matches(p, edition, CASES[name]["expect"]) for p in raised.value.problems)


@pytest.mark.parametrize(
    "name", sorted(n for n in CASES if _severity(CASES[n]) is Severity.WARNING)
)
def test_a_warning_still_ranks_and_is_passed_on(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    edition = _broken(tmp_path, case)
    _, result, warnings = rank(edition)
    assert result.categories
    assert any(_matches(w, edition, case["expect"], Severity.WARNING) for w in warnings)


def test_the_unbroken_edition_loads() -> None:
    edition, warnings = load_edition(FIXTURES / "editions" / "mini")
    assert len(edition.applications) == 4
    assert all(w.severity is Severity.WARNING for w in warnings)


def test_the_assignment_is_read_with_the_edition(tmp_path: Path) -> None:
    edition, _ = load_edition(FIXTURES / "editions" / "mini")
    assert edition.assignment is not None
    assert edition.assignment.by_juror()["ana"] == {
        "acces": ("a-ajaccio", "b-bourg", "c-brest"),
        "ecole": ("d-lyon",),
    }
    copy = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", copy)
    (copy / "jury" / "assignments.yaml").unlink()
    without, warnings = load_edition(copy)
    assert without.assignment is None
    assert not any(w.code == "LS323" for w in warnings)


@pytest.mark.parametrize(
    ("file", "old", "new", "code"),
    [
        ("applications/a-ajaccio.yaml", "population: 1000", "population: 1,000", "LS210"),
        (
            "jury/scores/ana.yaml",
            "innovation: 4, usages: 6",
            "innovation: 4, usages: '6,5'",
            "LS210",
        ),
        ("criteria/acces.yaml", "weight: 2", "weight: deux", "LS203"),
        ("jury/roster.yaml", "organisation: AdCF", "organisation: [AdCF", "LS105"),
    ],
)
def test_one_broken_file_gives_one_problem_not_a_cascade(
    tmp_path: Path, file: str, old: str, new: str, code: str
) -> None:
    """An application, sheet, category or roster that fails its format is not reported
    again as missing wherever it is named, nor does it make others look short of jurors."""
    baseline = {
        _where(p, FIXTURES / "editions" / "mini")
        for p in validate_paths([FIXTURES / "editions" / "mini"])
    }
    edition = _broken(tmp_path, {"file": file, "old": old, "new": new})
    problems = validate_paths([edition])
    assert any(p.code == code and p.file.endswith(file) for p in problems), problems
    others = {_where(p, edition) for p in problems if not p.file.endswith(file)}
    assert others <= baseline, others - baseline


def _where(problem: Problem, edition: Path) -> tuple[str, int, int, str]:
    return (
        problem.file.removeprefix(edition.as_posix()),
        problem.line,
        problem.column,
        problem.code,
    )
