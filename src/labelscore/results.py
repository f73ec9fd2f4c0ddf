"""What the engine computes: plain frozen values, ready to be rendered."""

from __future__ import annotations

from dataclasses import dataclass

from labelscore.models.application import Application
from labelscore.models.criteria import Category


@dataclass(frozen=True)
class JurorScore:
    """One juror's score for one application, on 0-100."""

    juror: str
    score: float
    missing: tuple[str, ...]
    """Criteria this juror left unmarked (their weight is spread over the others)."""


@dataclass(frozen=True)
class Entry:
    application: Application
    score: float | None
    """Mean of the jurors' scores; None when the application has too few jurors."""
    juror_scores: tuple[JurorScore, ...]
    rank: int | None
    """Competition rank within the category (1, 2, 2, 4), on scores rounded to 4 decimals."""
    preselection: tuple[str, ...]
    """Ids of the preselection questions this application answers yes to."""
    preselected: bool
    labelled: bool
    pending: bool
    """In a tie at the quota line that the rules could not settle: the jury decides."""

    @property
    def id(self) -> str:
        return self.application.id


@dataclass(frozen=True)
class CategoryResult:
    category: Category
    entries: tuple[Entry, ...]
    """Ranked entries first, best first (ties in the order the tie-break rules give), then
    the entries that could not be ranked."""

    @property
    def labels(self) -> int:
        return sum(entry.labelled for entry in self.entries)


@dataclass(frozen=True)
class Tie:
    """Applications with the same rounded score, and what ordered them."""

    category: str
    applications: tuple[str, ...]
    score: float
    settled_by: tuple[str, ...]
    """For each neighbouring pair, the rule that ordered it ('unsettled' when none did)."""
    at_label_line: bool
    """Some of them are labelled and some are not: this tie decided a label."""

    @property
    def settled(self) -> bool:
        return "unsettled" not in self.settled_by


@dataclass(frozen=True)
class Result:
    name: str
    year: int
    categories: tuple[CategoryResult, ...]
    ties: tuple[Tie, ...]
    labels_available: int
    pending_labels: int
    """Labels held back for a tie the jury must settle."""

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(entry for result in self.categories for entry in result.entries)

    @property
    def labels_awarded(self) -> int:
        return sum(result.labels for result in self.categories)

    @property
    def preselected(self) -> int:
        return sum(entry.preselected for entry in self.entries)
