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

from collections.abc import Sequence

from labelscore.engine.result import CategorySpread, Certainty, Result, Uncertainty, Zone
from labelscore.engine.uncertainty.award import Award
from labelscore.engine.uncertainty.draws import pooled_spreads, stream
from labelscore.engine.uncertainty.field import field_of
from labelscore.engine.uncertainty.margins import margins
from labelscore.engine.uncertainty.simulate import interval, simulate
from labelscore.engine.uncertainty.weights import WEIGHT_CHANGE, WEIGHT_SAMPLES, weight_stability
from labelscore.models.edition import Edition

__all__ = ["OUT", "SURE", "estimate", "pooled_spreads", "stream", "zone_of"]

SURE = 0.9
"""P(label) from which a label is sure (and up to which, from below, an entry is out)."""
OUT = 0.1
"""P(label) up to which an entry is out."""


def zone_of(p_label: float) -> Zone:
    if p_label >= SURE:
        return Zone.SURE
    if p_label <= OUT:
        return Zone.OUT
    return Zone.CLOSE_CALL


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
    field = field_of(edition, result)
    spreads = pooled_spreads(result) if spreads is None else tuple(spreads)
    quotas = rules.awards.per_category
    tally = simulate(field, spreads, result.aggregate, seed, draws, quotas)
    stability = weight_stability(result, field, seed, weight_samples, quotas)
    lines = margins(field, Award(field, quotas))
    figures = []
    for i, entry in enumerate(field.entries):
        p_label = min(1.0, tally.hits[i] / draws)
        expected, low, high = interval(tally.ranks[i], draws)
        margin, line = lines[i]
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
