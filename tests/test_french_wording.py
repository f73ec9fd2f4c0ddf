"""French wording that depends on a number: one rank or several, one juror or several."""

from __future__ import annotations

from labelscore import i18n
from labelscore.api import assign, rank
from labelscore.render.assignment import summary_line
from labelscore.render.explain import _certainty_lines
from tests.conftest import ROOT


def test_an_interval_of_one_rank_reads_as_that_rank() -> None:
    result = rank(ROOT).result
    assert result.uncertainty is not None
    one = [
        e
        for e in result.entries
        if (f := result.uncertainty.of(e.id)) is not None and f.rank_low == f.rank_high
    ]
    several = [
        e
        for e in result.entries
        if (f := result.uncertainty.of(e.id)) is not None and f.rank_low < f.rank_high
    ]
    assert one
    assert several
    entry = one[0]
    figure = result.uncertainty.of(entry.id)
    assert figure is not None
    with i18n.speaking("fr"):
        french = _certainty_lines(entry, result)[0]
        wide = _certainty_lines(several[0], result)[0]
    assert f"au rang {figure.rank_low} dans 90\u202f% des cas" in french
    assert "entre" not in french
    assert "entre " in wide
    with i18n.speaking("en"):
        english = _certainty_lines(entry, result)[0]
    assert f"90% rank interval {figure.rank_low}-{figure.rank_low}" in english


def test_one_juror_asked_per_application_is_singular() -> None:
    assigned = assign(ROOT, per_application=1)
    with i18n.speaking("fr"):
        one = summary_line(assigned.assignment)
    assert "1 juré demandé par candidature" in one
    assigned = assign(ROOT, per_application=4)
    with i18n.speaking("fr"):
        four = summary_line(assigned.assignment)
    assert "4 jurés demandés par candidature" in four
    with i18n.speaking("en"):
        english = summary_line(assigned.assignment)
    assert "4 per application asked" in english


def test_export_counts_expected_marks_as_rank_does() -> None:
    with i18n.speaking("fr"):
        assert i18n.plural(1, "cli.export.missing_marks").startswith(
            "1 note attendue manque encore"
        )
        assert i18n.plural(6, "cli.export.missing_marks").startswith(
            "6 notes attendues manquent encore"
        )
    with i18n.speaking("en"):
        assert i18n.plural(6, "cli.export.missing_marks").startswith(
            "6 expected marks still missing"
        )


def test_after_problems_the_french_hint_agrees_with_any_count() -> None:
    with i18n.speaking("fr"):
        hint = i18n.t("cli.problems_found", summary="1 erreur, 0 avertissement.", command="x")
    assert "Après correction, lancez" in hint
    assert "corrigés" not in hint
