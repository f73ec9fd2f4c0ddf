"""`labelscore validate`: every problem in the files and folders given, at once.

Only what checking a single application needs is imported up front: an applicant runs
this on every save, and an editor may run it on every keystroke.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from labelscore.problems import Problem, sort_problems
from labelscore.reading.load import (
    collector_paused,
    edition_paths,
    is_edition,
    list_inputs,
    load_file,
    model_for,
    present,
    yaml_files,
)


@dataclass(frozen=True)
class Checked:
    problems: list[Problem]
    """Sorted by file, line and column."""
    files: int
    """How many files were read."""


def validate_paths(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in the given files and folders; an edition folder is checked as a whole."""
    return check_paths(paths).problems


def _is_folder(path: Path) -> bool:
    try:
        return os.path.isdir(path)
    except OSError:  # pragma: no cover - isdir says False on errors
        return False


def check_paths(paths: Iterable[Path]) -> Checked:
    """The problems of the given files and folders, and how many files were read.

    A path is known by where it really is (links followed, loops too): a file given twice,
    or once directly and once in its edition, is read once.
    """
    paths = list(paths)
    problems: list[Problem] = []
    seen: set[str] = set()
    editions = [path for path in dict.fromkeys(paths) if _is_folder(path) and is_edition(path)]
    for path in editions:
        from labelscore.api import edition_problems

        problems += edition_problems(path)[1]
        seen.update(os.path.realpath(p) for p in edition_paths(path) if present(p))
    for path in paths:
        if path in editions:
            files = yaml_files(path)
        elif _is_folder(path):
            files, found = list_inputs(path)
            problems += found
        else:
            files = [path]
        for file in files:
            real = os.path.realpath(file)
            if real in seen:
                continue
            seen.add(real)
            with collector_paused():
                problems += load_file(file, model_for(file))[1]
    return Checked(sort_problems(problems), len(seen))
