"""pyproject.toml speaks of files that exist and installs the tools the README names."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from tests.conftest import ROOT

PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_every_ruff_per_file_ignore_names_a_file_that_exists() -> None:
    """An ignore for a file that was moved or removed hides nothing and only misleads."""
    ignores = PYPROJECT["tool"]["ruff"]["lint"].get("per-file-ignores", {})
    stale = [pattern for pattern in ignores if not list(ROOT.glob(pattern))]
    assert stale == []


def test_the_dev_extras_install_the_readmes_build_command() -> None:
    """The README offers `python -m build`; `pip install -e '.[dev]'` must bring it."""
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "python -m build" in readme
    dev = PYPROJECT["project"]["optional-dependencies"]["dev"]
    names = {re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower() for requirement in dev}
    assert "build" in names
