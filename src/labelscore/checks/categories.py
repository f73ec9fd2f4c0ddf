"""An application's category against its edition's categories: one check, for the whole
edition and for one file given to `validate`, whether or not the file has other errors
(every problem of a file at once, not one round of fixes after another)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from labelscore.i18n import t
from labelscore.models.base import ID_PATTERN
from labelscore.problems import Problem, did_you_mean
from labelscore.reading.strict_yaml import Document


def written_identifier(value: object, key: str) -> str | None:
    """The identifier written at `key` of a file's top-level mapping, when it is a valid
    one; None otherwise (a missing or malformed one is the model's to report)."""
    if isinstance(value, dict):
        found = value.get(key)
        if isinstance(found, str) and re.fullmatch(ID_PATTERN, found):
            return found
    return None


def unknown_category(document: Document, category: str, known: Iterable[str]) -> Problem:
    """LS302 at the file's `category`: the closest known category, else all of them."""
    return document.problem(
        "unknown-category",
        ("category",),
        t("checks.unknown_category", category=category)
        + did_you_mean(category, known, listing="checks.known_categories"),
    )
