"""The engine on examples computed by hand."""

from __future__ import annotations

import pytest

from labelscore.engine.ranking import rank_edition
from labelscore.engine.result import Entry, Result
from labelscore.engine.scoring import juror_score
from labelscore.models.criteria import Scale
from labelscore.models.rules import Rules
from tests.factories import application, category, edition, rules

ACCESS = category("acces", [("innovation", 2, 5), ("usages", 1, 10)])


def by_id(result: Result) -> dict[str, Entry]:
    return {entry.id: entry for entry in result.entries}


def test_juror_score_rescales_each_mark_and_weights_it() -> None:
    # innovation 4/5 -> 80 (weight 2), usages 6/10 -> 60 (weight 1): (160 + 60) / 3
    score = juror_score("ana", ACCESS, {"innovation": 4, "usages": 6})
    assert score is not None
    assert score.raw == pytest.approx(73.3333, abs=1e-4)
    assert score.missing == ()


def test_missing_mark_renormalises_weights_and_is_reported() -> None:
    score = juror_score("ana", ACCESS, {"innovation": 5})
    assert score is not None
    assert score.raw == pytest.approx(100.0)
    assert score.missing == ("usages",)


def test_scale_not_starting_at_zero() -> None:
    scale = Scale(min=1, max=4)
    assert scale.rescale(1) == 0.0
    assert scale.rescale(2) == pytest.approx(33.3333, abs=1e-4)
    assert scale.rescale(4) == 100.0
    assert not scale.contains(0.5)


def test_hand_computed_edition() -> None:
    apps = [
        application("a", "acces"),
        application("b", "acces"),
        application("c", "acces", status="in progress"),
    ]
    marks = {
        "ana": {
            "a": {"innovation": 4, "usages": 6},  # 73.3333
            "b": {"innovation": 5},  # 100 (usages missing)
            "c": {"innovation": 1, "usages": 4},  # (40 + 40) / 3 = 26.6667
        },
        "bob": {
            "a": {"innovation": 2, "usages": 8},  # (80 + 80) / 3 = 53.3333
            "b": {"innovation": 3, "usages": 4},  # (120 + 40) / 3 = 53.3333
            "c": {"innovation": 2, "usages": 2},  # (80 + 20) / 3 = 33.3333
        },
    }
    result = rank_edition(edition(rules(1), [ACCESS], apps, marks))
    entries = by_id(result)
    assert [e.id for e in result.categories[0].entries] == ["b", "a", "c"]
    assert entries["a"].score == pytest.approx(63.3333, abs=1e-4)
    assert entries["b"].score == pytest.approx(76.6667, abs=1e-4)
    assert entries["c"].score == pytest.approx(30.0, abs=1e-4)
    assert [e.rank for e in result.categories[0].entries] == [1, 2, 3]
    assert [e.id for e in result.entries if e.labelled] == ["b"]


def test_competition_ranks_share_a_place_and_skip_the_next() -> None:
    apps = [application(x, "acces") for x in "abcd"]
    marks = {
        "ana": {
            "a": {"innovation": 5, "usages": 10},
            "b": {"innovation": 4, "usages": 8},
            "c": {"innovation": 4, "usages": 8},
            "d": {"innovation": 1, "usages": 1},
        }
    }
    result = rank_edition(edition(rules(0), [ACCESS], apps, marks))
    assert [e.rank for e in result.categories[0].entries] == [1, 2, 2, 4]


def test_float_noise_does_not_hide_a_tie() -> None:
    # 0.1 + 0.2 style noise: the same score reached two ways must tie.
    cat = category("c", [("x", 0.1, 3), ("y", 0.2, 3)])
    apps = [application("a", "c"), application("b", "c")]
    marks = {"ana": {"a": {"x": 1, "y": 1}}, "bob": {"b": {"x": 1, "y": 1}}}
    result = rank_edition(edition(rules(0), [cat], apps, marks))
    assert [e.rank for e in result.entries] == [1, 1]


def _equal_pair(tie_break: tuple[str, ...] = (), jury_order: tuple[str, ...] = ()) -> Result:
    apps = [
        application("early", "acces", status="in progress"),
        application("late", "acces", status="realised"),
    ]
    same = {"innovation": 3, "usages": 5}
    marks = {"ana": {"early": same, "late": same}}
    the_rules = rules(1, tie_break=tie_break, jury_order=jury_order)
    return rank_edition(edition(the_rules, [ACCESS], apps, marks))


def test_realised_first_settles_a_tie_at_the_line() -> None:
    result = _equal_pair(tie_break=("realised",))
    assert [e.id for e in result.entries if e.labelled] == ["late"]
    (tie,) = result.ties
    assert tie.at_label_line
    assert tie.settled_by == ("realised",)


def test_unsettled_tie_is_left_to_the_jury_not_to_file_order() -> None:
    result = _equal_pair()
    assert result.labels_awarded == 0
    assert result.pending_labels == 1
    assert {e.id for e in result.entries if e.pending} == {"early", "late"}
    (tie,) = result.ties
    assert not tie.settled
    assert tie.at_label_line


def test_jury_vote_settles_what_the_rules_cannot() -> None:
    result = _equal_pair(jury_order=("early",))
    assert [e.id for e in result.entries if e.labelled] == ["early"]
    assert result.ties[0].settled_by == ("jury vote",)


def _strong_access_weak_school(the_rules: Rules) -> list[str]:
    """Three strong 'acces' entries and one weak 'ecole' entry: who is labelled."""
    school = category("ecole", [("pedagogie", 1, 4)])
    apps = [application(f"a{i}", "acces") for i in range(3)] + [application("e1", "ecole")]
    marks = {
        "ana": {
            "a0": {"innovation": 5, "usages": 10},
            "a1": {"innovation": 5, "usages": 9},
            "a2": {"innovation": 5, "usages": 8},
            "e1": {"pedagogie": 1},  # 25: far below every acces entry
        }
    }
    result = rank_edition(edition(the_rules, [ACCESS, school], apps, marks))
    return sorted(e.id for e in result.entries if e.labelled)


def test_minimum_per_category_is_reserved_for_weaker_categories() -> None:
    assert _strong_access_weak_school(rules(2, minimum=1)) == ["a0", "e1"]


def test_maximum_per_category_passes_places_to_other_categories() -> None:
    assert _strong_access_weak_school(rules(3, maximum=2)) == ["a0", "a1", "e1"]


def test_without_quotas_the_best_scores_win() -> None:
    assert _strong_access_weak_school(rules(2)) == ["a0", "a1"]


def test_minimum_score_and_preselection_gate_labels() -> None:
    apps = [
        application("planned", "acces", status="planned"),
        application("weak", "acces"),
        application("good", "acces"),
    ]
    marks = {
        "ana": {
            "planned": {"innovation": 5, "usages": 10},  # 100 but not preselected
            "weak": {"innovation": 1, "usages": 1},  # 16.67: below the minimum score
            "good": {"innovation": 4, "usages": 5},  # 70
        }
    }
    preselection = [{"id": "realise", "question": "Réalisé ?", "status": ["realised"]}]
    the_rules = rules(3, minimum_score=50, preselection=preselection)
    result = rank_edition(edition(the_rules, [ACCESS], apps, marks))
    entries = by_id(result)
    assert [e.id for e in result.entries if e.labelled] == ["good"]
    assert not entries["planned"].preselected
    assert entries["planned"].rank == 1


def test_too_few_jurors_means_not_ranked_and_never_labelled() -> None:
    apps = [application("a", "acces"), application("b", "acces")]
    marks = {
        "ana": {"a": {"innovation": 5, "usages": 10}, "b": {"innovation": 1, "usages": 1}},
        "bob": {"b": {"innovation": 1, "usages": 1}},
    }
    result = rank_edition(edition(rules(2, minimum_jurors=2), [ACCESS], apps, marks))
    entries = by_id(result)
    assert entries["a"].score is None
    assert entries["a"].rank is None
    assert not entries["a"].labelled
    assert [e.id for e in result.entries if e.labelled] == ["b"]
