"""The winners as CSV, for Excel and LibreOffice, in an English or a French locale."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from labelscore.models.choices import Dialect

if TYPE_CHECKING:
    from labelscore.engine.result import Entry, Result

HEADER = (
    "category",
    "rank",
    "application",
    "territory",
    "insee",
    "siren",
    "title",
    "score",
    "jurors",
    "status",
    "p_label",
    "zone",
    "expected_rank",
    "rank_low",
    "rank_high",
    "margin_to_label_line",
    "weight_sensitive",
    "edition_digest",
)
"""How sure each label is: from p_label to weight_sensitive, empty without a simulation
(`--draws 0`)."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(text: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading quote (OWASP)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


Cell = str | int | float | None
"""One value of a row: text (codes included, as text), a whole number, a measure, or
None for an empty cell."""

DECIMALS = {"score": 2, "p_label": 3, "expected_rank": 1, "margin_to_label_line": 2}
"""Decimals shown for each measure: written so in the CSV, a display format in the
workbook (which keeps the value as `rank --json` gives it)."""


def _certainty(entry: Entry, result: Result) -> list[Cell]:
    figure = result.uncertainty.of(entry.id) if result.uncertainty is not None else None
    if figure is None:
        return [None] * 7
    return [
        figure.p_label,
        figure.zone.value,
        figure.expected_rank,
        figure.rank_low,
        figure.rank_high,
        figure.margin,
        "yes" if figure.weight_sensitive else "no",
    ]


def winners(result: Result, *, pending: bool = False) -> list[Entry]:
    """Labelled entries in the order of the rank tables: categories in their published
    order, then best first; with `pending`, the entries tied for a label too."""
    return [
        entry
        for category in result.categories
        for entry in category.entries
        if entry.labelled or (pending and entry.pending)
    ]


def winner_rows(result: Result, *, provisional: bool = False) -> list[list[Cell]]:
    """The rows of the export, one per winner (see `winners`), as values in the order of
    HEADER; what the CSV and the workbook both write. `provisional`: the entries tied for
    a label as well, with their status (`tie_pending`)."""
    rows: list[list[Cell]] = []
    for entry in winners(result, pending=provisional):
        application = entry.application
        territory = application.territory
        rows.append(
            [
                application.category,
                entry.rank,
                application.id,
                territory.name,
                territory.insee,
                territory.siren,
                application.title,
                entry.score if entry.score is not None else 0.0,
                len(entry.juror_scores),
                entry.outcome.value,
                *_certainty(entry, result),
                result.digest,
            ]
        )
    return rows


def _csv_cell(value: Cell, column: str, dialect: Dialect) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, float) or column in DECIMALS:
        text = f"{value:.{DECIMALS.get(column, 2)}f}"
        return text.replace(".", ",") if dialect is Dialect.EXCEL_FR else text
    return str(value)


def to_csv(result: Result, dialect: Dialect = Dialect.RFC4180, *, provisional: bool = False) -> str:
    """The winners, one row each; `provisional`: the entries tied for a label as well, with
    their status (`tie_pending`), for a result the jury has not finished."""
    buffer = io.StringIO()
    delimiter = ";" if dialect is Dialect.EXCEL_FR else ","
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in winner_rows(result, provisional=provisional):
        writer.writerow(
            _csv_cell(value, column, dialect) for value, column in zip(row, HEADER, strict=True)
        )
    text = buffer.getvalue()
    return "\ufeff" + text if dialect is Dialect.EXCEL_FR else text
