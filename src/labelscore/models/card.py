"""A juror's score card: the workbook `labelscore cards` writes and `labelscore collect`
reads back. Both sides share this layout, so the reader never depends on column positions
or titles: each category sheet has a hidden first row naming each column's role, and a
hidden sheet holds what the card was made from.

Layout of a category sheet (rows numbered as the spreadsheet shows them):
- row 1, hidden: the roles (`application`, `title`, `territory`, `status`, `summary`, one
  criterion id per mark column, `comment`, `conflict`);
- row 2: the headings a juror reads (criterion title, weight and scale; guidance as a note);
- from row 3: one application per row.
"""

from __future__ import annotations

import hashlib
import json
from typing import NamedTuple

from labelscore.models.criteria import Criterion
from labelscore.models.edition import Edition

FORMAT = "labelscore-card"
VERSION = 1
"""Raised when the layout changes in a way an older reader would misread."""

GUIDE_SHEET = "Mode d'emploi"
META_SHEET = "_labelscore"
ROLES_ROW = 1
HEADINGS_ROW = 2
FIRST_ROW = 3

APPLICATION = "application"
COMMENT = "comment"
CONFLICT = "conflict"
DESCRIPTION = ("title", "territory", "status", "summary")
"""Columns shown for the juror's reading, never read back."""

CONFLICT_YES = "oui"

MAX_ROWS = 10_000
MAX_COLUMNS = 200
"""No card needs more: a cell beyond them is refused before the workbook is read."""


class CardParts(NamedTuple):
    """Fingerprints of what a card depends on. Marks are left out: the first card collected
    would otherwise make every other card look out of date."""

    rules: str
    criteria: str
    roster: str
    applications: str

    def digest(self) -> str:
        return _fingerprint(list(self))


PART_WORDS = {
    "rules": "the rules (labelscore.yaml)",
    "criteria": "the criteria of the card's categories",
    "roster": "the roster (jury/roster.yaml)",
    "applications": "the applications assigned to the juror, or their description",
}


def _fingerprint(data: object) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def card_parts(edition: Edition, juror: str, assigned: dict[str, tuple[str, ...]]) -> CardParts:
    """What the card of `juror` depends on, given their applications by category."""
    by_id = {application.id: application for application in edition.applications}
    categories = [c for c in edition.categories if c.id in assigned]
    return CardParts(
        rules=_fingerprint(edition.rules.model_dump(mode="json")),
        criteria=_fingerprint([c.model_dump(mode="json") for c in categories]),
        roster=_fingerprint(
            [j.model_dump(mode="json") for j in sorted(edition.jurors, key=lambda j: j.id)]
        ),
        applications=_fingerprint(
            {
                category: [by_id[i].model_dump(mode="json") for i in ids if i in by_id]
                for category, ids in sorted(assigned.items())
            }
        ),
    )


def french_number(value: float) -> str:
    """4.5 -> '4,5'; 5.0 -> '5'; never in scientific notation."""
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        text = str(int(number))
    else:
        text = repr(number)
        if "e" in text and abs(number) >= 1e15:
            mantissa, exponent = f"{number:.6g}".split("e")
            text = f"{mantissa} × 10^{int(exponent)}"
        elif "e" in text:
            text = f"{number:.12f}".rstrip("0")
    return text.replace(".", ",").replace("-", "−")


def scale_words(criterion: Criterion) -> str:
    return f"{french_number(criterion.scale.min)} à {french_number(criterion.scale.max)}"


def heading(criterion: Criterion) -> str:
    return f"{criterion.title} (×{french_number(criterion.weight)}) — {scale_words(criterion)}"
