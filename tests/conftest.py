from __future__ import annotations

import os
from pathlib import Path

import pytest

from labelscore import i18n

# The tests read English unless they ask for French: the language is chosen when the
# command line is imported, from the environment, and children inherit it.
os.environ["LABELSCORE_LANG"] = "en"
i18n.use("en")  # in this process too, whether or not a test imports the command line

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def mini_edition() -> Path:
    return FIXTURES / "editions" / "mini"
