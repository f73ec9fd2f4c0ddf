"""The award tables of `labelscore rank`."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from labelscore.render.text import plain
from labelscore.results import CategoryResult, Entry, Result, Tie


def score_text(score: float | None) -> str:
    return "-" if score is None else f"{score:.2f}"


def _label_cell(entry: Entry) -> Text:
    if entry.labelled:
        return Text("LABEL", style="bold green")
    if entry.pending:
        return Text("tie: jury", style="bold yellow")
    return Text("")


def category_table(result: CategoryResult) -> Table:
    entries = result.entries
    preselected = sum(e.preselected for e in entries)
    title = plain(result.category.title)
    title.append(
        f"  ({len(entries)} applications, {preselected} preselected, {result.labels} labels)",
        style="dim",
    )
    table = Table(title=title, title_justify="left", expand=False)
    table.add_column("Rank", justify="right")
    table.add_column("Application")
    table.add_column("Territory")
    table.add_column("Score", justify="right")
    table.add_column("Jurors", justify="right")
    table.add_column("Preselected")
    table.add_column("Label")
    for entry in entries:
        application = entry.application
        table.add_row(
            "-" if entry.rank is None else str(entry.rank),
            plain(application.title),
            plain(application.territory.name),
            score_text(entry.score),
            str(len(entry.juror_scores)),
            plain(", ".join(entry.preselection)) if entry.preselected else Text("no", style="dim"),
            _label_cell(entry),
            style="bold" if entry.labelled else None,
        )
    return table


def _tie_line(tie: Tie) -> Text:
    rules = sorted(set(tie.settled_by))
    how = (
        "NOT settled: the jury must decide" if not tie.settled else "settled by " + ", ".join(rules)
    )
    line = Text(f"{tie.score:.2f} in ")
    line.append(plain(tie.category))
    line.append(": ")
    line.append(plain(", ".join(tie.applications)))
    line.append(f" ({how})", style="yellow" if not tie.settled else "dim")
    return line


def summary(result: Result) -> RenderableType:
    table = Table(title=Text("Summary", style="bold"), title_justify="left")
    table.add_column("Category")
    table.add_column("Applications", justify="right")
    table.add_column("Preselected", justify="right")
    table.add_column("Labels", justify="right")
    for category in result.categories:
        table.add_row(
            plain(category.category.title),
            str(len(category.entries)),
            str(sum(e.preselected for e in category.entries)),
            str(category.labels),
        )
    table.add_section()
    table.add_row(
        "Total",
        str(len(result.entries)),
        str(result.preselected),
        f"{result.labels_awarded} of {result.labels_available}",
        style="bold",
    )
    parts: list[RenderableType] = [table]
    line_ties = [t for t in result.ties if t.at_label_line]
    other_ties = [t for t in result.ties if not t.at_label_line]
    if result.pending_labels:
        parts.append(
            Text(
                f"{result.pending_labels} label(s) held back: a tie at the quota line that the "
                "rules do not settle. Record the jury's vote in labelscore.yaml "
                "(awards.jury_order).",
                style="bold yellow",
            )
        )
    parts.append(Text(f"Ties at the label line: {len(line_ties)}", style="bold"))
    parts.extend(_tie_line(t) for t in line_ties)
    parts.append(Text(f"Other equal scores: {len(other_ties)}", style="bold"))
    parts.extend(_tie_line(t) for t in other_ties)
    return Group(*parts)


def print_rank(out: Console, result: Result) -> None:
    out.print(Text(f"{result.name} {result.year}", style="bold"))
    for category in result.categories:
        out.print()
        out.print(category_table(category))
    out.print()
    out.print(summary(result))
