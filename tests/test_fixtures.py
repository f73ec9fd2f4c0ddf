"""Fixture folders of valid and invalid files: the problems each must (not) produce."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from labelscore.checks.paths import validate_paths
from labelscore.models.application import Application
from labelscore.problems import Problem
from labelscore.reading.load import load_file
from tests.conftest import FIXTURES

INVALID = FIXTURES / "invalid"
VALID = FIXTURES / "valid" / "applications"
EXPECTED: dict[str, list[str]] = yaml.safe_load((INVALID / "expected.yaml").read_text("utf-8"))
_EXPECTATION = re.compile(r"(\d+):(\d+) ([^:]*): (.*)", re.DOTALL)


def _matches(problem: Problem, expectation: str) -> bool:
    found = _EXPECTATION.fullmatch(expectation)
    assert found, f"bad expectation {expectation!r}"
    line, column, field, code = found.groups()
    return (
        (problem.line, problem.column) == (int(line), int(column))
        and problem.field == field
        and code == f"{problem.code} {problem.rule}"
    )


def test_every_invalid_fixture_has_expectations() -> None:
    files = {p.relative_to(INVALID).as_posix() for p in INVALID.rglob("*.yaml")}
    assert files - {"expected.yaml"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_file_reports_exactly_the_expected_problems(name: str) -> None:
    problems = validate_paths([INVALID / name])
    for expectation in EXPECTED[name]:
        assert any(_matches(p, expectation) for p in problems), (expectation, problems)
    assert len(problems) == len(EXPECTED[name]), problems
    assert all(p.file.endswith(name) for p in problems)


@pytest.mark.parametrize("path", sorted(VALID.glob("*.yaml")), ids=lambda p: p.name)
def test_valid_file_has_no_problem(path: Path) -> None:
    assert validate_paths([path]) == []


def _load(name: str) -> Application:
    loaded, problems = load_file(VALID / name, Application)
    assert problems == []
    assert loaded is not None
    return loaded.model


def test_codes_are_kept_as_written() -> None:
    bourg = _load("leading-zeros-unquoted.yaml")
    assert bourg.territory.insee == "01053"
    assert bourg.territory.postal_code == "01000"
    ajaccio = _load("corsica.yaml")
    assert ajaccio.territory.insee == "2A004"
    assert ajaccio.territory.postal_code == "20000"


def test_yes_no_words_and_numbers_in_text_stay_as_written() -> None:
    application = _load("yes-no-words.yaml")
    assert application.partners == ["no", "off", "yes"]
    assert application.title == "2010"


def test_bom_and_windows_line_endings_are_read() -> None:
    assert _load("bom-crlf.yaml").territory.name == "Saint-Étienne"


def test_accents_typed_two_ways_are_one_name() -> None:
    raw = (VALID / "decomposed-accents.yaml").read_text("utf-8")
    assert "E\u0301tienne" in raw  # the file holds E + combining acute accent
    assert _load("decomposed-accents.yaml").territory.name == "Saint-\u00c9tienne"


def test_markup_in_text_is_kept_as_written() -> None:
    assert _load("markup-in-title.yaml").title == "Budget [/] [red]rouge[/red] :warning:"


def test_on_and_single_letters_stay_words() -> None:
    assert _load("on-off-words.yaml").partners == ["on", "On", "n", "y", "yes"]


def test_a_date_in_a_text_field_stays_text() -> None:
    assert _load("date-in-text.yaml").title == "2010-03-15"
