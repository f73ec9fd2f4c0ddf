"""Ties at the label line, in one category and across categories: computed by hand."""

from __future__ import annotations

import io
import itertools
import shutil
from pathlib import Path

from hypothesis import given, settings

from labelscore.api import rank as api_rank
from labelscore.checks.paths import validate_paths
from labelscore.engine.ranking import rank_edition
from labelscore.engine.result import Entry, Outcome, Result
from labelscore.models.edition import Edition
from labelscore.problems import Severity
from labelscore.render.explain import print_explain
from labelscore.render.json_result import to_json
from labelscore.render.rank_tables import print_rank
from labelscore.render.text import console
from tests.conftest import FIXTURES
from tests.factories import application, category, edition, rules
from tests.test_properties import editions

X = category("x", [("note", 1, 10)])
Y = category("y", [("note", 1, 10)])


def _edition(
    labels: int,
    *,
    maximum: int | None = None,
    tie_break: tuple[str, ...] = (),
    jury_order: tuple[str, ...] = (),
) -> Edition:
    """'top' (x, 9/10) above 'a' (x, in progress) and 'b' (y, realised), both 6/10."""
    apps = [
        application("top", "x"),
        application("a", "x", status="in progress"),
        application("b", "y"),
    ]
    marks = {"ana": {"top": {"note": 9}, "a": {"note": 6}, "b": {"note": 6}}}
    the_rules = rules(labels, maximum=maximum, tie_break=tie_break, jury_order=jury_order)
    return edition(the_rules, [X, Y], apps, marks)


def _rank(labels: int, **options: object) -> Result:
    return rank_edition(_edition(labels, **options))  # type: ignore[arg-type]


def _entries(result: Result) -> dict[str, Entry]:
    return {e.id: e for e in result.entries}


def _text(result: Result) -> str:
    buffer = io.StringIO()
    print_rank(console(buffer, width=120), result)
    return buffer.getvalue()


def test_an_entry_of_a_full_category_does_not_hold_a_label_back() -> None:
    result = _rank(2, maximum=1)
    entries = _entries(result)
    assert entries["b"].labelled
    assert not entries["a"].labelled
    assert result.pending_labels == 0
    (tie,) = [t for t in result.ties if t.at_label_line]
    assert tie.categories == ("x", "y")
    assert set(tie.applications) == {"a", "b"}
    assert tie.decided_by == ("quota",)
    assert entries["a"].label_tie == "quota"
    assert entries["a"].outcome is Outcome.CATEGORY_FULL


def test_a_vote_for_the_blocked_entry_changes_nothing() -> None:
    result = _rank(2, maximum=1, jury_order=("a",))
    assert [e.id for e in result.entries if e.labelled] == ["top", "b"]
    assert result.pending_labels == 0


def test_a_rule_settles_a_tie_across_categories_and_says_so() -> None:
    the_edition = _edition(2, tie_break=("realised",))
    result = rank_edition(the_edition)
    entries = _entries(result)
    assert entries["b"].labelled
    assert not entries["a"].labelled
    (tie,) = result.ties
    assert tie.at_label_line
    assert tie.applications == ("b", "a")
    assert tie.decided_by == ("realised",)
    assert entries["a"].label_tie == "realised"
    assert entries["a"].outcome is Outcome.TIE_LOST
    assert '"tie_settled_by": "realised"' in to_json(result)
    buffer = io.StringIO()
    print_explain(console(buffer, width=120), entries["a"], result)
    assert "tied with b, decided by the realised rule" in buffer.getvalue()
    assert "went to higher scores" not in buffer.getvalue()


def test_a_tie_across_categories_no_rule_settles_is_pending_and_counted() -> None:
    result = _rank(2)
    assert result.pending_labels == 1
    assert {e.id for e in result.entries if e.pending} == {"a", "b"}
    (tie,) = result.ties
    assert tie.decided_by == ("jury vote pending",)
    text = _text(result)
    assert "Ties at the label line: 1" in text
    assert "jury vote pending" in text


def test_the_jury_vote_settles_a_tie_across_categories() -> None:
    result = _rank(2, jury_order=("a",))
    assert [e.id for e in result.entries if e.labelled] == ["top", "a"]
    (tie,) = result.ties
    assert tie.decided_by == ("jury vote",)
    assert _entries(result)["b"].label_tie == "jury vote"


@settings(max_examples=150, deadline=None)
@given(editions())
def test_every_label_decided_at_an_equal_score_is_a_listed_tie(the_edition: Edition) -> None:
    result = rank_edition(the_edition)
    minimum = the_edition.rules.awards.minimum_score
    candidates = [
        e
        for e in result.entries
        if e.preselected and e.score is not None and round(e.score, 4) >= minimum
    ]
    listed = [t for t in result.ties if t.at_label_line]
    for first, second in itertools.combinations(candidates, 2):
        assert first.score is not None
        assert second.score is not None
        same = round(first.score, 4) == round(second.score, 4)
        if same and (first.labelled != second.labelled or first.pending or second.pending):
            assert first.label_tie is not None
            assert second.label_tie is not None
            assert any({first.id, second.id} <= set(t.applications) for t in listed)
    if result.pending_labels:
        assert any(not t.settled for t in listed)
    for entry in result.entries:
        assert entry.labelled == (entry.outcome is Outcome.LABELLED)
        assert entry.pending == (entry.outcome is Outcome.TIE_PENDING)
        assert (entry.score is None) == (entry.outcome is Outcome.NEEDS_MORE_SCORES)
        if entry.outcome is Outcome.TIE_LOST:
            assert entry.label_tie not in (None, "quota", "jury vote pending")
    text = _text(result)
    assert "settled by unsettled" not in text
    assert f"Ties at the label line: {len(listed)}" in text


def test_a_vote_that_orders_no_tie_is_reported_where_it_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", folder)
    rules_file = folder / "labelscore.yaml"
    rules_file.write_text(rules_file.read_text("utf-8") + "  jury_order: [a-ajaccio]\n", "utf-8")
    (problem,) = [p for p in validate_paths([folder]) if p.field.startswith("awards")]
    assert (problem.file, problem.line, problem.column) == (rules_file.as_posix(), 19, 16)
    assert problem.field == "awards.jury_order.0"
    assert problem.severity is Severity.WARNING
    assert "'a-ajaccio' is not tied with any other application" in problem.message
    _, _, warnings = api_rank(folder)
    assert problem in warnings
