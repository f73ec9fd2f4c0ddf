"""Problems found in the input are values: a place, a field and a message in plain words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, at a 1-based line and column."""

    file: str
    line: int
    column: int
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        label = f"{self.field}: " if self.field else ""
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{where}: {label}{prefix}{self.message}"


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(problem.severity is Severity.ERROR for problem in problems)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """File, then line and column: the order a person fixes them in."""
    return sorted(set(problems), key=lambda p: (p.file, p.line, p.column, p.field, p.message))


class LabelscoreError(Exception):
    """Base of the errors the core raises; the CLI turns them into messages and exit codes."""


class ProblemsFoundError(LabelscoreError):
    """The input has errors: nothing can be computed until they are fixed."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) found")
        self.problems = problems


class NotAnEditionError(LabelscoreError):
    """The folder given is not an edition folder (no labelscore.yaml)."""
