"""Score sheets: each mark for an application, juror and criterion that exist, on its scale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from labelscore.i18n import t
from labelscore.models.application import Application
from labelscore.models.base import shown
from labelscore.models.criteria import Category
from labelscore.problems import Problem, Severity, did_you_mean
from labelscore.reading.load import EditionFiles, Loaded
from labelscore.reading.strict_yaml import KeyPath

if TYPE_CHECKING:
    pass


def check_sheets(
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
            if files.broken.roster:
                continue  # the roster has an error: said there, once
            problems.append(
                document.problem(
                    "unknown-juror",
                    ("juror",),
                    t("checks.unknown_juror", juror=juror) + did_you_mean(juror, jurors),
                )
            )
            continue
        if juror in sheet_of:
            problems.append(
                document.problem(
                    "duplicate-sheet",
                    ("juror",),
                    t("checks.duplicate_sheet", juror=juror, other=sheet_of[juror]),
                )
            )
            continue
        sheet_of[juror] = document.file
        scored: set[str] = set()
        for index, score in enumerate(sheet.model.scores):
            where: KeyPath = ("scores", index)
            application = applications.get(score.application)
            if application is None:
                if score.application in files.broken.applications:
                    continue  # its file has an error: said there, once
                problems.append(
                    document.problem(
                        "unknown-application",
                        (*where, "application"),
                        t("checks.unknown_application", ident=score.application)
                        + did_you_mean(score.application, applications),
                    )
                )
                continue
            if score.application in scored:
                problems.append(
                    document.problem(
                        "scored-twice",
                        (*where, "application"),
                        t("checks.scored_twice", ident=score.application),
                    )
                )
                continue
            scored.add(score.application)
            if application.category not in categories:
                continue  # reported once, on the application itself
            if application.category not in jurors[juror]:
                problems.append(
                    document.problem(
                        "outside-categories",
                        (*where, "application"),
                        t(
                            "checks.sheet_outside_categories",
                            ident=score.application,
                            category=application.category,
                            juror=juror,
                        ),
                    )
                )
                continue
            category = categories.get(application.category)
            if category is not None:
                problems += _check_marks(sheet, where, score.marks, category)
        for index, declared in enumerate(sheet.model.conflicts):
            if declared not in applications and declared not in files.broken.applications:
                problems.append(
                    document.problem(
                        "unknown-application",
                        ("conflicts", index),
                        t("checks.unknown_application", ident=declared)
                        + did_you_mean(declared, applications),
                    )
                )
    return problems


def _check_marks(
    sheet: Loaded[BaseModel],
    where: KeyPath,
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
                    "unknown-criterion",
                    (*where, "marks", name),
                    t("checks.unknown_criterion", category=category.id, name=name)
                    + did_you_mean(name, criteria),
                    key=True,
                )
            )
        elif not criterion.scale.contains(mark):
            scale = criterion.scale
            problems.append(
                sheet.document.problem(
                    "mark-outside-scale",
                    (*where, "marks", name),
                    t(
                        "checks.mark_outside_scale",
                        mark=shown(str(getattr(mark, "source", mark))),
                        name=name,
                        min=scale.min,
                        max=scale.max,
                    ),
                )
            )
    for criterion in category.criteria:
        if criterion.id not in marks:
            problems.append(
                sheet.document.problem(
                    "missing-mark",
                    (*where, "marks"),
                    t("checks.missing_mark", criterion=criterion.id),
                    severity=Severity.WARNING,
                )
            )
    return problems
