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

from typing import NamedTuple

from labelscore.models.criteria import Category, Criterion

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
CONFLICT_NO = "non"
"""Read as no conflict, like an empty cell: the answer a juror naturally types."""

MAX_ROWS = 10_000
MAX_COLUMNS = 200
"""No card needs more: a cell beyond them is refused before the workbook is read."""


class CardCriterion(NamedTuple):
    """What a mark column means: the criterion and its scale. A card whose criteria still
    mean the same is current, whatever else changed (a weight, a title, the guidance, the
    rules, the roster): the marks typed in it keep their meaning."""

    category: str
    criterion: str
    min: str
    max: str


def _bound(value: float) -> str:
    return repr(float(value))


def card_criteria(categories: list[Category]) -> list[CardCriterion]:
    return [
        CardCriterion(c.id, k.id, _bound(k.scale.min), _bound(k.scale.max))
        for c in categories
        for k in c.criteria
    ]


def changed_criteria(written: list[CardCriterion], now: list[CardCriterion]) -> list[str]:
    """What changed in the meaning of the card's mark columns since it was made, each as
    `category/criterion: what`, empty when nothing did."""
    before = {(c.category, c.criterion): c for c in written}
    after = {
        (c.category, c.criterion): c for c in now if c.category in {w.category for w in written}
    }
    changes = []
    for key in sorted(before.keys() | after.keys()):
        name = "/".join(key)
        if key not in after:
            changes.append(f"{name}: -")
        elif key not in before:
            changes.append(f"{name}: +")
        elif before[key] != after[key]:
            old, new = before[key], after[key]
            changes.append(
                f"{name}: {french_number(float(old.min))}–{french_number(float(old.max))} → "
                f"{french_number(float(new.min))}–{french_number(float(new.max))}"
            )
    return changes


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
