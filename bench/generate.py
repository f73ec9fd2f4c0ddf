"""Write a synthetic edition of N applications, in the formats of the sample edition.

Usage: python bench/generate.py --applications N DIR

Categories and jurors grow with N (about a hundred applications per category, a panel
of eight jurors per category); each application is scored by 3 to 8 jurors; about 2 % of
applications have a declared or an automatic conflict and 2 % of scores miss a mark.
The output depends on N only: the same N writes the same bytes.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

PANEL = 8
CRITERIA = ("innovation", "usages", "inclusion", "partenariats", "transferabilite")
KINDS = ("commune", "commune", "commune", "intercommunalité", "département")
STATUSES = ("planned", "in progress", "in progress", "realised", "realised")


def luhn_complete(prefix: str) -> str:
    """The 9-digit SIREN number starting with these 8 digits."""
    for last in "0123456789":
        digits = [int(c) for c in prefix + last]
        total = sum(
            d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2)
            for i, d in enumerate(reversed(digits))
        )
        if total % 10 == 0:
            return prefix + last
    raise AssertionError(prefix)


def rules(applications: int, categories: int) -> str:
    labels = max(categories * 2, applications // 4)
    return f"""# Synthetic edition of {applications} applications (bench/generate.py).
name: Édition synthétique
year: 2030
scoring:
  minimum_jurors: 3
  discuss_spread: 30
  leniency_flag: 10
awards:
  labels: {labels}
  per_category:
    min: 1
    max: {max(2, labels // categories + 3)}
  minimum_score: 40
  preselection:
    at_least: 1
    criteria:
      - id: realise
        question: Le projet est-il réalisé ?
        status: [realised]
      - id: audience
        question: Le public est-il mesuré ?
        indicator_kinds: [audience]
  tie_break: [realised, median, top_criterion]
"""


def criteria(index: int, rng: random.Random) -> str:
    lines = [f"id: categorie-{index:03d}", f"title: Catégorie {index}", "criteria:"]
    for name in CRITERIA:
        top = rng.choice((5, 5, 10))
        lines += [
            f"  - id: {name}",
            f"    title: {name.capitalize()}",
            "    guidance: Ce que le jury regarde pour ce critère.",
            f"    weight: {rng.randint(1, 3)}",
            f"    scale: {{min: 0, max: {top}}}",
        ]
    return "\n".join(lines) + "\n"


def application(index: int, category: int, rng: random.Random) -> tuple[str, str]:
    ident = f"projet-{index:05d}"
    kind = rng.choice(KINDS)
    insee = f"{(index % 95) + 1:02d}{index % 1000:03d}"
    code = (
        f"  insee: {insee}\n"
        if kind != "intercommunalité"
        else f"  siren: {luhn_complete(f'2{index:07d}')}\n"
    )
    if kind == "département":
        code = f"  insee: '{(index % 95) + 1:02d}'\n"
    indicators = ""
    if rng.random() < 0.3:
        indicators = (
            "indicators:\n"
            f"  - name: Personnes touchées\n    value: {rng.randint(50, 20000)}\n"
            "    kind: audience\n"
        )
    text = f"""# yaml-language-server: $schema=../schema/application.schema.json
id: {ident}
category: categorie-{category:03d}
title: Projet numérique n°{index}
territory:
  name: Territoire {index:05d}
  kind: {kind}
{code}  postal_code: '{insee}'
  population: {rng.randint(800, 400000)}
status: {rng.choice(STATUSES)}
start_date: 20{rng.randint(10, 29)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}
summary: >
  Un service numérique pour les habitants, porté avec les associations du territoire
  et évalué chaque année.
partners:
  - Centre social
  - Médiathèque
{indicators}contact:
  name: Camille Martin
  email: contact{index}@territoire.example.fr
"""
    return ident, text


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, required=True)
    parser.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    count: int = args.applications
    target: Path = args.target
    rng = random.Random(count)
    categories = max(1, round(count / 100)) if count > 600 else 6
    for folder in ("criteria", "applications", "jury/scores"):
        (target / folder).mkdir(parents=True, exist_ok=True)
    (target / "labelscore.yaml").write_text(rules(count, categories), "utf-8")
    for index in range(categories):
        (target / "criteria" / f"categorie-{index:03d}.yaml").write_text(
            criteria(index, rng), "utf-8"
        )
    by_category: dict[int, list[str]] = {index: [] for index in range(categories)}
    for index in range(count):
        category = index % categories
        ident, text = application(index, category, rng)
        by_category[category].append(ident)
        (target / "applications" / f"{ident}.yaml").write_text(text, "utf-8")
    roster = ["jurors:"]
    sheets: dict[str, list[str]] = {}
    for category, idents in by_category.items():
        panel = [f"jure-{category:03d}-{seat}" for seat in range(PANEL)]
        bias = {juror: rng.gauss(0, 0.6) for juror in panel}
        for seat, juror in enumerate(panel):
            roster += [
                f"  - id: {juror}",
                f"    name: Juré {category}-{seat}",
                "    organisation: Réseau des territoires",
                f"    categories: [categorie-{category:03d}]",
            ]
            if seat == 0 and idents:
                roster.append(f"    conflicts: [{idents[0]}]")
            if seat == 1 and len(idents) > 1:
                insee = f"{(int(idents[1][-5:]) % 95) + 1:02d}{int(idents[1][-5:]) % 1000:03d}"
                roster.append(f"    territory: {{name: Ville {insee}, insee: '{insee}'}}")
            sheets[juror] = [f"juror: {juror}", "scores:"]
        for ident in idents:
            quality = rng.uniform(1.0, 4.5)
            for juror in rng.sample(panel, rng.randint(3, PANEL)):
                marks = []
                for name in CRITERIA:
                    if rng.random() < 0.004:
                        continue
                    mark = min(
                        5.0, max(0.0, round((quality + bias[juror] + rng.gauss(0, 0.5)) * 2) / 2)
                    )
                    marks.append(f"{name}: {mark:g}")
                sheets[juror] += [
                    f"  - application: {ident}",
                    f"    marks: {{{', '.join(marks)}}}",
                ]
    (target / "jury" / "roster.yaml").write_text("\n".join(roster) + "\n", "utf-8")
    for juror, lines in sheets.items():
        (target / "jury" / "scores" / f"{juror}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
