"""Checks across the files of an edition: every reference must lead somewhere.

`check_edition` runs every check (references here; score sheets, conflicts and rules in
their own modules) and `build_edition` turns files without an error into an Edition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from labelscore.checks.assignments import check_assignments
from labelscore.checks.categories import unknown_category, written_identifier
from labelscore.checks.conflicts import (
    check_conflicts,
    check_declared_conflicts,
    check_jurors_per_application,
)
from labelscore.checks.rules import check_rules
from labelscore.checks.sheets import check_sheets
from labelscore.engine.conflicts import find_conflicts
from labelscore.engine.result import Conflict
from labelscore.i18n import t
from labelscore.models.edition import Edition
from labelscore.problems import Problem, did_you_mean, has_errors
from labelscore.reading.load import EditionFiles, Loaded
from labelscore.reading.strict_yaml import KeyPath

if TYPE_CHECKING:
    pass


def _duplicates(
    items: list[tuple[str, Loaded[BaseModel], KeyPath]], what: Literal["category", "application"]
) -> list[Problem]:
    problems = []
    first: dict[str, tuple[Loaded[BaseModel], KeyPath]] = {}
    for ident, loaded, path in items:
        if ident in first:
            other, other_path = first[ident]
            place = other.document.position(other_path)
            problems.append(
                loaded.document.problem(
                    "duplicate-id",
                    path,
                    t(
                        f"checks.duplicate_{what}",
                        ident=ident,
                        file=other.document.file,
                        line=place.line,
                    ),
                )
            )
        else:
            first[ident] = (loaded, path)
    return problems


def edition_conflicts(files: EditionFiles) -> tuple[Conflict, ...]:
    """Every conflict of interest between the roster and the applications read."""
    if files.roster is None:
        return ()
    return find_conflicts(
        files.roster.model.jurors,
        [a.model for a in files.applications],
        [s.model for s in files.sheets],
    )


def check_edition(files: EditionFiles, found: tuple[Conflict, ...]) -> list[Problem]:
    """Every problem across the files; `found`: the edition's conflicts of interest."""
    problems: list[Problem] = []
    categories = {c.model.id: c.model for c in files.categories}
    problems += _duplicates([(c.model.id, c, ("id",)) for c in files.categories], "category")
    problems += _duplicates([(a.model.id, a, ("id",)) for a in files.applications], "application")
    applications = {a.model.id: a.model for a in files.applications}
    broken = files.broken
    written = [(a.document, a.model.category) for a in files.applications]
    # an application with an error elsewhere still has its category checked: every
    # problem of a file at once, not one round of fixes after another
    written += [
        (document, category)
        for document in broken.application_files
        if (category := written_identifier(document.value, "category")) is not None
    ]
    for document, category in written:
        if category not in categories and category not in broken.categories:
            problems.append(unknown_category(document, category, categories))
    jurors: dict[str, frozenset[str]] = {}
    if files.roster is not None:
        roster = files.roster
        seen: dict[str, int] = {}
        for index, juror in enumerate(roster.model.jurors):
            if juror.id in seen:
                problems.append(
                    roster.document.problem(
                        "duplicate-juror",
                        ("jurors", index, "id"),
                        t("checks.duplicate_juror", juror=juror.id),
                    )
                )
            seen[juror.id] = index
            jurors[juror.id] = frozenset(juror.categories)
            for position, category in enumerate(juror.categories):
                if category not in categories and category not in broken.categories:
                    problems.append(
                        roster.document.problem(
                            "unknown-category",
                            ("jurors", index, "categories", position),
                            t("checks.unknown_category", category=category)
                            + did_you_mean(category, categories, listing="checks.known_categories"),
                        )
                    )
    problems += check_declared_conflicts(files)
    problems += check_sheets(files, jurors, applications, categories)
    conflicts = {(c.juror, c.application): c for c in found}
    problems += check_conflicts(files, conflicts)
    problems += check_assignments(files, jurors, applications, categories, conflicts)
    if files.rules is not None:
        minimum = files.rules.model.scoring.minimum_jurors
        problems += check_jurors_per_application(files, conflicts, minimum)
    if files.rules is not None:
        problems += check_rules(files.rules, categories, files)
        for index, ident in enumerate(files.rules.model.awards.jury_order):
            if ident not in applications and ident not in broken.applications:
                problems.append(
                    files.rules.document.problem(
                        "unknown-application",
                        ("awards", "jury_order", index),
                        t("checks.unknown_application", ident=ident)
                        + did_you_mean(ident, applications),
                    )
                )
    return problems


def build_edition(
    files: EditionFiles, problems: list[Problem], conflicts: tuple[Conflict, ...]
) -> Edition | None:
    """The edition, when nothing in `problems` is an error."""
    if has_errors(problems) or files.rules is None or files.roster is None:
        return None
    return Edition.of(
        files.rules.model,
        (c.model for c in files.categories),
        (a.model for a in files.applications),
        files.roster.model.jurors,
        (s.model for s in files.sheets),
        conflicts,
        files.assignments.model if files.assignments is not None else None,
    )
