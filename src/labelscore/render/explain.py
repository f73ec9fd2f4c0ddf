"""`labelscore explain`: how one application got its score, rank and label."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from labelscore.engine.result import UNSETTLED, Entry, Outcome, Result
from labelscore.models.choices import Normalize
from labelscore.models.criteria import Category
from labelscore.render.rank_tables import ZONE_WORDS, decision_words, percent, score_text
from labelscore.render.text import plain


def _tie_with(entry: Entry, result: Result) -> str:
    tie = next((t for t in result.ties if t.at_label_line and entry.id in t.applications), None)
    others = [ident for ident in tie.applications if ident != entry.id] if tie else []
    return ", ".join(others)


def _outcome(entry: Entry, result: Result) -> str:
    tied = _tie_with(entry, result)
    decision = decision_words(entry.label_tie) if entry.label_tie else ""
    match entry.outcome:
        case Outcome.LABELLED if entry.label_tie is not None:
            return f"labelled; tied with {tied}, {decision}"
        case Outcome.LABELLED:
            return "labelled"
        case Outcome.TIE_PENDING:
            return f"tied at the label line with {tied}: the jury must vote (awards.jury_order)"
        case Outcome.NEEDS_MORE_SCORES:
            return f"not ranked: {entry.jurors_missing} more juror(s) without a conflict needed"
        case Outcome.NOT_PRESELECTED:
            return "not labelled: not preselected (answers no to every preselection question)"
        case Outcome.BELOW_MINIMUM:
            return f"not labelled: score below the minimum of {result.minimum_score:g}"
        case Outcome.TIE_LOST:
            return f"not labelled: tied with {tied}, {decision}"
        case Outcome.CATEGORY_FULL:
            lead = f"tied with {tied}, but " if entry.label_tie else ""
            return f"not labelled: {lead}its category had reached its maximum of labels"
    lead = f"tied with {tied}, but " if entry.label_tie else ""
    return (
        f"not labelled: {lead}no label was left for it (the labels went to higher scores, "
        "or the rest were reserved for other categories' minimum)"
    )


def marks_table(entry: Entry, category: Category) -> Table:
    marks = {given.juror: dict(given.marks) for given in entry.marks}
    excluded = {c.juror: c for c in entry.excluded}
    jurors = sorted(marks)
    table = Table(title=Text("Marks", style="bold"), title_justify="left")
    table.add_column("Criterion")
    table.add_column("Weight", justify="right")
    table.add_column("Scale", justify="right")
    for juror in jurors:
        header = plain(juror)
        if juror in excluded:
            header.append(" (excluded)", style="red")
        table.add_column(header, justify="right")
    for criterion in category.criteria:
        cells = []
        for juror in jurors:
            mark = marks[juror].get(criterion.id)
            cells.append("missing" if mark is None else f"{getattr(mark, 'source', mark)}")
        table.add_row(
            plain(criterion.title),
            f"{criterion.weight:g}",
            f"{criterion.scale.min:g}-{criterion.scale.max:g}",
            *cells,
        )
    scores = {s.juror: s for s in entry.juror_scores}
    table.add_section()
    table.add_row(
        "Juror score (raw, 0-100)",
        "",
        "",
        *(score_text(scores[j].raw) if j in scores else "-" for j in jurors),
        style="bold",
    )
    table.add_row(
        "Juror score (z-score, 0-100)",
        "",
        "",
        *(score_text(scores[j].normalised) if j in scores else "-" for j in jurors),
    )
    return table


def print_explain(out: Console, entry: Entry, result: Result) -> None:
    application = entry.application
    heading = plain(application.title)
    heading.stylize("bold")
    out.print(heading)
    out.print(
        plain(
            f"{application.id} · {application.territory.name} · {application.category} · "
            f"{application.status.value}"
        )
    )
    answers = ", ".join(entry.preselection) or "none"
    out.print(
        plain(f"Preselection: {'yes' if entry.preselected else 'no'} (answers yes: {answers})")
    )
    out.print()
    category = next(
        c.category for c in result.categories if c.category.id == entry.application.category
    )
    out.print(marks_table(entry, category))
    for given in entry.marks:
        if given.comment is not None:
            out.print(plain(f"Comment by {given.juror}: {given.comment}"))
    for conflict in entry.excluded:
        out.print(
            plain(f"Excluded: {conflict.juror}, {conflict.kind} conflict: {conflict.reason}.")
        )
    used = "z-scores" if result.normalize is Normalize.ZSCORE else "raw scores"
    if entry.score is None:
        score = (
            f"Score: none; {len(entry.juror_scores)} juror(s) without a conflict counted, "
            f"{entry.jurors_missing} more needed to rank it"
        )
    else:
        score = (
            f"Score: {result.aggregate.value} of {len(entry.juror_scores)} juror(s)' {used} = "
            f"{score_text(entry.score)}"
        )
        if result.normalize is Normalize.ZSCORE:
            score += f" (raw: {score_text(entry.raw_score)})"
    out.print(plain(score))
    rank = "-" if entry.rank is None else str(entry.rank)
    line = f"Rank in category: {rank}"
    if entry.tie_rule == UNSETTLED:
        line += " (same score as the entry above, equal on every tie rule)"
    elif entry.tie_rule:
        line += f" (same score as the entry above; order settled by {entry.tie_rule})"
    out.print(plain(line))
    out.print(plain(f"Outcome: {_outcome(entry, result)}"))
    for line in _certainty_lines(entry, result):
        out.print(plain(line))
    if entry.label_differs:
        other = "raw scores" if result.normalize is Normalize.ZSCORE else "z-scores"
        verdict = "would not be" if entry.labelled else "would be"
        out.print(plain(f"With {other} it {verdict} labelled."), style="bold magenta")


def _certainty_lines(entry: Entry, result: Result) -> list[str]:
    """How sure its outcome is: P(label) and its zone, the rank interval, the margin to the
    label line, and whether the weights moving ±20 % change it."""
    uncertainty = result.uncertainty
    figure = uncertainty.of(entry.id) if uncertainty is not None else None
    if uncertainty is None or figure is None:
        return []
    lines = [
        f"How sure: P(label) {percent(figure.p_label, figure.zone)} "
        f"({ZONE_WORDS[figure.zone]}); expected rank {figure.expected_rank:.1f}, 90% rank "
        f"interval {figure.rank_low}-{figure.rank_high} ({uncertainty.draws:,} draws of the "
        f"scoring noise, seed {uncertainty.seed})"
    ]
    if figure.margin is None or figure.line is None:
        why = "it is not preselected" if not entry.preselected else "the quotas leave none"
        lines.append(f"Label line: no score would give it a label ({why})")
    elif entry.pending:
        lines.append("Label line: at its own score (tied; the jury's vote decides)")
    elif entry.labelled:
        lines.append(
            f"Label line: {score_text(figure.line)}, other scores unchanged: it keeps its "
            f"label down to there, a margin of {figure.margin:.2f} points"
        )
    else:
        lines.append(
            f"Label line: {score_text(figure.line)}, other scores unchanged: it would need "
            f"{-figure.margin:.2f} points more to be labelled"
        )
    samples = uncertainty.weight_samples
    held = round(figure.weight_stability * samples)
    change = f"\u00b1{uncertainty.weight_change:.0%}"
    if figure.weight_sensitive:
        lines.append(
            f"Weights {change} (all together): its outcome changes in {samples - held} of "
            f"{samples} tries"
        )
    else:
        lines.append(f"Weights {change} (all together): its outcome holds in all {samples} tries")
    return lines
