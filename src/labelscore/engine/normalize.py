"""Harsh and lenient jurors: each juror's scores standardised within the category.

For juror j in category c, with mean m_j and sample standard deviation s_j of their
scores there, and G and S the mean and sample standard deviation of all jurors' scores
in the category:

    z(j, a) = (score(j, a) - m_j) / s_j          normalised = G + S * z(j, a)

A juror with fewer than MINIMUM_ENTRIES scores in the category, or whose scores all
equal, cannot be standardised: their scores are only centred (normalised = G +
score - m_j), with a warning naming them.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from labelscore.engine.result import CentringCause, CentringReason

MINIMUM_ENTRIES = 5


class Normalised(NamedTuple):
    values: dict[tuple[str, str], float]
    """(juror, application) -> normalised score."""
    centred_only: tuple[tuple[str, str, CentringReason], ...]
    """(category, juror, why) for jurors whose scores were only centred."""


def zscore(scores: Mapping[str, Sequence[tuple[str, str, float]]]) -> Normalised:
    """scores: category -> (juror, application, raw score), non-conflicted scores only."""
    values: dict[tuple[str, str], float] = {}
    centred: list[tuple[str, str, CentringReason]] = []
    for category in sorted(scores):
        rows = scores[category]
        everything = [score for _, _, score in rows]
        if not everything:
            continue
        grand = statistics.fmean(everything)
        spread = statistics.stdev(everything) if len(everything) > 1 else 0.0
        by_juror: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for juror, application, score in rows:
            by_juror[juror].append((application, score))
        for juror in sorted(by_juror):
            own = by_juror[juror]
            marks = [score for _, score in own]
            centre = statistics.fmean(marks)
            deviation = statistics.stdev(marks) if len(marks) > 1 else 0.0
            if len(marks) < MINIMUM_ENTRIES or deviation == 0 or spread == 0:
                cause = (
                    CentringCause.FEW_SCORES
                    if len(marks) < MINIMUM_ENTRIES
                    else CentringCause.EQUAL_SCORES
                )
                centred.append(
                    (category, juror, CentringReason(cause, len(marks), MINIMUM_ENTRIES))
                )
                for application, score in own:
                    values[(juror, application)] = grand + score - centre
                continue
            for application, score in own:
                values[(juror, application)] = grand + spread * (score - centre) / deviation
    return Normalised(values, tuple(centred))
