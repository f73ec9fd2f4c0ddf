"""The library's entry points: what the CLI calls, and what a script may call too."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from labelscore.checks import build_edition, check_edition
from labelscore.choices import Aggregate, Normalize
from labelscore.edition import Edition
from labelscore.engine import rank_edition
from labelscore.loading import (
    edition_paths,
    is_edition,
    load_file,
    model_for,
    read_edition,
    yaml_files,
)
from labelscore.problems import Problem, ProblemsFoundError, sort_problems
from labelscore.results import Result


@contextmanager
def _collector_paused() -> Iterator[None]:
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


def _read(folder: Path) -> tuple[Edition | None, list[Problem]]:
    with _collector_paused():
        files = read_edition(folder)
        problems = files.problems + check_edition(files)
        return build_edition(files, problems), problems


def edition_problems(folder: Path) -> tuple[Edition | None, list[Problem]]:
    """Read an edition folder: the edition (None if it has errors) and every problem found,
    sorted by file, line and column."""
    edition, problems = _read(folder)
    return edition, sort_problems(problems)


def load_edition(folder: Path) -> tuple[Edition, list[Problem]]:
    """The edition and its warnings (in no particular order, not yet placed); raises
    ProblemsFoundError, with every problem sorted, when any file has an error."""
    edition, problems = _read(folder)
    if edition is None:
        raise ProblemsFoundError(sort_problems(problems))
    return edition, problems


def rank(
    folder: Path, *, aggregate: Aggregate | None = None, normalize: Normalize | None = None
) -> tuple[Edition, Result, list[Problem]]:
    """Load and rank an edition; options default to its labelscore.yaml."""
    edition, warnings = load_edition(folder)
    with _collector_paused():
        result = rank_edition(edition, aggregate=aggregate, normalize=normalize)
    return edition, result, warnings


def validate_paths(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in the given files and folders; an edition folder is checked as a whole."""
    problems: list[Problem] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir() and is_edition(path):
            problems += edition_problems(path)[1]
            seen.update(p.resolve() for p in edition_paths(path))
    for path in paths:
        for file in yaml_files(path) if path.is_dir() else [path]:
            if file.resolve() in seen:
                continue
            seen.add(file.resolve())
            problems += load_file(file, model_for(file))[1]
    return sort_problems(problems)
