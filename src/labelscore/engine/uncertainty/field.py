"""The ranked entries as the simulation sees them: numbered category by category, with
what the award rule needs of each."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from labelscore.engine.ranking import tie_break_order
from labelscore.engine.result import Entry, Result
from labelscore.engine.scoring import DECIMALS, comparable
from labelscore.models.choices import Normalize
from labelscore.models.edition import Edition

STEP = 10.0**-DECIMALS
"""The smallest difference between two comparable scores."""


def tied(higher: float, lower: float) -> bool:
    """Whether two scores, the first not below the second, are equal once rounded (they
    are less than STEP apart then)."""
    return higher - lower < STEP and comparable(higher) == comparable(lower)


@dataclass(frozen=True)
class Field:
    """The ranked entries, numbered 0..n-1 category by category (in the result's order),
    with what the award rule needs of each."""

    entries: tuple[Entry, ...]
    ids: list[str]
    category: list[int]
    """Index of each entry's category in `category_ids`."""
    category_ids: list[str]
    slices: list[tuple[int, int]]
    """Per category, the entries [start, stop)."""
    score: list[float]
    order: list[tuple[object, ...]]
    preselected: list[int]
    reserve_order: list[int]
    """Categories by id: the order in which the quotas' minimums are reserved."""
    labels: int
    quota_min: int
    quota_max: int | None
    minimum: float


def first_candidate(ascending: Sequence[float], minimum: float) -> int:
    """Where, in scores sorted in ascending order, those at or above the minimum score
    begin once rounded, as the engine compares them (comparable)."""
    cut = bisect_left(ascending, minimum - STEP)
    # Below minimum + STEP a score may still round below the minimum.
    while (
        cut < len(ascending)
        and ascending[cut] < minimum + STEP
        and comparable(ascending[cut]) < minimum
    ):
        cut += 1
    return cut


def reserve(field: Field, counts: Sequence[int]) -> tuple[list[int], int]:
    """Each category's reserved places, given `counts`, its candidates (its minimum, by
    category id while labels are left), and the free places left (awards.Places)."""
    need = [0] * len(counts)
    free = field.labels
    for c in field.reserve_order:
        if counts[c]:
            need[c] = min(field.quota_min, counts[c], free)
            free -= need[c]
    return need, free


def field_of(edition: Edition, result: Result) -> Field:
    rules = edition.rules
    normalised = result.normalize is Normalize.ZSCORE
    entries: list[Entry] = []
    category: list[int] = []
    slices: list[tuple[int, int]] = []
    order: list[tuple[object, ...]] = []
    for index, group in enumerate(result.categories):
        start = len(entries)
        for entry in group.ranked:
            entries.append(entry)
            category.append(index)
            # Only candidates are ever compared on their tie-break values.
            known = entry.preselected
            order.append(tie_break_order(rules, group.category, entry, normalised) if known else ())
        slices.append((start, len(entries)))
    ids = [group.category.id for group in result.categories]
    awards = rules.awards
    return Field(
        entries=tuple(entries),
        ids=[entry.id for entry in entries],
        category=category,
        category_ids=ids,
        slices=slices,
        score=[entry.score or 0.0 for entry in entries],
        order=order,
        preselected=[i for i, entry in enumerate(entries) if entry.preselected],
        reserve_order=sorted(range(len(ids)), key=ids.__getitem__),
        labels=awards.labels,
        quota_min=awards.per_category.min,
        quota_max=awards.per_category.max,
        minimum=awards.minimum_score,
    )
