"""Writing results: atomically, and never over the edition's own input files."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from labelscore.loading import APPLICATIONS_DIR, CRITERIA_DIR, JURY_DIR
from labelscore.problems import LabelscoreError


class OutputError(LabelscoreError):
    """The output cannot be written there: among the inputs, or where no file can go."""


def check_output_path(output: Path, edition: Path) -> None:
    target = output.resolve()
    for folder in (APPLICATIONS_DIR, CRITERIA_DIR, JURY_DIR):
        if target.is_relative_to((edition / folder).resolve()):
            raise OutputError(
                f"{output} is inside the edition's {folder}/ folder; write the output elsewhere"
            )
    if target.suffix in (".yaml", ".yml"):
        raise OutputError(f"{output} is a YAML file name; write the output to a .csv file")
    if target.is_dir():
        raise OutputError(f"{output} is a folder; give a file name, such as {output}/winners.csv")
    if not target.parent.is_dir():
        raise OutputError(f"the folder {output.parent} does not exist")


def write_atomic(path: Path, data: bytes) -> None:
    """The old file or the new one, never half of one: write beside it, then rename."""
    directory = path.resolve().parent
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
