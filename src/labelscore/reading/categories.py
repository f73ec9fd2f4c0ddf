"""The categories of an edition, read alone (for `labelscore schema EDITION`)."""

from __future__ import annotations

from pathlib import Path

from labelscore.problems import NotAnEditionError, Problem, has_errors
from labelscore.reading.load import CRITERIA_DIR, RULES_FILE, display_name, is_edition, load_file
from labelscore.reading.load import list_inputs as _list_inputs


def category_ids(folder: Path) -> tuple[list[str], list[Problem]]:
    """The category ids of the edition in `folder`, in id order; or the problems of its
    criteria files when one has an error (a list built from broken files would mislead)."""
    from labelscore.models.criteria import Category

    if not is_edition(folder):
        raise NotAnEditionError(f"{display_name(folder)} is not an edition folder: no {RULES_FILE}")
    paths, problems = _list_inputs(folder / CRITERIA_DIR)
    ids: set[str] = set()
    for path in paths:
        loaded, found = load_file(path, Category)
        problems += found
        if loaded is not None:
            ids.add(loaded.model.id)
    if has_errors(problems):
        return [], problems
    return sorted(ids), problems
