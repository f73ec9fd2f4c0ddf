"""The bundled 2010 edition: it validates, preselects 40 and labels exactly 25."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from labelscore.api import edition_problems, rank
from labelscore.engine.jury import jury_report
from labelscore.problems import Severity
from tests.conftest import ROOT


def test_bundled_edition_has_no_error() -> None:
    edition, problems = edition_problems(ROOT)
    assert edition is not None
    assert [p for p in problems if p.severity is Severity.ERROR] == []
    assert len(edition.applications) == 100
    assert len(edition.categories) == 6
    assert len(edition.jurors) == 12


def test_bundled_edition_labels_25_as_in_2010() -> None:
    _, result, _ = rank(ROOT)
    assert result.labels_awarded == 25
    assert result.pending_labels == 0
    assert result.preselected == 40
    labelled = Counter(e.application.category for e in result.entries if e.labelled)
    assert all(2 <= count <= 6 for count in labelled.values())
    assert len(labelled) == 6
    brest = next(e for e in result.entries if e.id == "brest-appropriation-sociale")
    assert brest.labelled
    assert brest.rank == 1


def test_sample_applications_carry_the_schema_modeline() -> None:
    first_lines = {
        path.read_text("utf-8").splitlines()[0] for path in (ROOT / "applications").glob("*.yaml")
    }
    assert first_lines == {"# yaml-language-server: $schema=../schema/application.schema.json"}


def test_generator_writes_exactly_the_committed_files(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_sample_edition.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.yaml"))
    assert written
    for relative in written:
        assert (tmp_path / relative).read_bytes() == (ROOT / relative).read_bytes(), relative


def test_bundled_edition_exercises_every_fairness_rule() -> None:
    edition, result, _ = rank(ROOT)
    assert {c.kind for c in result.conflicts} == {"declared", "automatic"}
    short = [e.id for e in result.entries if e.score is None]
    assert short == ["albi-cite-episcopale-augmentee"]
    flags = {r.juror: r.flag for r in jury_report(edition, result) if r.flag}
    assert flags == {"claire-dubreuil": "harsh", "helene-rigaud": "lenient"}
    assert any(e.discuss for e in result.entries)
    assert any(e.label_differs for e in result.entries)


def test_categories_come_in_the_published_2010_order() -> None:
    _, result, _ = rank(ROOT)
    assert [c.category.title for c in result.categories] == [
        "Internet social et accès pour tous",
        "École numérique",
        "Nouveaux médias et développement économique",
        "e-Tourisme",
        "Ville intelligente et développement durable",
        "Performance et outils collaboratifs",
    ]


def test_shipped_assignment_is_what_assign_gives() -> None:
    from labelscore.api import assign
    from labelscore.models.assignment import ASSIGNMENTS_FILE, assignments_yaml

    assigned = assign(ROOT)
    rules = assigned.edition.rules
    text = assignments_yaml(assigned.assignment, rules.name, rules.year)
    assert (ROOT / ASSIGNMENTS_FILE).read_text("utf-8") == text
    assert [s.application for s in assigned.assignment.blocking] == [
        "albi-cite-episcopale-augmentee"
    ]


# Words that French prose cannot do without; an English or empty summary has few of them.
FRENCH_WORDS = {"le", "la", "les", "des", "du", "de", "et", "à", "en", "pour", "un", "une"}


def test_sample_applications_read_like_real_ones() -> None:
    """What applicants copy: a French summary of 60-150 words, partners, and at least two
    indicators with a unit and a year (README, "The repository root")."""
    edition, _ = edition_problems(ROOT)
    assert edition is not None
    for application in edition.applications:
        words = application.summary.split()
        assert 60 <= len(words) <= 150, (application.id, len(words))
        french = {word.strip(".,;:!?()«»").casefold() for word in words} & FRENCH_WORDS
        assert len(french) >= 6, (application.id, french)
        assert " ;" not in application.summary, application.id
        assert application.partners, application.id
        measured = [i for i in application.indicators if i.unit and i.year]
        assert len(measured) >= 2, application.id
