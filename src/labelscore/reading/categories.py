"""The categories of an edition, read alone (for `labelscore schema EDITION`)."""

from __future__ import annotations

import re
from pathlib import Path

from labelscore.problems import NotAnEditionError, Problem, has_errors
from labelscore.reading import strict_yaml
from labelscore.reading.load import (
    CRITERIA_DIR,
    display_name,
    is_edition,
    load_file,
    not_an_edition,
    read_input,
    yaml_files,
)
from labelscore.reading.load import list_inputs as _list_inputs


def category_ids(folder: Path) -> tuple[list[str], list[Problem]]:
    """The category ids of the edition in `folder`, in id order; or the problems of its
    criteria files when one has an error (a list built from broken files would mislead)."""
    from labelscore.models.criteria import Category

    if not is_edition(folder):
        raise NotAnEditionError(not_an_edition(folder))
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


_ID_LINE = re.compile(r"""^id[ \t]*:[ \t]*(['"]?)([A-Za-z0-9-]+)\1[ \t]*(?:#.*)?$""", re.MULTILINE)


def written_category_ids(folder: Path) -> set[str]:
    """The ids written in an edition's criteria files, whether or not the files are
    otherwise right (their problems are theirs: an application naming a category whose
    file has an error is not told the category does not exist). Found by its line when it
    has one (`id: acces`), by reading the file otherwise: checking one application stays
    as fast as typer allows."""
    ids: set[str] = set()
    for path in yaml_files(folder / CRITERIA_DIR):
        data, _ = read_input(path)
        if data is None:
            continue
        found = _ID_LINE.findall(data.decode("utf-8-sig", "replace"))
        if len(found) == 1:
            ids.add(found[0][1])
            continue
        document, _ = strict_yaml.read(data, display_name(path))
        value = document.value if document is not None else None
        ident = value.get("id") if isinstance(value, dict) else None
        if ident is not None:
            ids.add(str(getattr(ident, "source", ident)))
    return ids
