"""The rank tables' own layout is Rich's layout, character for character, at any width."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import RenderableType

from labelscore.api import rank
from labelscore.engine.result import CategoryResult, Result
from labelscore.render import rank_tables
from labelscore.render.text import console, plain
from tests.conftest import FIXTURES, ROOT

EDITIONS = [ROOT, FIXTURES / "editions" / "tie", FIXTURES / "editions" / "unfinished"]
WIDTHS = (24, 40, 60, 79, 80, 100, 133, 200)


def _by_rich(
    monkeypatch: pytest.MonkeyPatch, category: CategoryResult, result: Result
) -> RenderableType:
    with monkeypatch.context() as patch:
        patch.setattr(rank_tables, "_grid", lambda *args: None)
        return rank_tables.category_table(category, result)


def _printed(tables: list[RenderableType], width: int) -> str:
    buffer = io.StringIO()
    out = console(buffer, width=width)
    for table in tables:
        out.print(table)
    return buffer.getvalue()


@pytest.mark.parametrize("folder", EDITIONS, ids=lambda p: Path(p).name)
def test_the_own_layout_is_rich_layout(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    result = rank(folder).result
    by_rich = [_by_rich(monkeypatch, c, result) for c in result.categories]
    for width in WIDTHS:
        own = [rank_tables.category_table(c, result, width) for c in result.categories]
        assert _printed(own, width) == _printed(by_rich, width), width


def test_a_terminal_too_narrow_for_the_shared_columns_is_left_to_rich() -> None:
    result = rank(ROOT).result
    assert rank_tables._grid(plain("x"), [], [], 10) is None
    assert rank_tables._grid(plain("x"), [], [], 80) is not None
    assert _printed([rank_tables.category_table(result.categories[0], result, 12)], 12)


def test_at_80_columns_a_long_heading_wraps_and_notes_are_whole() -> None:
    buffer = io.StringIO()
    rank_tables.print_rank(console(buffer, width=80), rank(ROOT).result)
    text = buffer.getvalue()
    assert "(17 applications, 7 preselected, 3 \nlabels)" in text
    assert all(len(line) <= 80 for line in text.splitlines())
