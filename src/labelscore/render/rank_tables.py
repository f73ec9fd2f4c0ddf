"""The award tables of `labelscore rank`."""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions, Group, JustifyMethod, RenderableType, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from labelscore.engine.result import (
    EDITION_SCOPE,
    JURY_VOTE,
    LOTS,
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
from labelscore.i18n import language, plural, t
from labelscore.i18n.reasons import centring_words, conflict_words, kind_words
from labelscore.i18n.typography import number
from labelscore.models.choices import Normalize
from labelscore.render.text import plain

P_LABEL = "P(label)"
_ZONE_KEYS = {Zone.SURE: "sure", Zone.CLOSE_CALL: "close_call", Zone.OUT: "out"}
_ZONE_STYLES = {Zone.SURE: "green", Zone.CLOSE_CALL: "bold yellow", Zone.OUT: "dim"}
_TIE_RULES = {
    "realised": "realised",
    "median": "median",
    "top_criterion": "top_criterion",
    "jurors": "jurors",
    JURY_VOTE: "jury_vote",
    LOTS: "lots",
}
"""What can order two entries of equal score, and its catalog key (rank.rule.<key>)."""


def zone_words(zone: Zone) -> str:
    """A zone of P(label) in words: sure, close call, out."""
    return t(f"rank.zone.{_ZONE_KEYS[zone]}")


def rule_words(rule: str) -> str:
    """A tie-break rule (rules.tie_break) as it reads after "settled by"."""
    return t(f"rank.rule.{_TIE_RULES[rule]}") if rule in _TIE_RULES else rule


def percent_text(value: float) -> str:
    """A whole percentage: 20% in English, 20 % in French."""
    return t("rank.percent", value=f"{value:.0f}")


def score_text(score: float | None) -> str:
    return "-" if score is None else number(score, 2)


def percent(p_label: float, zone: Zone) -> str:
    """P(label) as a whole percentage, never rounded across a zone's bound (89.6 % is a
    close call: shown 89 %, not 90 %)."""
    value = round(100 * p_label)
    if zone is Zone.CLOSE_CALL:
        value = min(89, max(11, value))
    return percent_text(value)


def weights_note(changed: int, samples: int, change: float) -> str:
    return t(
        "rank.note.weights",
        change="\u00b1" + percent_text(100 * change),
        changed=changed,
        samples=samples,
    )


def uncertainty_lines(uncertainty: Uncertainty, result: Result) -> list[Text]:
    """The summary of how sure the labels are: the jury's agenda is the close calls."""
    zones: dict[tuple[Zone, bool], int] = {}
    labelled = {e.id for e in result.entries if e.labelled}
    for figure in uncertainty.figures:
        key = (figure.zone, figure.application in labelled)
        zones[key] = zones.get(key, 0) + 1
    sensitive = sum(f.weight_sensitive for f in uncertainty.figures)
    error = 100 * uncertainty.monte_carlo_error
    shown = number(error, 1)
    return [
        Text(
            t(
                "rank.sure.draws" if round(error, 1) < 2 else "rank.sure.draws_many",
                draws=number(uncertainty.draws),
                seed=uncertainty.seed,
                error=shown,
            ),
            style="dim",
        ),
        Text(
            t(
                "rank.sure.zones",
                sure=plural(zones.get((Zone.SURE, True), 0), "rank.sure.sure"),
                close=plural(zones.get((Zone.CLOSE_CALL, True), 0), "rank.sure.close"),
                out=plural(zones.get((Zone.OUT, True), 0), "rank.sure.out"),
                close_out=plural(zones.get((Zone.CLOSE_CALL, False), 0), "rank.sure.close"),
                low=percent_text(10),
                high=percent_text(90),
            ),
            style="bold",
        ),
        Text(
            plural(
                sensitive,
                "rank.sure.weights",
                change="\u00b1" + percent_text(100 * uncertainty.weight_change),
                samples=uncertainty.weight_samples,
            ),
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
        return t("rank.decision.pending")
    if decision == QUOTA:
        return t("rank.decision.quota")
    if decision == JURY_VOTE:
        return t("rank.decision.vote")
    if decision == LOTS:
        return t("rank.decision.lots")
    return t("rank.decision.rule", rule=rule_words(decision))


def label_tie_note(decision: str) -> str:
    return t("rank.label_tie", decision=decision_words(decision))


def minimum_text(value: float) -> str:
    """The minimum score as rules.awards.minimum_score gives it: 50, 52.5 (52,5)."""
    return f"{value:g}" if language() == "en" else number(value)


def _label_cell(entry: Entry) -> Text:
    if entry.labelled:
        return Text(t("rank.cell.label"), style="bold green")
    if entry.pending:
        return Text(t("rank.cell.tie"), style="bold yellow")
    return Text("")


def other_scores(result: Result) -> str:
    """The scores the ranking does not use: raw scores or z-scores."""
    return t("rank.raw_scores" if result.normalize is Normalize.ZSCORE else "rank.z_scores")


def _notes(entry: Entry, result: Result) -> Text:
    notes = Text()
    other = other_scores(result)
    separator = t("rank.note.separator")

    def add(text: str, style: str) -> None:
        if notes:
            notes.append(separator)
        notes.append(text, style=style)

    if entry.outcome is Outcome.BELOW_MINIMUM:
        add(t("rank.note.below_minimum", minimum=minimum_text(result.minimum_score)), "dim")
    if entry.label_differs:
        key = "rank.note.not_labelled_with" if entry.labelled else "rank.note.labelled_with"
        add(t(key, other=other), "bold magenta")
    if entry.discuss and entry.spread is not None:
        add(t("rank.note.discuss", spread=f"{entry.spread:.0f}"), "yellow")
    if entry.label_tie is not None:
        add(label_tie_note(entry.label_tie), "yellow" if entry.pending else "dim")
    elif entry.tie_rule == UNSETTLED:
        add(t("rank.note.unsettled"), "dim")
    elif entry.tie_rule is not None:
        add(t("rank.note.tie_rule", rule=rule_words(entry.tie_rule)), "dim")
    if entry.excluded:
        add(plural(len(entry.excluded), "rank.note.conflicts"), "dim")
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
        return Text(t("rank.cell.yes", answered=answered))
    return Text(t("rank.cell.no", answered=answered), style="dim")


Columns = tuple[tuple[str, JustifyMethod, int], ...]
"""Header, alignment, and share of the free width (0: as wide as the widest cell)."""

_CATEGORY_COLUMNS: Columns = (
    ("rank", "right", 0),
    ("application", "left", 3),
    ("territory", "left", 2),
    ("score", "right", 0),
    ("jurors", "right", 0),
    ("round_one", "left", 0),
    ("label", "left", 0),
)
"""The headers are message ids (rank.col.*), in words by `_category_columns`."""
_CERTAINTY_COLUMN: Columns = ((P_LABEL, "right", 0),)
"""With the uncertainty figures: how sure the label is."""


def _category_columns() -> Columns:
    return tuple(
        (t(f"rank.col.{key}"), justify, ratio) for key, justify, ratio in _CATEGORY_COLUMNS
    )


def _columns(result: Result) -> Columns:
    return _category_columns() + (_CERTAINTY_COLUMN if result.uncertainty is not None else ())


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
    columns: Columns | None = None,
) -> Group | None:
    """The table as lines of text, laid out as Rich lays out `_rich_table` (a simple head,
    no edge, one space of padding and one of separation), without its per-cell machinery:
    the tables are most of `rank`'s own time. None when the width is too narrow for the
    shared columns; then Rich does the layout."""
    columns = _category_columns() if columns is None else columns
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
    headers = tuple(Text(header) for header, _, _ in columns)
    lines = [_line(headers, fixed, padding, "table.header", columns), Text("\u2500" * total)]
    lines += [
        _line(row, fixed, padding, style, columns) for row, style in zip(rows, styles, strict=True)
    ]
    return Group(_Annotation(title, total), _Lines(lines))


class _Lines:
    """Lines already laid out to the table's width: each is printed as it is, without the
    wrapping Rich would try on a text (a tenth of rank's own time)."""

    def __init__(self, lines: list[Text]) -> None:
        self.lines = lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines:
            yield from line.render(console)
            yield Segment.line()


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
    columns: Columns | None = None,
) -> Table:
    columns = _category_columns() if columns is None else columns
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
        plural(
            preselected,
            "rank.title.counts",
            applications=plural(len(category.entries), "rank.title.applications"),
            preselected=preselected,
            labels=plural(category.labels, "rank.title.labels"),
        ),
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
        plain(t("rank.note.line", rank=entry.rank, ident=entry.id)).append_text(note)
        for entry in entries
        if (note := _notes(entry, result))
    ]
    return Group(table, *lines) if lines else table


def needs_more_scores(result: Result) -> Table | None:
    """The entries that could not be ranked: how many jurors count, how many are missing,
    whose marks are awaited (a column only when an assigned juror has not marked one
    yet: the names the chair must chase) and who is excluded by a conflict."""
    waiting = [e for c in result.categories for e in c.unranked]
    if not waiting:
        return None
    awaited = any(entry.awaited for entry in waiting)
    table = Table(title=Text(t("rank.waiting.title"), style="bold"))
    table.add_column(t("rank.waiting.category"))
    table.add_column(t("rank.waiting.application"))
    table.add_column(t("rank.waiting.counted"), justify="right")
    table.add_column(t("rank.waiting.missing"), justify="right")
    if awaited:
        table.add_column(t("rank.waiting.awaited"))
    table.add_column(t("rank.waiting.excluded"))
    for entry in waiting:
        excluded = ", ".join(
            t("rank.waiting.conflict", juror=c.juror, kind=kind_words(c.kind))
            for c in entry.excluded
        )
        cells: list[RenderableType] = [
            plain(entry.application.category),
            plain(entry.id),
            str(len(entry.juror_scores)),
            str(entry.jurors_missing),
        ]
        if awaited:
            cells.append(plain(", ".join(entry.awaited)))
        table.add_row(*cells, plain(excluded))
    return table


def conflicts_table(result: Result) -> Table | None:
    if not result.conflicts:
        return None
    table = Table(title=Text(t("rank.conflicts.title"), style="bold"))
    table.add_column(t("rank.conflicts.juror"))
    table.add_column(t("rank.conflicts.application"))
    table.add_column(t("rank.conflicts.kind"))
    table.add_column(t("rank.conflicts.reason"))
    for conflict in result.conflicts:
        table.add_row(
            plain(conflict.juror),
            plain(conflict.application),
            kind_words(conflict.kind),
            plain(conflict_words(conflict.reason)),
        )
    return table


def _tie_line(tie: Tie) -> Text:
    if tie.at_label_line:
        how = ", ".join(decision_words(d) for d in tie.decided_by)
    elif tie.settled:
        rules = ", ".join(rule_words(rule) for rule in sorted(set(tie.settled_by)))
        how = t("rank.tie.settled", rules=rules)
    else:
        how = t("rank.tie.equal")
    line = Text(t("rank.tie.where", score=score_text(tie.score)))
    line.append(plain(", ".join(tie.categories)))
    line.append(t("rank.tie.colon"))
    line.append(plain(", ".join(tie.applications)))
    line.append(f" ({how})", style="yellow" if not tie.settled else "dim")
    return line


def _alpha(value: float | None) -> str:
    return "-" if value is None else number(value, 3)


def aggregate_words(aggregate: str) -> str:
    """mean, median, trimmed (scoring.aggregate) in words."""
    return t(f"rank.aggregate.{aggregate}")


def summary(result: Result) -> RenderableType:
    table = Table(title=Text(t("rank.summary.title"), style="bold"), title_justify="left")
    table.add_column(t("rank.summary.category"))
    table.add_column(t("rank.summary.applications"), justify="right")
    table.add_column(t("rank.summary.preselected"), justify="right")
    table.add_column(t("rank.summary.labels"), justify="right")
    table.add_column(t("rank.summary.agreement"), justify="right")
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
        t("rank.summary.total"),
        str(len(result.entries)),
        str(result.preselected),
        t(
            "rank.summary.of",
            awarded=result.labels_awarded,
            available=result.labels_available,
        ),
        f"{_alpha(edition.raw)} / {_alpha(edition.normalised)}" if edition else "-",
        style="bold",
    )
    parts: list[RenderableType] = [
        table,
        Text(
            t(
                "rank.summary.scores",
                aggregate=aggregate_words(result.aggregate.value),
                normalize=t(f"rank.normalize.{result.normalize.value}"),
            ),
            style="dim",
        ),
        Text(t("rank.summary.digest", digest=result.digest), style="dim"),
    ]
    if result.uncertainty is not None:
        parts.extend(uncertainty_lines(result.uncertainty, result))
    # The z-scores' notes matter only when the ranking uses them (--json keeps them).
    centred_only = result.centred_only if result.normalize is Normalize.ZSCORE else ()
    for scope, juror, why in centred_only:
        warning = plain(
            t("rank.summary.centred", juror=juror, scope=scope, why=centring_words(why))
        )
        warning.stylize("yellow")
        parts.append(warning)
    if result.missing_marks:
        parts.append(
            Text(
                plural(result.missing_marks, "rank.summary.provisional"),
                style="bold yellow",
            )
        )
    if result.pending_labels:
        parts.append(
            Text(
                plural(result.pending_labels, "rank.summary.held_back"),
                style="bold yellow",
            )
        )
    line_ties = [tie for tie in result.ties if tie.at_label_line]
    other_ties = [tie for tie in result.ties if not tie.at_label_line]
    parts.append(Text(t("rank.ties.label_line", count=len(line_ties)), style="bold"))
    parts.extend(_tie_line(tie) for tie in line_ties)
    parts.append(Text(t("rank.ties.other", count=len(other_ties)), style="bold"))
    parts.extend(_tie_line(tie) for tie in other_ties)
    if result.drawn_lots is not None and result.drawn_lots.lots:
        lots = ", ".join(f"{ident} {value}" for ident, value in result.drawn_lots.lots)
        parts.append(Text(t("rank.lots", seed=result.drawn_lots.seed, lots=lots)))
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
