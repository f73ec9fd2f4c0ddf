"""What `labelscore progress` shows: per juror and category, the applications assigned,
marked and missing; then the missing (juror, application) pairs, grouped by juror."""

from __future__ import annotations

import json

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from labelscore.engine.progress import MarkingProgress
from labelscore.i18n import plural, t
from labelscore.render.text import plain


def progress_table(progress: MarkingProgress) -> Table:
    """One row per juror and category; the juror is named on their first row."""
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), show_edge=False)
    table.add_column(t("tables.progress.juror"), overflow="fold", min_width=10)
    table.add_column(t("tables.progress.category"), overflow="fold", min_width=10, ratio=1)
    for key in ("assigned", "marked", "missing", "conflicts"):
        table.add_column(t(f"tables.progress.{key}"), justify="right", no_wrap=True)
    for juror in progress.jurors:
        name = plain(juror.juror)
        if not juror.has_sheet:
            name.append(t("tables.progress.no_sheet"), style="yellow")
        if not juror.categories:
            none = Text(t("tables.progress.no_category"), style="yellow")
            table.add_row(name, none, "0", "0", "0", "0")
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
        return plural(progress.assigned, "tables.progress.all_marked")
    unfinished = len({juror for juror, _ in missing})
    return plural(
        len(missing),
        "tables.progress.unfinished",
        assigned=progress.assigned,
        jurors=plural(unfinished, "tables.progress.jurors"),
    )


def print_progress(out: Console, progress: MarkingProgress) -> None:
    out.print(progress_table(progress))
    out.print()
    unfinished = [juror for juror in progress.jurors if juror.missing]
    if unfinished:
        out.print(Text(t("tables.progress.not_marked"), style="bold"))
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
