"""The README's examples are real files: each one reads without a problem."""

from __future__ import annotations

import re

import pytest
from pydantic import BaseModel

from labelscore.models.application import Application
from labelscore.models.criteria import Category
from labelscore.models.jury import Roster, ScoreSheet
from labelscore.models.rules import Rules
from labelscore.reading import strict_yaml
from tests.conftest import ROOT

BLOCKS = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.DOTALL)
FORMATS: list[type[BaseModel]] = [Application, Category, Roster, ScoreSheet, Rules]


def test_readme_shows_one_example_per_format() -> None:
    assert len(BLOCKS) == len(FORMATS)


@pytest.mark.parametrize(("block", "model"), list(zip(BLOCKS, FORMATS, strict=False)))
def test_readme_example_is_valid(block: str, model: type[BaseModel]) -> None:
    document, problems = strict_yaml.parse(block, "README.md")
    assert problems == []
    assert document is not None
    model.model_validate(document.value)


def test_readme_lists_every_problem_code() -> None:
    from labelscore.problem_codes import CODES

    text = (ROOT / "README.md").read_text("utf-8")
    for code in CODES.values():
        assert f"| `{code.code}` | `{code.name}` | {code.summary} |" in text


def test_problem_codes_are_unique_and_well_formed() -> None:
    from labelscore.problem_codes import _ALL

    assert len({c.code for c in _ALL}) == len(_ALL)
    assert len({c.name for c in _ALL}) == len(_ALL)
    assert all(re.fullmatch(r"LS[1234]\d\d", c.code) for c in _ALL)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c.name) for c in _ALL)


def test_readme_documents_every_command_and_the_global_options() -> None:
    """Each command has a row in the README's command table, and so has --version."""
    from labelscore.cli.commands import app

    text = (ROOT / "README.md").read_text("utf-8")
    rows = re.findall(r"^\| `labelscore ([a-z-]+)", text, re.MULTILINE)
    commands = [
        c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
    ]
    assert sorted(set(commands) - set(rows)) == []
    assert "--version" in rows
