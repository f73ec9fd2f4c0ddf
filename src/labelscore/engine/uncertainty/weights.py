"""Weight sensitivity: whether each outcome holds when every criterion weight moves by
±20 % jointly."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import repeat
from operator import add, mul, truediv

from labelscore.engine.aggregate import aggregate
from labelscore.engine.normalize import zscore
from labelscore.engine.result import Entry, Result
from labelscore.engine.uncertainty.award import Award
from labelscore.engine.uncertainty.draws import stream
from labelscore.engine.uncertainty.field import Field
from labelscore.models.choices import Aggregate, Normalize
from labelscore.models.criteria import Category
from labelscore.models.rules import PerCategory

WEIGHT_CHANGE = 0.2
"""Each criterion weight moves by this share, up or down."""
WEIGHT_SAMPLES = 64
"""Joint weight perturbations tried."""


def _status(entry: Entry) -> int:
    return 2 if entry.labelled else (1 if entry.pending else 0)


class _Rescored:
    """Every ranked entry's score under other criteria weights, computed as the engine
    computes it (scoring.juror_score, then normalisation and aggregation). For the mean of
    raw scores, the jurors who marked every criterion are summed once per criterion."""

    def __init__(self, result: Result, field: Field) -> None:
        self.how = result.aggregate
        self.normalised = result.normalize is Normalize.ZSCORE
        self.field = field
        self.categories: list[Category] = [group.category for group in result.categories]
        self.fast = self.how is Aggregate.MEAN and not self.normalised
        # Per category, per entry (every entry with juror scores: normalisation uses all;
        # the ranked ones for the mean of raw scores), per juror in use: the juror id and
        # the (criterion index, rescaled mark) pairs.
        self.marked: list[list[tuple[Entry, list[tuple[str, list[tuple[int, float]]]]]]] = []
        for group in result.categories:
            rescale = {
                criterion.id: (k, criterion.scale.rescale)
                for k, criterion in enumerate(group.category.criteria)
            }
            rows = []
            for entry in group.ranked if self.fast else group.entries:
                used = {s.juror for s in entry.juror_scores}
                jurors = []
                for given in entry.marks:
                    if given.juror not in used:
                        continue
                    pairs = []
                    for criterion, mark in given.marks:
                        k, to_score = rescale[criterion]
                        pairs.append((k, to_score(mark)))
                    if pairs:
                        jurors.append((given.juror, pairs))
                rows.append((entry, jurors))
            self.marked.append(rows)
        # For the mean of raw scores: per category, its sums of marks (see _Block).
        self.blocks: list[_Block] = []
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
                self.blocks.append(_Block(columns, partial, counts))

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
        scores: list[float] = []
        for block, w in zip(self.blocks, weights, strict=True):
            scores += block.scores(w)
        return scores


class _Block:
    """One category's scores as the mean of raw scores, criterion by criterion over its
    entries, in C: the same figure as the juror-by-juror formula, up to float rounding.

    Holds per criterion the sum over each entry's complete jurors of their rescaled
    marks (`columns`), the jurors who left a mark out (entry, pairs), and each entry's
    number of jurors. A category's scores depend on its own weights only, and each weight
    takes one of two values: the scores of weights already seen are reused, and so are
    the running sums over the first criteria (the same floats added in the same order)."""

    def __init__(
        self,
        columns: list[list[float]],
        partial: list[tuple[int, list[tuple[int, float]]]],
        jurors: list[int],
    ) -> None:
        self.columns = columns
        self.partial = partial
        self.jurors = jurors
        self.seen: dict[tuple[float, ...], list[float]] = {}
        """The scores, by the category's weights."""
        self.sums: dict[tuple[float, ...], list[float]] = {(): [0.0] * len(jurors)}
        """The running sums of weighted marks, by the weights of the first criteria."""

    def scores(self, weights: Sequence[float]) -> list[float]:
        """The category's scores with these weights (a list kept for reuse: read only)."""
        key = tuple(weights)
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = self._scores(key)
        return found

    def _scores(self, weights: tuple[float, ...]) -> list[float]:
        total = self.sums[()]
        for k, (weight, column) in enumerate(zip(weights, self.columns, strict=True), 1):
            running = self.sums.get(weights[:k])
            if running is None:
                running = list(map(add, total, map(mul, column, repeat(weight))))
                self.sums[weights[:k]] = running
            total = running
        values = list(map(truediv, total, repeat(math.fsum(weights))))
        for local, pairs in self.partial:
            values[local] += _weighted(pairs, weights)
        return list(map(truediv, values, self.jurors))


def _weighted(pairs: Sequence[tuple[int, float]], weights: Sequence[float]) -> float:
    total = 0.0
    mass = 0.0
    for k, r in pairs:
        total += weights[k] * r
        mass += weights[k]
    return total / mass


def perturbed_weights(result: Result, seed: int, samples: int) -> list[list[tuple[float, ...]]]:
    """Per category, per sample: its criteria weights, each multiplied by 1 - WEIGHT_CHANGE
    or 1 + WEIGHT_CHANGE with even odds, from a stream of its own
    ("weights/<category>/<criterion>"): every weight moves in every sample (a corner of
    the ±20 % box), jointly, whatever the files' order."""
    low, high = 1.0 - WEIGHT_CHANGE, 1.0 + WEIGHT_CHANGE
    found: list[list[tuple[float, ...]]] = []
    for group in result.categories:
        columns = []
        for criterion in group.category.criteria:
            draw = stream(seed, f"weights/{group.category.id}/{criterion.id}").random
            lowered, raised = criterion.weight * low, criterion.weight * high
            columns.append([lowered if draw() < 0.5 else raised for _ in range(samples)])
        per_sample: list[tuple[float, ...]] = (
            list(zip(*columns, strict=True)) if columns else [()] * samples
        )
        found.append(per_sample)
    return found


def weight_stability(
    result: Result, field: Field, seed: int, samples: int, quotas: PerCategory
) -> list[float]:
    """Per entry, the share of the weight perturbations that leave its outcome (labelled,
    tied for a vote, or not labelled) as the rules decided it."""
    if not field.entries or samples == 0:
        return [1.0] * len(field.entries)
    rescored = _Rescored(result, field)
    award = Award(field, quotas)
    observed = [_status(entry) for entry in field.entries]
    was_labelled = {i for i, status in enumerate(observed) if status == 2}
    was_pending = {i for i, status in enumerate(observed) if status == 1}
    changed = [0] * len(field.entries)
    for weights in zip(*perturbed_weights(result, seed, samples), strict=True):
        labelled, pending, _ = award.outcome(rescored.scores(weights))
        # Only the entries whose outcome changed are visited.
        for i in (was_labelled ^ set(labelled).difference(pending)) | (was_pending ^ set(pending)):
            changed[i] += 1
    return [(samples - n) / samples for n in changed]
