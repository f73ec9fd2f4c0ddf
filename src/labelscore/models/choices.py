"""Choices a user makes on the command line or in a file (no heavy imports here).

A `Choice` is a closed list of words. Its canonical values are what every output shows
(JSON and CSV keys and values stay stable); the words an applicant may write instead,
in French, are its documented synonyms (`Status.synonyms()`), read as the canonical
value. The README lists them (a test checks it).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any


class Choice(StrEnum):
    """A closed list of words, each of which may also be written as a synonym."""

    @classmethod
    def synonyms(cls) -> dict[str, str]:
        """Other words for a value, as written (synonym -> canonical value)."""
        return {}

    @classmethod
    def _missing_(cls, value: object) -> Choice | None:
        if isinstance(value, str):
            canonical = cls.synonyms().get(value)
            if canonical is not None:
                return cls(canonical)
        return None

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> Any:
        """An editor offers every accepted word, the synonyms included."""
        schema = handler.resolve_ref_schema(handler(core_schema))
        schema["enum"] = cls.accepted()
        return schema

    @classmethod
    def accepted(cls) -> list[str]:
        """Every word this choice accepts: the canonical values, then the synonyms."""
        return [member.value for member in cls] + list(cls.synonyms())


def _folded(word: str) -> str:
    """A word without accents, case, dashes or underscores, to find what was meant."""
    import unicodedata  # only when a word is wrong

    decomposed = unicodedata.normalize("NFKD", word.strip())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().replace("-", " ").replace("_", " ").split())


def meant(word: str, accepted: Iterable[str]) -> str | None:
    """The accepted word a person most likely meant by `word` (`realise`, `Réalisé`,
    `en-cours`, `intercommunalite`), or None when none is close."""
    import difflib  # only when a word is wrong

    words = list(accepted)
    folded = {_folded(known): known for known in reversed(words)}
    key = _folded(word)
    if key in folded:
        return folded[key]
    close = difflib.get_close_matches(key, list(folded), n=1)
    return folded[close[0]] if close else None


class Aggregate(Choice):
    MEAN = "mean"
    MEDIAN = "median"
    TRIMMED = "trimmed"

    @classmethod
    def synonyms(cls) -> dict[str, str]:
        return {"moyenne": "mean", "médiane": "median", "moyenne tronquée": "trimmed"}


class Normalize(Choice):
    NONE = "none"
    ZSCORE = "zscore"

    @classmethod
    def synonyms(cls) -> dict[str, str]:
        return {"aucune": "none"}


class Dialect(StrEnum):
    RFC4180 = "rfc4180"
    EXCEL_FR = "excel-fr"
