"""A checked card against the juror's score sheet: what collecting it would change.

Nothing already on the sheet is lost without being asked: a mark the card changes or
drops, a comment it changes, a conflict it lifts, an application it does not have, each is
a problem placed on the sheet, unless the card is to replace the sheet (`--replace`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from labelscore.checks.cards import CardMarks, CardScore
from labelscore.i18n import t
from labelscore.models.base import shown
from labelscore.models.card import french_number
from labelscore.models.jury import ScoreSheet
from labelscore.problems import Problem
from labelscore.reading.load import Loaded
from labelscore.reading.strict_yaml import KeyPath


@dataclass(frozen=True)
class NewSheet:
    """The score sheet a card gives: its scores in the card's order, then those the sheet
    had for applications that are not on the card (kept as they were); its conflicts."""

    juror: str
    scores: tuple[CardScore, ...]
    """The rows with marks, then the scores kept."""
    marked: int
    """Rows of the card with marks."""
    conflicts: tuple[str, ...]
    unmarked: int
    """Rows of the card with neither marks nor a conflict: not marked yet."""
    kept: int
    """Scores and conflicts of the sheet kept because their application is not on the card."""
    card: str = field(default="", compare=False)
    """The card's 'sha256:...': which file the marks came from (a juror may send two). Not
    part of what the sheet says: two cards with the same marks give equal sheets."""


def new_sheet(found: CardMarks, sheet: ScoreSheet | None) -> NewSheet:
    assert found.juror is not None
    on_card = {score.application for score in found.scores}
    kept = [
        CardScore(score.application, "", "", -1, dict(score.marks), score.comment)
        for score in (sheet.scores if sheet is not None else [])
        if score.application not in on_card
    ]
    kept_conflicts = [
        application
        for application in (sheet.conflicts if sheet is not None else [])
        if application not in on_card
    ]
    return NewSheet(
        found.juror,
        tuple(s for s in found.scores if s.marks) + tuple(kept),
        sum(1 for s in found.scores if s.marks),
        tuple(sorted({*(s.application for s in found.scores if s.conflict), *kept_conflicts})),
        sum(1 for s in found.scores if not s.marks and not s.conflict),
        len(kept) + len(kept_conflicts),
        found.digest,
    )


def _shown(mark: float) -> str:
    return str(getattr(mark, "source", mark))


def losses(sheet: Loaded[ScoreSheet], found: CardMarks, new: NewSheet) -> list[Problem]:
    """What the sheet holds that the card would change or drop, placed on the sheet."""
    rows = {score.application for score in found.scores}
    problems: list[Problem] = []
    document = sheet.document
    fix = t("checks.replace_fix")
    cards = {score.application: score for score in new.scores}
    declared = set(new.conflicts)

    def lost(where: KeyPath, message: str) -> None:
        problems.append(document.problem("card-would-replace", where, message + fix))

    for index, score in enumerate(sheet.model.scores):
        where: KeyPath = ("scores", index)
        if score.application not in rows:
            continue  # not on the card: kept as it is
        on_card = cards.get(score.application)
        if on_card is None:
            key = (
                "checks.lost_for_conflict"
                if score.application in declared
                else "checks.lost_without_marks"
            )
            lost((*where, "application"), t(key, application=score.application))
            continue
        for criterion, mark in score.marks.items():
            card_mark = on_card.marks.get(criterion)
            if card_mark is None:
                lost(
                    (*where, "marks", criterion),
                    t(
                        "checks.lost_mark",
                        application=score.application,
                        criterion=criterion,
                        mark=_shown(mark),
                    ),
                )
            elif float(card_mark) != float(mark):
                lost(
                    (*where, "marks", criterion),
                    t(
                        "checks.changed_mark",
                        application=score.application,
                        card=french_number(card_mark),
                        criterion=criterion,
                        sheet=_shown(mark),
                    ),
                )
        if score.comment and score.comment != on_card.comment:
            lost(
                (*where, "comment"),
                t(
                    "checks.changed_comment",
                    application=score.application,
                    comment=shown(on_card.comment),
                )
                if on_card.comment
                else t("checks.lost_comment", application=score.application),
            )
    for index, application in enumerate(sheet.model.conflicts):
        if application in rows and application not in declared:
            lost(
                ("conflicts", index),
                t("checks.lost_conflict", ident=application),
            )
    return problems


def unchanged(sheet: ScoreSheet, new: NewSheet) -> bool:
    """Whether `new` says what `sheet` says (marks, comments, conflicts): then the sheet is
    left as it is, with its comments and its order."""

    def content(scores: object) -> dict[str, tuple[dict[str, float], str | None]]:
        assert isinstance(scores, tuple | list)
        return {
            s.application: ({c: float(m) for c, m in s.marks.items()}, s.comment or None)
            for s in scores
        }

    return content(sheet.scores) == content(new.scores) and sorted(sheet.conflicts) == list(
        new.conflicts
    )
