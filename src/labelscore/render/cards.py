"""A juror's score card as an XLSX workbook (XlsxWriter), in French.

Sheets: "Mode d'emploi" (who, by when, how to mark, the criteria), one sheet per category
assigned to the juror (see models.card for the layout), and a hidden sheet of what the card
was made from. Ids and texts are written as text cells, never guessed into numbers or
dates; only mark, comment and conflict cells are unlocked; each mark cell accepts a number
within its criterion's scale. Same edition, same bytes: the creation date is fixed
(render.workbook, the set-up a card shares with the winners workbook).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from labelscore.i18n.typography import MONTHS
from labelscore.models import card
from labelscore.models.application import Application, Status
from labelscore.models.card import french_number, heading, scale_words
from labelscore.models.criteria import Category
from labelscore.models.edition import Edition
from labelscore.models.jury import Juror, Score
from labelscore.render.workbook import new_workbook

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

_STATUS = {Status.PLANNED: "prévu", Status.IN_PROGRESS: "en cours", Status.REALISED: "réalisé"}
_NBSP = "\u00a0"
_NNBSP = "\u202f"
_CELL_LIMIT = 32_767
_TITLE_LIMIT = 32
_MESSAGE_LIMIT = 255
_SHEET_NAME_LIMIT = 31
_FORBIDDEN_IN_SHEET_NAMES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))

_WIDTHS = {"application": 30, "title": 30, "territory": 20, "status": 10, "summary": 70}
_MARK_WIDTH = 16
_GUIDE_WIDTH = 120
"""The guide's paragraphs span columns A to D: 28 + 10 + 12 + 70."""
_LINE_HEIGHT = 13
"""Points per line of 10-point text. Spreadsheets do not all fit a row's height to its
wrapped text when a file is opened (LibreOffice's printing does not), so rows are given
the height their longest text needs."""
_A4 = 9
_COMMENT_WIDTH = 40
_CONFLICT_WIDTH = 14


def french_date(day: datetime.date) -> str:
    return f"{day.day}{_NBSP}{MONTHS['fr'][day.month - 1]}{_NBSP}{day.year}"


def _lines(text: str, width: float) -> int:
    """Lines a text takes, wrapped in a column `width` characters wide (10-point text
    holds about 1.15 characters per unit of column width)."""
    per_line = max(1, int(width * 1.15))
    return sum(max(1, -(-len(paragraph) // per_line)) for paragraph in text.split("\n"))


def _height(*cells: tuple[str, float]) -> int:
    return _LINE_HEIGHT * max(_lines(text, width) for text, width in cells) + 4


def _printable(sheet: Worksheet, repeat: int | None = None) -> None:
    """A4 landscape, one page wide, the headings repeated on every page."""
    sheet.set_paper(_A4)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    if repeat is not None:
        sheet.repeat_rows(repeat)


def _escaped(text: str) -> str:
    """Text for a printed header, where & starts a code (&P: the page number)."""
    return text.replace("&", "&&")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sheet_names(categories: list[Category]) -> dict[str, str]:
    """A sheet name for each category: its title, made acceptable to spreadsheets (at most
    31 characters, none of []:*?/\\, unique whatever the case), else its id."""
    names: dict[str, str] = {}
    taken = {card.GUIDE_SHEET.casefold(), card.META_SHEET.casefold()}
    for category in categories:
        for candidate in (category.title, category.id):
            name = " ".join(candidate.translate(_FORBIDDEN_IN_SHEET_NAMES).split()).strip("'")
            name = _cut(name, _SHEET_NAME_LIMIT)
            if name and name.casefold() not in taken:
                break
        else:
            stem = _cut(category.id, _SHEET_NAME_LIMIT - 4)
            name = next(
                f"{stem} ({n})" for n in range(2, 10_000) if f"{stem} ({n})".casefold() not in taken
            )
        taken.add(name.casefold())
        names[category.id] = name
    return names


class _Formats:
    def __init__(self, book: Workbook) -> None:
        def add(**properties: Any) -> Format:
            return book.add_format({"valign": "top", "font_size": 10, **properties})

        self.title = add(bold=True, font_size=14)
        self.bold = add(bold=True)
        self.text = add(text_wrap=True)
        self.heading = add(bold=True, text_wrap=True, bg_color="#D9D9D9", border=1)
        self.id = add(num_format="@", border=1)
        self.shown = add(num_format="@", text_wrap=True, border=1)
        self.mark = add(locked=False, bg_color="#FFF2CC", border=1)
        self.comment = add(
            locked=False, num_format="@", text_wrap=True, bg_color="#FFF2CC", border=1
        )
        self.conflict = add(locked=False, num_format="@", bg_color="#FFF2CC", border=1)


def card_workbook(edition: Edition, juror: Juror, assigned: dict[str, tuple[str, ...]]) -> bytes:
    """The card of `juror`, who marks `assigned` (category id -> application ids); marks
    already on the juror's score sheet are filled in."""
    book, output = new_workbook(f"Carte de notation : {juror.name}")
    formats = _Formats(book)
    categories = [c for c in edition.categories if assigned.get(c.id)]
    names = sheet_names(categories)
    _guide(book.add_worksheet(card.GUIDE_SHEET), formats, edition, juror, categories)
    sheet = next((s for s in edition.sheets if s.juror == juror.id), None)
    marked = {score.application: score for score in sheet.scores} if sheet else {}
    declared = set(sheet.conflicts) if sheet else set()
    by_id = {application.id: application for application in edition.applications}
    for category in categories:
        applications = [by_id[i] for i in assigned[category.id] if i in by_id]
        worksheet = book.add_worksheet(names[category.id])
        _category(worksheet, formats, category, applications, marked, declared, juror.name)
    _meta(book.add_worksheet(card.META_SHEET), edition, juror, categories, names)
    book.close()
    return output.getvalue()


def _guide(
    sheet: Worksheet, formats: _Formats, edition: Edition, juror: Juror, categories: list[Category]
) -> None:
    rules = edition.rules
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 10)
    sheet.set_column(2, 2, 12)
    sheet.set_column(3, 3, 70)
    lines: list[tuple[str, Format]] = [
        (f"Carte de notation — {rules.name} {rules.year}", formats.title),
        (f"Juré{_NBSP}: {juror.name} — {juror.organisation}", formats.bold),
    ]
    if rules.marking_deadline is not None:
        lines.append(
            (f"À renvoyer au plus tard le {french_date(rules.marking_deadline)}.", formats.bold)
        )
    tabs = ", ".join(f"«{_NBSP}{c.title}{_NBSP}»" for c in categories)
    lines += [
        ("", formats.text),
        ("Comment noter", formats.bold),
        (
            f"1. Un onglet par catégorie qui vous est confiée{_NBSP}: {tabs}. Une ligne par "
            "candidature à noter.",
            formats.text,
        ),
        (
            "2. Donnez une note par critère dans les cellules jaunes, entre le minimum et le "
            "maximum indiqués en tête de colonne. Les décimales sont acceptées (4,5). Le texte "
            f"«{_NBSP}Ce qu'il faut regarder{_NBSP}» s'affiche quand on sélectionne une "
            "cellule de note.",
            formats.text,
        ),
        (
            "3. Tapez le nombre lui-même, sans formule ni texte. Une note laissée vide compte "
            f"comme «{_NBSP}pas encore notée{_NBSP}»{_NNBSP}; vous pouvez renvoyer la carte en "
            "plusieurs fois.",
            formats.text,
        ),
        ("4. Le commentaire est facultatif. Il est lu par le jury.", formats.text),
        ("", formats.text),
        ("Conflit d'intérêts", formats.bold),
        (
            "Si vous avez un lien avec une candidature (votre collectivité, votre employeur, un "
            f"lien personnel), choisissez «{_NBSP}oui{_NBSP}» dans la colonne "
            f"«{_NBSP}Conflit d'intérêts{_NBSP}» et laissez ses notes vides. Vos notes ne "
            "compteront pas pour elle.",
            formats.text,
        ),
        ("", formats.text),
        ("Renvoyer la carte", formats.bold),
        (
            "Enregistrez le fichier au format .xlsx (ou .ods avec LibreOffice) sans renommer "
            "ni supprimer les onglets, les lignes ou les colonnes, puis renvoyez-le au "
            "président du jury. Seules les cellules jaunes (notes, commentaire, conflit) "
            f"peuvent être modifiées{_NNBSP}; les autres sont protégées, sans mot de passe, "
            "contre les fausses manipulations.",
            formats.text,
        ),
        (
            "Une candidature dont seuls certains critères sont notés compte avec ces "
            f"critères seulement{_NBSP}: donnez toutes ses notes avant l'envoi final.",
            formats.text,
        ),
        ("", formats.text),
        ("Les critères", formats.bold),
    ]
    row = 0
    for text, style in lines:
        if text:
            sheet.merge_range(row, 0, row, 3, text, style)
            # Spreadsheets do not fit a merged cell's height to its text.
            sheet.set_row(row, _height((text, _GUIDE_WIDTH)))
        row += 1
    for category in categories:
        sheet.write_string(row, 0, category.title, formats.heading)
        sheet.set_row(row, _height((category.title, 28)))
        for column, word in enumerate(("Poids", "Échelle", "Ce qu'il faut regarder"), start=1):
            sheet.write_string(row, column, word, formats.heading)
        row += 1
        for criterion in category.criteria:
            sheet.write_string(row, 0, criterion.title, formats.shown)
            sheet.write_number(row, 1, float(criterion.weight), formats.shown)
            sheet.write_string(row, 2, scale_words(criterion), formats.shown)
            sheet.write_string(row, 3, _cut(criterion.guidance or "", _CELL_LIMIT), formats.shown)
            sheet.set_row(row, _height((criterion.guidance or "", 70), (criterion.title, 28)))
            row += 1
        row += 1
    _printable(sheet)
    sheet.protect("", {"format_columns": True, "format_rows": True})
    sheet.activate()


def _category(
    sheet: Worksheet,
    formats: _Formats,
    category: Category,
    applications: list[Application],
    marked: dict[str, Score],
    declared: set[str],
    juror_name: str,
) -> None:
    roles = [card.APPLICATION, *card.DESCRIPTION]
    roles += [criterion.id for criterion in category.criteria]
    roles += [card.COMMENT, card.CONFLICT]
    headings = ["Candidature", "Titre", "Territoire", "Avancement", "Résumé"]
    headings += [heading(criterion) for criterion in category.criteria]
    headings += ["Commentaire", "Conflit d'intérêts"]
    first_mark = len(card.DESCRIPTION) + 1
    comment_column = first_mark + len(category.criteria)
    conflict_column = comment_column + 1
    last_row = card.FIRST_ROW - 1 + len(applications) - 1
    for column, role in enumerate(roles):
        sheet.write_string(card.ROLES_ROW - 1, column, role, formats.id)
        sheet.write_string(card.HEADINGS_ROW - 1, column, headings[column], formats.heading)
    for role, width in _WIDTHS.items():
        column = roles.index(role)
        sheet.set_column(column, column, width)
    sheet.set_column(first_mark, comment_column - 1, _MARK_WIDTH)
    sheet.set_column(comment_column, comment_column, _COMMENT_WIDTH)
    sheet.set_column(conflict_column, conflict_column, _CONFLICT_WIDTH)
    sheet.set_row(card.ROLES_ROW - 1, None, None, {"hidden": True})
    sheet.set_row(
        card.HEADINGS_ROW - 1,
        _height(*((heading(criterion), _MARK_WIDTH) for criterion in category.criteria)),
    )
    for offset, criterion in enumerate(category.criteria):
        column = first_mark + offset
        note = (
            f"{criterion.title}\n{criterion.guidance}" if criterion.guidance else heading(criterion)
        )
        sheet.write_comment(card.HEADINGS_ROW - 1, column, _cut(note, _CELL_LIMIT))
        sheet.data_validation(
            card.FIRST_ROW - 1,
            column,
            max(last_row, card.FIRST_ROW - 1),
            column,
            {
                "validate": "decimal",
                "criteria": "between",
                "minimum": criterion.scale.min,
                "maximum": criterion.scale.max,
                "input_title": _cut(criterion.title, _TITLE_LIMIT),
                "input_message": _cut(
                    f"Note de {scale_words(criterion)}. {criterion.guidance or ''}".strip(),
                    _MESSAGE_LIMIT,
                ),
                "error_title": "Note hors échelle",
                "error_message": _cut(
                    f"Tapez un nombre de {scale_words(criterion)} (par exemple "
                    f"{french_number((criterion.scale.min + criterion.scale.max) / 2)}), "
                    "ou laissez la cellule vide.",
                    _MESSAGE_LIMIT,
                ),
            },
        )
    if applications:
        sheet.data_validation(
            card.FIRST_ROW - 1,
            conflict_column,
            last_row,
            conflict_column,
            {
                "validate": "list",
                "source": [card.CONFLICT_YES, card.CONFLICT_NO],
                "error_title": "Conflit d'intérêts",
                "error_message": f"Choisissez «{_NBSP}oui{_NBSP}» pour un conflit d'intérêts, "
                f"«{_NBSP}non{_NBSP}» ou rien sinon.",
            },
        )
    for index, application in enumerate(applications):
        row = card.FIRST_ROW - 1 + index
        shown = (
            application.title,
            application.territory.name,
            _STATUS.get(application.status, str(application.status)),
            application.summary,
        )
        sheet.write_string(row, 0, application.id, formats.id)
        for column, text in enumerate(shown, start=1):
            sheet.write_string(row, column, _cut(text, _CELL_LIMIT), formats.shown)
        score = marked.get(application.id)
        comment = score.comment if score and score.comment else ""
        widths = [_WIDTHS[role] for role in card.DESCRIPTION]
        sheet.set_row(
            row,
            _height(*zip(shown, widths, strict=True), (comment, _COMMENT_WIDTH)),
        )
        for offset, criterion in enumerate(category.criteria):
            mark = score.marks.get(criterion.id) if score else None
            if mark is None:
                sheet.write_blank(row, first_mark + offset, None, formats.mark)
            else:
                sheet.write_number(row, first_mark + offset, float(mark), formats.mark)
        sheet.write_string(row, comment_column, _cut(comment, _CELL_LIMIT), formats.comment)
        conflict = card.CONFLICT_YES if application.id in declared else ""
        sheet.write_string(row, conflict_column, conflict, formats.conflict)
    sheet.freeze_panes(card.FIRST_ROW - 1, 1)
    _printable(sheet, card.HEADINGS_ROW - 1)
    sheet.set_header(f"&L{_escaped(juror_name)}&R&A")
    sheet.set_footer("&CPage &P / &N")
    sheet.protect("", {"format_columns": True, "format_rows": True})


def _meta(
    sheet: Worksheet,
    edition: Edition,
    juror: Juror,
    categories: list[Category],
    names: dict[str, str],
) -> None:
    """Key in column A, value in column B, all text; then the sheet of each category, and
    what each mark column means (criterion and scale), to tell whether the card is current."""
    rows: list[tuple[str, ...]] = [
        ("format", card.FORMAT),
        ("version", str(card.VERSION)),
        ("edition", edition.rules.name),
        ("year", str(edition.rules.year)),
        ("juror", juror.id),
        *(("category", c.id, names[c.id]) for c in categories),
        *(("criterion", *criterion) for criterion in card.card_criteria(categories)),
    ]
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            sheet.write_string(row, column, value)
    sheet.protect()
    sheet.hide()
