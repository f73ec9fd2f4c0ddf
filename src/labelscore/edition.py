"""An edition in memory: the rules, categories, applications and jury, read and checked."""

from __future__ import annotations

from dataclasses import dataclass

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
