"""How sure each label is: figures from a seeded simulation of the scoring noise.

For every ranked entry: P(label), the share of the draws in which the award rule labels
it; its expected rank and 90 % rank interval within its category; the score margin to
the label line (other scores unchanged); and how often its outcome survives the criteria
weights moving by ±20 % jointly. The figures inform the jury; they never change who is
labelled (the rules decide, on the scores as marked).

The noise (method B of the research notes, README "How sure each label is"): in each
draw, every ranked entry's score is its score as marked plus the aggregate (mean, median
or trimmed mean, as the edition aggregates) of k normal deviations of standard deviation
sd_c, where k is its number of jurors and sd_c the juror spread pooled over its category:

    sd_c^2 = sum_a sum_j (y_aj - mean_a)^2 / sum_a (k_a - 1)

over the juror scores in use (raw, or normalised under `normalize: zscore`), from the
edition's entries with two jurors or more; a category with fewer than POOL_FROM degrees
of freedom takes the edition's pooled value. For the mean this is one normal draw of
standard deviation sd_c / sqrt(k). Every draw then goes through the whole award rule:
preselection (fixed: it is answered from the application), the minimum score, the total
and per-category quotas, and ties (settled by the entries' tie-break values and the
jury's vote, as the engine settles them; a tie left to a vote counts its share of the
labels held back to each member).

Determinism: one random stream per entry, seeded with SHA-256 of "<seed>:<entry id>",
read with `random.Random.random()` only (the one sequence Python keeps across versions)
and turned into normal deviations with `NormalDist.inv_cdf`; draws come in antithetic
pairs (z, -z). File names and order never change a figure; adding an entry never
changes another entry's draws.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import math
import random
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, eq, ge, lt, mul, sub, truediv
from statistics import NormalDist

from labelscore.engine.aggregate import aggregate
from labelscore.engine.awards import Candidate, Places
from labelscore.engine.normalize import zscore
from labelscore.engine.ranking import tie_break_order
from labelscore.engine.result import (
    CategorySpread,
    Certainty,
    Entry,
    Result,
    Uncertainty,
    Zone,
)
from labelscore.engine.scoring import DECIMALS, comparable
from labelscore.models.choices import Aggregate, Normalize
from labelscore.models.criteria import Category
from labelscore.models.edition import Edition
from labelscore.models.rules import PerCategory

SURE = 0.9
"""P(label) from which a label is sure (and up to which, from below, an entry is out)."""
OUT = 0.1
"""P(label) up to which an entry is out."""
POOL_FROM = 20
"""Degrees of freedom a category needs to use its own juror spread."""
WEIGHT_CHANGE = 0.2
"""Each criterion weight moves by this share, up or down."""
WEIGHT_SAMPLES = 64
"""Joint weight perturbations tried."""
CHUNK = 128
"""Draws made at a time (even: antithetic pairs never straddle two chunks)."""
STEP = 10.0**-DECIMALS
"""The smallest difference between two comparable scores."""
_SMALLEST = 2.0**-54
"""Stands for a uniform draw of 0 (`random()` gives k / 2**53, k from 0; probability
2**-53), which has no normal quantile."""

_normal: Callable[[float, float, float], float] = getattr(
    statistics, "_normal_dist_inv_cdf", lambda p, mu, sigma: NormalDist(mu, sigma).inv_cdf(p)
)
"""The inverse normal CDF (p, mean, sd): the function behind `NormalDist.inv_cdf` (in C
in CPython), called without building a NormalDist for each value."""
_RANDOM = random.Random.random
_STEP = repeat(STEP)
_ZERO = repeat(0.0)
_ONE = repeat(1.0)


def _tied(higher: float, lower: float) -> bool:
    """Whether two scores, the first not below the second, are equal once rounded (they
    are less than STEP apart then)."""
    return higher - lower < STEP and comparable(higher) == comparable(lower)


def zone_of(p_label: float) -> Zone:
    if p_label >= SURE:
        return Zone.SURE
    if p_label <= OUT:
        return Zone.OUT
    return Zone.CLOSE_CALL


def stream(seed: int, key: str) -> random.Random:
    """A random stream of its own for `key` (an entry id), the same on every platform."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


@dataclass(frozen=True)
class _Field:
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


def _field(edition: Edition, result: Result) -> _Field:
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
    return _Field(
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


def pooled_spreads(result: Result) -> tuple[CategorySpread, ...]:
    """Each category's juror spread: the pooled within-entry standard deviation of the
    juror scores in use, or the edition's when the category has fewer than POOL_FROM
    degrees of freedom (0 when no entry has two jurors)."""
    normalised = result.normalize is Normalize.ZSCORE
    sums: list[tuple[float, int]] = []
    for group in result.categories:
        squares = 0.0
        freedom = 0
        for entry in group.entries:
            values = [(s.normalised or 0.0) if normalised else s.raw for s in entry.juror_scores]
            if len(values) < 2:
                continue
            centre = math.fsum(values) / len(values)
            squares += math.fsum((v - centre) ** 2 for v in values)
            freedom += len(values) - 1
        sums.append((squares, freedom))
    all_squares = math.fsum(s for s, _ in sums)
    all_freedom = sum(f for _, f in sums)
    edition_sd = math.sqrt(all_squares / all_freedom) if all_freedom else 0.0
    spreads = []
    for group, (squares, freedom) in zip(result.categories, sums, strict=True):
        if freedom >= POOL_FROM:
            spreads.append(
                CategorySpread(group.category.id, math.sqrt(squares / freedom), freedom, "category")
            )
        else:
            spreads.append(CategorySpread(group.category.id, edition_sd, all_freedom, "edition"))
    return tuple(spreads)


class _Award:
    """The award rule on one draw's scores: the engine's `allocate`, by a fast path that
    gives the same labels whenever no two candidates with equal comparable scores sit on
    either side of a line (the reserve of a category's minimum, its maximum, the last free
    place); else by the engine's own order of ties (a test compares the two on many
    draws)."""

    def __init__(self, field: _Field, quotas: PerCategory) -> None:
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

    def outcome(self, values: Sequence[float]) -> tuple[list[int], list[int], int]:
        """The entries labelled, and those tied for `held` labels a jury vote must give."""
        lines = self.lines([sorted(map(values.__getitem__, m)) for m in self.members])
        if lines is None:
            return self.exact(values)
        category = self.field.category
        return [i for i in self.field.preselected if values[i] >= lines[category[i]]], [], 0

    def lines(self, ascending: Sequence[list[float]]) -> list[float] | None:
        """Per category, the lowest drawn score that is labelled (infinity: none), given
        each category's preselected entries' drawn scores in ascending order; None when
        two candidates equal after rounding sit on either side of a line, which their
        tie-break values decide (then `exact`).

        The award in closed form: greedy down the candidates (see _greedy), a category's
        best entries take its reserved places, up to its maximum; the next ones, up to
        its maximum, compete across categories for the free places, best first."""
        field = self.field
        minimum = field.minimum
        below = minimum - STEP
        sure = minimum + STEP
        """A score from which it rounds to the minimum or above."""
        quota = field.quota_min
        counts = []
        for values in ascending:
            cut = bisect_left(values, below)
            while cut < len(values) and values[cut] < sure and comparable(values[cut]) < minimum:
                cut += 1
            counts.append(len(values) - cut)
        if self.reserves_fit:
            need: Sequence[int] = [quota if n > quota else n for n in counts]
            free = field.labels - sum(need)
        else:
            need, free = self._reserve(counts)
        cap = field.quota_max
        bounds: list[tuple[int, int]] = []
        """Per category, indexes in its ascending scores: its lowest reserved place, its
        lowest place within its maximum."""
        seekers: list[float] = []
        for values, count, reserve in zip(ascending, counts, need, strict=True):
            top = len(values)
            limit = count if cap is None or cap > count else cap
            reserved = reserve if reserve < limit else limit
            low = top - reserved
            last = top - limit
            if limit > reserved:
                if reserved and _tied(values[low], values[low - 1]):
                    return None
                seekers += values[last:low]
            if limit < count and limit and _tied(values[last], values[last - 1]):
                return None
            bounds.append((low, last))
        line = -math.inf
        if len(seekers) > free:
            if free <= 0:
                line = math.inf
            else:
                seekers.sort(reverse=True)
                line = seekers[free - 1]
                if _tied(line, seekers[free]):
                    return None
        found = []
        for values, (low, last) in zip(ascending, bounds, strict=True):
            # The category's labels: its best scores down to the line, within its maximum.
            if last < low and values[low - 1] >= line:
                found.append(line if line > values[last] else values[last])
            else:
                found.append(values[low] if low < len(values) else math.inf)
        return found

    def _reserve(self, counts: Sequence[int]) -> tuple[list[int], int]:
        """Each category's reserved places (by id, while labels are left) and the free
        places."""
        field = self.field
        need = [0] * self.count
        free = field.labels
        for c in field.reserve_order:
            if counts[c]:
                need[c] = min(field.quota_min, counts[c], free)
                free -= need[c]
        return need, free

    def exact(self, values: Sequence[float]) -> tuple[list[int], list[int], int]:
        """`outcome` when ties may decide: the candidates in the engine's order."""
        field = self.field
        minimum = field.minimum
        order = sorted(field.preselected, key=values.__getitem__, reverse=True)
        scores = list(map(values.__getitem__, order))
        # Candidates: at or above the minimum score, compared after rounding.
        cut = len(scores) - bisect_right(scores[::-1], minimum - STEP)
        while cut and comparable(scores[cut - 1]) < minimum:
            cut -= 1
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
        need = [0] * self.count
        left = field.labels
        for c in field.reserve_order:
            if counts[c]:
                need[c] = min(field.quota_min, counts[c], left)
                left -= need[c]
        free = left
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


def _noise_scale(field: _Field, spreads: Sequence[CategorySpread], how: Aggregate) -> list[float]:
    """Per entry: the standard deviation of its drawn score around its own (mean), or the
    juror spread its k deviations are drawn with (median, trimmed mean)."""
    sds = [spread.sd for spread in spreads]
    if how is Aggregate.MEAN:
        return [
            sds[c] / math.sqrt(len(entry.juror_scores))
            for c, entry in zip(field.category, field.entries, strict=True)
        ]
    return [sds[c] for c in field.category]


def _uniforms(generator: random.Random, count: int) -> list[float]:
    """The next `count` uniform draws of a stream, in (0, 1)."""
    found = list(map(_RANDOM, repeat(generator, count)))
    if 0.0 in found:
        found = [u or _SMALLEST for u in found]
    return found


def drawn_rows(
    field: _Field, scale: Sequence[float], how: Aggregate, seed: int, draws: int
) -> Iterator[list[list[float]]]:
    """The draws, CHUNK at a time: per entry, its drawn scores in this chunk's draws. The
    chunk's first half uses the deviations z_i of the entry's own stream, the second half
    their opposites -z_i (an odd last chunk leaves the last one out)."""
    streams = [stream(seed, entry.id) for entry in field.entries]
    jurors = [len(entry.juror_scores) for entry in field.entries]
    done = 0
    while done < draws:
        size = min(CHUNK, draws - done)
        pairs = (size + 1) // 2
        rows = []
        for i, score in enumerate(field.score):
            sd = scale[i]
            if sd == 0.0:
                rows.append([score] * size)
                continue
            generator = streams[i]
            if how is Aggregate.MEAN:
                up = list(map(_normal, _uniforms(generator, pairs), repeat(score), repeat(sd)))
            else:
                k = jurors[i]
                up = [
                    score
                    + sd * aggregate(list(map(_normal, _uniforms(generator, k), _ZERO, _ONE)), how)
                    for _ in range(pairs)
                ]
            down = list(map(sub, repeat(score + score, size - pairs), up))
            rows.append(up + down)
        yield rows
        done += size


def drawn_scores(
    field: _Field, scale: Sequence[float], how: Aggregate, seed: int, draws: int
) -> Iterator[list[tuple[float, ...]]]:
    """The same draws, one tuple of every entry's drawn score per draw."""
    done = 0
    for rows in drawn_rows(field, scale, how, seed, draws):
        size = min(CHUNK, draws - done)
        yield list(zip(*rows, strict=True)) if rows else [() for _ in range(size)]
        done += size


@dataclass(frozen=True)
class _Tally:
    hits: list[float]
    ranks: list[list[int]]
    """Per entry, how many draws gave it each rank (index 0: rank 1)."""


def _simulate(
    field: _Field,
    spreads: Sequence[CategorySpread],
    how: Aggregate,
    seed: int,
    draws: int,
    quotas: PerCategory,
) -> _Tally:
    """Each entry's labels (a tie left to a vote counts its share of the labels held
    back) and ranks over the draws.

    A chunk of draws at a time, in C as far as it goes: per category and draw, its drawn
    scores sorted; the award rule (_Award.lines) gives per category and draw the lowest
    score labelled, and an entry's labels are the draws where its score reaches that
    line; its rank in a draw is its place in its category's order of that draw."""
    count = len(field.entries)
    award = _Award(field, quotas)
    hits = [0.0] * count
    ranks = [[0] * (stop - start) for start, stop in field.slices for _ in range(start, stop)]
    # Categories with noise and two entries or more: their entries' ranks change.
    moving = {
        c
        for c, ((start, stop), spread) in enumerate(zip(field.slices, spreads, strict=True))
        if spread.sd > 0 and stop - start > 1
    }
    category = field.category
    done = 0
    for rows in drawn_rows(field, _noise_scale(field, spreads, how), how, seed, draws):
        size = min(CHUNK, draws - done)
        done += size
        # Per category, per draw: its preselected entries' drawn scores, ascending.
        ascending = [
            [sorted(values) for values in zip(*(rows[i] for i in members), strict=True)]
            if members
            else [[] for _ in range(size)]
            for members in award.members
        ]
        for c in moving:
            start, stop = field.slices[c]
            local = range(stop - start)
            # Each draw's order of the category's entries, best first; then, place by
            # place, how many draws put each entry there.
            orders = [
                sorted(local, key=values.__getitem__, reverse=True)
                for values in zip(*rows[start:stop], strict=True)
            ]
            for place, column in enumerate(zip(*orders, strict=True)):
                for j, n in Counter(column).items():
                    ranks[start + j][place] += n
        lines: list[list[float]] = [[] for _ in award.members]
        for draw in range(size):
            found = award.lines([per_draw[draw] for per_draw in ascending])
            if found is None:
                found = [math.inf] * award.count
                given, pending, held = award.exact([row[draw] for row in rows])
                for i in given:
                    hits[i] += 1.0
                for i in pending:
                    hits[i] += held / len(pending)
            for c, line in enumerate(found):
                lines[c].append(line)
        for i in field.preselected:
            hits[i] += sum(map(ge, rows[i], lines[category[i]]))
    simulated = {i for c in moving for i in range(*field.slices[c])}
    for i, entry in enumerate(field.entries):
        if i not in simulated:
            # No noise in its category, or alone in it: its rank as marked, every draw.
            ranks[i][(entry.rank or 1) - 1] = draws
    return _Tally(hits, ranks)


def _interval(counts: Sequence[int], draws: int) -> tuple[float, int, int]:
    """Expected rank, and the 5th and 95th percentiles of the rank."""
    expected = sum(rank * n for rank, n in enumerate(counts, start=1)) / draws
    low = high = 0
    cumulative = 0
    for rank, n in enumerate(counts, start=1):
        cumulative += n
        if not low and 20 * cumulative >= draws:
            low = rank
        if 20 * cumulative >= 19 * draws:
            high = rank
            break
    return expected, low, high


def _status(entry: Entry) -> int:
    return 2 if entry.labelled else (1 if entry.pending else 0)


_Keyed = tuple[tuple[object, ...], int]
"""(the award rule's sort key with the id last, entry)."""


class _Places:
    """The places left as the greedy award walks down the candidates (see _Award._greedy):
    in all, reserved per category, free, and taken per category."""

    def __init__(self, field: _Field, counts: Sequence[int]) -> None:
        self.category = field.category
        self.cap = field.quota_max
        self.need = [0] * len(counts)
        left = field.labels
        for c in field.reserve_order:
            if counts[c]:
                self.need[c] = min(field.quota_min, counts[c], left)
                left -= self.need[c]
        self.free = left
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


def _margins(field: _Field, award: _Award) -> list[tuple[float | None, float | None]]:
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
            line = _line(field, award, key, a, [item for item in eligible if item[1] != a])
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
    field: _Field,
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


def _rival_line(field: _Field, key: tuple[object, ...], rival: tuple[object, ...]) -> float:
    """The lowest score that puts an entry with these tie-break values ahead of `rival`:
    its score, or one step above when the rival would come first at equal scores."""
    score = -float(rival[0])  # type: ignore[arg-type]
    ahead = (-score, *key[1:]) < rival
    return max(field.minimum, score if ahead else comparable(score + STEP))


def _line(
    field: _Field, award: _Award, key: tuple[object, ...], a: int, others: list[_Keyed]
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


class _Rescored:
    """Every ranked entry's score under other criteria weights, computed as the engine
    computes it (scoring.juror_score, then normalisation and aggregation). For the mean of
    raw scores, the jurors who marked every criterion are summed once per criterion."""

    def __init__(self, result: Result, field: _Field) -> None:
        self.how = result.aggregate
        self.normalised = result.normalize is Normalize.ZSCORE
        self.field = field
        self.categories: list[Category] = [group.category for group in result.categories]
        self.fast = self.how is Aggregate.MEAN and not self.normalised
        # Per category, per entry (every entry with juror scores: normalisation uses all),
        # per juror in use: the juror id and the (criterion index, rescaled mark) pairs.
        self.marked: list[list[tuple[Entry, list[tuple[str, list[tuple[int, float]]]]]]] = []
        for group in result.categories:
            criteria = group.category.criteria
            position = {criterion.id: k for k, criterion in enumerate(criteria)}
            rows = []
            for entry in group.entries:
                used = {s.juror for s in entry.juror_scores}
                jurors = [
                    (
                        given.juror,
                        [
                            (position[c], criteria[position[c]].scale.rescale(mark))
                            for c, mark in given.marks
                        ],
                    )
                    for given in entry.marks
                    if given.juror in used
                ]
                rows.append((entry, [(j, pairs) for j, pairs in jurors if pairs]))
            self.marked.append(rows)
        # For the mean of raw scores, per category: its first entry in the field, per
        # criterion the sum over each entry's complete jurors of their rescaled marks, the
        # jurors who left a mark out (entry, pairs), and each entry's number of jurors.
        self.blocks: list[
            tuple[list[list[float]], list[tuple[int, list[tuple[int, float]]]], list[int]]
        ] = []
        if self.fast:
            for c, (start, stop) in enumerate(field.slices):
                size = len(self.categories[c].criteria)
                rows_of = {e.id: jurors for e, jurors in self.marked[c]}
                columns = [[0.0] * (stop - start) for _ in range(size)]
                partial = []
                for local, entry in enumerate(field.entries[start:stop]):
                    for _, pairs in rows_of[entry.id]:
                        if len(pairs) == size:
                            for k, r in pairs:
                                columns[k][local] += r
                        else:
                            partial.append((local, pairs))
                counts = [len(e.juror_scores) for e in field.entries[start:stop]]
                self.blocks.append((columns, partial, counts))

    def scores(self, weights: Sequence[Sequence[float]]) -> list[float]:
        """Each ranked entry's score (in the field's order) with these weights per category
        (in each category's criteria order)."""
        if self.fast:
            return self._mean_of_raw(weights)
        juror_scores: dict[tuple[str, str], float] = {}
        rows: dict[str, list[tuple[str, str, float]]] = {}
        for category, marked, w in zip(self.categories, self.marked, weights, strict=True):
            found = rows.setdefault(category.id, [])
            for entry, jurors in marked:
                for juror, pairs in jurors:
                    value = _weighted(pairs, w)
                    juror_scores[(juror, entry.id)] = value
                    found.append((juror, entry.id, value))
        if self.normalised:
            juror_scores = zscore(rows).values
        scores = []
        for entry in self.field.entries:
            values = [juror_scores[(s.juror, entry.id)] for s in entry.juror_scores]
            scores.append(aggregate(values, self.how))
        return scores

    def _mean_of_raw(self, weights: Sequence[Sequence[float]]) -> list[float]:
        """Criterion by criterion over a category's entries, in C: the same figure as the
        juror-by-juror formula, up to float rounding."""
        scores: list[float] = []
        for (columns, partial, jurors), w in zip(self.blocks, weights, strict=True):
            mass = math.fsum(w)
            total = [0.0] * len(jurors)
            for weight, column in zip(w, columns, strict=True):
                total = list(map(add, total, map(mul, column, repeat(weight))))
            values = list(map(truediv, total, repeat(mass)))
            for local, pairs in partial:
                values[local] += _weighted(pairs, w)
            scores += map(truediv, values, jurors)
        return scores


def _weighted(pairs: Sequence[tuple[int, float]], weights: Sequence[float]) -> float:
    total = 0.0
    mass = 0.0
    for k, r in pairs:
        total += weights[k] * r
        mass += weights[k]
    return total / mass


def weight_factors(result: Result, seed: int, samples: int) -> list[list[list[float]]]:
    """Per sample, per category, per criterion: the factor its weight is multiplied by,
    1 - WEIGHT_CHANGE or 1 + WEIGHT_CHANGE with even odds, from a stream of its own
    ("weights/<category>/<criterion>"): every weight moves in every sample (a corner of
    the ±20 % box), jointly, whatever the files' order."""
    low, high = 1.0 - WEIGHT_CHANGE, 1.0 + WEIGHT_CHANGE
    per_criterion = [
        [
            [low if draw() < 0.5 else high for _ in range(samples)]
            for draw in (
                stream(seed, f"weights/{group.category.id}/{criterion.id}").random
                for criterion in group.category.criteria
            )
        ]
        for group in result.categories
    ]
    return [
        [[factors[s] for factors in category] for category in per_criterion] for s in range(samples)
    ]


def _weight_stability(
    result: Result, field: _Field, seed: int, samples: int, quotas: PerCategory
) -> list[float]:
    """Per entry, the share of the weight perturbations that leave its outcome (labelled,
    tied for a vote, or not labelled) as the rules decided it."""
    if not field.entries or samples == 0:
        return [1.0] * len(field.entries)
    rescored = _Rescored(result, field)
    award = _Award(field, quotas)
    base = [[criterion.weight for criterion in c.criteria] for c in rescored.categories]
    observed = [_status(entry) for entry in field.entries]
    same = [0] * len(field.entries)
    for factors in weight_factors(result, seed, samples):
        weights = [
            [w * f for w, f in zip(ws, fs, strict=True)]
            for ws, fs in zip(base, factors, strict=True)
        ]
        labelled, pending, _ = award.outcome(rescored.scores(weights))
        status = [0] * len(field.entries)
        for i in labelled:
            status[i] = 2
        for i in pending:
            status[i] = 1
        same = list(map(add, same, map(eq, status, observed)))
    return [n / samples for n in same]


def estimate(
    edition: Edition,
    result: Result,
    *,
    draws: int | None = None,
    seed: int | None = None,
    spreads: Sequence[CategorySpread] | None = None,
    weight_samples: int = WEIGHT_SAMPLES,
) -> Uncertainty:
    """How sure each ranked entry's outcome is; `draws` and `seed` default to the rules'
    (labelscore.yaml `uncertainty`: 1,000 draws, the edition's year). `spreads` replaces
    the juror spreads measured on the edition (to study the method); `weight_samples` 0
    skips the weight perturbations (every stability is then 1)."""
    rules = edition.rules
    draws = rules.draws if draws is None else draws
    seed = rules.seed if seed is None else seed
    if draws < 1:
        raise ValueError("the simulation needs at least one draw")
    field = _field(edition, result)
    spreads = pooled_spreads(result) if spreads is None else tuple(spreads)
    quotas = rules.awards.per_category
    tally = _simulate(field, spreads, result.aggregate, seed, draws, quotas)
    stability = _weight_stability(result, field, seed, weight_samples, quotas)
    margins = _margins(field, _Award(field, quotas))
    figures = []
    for i, entry in enumerate(field.entries):
        p_label = min(1.0, tally.hits[i] / draws)
        expected, low, high = _interval(tally.ranks[i], draws)
        margin, line = margins[i]
        figures.append(
            Certainty(
                application=entry.id,
                p_label=p_label,
                zone=zone_of(p_label),
                expected_rank=expected,
                rank_low=low,
                rank_high=high,
                margin=margin,
                line=line,
                weight_stability=stability[i],
            )
        )
    return Uncertainty(
        seed=seed,
        draws=draws,
        weight_samples=weight_samples,
        weight_change=WEIGHT_CHANGE,
        spreads=spreads,
        figures=tuple(figures),
    )
