"""The award rule on one draw's scores, fast."""

from __future__ import annotations

import itertools
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import compress, repeat
from operator import lt, sub

from labelscore.engine.awards import Candidate, Places
from labelscore.engine.scoring import comparable
from labelscore.engine.uncertainty.field import STEP, Field, first_candidate, reserve, tied
from labelscore.models.rules import PerCategory

_STEP = repeat(STEP)


class Award:
    """The award rule on one draw's scores: the engine's `allocate`, by a fast path that
    gives the same labels whenever no two candidates with equal comparable scores sit on
    either side of a line (the reserve of a category's minimum, its maximum, the last free
    place); else by the engine's own order of ties (a test compares the two on many
    draws)."""

    def __init__(self, field: Field, quotas: PerCategory) -> None:
        self.field = field
        self.quotas = quotas
        self.count = len(field.category_ids)
        self.members: list[list[int]] = [[] for _ in range(self.count)]
        """Per category, its preselected entries."""
        for i in field.preselected:
            self.members[field.category[i]].append(i)
        self.preselected = [len(members) for members in self.members]
        self.reserves_fit = field.labels >= field.quota_min * self.count
        """Whether every category's minimum fits in the labels, whatever its candidates."""
        self.cap = len(field.entries) if field.quota_max is None else field.quota_max
        """The per-category maximum (no category has more entries than all)."""
        # Where a category's candidates may begin in its ascending scores: from a step
        # below the minimum score; from a step above it, they surely do.
        self._below = repeat(field.minimum - STEP)
        self._above = repeat(field.minimum + STEP)

    def outcome(self, values: Sequence[float]) -> tuple[list[int], list[int], int]:
        """The entries labelled, and those tied for `held` labels a jury vote must give."""
        minimum = self.field.minimum
        ascending = [sorted(map(values.__getitem__, m)) for m in self.members]
        candidates = [len(v) - first_candidate(v, minimum) for v in ascending]
        lines = self.lines(ascending, candidates)
        if lines is None:
            return self.exact(values)
        category = self.field.category
        return [i for i in self.field.preselected if values[i] >= lines[category[i]]], [], 0

    def candidates(self, ascending: Sequence[Sequence[list[float]]]) -> list[list[int]]:
        """Per category, per draw: its candidates (preselected, at or above the minimum
        score once rounded), given per category and draw its preselected entries' drawn
        scores, ascending; in C across the draws as far as it goes."""
        minimum = self.field.minimum
        found = []
        for per_draw in ascending:
            cuts = list(map(bisect_left, per_draw, self._below))
            if cuts != list(map(bisect_left, per_draw, self._above)):
                # A score within a step of the minimum: a candidate or not once rounded.
                cuts = [first_candidate(values, minimum) for values in per_draw]
            found.append(list(map(sub, map(len, per_draw), cuts)))
        return found

    def lines(self, ascending: Sequence[list[float]], counts: Sequence[int]) -> list[float] | None:
        """Per category, the lowest drawn score that is labelled (infinity: none), given
        each category's preselected entries' drawn scores in ascending order and its
        candidates (see `candidates`); None when two candidates equal after rounding sit
        on either side of a line, which their tie-break values decide (then `exact`).

        The award in closed form: greedy down the candidates (see _greedy), a category's
        best entries take its reserved places, up to its maximum; the next ones, up to
        its maximum, compete across categories for the free places, best first."""
        field = self.field
        if self.reserves_fit:
            quota = field.quota_min
            need: Sequence[int] = [quota if n > quota else n for n in counts]
            free = field.labels - sum(need)
        else:
            need, free = reserve(field, counts)
        cap = self.cap
        # Per category, indexes in its ascending scores: its lowest reserved place (low),
        # its lowest place within its maximum (last); the places in between seek a free one.
        lows: list[int] = []
        lasts: list[int] = []
        seekers: list[float] = []
        for values, count, wanted in zip(ascending, counts, need, strict=True):
            top = len(values)
            # tied() only when two scores are less than a step apart (rare): a call saved.
            if count > cap:
                # More candidates than its maximum: none may equal the last one kept.
                limit = cap
                last = top - cap
                if (
                    cap
                    and values[last] - values[last - 1] < STEP
                    and tied(values[last], values[last - 1])
                ):
                    return None
            else:
                limit = count
                last = top - count
            low = top - (wanted if wanted < limit else limit)
            if last < low:
                # Seekers beyond its reserve: none may equal its last reserved place.
                if (
                    low < top
                    and values[low] - values[low - 1] < STEP
                    and tied(values[low], values[low - 1])
                ):
                    return None
                seekers += values[last:low]
            lows.append(low)
            lasts.append(last)
        line = -math.inf
        if len(seekers) > free:
            if free <= 0:
                line = math.inf
            else:
                seekers.sort(reverse=True)
                line = seekers[free - 1]
                if tied(line, seekers[free]):
                    return None
        found = []
        for values, low, last in zip(ascending, lows, lasts, strict=True):
            # The category's labels: its best scores down to the line, within its maximum.
            if last < low and values[low - 1] >= line:
                found.append(line if line > values[last] else values[last])
            else:
                found.append(values[low] if low < len(values) else math.inf)
        return found

    def exact(self, values: Sequence[float]) -> tuple[list[int], list[int], int]:
        """`outcome` when ties may decide: the candidates in the engine's order."""
        field = self.field
        minimum = field.minimum
        order = sorted(field.preselected, key=values.__getitem__, reverse=True)
        scores = list(map(values.__getitem__, order))
        # Candidates: at or above the minimum score, compared after rounding.
        cut = len(scores) - first_candidate(scores[::-1], minimum)
        counts = self.preselected.copy()
        category = field.category
        for i in order[cut:]:
            counts[category[i]] -= 1
        del order[cut:], scores[cut:]
        close = list(compress(range(cut - 1), map(lt, map(sub, scores, scores[1:]), _STEP)))
        if not close:
            return self._greedy(order, counts), [], 0
        # Equal comparable scores: the tie-break values order them, as in the engine.
        groups = self._settle(order, scores, close)
        labelled = self._greedy(order, counts)
        chosen = set(labelled)
        if any(len({i in chosen for i in group}) > 1 for group in groups):
            # Entries equal on everything, some labelled and some not: the engine decides
            # them as one group (labelled, left out, or tied for a vote).
            return self._walk(values, order, groups)
        return labelled, [], 0

    def _settle(self, order: list[int], scores: list[float], close: list[int]) -> list[list[int]]:
        """Order each run of equal comparable scores by the tie-break values (in place);
        the groups of entries equal on those too."""
        field = self.field
        groups: list[list[int]] = []
        k = 0
        while k < len(close):
            start = close[k]
            if comparable(scores[start]) != comparable(scores[start + 1]):
                k += 1
                continue
            stop = start + 1
            while stop + 1 < len(scores) and comparable(scores[stop + 1]) == comparable(
                scores[start]
            ):
                stop += 1
            run = sorted(order[start : stop + 1], key=lambda i: (field.order[i], field.ids[i]))
            order[start : stop + 1] = run
            for _, same in itertools.groupby(run, key=field.order.__getitem__):
                members = list(same)
                if len(members) > 1:
                    groups.append(members)
            while k < len(close) and close[k] < stop:
                k += 1
        return groups

    def _greedy(self, order: Sequence[int], counts: Sequence[int]) -> list[int]:
        """Labels in this order, each category's minimum held in reserve from the start
        (given `counts`, its candidates), within the total and the per-category maximum
        (awards.allocate, one entry at a time)."""
        field = self.field
        category = field.category
        need, free = reserve(field, counts)
        places = field.labels
        cap = field.quota_max
        taken = [0] * self.count
        labelled: list[int] = []
        for i in order:
            if places == 0:
                break
            c = category[i]
            if cap is not None and taken[c] >= cap:
                continue
            if need[c] > 0:
                need[c] -= 1
            elif free > 0:
                free -= 1
            else:
                continue
            taken[c] += 1
            places -= 1
            labelled.append(i)
        return labelled

    def _walk(
        self, values: Sequence[float], order: Sequence[int], groups: Sequence[list[int]]
    ) -> tuple[list[int], list[int], int]:
        """The engine's award (awards.allocate) down the candidates in its order: alone, an
        entry is labelled when its category has room; a group equal on everything is
        decided as one (awards.Places.take)."""
        field = self.field
        names = field.category_ids
        category = field.category
        places = Places(Counter(names[category[i]] for i in order), field.labels, self.quotas)
        starting = {group[0]: group for group in groups}
        labelled: list[int] = []
        pending: list[int] = []
        held = 0
        k = 0
        while k < len(order):
            i = order[k]
            group = starting.get(i)
            if group is None:
                name = names[category[i]]
                if places.closed(name) is None:
                    labelled.append(i)
                places.take_one(name)
                k += 1
                continue
            members = {field.ids[j]: j for j in group}
            sure, some, taken = places.take(
                [
                    Candidate(
                        field.ids[j], names[category[j]], comparable(values[j]), field.order[j]
                    )
                    for j in group
                ]
            )
            labelled += (members[ident] for ident in sorted(sure))
            pending += (members[ident] for ident in sorted(some))
            held += taken - len(sure)
            k += len(group)
        return labelled, pending, held
