"""What `labelscore assign --dry-run` shows: per category, how many applications each
juror would mark; then the applications that cannot get all their jurors, and why."""

from __future__ import annotations

from collections.abc import Mapping

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from labelscore.engine.assignment import Assignment
from labelscore.engine.normalize import MINIMUM_ENTRIES
from labelscore.i18n import plural, t
from labelscore.i18n.reasons import shortfall_words
from labelscore.i18n.typography import enumeration
from labelscore.render.text import plain


def _count(count: int, word: str) -> str:
    """`count` applications or jurors, in words (word: "application" or "juror")."""
    return plural(count, f"rank.assign.{word}s")


def category_heading(assignment: Assignment, category: str, title: str | None = None) -> Text:
    applications = assignment.category_applications.get(category, ())
    heading = Text(f"{title} ({category})" if title else category, style="bold")
    heading.append(
        t(
            "rank.assign.heading",
            applications=_count(len(applications), "application"),
            jurors=_count(assignment.targets.get(category, 0), "juror"),
        )
    )
    return heading


def category_table(assignment: Assignment, category: str) -> Table:
    """One row per juror of the category: how many applications they would mark."""
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), show_edge=False)
    table.add_column(t("rank.assign.juror"), overflow="fold", min_width=10)
    table.add_column(t("rank.assign.load"), justify="right", no_wrap=True)
    loads = assignment.loads(category)
    for juror, load in loads.items():
        table.add_row(plain(juror), str(load))
    if not loads:
        table.add_row(Text(t("rank.assign.no_juror"), style="yellow"), "-")
    return table


def set_aside_words(assignment: Assignment, category: str, jurors: tuple[str, ...]) -> str:
    """Why jurors of a category mark none of it: it is too small for all to get the scores
    z-scores need from each juror."""
    return plural(
        len(jurors),
        "rank.assign.set_aside",
        jurors=enumeration(list(jurors)),
        applications=_count(len(assignment.category_applications[category]), "application"),
        minimum=MINIMUM_ENTRIES,
    )


def shortfalls_grid(assignment: Assignment) -> Table:
    """One row per application without all its jurors: jurors it gets / asked, and why."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, justify="right", min_width=5)
    grid.add_column(overflow="fold", ratio=1)
    for shortfall in assignment.shortfalls:
        grid.add_row(
            Text(
                f"{shortfall.eligible}/{shortfall.needed}",
                style="yellow" if shortfall.rankable else "bold red",
            ),
            plain(shortfall_words(shortfall)),
        )
    return grid


def summary_line(assignment: Assignment) -> str:
    applications = sum(len(ids) for ids in assignment.category_applications.values())
    marking = sum(1 for load in assignment.total_loads().values() if load)
    blocking = len(assignment.blocking)
    text = plural(
        assignment.per_application,
        "rank.assign.summary",
        applications=_count(applications, "application"),
        jurors=_count(marking, "juror"),
        minimum=assignment.minimum_jurors,
    )
    if assignment.shortfalls:
        short = len(assignment.shortfalls)
        key = "rank.assign.short_one" if short == 1 else "rank.assign.short"
        text += t(key, applications=_count(short, "application"))
        text += plural(blocking, "rank.assign.blocking") if blocking else "."
    return text


def print_assignment(
    out: Console, assignment: Assignment, titles: Mapping[str, str] | None = None
) -> None:
    """What `assign --dry-run` prints; `titles`: category id -> title, when known."""
    titles = titles or {}
    for category in assignment.targets:
        out.print(category_heading(assignment, category, titles.get(category)), soft_wrap=True)
        out.print(category_table(assignment, category))
        if set_aside := assignment.set_aside.get(category):
            out.print(plain(set_aside_words(assignment, category, set_aside)), soft_wrap=True)
        out.print()
    if assignment.shortfalls:
        out.print(Text(t("rank.assign.shortfalls"), style="bold"))
        out.print(shortfalls_grid(assignment))
        out.print()
    out.print(plain(summary_line(assignment)), soft_wrap=True)
