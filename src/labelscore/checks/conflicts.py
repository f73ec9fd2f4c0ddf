"""Conflicts of interest: declared ones that match nothing, marks that will not count, and
applications left with too few independent jurors."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from labelscore.engine.conflicts import applicant_codes, comparable_name
from labelscore.engine.result import Conflict
from labelscore.i18n import plural, t
from labelscore.i18n.reasons import conflict_words, kind_words
from labelscore.models.application import Application, siren_checksum_ok
from labelscore.problems import Problem, Severity, closest, did_you_mean
from labelscore.reading.load import EditionFiles


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
                        t(
                            "checks.conflict_marks",
                            kind=kind_words(conflict.kind),
                            reason=conflict_words(conflict.reason),
                        ),
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
                    plural(count, "checks.too_few_jurors", minimum=minimum),
                    severity=Severity.WARNING,
                )
            )
    return problems


def _quoted(values: Iterable[str]) -> list[str]:
    return [t("checks.quoted", value=value) for value in values]


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
    hidden = sorted({char for char in declared if _invisible(char)})
    if hidden:
        shown = "".join(f"<{_describe(c)[:6]}>" if c in hidden else c for c in declared)
        cleaned = "".join(c for c in declared if c not in hidden)
        what = ", ".join(_describe(c) for c in hidden)
        fix = (
            t("checks.write", value=cleaned)
            if cleaned in ids or cleaned in codes
            else did_you_mean(cleaned, known)
        )
        return (
            t("checks.declared_invisible", shown=shown, what=what, fix=fix),
            Severity.ERROR,
        )
    folded = unicodedata.normalize("NFKC", declared).casefold()
    same = [k for k in known if k.casefold() == folded]
    if same:
        target = same[0]
        key = "checks.declared_case_id" if target in ids else "checks.declared_case_code"
        return t(key, declared=declared, target=target), Severity.ERROR
    named = sorted(
        i for i, a in ids.items() if comparable_name(a.territory.name) == comparable_name(declared)
    )
    if named:
        listed = t("checks.or").join(_quoted(named[:3]))
        return (
            t("checks.declared_territory_name", declared=declared, listed=listed),
            Severity.ERROR,
        )
    if _INSEE.fullmatch(declared) or (_SIREN.fullmatch(declared) and siren_checksum_ok(declared)):
        return _unmatched_code(declared, codes), Severity.WARNING
    if _SIREN.fullmatch(declared):
        return (
            t("checks.declared_bad_siren", declared=declared) + did_you_mean(declared, codes),
            Severity.ERROR,
        )
    lower = declared.lower()
    note = t("checks.declared_lower_case") if lower != declared else ""
    close = closest(lower, known)
    fix = t("checks.declared_close", close=close) if close else t("checks.declared_what_to_write")
    return t("checks.declared_unmatched", declared=declared, note=note, fix=fix), Severity.ERROR


def _unmatched_code(declared: str, codes: dict[str, list[str]]) -> str:
    """A well-formed code that no applicant has: maybe the juror's own territory, declared
    in advance; maybe a typo. Said, without blocking the ranking."""
    what = "siren" if len(declared) == 9 else "insee"
    message = t(f"checks.code_unmatched.{what}", declared=declared)
    inside = sorted(
        {
            ident
            for code, owners in codes.items()
            if len(declared) <= 3 and len(code) == 5 and code.startswith(declared)
            for ident in owners
        }
    )
    if inside:
        listed = ", ".join(_quoted(inside[:3])) + (", ..." if len(inside) > 3 else "")
        return t("checks.code_departement", message=message, listed=listed)
    close = closest(declared, codes)
    if close:
        owners = ", ".join(_quoted(codes[close]))
        return t("checks.code_close", message=message, close=close, owners=owners)
    return t("checks.code_check", message=message)
