"""Conflicts of interest: declared ones that match nothing, marks that will not count, and
applications left with too few independent jurors."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from labelscore.engine.conflicts import applicant_codes, comparable_name
from labelscore.engine.result import Conflict
from labelscore.models.application import Application, siren_checksum_ok
from labelscore.problems import Problem, Severity, closest, did_you_mean
from labelscore.reading.load import EditionFiles

if TYPE_CHECKING:
    pass


def check_conflicts(
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


def check_jurors_per_application(
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
        if count < minimum and loaded.model.id not in files.broken.scored:
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


_INSEE = re.compile(r"[0-9]{5}|2[AB][0-9]{3}|[0-9]{2}|2[AB]|97[0-9]")
_SIREN = re.compile(r"[0-9]{9}")


def _invisible(char: str) -> bool:
    """A character that shows as nothing, or as a plain space, where it is written."""
    return char != " " and unicodedata.category(char) in ("Cf", "Zs", "Zl", "Zp", "Cc")


def _describe(char: str) -> str:
    name = unicodedata.name(char, "").lower()
    return f"U+{ord(char):04X} {name}".strip()


def check_declared_conflicts(files: EditionFiles) -> list[Problem]:
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
            if declared in ids or declared in codes or declared in files.broken.applications:
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
