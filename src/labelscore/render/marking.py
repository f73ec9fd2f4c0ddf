"""What `labelscore progress` shows: per juror and category, the applications assigned,
marked and missing; then the missing (juror, application) pairs, grouped by juror.

Ids (jurors, categories, applications) are not broken in the middle: when they do not
fit whole beside the other columns at the console's width (a French heading, a juror
without a score sheet, a long id; 80 columns), the juror goes on a line of their own,
with their categories (or the applications they have not marked) indented below. Only an
id too wide for even that is folded, as a terminal would wrap it.
"""

from __future__ import annotations

import json

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from labelscore.engine.progress import CategoryProgress, JurorProgress, MarkingProgress
from labelscore.i18n import plural, t
from labelscore.render.text import plain

_COUNTS = ("assigned", "marked", "missing", "conflicts")
_INDENT = 2
"""The indent of what is listed under a juror on a line of their own."""
_GRID_PADDING = (0, 1, 0, 2)
"""The padding of the missing applications' grid: a gap of 3 between its two columns."""
_UNBOUNDED = 10_000


def _juror(juror: JurorProgress) -> Text:
    name = plain(juror.juror)
    if not juror.has_sheet:
        name.append(t("tables.progress.no_sheet"), style="yellow")
    return name


def _counts(category: CategoryProgress) -> list[RenderableType]:
    missing = len(category.missing)
    return [
        str(len(category.assigned)),
        str(len(category.marked)),
        Text(str(missing), style="bold red" if missing else ""),
        str(category.conflicts),
    ]


def _no_category() -> Text:
    return Text(t("tables.progress.no_category"), style="yellow")


def _table() -> Table:
    return Table(box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), show_edge=False)


def _add_count_columns(table: Table) -> None:
    for key in _COUNTS:
        table.add_column(
            t(f"tables.progress.{key}"), justify="right", vertical="bottom", no_wrap=True
        )


def _side_by_side(progress: MarkingProgress) -> Table:
    """The juror and the category in columns of their own, the juror on their first row."""
    table = _table()
    table.add_column(t("tables.progress.juror"), no_wrap=True, min_width=10)
    table.add_column(t("tables.progress.category"), no_wrap=True, min_width=10, ratio=1)
    _add_count_columns(table)
    for juror in progress.jurors:
        name = _juror(juror)
        if not juror.categories:
            table.add_row(name, _no_category(), "0", "0", "0", "0")
        for index, category in enumerate(juror.categories):
            table.add_row(name if index == 0 else "", plain(category.category), *_counts(category))
    return table


def _stacked(progress: MarkingProgress) -> Table:
    """The juror on a line of their own, their categories indented below."""
    table = _table()
    heading = Group(
        Text(t("tables.progress.juror")),
        Padding(Text(t("tables.progress.category")), (0, 0, 0, _INDENT)),
    )
    table.add_column(heading, overflow="fold", min_width=10)
    _add_count_columns(table)
    for juror in progress.jurors:
        table.add_row(_juror(juror))
        if not juror.categories:
            table.add_row(Padding(_no_category(), (0, 0, 0, _INDENT)), "0", "0", "0", "0")
        for category in juror.categories:
            name = Padding(plain(category.category), (0, 0, 0, _INDENT))
            table.add_row(name, *_counts(category))
    return table


def _natural_width(out: Console, renderable: RenderableType) -> int:
    """How wide `renderable` is when nothing in it has to wrap."""
    return Measurement.get(out, out.options.update_width(_UNBOUNDED), renderable).maximum


def progress_table(progress: MarkingProgress, out: Console | None = None) -> Table:
    """One row per juror and category: side by side when every id fits whole at the width
    of `out` (or when there is no console to measure), else stacked."""
    table = _side_by_side(progress)
    if out is None or _natural_width(out, table) <= out.width:
        return table
    return _stacked(progress)


def _listed(listed: list[tuple[str, tuple[str, ...]]], width: int) -> RenderableType:
    """Applications by juror (not marked, or partly marked): beside the juror when the
    longest id fits whole there, else indented under them."""
    labels = [plain(f"{juror} ({len(ids)})") for juror, ids in listed]
    lists = [plain(", ".join(ids)) for _, ids in listed]
    gap = _GRID_PADDING[1] + _GRID_PADDING[3]
    longest = max(cell_len(word) for ids in lists for word in ids.plain.split())
    if max(label.cell_len for label in labels) + gap + longest <= width:
        grid = Table.grid(padding=_GRID_PADDING)
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold", ratio=1)
        for label, ids in zip(labels, lists, strict=True):
            grid.add_row(label, ids)
        return grid
    rows: list[RenderableType] = []
    for label, ids in zip(labels, lists, strict=True):
        ids.overflow = "fold"
        rows += [label, Padding(ids, (0, 0, 0, _INDENT))]
    return Group(*rows)


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
    out.print(progress_table(progress, out))
    out.print()
    unfinished = [(juror.juror, juror.missing) for juror in progress.jurors if juror.missing]
    if unfinished:
        out.print(Text(t("tables.progress.not_marked"), style="bold"))
        out.print(_listed(unfinished, out.width))
        out.print()
    partial = [(juror.juror, juror.partial) for juror in progress.jurors if juror.partial]
    if partial:
        out.print(Text(t("tables.progress.partly_marked"), style="bold"))
        out.print(_listed(partial, out.width))
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
                "partly_marked": list(juror.partial),
                "categories": [
                    {
                        "category": category.category,
                        "assigned": list(category.assigned),
                        "marked": list(category.marked),
                        "missing": list(category.missing),
                        "partly_marked": list(category.partial),
                        "conflicts": category.conflicts,
                    }
                    for category in juror.categories
                ],
            }
            for juror in progress.jurors
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
