"""The draws through the award rule: each entry's labels and ranks."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import ge

from labelscore.engine.result import CategorySpread
from labelscore.engine.uncertainty.award import Award
from labelscore.engine.uncertainty.draws import drawn_rows, noise_scale
from labelscore.engine.uncertainty.field import Field
from labelscore.models.choices import Aggregate
from labelscore.models.rules import PerCategory


@dataclass(frozen=True)
class Tally:
    hits: list[float]
    ranks: list[list[int]]
    """Per entry, how many draws gave it each rank (index 0: rank 1)."""


class _Places:
    """How many draws put each entry of a category in each place of its order (best
    first; equal drawn scores in the field's order), counted in C: per place, a Counter
    of the entries found there, decoded once at the end."""

    def __init__(self, start: int, stop: int) -> None:
        self.start = start
        self.stop = stop
        self.local = range(stop - start)
        self.seen: list[Counter[int]] = [Counter() for _ in self.local]

    def count(self, rows: Sequence[list[float]]) -> None:
        """Count the places in one chunk of draws (rows: per entry, its drawn scores)."""
        local = self.local
        # Each draw's scores as a list: a list's __getitem__ is a faster key than a
        # tuple's.
        orders = [
            sorted(local, key=values.__getitem__, reverse=True)
            for values in map(list, zip(*rows[self.start : self.stop], strict=True))
        ]
        for counter, column in zip(self.seen, zip(*orders, strict=True), strict=True):
            counter.update(column)

    def add_to(self, ranks: list[list[int]]) -> None:
        for place, counter in enumerate(self.seen):
            for j, n in counter.items():
                ranks[self.start + j][place] += n


def simulate(
    field: Field,
    spreads: Sequence[CategorySpread],
    how: Aggregate,
    seed: int,
    draws: int,
    quotas: PerCategory,
) -> Tally:
    """Each entry's labels (a tie left to a vote counts its share of the labels held
    back) and ranks over the draws.

    A chunk of draws at a time, in C as far as it goes: per category and draw, its drawn
    scores sorted; the award rule (Award.lines) gives per category and draw the lowest
    score labelled, and an entry's labels are the draws where its score reaches that
    line; its rank in a draw is its place in its category's order of that draw.

    The order of the float additions to `hits` is the draws' order within a chunk (the
    shares of a tie), then the chunk's whole labels: a figure depends on it."""
    award = Award(field, quotas)
    hits = [0.0] * len(field.entries)
    # Categories with noise and two entries or more: their entries' ranks change.
    places = {
        c: _Places(start, stop)
        for c, ((start, stop), spread) in enumerate(zip(field.slices, spreads, strict=True))
        if spread.sd > 0 and stop - start > 1
    }
    category = field.category
    members = award.members
    lines_of = award.lines
    for rows in drawn_rows(field, noise_scale(field, spreads, how), how, seed, draws):
        size = len(rows[0]) if rows else 0
        # Per category, per draw: its preselected entries' drawn scores, ascending.
        ascending = [
            list(map(sorted, zip(*map(rows.__getitem__, chosen), strict=True)))
            if chosen
            else [[]] * size
            for chosen in members
        ]
        for counter in places.values():
            counter.count(rows)
        # Per draw, per category: the lowest score labelled.
        per_draw = zip(
            zip(*ascending, strict=True),
            zip(*award.candidates(ascending), strict=True),
            strict=True,
        )
        found: list[Sequence[float]] = []
        for draw, (scores, candidates) in enumerate(per_draw):
            lines = lines_of(scores, candidates)
            if lines is None:
                lines = [math.inf] * award.count
                given, pending, held = award.exact([row[draw] for row in rows])
                for i in given:
                    hits[i] += 1.0
                for i in pending:
                    hits[i] += held / len(pending)
            found.append(lines)
        by_category = list(zip(*found, strict=True))
        for i in field.preselected:
            hits[i] += sum(map(ge, rows[i], by_category[category[i]]))
    ranks = [[0] * (stop - start) for start, stop in field.slices for _ in range(start, stop)]
    for counter in places.values():
        counter.add_to(ranks)
    for i, entry in enumerate(field.entries):
        if category[i] not in places:
            # No noise in its category, or alone in it: its rank as marked, every draw.
            ranks[i][(entry.rank or 1) - 1] = draws
    return Tally(hits, ranks)


def interval(counts: Sequence[int], draws: int) -> tuple[float, int, int]:
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
