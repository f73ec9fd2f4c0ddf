"""What reaches the terminal: user text exactly as written, never markup or escapes."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from labelscore.api import rank
from labelscore.render.json_result import to_json
from labelscore.render.rank_tables import print_rank
from labelscore.render.text import console, visible
from tests.conftest import FIXTURES


def _rendered(edition: Path) -> str:
    buffer = io.StringIO()
    print_rank(console(buffer, width=200), rank(edition)[1])
    return buffer.getvalue()


def _edition_with_title(tmp_path: Path, title: str) -> Path:
    target = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", target)
    path = target / "applications" / "d-lyon.yaml"
    path.write_text(path.read_text("utf-8").replace("title: ENT", f"title: {title}"), "utf-8")
    return target


def test_markup_and_emoji_codes_print_as_written(tmp_path: Path) -> None:
    title = '"Budget [/] [red]rouge[/red] :warning:"'
    output = _rendered(_edition_with_title(tmp_path, title))
    assert "Budget [/] [red]rouge[/red] :warning:" in output


def test_control_characters_never_reach_the_terminal() -> None:
    assert visible("a\x1b[31mb\x07") == "a\\x1b[31mb\\x07"
    assert visible("ligne\nsuivante") == "ligne\nsuivante"


def test_renaming_files_changes_no_byte_of_the_result(tmp_path: Path) -> None:
    source = FIXTURES / "editions" / "mini"
    renamed = tmp_path / "renamed"
    shutil.copytree(source, renamed)
    for index, path in enumerate(sorted((renamed / "applications").glob("*.yaml"))):
        path.rename(path.with_name(f"zz-{9 - index}.yaml"))
    (renamed / "jury/scores/ana.yaml").rename(renamed / "jury/scores/zz.yaml")
    assert to_json(rank(renamed)[1]) == to_json(rank(source)[1])
    assert _rendered(renamed) == _rendered(source)


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from labelscore.render import progress

    piped = Console(file=io.StringIO())
    with progress.loading_bar(piped) as advance:
        assert advance is None
    terminal_output = io.StringIO()
    terminal = Console(file=terminal_output, force_terminal=True, width=80)
    with progress.loading_bar(terminal, enabled=False) as advance:
        assert advance is None
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    with progress.loading_bar(terminal) as advance:
        assert advance is not None
        for done in range(1, 11):
            advance(done, 10)
    assert "Reading the edition" in terminal_output.getvalue()


def test_rank_table_keeps_one_line_per_entry_at_80_columns() -> None:
    from tests.conftest import ROOT

    result = rank(ROOT).result
    buffer = io.StringIO()
    print_rank(console(buffer, width=80), result)
    lines = buffer.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    brest = [line for line in lines if "Brest" in line and "89.04" in line]
    assert len(brest) == 1
    assert brest[0].split()[:1] == ["1"]
    assert "Appropriation soci" in brest[0]  # the rest gave way to P(label)
    assert "…" in brest[0]
    assert "yes 3/3" in brest[0]
    assert "LABEL" in brest[0]
    assert brest[0].endswith("100%")
    rows = [line for line in lines if line.split()[:1] and line.split()[0].isdigit()]
    assert len(rows) == len([e for e in result.entries if e.rank is not None])


def test_rank_notes_follow_their_table_by_rank() -> None:
    from tests.conftest import ROOT

    buffer = io.StringIO()
    print_rank(console(buffer, width=80), rank(ROOT).result)
    output = buffer.getvalue()
    first_table = output.split("École numérique")[0]
    assert "rank 2, lannion-tregor-cyber-bases: 1 juror in conflict" in first_table
    assert "rank 10, lhay-les-roses-atelier-emploi: below the minimum score (50)" in first_table


def test_a_category_with_no_ranked_entry_still_prints(tmp_path: Path) -> None:
    edition = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", edition)
    for sheet in (edition / "jury" / "scores").glob("*.yaml"):
        sheet.unlink()
    result = rank(edition).result
    assert all(not category.ranked for category in result.categories)
    buffer = io.StringIO()
    print_rank(console(buffer, width=80), result)
    output = buffer.getvalue()
    assert "Needs more scores" in output
    assert output.count("Rank  Application") == len(result.categories)
