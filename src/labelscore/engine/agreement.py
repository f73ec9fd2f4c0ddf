"""How far the jurors agree: Krippendorff's alpha, interval metric, missing data allowed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def krippendorff_alpha_interval(units: Iterable[Sequence[float]]) -> float | None:
    """Alpha over units (applications), each with the values its coders (jurors) gave.

    Units with fewer than two values cannot be paired and are left out (Hayes and
    Krippendorff 2007). With n pairable values:

        alpha = 1 - (n - 1) / n * sum_u [m_u / (m_u - 1) * SS_u] / SS_total

    where SS_u is the sum of squared deviations within unit u and SS_total over all
    pairable values. None when nothing can be paired or all values are equal.
    """
    pairable = [list(unit) for unit in units if len(unit) >= 2]
    values = [value for unit in pairable for value in unit]
    n = len(values)
    if n < 2:
        return None
    grand = sum(values) / n
    total = sum((value - grand) ** 2 for value in values)
    if total == 0:
        return None
    within = 0.0
    for unit in pairable:
        centre = sum(unit) / len(unit)
        within += len(unit) / (len(unit) - 1) * sum((value - centre) ** 2 for value in unit)
    return 1 - (n - 1) / n * within / total
