"""Invariants of the ranking, on editions hypothesis makes up."""

from __future__ import annotations

import itertools
import random
import statistics
from collections import Counter
from typing import TypeVar

from hypothesis import given, settings
from hypothesis import strategies as st

from labelscore.engine.normalize import zscore
from labelscore.engine.ranking import rank_edition
from labelscore.engine.result import Result
from labelscore.models.choices import Aggregate, Normalize
from labelscore.models.edition import Edition
from labelscore.models.jury import Juror, ScoreSheet
from tests.factories import application, category, edition, rules

T = TypeVar("T")

CATEGORIES = [category("acces", [("a", 2, 5), ("b", 1, 10)]), category("ecole", [("c", 1, 4)])]
SCALES = {"acces": {"a": 5, "b": 10}, "ecole": {"c": 4}}


@st.composite
def editions(draw: st.DrawFn) -> Edition:
    count = draw(st.integers(min_value=1, max_value=12))
    apps = []
    for index in range(count):
        cat = draw(st.sampled_from(["acces", "ecole"]))
        status = draw(st.sampled_from(["planned", "in progress", "realised"]))
        apps.append(application(f"app-{index:02d}", cat, status=status))
    jurors = draw(st.integers(min_value=1, max_value=4))
    marks: dict[str, dict[str, dict[str, float]]] = {}
    for juror in range(jurors):
        sheet: dict[str, dict[str, float]] = {}
        for app in apps:
            if draw(st.booleans()):
                sheet[app.id] = {
                    criterion: draw(st.integers(min_value=0, max_value=top))
                    for criterion, top in SCALES[app.category].items()
                }
        marks[f"juror-{juror}"] = sheet
    the_rules = rules(
        draw(st.integers(min_value=0, max_value=8)),
        minimum=draw(st.integers(min_value=0, max_value=2)),
        maximum=draw(st.one_of(st.none(), st.integers(min_value=2, max_value=5))),
        minimum_score=draw(st.sampled_from([0, 30, 60])),
        tie_break=draw(st.sampled_from([(), ("realised",), ("realised", "median", "jurors")])),
    )
    return edition(the_rules, CATEGORIES, apps, marks)


def outcome(result: Result) -> dict[str, tuple[float | None, int | None, bool, bool]]:
    return {e.id: (e.score, e.rank, e.labelled, e.pending) for e in result.entries}


@settings(max_examples=150, deadline=None)
@given(editions(), st.randoms(use_true_random=False))
def test_order_of_inputs_changes_nothing(the_edition: Edition, shuffle: random.Random) -> None:
    def shuffled(items: tuple[T, ...]) -> tuple[T, ...]:
        copy = list(items)
        shuffle.shuffle(copy)
        return tuple(copy)

    other = Edition.of(
        rules=the_edition.rules,
        categories=shuffled(the_edition.categories),
        applications=shuffled(the_edition.applications),
        jurors=shuffled(the_edition.jurors),
        sheets=tuple(
            sheet.model_copy(update={"scores": list(shuffled(tuple(sheet.scores)))})
            for sheet in shuffled(the_edition.sheets)
        ),
    )
    assert outcome(rank_edition(other)) == outcome(rank_edition(the_edition))
    for how in Aggregate:
        normalised = rank_edition(other, aggregate=how, normalize=Normalize.ZSCORE)
        reference = rank_edition(the_edition, aggregate=how, normalize=Normalize.ZSCORE)
        assert outcome(normalised) == outcome(reference)
        assert normalised.digest == reference.digest


@settings(max_examples=200, deadline=None)
@given(editions())
def test_quotas_are_always_respected(the_edition: Edition) -> None:
    result = rank_edition(the_edition)
    awards = the_edition.rules.awards
    assert result.labels_awarded + result.pending_labels <= awards.labels
    per_category = Counter(e.application.category for e in result.entries if e.labelled)
    if awards.per_category.max is not None:
        assert all(count <= awards.per_category.max for count in per_category.values())
    for entry in result.entries:
        assert not (entry.labelled and entry.score is None)
        assert not (entry.pending and entry.score is None)
        if entry.labelled:
            assert entry.preselected
            assert entry.score is not None
            assert round(entry.score, 4) >= awards.minimum_score
            assert not entry.pending


@settings(max_examples=200, deadline=None)
@given(editions())
def test_labels_go_to_the_best_in_each_category(the_edition: Edition) -> None:
    """No eligible entry is passed over for a lower-scored one of its own category."""
    result = rank_edition(the_edition)
    minimum = the_edition.rules.awards.minimum_score
    for category_result in result.categories:
        eligible = [
            e
            for e in category_result.entries
            if e.preselected and e.score is not None and round(e.score, 4) >= minimum
        ]
        labelled = [round(e.score, 4) for e in eligible if e.labelled and e.score is not None]
        passed = [
            round(e.score, 4)
            for e in eligible
            if not e.labelled and not e.pending and e.score is not None
        ]
        if labelled and passed:
            assert min(labelled) >= max(passed)


@settings(max_examples=200, deadline=None)
@given(editions(), st.data())
def test_raising_a_mark_never_lowers_the_score(the_edition: Edition, data: st.DataObject) -> None:
    sheets = [s for s in the_edition.sheets if s.scores]
    if not sheets:
        return
    sheet = data.draw(st.sampled_from(sheets))
    index = data.draw(st.integers(min_value=0, max_value=len(sheet.scores) - 1))
    score = sheet.scores[index]
    app = next(a for a in the_edition.applications if a.id == score.application)
    criterion = data.draw(st.sampled_from(sorted(score.marks)))
    top = SCALES[app.category][criterion]
    if score.marks[criterion] >= top:
        return
    raised = score.model_copy(update={"marks": {**score.marks, criterion: top}})
    new_sheet = sheet.model_copy(
        update={"scores": [raised if i == index else s for i, s in enumerate(sheet.scores)]}
    )
    other = Edition.of(
        rules=the_edition.rules,
        categories=the_edition.categories,
        applications=the_edition.applications,
        jurors=the_edition.jurors,
        sheets=tuple(new_sheet if s is sheet else s for s in the_edition.sheets),
    )
    before = {e.id: e for e in rank_edition(the_edition).entries}[app.id]
    after = {e.id: e for e in rank_edition(other).entries}[app.id]
    if before.score is not None and after.score is not None:
        assert after.score >= before.score - 1e-9
        assert after.rank is not None
        assert before.rank is not None
        assert after.rank <= before.rank


@settings(max_examples=150, deadline=None)
@given(editions(), st.data())
def test_a_conflicted_jurors_marks_have_no_effect(
    the_edition: Edition, data: st.DataObject
) -> None:
    target = data.draw(st.sampled_from(the_edition.applications))
    marks = {
        criterion: data.draw(st.integers(min_value=0, max_value=top))
        for criterion, top in SCALES[target.category].items()
    }
    intruder = Juror.model_validate(
        {
            "id": "zz-intruder",
            "name": "Intrus",
            "organisation": "Réseau",
            "categories": ["acces", "ecole"],
            "conflicts": [target.id],
        }
    )
    sheet = ScoreSheet.model_validate(
        {"juror": "zz-intruder", "scores": [{"application": target.id, "marks": marks}]}
    )
    with_intruder = Edition.of(
        rules=the_edition.rules,
        categories=the_edition.categories,
        applications=the_edition.applications,
        jurors=(*the_edition.jurors, intruder),
        sheets=(*the_edition.sheets, sheet),
    )
    result = rank_edition(with_intruder)
    assert outcome(result) == outcome(rank_edition(the_edition))
    assert [(c.juror, c.application) for c in result.conflicts] == [("zz-intruder", target.id)]


@st.composite
def panels(draw: st.DrawFn) -> list[tuple[str, str, float]]:
    """One category where every juror scores at least 5 applications, not all equal."""
    applications = [f"app-{i}" for i in range(draw(st.integers(min_value=5, max_value=10)))]
    rows = []
    for juror in range(draw(st.integers(min_value=2, max_value=4))):
        chosen = draw(st.lists(st.sampled_from(applications), min_size=5, unique=True))
        scores = draw(
            st.lists(
                st.integers(min_value=0, max_value=100), min_size=len(chosen), max_size=len(chosen)
            ).filter(lambda values: len(set(values)) > 1)
        )
        rows += [
            (f"juror-{juror}", app, float(score)) for app, score in zip(chosen, scores, strict=True)
        ]
    return rows


def _means(rows: list[tuple[str, str, float]]) -> dict[str, float]:
    by_app: dict[str, list[float]] = {}
    for (_, app), value in zscore({"c": rows}).values.items():
        by_app.setdefault(app, []).append(value)
    return {app: statistics.fmean(values) for app, values in by_app.items()}


def _same_order(first: dict[str, float], second: dict[str, float]) -> bool:
    """Every pair that is clearly apart in one is apart the same way in the other."""
    for a, b in itertools.combinations(sorted(first), 2):
        gap = first[a] - first[b]
        if abs(gap) > 1e-6 and (second[a] - second[b]) * gap <= 0:
            return False
    return True


@settings(max_examples=200, deadline=None)
@given(panels(), st.floats(min_value=-50, max_value=50), st.floats(min_value=0.2, max_value=5))
def test_zscore_order_ignores_a_jurors_offset_and_scale(
    rows: list[tuple[str, str, float]], shift: float, factor: float
) -> None:
    assert zscore({"c": rows}).centred_only == ()
    shifted = [(j, a, s + shift if j == "juror-0" else s) for j, a, s in rows]
    scaled = [(j, a, s * factor if j == "juror-0" else s) for j, a, s in rows]
    assert _same_order(_means(rows), _means(shifted))
    assert _same_order(_means(rows), _means(scaled))
