"""Byte-compile labelscore before timing it, as `pip install` does.

With an editable install and PYTHONDONTWRITEBYTECODE set (as on some CI machines),
every run would otherwise compile labelscore's source again: about a tenth of the
import floor, which no installed copy pays.
"""

from __future__ import annotations

import compileall
import importlib.util
import sys
from pathlib import Path


def compile_package() -> None:
    spec = importlib.util.find_spec("labelscore")
    if spec is None or spec.origin is None:
        sys.exit("labelscore is not installed: pip install -e . first")
    compileall.compile_dir(Path(spec.origin).parent, quiet=1)
