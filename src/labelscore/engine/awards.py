"""Round 2: labels to the best preselected entries, within the total and per-category quotas.

Entries are taken best first across all categories. Each category's minimum is held in
reserve from the start (as many places as it has eligible entries, up to the minimum), so
a category with weaker entries still gets its labels.

Entries whose keys are equal (same score, equal on every tie-break rule and on the jury's
vote) form a group that is decided as one, never by file order. Within a group, an entry
is labelled when it gets a place whatever the order of the group; it is pending (for the
jury to vote) when it gets one in some orders only; it is passed over when it gets one in
none (its category is full, or the places left are reserved for other categories). So a
tie holds a label back only when a vote can change who gets it. How many places a group
takes, and what is left for the entries after it, never depends on that order.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import NamedTuple

from labelscore.models.rules import PerCategory


class Candidate(NamedTuple):
    """An entry that may be labelled: preselected and at or above the minimum score."""

    id: str
    category: str
    score: float
    """Rounded: entries with equal scores are tied until a rule tells them apart."""
    order: tuple[object, ...]
    """The tie-break values, the jury's vote last; smaller is better."""

    @property
    def key(self) -> tuple[object, ...]:
        return (-self.score, *self.order)


class Allocation(NamedTuple):
    labelled: frozenset[str]
    pending: frozenset[str]
    """Tied entries competing for `pending_labels` places the jury must give."""
    pending_labels: int
    blocked: Mapping[str, Closed]
    """Candidates no order among the entries of their score could have labelled, and why:
    their category had reached its maximum, or no place was left for it (all given, or
    the rest reserved for other categories' minimum)."""


class Closed(StrEnum):
    CATEGORY_FULL = "category_full"
    NO_PLACE_LEFT = "no_place_left"


class Places:
    """The places left: in all, reserved per category, and taken per category."""

    def __init__(self, eligible: Mapping[str, int], total: int, quotas: PerCategory) -> None:
        """`eligible`: the number of candidates of each category."""
        self.need: dict[str, int] = {}
        left = total
        for category in sorted(eligible):
            self.need[category] = min(quotas.min, eligible[category], left)
            left -= self.need[category]
        self.free = left
        self.cap = quotas.max
        self.taken: Counter[str] = Counter()

    def room(self, category: str) -> int | None:
        """Places the category's maximum still allows (None: no maximum)."""
        return None if self.cap is None else max(0, self.cap - self.taken[category])

    def closed(self, category: str) -> Closed | None:
        """Why no entry of the category can take a place now; None when one can."""
        room = self.room(category)
        if room is not None and room < 1:
            return Closed.CATEGORY_FULL
        if self.need[category] < 1 and self.free < 1:
            return Closed.NO_PLACE_LEFT
        return None

    def take(self, group: Sequence[Candidate]) -> tuple[set[str], set[str], int]:
        """(sure, in some orders only, places taken) for a group of equal keys."""
        count = Counter(member.category for member in group)
        fits: dict[str, int] = {}
        reserved: dict[str, int] = {}
        for category, members in count.items():
            room = self.room(category)
            fits[category] = members if room is None else min(members, room)
            reserved[category] = min(fits[category], self.need[category])
        extra = {c: fits[c] - reserved[c] for c in count}
        demand = sum(extra.values())
        sure: set[str] = set()
        some: set[str] = set()
        for member in group:
            category = member.category
            if fits[category] == count[category] and (extra[category] == 0 or self.free >= demand):
                sure.add(member.id)
            elif self.closed(category) is None:
                some.add(member.id)
        used_free = min(self.free, demand)
        self.free -= used_free
        for category in count:
            self.need[category] -= reserved[category]
            # An upper bound when the free places ran out within the group; the category
            # then has neither a reserve nor a free place left, so the bound changes nothing.
            self.taken[category] += fits[category]
        return sure, some, sum(reserved.values()) + used_free

    def take_one(self, category: str) -> None:
        """`take` for a group of one: the place it takes, if any."""
        room = self.room(category)
        if room is not None and room < 1:
            return
        if self.need[category] > 0:
            self.need[category] -= 1
        elif self.free > 0:
            self.free -= 1
        self.taken[category] += 1


def allocate(candidates: Sequence[Candidate], total: int, quotas: PerCategory) -> Allocation:
    places = Places(Counter(c.category for c in candidates), total, quotas)
    labelled: set[str] = set()
    pending: set[str] = set()
    blocked: dict[str, Closed] = {}
    held = 0
    ordered = sorted(candidates, key=lambda c: (c.key, c.id))
    for _, level in itertools.groupby(ordered, key=lambda c: c.score):
        same_score = list(level)
        if len(same_score) == 1:
            # Alone at its score: labelled when its category has room (take, in short).
            candidate = same_score[0]
            why = places.closed(candidate.category)
            if why is None:
                labelled.add(candidate.id)
            else:
                blocked[candidate.id] = why
            places.take_one(candidate.category)
            continue
        for candidate in same_score:
            why = places.closed(candidate.category)
            if why is not None:
                blocked[candidate.id] = why
        for _, members in itertools.groupby(same_score, key=lambda c: c.key):
            sure, some, taken = places.take(list(members))
            labelled |= sure
            pending |= some
            held += taken - len(sure)
    return Allocation(frozenset(labelled), frozenset(pending), held, blocked)
