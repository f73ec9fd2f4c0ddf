"""What the timing benchmarks run: the import floor, and the installed `labelscore`
command, byte-compiled.

The package is byte-compiled first, as `pip install` does: with an editable install and
PYTHONDONTWRITEBYTECODE set (as on some CI machines), every run would otherwise compile
labelscore's source again, about a tenth of the import floor, which no installed copy pays.
"""

from __future__ import annotations

import compileall
import importlib.util
import sys
from pathlib import Path

FLOOR = "import typer, rich.console, rich.table, yaml; from pydantic import BaseModel"
"""The import floor: what any tool on this stack pays before doing anything."""


def floor_and(code: str = "") -> list[str]:
    """A fresh Python that imports the floor, then runs `code`."""
    return [sys.executable, "-c", f"{FLOOR}\n{code}" if code else FLOOR]


def labelscore_command() -> list[str]:
    """The `labelscore` script that users run (installed beside this Python), or
    `python -m labelscore` where there is none."""
    script = Path(sys.executable).parent / "labelscore"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "labelscore"]


def compile_package() -> None:
    spec = importlib.util.find_spec("labelscore")
    if spec is None or spec.origin is None:
        sys.exit("labelscore is not installed: pip install -e . first")
    compileall.compile_dir(Path(spec.origin).parent, quiet=1)
