"""An edition in memory: the rules, categories, applications and jury, read and checked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from labelscore.engine.conflicts import find_conflicts
from labelscore.engine.result import Conflict
from labelscore.models.application import Application
from labelscore.models.criteria import Category
from labelscore.models.jury import Juror, ScoreSheet
from labelscore.models.rules import Rules


@dataclass(frozen=True)
class Edition:
    """Everything the scoring engine needs; sorted by id so file order never matters."""

    rules: Rules
    categories: tuple[Category, ...]
    applications: tuple[Application, ...]
    jurors: tuple[Juror, ...]
    sheets: tuple[ScoreSheet, ...]
    conflicts: tuple[Conflict, ...]
    """Every (juror, application) pair in conflict, found once when the files are checked."""

    @classmethod
    def of(
        cls,
        rules: Rules,
        categories: Iterable[Category],
        applications: Iterable[Application],
        jurors: Iterable[Juror],
        sheets: Iterable[ScoreSheet],
    ) -> Edition:
        """An edition built in code: its conflicts found from its jurors and applications."""
        applications = tuple(applications)
        jurors = tuple(jurors)
        return cls(
            rules,
            tuple(categories),
            applications,
            jurors,
            tuple(sheets),
            find_conflicts(jurors, applications),
        )
