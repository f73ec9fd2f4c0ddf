"""A returned score card against the edition: whose it is, whether it is still current, and
every mark, comment and conflict on it, each problem placed at its cell (`Sheet!C12`).

Excel's and LibreOffice's validation is not trusted: pasting bypasses it, and a card may
have been edited anywhere. Every cell is checked here as if there were none.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from labelscore.i18n import plural, t
from labelscore.i18n.typography import enumeration
from labelscore.models import card
from labelscore.models.criteria import Category
from labelscore.models.edition import Edition
from labelscore.problems import Problem, Severity, did_you_mean
from labelscore.reading.cards import CardCells, SheetCells, Value
from labelscore.reading.text import MAX_MARKS, shown_count, stacked_marks

_TEXT_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")


@dataclass
class CardScore:
    """One application's row: what the juror gave it."""

    application: str
    category: str
    sheet: str
    row: int
    marks: dict[str, float] = field(default_factory=dict)
    comment: str | None = None
    conflict: bool = False


@dataclass
class CardMarks:
    """What one card says, once checked."""

    file: str
    juror: str | None
    """None when the card could not be tied to a juror of the edition."""
    scores: list[CardScore] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    digest: str = ""
    """The card file's 'sha256:...' (reading.cards.CardCells.digest)."""


class _Card:
    """Checks one card, collecting its problems."""

    def __init__(self, cells: CardCells, edition: Edition) -> None:
        self.cells = cells
        self.edition = edition
        self.found = CardMarks(cells.file, None, digest=cells.digest)

    def problem(
        self,
        rule: str,
        message: str,
        sheet: str = "",
        row: int = 0,
        column: int = 0,
        *,
        warning: bool = False,
    ) -> None:
        severity = Severity.WARNING if warning else Severity.ERROR
        self.found.problems.append(
            Problem(
                self.cells.file, row + 1, column + 1, "", message, severity, rule=rule, sheet=sheet
            )
        )

    def meta(self) -> dict[str, tuple[int, str]] | None:
        """The hidden sheet's keys, with their row and value; None (and a problem) if the
        workbook is not a card."""
        sheet = self.cells.sheets.get(card.META_SHEET)
        if sheet is None:
            self.problem(
                "card-not-a-card",
                t("checks.card_no_meta", sheet=card.META_SHEET),
            )
            return None
        found: dict[str, tuple[int, str]] = {}
        for row, values in enumerate(sheet.rows):
            key = values[0] if values else ""
            if isinstance(key, str) and key and key != "category":
                value = sheet.value(row, 1)
                found[key] = (row, value if isinstance(value, str) else "")
        format_ = found.get("format", (0, ""))[1]
        version = found.get("version", (0, ""))[1]
        if format_ != card.FORMAT or not version.isdigit():
            self.problem(
                "card-not-a-card",
                t("checks.card_meta_changed", sheet=card.META_SHEET),
                card.META_SHEET,
            )
            return None
        if int(version) > card.VERSION:
            self.problem(
                "card-not-a-card",
                t("checks.card_newer", version=version, supported=card.VERSION),
                card.META_SHEET,
            )
            return None
        return found

    def categories(self) -> list[tuple[str, str]]:
        """(category id, sheet name) of each category sheet the card was made with."""
        sheet = self.cells.sheets[card.META_SHEET]
        return [
            (str(values[1]), str(values[2]))
            for values in sheet.rows
            if len(values) >= 3 and values[0] == "category"
        ]

    def identify(self, meta: dict[str, tuple[int, str]], seen: dict[str, str]) -> str | None:
        """The card's juror, if the card belongs to this edition as it is now."""
        rules = self.edition.rules
        row, name = meta.get("edition", (0, ""))
        year_row, year = meta.get("year", (0, ""))
        if (name, year) != (rules.name, str(rules.year)):
            row = row if name != rules.name else year_row
            self.problem(
                "card-other-edition",
                t(
                    "checks.card_other_edition",
                    name=name,
                    year=year,
                    ours=rules.name,
                    our_year=rules.year,
                ),
                card.META_SHEET,
                row,
                1,
            )
            return None
        row, juror = meta.get("juror", (0, ""))
        jurors = {j.id for j in self.edition.jurors}
        if juror not in jurors:
            self.problem(
                "card-unknown-juror",
                t("checks.card_unknown_juror", juror=juror) + did_you_mean(juror, jurors),
                card.META_SHEET,
                row,
                1,
            )
            return None
        if juror in seen:  # placed at the file: the whole card is the problem, no cell
            self.problem(
                "card-unknown-juror",
                t("checks.card_second", juror=juror, first=seen[juror]),
            )
            return None
        seen[juror] = self.cells.file
        return juror

    def current(self, juror: str) -> dict[str, tuple[str, ...]]:
        """The juror's applications by category, when the card's mark columns still mean
        what they meant when it was made (the same criteria, on the same scales); else a
        problem saying what changed, and {}. Other changes (weights, titles, guidance, the
        rules, the roster, the assignment) leave the card current."""
        sheet = self.cells.sheets[card.META_SHEET]
        written = [
            card.CardCriterion(*(str(v) for v in values[1:5]))
            for values in sheet.rows
            if len(values) >= 5 and values[0] == "criterion"
        ]
        on_card = [category for category, _ in self.categories()]
        categories = [c for c in self.edition.categories if c.id in on_card]
        changes = card.changed_criteria(written, card.card_criteria(categories))
        changes += [f"{c}: -" for c in on_card if c not in {k.id for k in categories}]
        if changes or not written:
            first = next(
                (row for row, values in enumerate(sheet.rows) if values[0] == "criterion"), 0
            )
            self.problem(
                "card-out-of-date",
                t(
                    "checks.card_out_of_date",
                    changed="; ".join(changes) or "?",
                    juror=juror,
                ),
                card.META_SHEET,
                first,
                1,
            )
            return {}
        assignment = self.edition.assignment
        assigned = assignment.by_juror().get(juror, {}) if assignment is not None else {}
        return {category: assigned.get(category, ()) for category in on_card}


def check_card(cells: CardCells, edition: Edition, seen: dict[str, str]) -> CardMarks:
    """What one card says, and every problem on it. `seen`: juror -> the card already
    collected for them in this run (a second card of one juror is refused)."""
    checker = _Card(cells, edition)
    meta = checker.meta()
    if meta is None:
        return checker.found
    juror = checker.identify(meta, seen)
    if juror is None:
        return checker.found
    assigned = checker.current(juror)
    if not assigned:
        return checker.found
    checker.found.juror = juror
    categories = {c.id: c for c in edition.categories}
    for category_id, sheet_name in checker.categories():
        sheet = cells.sheets.get(sheet_name)
        if sheet is None:
            checker.problem(
                "card-sheet-missing",
                t("checks.card_sheet_missing", sheet=sheet_name, category=category_id),
            )
            continue
        _check_sheet(checker, sheet, categories[category_id], assigned.get(category_id, ()))
    return checker.found


def _columns(checker: _Card, sheet: SheetCells, category: Category) -> dict[str, int] | None:
    """Role -> column, read from the hidden first row; None when it was edited."""
    expected = [card.APPLICATION, *card.DESCRIPTION]
    expected += [criterion.id for criterion in category.criteria]
    expected += [card.COMMENT, card.CONFLICT]
    row = card.ROLES_ROW - 1
    found: dict[str, int] = {}
    edited = False
    width = len(sheet.rows[row]) if sheet.rows else 0
    for column in range(width):
        role = sheet.value(row, column)
        if role == "" or role is None:
            continue
        if role not in expected or role in found:
            checker.problem(
                "card-columns-edited",
                t("checks.card_role_edited", role=role),
                sheet.name,
                row,
                column,
            )
            edited = True
            continue
        found[str(role)] = column
    for role in expected:
        if role not in found:
            checker.problem(
                "card-columns-edited",
                t("checks.card_column_missing", role=role),
                sheet.name,
                row,
                0,
            )
            edited = True
    if edited:
        return None
    for criterion in category.criteria:
        column = found[criterion.id]
        shown = sheet.value(card.HEADINGS_ROW - 1, column)
        if shown != card.heading(criterion):
            checker.problem(
                "card-heading-edited",
                t("checks.card_heading_edited", shown=shown, heading=card.heading(criterion)),
                sheet.name,
                card.HEADINGS_ROW - 1,
                column,
                warning=True,
            )
    return found


def _check_sheet(
    checker: _Card, sheet: SheetCells, category: Category, assigned: tuple[str, ...]
) -> None:
    columns = _columns(checker, sheet, category)
    if columns is None:
        return
    rows: dict[str, int] = {}
    expected = set(assigned)
    entry_columns = [columns[c.id] for c in category.criteria]
    entry_columns += [columns[card.COMMENT], columns[card.CONFLICT]]
    for row in range(card.FIRST_ROW - 1, len(sheet.rows)):
        ident = sheet.value(row, columns[card.APPLICATION])
        filled = any(_filled(sheet, row, column) for column in entry_columns)
        if ident == "" and not filled:
            continue
        place = (sheet.name, row, columns[card.APPLICATION])
        if isinstance(ident, str) and ident.strip() not in assigned:
            known = next((a for a in checker.edition.applications if a.id == ident.strip()), None)
            if known is not None and known.category == category.id:
                checker.problem(
                    "card-no-longer-assigned",
                    t("checks.card_row_not_assigned", ident=ident.strip()),
                    *place,
                    warning=True,
                )
                assigned = (*assigned, ident.strip())
        if not isinstance(ident, str) or ident.strip() not in assigned:
            if ident == "":
                message = t("checks.card_row_without_id")
            elif isinstance(ident, str):
                message = t("checks.card_unknown_row", shown=ident, category=category.id)
            else:
                message = t("checks.card_number_row", category=category.id)
            if ident != "":
                message += did_you_mean(str(ident), assigned)
            checker.problem(
                "card-unknown-row",
                message,
                *place,
            )
            continue
        ident = ident.strip()
        if ident in rows:
            checker.problem(
                "card-row-twice",
                t("checks.card_row_twice", ident=ident, row=rows[ident] + 1),
                *place,
            )
            continue
        rows[ident] = row
        score = _row(checker, sheet, category, row, columns, ident)
        if score is not None:
            checker.found.scores.append(score)
    for ident in assigned:
        if ident not in rows and ident in expected:
            checker.problem(
                "card-row-missing",
                t("checks.card_row_missing", ident=ident),
                sheet.name,
                card.FIRST_ROW - 1,
                columns[card.APPLICATION],
                warning=True,
            )


def _filled(sheet: SheetCells, row: int, column: int) -> bool:
    value = sheet.value(row, column)
    return (
        (row, column) in sheet.formulas
        or (row, column) in sheet.errors
        or (row, column) in sheet.odd
        or not (value == "" or (isinstance(value, str) and not value.strip()))
    )


def _row(
    checker: _Card,
    sheet: SheetCells,
    category: Category,
    row: int,
    columns: dict[str, int],
    ident: str,
) -> CardScore | None:
    score = CardScore(ident, category.id, sheet.name, row)
    for criterion in category.criteria:
        column = columns[criterion.id]
        mark = _mark(checker, sheet, row, column)
        if mark is None:
            continue
        if not criterion.scale.contains(mark):
            checker.problem(
                "card-mark-outside-scale",
                t(
                    "checks.card_outside_scale",
                    mark=card.french_number(mark),
                    title=criterion.title,
                    scale=card.scale_words(criterion),
                ),
                sheet.name,
                row,
                column,
            )
            continue
        score.marks[criterion.id] = mark
    score.comment = _comment(checker, sheet, row, columns[card.COMMENT])
    column = columns[card.CONFLICT]
    conflict = sheet.value(row, column)
    answer = conflict.strip().casefold() if isinstance(conflict, str) else None
    if answer == card.CONFLICT_YES:
        score.conflict = True
    elif answer == card.CONFLICT_NO:
        pass  # « non »: no conflict, as an empty cell says
    elif _filled(sheet, row, column):
        checker.problem(
            "card-conflict-value",
            t("checks.card_conflict_value", yes=card.CONFLICT_YES, no=card.CONFLICT_NO),
            sheet.name,
            row,
            column,
        )
    if score.conflict and score.marks:
        checker.problem(
            "card-conflict-with-marks",
            t("checks.card_conflict_with_marks", ident=ident),
            sheet.name,
            row,
            column,
        )
        return None
    unmarked = [
        c
        for c in category.criteria
        if c.id not in score.marks and not _filled(sheet, row, columns[c.id])
    ]
    refused = any(
        c.id not in score.marks and _filled(sheet, row, columns[c.id]) for c in category.criteria
    )
    # with a mark refused in the row, its problem says what to do; a count of the
    # criteria marked would leave that one out of both sides
    if score.marks and unmarked and not score.conflict and not refused:
        checker.problem(
            "card-partly-marked",
            plural(
                len(score.marks),
                "checks.card_partly_marked",
                ident=ident,
                total=len(category.criteria),
                missing=enumeration([c.title for c in unmarked]),
            ),
            sheet.name,
            row,
            columns[unmarked[0].id],
            warning=True,
        )
    if score.comment and not score.marks:  # a conflict's comment too: never dropped unsaid
        checker.problem(
            "card-comment-without-marks",
            t("checks.card_comment_without_marks", ident=ident),
            sheet.name,
            row,
            columns[card.COMMENT],
        )
    return score


def _mark(checker: _Card, sheet: SheetCells, row: int, column: int) -> float | None:
    """The mark typed in a cell, None when there is none (or it is not a number)."""
    where = (sheet.name, row, column)
    value: Value = sheet.value(row, column)
    if (row, column) in sheet.formulas:
        checker.problem("card-not-a-number", t("checks.card_formula"), *where)
        return None
    if (row, column) in sheet.errors:
        checker.problem("card-not-a-number", t("checks.card_error_value"), *where)
        return None
    if (row, column) in sheet.odd:
        checker.problem(
            "card-not-a-number",
            t("checks.card_odd_value", value=_odd_cell(sheet, row, column)),
            *where,
        )
        return None
    if isinstance(value, bool):
        checker.problem(
            "card-not-a-number",
            t("checks.card_yes_no", value=t("checks.true" if value else "checks.false")),
            *where,
        )
        return None
    if isinstance(value, float):
        return _plain(value)
    text = (value or "").strip().replace("\u00a0", "").replace("\u202f", "")
    if not text:
        return None
    if _TEXT_NUMBER.fullmatch(text):
        number = _plain(float(text.replace(",", ".")))
        checker.problem(
            "card-mark-as-text",
            t("checks.card_mark_as_text", value=value, number=card.french_number(number)),
            *where,
            warning=True,
        )
        return number
    checker.problem(
        "card-not-a-number",
        t("checks.card_not_a_number", value=value),
        *where,
    )
    return None


_ODD = ("a date and time", "a date", "a time", "a duration", "an infinity")


def _odd_cell(sheet: SheetCells, row: int, column: int) -> str:
    """What a cell holds instead of a typed number, in words, with the value read when it
    is a date, a time or a duration: « une date (1900-01-03) »."""
    words = _odd_words(sheet.odd[(row, column)])
    shown = sheet.odd_shown.get((row, column))
    return f"{words} ({shown})" if shown else words


def _odd_words(what: str) -> str:
    """What reading.cards found in a cell ('a date'), in the current language."""
    return t(f"checks.odd.{what}") if what in _ODD else what


def _plain(number: float) -> float:
    """4.0 -> 4 (as the juror typed it, and as a score sheet writes it)."""
    return int(number) if math.isfinite(number) and number.is_integer() else number


def _comment(checker: _Card, sheet: SheetCells, row: int, column: int) -> str | None:
    """The comment typed in a cell. A cell whose value is not what was typed (a formula, an
    error value, a date, a yes/no) is refused, never read as no comment: the comment the
    sheet has for that application would be dropped without a word."""
    value = sheet.value(row, column)
    what = _not_typed_text(sheet, row, column, value)
    if what is not None:
        checker.problem(
            "card-bad-text", t("checks.card_comment_not_text", value=what), sheet.name, row, column
        )
        return None
    if isinstance(value, float):
        text = card.french_number(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        text = ""
    if not text:
        return None
    bad = next((char for char in text if _invisible(char)), None)
    if bad is not None:
        checker.problem(
            "card-bad-text",
            t("checks.card_bad_text", code=f"{ord(bad):04X}"),
            sheet.name,
            row,
            column,
        )
        return None
    if stacked := stacked_marks(text):
        # the score sheet would be refused on every later reading (reading.strict_yaml)
        checker.problem(
            "stacked-marks",
            t("reading.stacked-marks", count=shown_count(stacked), limit=MAX_MARKS),
            sheet.name,
            row,
            column,
        )
        return None
    return text


def _not_typed_text(sheet: SheetCells, row: int, column: int, value: Value) -> str | None:
    """What a comment cell holds instead of typed text, in words; None for text or a number."""
    if (row, column) in sheet.formulas:
        return t("checks.card_holds_formula")
    if (row, column) in sheet.errors:
        return t("checks.card_holds_error")
    if (row, column) in sheet.odd:
        return _odd_cell(sheet, row, column)
    if isinstance(value, bool):
        return t("checks.true" if value else "checks.false")
    return None


def _invisible(char: str) -> bool:
    import unicodedata

    return char not in "\n\t" and unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs")
