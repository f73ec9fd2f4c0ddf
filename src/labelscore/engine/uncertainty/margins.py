"""Each entry's label line: the score at which its outcome would flip, other scores
unchanged."""

from __future__ import annotations

import copy
from bisect import bisect_right
from collections.abc import Sequence

from labelscore.engine.scoring import comparable
from labelscore.engine.uncertainty.award import Award
from labelscore.engine.uncertainty.field import STEP, Field, reserve

_Keyed = tuple[tuple[object, ...], int]
"""(the award rule's sort key with the id last, entry)."""


class _Places:
    """The places left as the greedy award walks down the candidates (see Award._greedy):
    in all, reserved per category, free, and taken per category."""

    def __init__(self, field: Field, counts: Sequence[int]) -> None:
        self.category = field.category
        self.cap = field.quota_max
        self.need, self.free = reserve(field, counts)
        self.places = field.labels
        self.taken = [0] * len(counts)

    def copy(self) -> _Places:
        other = copy.copy(self)
        other.need = self.need.copy()
        other.taken = self.taken.copy()
        return other

    def room(self, c: int) -> bool:
        """Whether an entry of category c would be labelled now."""
        if self.places == 0 or (self.cap is not None and self.taken[c] >= self.cap):
            return False
        return self.need[c] > 0 or self.free > 0

    def take(self, i: int) -> bool:
        c = self.category[i]
        if not self.room(c):
            return False
        if self.need[c] > 0:
            self.need[c] -= 1
        else:
            self.free -= 1
        self.taken[c] += 1
        self.places -= 1
        return True


def margins(field: Field, award: Award) -> list[tuple[float | None, float | None]]:
    """Per entry, (margin, line): see Certainty.margin. Other scores unchanged; at equal
    scores, the tie-break values decide, as in the engine.

    One walk down the candidates gives, per category, the first place from which an entry
    of that category could no longer be labelled: an entry without a label must get ahead
    of the candidate there. A labelled entry walks on from its own place with its label
    given back, until its category has no room left."""
    minimum = field.minimum
    keyed = [
        ((-comparable(field.score[i]), *field.order[i], field.ids[i]), i) for i in field.preselected
    ]
    eligible = sorted(item for item in keyed if -float(item[0][0]) >= minimum)  # type: ignore[arg-type]
    count = len(field.category_ids)
    counts = [0] * count
    for _, i in eligible:
        counts[field.category[i]] += 1
    walk = _Places(field, counts)
    closed: list[int | None] = [None] * count
    """Per category, the first place (number of candidates ahead) with no room for it."""
    states: list[_Places] = []
    """The places left just before each candidate."""
    position: dict[int, int] = {}
    later = _Later(count)
    changed = range(count)
    """The categories whose room may have closed since the last place."""
    for place, (_, i) in enumerate([*eligible, ((), -1)]):
        for c in changed:
            if closed[c] is None and not walk.room(c):
                closed[c] = place
        if i < 0:
            break
        position[i] = place
        snapshot = walk.copy()
        states.append(snapshot)
        later.note(place, field.category[i])
        if walk.take(i):
            # Every category's room closes with the last place or the last free one.
            everyone = walk.places == 0 or (walk.free == 0 and snapshot.free > 0)
            changed = range(count) if everyone else range(field.category[i], field.category[i] + 1)
        else:
            later.rejected(place, field.category[i], snapshot)
            changed = range(0)
    found: list[tuple[float | None, float | None]] = [(None, None)] * len(field.entries)
    for key, a in keyed:
        own = comparable(field.score[a])
        c = field.category[a]
        if field.entries[a].pending:
            found[a] = (0.0, own)
            continue
        line: float | None
        if a in position and states[position[a]].room(c):
            line = _line_after(field, key, a, eligible, position[a], states, later)
        elif (a in position or counts[c] >= field.quota_min) and closed[c] is not None:
            # Unlabelled: it must get ahead of the candidate at its category's closing.
            shut = closed[c]
            line = None if not shut else _rival_line(field, key, eligible[shut - 1][0])
        elif a not in position and counts[c] >= field.quota_min:
            line = minimum  # room to the end: the minimum score is its line
        else:
            # Below the minimum where its category lacks candidates for its reserve: its
            # own arrival changes the reserves, so the award is run with it in each place.
            line = label_line(field, award, key, a, [item for item in eligible if item[1] != a])
        if line is not None:
            found[a] = (comparable(own - line), line)
    return found


class _Later:
    """Where, down the candidates, a label given back could change the walk: per category
    the places of its candidates and of those left out, and the places of candidates left
    out for want of a place (not for their category's maximum)."""

    def __init__(self, count: int) -> None:
        self.of: list[list[int]] = [[] for _ in range(count)]
        self.out_of: list[list[int]] = [[] for _ in range(count)]
        self.no_place: list[int] = []

    def note(self, place: int, c: int) -> None:
        self.of[c].append(place)

    def rejected(self, place: int, c: int, places: _Places) -> None:
        self.out_of[c].append(place)
        if places.cap is None or places.taken[c] < places.cap:
            self.no_place.append(place)

    def first(self, c: int, place: int, reserved: bool) -> int | None:
        """The first place after `place` where the walk without a labelled candidate of
        category c, which used a reserved place (or a free one), can differ."""
        found = []
        lists = [self.of[c]] if reserved else [self.out_of[c], self.no_place]
        for places in lists:
            k = bisect_right(places, place)
            if k < len(places):
                found.append(places[k])
        return min(found) if found else None


def _line_after(
    field: Field,
    key: tuple[object, ...],
    a: int,
    eligible: list[_Keyed],
    place: int,
    states: list[_Places],
    later: _Later,
) -> float:
    """The line of a labelled candidate: walking on from its own place without it, the
    first candidate after which its category has no room left is the one it must stay
    ahead of; the minimum score when there is none.

    Until the first candidate that can use the label given back (one of its category,
    or, when it took a free place, one left out for want of a place), the walk is the
    observed one plus that label, with room for it: the walk starts there."""
    c = field.category[a]
    reserved = states[place].need[c] > 0
    start = later.first(c, place, reserved)
    if start is None:
        return field.minimum
    walk = states[start].copy()
    if reserved:
        walk.need[c] += 1
    else:
        walk.free += 1
    walk.taken[c] -= 1
    walk.places += 1
    for rival, i in eligible[start:]:
        walk.take(i)
        if not walk.room(c):
            return _rival_line(field, key, rival)
    return field.minimum


def _rival_line(field: Field, key: tuple[object, ...], rival: tuple[object, ...]) -> float:
    """The lowest score that puts an entry with these tie-break values ahead of `rival`:
    its score, or one step above when the rival would come first at equal scores."""
    score = -float(rival[0])  # type: ignore[arg-type]
    ahead = (-score, *key[1:]) < rival
    return max(field.minimum, score if ahead else comparable(score + STEP))


def label_line(
    field: Field, award: Award, key: tuple[object, ...], a: int, others: list[_Keyed]
) -> float | None:
    """The lowest comparable score at which entry `a` would be labelled, the others
    (candidates, best first) unchanged; None when no score would label it."""
    counts = [0] * len(field.category_ids)
    for i in [a, *(i for _, i in others)]:
        counts[field.category[i]] += 1

    def labelled(slot: int) -> bool:
        order = [i for _, i in others[:slot]] + [a]
        return a in award._greedy(order, counts)

    if not labelled(0):
        return None
    low, high = 0, len(others)  # labelled at slot `low`: find the last such slot
    if labelled(high):
        return field.minimum
    while high - low > 1:
        middle = (low + high) // 2
        if labelled(middle):
            low = middle
        else:
            high = middle
    # Labelled ahead of others[low], not behind it.
    return _rival_line(field, key, others[low][0])
