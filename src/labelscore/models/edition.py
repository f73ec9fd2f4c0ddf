"""An edition in memory: the rules, categories, applications and jury, read and checked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from labelscore.engine.result import Conflict
from labelscore.models.application import Application
from labelscore.models.assignment import Assignments
from labelscore.models.criteria import Category
from labelscore.models.jury import Juror, ScoreSheet
from labelscore.models.rules import Rules


@dataclass(frozen=True)
class Edition:
    """Everything the scoring engine needs; sorted by id so file order never matters."""

    rules: Rules
    categories: tuple[Category, ...]
    applications: tuple[Application, ...]
    jurors: tuple[Juror, ...]
    sheets: tuple[ScoreSheet, ...]
    conflicts: tuple[Conflict, ...]
    """Every (juror, application) pair in conflict, found once when the files are checked."""
    assignment: Assignments | None = None
    """jury/assignments.yaml: who marks what; None when the edition has no such file."""

    @classmethod
    def of(
        cls,
        rules: Rules,
        categories: Iterable[Category],
        applications: Iterable[Application],
        jurors: Iterable[Juror],
        sheets: Iterable[ScoreSheet],
        conflicts: tuple[Conflict, ...] | None = None,
        assignment: Assignments | None = None,
    ) -> Edition:
        """The edition in its one order: categories as published, the rest by id.
        Without `conflicts` (an edition built in code), they are found here."""
        applications = tuple(sorted(applications, key=lambda a: a.id))
        jurors = tuple(sorted(jurors, key=lambda j: j.id))
        sheets = tuple(sorted(sheets, key=lambda s: s.juror))
        if conflicts is None:
            from labelscore.engine.conflicts import find_conflicts  # the rule lives there

            conflicts = find_conflicts(jurors, applications, sheets)
        return cls(
            rules,
            tuple(sorted(categories, key=display_order)),
            applications,
            jurors,
            sheets,
            conflicts,
            assignment,
        )


def display_order(category: Category) -> tuple[bool, int, str]:
    """Categories in their published order, then those without one by id."""
    return (category.order is None, category.order or 0, category.id)
