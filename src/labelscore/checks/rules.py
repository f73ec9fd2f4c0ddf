"""Rules no award could honour, read against the categories and the roster."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from labelscore.i18n import plural, t
from labelscore.models.criteria import Category
from labelscore.problems import Problem, Severity
from labelscore.reading.load import ROSTER_FILE, EditionFiles, Loaded

if TYPE_CHECKING:
    from labelscore.models.jury import Roster
    from labelscore.models.rules import Rules


def check_rules(
    rules: Loaded[Rules], categories: dict[str, Category], files: EditionFiles
) -> list[Problem]:
    """Rules that no award could honour, given the categories and the roster."""
    problems: list[Problem] = []
    document = rules.document
    awards = rules.model.awards
    labels = awards.labels
    count = len(categories)
    quotas = awards.per_category
    if count and quotas.min * count > labels:
        problems.append(
            document.problem(
                "impossible-rule",
                ("awards", "per_category", "min"),
                t(
                    "checks.minimum_too_high",
                    min_labels=plural(quotas.min, "checks.n_labels"),
                    categories=plural(count, "checks.n_categories"),
                    total=quotas.min * count,
                    labels=labels,
                    lower=labels // count,
                ),
            )
        )
    if count and quotas.max is not None and quotas.max * count < labels:
        problems.append(
            document.problem(
                "rules-warning",
                ("awards", "per_category", "max"),
                plural(
                    labels - quotas.max * count,
                    "checks.unused_labels",
                    max_labels=plural(quotas.max, "checks.n_labels"),
                    categories=plural(count, "checks.n_categories"),
                    most=quotas.max * count,
                    labels=labels,
                    raise_to=math.ceil(labels / count),
                ),
                severity=Severity.WARNING,
            )
        )
    if labels == 0:
        problems.append(
            document.problem(
                "rules-warning",
                ("awards", "labels"),
                t("checks.no_labels"),
                severity=Severity.WARNING,
            )
        )
    if files.roster is not None:
        problems += _check_panels(rules, categories, files.roster)
    return problems


def _check_panels(
    rules: Loaded[Rules], categories: dict[str, Category], roster: Loaded[Roster]
) -> list[Problem]:
    """Each category needs as many jurors in the roster as an application needs scores."""
    problems: list[Problem] = []
    minimum = rules.model.scoring.minimum_jurors
    panels: dict[str, set[str]] = {ident: set() for ident in categories}
    for juror in roster.model.jurors:
        for category in juror.categories:
            if category in panels:
                panels[category].add(juror.id)
    for ident in sorted(panels):
        count = len(panels[ident])
        if count == 0:
            problems.append(
                roster.document.problem(
                    "panel-too-small",
                    ("jurors",),
                    plural(minimum, "checks.panel_empty", ident=ident),
                )
            )
        elif count < minimum:
            problems.append(
                rules.document.problem(
                    "panel-too-small",
                    ("scoring", "minimum_jurors"),
                    plural(
                        count,
                        "checks.panel_small",
                        ident=ident,
                        minimum=minimum,
                        roster=ROSTER_FILE,
                    ),
                )
            )
    return problems
