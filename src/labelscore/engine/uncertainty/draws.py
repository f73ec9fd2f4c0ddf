"""The scoring noise: the juror spread of each category, and the draws of every entry's
score from a random stream of its own."""

from __future__ import annotations

import hashlib
import math
import random
import statistics
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from statistics import NormalDist

from labelscore.engine.aggregate import aggregate
from labelscore.engine.result import CategorySpread, Result
from labelscore.engine.uncertainty.field import Field
from labelscore.models.choices import Aggregate, Normalize

POOL_FROM = 20
"""Degrees of freedom a category needs to use its own juror spread."""
CHUNK = 128
"""Draws made at a time (even: antithetic pairs never straddle two chunks)."""
_SMALLEST = 2.0**-54
"""Stands for a uniform draw of 0 (`random()` gives k / 2**53, k from 0; probability
2**-53), which has no normal quantile."""

_normal: Callable[[float, float, float], float] = getattr(
    statistics, "_normal_dist_inv_cdf", lambda p, mu, sigma: NormalDist(mu, sigma).inv_cdf(p)
)
"""The inverse normal CDF (p, mean, sd): the function behind `NormalDist.inv_cdf` (in C
in CPython), called without building a NormalDist for each value."""
_RANDOM = random.Random.random


def stream(seed: int, key: str) -> random.Random:
    """A random stream of its own for `key` (an entry id), the same on every platform."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


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


def noise_scale(field: Field, spreads: Sequence[CategorySpread], how: Aggregate) -> list[float]:
    """Per entry: the standard deviation of its drawn score around its own (mean), or the
    juror spread its k deviations are drawn with (median, trimmed mean)."""
    sds = [spread.sd for spread in spreads]
    if how is Aggregate.MEAN:
        return [
            sds[c] / math.sqrt(len(entry.juror_scores))
            for c, entry in zip(field.category, field.entries, strict=True)
        ]
    return [sds[c] for c in field.category]


def _normals(generator: random.Random, count: int, mu: float, sd: float) -> list[float]:
    """The next `count` uniform draws of a stream, as normal deviates of mean `mu` and
    standard deviation `sd`."""
    uniforms = list(map(_RANDOM, repeat(generator, count)))
    try:
        return list(map(_normal, uniforms, repeat(mu, count), repeat(sd, count)))
    except ValueError:
        # A uniform draw of 0, which has no quantile (tested only then: a scan costs).
        return list(map(_normal, [u or _SMALLEST for u in uniforms], repeat(mu), repeat(sd)))


def drawn_rows(
    field: Field, scale: Sequence[float], how: Aggregate, seed: int, draws: int
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
                row = _normals(generator, pairs, score, sd)
            else:
                k = jurors[i]
                row = [
                    score + sd * aggregate(_normals(generator, k, 0.0, 1.0), how)
                    for _ in range(pairs)
                ]
            # The antithetic half: the score mirrored, score - z for score + z.
            twice = score + score
            row += [twice - value for value in row]
            if size < len(row):
                del row[size:]  # an odd last chunk leaves the last one out
            rows.append(row)
        yield rows
        done += size


def drawn_scores(
    field: Field, scale: Sequence[float], how: Aggregate, seed: int, draws: int
) -> Iterator[list[tuple[float, ...]]]:
    """The same draws, one tuple of every entry's drawn score per draw."""
    done = 0
    for rows in drawn_rows(field, scale, how, seed, draws):
        size = min(CHUNK, draws - done)
        yield list(zip(*rows, strict=True)) if rows else [() for _ in range(size)]
        done += size
