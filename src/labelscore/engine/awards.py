"""Round 2: labels to the best preselected entries, within the total and per-category quotas.

Entries are taken best first across all categories. Each category's minimum is held in
reserve from the start, so a category with weaker entries still gets its labels. Entries
that tie on every rule are taken together or not at all: when only some of them fit, the
places they would take are held back and the tie is left to the jury, never broken by
file order.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from labelscore.models.rules import PerCategory


@dataclass(frozen=True)
class Candidate:
    id: str
    category: str
    key: tuple[object, ...]
    """Smaller is better; equal keys are a tie no rule settles."""


@dataclass(frozen=True)
class Allocation:
    labelled: frozenset[str]
    pending: frozenset[str]
    """Tied entries competing for `pending_labels` places the jury must give."""
    pending_labels: int


def allocate(candidates: Sequence[Candidate], total: int, quotas: PerCategory) -> Allocation:
    eligible = Counter(c.category for c in candidates)
    need = {category: min(quotas.min, count) for category, count in eligible.items()}
    taken: Counter[str] = Counter()
    free = total - sum(need.values())
    slots = total
    labelled: set[str] = set()
    pending: set[str] = set()
    held = 0
    ordered = sorted(candidates, key=lambda c: (c.key, c.id))
    for _, members in itertools.groupby(ordered, key=lambda c: c.key):
        group = list(members)
        fitted = 0
        for member in group:
            category = member.category
            if slots <= 0 or (quotas.max is not None and taken[category] >= quotas.max):
                continue
            if need[category] > 0:
                need[category] -= 1
            elif free > 0:
                free -= 1
            else:
                continue
            taken[category] += 1
            slots -= 1
            fitted += 1
        ids = {member.id for member in group}
        if fitted == len(group):
            labelled |= ids
        elif fitted:
            pending |= ids
            held += fitted
    return Allocation(frozenset(labelled), frozenset(pending), held)
