"""The checks across files, score cards and the printing of problems, in French: every
message the checks can give is produced here from a broken edition or card, and read as a
French user reads it (no English left, the user's values as written, French punctuation
spaces). The English texts are pinned by the golden outputs and the other tests."""

from __future__ import annotations

import datetime
import re
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

import openpyxl
import pytest
import yaml

from labelscore import i18n
from labelscore.api import collect, edition_problems, progress
from labelscore.checks.cards import _odd_words
from labelscore.checks.paths import validate_paths
from labelscore.i18n.typography import NBSP, NNBSP
from labelscore.problem_codes import CODES
from labelscore.problems import NoAssignmentError, Problem, Severity, did_you_mean
from labelscore.render.problems import summary_line
from tests.cards_helpers import blank_copy, edit, fill
from tests.conftest import FIXTURES
from tests.test_cli import invoke
from tests.test_edition_cases import CASES, _broken

MINI = FIXTURES / "editions" / "mini"
CROSSED = FIXTURES / "editions" / "crossed"

ENGLISH = re.compile(
    r"\b(the|is|are|was|were|write|not|of|this|these|that|with|and|or|must|needs?|"
    r"will|would|juror|jurors|application|applications|sheet|card|marks?|"
    r"there|which|has|have|does|no|delete|remove|keep|add|give|check|line|row|cell|"
    r"did you mean)\b",
    re.IGNORECASE,
)
"""Words that give away an English sentence in a French message."""

_QUOTED = re.compile(f"«{NNBSP}.*?{NNBSP}»", re.DOTALL)
_DATA = re.compile(r"`[^`]*`|\S*[/_.]\S*|--\S+|U\+[0-9A-F]{4,6}( [a-z][a-z -]*)?")
"""What a message may hold besides prose: commands, paths, fields, options, and the
Unicode name of a character (as Unicode names it)."""

# The codes the checks give (the others are reading's, or LS401, an unreadable card).
CHECK_CODES = {
    code
    for code in CODES
    if (code.startswith("LS3") and code != "LS314") or (code.startswith("LS4") and code != "LS401")
} | {"LS217"}


class _Recording(Mapping[str, Mapping[str, str]]):
    """The checks catalog, noting each message asked for."""

    def __init__(self, messages: Mapping[str, Mapping[str, str]]) -> None:
        self.messages = messages
        self.used: set[str] = set()

    def __getitem__(self, key: str) -> Mapping[str, str]:
        self.used.add(key)
        return self.messages[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.messages)

    def __len__(self) -> int:
        return len(self.messages)


def _cards(edition: Path, output: Path) -> dict[str, Path]:
    code, _, err = invoke("cards", edition, "--output", output)
    assert code == 0, err
    return {p.stem: p for p in sorted(output.glob("*.xlsx"))}


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), "utf-8")


def _edition_problems(tmp: Path) -> list[Problem]:
    """Every problem of the crossed edition, the edition cases, and a few more editions."""
    found = validate_paths([CROSSED])
    for name, case in sorted(CASES.items()):
        found += validate_paths([_broken(tmp / name, case)])
    # a jury vote for an application tied with no other, one ranked and one not
    votes = tmp / "votes" / "edition"
    shutil.copytree(MINI, votes)
    _replace(
        votes / "labelscore.yaml", "  tie_break:", "  jury_order: [a-ajaccio, d-lyon]\n  tie_break:"
    )
    _replace(
        votes / "jury" / "scores" / "bob.yaml",
        "  - application: d-lyon\n    marks: {pedagogie: 3}\n",
        "",
    )
    found += edition_problems(votes).problems
    # a conflict a juror declared on their card, with the application still assigned
    on_card = tmp / "on-card" / "edition"
    shutil.copytree(MINI, on_card)
    sheet = on_card / "jury" / "scores" / "ana.yaml"
    sheet.write_text(sheet.read_text("utf-8") + "conflicts: [d-lyon]\n", "utf-8")
    found += validate_paths([on_card])
    # labels left unused; a category no juror scores; conflicts declared and found
    rules = tmp / "rules" / "edition"
    shutil.copytree(MINI, rules)
    _replace(rules / "labelscore.yaml", "labels: 2", "labels: 5")
    _replace(rules / "labelscore.yaml", "{min: 1, max: 2}", "{min: 0, max: 1}")
    _replace(
        rules / "applications" / "a-ajaccio.yaml",
        "  insee: 2A004",
        "  insee: 2A004\n  siren: 212000046",
    )
    _replace(
        rules / "applications" / "c-brest.yaml",
        "  insee: 29019",
        "  insee: 29019\n  intercommunality_siren: 242900314",
    )
    declared = [
        "c-\u00a0brest",  # an invisible character (a no-break space)
        "732829320",  # a SIREN no applicant has
        "Bourg-en-Bresse",  # a territory's name
        "732829321",  # a SIREN with a wrong check digit
        "Ville de Brest ?",
        "290190",
        "2a004",  # a code in lower case
        "29018",  # a code close to an applicant's
        "97411",  # a code far from any
        "01053",  # b-bourg's INSEE code
        "242900314",  # c-brest's intercommunalité
    ]
    (rules / "jury" / "roster.yaml").write_text(
        yaml.safe_dump(
            {
                "jurors": [
                    {
                        "id": "ana",
                        "name": "Ana",
                        "organisation": "AdCF",
                        "categories": ["acces"],
                        "conflicts": declared,
                    },
                    {
                        "id": "bob",
                        "name": "Bob",
                        "organisation": "Brest",
                        "territory": {"name": "Ajaccio-Nord", "siren": "212000046"},
                        "categories": ["acces"],
                    },
                ]
            },
            allow_unicode=True,
        ),
        "utf-8",
    )
    found += validate_paths([rules])
    # no label at all; a category no juror scores, when one juror is enough
    none = tmp / "none" / "edition"
    shutil.copytree(MINI, none)
    _replace(none / "labelscore.yaml", "labels: 2", "labels: 0")
    _replace(none / "labelscore.yaml", "{min: 1, max: 2}", "{min: 0}")
    _replace(none / "labelscore.yaml", "minimum_jurors: 2", "minimum_jurors: 1")
    roster = none / "jury" / "roster.yaml"
    roster.write_text(
        roster.read_text("utf-8").replace("[acces, ecole]", "[acces]")
        + "    conflicts: ['c-bre\u00a0stx']\n",
        "utf-8",
    )
    found += validate_paths([none])
    # one category; one label left unused
    one = tmp / "one" / "edition"
    shutil.copytree(MINI, one)
    (one / "criteria" / "ecole.yaml").unlink()
    (one / "applications" / "d-lyon.yaml").unlink()
    _replace(one / "labelscore.yaml", "{min: 1, max: 2}", "{min: 3}")
    found += validate_paths([one])
    _replace(on_card / "labelscore.yaml", "labels: 2", "labels: 3")
    _replace(on_card / "labelscore.yaml", "{min: 1, max: 2}", "{min: 1, max: 1}")
    found += validate_paths([on_card])
    # a score sheet checked outside its edition
    alone = tmp / "alone"
    alone.mkdir()
    shutil.copy(MINI / "jury" / "scores" / "ana.yaml", alone / "ana.yaml")
    found += validate_paths([alone / "ana.yaml"])
    return found


def _meta_row(path: Path, key: str) -> int:
    book = openpyxl.load_workbook(path)
    for row, values in enumerate(book["_labelscore"].iter_rows(values_only=True), start=1):
        if values[0] == key:
            return row
    raise AssertionError(key)


def _card_problems(tmp: Path) -> list[Problem]:
    """Every problem collecting score cards can give."""
    mini = tmp / "cards" / "mini"
    shutil.copytree(MINI, mini)
    cards = _cards(mini, tmp / "cards" / "out")
    ana, bob = cards["ana"], cards["bob"]
    fill(
        ana,
        {
            "a-ajaccio": {"innovation": "sept", "usages": "7,5"},
            "b-bourg": {"innovation": 6, "usages": "=2+2"},
            "c-brest": {"innovation": True, "usages": datetime.datetime(2011, 3, 4)},
            "d-lyon": {"pedagogie": "#DIV/0!"},
        },
    )
    edit(ana, "Accès pour tous", "F2", "Innovation !")  # a heading changed
    edit(ana, "Accès pour tous", "A6", "z-zurich")  # not assigned to Ana
    edit(ana, "Accès pour tous", "F6", 3)
    edit(ana, "Accès pour tous", "A7", 12)  # a number for an id
    edit(ana, "Accès pour tous", "F7", False)
    edit(ana, "Accès pour tous", "F8", 3)  # marks and no id
    edit(ana, "Accès pour tous", "A9", "c-brest")  # twice
    edit(ana, "École numérique", "H3", "peut-être")  # conflict: oui or nothing
    edit(ana, "École numérique", "G3", "Très bien\u200b")  # an invisible character
    edit(ana, "Accès pour tous", "H3", "=1/0")  # a formula where a comment goes
    edit(ana, "Accès pour tous", "H4", "#DIV/0!")  # an error value there
    copies = []
    for name, key, column, value in (
        ("newer", "version", "B", "99"),
        ("changed", "format", "B", "autre"),
        ("other-year", "year", "B", "2012"),
        ("stranger", "juror", "B", "zoe"),
        ("out-of-date", "criterion", "E", "99.0"),  # a scale that meant something else
    ):
        copy = tmp / "cards" / f"{name}.xlsx"
        shutil.copy(bob, copy)
        edit(copy, "_labelscore", f"{column}{_meta_row(bob, key)}", value)
        copies.append(copy)
    second = tmp / "cards" / "bob-again.xlsx"
    shutil.copy(bob, second)
    renamed = tmp / "cards" / "renamed.xlsx"
    book = openpyxl.load_workbook(bob)
    book["École numérique"].title = "Ecole"
    book.save(renamed)
    plain = tmp / "cards" / "plain.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "notes"
    book.save(plain)
    found = collect(mini, [ana, bob, second, plain]).problems
    for copy in (renamed, *copies):
        found += collect(mini, [copy]).problems
    # columns edited, a row deleted, a conflict with marks, a comment alone
    cards = _cards(mini, tmp / "cards" / "again")
    edit(cards["bob"], "Accès pour tous", "G1", "usage")
    book = openpyxl.load_workbook(cards["bob"])
    book["École numérique"].delete_rows(3)
    book.save(cards["bob"])
    fill(
        cards["ana"],
        {"b-bourg": {"innovation": None}, "c-brest": {"innovation": False}},
        comments={"b-bourg": "À revoir"},
        conflicts={"a-ajaccio"},
    )
    found += collect(mini, [cards["ana"], cards["bob"]]).problems
    # a card that would change the sheet: marks, comments, conflicts
    sheet = mini / "jury" / "scores" / "ana.yaml"
    _replace(
        sheet,
        "marks: {innovation: 4, usages: 6}",
        "marks: {innovation: 4, usages: 6}\n    comment: Bon",
    )
    _replace(sheet, "marks: {pedagogie: 2}", "marks: {pedagogie: 2}\n    comment: Correct")
    sheet.write_text(sheet.read_text("utf-8") + "conflicts: [d-lyon]\n", "utf-8")
    cards = _cards(mini, tmp / "cards" / "third")
    fill(
        cards["ana"],
        {
            "a-ajaccio": {"innovation": 3, "usages": None},
            "b-bourg": {"innovation": None},
            "c-brest": {"innovation": None, "usages": None},
        },
        comments={"a-ajaccio": "Très bon", "d-lyon": ""},
        conflicts={"b-bourg"},
    )
    edit(cards["ana"], "École numérique", "H3", None)
    found += collect(mini, [cards["ana"]]).problems
    # a card made before its applications and one of its scales changed
    cards = _cards(mini, tmp / "cards" / "fourth")
    fill(cards["bob"], {"b-bourg": {"innovation": 3, "usages": 4}})
    assignments = mini / "jury" / "assignments.yaml"
    _replace(
        assignments,
        "  - juror: bob\n    categories:\n      acces:\n        - a-ajaccio\n        - b-bourg\n",
        "  - juror: bob\n    categories:\n      acces:\n        - a-ajaccio\n",
    )
    found += collect(mini, [cards["bob"]]).problems
    _replace(mini / "criteria" / "acces.yaml", "{min: 0, max: 10}", "{min: 0, max: 20}")
    found += collect(mini, [cards["ana"]]).problems
    # a third criterion: two of three marked on a fresh card
    three = blank_copy(MINI, tmp / "cards" / "three")
    criteria = three / "criteria" / "acces.yaml"
    criteria.write_text(
        criteria.read_text("utf-8")
        + "  - id: partage\n    title: Partage\n    weight: 1\n    scale: {min: 0, max: 5}\n",
        "utf-8",
    )
    ana = _cards(three, tmp / "cards" / "three-out")["ana"]
    fill(ana, {"a-ajaccio": {"innovation": 4, "usages": 6}})
    found += collect(three, [ana]).problems
    return found


@pytest.fixture(scope="module")
def in_french(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Problem], set[str]]:
    """Every problem of the scenarios above, made in French, and the checks' messages used."""
    was = i18n.language()
    recording = _Recording(i18n.catalog("checks"))
    i18n._catalogs["checks"] = recording
    i18n.use("fr")
    try:
        tmp = tmp_path_factory.mktemp("french")
        problems = _edition_problems(tmp) + _card_problems(tmp)
        # what a card's cell may hold besides a number, as reading.cards names it
        odd = [_odd_words(w) for w in ("a date and time", "a time", "a duration", "an infinity")]
        assert odd == ["une date et une heure", "une heure", "une durée", "l'infini"]
        empty = tmp / "no-assignment"
        shutil.copytree(MINI, empty)
        (empty / "jury" / "assignments.yaml").unlink()
        for call in (lambda: progress(empty), lambda: collect(empty, [])):
            with pytest.raises(NoAssignmentError) as raised:
                call()
            problems.append(Problem("", 1, 1, "", str(raised.value), rule="card-unreadable"))
    finally:
        i18n._catalogs["checks"] = recording.messages
        i18n.use(was)
    return problems, recording.used


def _checks(problems: list[Problem]) -> list[Problem]:
    """The problems the checks gave (LS217 is also the rules model's, reading's part)."""
    return [
        p
        for p in problems
        if (p.code in CHECK_CODES and p.code != "LS217")
        or (p.code == "LS217" and p.field == "awards.per_category.min")
        or p.code == "LS401"
    ]


def _prose(message: str) -> str:
    """The message without the values it quotes, the data it names, and the did-you-mean
    that problems.did_you_mean adds (reading's catalog says it)."""
    dym = re.escape(did_you_mean("QQQ", ["QQQ"])).replace("QQQ", ".*?")
    unquoted = _QUOTED.sub("«»", re.sub(dym, "", message))
    return _DATA.sub("", unquoted)


def test_every_message_of_the_checks_is_produced(in_french: tuple[list[Problem], set[str]]) -> None:
    _, used = in_french
    left = sorted(set(i18n.catalog("checks")) - used)
    assert not left, left


def test_every_code_of_the_checks_is_produced(in_french: tuple[list[Problem], set[str]]) -> None:
    problems, _ = in_french
    assert CHECK_CODES - {p.code for p in problems} == set()


def test_no_english_is_left(in_french: tuple[list[Problem], set[str]]) -> None:
    problems, _ = in_french
    left = {
        p.message: found for p in _checks(problems) if (found := ENGLISH.findall(_prose(p.message)))
    }
    assert left == {}


def test_french_punctuation_spaces(in_french: tuple[list[Problem], set[str]]) -> None:
    problems, _ = in_french
    for problem in _checks(problems):
        prose = _prose(problem.message)
        assert not re.search(f"[^{NNBSP}][;!?]", prose), problem.message
        assert not re.search(f"[^{NBSP}]:(\\s|$)", prose), problem.message
        assert " »" not in problem.message, problem.message
        assert "« " not in problem.message, problem.message


def test_values_are_shown_as_written(in_french: tuple[list[Problem], set[str]]) -> None:
    """A value is quoted as it is, its own spaces and punctuation untouched."""
    messages = [p.message for p in _checks(in_french[0])]
    for value in (
        "Ville de Brest ?",  # a declared conflict, with its space before ?
        "sept",
        "7,5",
        "Innovation !",
        "c-brets",
        "a-ajacio",
        "01053000",
        "Mini edition 2012",
        "Très bon",
        "z-zurich",
    ):
        assert any(f"«{NNBSP}{value}{NNBSP}»" in m for m in messages), value
    assert any("la note 7 est hors de l'échelle" in m for m in messages)  # as written in YAML
    assert any(m.startswith("6 est hors de l'échelle de") for m in messages)


def test_what_declared_a_conflict_is_said_in_french(
    in_french: tuple[list[Problem], set[str]],
) -> None:
    messages = [p.message for p in in_french[0] if p.code in ("LS312", "LS322")]
    assert any(
        f"conflit d'intérêts déclaré{NBSP}: le juré a déclaré «{NNBSP}c-brest{NNBSP}» dans la "
        "liste des jurés" in m
        for m in messages
    ), messages


@pytest.fixture
def french() -> Iterator[None]:
    was = i18n.language()
    i18n.use("fr")
    yield
    i18n.use(was)


def _problem(severity: Severity, field: str = "scores.0.marks") -> Problem:
    return Problem("jury/scores/ana.yaml", 4, 12, field, "message", severity, rule="missing-mark")


def test_a_problem_line_in_french(french: None) -> None:
    assert str(_problem(Severity.WARNING)) == (
        f"jury/scores/ana.yaml:4:12: scores.0.marks{NBSP}: avertissement{NBSP}: message [LS311]"
    )
    assert str(_problem(Severity.ERROR, "")) == "jury/scores/ana.yaml:4:12: message [LS311]"


@pytest.mark.parametrize(
    ("errors", "warnings", "files", "expected"),
    [
        (0, 0, 1, "Aucun problème trouvé dans 1 fichier."),
        (0, 0, 10, "Aucun problème trouvé dans 10 fichiers."),
        (0, 0, None, "Aucun problème trouvé."),
        (2, 1, 10, "2 erreurs, 1 avertissement dans 10 fichiers."),
        (1, 0, 1, "1 erreur, 0 avertissement dans 1 fichier."),
        (0, 3, None, "0 erreur, 3 avertissements."),
    ],
)
def test_the_summary_in_french(
    french: None, errors: int, warnings: int, files: int | None, expected: str
) -> None:
    problems = [_problem(Severity.ERROR)] * errors + [_problem(Severity.WARNING)] * warnings
    assert summary_line(problems, files) == expected


def test_the_summary_in_english_is_unchanged() -> None:
    problems = [_problem(Severity.ERROR)] * 2 + [_problem(Severity.WARNING)]
    assert summary_line(problems, 10) == "2 errors, 1 warning in 10 files."
    assert summary_line([], 1) == "No problems found in 1 file."
    assert str(_problem(Severity.WARNING)).endswith("scores.0.marks: warning: message [LS311]")


def test_the_golden_cases_include_french_ones() -> None:
    cases = yaml.safe_load((Path(__file__).parent / "golden" / "cases.yaml").read_text("utf-8"))
    french = [c["args"] for c in cases.values() if c.get("env", {}).get("LABELSCORE_LANG") == "fr"]
    assert ["validate", "tests/fixtures/editions/crossed"] in french
    assert any("--json" in args for args in french)
