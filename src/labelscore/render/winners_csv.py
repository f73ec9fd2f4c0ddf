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
    "edition_digest",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(text: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading quote (OWASP)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _number(value: float, dialect: Dialect) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if dialect is Dialect.EXCEL_FR else text


def winners(result: Result, *, pending: bool = False) -> list[Entry]:
    """Labelled entries in the order of the rank tables: categories in their published
    order, then best first; with `pending`, the entries tied for a label too."""
    return [
        entry
        for category in result.categories
        for entry in category.entries
        if entry.labelled or (pending and entry.pending)
    ]


def to_csv(result: Result, dialect: Dialect = Dialect.RFC4180, *, provisional: bool = False) -> str:
    """The winners, one row each; `provisional`: the entries tied for a label as well, with
    their status (`tie_pending`), for a result the jury has not finished."""
    buffer = io.StringIO()
    delimiter = ";" if dialect is Dialect.EXCEL_FR else ","
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    for entry in winners(result, pending=provisional):
        application = entry.application
        territory = application.territory
        score = entry.score if entry.score is not None else 0.0
        texts = (
            application.category,
            str(entry.rank),
            application.id,
            territory.name,
            territory.insee or "",
            territory.siren or "",
            application.title,
        )
        writer.writerow(
            [
                *(neutralise(t) for t in texts),
                _number(score, dialect),
                str(len(entry.juror_scores)),
                entry.outcome.value,
                result.digest,
            ]
        )
    text = buffer.getvalue()
    return "\ufeff" + text if dialect is Dialect.EXCEL_FR else text
