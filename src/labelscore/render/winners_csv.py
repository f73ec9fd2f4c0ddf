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


def _number(value: float, dialect: Dialect, decimals: int = 2) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if dialect is Dialect.EXCEL_FR else text


def _certainty(entry: Entry, result: Result, dialect: Dialect) -> list[str]:
    figure = result.uncertainty.of(entry.id) if result.uncertainty is not None else None
    if figure is None:
        return [""] * 7
    return [
        _number(figure.p_label, dialect, 3),
        figure.zone.value,
        _number(figure.expected_rank, dialect, 1),
        str(figure.rank_low),
        str(figure.rank_high),
        "" if figure.margin is None else _number(figure.margin, dialect),
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
                *_certainty(entry, result, dialect),
                result.digest,
            ]
        )
    text = buffer.getvalue()
    return "\ufeff" + text if dialect is Dialect.EXCEL_FR else text
