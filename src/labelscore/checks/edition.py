"""Checks across the files of an edition: every reference must lead somewhere."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import TYPE_CHECKING

from pydantic import BaseModel

from labelscore.engine.conflicts import applicant_codes, comparable_name, find_conflicts
from labelscore.engine.result import Conflict
from labelscore.models.application import Application, siren_checksum_ok
from labelscore.models.criteria import Category
from labelscore.models.edition import Edition
from labelscore.problems import Problem, Severity, closest, did_you_mean, has_errors
from labelscore.reading.load import ROSTER_FILE, EditionFiles, Loaded
from labelscore.reading.strict_yaml import KeyPath

if TYPE_CHECKING:
    from labelscore.models.jury import Roster
    from labelscore.models.rules import Rules


def _duplicates(items: list[tuple[str, Loaded[BaseModel], KeyPath]], what: str) -> list[Problem]:
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
                    f"{what} '{ident}' is already used in {other.document.file} "
                    f"line {place.line}; each {what} needs its own id",
                )
            )
        else:
            first[ident] = (loaded, path)
    return problems


def edition_conflicts(files: EditionFiles) -> tuple[Conflict, ...]:
    """Every conflict of interest between the roster and the applications read."""
    if files.roster is None:
        return ()
    return find_conflicts(files.roster.model.jurors, [a.model for a in files.applications])


def check_edition(files: EditionFiles, found: tuple[Conflict, ...]) -> list[Problem]:
    """Every problem across the files; `found`: the edition's conflicts of interest."""
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
                    "unknown-category",
                    ("category",),
                    f"there is no category '{category}' in this edition"
                    + did_you_mean(category, categories),
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
                        "duplicate-juror",
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
                            "unknown-category",
                            ("jurors", index, "categories", position),
                            f"there is no category '{category}' in this edition"
                            + did_you_mean(category, categories),
                        )
                    )
    problems += _check_declared_conflicts(files)
    problems += _check_sheets(files, jurors, applications, categories)
    conflicts = {(c.juror, c.application): c for c in found}
    problems += _check_conflicts(files, conflicts)
    if files.rules is not None:
        minimum = files.rules.model.scoring.minimum_jurors
        problems += _check_jurors_per_application(files, conflicts, minimum)
    if files.rules is not None:
        problems += _check_rules(files.rules, categories, files)
        for index, ident in enumerate(files.rules.model.awards.jury_order):
            if ident not in applications:
                problems.append(
                    files.rules.document.problem(
                        "unknown-application",
                        ("awards", "jury_order", index),
                        f"there is no application '{ident}'" + did_you_mean(ident, applications),
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
                    "unknown-juror",
                    ("juror",),
                    f"juror '{juror}' is not on the roster (jury/roster.yaml)"
                    + did_you_mean(juror, jurors),
                )
            )
            continue
        if juror in sheet_of:
            problems.append(
                document.problem(
                    "duplicate-sheet",
                    ("juror",),
                    f"juror '{juror}' already has a score sheet: {sheet_of[juror]}",
                )
            )
            continue
        sheet_of[juror] = document.file
        scored: set[str] = set()
        for index, score in enumerate(sheet.model.scores):
            where: KeyPath = ("scores", index)
            application = applications.get(score.application)
            if application is None:
                problems.append(
                    document.problem(
                        "unknown-application",
                        (*where, "application"),
                        f"there is no application '{score.application}'"
                        + did_you_mean(score.application, applications),
                    )
                )
                continue
            if score.application in scored:
                problems.append(
                    document.problem(
                        "scored-twice",
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
                        "outside-categories",
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
                    f"category '{category.id}' has no criterion '{name}'"
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
                    f"{getattr(mark, 'source', mark)} is outside the scale of '{name}' "
                    f"({scale.min} to {scale.max})",
                )
            )
    for criterion in category.criteria:
        if criterion.id not in marks:
            problems.append(
                sheet.document.problem(
                    "missing-mark",
                    (*where, "marks"),
                    f"no mark for '{criterion.id}'; this score uses the other criteria only",
                    severity=Severity.WARNING,
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
                        "conflict-marks",
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
                    "too-few-jurors",
                    ("id",),
                    f"scored by {count} juror(s) without a conflict; {minimum} are needed to "
                    "rank it",
                    severity=Severity.WARNING,
                )
            )
    return problems


def _check_rules(
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


_INSEE = re.compile(r"[0-9]{5}|2[AB][0-9]{3}|[0-9]{2}|2[AB]|97[0-9]")
_SIREN = re.compile(r"[0-9]{9}")


def _invisible(char: str) -> bool:
    """A character that shows as nothing, or as a plain space, where it is written."""
    return char != " " and unicodedata.category(char) in ("Cf", "Zs", "Zl", "Zp", "Cc")


def _describe(char: str) -> str:
    name = unicodedata.name(char, "").lower()
    return f"U+{ord(char):04X} {name}".strip()


def _check_declared_conflicts(files: EditionFiles) -> list[Problem]:
    """A declared conflict that matches nothing excludes nothing: the juror's marks count."""
    if files.roster is None:
        return []
    ids = {a.model.id: a.model for a in files.applications}
    codes: dict[str, list[str]] = {}
    for loaded in files.applications:
        for code in applicant_codes(loaded.model):
            codes.setdefault(code, []).append(loaded.model.id)
    problems = []
    for index, juror in enumerate(files.roster.model.jurors):
        for position, declared in enumerate(juror.conflicts):
            if declared in ids or declared in codes:
                continue
            message, severity = _unmatched_conflict(declared, ids, codes)
            rule = "unknown-code" if severity is Severity.WARNING else "unmatched-conflict"
            problems.append(
                files.roster.document.problem(
                    rule, ("jurors", index, "conflicts", position), message, severity=severity
                )
            )
    return problems


def _unmatched_conflict(
    declared: str, ids: dict[str, Application], codes: dict[str, list[str]]
) -> tuple[str, Severity]:
    """What to say about a declared conflict that matches no application id and no code."""
    known = [*sorted(ids), *sorted(codes)]
    nothing = "matches no application id and no INSEE or SIREN code of this edition"
    hidden = sorted({char for char in declared if _invisible(char)})
    if hidden:
        shown = "".join(f"<{_describe(c)[:6]}>" if c in hidden else c for c in declared)
        cleaned = "".join(c for c in declared if c not in hidden)
        what = ", ".join(_describe(c) for c in hidden)
        fix = (
            f": write '{cleaned}'"
            if cleaned in ids or cleaned in codes
            else did_you_mean(cleaned, known)
        )
        return (
            f"'{shown}' contains an invisible character ({what}), so it matches no "
            f"application and excludes nothing; delete it{fix}",
            Severity.ERROR,
        )
    folded = unicodedata.normalize("NFKC", declared).casefold()
    same = [k for k in known if k.casefold() == folded]
    if same:
        target = same[0]
        rule = (
            "application ids are lower-case"
            if target in ids
            else "codes are written in plain digits and capital letters"
        )
        return (
            f"'{declared}' {nothing}, so it excludes nothing; {rule}: write '{target}'",
            Severity.ERROR,
        )
    named = sorted(
        i for i, a in ids.items() if comparable_name(a.territory.name) == comparable_name(declared)
    )
    if named:
        listed = " or ".join(f"'{i}'" for i in named[:3])
        return (
            f"'{declared}' {nothing}, so it excludes nothing; a declared conflict is an "
            f"application id or a code, not a territory name: write {listed}",
            Severity.ERROR,
        )
    if _INSEE.fullmatch(declared) or (_SIREN.fullmatch(declared) and siren_checksum_ok(declared)):
        return _unmatched_code(declared, codes), Severity.WARNING
    if _SIREN.fullmatch(declared):
        return (
            f"'{declared}' is not a valid SIREN number (its check digit is wrong; a digit is "
            "probably mistyped), so it matches no application and excludes nothing"
            + did_you_mean(declared, codes),
            Severity.ERROR,
        )
    lower = declared.lower()
    note = "; application ids are lower-case" if lower != declared else ""
    close = closest(lower, known)
    fix = (
        f"did you mean '{close}'?"
        if close
        else "write an application id or an applicant's INSEE or SIREN code, or remove it"
    )
    return f"'{declared}' {nothing}, so it excludes nothing{note}; {fix}", Severity.ERROR


def _unmatched_code(declared: str, codes: dict[str, list[str]]) -> str:
    """A well-formed code that no applicant has: maybe the juror's own territory, declared
    in advance; maybe a typo. Said, without blocking the ranking."""
    what = "SIREN" if len(declared) == 9 else "INSEE code"
    message = f"{what} '{declared}' matches no application of this edition, so it excludes nothing"
    inside = sorted(
        {
            ident
            for code, owners in codes.items()
            if len(declared) <= 3 and len(code) == 5 and code.startswith(declared)
            for ident in owners
        }
    )
    if inside:
        listed = ", ".join(f"'{a}'" for a in inside[:3]) + (", ..." if len(inside) > 3 else "")
        return (
            f"{message}: a département code does not cover its communes; to exclude "
            f"{listed}, declare the application ids or the communes' INSEE codes"
        )
    close = closest(declared, codes)
    if close:
        owners = ", ".join(f"'{a}'" for a in codes[close])
        return (
            f"{message}; if it was meant for an applicant, check it: the closest applicant "
            f"code is '{close}' ({owners})"
        )
    return f"{message}; if it was meant for an applicant, check it"
