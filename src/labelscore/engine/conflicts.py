"""Conflicts of interest: declared by jurors, or found from territories and organisations."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from labelscore.engine.result import CodeKind, Conflict, ConflictReason, ConflictRule
from labelscore.models.application import Application
from labelscore.models.jury import Juror, ScoreSheet


def comparable_name(text: str) -> str:
    """The form names are compared in: NFC, case folded, spaces trimmed at both ends.

    Nothing else is evened out: accents, hyphens, inner spaces, apostrophes and
    abbreviations count, so "Saint-Étienne" is not "Saint-Etienne", "St-Étienne" or
    "Saint Étienne", and "Brest Métropole" is not "Brest".
    """
    return unicodedata.normalize("NFC", text).casefold().strip()


def applicant_codes(application: Application) -> dict[str, CodeKind]:
    """Each code that identifies the applicant, with what it is: its INSEE code, its SIREN,
    and the SIREN of the intercommunalité it belongs to."""
    territory = application.territory
    codes = {}
    if territory.insee:
        codes[territory.insee] = CodeKind.INSEE
    if territory.siren:
        codes[territory.siren] = CodeKind.SIREN
    if territory.intercommunality_siren:
        codes[territory.intercommunality_siren] = CodeKind.INTERCOMMUNALITY_SIREN
    return codes


_AUTOMATIC = (ConflictRule.TERRITORY_CODE, ConflictRule.SAME_NAME)
"""The rules that find a conflict no one declared."""


def find_conflicts(
    jurors: Iterable[Juror],
    applications: Iterable[Application],
    sheets: Iterable[ScoreSheet] = (),
) -> tuple[Conflict, ...]:
    """Every (juror, application) pair in conflict, with the reason (what rule matched
    what, as data: see ConflictReason); one per pair.

    Declared: the juror lists the application id, or one of the applicant's codes (its
    INSEE code, its SIREN, or its intercommunalité's SIREN), written exactly.
    Automatic: the juror's territory has one of those codes (so a juror of an
    intercommunalité is in conflict with its member communes that give its SIREN), or the
    juror's territory name or organisation is the applicant's territory name, compared
    after NFC, case folding and trimming only (see `comparable_name`).
    Declared on a score card: the application id is in the juror's score sheet's
    `conflicts` (written by `labelscore collect`).
    """
    by_id: dict[str, Application] = {}
    by_code: dict[str, list[tuple[Application, CodeKind]]] = defaultdict(list)
    by_name: dict[str, list[Application]] = defaultdict(list)
    for application in applications:
        by_id[application.id] = application
        for code, what in applicant_codes(application).items():
            by_code[code].append((application, what))
        by_name[comparable_name(application.territory.name)].append(application)
    found: dict[tuple[str, str], Conflict] = {}

    def add(juror: Juror | str, application: Application, reason: ConflictReason) -> None:
        who = juror if isinstance(juror, str) else juror.id
        kind = "automatic" if reason.rule in _AUTOMATIC else "declared"
        found.setdefault((who, application.id), Conflict(who, application.id, kind, reason))

    for juror in jurors:
        for declared in juror.conflicts:
            if declared in by_id:
                reason = ConflictReason(ConflictRule.DECLARED_APPLICATION, declared)
                add(juror, by_id[declared], reason)
            for application, what in by_code.get(declared, []):
                add(juror, application, ConflictReason(ConflictRule.DECLARED_CODE, declared, what))
        territory = juror.territory
        if territory is not None:
            for code in filter(None, (territory.insee, territory.siren)):
                for application, what in by_code.get(code, []):
                    reason = ConflictReason(ConflictRule.TERRITORY_CODE, code, what)
                    add(juror, application, reason)
        names = {comparable_name(juror.organisation)}
        if territory is not None:
            names.add(comparable_name(territory.name))
        for name in sorted(names):
            for application in by_name.get(name, []):
                reason = ConflictReason(ConflictRule.SAME_NAME, application.territory.name)
                add(juror, application, reason)
    for sheet in sheets:  # last: a conflict known before the cards keeps its reason
        for declared in sheet.conflicts:
            if declared in by_id:
                add(sheet.juror, by_id[declared], ConflictReason(ConflictRule.ON_CARD))
    return tuple(sorted(found.values(), key=lambda c: (c.application, c.juror)))
