"""Checks across the files of an edition: every reference must lead somewhere."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from pydantic import BaseModel

from labelscore.edition import Edition
from labelscore.engine.conflicts import find_conflicts
from labelscore.loading import EditionFiles, Loaded
from labelscore.models.application import Application
from labelscore.models.criteria import Category
from labelscore.problems import Problem, Severity, has_errors
from labelscore.results import Conflict
from labelscore.yamlsource import Path


def _suggest(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, sorted(known), n=1)
    return f"; did you mean '{close[0]}'?" if close else ""


def _duplicates(items: list[tuple[str, Loaded[BaseModel], Path]], what: str) -> list[Problem]:
    problems = []
    first: dict[str, tuple[Loaded[BaseModel], Path]] = {}
    for ident, loaded, path in items:
        if ident in first:
            other, other_path = first[ident]
            place = other.document.position(other_path)
            problems.append(
                loaded.document.problem(
                    path,
                    f"{what} '{ident}' is already used in {other.document.file} "
                    f"line {place.line}; each {what} needs its own id",
                )
            )
        else:
            first[ident] = (loaded, path)
    return problems


def check_edition(files: EditionFiles) -> list[Problem]:
    problems: list[Problem] = []
    categories = {c.model.id: c.model for c in files.categories}
    problems += _duplicates([(c.model.id, c, ("id",)) for c in files.categories], "category")
    problems += _duplicates([(a.model.id, a, ("id",)) for a in files.applications], "application")
    applications = {a.model.id: a.model for a in files.applications}
    for loaded in files.applications:
        category = loaded.model.category
        if category not in categories:
            problems.append(
                loaded.document.problem(
                    ("category",),
                    f"there is no category '{category}' in this edition"
                    + _suggest(category, categories),
                )
            )
    jurors: dict[str, frozenset[str]] = {}
    if files.roster is not None:
        roster = files.roster
        seen: dict[str, int] = {}
        for index, juror in enumerate(roster.model.jurors):
            if juror.id in seen:
                problems.append(
                    roster.document.problem(
                        ("jurors", index, "id"),
                        f"juror '{juror.id}' is listed twice in the roster",
                    )
                )
            seen[juror.id] = index
            jurors[juror.id] = frozenset(juror.categories)
            for position, category in enumerate(juror.categories):
                if category not in categories:
                    problems.append(
                        roster.document.problem(
                            ("jurors", index, "categories", position),
                            f"there is no category '{category}' in this edition"
                            + _suggest(category, categories),
                        )
                    )
    problems += _check_sheets(files, jurors, applications, categories)
    conflicts: dict[tuple[str, str], Conflict] = {}
    if files.roster is not None:
        found = find_conflicts(files.roster.model.jurors, [a.model for a in files.applications])
        conflicts = {(c.juror, c.application): c for c in found}
    problems += _check_conflicts(files, conflicts)
    if files.rules is not None:
        minimum = files.rules.model.scoring.minimum_jurors
        problems += _check_jurors_per_application(files, conflicts, minimum)
    if files.rules is not None:
        for index, ident in enumerate(files.rules.model.awards.jury_order):
            if ident not in applications:
                problems.append(
                    files.rules.document.problem(
                        ("awards", "jury_order", index),
                        f"there is no application '{ident}'" + _suggest(ident, applications),
                    )
                )
    return problems


def _check_sheets(
    files: EditionFiles,
    jurors: dict[str, frozenset[str]],
    applications: dict[str, Application],
    categories: dict[str, Category],
) -> list[Problem]:
    problems: list[Problem] = []
    sheet_of: dict[str, str] = {}
    for sheet in files.sheets:
        document = sheet.document
        juror = sheet.model.juror
        if juror not in jurors:
            problems.append(
                document.problem(
                    ("juror",),
                    f"juror '{juror}' is not on the roster (jury/roster.yaml)"
                    + _suggest(juror, jurors),
                )
            )
            continue
        if juror in sheet_of:
            problems.append(
                document.problem(
                    ("juror",),
                    f"juror '{juror}' already has a score sheet: {sheet_of[juror]}",
                )
            )
            continue
        sheet_of[juror] = document.file
        scored: set[str] = set()
        for index, score in enumerate(sheet.model.scores):
            where: Path = ("scores", index)
            application = applications.get(score.application)
            if application is None:
                problems.append(
                    document.problem(
                        (*where, "application"),
                        f"there is no application '{score.application}'"
                        + _suggest(score.application, applications),
                    )
                )
                continue
            if score.application in scored:
                problems.append(
                    document.problem(
                        (*where, "application"),
                        f"'{score.application}' is scored twice on this sheet; keep one entry",
                    )
                )
                continue
            scored.add(score.application)
            if application.category not in categories:
                continue  # reported once, on the application itself
            if application.category not in jurors[juror]:
                problems.append(
                    document.problem(
                        (*where, "application"),
                        f"'{score.application}' is in category '{application.category}', "
                        f"which juror '{juror}' does not score (see the roster)",
                    )
                )
                continue
            category = categories.get(application.category)
            if category is not None:
                problems += _check_marks(sheet, where, score.marks, category)
    return problems


def _check_marks(
    sheet: Loaded[BaseModel],
    where: Path,
    marks: dict[str, float],
    category: Category,
) -> list[Problem]:
    problems = []
    criteria = {c.id: c for c in category.criteria}
    for name, mark in marks.items():
        criterion = criteria.get(name)
        if criterion is None:
            problems.append(
                sheet.document.problem(
                    (*where, "marks", name),
                    f"category '{category.id}' has no criterion '{name}'"
                    + _suggest(name, criteria),
                    key=True,
                )
            )
        elif not criterion.scale.contains(mark):
            scale = criterion.scale
            problems.append(
                sheet.document.problem(
                    (*where, "marks", name),
                    f"{getattr(mark, 'source', mark)} is outside the scale of '{name}' "
                    f"({scale.min} to {scale.max})",
                )
            )
    for criterion in category.criteria:
        if criterion.id not in marks:
            problems.append(
                sheet.document.problem(
                    (*where, "marks"),
                    f"no mark for '{criterion.id}'; this score uses the other criteria only",
                    severity=Severity.WARNING,
                )
            )
    return problems


def display_order(category: Category) -> tuple[bool, int, str]:
    """Categories in their published order, then those without one by id."""
    return (category.order is None, category.order or 0, category.id)


def build_edition(files: EditionFiles, problems: list[Problem]) -> Edition | None:
    """The edition, when nothing in `problems` is an error."""
    if has_errors(problems) or files.rules is None or files.roster is None:
        return None
    return Edition(
        rules=files.rules.model,
        categories=tuple(sorted((c.model for c in files.categories), key=display_order)),
        applications=tuple(sorted((a.model for a in files.applications), key=lambda a: a.id)),
        jurors=tuple(sorted(files.roster.model.jurors, key=lambda j: j.id)),
        sheets=tuple(sorted((s.model for s in files.sheets), key=lambda s: s.juror)),
    )


def _check_conflicts(
    files: EditionFiles, conflicts: dict[tuple[str, str], Conflict]
) -> list[Problem]:
    """A juror who marked an application they are in conflict with: their marks will not count."""
    problems = []
    for sheet in files.sheets:
        for index, score in enumerate(sheet.model.scores):
            conflict = conflicts.get((sheet.model.juror, score.application))
            if conflict is not None:
                problems.append(
                    sheet.document.problem(
                        ("scores", index, "application"),
                        f"{conflict.kind} conflict of interest, {conflict.reason}; "
                        "these marks will not count",
                        severity=Severity.WARNING,
                    )
                )
    return problems


def _check_jurors_per_application(
    files: EditionFiles, conflicts: dict[tuple[str, str], Conflict], minimum: int
) -> list[Problem]:
    jurors: dict[str, set[str]] = {a.model.id: set() for a in files.applications}
    for sheet in files.sheets:
        for score in sheet.model.scores:
            if (sheet.model.juror, score.application) not in conflicts:
                jurors.get(score.application, set()).add(sheet.model.juror)
    problems = []
    for loaded in files.applications:
        count = len(jurors[loaded.model.id])
        if count < minimum:
            problems.append(
                loaded.document.problem(
                    ("id",),
                    f"scored by {count} juror(s) without a conflict; {minimum} are needed to "
                    "rank it",
                    severity=Severity.WARNING,
                )
            )
    return problems
