"""How long `assign()` takes to share an edition's applications among its jurors.

Usage: python bench/assign.py [--sizes 100 1000 10000] [--runs 3] [--shape panels|wide]

For each size, a synthetic edition is built in memory, shaped as bench/generate.py shapes
its editions (about a hundred applications per category from 1,000 on, six categories
below; a panel of eight jurors per category: 800 jurors at 10,000 applications; the
first juror of each panel declares a conflict with its first application, the second
shares the territory of its second one), plus a declared conflict for about 2 % of the
applications. `--shape wide` puts every application in one category scored by every
juror (800 at 10,000): the case where a choice could look at every juror.
`--files` writes the edition with bench/generate.py and reads it with
labelscore.api.load_edition instead (slower to set up; the same assign() is timed).

Printed: the median time of assign() alone (4 jurors per application), the growth from
the previous size (10x the applications should cost at most about 12x the time), and
whether 10,000 applications took under 5 s. Exit 1 when a size of 10,000 or more
takes longer than 5 s per 10,000 applications.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from generate import PANEL
from generate import main as write_edition

from labelscore.engine.assignment import assign
from labelscore.models.application import Application
from labelscore.models.criteria import Category
from labelscore.models.edition import Edition
from labelscore.models.jury import Juror
from labelscore.models.rules import Rules

PER_APPLICATION = 4
LIMIT = 5.0
"""Seconds allowed per 10,000 applications."""


def _insee(index: int) -> str:
    return f"{(index % 95) + 1:02d}{index % 1000:03d}"


def synthetic(count: int, wide: bool) -> Edition:
    """An edition of `count` applications, in memory; the same count gives the same one."""
    rng = random.Random(count)
    categories = 1 if wide else (max(1, round(count / 100)) if count > 600 else 6)
    panel = PANEL * (max(1, round(count / 100)) if count > 600 else 6) if wide else PANEL
    rules = Rules.model_validate(
        {
            "name": "Bench",
            "year": 2030,
            "scoring": {"minimum_jurors": 3},
            "awards": {"labels": max(categories * 2, count // 4)},
        }
    )
    category_models = [
        Category.model_validate(
            {
                "id": f"categorie-{index:03d}",
                "title": f"Catégorie {index}",
                "criteria": [
                    {"id": "innovation", "title": "Innovation", "weight": 1, "scale": {"max": 5}}
                ],
            }
        )
        for index in range(categories)
    ]
    members: dict[int, list[str]] = {index: [] for index in range(categories)}
    applications = []
    for index in range(count):
        category = index % categories
        ident = f"projet-{index:05d}"
        members[category].append(ident)
        applications.append(
            Application.model_validate(
                {
                    "id": ident,
                    "category": f"categorie-{category:03d}",
                    "title": f"Projet numérique n°{index}",
                    "territory": {
                        "name": f"Territoire {index:05d}",
                        "kind": "commune",
                        "insee": _insee(index),
                        "postal_code": _insee(index),
                        "population": 1000 + index,
                    },
                    "status": "realised",
                    "start_date": "2020-01-10",
                    "summary": "Un service numérique pour les habitants.",
                    "contact": {"name": "Camille Martin", "email": "contact@example.fr"},
                }
            )
        )
    jurors = []
    for category, idents in members.items():
        seats = [f"jure-{category:03d}-{seat:03d}" for seat in range(panel)]
        declared: dict[str, list[str]] = {juror: [] for juror in seats}
        if idents:
            declared[seats[0]].append(idents[0])
        for ident in idents:
            if rng.random() < 0.02:
                declared[rng.choice(seats)].append(ident)
        for seat, juror in enumerate(seats):
            data: dict[str, object] = {
                "id": juror,
                "name": f"Juré {category}-{seat}",
                "organisation": "Réseau des territoires",
                "categories": [f"categorie-{category:03d}"],
                "conflicts": sorted(set(declared[juror])),
            }
            if seat == 1 and len(idents) > 1:
                insee = _insee(int(idents[1][-5:]))
                data["territory"] = {"name": f"Ville {insee}", "insee": insee}
            jurors.append(Juror.model_validate(data))
    return Edition.of(rules, category_models, applications, jurors, ())


def from_files(count: int, folder: Path) -> Edition:
    from labelscore.api import load_edition

    target = folder / f"edition-{count}"
    write_edition(["--applications", str(count), str(target)])
    return load_edition(target).edition


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shape", choices=("panels", "wide"), default="panels")
    parser.add_argument("--files", action="store_true", help="write and read real files")
    args = parser.parse_args(argv)
    print(
        f"{'apps':>6} {'jurors':>6} {'categ.':>6} {'confl.':>6} {'assign s':>9} "
        f"{'growth':>7} {'shortfalls':>10} {'max-min':>7}"
    )
    previous: float | None = None
    slow = False
    with tempfile.TemporaryDirectory() as workdir:
        for size in args.sizes:
            if args.files:
                edition = from_files(size, Path(workdir))
            else:
                edition = synthetic(size, args.shape == "wide")
            times = []
            for _ in range(max(1, args.runs)):
                start = time.perf_counter()
                assignment = assign(edition, PER_APPLICATION)
                times.append(time.perf_counter() - start)
            seconds = statistics.median(times)
            spread = max(
                (max(loads.values()) - min(loads.values()))
                for loads in (assignment.loads(c.id) for c in edition.categories)
                if loads
            )
            growth = f"{seconds / previous:6.1f}x" if previous else "      -"
            print(
                f"{size:>6} {len(edition.jurors):>6} {len(edition.categories):>6} "
                f"{len(edition.conflicts):>6} {seconds:>9.3f} {growth:>7} "
                f"{len(assignment.shortfalls):>10} {spread:>7}"
            )
            previous = seconds
            if size >= 10_000 and seconds > LIMIT * size / 10_000:
                slow = True
    if slow:
        print(f"too slow: over {LIMIT:g} s per 10,000 applications")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
