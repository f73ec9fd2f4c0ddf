"""`labelscore validate`: every problem in the files and folders given, at once.

Only what checking a single application needs is imported up front: an applicant runs
this on every save, and an editor may run it on every keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from labelscore.loading import (
    collector_paused,
    edition_paths,
    is_edition,
    load_file,
    model_for,
    yaml_files,
)
from labelscore.problems import Problem, sort_problems


@dataclass(frozen=True)
class Checked:
    problems: list[Problem]
    """Sorted by file, line and column."""
    files: int
    """How many files were read."""


def validate_paths(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in the given files and folders; an edition folder is checked as a whole."""
    return check_paths(paths).problems


def check_paths(paths: Iterable[Path]) -> Checked:
    """The problems of the given files and folders, and how many files were read."""
    paths = list(paths)
    problems: list[Problem] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir() and is_edition(path):
            from labelscore.api import edition_problems

            problems += edition_problems(path)[1]
            seen.update(p.resolve() for p in edition_paths(path) if p.is_file())
    for path in paths:
        for file in yaml_files(path) if path.is_dir() else [path]:
            if file.resolve() in seen:
                continue
            seen.add(file.resolve())
            with collector_paused():
                problems += load_file(file, model_for(file))[1]
    return Checked(sort_problems(problems), len(seen))
