"""Rules no award could honour, read against the categories and the roster."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

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
                f"{quotas.min} label(s) for each of the {count} categories make "
                f"{quotas.min * count}, more than the {labels} label(s) to award, so some "
                f"category would get fewer than its minimum; lower per_category.min to "
                f"{labels // count} or raise labels to {quotas.min * count}",
            )
        )
    if count and quotas.max is not None and quotas.max * count < labels:
        problems.append(
            document.problem(
                "rules-warning",
                ("awards", "per_category", "max"),
                f"at most {quotas.max} label(s) in each of the {count} categories make "
                f"{quotas.max * count}, so {labels - quotas.max * count} of the {labels} "
                f"labels can never be awarded; if all are meant to be, raise per_category.max "
                f"to {math.ceil(labels / count)} or lower labels to {quotas.max * count}",
                severity=Severity.WARNING,
            )
        )
    if labels == 0:
        problems.append(
            document.problem(
                "rules-warning",
                ("awards", "labels"),
                "no label will be awarded; write how many labels the edition gives",
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
                    f"no juror scores category '{ident}', so none of its applications can "
                    f"be ranked; add '{ident}' to the categories of {minimum} juror(s) or more",
                )
            )
        elif count < minimum:
            problems.append(
                rules.document.problem(
                    "panel-too-small",
                    ("scoring", "minimum_jurors"),
                    f"category '{ident}' has {count} juror(s) in the roster, fewer than the "
                    f"{minimum} an application needs, so none of its applications can be "
                    f"ranked; add jurors to '{ident}' in {ROSTER_FILE} or lower "
                    f"minimum_jurors to {count}",
                )
            )
    return problems
