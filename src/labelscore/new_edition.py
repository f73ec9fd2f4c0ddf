"""`labelscore init`: a new edition folder from the French templates shipped in the package.

The templates (labelscore/templates/edition/) are the files of a small edition that
validates as it is: the rules, one category's criteria, a roster of three jurors, one
application and one score sheet, each field explained by a comment in French. Two words
are filled in when they are written: `{annee}`, the current year, and
`{annee_precedente}`, the year before. The edition also gets the JSON Schema of its
applications (schema/application.schema.json), which the application's first line names
for editors.

The files are first written into a hidden folder inside the target, then moved into
place: a failure or a signal midway leaves the target as it was.
"""

from __future__ import annotations

import datetime
import os
import shutil
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from labelscore.i18n import plural, t
from labelscore.problems import LabelscoreError

SCHEMA_FILE = Path("schema") / "application.schema.json"


class OutputError(LabelscoreError):
    """The folder cannot take a new edition, or a file of it cannot be written."""


def template_files() -> dict[Path, str]:
    """Every template, by its path in the edition folder, as shipped (words not filled in)."""
    found: dict[Path, str] = {}

    def walk(folder: Traversable, relative: Path) -> None:
        for entry in folder.iterdir():
            if entry.name.startswith((".", "__")):
                continue
            if entry.is_dir():
                walk(entry, relative / entry.name)
            elif entry.name.endswith(".yaml"):
                found[relative / entry.name] = entry.read_text("utf-8")

    walk(files("labelscore") / "templates" / "edition", Path())
    return dict(sorted(found.items()))


def fill(text: str, year: int) -> str:
    return text.replace("{annee_precedente}", str(year - 1)).replace("{annee}", str(year))


def _check_target(folder: Path) -> bool:
    """Whether the folder exists already (empty but for hidden entries such as .git);
    OutputError when it cannot take a new edition."""
    if os.path.lexists(folder) and not folder.is_dir():
        raise OutputError(t("cli.init.not_folder", folder=folder))
    if folder.is_dir():
        try:
            entries = sorted(entry.name for entry in os.scandir(folder))
        except OSError as error:
            reason = error.strerror or error
            raise OutputError(t("cli.init.cannot_read", folder=folder, reason=reason)) from None
        visible = [name for name in entries if not name.startswith(".")]
        if visible:
            more = plural(len(visible) - 1, "cli.init.more") if len(visible) > 1 else ""
            raise OutputError(t("cli.init.not_empty", folder=folder, first=visible[0], more=more))
        return True
    parent = Path(os.path.abspath(folder)).parent
    if not parent.is_dir():
        raise OutputError(t("cli.init.no_parent", parent=parent))
    return False


def new_edition(folder: Path, year: int | None = None) -> list[Path]:
    """Write a new edition into `folder` (made if absent; its parent must exist), for
    `year` (default: this year). Returns the files written, relative to the folder.
    Raises OutputError, with nothing written, when the folder holds anything but hidden
    entries, or when a file cannot be written."""
    from labelscore.reading.categories import category_ids
    from labelscore.render.schema import application_schema

    year = datetime.date.today().year if year is None else year
    existed = _check_target(folder)
    staging: Path | None = None
    moved: list[Path] = []
    try:
        if not existed:
            folder.mkdir()
        staging = folder / f".labelscore-init-{os.urandom(6).hex()}"
        staging.mkdir()
        written = []
        for relative, text in template_files().items():
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            (staging / relative).write_bytes(fill(text, year).encode("utf-8"))
            written.append(relative)
        categories, _ = category_ids(staging)
        (staging / SCHEMA_FILE).parent.mkdir()
        (staging / SCHEMA_FILE).write_bytes(application_schema(categories).encode("utf-8"))
        written.append(SCHEMA_FILE)
        for entry in sorted(os.listdir(staging)):
            os.rename(staging / entry, folder / entry)
            moved.append(folder / entry)
        staging.rmdir()
        staging = None
    except OSError as error:
        reason = error.strerror or error
        raise OutputError(t("cli.init.cannot_write", folder=folder, reason=reason)) from None
    finally:
        if staging is not None:  # stopped midway: leave the folder as it was
            for path in moved:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
            shutil.rmtree(staging, ignore_errors=True)
            if not existed:
                shutil.rmtree(folder, ignore_errors=True)
    return sorted(written)
