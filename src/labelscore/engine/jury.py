"""How each juror marks, compared with the other jurors on the same applications."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict

from labelscore.engine.result import JurorReport, Result
from labelscore.models.edition import Edition

SHARED_FOR_FLAG = 3
"""Applications a juror must share with other jurors before being called harsh or lenient
(and before a correlation is given): on one or two, the difference says more about those
applications, or about a row left half-marked, than about how the juror marks."""


def jury_report(edition: Edition, result: Result) -> tuple[JurorReport, ...]:
    by_application = {e.id: e.juror_scores for e in result.entries}
    own: dict[str, list[float]] = defaultdict(list)
    pairs: dict[str, list[tuple[float, float]]] = defaultdict(list)
    missing: Counter[str] = Counter()
    for scores in by_application.values():
        total = sum(s.raw for s in scores)
        for score in scores:
            own[score.juror].append(score.raw)
            missing[score.juror] += len(score.missing)
            if len(scores) > 1:
                others = (total - score.raw) / (len(scores) - 1)
                pairs[score.juror].append((score.raw, others))
    conflicts = Counter(c.juror for c in result.conflicts)
    threshold = edition.rules.scoring.leniency_flag
    reports = []
    for juror in edition.jurors:
        values = own.get(juror.id, [])
        shared = pairs.get(juror.id, [])
        leniency = statistics.fmean(a - b for a, b in shared) if shared else None
        flag = None
        if leniency is not None and len(shared) >= SHARED_FOR_FLAG and abs(leniency) > threshold:
            flag = "lenient" if leniency > 0 else "harsh"
        reports.append(
            JurorReport(
                juror=juror.id,
                name=juror.name,
                organisation=juror.organisation,
                categories=tuple(juror.categories),
                scored=len(values),
                mean=statistics.fmean(values) if values else None,
                spread=statistics.stdev(values) if len(values) > 1 else None,
                leniency=leniency,
                correlation=_correlation(shared),
                conflicts=conflicts[juror.id],
                missing_marks=missing[juror.id],
                flag=flag,
            )
        )
    return tuple(reports)


def _correlation(pairs: list[tuple[float, float]]) -> float | None:
    if len(pairs) < SHARED_FOR_FLAG:
        return None
    first = [a for a, _ in pairs]
    second = [b for _, b in pairs]
    try:
        return statistics.correlation(first, second)
    except statistics.StatisticsError:
        return None
