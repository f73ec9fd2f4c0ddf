"""The draws through the award rule: each entry's labels and ranks."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import ge

from labelscore.engine.result import CategorySpread
from labelscore.engine.uncertainty.award import Award
from labelscore.engine.uncertainty.draws import CHUNK, drawn_rows, noise_scale
from labelscore.engine.uncertainty.field import Field
from labelscore.models.choices import Aggregate
from labelscore.models.rules import PerCategory


@dataclass(frozen=True)
class Tally:
    hits: list[float]
    ranks: list[list[int]]
    """Per entry, how many draws gave it each rank (index 0: rank 1)."""


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
    line; its rank in a draw is its place in its category's order of that draw."""
    count = len(field.entries)
    award = Award(field, quotas)
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
    for rows in drawn_rows(field, noise_scale(field, spreads, how), how, seed, draws):
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
