"""From marks to scores: each mark rescaled to 0-100, weighted within the category."""

from __future__ import annotations

import statistics
from collections.abc import Mapping

from labelscore.engine.result import JurorScore
from labelscore.models.criteria import Category

DECIMALS = 4
"""Scores are compared after rounding, so float noise never makes or hides a tie."""


def comparable(score: float) -> float:
    return round(score, DECIMALS)


def juror_score(juror: str, category: Category, marks: Mapping[str, float]) -> JurorScore | None:
    """The weighted mean of one juror's marks; weights renormalised over the criteria marked.

    None when the juror marked none of the category's criteria.
    """
    total = 0.0
    weights = 0.0
    missing = []
    for criterion in category.criteria:
        mark = marks.get(criterion.id)
        if mark is None:
            missing.append(criterion.id)
            continue
        total += criterion.weight * criterion.scale.rescale(mark)
        weights += criterion.weight
    if weights == 0:
        return None
    return JurorScore(juror=juror, raw=total / weights, normalised=None, missing=tuple(missing))


def top_criterion_score(category: Category, marks: list[Mapping[str, float]]) -> float | None:
    """Mean rescaled mark on the category's heaviest criterion (the first listed, if several)."""
    heaviest = max(category.criteria, key=lambda c: c.weight)
    values = [heaviest.scale.rescale(m[heaviest.id]) for m in marks if heaviest.id in m]
    return statistics.fmean(values) if values else None
