"""Drawing lots (awards.draw_lots): a tie for a label that the tie-break rules and the
jury's vote leave is settled by a seeded draw, recorded with the result; only when the
edition's rules say so."""

from __future__ import annotations

import hashlib
import io
import json

from labelscore import i18n
from labelscore.engine.digest import canonical, edition_digest
from labelscore.engine.lots import lot
from labelscore.engine.ranking import rank_edition
from labelscore.engine.result import LOTS, VOTE_PENDING, Entry, Outcome, Result
from labelscore.engine.uncertainty import estimate
from labelscore.models.application import Status
from labelscore.models.edition import Edition
from labelscore.models.rules import TieBreak, Uncertainty
from labelscore.render.json_result import to_json
from labelscore.render.rank_tables import print_rank
from labelscore.render.report import rules_in_words
from labelscore.render.text import console
from tests.factories import application, category, edition, rules

X = category("x", [("note", 1, 10)])
Y = category("y", [("note", 1, 10)])


def _edition(
    *,
    draw_lots: bool,
    seed: int | None = None,
    jury_order: tuple[str, ...] = (),
    tie_break: tuple[str, ...] = (),
    reverse: bool = False,
) -> Edition:
    """'top' (x, 9/10) above 'a' (x) and 'b' (y), both 6/10 and both realised: two labels,
    so 'a' and 'b' tie for the second on every rule."""
    apps = [application("top", "x"), application("a", "x"), application("b", "y")]
    if reverse:
        apps.reverse()
    marks = {"ana": {"top": {"note": 9}, "a": {"note": 6}, "b": {"note": 6}}}
    base = rules(2, tie_break=tie_break, jury_order=jury_order)
    update: dict[str, object] = {"awards": base.awards.model_copy(update={"draw_lots": draw_lots})}
    if seed is not None:
        update["uncertainty"] = Uncertainty.model_validate({"seed": seed})
    return edition(base.model_copy(update=update), [X, Y], apps, marks)


def _entries(result: Result) -> dict[str, Entry]:
    return {e.id: e for e in result.entries}


def _expected_winner(seed: int) -> str:
    """The lower lot wins: the first 16 hexadecimal digits of SHA-256("<seed>:lots:<id>"),
    as anyone can check with sha256sum."""
    digests = {
        ident: hashlib.sha256(f"{seed}:lots:{ident}".encode()).hexdigest()[:16]
        for ident in ("a", "b")
    }
    return min(digests, key=digests.__getitem__)


def test_without_draw_lots_the_tie_waits_for_the_jury() -> None:
    result = rank_edition(_edition(draw_lots=False))
    entries = _entries(result)
    assert entries["a"].outcome is Outcome.TIE_PENDING
    assert entries["b"].outcome is Outcome.TIE_PENDING
    assert result.pending_labels == 1
    assert result.drawn_lots is None


def test_drawing_lots_settles_the_tie_by_the_documented_lot() -> None:
    result = rank_edition(_edition(draw_lots=True))
    entries = _entries(result)
    winner = _expected_winner(2010)
    loser = "b" if winner == "a" else "a"
    assert entries[winner].labelled
    assert entries[loser].outcome is Outcome.TIE_LOST
    assert entries[loser].label_tie == LOTS
    assert result.pending_labels == 0
    (tie,) = [t for t in result.ties if t.at_label_line]
    assert tie.decided_by == (LOTS,)
    assert VOTE_PENDING not in tie.decided_by
    assert result.drawn_lots is not None
    assert result.drawn_lots.seed == 2010
    recorded = dict(result.drawn_lots.lots)
    assert set(recorded) == {"a", "b"}
    for ident, drawn in recorded.items():
        assert drawn == hashlib.sha256(f"2010:lots:{ident}".encode()).hexdigest()[:16]
        assert lot(2010, ident) == int(drawn, 16)


def test_the_seed_decides_and_neither_id_is_favoured() -> None:
    winners = set()
    for seed in range(12):
        entries = _entries(rank_edition(_edition(draw_lots=True, seed=seed)))
        winner = _expected_winner(seed)
        assert entries[winner].labelled
        winners.add(winner)
    assert winners == {"a", "b"}


def test_file_order_changes_nothing() -> None:
    first = rank_edition(_edition(draw_lots=True, seed=7))
    second = rank_edition(_edition(draw_lots=True, seed=7, reverse=True))
    assert {e.id for e in first.entries if e.labelled} == {
        e.id for e in second.entries if e.labelled
    }
    assert first.drawn_lots == second.drawn_lots


def test_the_jury_vote_comes_before_the_lots() -> None:
    loser_by_lot = "b" if _expected_winner(2010) == "a" else "a"
    result = rank_edition(_edition(draw_lots=True, jury_order=(loser_by_lot,)))
    assert _entries(result)[loser_by_lot].labelled
    (tie,) = [t for t in result.ties if t.at_label_line]
    assert tie.decided_by == ("jury vote",)
    assert result.drawn_lots is not None
    assert result.drawn_lots.lots == ()


def test_a_tie_break_rule_comes_before_the_lots() -> None:
    the_edition = _edition(draw_lots=True)
    apps = [
        a if a.id != "b" else a.model_copy(update={"status": Status.IN_PROGRESS})
        for a in the_edition.applications
    ]
    changed = Edition.of(
        the_edition.rules.model_copy(
            update={
                "awards": the_edition.rules.awards.model_copy(
                    update={"tie_break": [TieBreak.REALISED]}
                )
            }
        ),
        the_edition.categories,
        apps,
        the_edition.jurors,
        the_edition.sheets,
        conflicts=(),
    )
    result = rank_edition(changed)
    assert _entries(result)["a"].labelled
    (tie,) = [t for t in result.ties if t.at_label_line]
    assert tie.decided_by == ("realised",)


def test_json_records_the_seed_and_the_lots() -> None:
    data = json.loads(to_json(rank_edition(_edition(draw_lots=True))))
    assert data["drawn_lots"]["seed"] == 2010
    assert {item["application"] for item in data["drawn_lots"]["lots"]} == {"a", "b"}


def test_the_simulation_draws_lots_as_the_rules_do() -> None:
    the_edition = _edition(draw_lots=True)
    result = rank_edition(the_edition)
    figures = estimate(the_edition, result, draws=50, weight_samples=4)
    winner = _expected_winner(2010)
    # One judge, no spread: every draw gives the rules' own outcome, lots included.
    by_id = {f.application: f.p_label for f in figures.figures}
    assert by_id[winner] == 1.0
    assert by_id["b" if winner == "a" else "a"] == 0.0


def _rank_text(result: Result, language: str) -> str:
    buffer = io.StringIO()
    with i18n.speaking(language):  # type: ignore[arg-type]
        print_rank(console(buffer, width=120), result)
    return buffer.getvalue()


def test_rank_says_the_lots_decided_and_lists_them_in_both_languages() -> None:
    result = rank_edition(_edition(draw_lots=True))
    assert result.drawn_lots is not None
    listed = ", ".join(f"{ident} {value}" for ident, value in result.drawn_lots.lots)
    english = _rank_text(result, "en")
    assert "decided by drawing lots" in english
    assert f"Drawing of lots, seed 2010 (the lowest lot goes first): {listed}" in english
    french = _rank_text(result, "fr")
    assert "tranchée par tirage au sort" in french
    assert f"Tirage au sort, graine 2010 (le plus petit lot passe devant)\u00a0: {listed}" in (
        french
    )


def test_the_report_states_the_rule_in_its_rules() -> None:
    the_edition = _edition(draw_lots=True)
    words = rules_in_words(the_edition.rules, rank_edition(the_edition))
    assert any("tirage au sort, graine 2010" in item for _, items in words for item in items)
    without = _edition(draw_lots=False)
    words = rules_in_words(without.rules, rank_edition(without))
    assert not any("tirage au sort" in item for _, items in words for item in items)


def test_the_setting_counts_in_the_digest_only_when_true() -> None:
    off = edition_digest(_edition(draw_lots=False))
    on = edition_digest(_edition(draw_lots=True))
    assert on != off
    plain = _edition(draw_lots=False)
    data = canonical(plain)
    assert "draw_lots" not in data["rules"]["awards"]  # type: ignore[index]
