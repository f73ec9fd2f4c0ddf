"""jury/assignments.yaml across the edition: every juror, category and application it
names exists and fits, no juror is given an application they are in conflict with; and
the score sheets against it: marks for an application not assigned to that juror."""

from __future__ import annotations

from labelscore.engine.result import Conflict, ConflictRule
from labelscore.i18n import t
from labelscore.i18n.reasons import conflict_words, kind_words
from labelscore.models.application import Application
from labelscore.models.criteria import Category
from labelscore.problems import Problem, Severity, did_you_mean
from labelscore.reading.load import ASSIGNMENTS_FILE, EditionFiles


def check_assignments(
    files: EditionFiles,
    jurors: dict[str, frozenset[str]],
    applications: dict[str, Application],
    categories: dict[str, Category],
    conflicts: dict[tuple[str, str], Conflict],
) -> list[Problem]:
    """`jurors`: juror id -> the categories they score (the roster); `conflicts`: every
    (juror, application) pair in conflict, declared or automatic."""
    loaded = files.assignments
    if loaded is None or files.roster is None:
        return []
    document = loaded.document
    problems: list[Problem] = []
    on_cards = {
        pair for pair, conflict in conflicts.items() if conflict.reason.rule is ConflictRule.ON_CARD
    }
    assigned: dict[str, set[str]] = {}
    block_of: dict[str, int] = {}
    for index, block in enumerate(loaded.model.assignments):
        juror = block.juror
        if juror not in jurors:
            if files.broken.roster:
                continue  # the roster has an error: said there, once
            problems.append(
                document.problem(
                    "unknown-juror",
                    ("assignments", index, "juror"),
                    t("checks.unknown_juror", juror=juror)
                    + did_you_mean(juror, jurors)
                    + t("checks.add_to_roster"),
                )
            )
            continue
        if juror in block_of:
            line = document.position(("assignments", block_of[juror], "juror")).line
            problems.append(
                document.problem(
                    "duplicate-juror",
                    ("assignments", index, "juror"),
                    t("checks.assignment_duplicate_juror", juror=juror, line=line),
                )
            )
            continue
        block_of[juror] = index
        mine = assigned.setdefault(juror, set())
        for category, idents in block.categories.items():
            where = ("assignments", index, "categories", category)
            if category not in categories:
                if category in files.broken.categories:
                    continue  # its criteria file has an error: said there, once
                problems.append(
                    document.problem(
                        "unknown-category",
                        where,
                        t("checks.unknown_category", category=category)
                        + did_you_mean(category, categories, listing="checks.known_categories"),
                        key=True,
                    )
                )
                continue
            if category not in jurors[juror]:
                problems.append(
                    document.problem(
                        "outside-categories",
                        where,
                        t(
                            "checks.assignment_outside_categories",
                            juror=juror,
                            category=category,
                        ),
                        key=True,
                    )
                )
                continue
            for position, ident in enumerate(idents):
                found = _check_one(
                    juror, category, ident, applications, categories, conflicts, mine
                )
                if found is not None and not (
                    found[0] == "unknown-application" and ident in files.broken.applications
                ):
                    severity = Severity.ERROR
                    if found[0] == "assigned-in-conflict" and (juror, ident) in on_cards:
                        found = _declared_on_card(juror, ident)
                        severity = Severity.WARNING
                    problems.append(
                        document.problem(found[0], (*where, position), found[1], severity=severity)
                    )
    problems += _unassigned_marks(files, jurors, applications, conflicts, assigned)
    return problems


def _declared_on_card(juror: str, ident: str) -> tuple[str, str]:
    """A conflict the juror found when marking: the assignment was right when it was made."""
    return (
        "conflict-on-card",
        t("checks.conflict_on_card", juror=juror, ident=ident),
    )


def _check_one(
    juror: str,
    category: str,
    ident: str,
    applications: dict[str, Application],
    categories: dict[str, Category],
    conflicts: dict[tuple[str, str], Conflict],
    mine: set[str],
) -> tuple[str, str] | None:
    """What is wrong (rule, message) with one application listed for `juror` under
    `category`, or None; `mine`: the applications of the juror listed so far."""
    application = applications.get(ident)
    if application is None:
        return (
            "unknown-application",
            t("checks.unknown_application", ident=ident) + did_you_mean(ident, applications),
        )
    if ident in mine:
        return "assigned-twice", t("checks.assigned_twice", ident=ident, juror=juror)
    mine.add(ident)
    if application.category not in categories:
        return None  # reported once, on the application itself
    if application.category != category:
        return (
            "wrong-category",
            t(
                "checks.wrong_category",
                ident=ident,
                actual=application.category,
                category=category,
            ),
        )
    conflict = conflicts.get((juror, ident))
    if conflict is not None:
        return (
            "assigned-in-conflict",
            t(
                "checks.assigned_in_conflict",
                juror=juror,
                ident=ident,
                kind=kind_words(conflict.kind),
                reason=conflict_words(conflict.reason),
            ),
        )
    return None


def _unassigned_marks(
    files: EditionFiles,
    jurors: dict[str, frozenset[str]],
    applications: dict[str, Application],
    conflicts: dict[tuple[str, str], Conflict],
    assigned: dict[str, set[str]],
) -> list[Problem]:
    """A score for an application not assigned to the sheet's juror (a conflict is already
    reported as such; an unknown juror or application too)."""
    problems = []
    for sheet in files.sheets:
        juror = sheet.model.juror
        if juror not in jurors:
            continue
        mine = assigned.get(juror, set())
        for index, score in enumerate(sheet.model.scores):
            ident = score.application
            if ident in mine or ident not in applications or (juror, ident) in conflicts:
                continue
            if applications[ident].category in files.broken.categories:
                continue  # its category's block was skipped: its criteria file has an error
            problems.append(
                sheet.document.problem(
                    "not-assigned",
                    ("scores", index, "application"),
                    t("checks.not_assigned", ident=ident, juror=juror, file=ASSIGNMENTS_FILE),
                    severity=Severity.WARNING,
                )
            )
    return problems
