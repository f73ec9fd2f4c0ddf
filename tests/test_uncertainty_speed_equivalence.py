"""The fast paths of engine.uncertainty against plain reference computations, to the bit,
on cases the golden outputs seldom or never reach: a uniform draw of 0, equal drawn
scores, drawn scores within a step of the minimum score, weights seen twice, outcomes
tied for a vote under other weights."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from statistics import NormalDist

import pytest

from labelscore.api import rank
from labelscore.engine.ranking import rank_edition
from labelscore.engine.result import Result
from labelscore.engine.scoring import DECIMALS
from labelscore.engine.uncertainty import draws, weights
from labelscore.engine.uncertainty.award import Award
from labelscore.engine.uncertainty.field import Field, field_of, first_candidate
from labelscore.engine.uncertainty.simulate import _Places
from labelscore.models.choices import Aggregate, Normalize
from tests.conftest import ROOT

STEP = 10.0**-DECIMALS


def test_a_uniform_draw_of_zero_takes_the_smallest_quantile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uniforms = [0.25, 0.0, 0.75, 0.0]
    given = iter(uniforms)
    monkeypatch.setattr(draws, "_RANDOM", lambda generator: next(given))
    found = draws._normals(random.Random(1), len(uniforms), 50.0, 2.0)
    smallest = 2.0**-54
    assert found == [NormalDist(50.0, 2.0).inv_cdf(u or smallest) for u in uniforms]
    assert found[1] == found[3] < found[0]


def _places_by_sorting(rows: Sequence[Sequence[float]]) -> list[list[int]]:
    """Per entry, how many draws put it in each place: best first, equal scores in the
    entries' order (a stable sort per draw)."""
    size = len(rows)
    counts = [[0] * size for _ in range(size)]
    for draw in range(len(rows[0])):
        order = sorted(range(size), key=lambda j: -rows[j][draw])
        for place, j in enumerate(order):
            counts[j][place] += 1
    return counts


def test_places_are_counted_as_a_stable_sort_per_draw_orders_them() -> None:
    # Entries 0-2 of a category that starts after two others; draws with equal scores.
    category = [[1.0, 5.0, 2.0, 7.0], [1.0, 5.0, 3.0, 7.0], [2.0, 0.5, 3.0, 7.0]]
    rows = [[9.0] * 4, [8.0] * 4, *category]
    places = _Places(2, 5)
    places.count(rows)
    ranks = [[0] * 3 for _ in range(5)]
    places.add_to(ranks)
    assert ranks[2:] == _places_by_sorting(category)
    # Equal scores in the entries' order: draw 0 puts entry 2 first, then 0 and 1; draw 2
    # puts entry 1 first, then 2, then 0; draw 3 keeps them in order.
    assert ranks[2:] == [[2, 1, 1], [1, 2, 1], [1, 1, 2]]
    assert ranks[:2] == [[0] * 3, [0] * 3]


def test_places_add_up_over_chunks() -> None:
    rng = random.Random(5)
    chunks = [[[round(rng.gauss(50, 5), 1) for _ in range(9)] for _ in range(6)] for _ in range(3)]
    places = _Places(0, 6)
    for rows in chunks:
        places.count(rows)
    ranks = [[0] * 6 for _ in range(6)]
    places.add_to(ranks)
    whole = [[value for rows in chunks for value in rows[j]] for j in range(6)]
    assert ranks == _places_by_sorting(whole)


def _award() -> Award:
    loaded = rank(ROOT, draws=0)
    return Award(field_of(loaded.edition, loaded.result), loaded.edition.rules.awards.per_category)


def test_candidates_over_draws_match_first_candidate_near_the_minimum() -> None:
    award = _award()
    minimum = award.field.minimum
    rng = random.Random(11)
    # Rounded to DECIMALS, the first two are below the minimum, the next three at it.
    near = [minimum - STEP, minimum - 0.6 * STEP, minimum - 0.4 * STEP, minimum, minimum + STEP / 2]
    per_category = [
        [
            sorted(
                rng.choice(near) if rng.random() < 0.5 else rng.uniform(30, 70) for _ in range(k)
            )
            for k in (0, 1, 3, 6, 6, 9)
        ]
        for _ in range(award.count)
    ]
    expected = [
        [len(v) - first_candidate(v, minimum) for v in draws_of] for draws_of in per_category
    ]
    assert award.candidates(per_category) == expected
    assert any(
        first_candidate(v, minimum) != sum(x < minimum for x in v)
        for draws_of in per_category
        for v in draws_of
    ), "no score rounds across the minimum: the test misses its case"


def _category_scores(block: weights._Block, w: Sequence[float]) -> list[float]:
    """The mean of raw scores of one category, criterion by criterion, without reuse."""
    total = [0.0] * len(block.jurors)
    for weight, column in zip(w, block.columns, strict=True):
        total = [t + c * weight for t, c in zip(total, column, strict=True)]
    values = [t / math.fsum(w) for t in total]
    for local, pairs in block.partial:
        values[local] += weights._weighted(pairs, w)
    return [v / k for v, k in zip(values, block.jurors, strict=True)]


def test_scores_reused_across_weights_are_those_computed_afresh() -> None:
    loaded = rank(ROOT, draws=0)
    field = field_of(loaded.edition, loaded.result)
    rescored = weights._Rescored(loaded.result, field)
    assert rescored.fast
    assert any(block.partial for block in rescored.blocks)
    per_category = weights.perturbed_weights(loaded.result, 3, 16)
    for samples, block in zip(per_category, rescored.blocks, strict=True):
        # Every sample twice, in another order the second time: shared prefixes, repeats.
        for w in [*samples, *reversed(samples)]:
            assert block.scores(w) == _category_scores(block, w)


def _stability_by_status(
    result: Result, field: Field, seed: int, samples: int, award: Award
) -> list[float]:
    """weight_stability as an outcome per entry per sample, compared one by one."""
    rescored = weights._Rescored(result, field)
    observed = [weights._status(entry) for entry in field.entries]
    same = [0] * len(field.entries)
    for w in zip(*weights.perturbed_weights(result, seed, samples), strict=True):
        labelled, pending, _ = award.outcome(rescored.scores(w))
        status = [0] * len(field.entries)
        for i in labelled:
            status[i] = 2
        for i in pending:
            status[i] = 1
        same = [n + (s == o) for n, s, o in zip(same, status, observed, strict=True)]
    return [n / samples for n in same]


@pytest.mark.parametrize("folder", ["", "tests/fixtures/editions/tie"])
@pytest.mark.parametrize("how", [Aggregate.MEAN, Aggregate.MEDIAN])
def test_weight_stability_counts_the_changed_outcomes(folder: str, how: Aggregate) -> None:
    loaded = rank(ROOT / folder, draws=0)
    result = rank_edition(loaded.edition, aggregate=how, normalize=Normalize.NONE)
    field = field_of(loaded.edition, result)
    quotas = loaded.edition.rules.awards.per_category
    found = weights.weight_stability(result, field, 5, 32, quotas)
    assert found == _stability_by_status(result, field, 5, 32, Award(field, quotas))
    if folder:
        assert any(entry.pending for entry in field.entries), "no tie for a vote"
    else:
        assert min(found) < 1.0, "no outcome changes: the test misses its case"
