"""What an applicant writes: French words for the canonical values, and messages that give
the exact fix (dates, numbers and codes written the French way, near misses)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from labelscore.checks.paths import validate_paths
from labelscore.models.application import Application, IndicatorKind, Status, TerritoryKind
from labelscore.models.base import identifier_fix
from labelscore.models.choices import Aggregate, Choice, Normalize, meant
from labelscore.reading.load import load_file
from tests.conftest import FIXTURES, ROOT

VALID = FIXTURES / "valid" / "applications"
BASE = (VALID / "leading-zeros-unquoted.yaml").read_text("utf-8")


def _messages(tmp_path: Path, old: str, new: str, name: str = "a.yaml") -> list[str]:
    assert old in BASE
    path = tmp_path / name
    path.write_text(BASE.replace(old, new), "utf-8")
    return [f"{p.message} [{p.code}]" for p in validate_paths([path])]


def test_french_words_are_read_as_the_canonical_values() -> None:
    loaded, problems = load_file(VALID / "french-words.yaml", Application)
    assert problems == []
    assert loaded is not None
    application = loaded.model
    assert application.status is Status.REALISED
    assert application.status.value == "realised"  # what JSON and CSV show
    assert [i.kind for i in application.indicators] == [
        IndicatorKind.RESOURCES,
        IndicatorKind.OTHER,
    ]


@pytest.mark.parametrize(
    ("choice", "word", "value"),
    [
        (Status, "prévu", "planned"),
        (Status, "en projet", "planned"),
        (Status, "en cours", "in progress"),
        (Status, "réalisé", "realised"),
        (TerritoryKind, "autre", "other"),
        (IndicatorKind, "ressources", "resources"),
        (IndicatorKind, "autre", "other"),
        (Aggregate, "moyenne", "mean"),
        (Aggregate, "médiane", "median"),
        (Aggregate, "moyenne tronquée", "trimmed"),
        (Normalize, "aucune", "none"),
    ],
)
def test_each_synonym_means_its_value(choice: type[Choice], word: str, value: str) -> None:
    assert choice(word).value == value


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("realized", "realised"),
        ("Réalisé", "réalisé"),
        ("realise", "réalisé"),  # the accents left out
        ("REALISED", "realised"),
        ("en-cours", "en cours"),
        ("en_cours", "en cours"),
        ("In Progress", "in progress"),
        ("prevu", "prévu"),
    ],
)
def test_a_near_miss_status_gets_a_did_you_mean(tmp_path: Path, written: str, hint: str) -> None:
    (message,) = _messages(tmp_path, "status: realised", f"status: {written}")
    assert f"did you mean '{hint}'?" in message, message
    assert message.endswith("[LS204]")


@pytest.mark.parametrize(
    ("written", "hint"),
    [("intercommunalite", "intercommunalité"), ("Departement", "département"), ("autres", "autre")],
)
def test_a_near_miss_kind_gets_a_did_you_mean(tmp_path: Path, written: str, hint: str) -> None:
    messages = _messages(tmp_path, "kind: commune", f"kind: {written}")
    assert any(f"did you mean '{hint}'?" in m for m in messages), messages


def test_a_word_far_from_any_lists_every_accepted_word(tmp_path: Path) -> None:
    (message,) = _messages(tmp_path, "status: realised", "status: fini")
    assert "did you mean" not in message
    assert "'planned', 'in progress' or 'realised'" in message
    assert "'prévu', 'en projet', 'en cours' or 'réalisé'" in message


def test_meant_is_none_when_nothing_is_close() -> None:
    assert meant("xyz", Status.accepted()) is None


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        ("12/03/2009", "write 2009-03-12"),
        ("12.03.2009", "write 2009-03-12"),
        ("1/3/2009", "write 2009-03-01"),
        ("2009/03/12", "write 2009-03-12"),
        ("2009-3-12", "write 2009-03-12"),
        ("12 mars 2009", "write 2009-03-12"),
        ("1er février 2010", "write 2010-02-01"),
    ],
)
def test_a_date_written_another_way_gets_its_rewrite(
    tmp_path: Path, written: str, fix: str
) -> None:
    (message,) = _messages(tmp_path, "start_date: 2008-09-01", f"start_date: {written}")
    assert message.endswith(f"{fix} [LS209]"), message


def test_a_date_that_does_not_exist_gets_no_rewrite(tmp_path: Path) -> None:
    (message,) = _messages(tmp_path, "start_date: 2008-09-01", "start_date: 31/02/2009")
    assert "write 2009" not in message
    # the day that does not exist is said first, not after the format is fixed
    assert "'31/02/2009' is not a real date; check the day and the month, and write it " in message
    assert "YYYY-MM-DD" in message


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        ("41 000", "write 41000"),
        ("41\u00a0000", "write 41000"),  # no-break space
        ("41\u202f000", "write 41000"),  # narrow no-break space
        ("1 234 567", "write 1234567"),
        ("1.234.567", "write 1234567"),
    ],
)
def test_a_whole_number_with_a_thousands_separator_gets_its_rewrite(
    tmp_path: Path, written: str, fix: str
) -> None:
    (message,) = _messages(tmp_path, "population: 171000", f"population: {written}")
    assert message.endswith(f"{fix} [LS219]"), message


@pytest.mark.parametrize(
    ("written", "fix"),
    [("1 200,5", "write 1200.5"), ("12\u202f000", "write 12000"), ("1 200.5", "write 1200.5")],
)
def test_a_decimal_with_a_thousands_separator_gets_its_rewrite(
    tmp_path: Path, written: str, fix: str
) -> None:
    (message,) = _messages(tmp_path, "value: 1200", f"value: {written}")
    assert message.endswith(f"{fix} [LS219]"), message


def test_a_year_with_a_dot_for_thousands_is_pointed_out(tmp_path: Path) -> None:
    (message,) = _messages(tmp_path, "    kind: audience", "    kind: audience\n    year: 2.010")
    assert "write 2010" in message
    assert message.endswith("[LS203]")


@pytest.mark.parametrize(
    ("old", "new", "fix"),
    [
        ("insee: 01053", "insee: 1053", "write 01053"),
        ("postal_code: 01000", "postal_code: 1000", "write 01000"),
        ("kind: commune\n  insee: 01053", "kind: département\n  insee: 1", "write 01"),
    ],
)
def test_a_code_that_lost_its_leading_zero_says_so(
    tmp_path: Path, old: str, new: str, fix: str
) -> None:
    (message,) = _messages(tmp_path, old, new)
    assert "lost its leading zero" in message
    assert message.endswith(f"{fix} [LS220]"), message


def test_a_siren_short_of_a_digit_is_said_lost_zero_only_when_the_zero_makes_it_valid(
    tmp_path: Path,
) -> None:
    # 012345674 is Luhn-valid; 012345675 is not
    (good,) = _messages(tmp_path, "insee: 01053", "insee: 01053\n  siren: 12345674")
    assert good.endswith("write 012345674 [LS220]"), good
    (bad,) = _messages(tmp_path, "insee: 01053", "insee: 01053\n  siren: 12345675")
    assert bad.endswith("[LS208]"), bad


def test_a_decimal_comma_in_braces_gets_the_same_fix_as_on_its_own_line(tmp_path: Path) -> None:
    scores = tmp_path / "jury" / "scores"
    scores.mkdir(parents=True)
    block = scores / "block.yaml"
    block.write_text(
        "juror: ana\nscores:\n  - application: a\n    marks:\n      innovation: 7,5\n", "utf-8"
    )
    flow = scores / "flow.yaml"
    flow.write_text(
        "juror: ana\nscores:\n  - application: a\n    marks: {innovation: 7,5, usages: 1}\n",
        "utf-8",
    )
    (in_block,) = validate_paths([block])
    (in_flow,) = validate_paths([flow])
    assert in_flow.message == in_block.message == "'7,5' uses a decimal comma: write 7.5"
    assert in_flow.field == in_block.field == "scores.0.marks.innovation"
    assert (in_flow.line, in_flow.column) == (4, 25)


def test_the_readme_documents_every_synonym() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("### French words", 1)[1].split("\n#", 1)[0]
    rows = set(re.findall(r"^\| `([^`]+)` \| `([^`]+)` \|", section, re.MULTILINE))
    documented: set[tuple[str, str]] = set()
    for choice in (TerritoryKind, Status, IndicatorKind, Aggregate, Normalize):
        documented |= set(choice.synonyms().items())
    assert rows == documented


def test_the_rules_take_the_french_words_too(tmp_path: Path) -> None:
    from labelscore.models.rules import Rules

    source = (FIXTURES / "editions" / "mini" / "labelscore.yaml").read_text("utf-8")
    assert "status: [realised]" in source
    path = tmp_path / "labelscore.yaml"
    path.write_text(
        source.replace("status: [realised]", "status: [réalisé, en cours]").replace(
            "scoring:", "scoring:\n  aggregate: médiane\n  normalize: aucune", 1
        ),
        "utf-8",
    )
    loaded, problems = load_file(path, Rules)
    assert problems == []
    assert loaded is not None
    rules = loaded.model
    assert rules.scoring.aggregate is Aggregate.MEDIAN
    assert rules.scoring.normalize is Normalize.NONE
    question = rules.awards.preselection.criteria[0]
    assert question.status == [Status.REALISED, Status.IN_PROGRESS]
    path.write_text(source.replace("status: [realised]", "status: [realized]"), "utf-8")
    (problem,) = load_file(path, Rules)[1]
    assert "did you mean 'realised'?" in problem.message


@pytest.mark.parametrize(
    ("written", "fixed"),
    [
        ("bourg-médiathèque", "bourg-mediatheque"),
        ("Bourg_Fablab 2", "bourg-fablab-2"),
        ("internet social", "internet-social"),
        ("  Île-de-France  ", "ile-de-france"),
        ("---", None),
        ("日本", None),
    ],
)
def test_a_malformed_identifier_gets_the_one_it_most_likely_meant(
    written: str, fixed: str | None
) -> None:
    assert identifier_fix(written) == fixed
