"""From jurors' scores to one application score."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from labelscore.models.choices import Aggregate

TRIM_FROM = 5
"""The trimmed mean drops the highest and lowest score only from this many jurors on."""


def aggregate(values: Sequence[float], how: Aggregate) -> float:
    if how is Aggregate.MEDIAN:
        return statistics.median(values)
    if how is Aggregate.TRIMMED and len(values) >= TRIM_FROM:
        return statistics.fmean(sorted(values)[1:-1])
    return statistics.fmean(values)
