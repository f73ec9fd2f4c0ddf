"""The award tables of `labelscore rank`."""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions, Group, JustifyMethod, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from labelscore.engine.result import (
    EDITION_SCOPE,
    JURY_VOTE,
    QUOTA,
    UNSETTLED,
    VOTE_PENDING,
    CategoryResult,
    Entry,
    Outcome,
    Result,
    Tie,
    Uncertainty,
    Zone,
)
from labelscore.models.choices import Normalize
from labelscore.render.text import plain

P_LABEL = "P(label)"
ZONE_WORDS = {Zone.SURE: "sure", Zone.CLOSE_CALL: "close call", Zone.OUT: "out"}
_ZONE_STYLES = {Zone.SURE: "green", Zone.CLOSE_CALL: "bold yellow", Zone.OUT: "dim"}


def score_text(score: float | None) -> str:
    return "-" if score is None else f"{score:.2f}"


def percent(p_label: float, zone: Zone) -> str:
    """P(label) as a whole percentage, never rounded across a zone's bound (89.6 % is a
    close call: shown 89 %, not 90 %)."""
    value = round(100 * p_label)
    if zone is Zone.CLOSE_CALL:
        value = min(89, max(11, value))
    return f"{value}%"


def weights_note(changed: int, samples: int, change: float) -> str:
    return f"weights \u00b1{change:.0%}: outcome changes in {changed} of {samples} tries"


def uncertainty_lines(uncertainty: Uncertainty, result: Result) -> list[Text]:
    """The summary of how sure the labels are: the jury's agenda is the close calls."""
    zones: dict[tuple[Zone, bool], int] = {}
    labelled = {e.id for e in result.entries if e.labelled}
    for figure in uncertainty.figures:
        key = (figure.zone, figure.application in labelled)
        zones[key] = zones.get(key, 0) + 1
    sensitive = sum(f.weight_sensitive for f in uncertainty.figures)
    error = 100 * uncertainty.monte_carlo_error
    return [
        Text(
            f"How sure: {uncertainty.draws:,} draws of the scoring noise (seed "
            f"{uncertainty.seed}); Monte Carlo error of a P(label): at most \u00b1{error:.1f} "
            "points (one standard error).",
            style="dim",
        ),
        Text(
            f"Labelled: {zones.get((Zone.SURE, True), 0)} sure, "
            f"{zones.get((Zone.CLOSE_CALL, True), 0)} close calls, "
            f"{zones.get((Zone.OUT, True), 0)} out. Not labelled: "
            f"{zones.get((Zone.CLOSE_CALL, False), 0)} close calls. Close calls "
            "(10% < P(label) < 90%) are the jury's agenda.",
            style="bold",
        ),
        Text(
            f"Outcome changed by weights moving \u00b1{uncertainty.weight_change:.0%} "
            f"together: {sensitive} application(s) ({uncertainty.weight_samples} tries).",
            style="dim",
        ),
    ]


def _certainty_cells(entry: Entry, result: Result) -> tuple[Text, ...]:
    if result.uncertainty is None:
        return ()
    figure = result.uncertainty.of(entry.id)
    if figure is None:
        return (Text("-"),)
    return (Text(percent(figure.p_label, figure.zone), style=_ZONE_STYLES[figure.zone]),)


def decision_words(decision: str) -> str:
    """What decided a tie, in words: a rule name, the vote, the quotas, or a pending vote."""
    if decision == VOTE_PENDING:
        return "NOT settled: jury vote pending"
    if decision == QUOTA:
        return "decided by the quotas"
    if decision == JURY_VOTE:
        return "decided by the jury's vote"
    return f"decided by the {decision} rule"


def label_tie_note(decision: str) -> str:
    return f"tie at the label line, {decision_words(decision)}"


def _label_cell(entry: Entry) -> Text:
    if entry.labelled:
        return Text("LABEL", style="bold green")
    if entry.pending:
        return Text("tie: jury", style="bold yellow")
    return Text("")


def _notes(entry: Entry, result: Result) -> Text:
    notes = Text()
    other = "raw scores" if result.normalize is Normalize.ZSCORE else "z-scores"

    def add(text: str, style: str) -> None:
        if notes:
            notes.append("; ")
        notes.append(text, style=style)

    if entry.outcome is Outcome.BELOW_MINIMUM:
        add(f"below the minimum score ({result.minimum_score:g})", "dim")
    if entry.label_differs:
        add(f"{'not ' if entry.labelled else ''}labelled with {other}", "bold magenta")
    if entry.discuss and entry.spread is not None:
        add(f"discuss: jurors {entry.spread:.0f} points apart", "yellow")
    if entry.label_tie is not None:
        add(label_tie_note(entry.label_tie), "yellow" if entry.pending else "dim")
    elif entry.tie_rule == UNSETTLED:
        add("equal score, equal on every tie rule (no label depends on it)", "dim")
    elif entry.tie_rule is not None:
        add(f"tie settled by {entry.tie_rule}", "dim")
    if entry.excluded:
        add(f"{len(entry.excluded)} juror(s) in conflict", "dim")
    uncertainty = result.uncertainty
    figure = uncertainty.of(entry.id) if uncertainty is not None else None
    if uncertainty is not None and figure is not None and figure.weight_sensitive:
        samples = uncertainty.weight_samples
        changed = round((1 - figure.weight_stability) * samples)
        add(weights_note(changed, samples, uncertainty.weight_change), "magenta")
    return notes


def _round_one(entry: Entry, result: Result) -> Text:
    answered = f"{len(entry.preselection)}/{result.preselection_questions}"
    if entry.preselected:
        return Text(f"yes {answered}")
    return Text(f"no {answered}", style="dim")


Columns = tuple[tuple[str, JustifyMethod, int], ...]
"""Header, alignment, and share of the free width (0: as wide as the widest cell)."""

_CATEGORY_COLUMNS: Columns = (
    ("Rank", "right", 0),
    ("Application", "left", 3),
    ("Territory", "left", 2),
    ("Score", "right", 0),
    ("Jurors", "right", 0),
    ("Round 1", "left", 0),
    ("Label", "left", 0),
)
_CERTAINTY_COLUMN: Columns = ((P_LABEL, "right", 0),)
"""With the uncertainty figures: how sure the label is."""


def _columns(result: Result) -> Columns:
    return _CATEGORY_COLUMNS + (_CERTAINTY_COLUMN if result.uncertainty is not None else ())


def _fixed_widths(rows: list[tuple[Text, ...]], columns: Columns) -> list[int]:
    """The content width of each column sized to its widest cell (0 for a shared one)."""
    return [
        0 if ratio else max([len(header), *(row[index].cell_len for row in rows)])
        for index, (header, _, ratio) in enumerate(columns)
    ]


def _grid(
    title: Text,
    rows: list[tuple[Text, ...]],
    styles: list[str | None],
    width: int,
    columns: Columns = _CATEGORY_COLUMNS,
) -> Group | None:
    """The table as lines of text, laid out as Rich lays out `_rich_table` (a simple head,
    no edge, one space of padding and one of separation), without its per-cell machinery:
    the tables are most of `rank`'s own time. None when the width is too narrow for the
    shared columns; then Rich does the layout."""
    fixed = _fixed_widths(rows, columns)
    count = len(columns)
    padding = [1] * (count - 1) + [0]
    shared = [index for index, (_, _, ratio) in enumerate(columns) if ratio]
    room = width - (count - 1) - sum(w + p for w, p in zip(fixed, padding, strict=True) if w)
    minimums = [1 + padding[index] for index in shared]
    if room < sum(minimums):
        return None
    from rich._ratio import ratio_distribute

    ratios = [columns[index][2] for index in shared]
    for index, size in zip(shared, ratio_distribute(room, ratios, minimums), strict=True):
        fixed[index] = size - padding[index]
    total = sum(fixed) + sum(padding) + count - 1
    lines = Text()
    headers = tuple(Text(header) for header, _, _ in columns)
    lines.append_text(_line(headers, fixed, padding, "table.header", columns))
    lines.append("\n" + "\u2500" * total)
    for row, style in zip(rows, styles, strict=True):
        lines.append("\n")
        lines.append_text(_line(row, fixed, padding, style, columns))
    return Group(_Annotation(title, total), lines)


class _Annotation:
    """A title laid out as Rich lays out a table's: wrapped, left-justified, padded to
    the table's width."""

    def __init__(self, text: Text, width: int) -> None:
        self.text = text
        self.width = width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from console.render(self.text, options.update(width=self.width, justify="left"))


def _line(
    cells: tuple[Text, ...],
    widths: list[int],
    padding: list[int],
    style: str | None,
    columns: Columns,
) -> Text:
    line = Text()
    for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        if index:
            line.append(" ")
        text = cell.copy()
        text.truncate(width, overflow="ellipsis")
        gap = " " * (width - text.cell_len)
        justify = columns[index][1]
        part = Text(gap).append_text(text) if justify == "right" else text.append(gap)
        part.append(" " * padding[index])
        if style:
            part.stylize(style)
        line.append_text(part)
    return line


def _rich_table(
    title: Text,
    rows: list[tuple[Text, ...]],
    styles: list[str | None],
    columns: Columns = _CATEGORY_COLUMNS,
) -> Table:
    table = Table(
        title=title,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
    )
    fixed = _fixed_widths(rows, columns)
    for index, (header, justify, ratio) in enumerate(columns):
        if ratio:
            table.add_column(header, ratio=ratio, no_wrap=True, overflow="ellipsis")
        else:
            table.add_column(header, justify=justify, width=fixed[index], no_wrap=True)
    for row, style in zip(rows, styles, strict=True):
        table.add_row(*row, style=style)
    return table


def category_table(
    category: CategoryResult, result: Result, width: int = 80, *, plain_box: bool = False
) -> RenderableType:
    """One line per entry, then the notes by rank.

    Long titles and names end in an ellipsis (`explain` and the export give them whole),
    so a table stays readable at 80 columns and is cheap to lay out."""
    entries = category.ranked
    preselected = sum(e.preselected for e in category.entries)
    title = plain(category.category.title)
    title.append(
        f"  ({len(category.entries)} applications, {preselected} preselected, "
        f"{category.labels} labels)",
        style="dim",
    )
    columns = _columns(result)
    rows: list[tuple[Text, ...]] = [
        (
            Text(str(entry.rank)),
            plain(entry.application.title),
            plain(entry.application.territory.name),
            Text(score_text(entry.score)),
            Text(str(len(entry.juror_scores))),
            _round_one(entry, result),
            _label_cell(entry),
            *_certainty_cells(entry, result),
        )
        for entry in entries
    ]
    styles = ["bold" if entry.labelled else None for entry in entries]
    # A terminal that cannot show box characters gets Rich's ASCII substitutes.
    table: RenderableType | None = None if plain_box else _grid(title, rows, styles, width, columns)
    if table is None:
        table = _rich_table(title, rows, styles, columns)
    lines = [
        plain(f"  rank {entry.rank}, {entry.id}: ").append_text(note)
        for entry in entries
        if (note := _notes(entry, result))
    ]
    return Group(table, *lines) if lines else table


def needs_more_scores(result: Result) -> Table | None:
    waiting = [e for c in result.categories for e in c.unranked]
    if not waiting:
        return None
    table = Table(title=Text("Needs more scores (not ranked, cannot be labelled)", style="bold"))
    table.add_column("Category")
    table.add_column("Application")
    table.add_column("Jurors counted", justify="right")
    table.add_column("Missing", justify="right")
    table.add_column("Excluded")
    for entry in waiting:
        excluded = ", ".join(f"{c.juror} ({c.kind} conflict)" for c in entry.excluded)
        table.add_row(
            plain(entry.application.category),
            plain(entry.id),
            str(len(entry.juror_scores)),
            str(entry.jurors_missing),
            plain(excluded),
        )
    return table


def conflicts_table(result: Result) -> Table | None:
    if not result.conflicts:
        return None
    table = Table(title=Text("Conflicts of interest (these marks do not count)", style="bold"))
    table.add_column("Juror")
    table.add_column("Application")
    table.add_column("Kind")
    table.add_column("Reason")
    for conflict in result.conflicts:
        table.add_row(
            plain(conflict.juror),
            plain(conflict.application),
            conflict.kind,
            plain(conflict.reason),
        )
    return table


def _tie_line(tie: Tie) -> Text:
    if tie.at_label_line:
        how = ", ".join(decision_words(d) for d in tie.decided_by)
    elif tie.settled:
        how = "settled by " + ", ".join(sorted(set(tie.settled_by)))
    else:
        how = "equal on every tie rule"
    line = Text(f"{tie.score:.2f} in ")
    line.append(plain(", ".join(tie.categories)))
    line.append(": ")
    line.append(plain(", ".join(tie.applications)))
    line.append(f" ({how})", style="yellow" if not tie.settled else "dim")
    return line


def _alpha(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def summary(result: Result) -> RenderableType:
    table = Table(title=Text("Summary", style="bold"), title_justify="left")
    table.add_column("Category")
    table.add_column("Applications", justify="right")
    table.add_column("Preselected", justify="right")
    table.add_column("Labels", justify="right")
    table.add_column("Agreement (alpha raw / z)", justify="right")
    agreement = {a.scope: a for a in result.agreement}
    for category in result.categories:
        alpha = agreement.get(category.category.id)
        table.add_row(
            plain(category.category.title),
            str(len(category.entries)),
            str(sum(e.preselected for e in category.entries)),
            str(category.labels),
            f"{_alpha(alpha.raw)} / {_alpha(alpha.normalised)}" if alpha else "-",
        )
    table.add_section()
    edition = agreement.get(EDITION_SCOPE)
    table.add_row(
        "Total",
        str(len(result.entries)),
        str(result.preselected),
        f"{result.labels_awarded} of {result.labels_available}",
        f"{_alpha(edition.raw)} / {_alpha(edition.normalised)}" if edition else "-",
        style="bold",
    )
    parts: list[RenderableType] = [
        table,
        Text(
            f"Scores: {result.aggregate.value} of the jurors' scores, "
            f"normalisation: {result.normalize.value}.",
            style="dim",
        ),
        Text(f"Input digest: {result.digest}", style="dim"),
    ]
    if result.uncertainty is not None:
        parts.extend(uncertainty_lines(result.uncertainty, result))
    for scope, juror, why in result.centred_only:
        warning = plain(f"z-scores: {juror} in {scope} only centred, {why}.")
        warning.stylize("yellow")
        parts.append(warning)
    if result.missing_marks:
        parts.append(
            Text(
                f"Provisional: {result.missing_marks} assigned application(s) not marked yet "
                "(jury/assignments.yaml); run `labelscore progress` to see which.",
                style="bold yellow",
            )
        )
    if result.pending_labels:
        parts.append(
            Text(
                f"{result.pending_labels} label(s) held back: a tie at the label line that the "
                "rules do not settle. Record the jury's vote in labelscore.yaml "
                "(awards.jury_order).",
                style="bold yellow",
            )
        )
    line_ties = [t for t in result.ties if t.at_label_line]
    other_ties = [t for t in result.ties if not t.at_label_line]
    parts.append(Text(f"Ties at the label line: {len(line_ties)}", style="bold"))
    parts.extend(_tie_line(t) for t in line_ties)
    parts.append(Text(f"Other equal scores: {len(other_ties)}", style="bold"))
    parts.extend(_tie_line(t) for t in other_ties)
    return Group(*parts)


def print_rank(out: Console, result: Result) -> None:
    out.print(Text(f"{result.name} {result.year}", style="bold"))
    for category in result.categories:
        out.print()
        plain_box = out.options.ascii_only or out.legacy_windows
        table = category_table(category, result, out.width, plain_box=plain_box)
        out.print(table)
    for extra in (needs_more_scores(result), conflicts_table(result)):
        if extra is not None:
            out.print()
            out.print(extra)
    out.print()
    out.print(summary(result))
