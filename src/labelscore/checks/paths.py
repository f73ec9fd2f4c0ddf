"""`labelscore validate`: every problem in the files and folders given, at once.

Only what checking a single application needs is imported up front: an applicant runs
this on every save, and an editor may run it on every keystroke.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from labelscore.i18n import t
from labelscore.problems import Problem, Severity, sort_problems
from labelscore.reading.load import (
    Loaded,
    collector_paused,
    display_name,
    edition_paths,
    is_edition,
    list_inputs,
    load_file,
    model_for,
    present,
    read_input,
    yaml_files,
)
from labelscore.reading.strict_yaml import Document

if TYPE_CHECKING:
    from pydantic import BaseModel


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
                problems += _check_file(file)
    return Checked(sort_problems(problems), len(seen))


_TOP_KEY = re.compile(r"^(juror|scores)[ \t]*:", re.MULTILINE)


def _is_score_sheet(path: Path) -> bool:
    """Whether a file is a juror's score sheet by what it holds: top-level `juror:` and
    `scores:` keys, wherever it sits (a juror checks the sheet they are writing)."""
    data, _ = read_input(path)
    if data is None:
        return False
    text = data.decode("utf-8", "replace")
    return {found.group(1) for found in _TOP_KEY.finditer(text)} == {"juror", "scores"}


def _edition_of(path: Path) -> Path | None:
    """The edition folder a file sits in (its folder or one of the two above), or None."""
    folder = Path(os.path.realpath(path)).parent
    for candidate in (folder, *list(folder.parents)[:2]):
        if is_edition(candidate):
            return candidate
    return None


def _check_file(path: Path) -> list[Problem]:
    """The problems of one file given on its own. A score sheet is known by its content
    and, inside an edition, checked against it (applications, criteria, scales, the
    assignment); an application inside an edition has its category checked."""
    from labelscore.models.application import Application

    model = model_for(path)
    by_content = model is Application and _is_score_sheet(path)
    if by_content:
        from labelscore.models.jury import ScoreSheet

        model = ScoreSheet
    failed: list[Document] = []
    loaded, problems = load_file(path, model, broken=failed)
    edition = _edition_of(path)
    if edition is None:
        if by_content:
            problems.append(_alone(display_name(path)))
        return problems
    if model is Application:
        for document in [loaded.document] if loaded is not None else failed:
            problems += _category_problems(document, edition)
    elif loaded is not None and model.__name__ == "ScoreSheet":
        problems += _sheet_problems(loaded, edition)
    return problems


def _alone(file: str) -> Problem:
    return Problem(
        file,
        1,
        1,
        "",
        t("checks.sheet_alone"),
        Severity.WARNING,
        rule="sheet-alone",
    )


def _category_problems(document: Document, edition: Path) -> list[Problem]:
    """An application's category must be one of its edition's (read as written, so that
    a file with other errors has it checked too)."""
    from labelscore.checks.categories import unknown_category, written_identifier
    from labelscore.reading.categories import written_category_ids

    category = written_identifier(document.value, "category")
    known = written_category_ids(edition)
    if category is None or category in known:
        return []
    return [unknown_category(document, category, known)]


def _sheet_problems(loaded: Loaded[BaseModel], edition: Path) -> list[Problem]:
    """A score sheet against its edition: every check across files, kept for this sheet."""
    from labelscore.checks.edition import check_edition, edition_conflicts
    from labelscore.models.jury import ScoreSheet
    from labelscore.reading.load import read_edition

    files = read_edition(edition)
    real = os.path.realpath(loaded.document.file)
    sheet = cast("Loaded[ScoreSheet]", loaded)
    # the sheet given stands for its juror's sheet in the edition (a draft checked
    # beside it is not a second sheet)
    files.sheets = [
        s
        for s in files.sheets
        if os.path.realpath(s.document.file) != real and s.model.juror != sheet.model.juror
    ]
    files.sheets.append(sheet)
    found = check_edition(files, edition_conflicts(files))
    return [p for p in found if os.path.realpath(p.file) == real]
