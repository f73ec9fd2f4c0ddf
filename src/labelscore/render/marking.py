"""What `labelscore progress` shows: per juror and category, the applications assigned,
marked and missing; then the missing (juror, application) pairs, grouped by juror."""

from __future__ import annotations

import json

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from labelscore.engine.progress import MarkingProgress
from labelscore.render.text import plain


def _count(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def progress_table(progress: MarkingProgress) -> Table:
    """One row per juror and category; the juror is named on their first row."""
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), show_edge=False)
    table.add_column("Juror", overflow="fold", min_width=10)
    table.add_column("Category", overflow="fold", min_width=10, ratio=1)
    for header in ("Assigned", "Marked", "Missing", "Confl."):
        table.add_column(header, justify="right", no_wrap=True)
    for juror in progress.jurors:
        name = plain(juror.juror)
        if not juror.has_sheet:
            name.append(" (no sheet)", style="yellow")
        if not juror.categories:
            table.add_row(name, Text("no category", style="yellow"), "0", "0", "0", "0")
        for index, category in enumerate(juror.categories):
            missing = len(category.missing)
            table.add_row(
                name if index == 0 else "",
                plain(category.category),
                str(len(category.assigned)),
                str(len(category.marked)),
                Text(str(missing), style="bold red" if missing else ""),
                str(category.conflicts),
            )
    return table


def summary_line(progress: MarkingProgress) -> str:
    missing = progress.missing
    if not missing:
        return f"All {_count(progress.assigned, 'assigned application')} are marked."
    unfinished = len({juror for juror, _ in missing})
    return (
        f"{len(missing)} of {progress.assigned} assigned applications not marked yet, "
        f"by {_count(unfinished, 'juror')}."
    )


def print_progress(out: Console, progress: MarkingProgress) -> None:
    out.print(progress_table(progress))
    out.print()
    unfinished = [juror for juror in progress.jurors if juror.missing]
    if unfinished:
        out.print(Text("Not marked yet:", style="bold"))
        grid = Table.grid(padding=(0, 1, 0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold", ratio=1)
        for juror in unfinished:
            grid.add_row(
                plain(f"{juror.juror} ({len(juror.missing)})"),
                plain(", ".join(juror.missing)),
            )
        out.print(grid)
        out.print()
    out.print(plain(summary_line(progress)), soft_wrap=True)


def progress_json(progress: MarkingProgress) -> str:
    data = {
        "complete": progress.complete,
        "assigned": progress.assigned,
        "marked": progress.marked,
        "missing": [{"juror": juror, "application": app} for juror, app in progress.missing],
        "jurors": [
            {
                "juror": juror.juror,
                "name": juror.name,
                "has_sheet": juror.has_sheet,
                "declared_conflicts": list(juror.declared_conflicts),
                "assigned": juror.assigned,
                "marked": juror.marked,
                "missing": list(juror.missing),
                "categories": [
                    {
                        "category": category.category,
                        "assigned": list(category.assigned),
                        "marked": list(category.marked),
                        "missing": list(category.missing),
                        "conflicts": category.conflicts,
                    }
                    for category in juror.categories
                ],
            }
            for juror in progress.jurors
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
