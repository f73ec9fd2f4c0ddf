"""Files to models: every file read strictly, every problem collected."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from labelscore import yamlsource
from labelscore.problems import NotAnEditionError, Problem, capped

if TYPE_CHECKING:
    from labelscore.models.application import Application
    from labelscore.models.criteria import Category
    from labelscore.models.jury import Roster, ScoreSheet
    from labelscore.models.rules import Rules

M = TypeVar("M", bound=BaseModel)
M_co = TypeVar("M_co", bound=BaseModel, covariant=True)

RULES_FILE = "labelscore.yaml"
CRITERIA_DIR = "criteria"
APPLICATIONS_DIR = "applications"
JURY_DIR = "jury"
ROSTER_FILE = "jury/roster.yaml"
SCORES_DIR = "jury/scores"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Loaded(Generic[M_co]):
    """A model and the document it came from, to place later problems on the right line."""

    model: M_co
    document: yamlsource.Document


@contextmanager
def collector_paused() -> Iterator[None]:
    """Reading builds millions of small objects and no reference cycles: the cyclic garbage
    collector would walk the whole heap again and again (measured: 2.5x slower at 10,000
    applications). It is paused while reading and ranking, then restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def display_name(path: Path) -> str:
    return path.as_posix()


def load_file(path: Path, model: type[M]) -> tuple[Loaded[M] | None, list[Problem]]:
    name = display_name(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [Problem(name, 1, 1, "", f"cannot read the file: {error.strerror}")]
    document, problems = yamlsource.read(data, name)
    if document is None:
        return None, problems
    if not isinstance(document.value, dict):
        what = "a list" if isinstance(document.value, list) else "a single value"
        problems.append(
            Problem(name, 1, 1, "", f"the file holds {what}; expected 'name: value' lines")
        )
        return None, problems
    try:
        instance = model.model_validate(document.value)
    except ValidationError as error:
        from labelscore.messages import validation_problems  # difflib: only when needed

        found, hidden = validation_problems(error, document, model)
        return None, capped(problems + found, name, hidden)
    if not problems:
        document.forget_tree()
    return Loaded(instance, document), problems


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files of a folder, in a stable order."""
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix in YAML_SUFFIXES),
        key=lambda p: p.name,
    )


def edition_paths(folder: Path) -> list[Path]:
    """The files an edition is read from."""
    return [
        folder / RULES_FILE,
        *yaml_files(folder / CRITERIA_DIR),
        *yaml_files(folder / APPLICATIONS_DIR),
        folder / ROSTER_FILE,
        *yaml_files(folder / SCORES_DIR),
    ]


def model_for(path: Path) -> type[BaseModel]:
    """Which format a file is written in, from where it sits in an edition folder.

    Each model is imported only when a file needs it: building a model class costs
    milliseconds, and checking one application needs one model.
    """
    parts = path.resolve().parts
    if path.name == RULES_FILE:
        from labelscore.models.rules import Rules

        return Rules
    if len(parts) >= 2 and parts[-2] == CRITERIA_DIR:
        from labelscore.models.criteria import Category

        return Category
    if len(parts) >= 2 and parts[-2] == JURY_DIR and path.stem == "roster":
        from labelscore.models.jury import Roster

        return Roster
    if len(parts) >= 3 and parts[-3:-1] == ("jury", "scores"):
        from labelscore.models.jury import ScoreSheet

        return ScoreSheet
    from labelscore.models.application import Application

    return Application


def is_edition(folder: Path) -> bool:
    return (folder / RULES_FILE).is_file()


@dataclass
class EditionFiles:
    """Every file of an edition that could be read, with the problems found on the way."""

    rules: Loaded[Rules] | None
    categories: list[Loaded[Category]]
    applications: list[Loaded[Application]]
    roster: Loaded[Roster] | None
    sheets: list[Loaded[ScoreSheet]]
    problems: list[Problem]


_MANY = (CRITERIA_DIR, APPLICATIONS_DIR, SCORES_DIR)

Progress = Callable[[int, int], None]
"""Told (files read, files in all) after each file."""


def read_edition(folder: Path, progress: Progress | None = None) -> EditionFiles:
    from labelscore.models.application import Application
    from labelscore.models.criteria import Category
    from labelscore.models.jury import Roster, ScoreSheet
    from labelscore.models.rules import Rules

    if not is_edition(folder):
        raise NotAnEditionError(f"{display_name(folder)} is not an edition folder: no {RULES_FILE}")
    problems: list[Problem] = []
    listed = {directory: yaml_files(folder / directory) for directory in _MANY}
    total = sum(len(paths) for paths in listed.values()) + 2
    done = 0

    def many(directory: str, model: type[M]) -> list[Loaded[M]]:
        nonlocal done
        result = []
        for path in listed[directory]:
            loaded, found = load_file(path, model)
            problems.extend(found)
            if loaded is not None:
                result.append(loaded)
            done += 1
            if progress is not None:
                progress(done, total)
        return result

    rules, found = load_file(folder / RULES_FILE, Rules)
    problems.extend(found)
    roster: Loaded[Roster] | None = None
    if (folder / ROSTER_FILE).is_file():
        roster, found = load_file(folder / ROSTER_FILE, Roster)
        problems.extend(found)
    else:
        problems.append(
            Problem(display_name(folder / ROSTER_FILE), 1, 1, "", "the jury roster is missing")
        )
    return EditionFiles(
        rules=rules,
        categories=many(CRITERIA_DIR, Category),
        applications=many(APPLICATIONS_DIR, Application),
        roster=roster,
        sheets=many(SCORES_DIR, ScoreSheet),
        problems=problems,
    )
