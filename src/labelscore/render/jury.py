"""The jury table of `labelscore jury`: who marks harshly, who leniently, who agrees."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from labelscore.engine.jury import SHARED_FOR_FLAG
from labelscore.engine.result import JurorReport, Result
from labelscore.i18n import t
from labelscore.i18n.typography import number
from labelscore.render.text import plain

BAR_WIDTH = 4


def _number(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else number(value, digits)


def leniency_bar(value: float | None, largest: float) -> Text:
    """A bar left of the axis for harsh jurors, right of it for lenient ones."""
    if value is None or largest == 0:
        return Text("     - " + " " * BAR_WIDTH + "│")
    length = round(abs(value) / largest * BAR_WIDTH)
    bar = "█" * length
    shown = ("+" if value >= 0 else "") + number(value, 1)
    text = Text(f"{shown:>6} ")
    if value < 0:
        text.append(" " * (BAR_WIDTH - length) + bar, style="cyan")
        text.append("│")
    else:
        text.append(" " * BAR_WIDTH + "│")
        text.append(bar, style="red")
    return text


def jury_table(reports: Sequence[JurorReport], threshold: float) -> Table:
    largest = max((abs(r.leniency) for r in reports if r.leniency is not None), default=0.0)
    table = Table(
        title=Text(t("tables.jury.title"), style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        padding=0,
        show_edge=False,
    )
    table.add_column(t("tables.jury.juror"), overflow="ellipsis", min_width=10)
    table.add_column(t("tables.jury.flag"), no_wrap=True, min_width=7)
    for key in ("scored", "mean", "spread"):
        header = t(f"tables.jury.{key}")
        table.add_column(header, justify="right", no_wrap=True, min_width=len(header))
    table.add_column(t("tables.jury.leniency"), no_wrap=True, min_width=2 * BAR_WIDTH + 8)
    for key in ("correlation", "conflicts", "missing"):
        header = t(f"tables.jury.{key}")
        table.add_column(header, justify="right", no_wrap=True, min_width=len(header))

    for report in reports:
        words = t(f"tables.jury.{report.flag}") if report.flag else ""
        flag = Text(words, style="bold yellow" if report.flag else "")
        table.add_row(
            plain(report.juror),
            flag,
            str(report.scored),
            _number(report.mean),
            _number(report.spread),
            leniency_bar(report.leniency, largest),
            _number(report.correlation, 2),
            str(report.conflicts),
            str(report.missing_marks),
        )
    table.caption = t("tables.jury.caption", threshold=number(threshold), shared=SHARED_FOR_FLAG)
    return table


def agreement_table(result: Result) -> Table:
    titles = {c.category.id: c.category.title for c in result.categories}
    table = Table(
        title=Text(t("tables.agreement.title"), style="bold"),
        title_justify="left",
    )
    table.add_column(t("tables.agreement.scope"))
    table.add_column(t("tables.agreement.raw"), justify="right")
    table.add_column(t("tables.agreement.normalised"), justify="right")
    for agreement in result.agreement:
        table.add_row(
            plain(titles.get(agreement.scope, t("tables.agreement.edition"))),
            _number(agreement.raw, 3),
            _number(agreement.normalised, 3),
        )
    return table


def print_jury(out: Console, result: Result) -> None:
    out.print(jury_table(result.jurors, result.leniency_flag))
    out.print()
    out.print(agreement_table(result))
