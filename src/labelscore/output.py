"""Writing results: atomically, and never over the edition's own input files."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from labelscore.loading import APPLICATIONS_DIR, CRITERIA_DIR, JURY_DIR
from labelscore.problems import LabelscoreError


class UnsafeOutputError(LabelscoreError):
    """The output path would overwrite or sit among the edition's inputs."""


def check_output_path(output: Path, edition: Path) -> None:
    target = output.resolve()
    for folder in (APPLICATIONS_DIR, CRITERIA_DIR, JURY_DIR):
        if target.is_relative_to((edition / folder).resolve()):
            raise UnsafeOutputError(
                f"{output} is inside the edition's {folder}/ folder; write the output elsewhere"
            )
    if target.suffix in (".yaml", ".yml"):
        raise UnsafeOutputError(f"{output} is a YAML file name; write the output to a .csv file")


def write_atomic(path: Path, data: bytes) -> None:
    """The old file or the new one, never half of one: write beside it, then rename."""
    directory = path.resolve().parent
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
