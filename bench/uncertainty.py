"""How long the simulation that says how sure each label is takes (engine.uncertainty).

Usage: python bench/uncertainty.py [--sizes 1000 10000] [--runs 5] [--draws 1000]

First the bundled 2010 edition (99 ranked applications, 6 categories), then synthetic
editions of each size built in memory (about a hundred applications per category, a
panel of eight jurors per category, 3 to 5 jurors per application, five criteria, 80 %
preselected, a quarter of the applications labelled, 1 to 12 per category, minimum score
40). Each edition is ranked once (not timed), then `estimate()` is timed alone, in this
process: the draws with the award rule and the ranks, the weight perturbations and the
margins to the label line.

Printed per edition: the median time of `estimate()` and of its draws alone (P(label),
ranks), the time per application, the growth from the previous size (10x the
applications should cost about 10x the time), and the verdict against the budget of
issue 12: 60 ms for the 2010 edition, 10 s for 10,000 applications (linear in between).
Times are CPU time of the process (time.process_time), medians of --runs (one run from
1,000 applications on). A reference loop (a million float additions in pure Python) is
timed in the same run, so that numbers from a loaded machine can be compared. Exit 1 when
an edition of 10,000 applications or more misses its budget (a smoke run at small sizes
never fails on time).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from labelscore.api import rank
from labelscore.engine import uncertainty
from labelscore.engine.ranking import rank_edition
from labelscore.engine.result import Result
from labelscore.engine.uncertainty.field import field_of
from labelscore.engine.uncertainty.simulate import simulate
from labelscore.models.application import Application
from labelscore.models.criteria import Category
from labelscore.models.edition import Edition
from labelscore.models.jury import Juror, ScoreSheet
from labelscore.models.rules import Rules

ROOT = Path(__file__).resolve().parent.parent
BUDGET_2010 = 0.060
BUDGET_PER_10000 = 10.0
CRITERIA = ("innovation", "usages", "inclusion", "partenariats", "transferabilite")
PANEL = 8


def synthetic(count: int) -> Edition:
    """An edition of `count` scored applications, in memory; the same count gives the
    same edition."""
    rng = random.Random(count)
    categories = max(1, round(count / 100))
    rules = Rules.model_validate(
        {
            "name": "Bench",
            "year": 2030,
            "scoring": {"minimum_jurors": 3},
            "awards": {
                "labels": max(categories * 2, count // 4),
                "per_category": {"min": 1, "max": max(12, count // categories // 4 + 3)},
                "minimum_score": 40,
                "preselection": {
                    "at_least": 1,
                    "criteria": [{"id": "realise", "question": "R ?", "status": ["realised"]}],
                },
                "tie_break": ["realised", "median"],
            },
        }
    )
    models = [
        Category.model_validate(
            {
                "id": f"categorie-{c:03d}",
                "title": f"Catégorie {c}",
                "criteria": [
                    {"id": name, "title": name, "weight": 1 + (k % 3), "scale": {"max": 5}}
                    for k, name in enumerate(CRITERIA)
                ],
            }
        )
        for c in range(categories)
    ]
    applications = []
    marks: dict[str, list[dict[str, object]]] = {}
    jurors = []
    for c in range(categories):
        panel = [f"jure-{c:03d}-{seat}" for seat in range(PANEL)]
        for juror in panel:
            jurors.append(
                Juror.model_validate(
                    {
                        "id": juror,
                        "name": juror,
                        "organisation": "Réseau",
                        "categories": [f"categorie-{c:03d}"],
                    }
                )
            )
            marks[juror] = []
    for index in range(count):
        c = index % categories
        ident = f"projet-{index:05d}"
        applications.append(
            Application.model_validate(
                {
                    "id": ident,
                    "category": f"categorie-{c:03d}",
                    "title": f"Projet {index}",
                    "territory": {
                        "name": f"Territoire {index:05d}",
                        "kind": "commune",
                        "insee": f"{(index % 95) + 1:02d}{index % 1000:03d}",
                        "postal_code": f"{(index % 95) + 1:02d}{index % 1000:03d}",
                        "population": 1000 + index,
                    },
                    "status": "realised" if rng.random() < 0.8 else "planned",
                    "start_date": "2020-01-10",
                    "summary": "Un service numérique pour les habitants.",
                    "contact": {"name": "Camille Martin", "email": "contact@example.fr"},
                }
            )
        )
        quality = rng.gauss(2.8, 0.6)
        for juror in rng.sample(
            [f"jure-{c:03d}-{seat}" for seat in range(PANEL)], rng.randint(3, 5)
        ):
            given = {
                name: min(5.0, max(0.0, round(quality + rng.gauss(0, 0.7), 1))) for name in CRITERIA
            }
            marks[juror].append({"application": ident, "marks": given})
    sheets = [
        ScoreSheet.model_validate({"juror": juror, "scores": scores})
        for juror, scores in marks.items()
    ]
    return Edition.of(rules, models, applications, jurors, sheets, conflicts=())


def median_time(call: Callable[[], object], runs: int) -> float:
    """CPU time of this process (time.process_time): on a machine shared with other work,
    it strays less than the wall clock. The cyclic garbage collector is paused, as `rank`
    pauses it (api.rank, cli.main)."""
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            call()
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return statistics.median(times)


def reference_loop() -> float:
    start = time.process_time()
    total = 0.0
    for value in range(1_000_000):
        total += value
    return time.process_time() - start


def measure(edition: Edition, result: Result, runs: int, draws: int) -> tuple[float, float]:
    """(estimate() whole, its draws alone), medians in seconds."""
    field = field_of(edition, result)
    spreads = uncertainty.pooled_spreads(result)
    quotas = edition.rules.awards.per_category
    whole = median_time(lambda: uncertainty.estimate(edition, result, draws=draws), runs)
    draws_only = median_time(
        lambda: simulate(field, spreads, result.aggregate, edition.rules.seed, draws, quotas),
        runs,
    )
    return whole, draws_only


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--draws", type=int, default=1000)
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    reference = statistics.median(reference_loop() for _ in range(max(3, runs)))
    print(f"reference loop (1e6 float additions): {reference * 1000:.0f} ms")
    print(
        f"{'edition':>12} {'apps':>6} {'estimate':>9} {'draws':>9} {'per app':>8} "
        f"{'growth':>7} {'budget':>8}"
    )
    slow = False
    loaded = rank(ROOT, draws=0)
    rows: list[tuple[str, Edition, Result, float]] = [
        ("2010", loaded.edition, loaded.result, BUDGET_2010)
    ]
    for size in args.sizes:
        edition = synthetic(size)
        rows.append(("synthetic", edition, rank_edition(edition), BUDGET_PER_10000 * size / 10_000))
    previous: tuple[int, float] | None = None
    for name, edition, result, budget in rows:
        count = sum(len(c.ranked) for c in result.categories)
        whole, draws_only = measure(edition, result, runs if count <= 1000 else 1, args.draws)
        growth = (
            f"{whole / previous[1]:6.1f}x"
            if previous and name != "2010" and previous[0] < count
            else "      -"
        )
        verdict = "met" if whole <= budget else "NOT met"
        slow |= whole > budget and count >= 10_000
        print(
            f"{name:>12} {count:>6} {whole * 1000:7.0f}ms {draws_only * 1000:7.0f}ms "
            f"{whole / count * 1e6:6.0f}us {growth:>7} {budget * 1000:6.0f}ms {verdict}"
        )
        previous = (count, whole)
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
