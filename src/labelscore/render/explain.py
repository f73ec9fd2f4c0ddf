"""`labelscore explain`: how one application got its score, rank and label."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from labelscore.engine.result import UNSETTLED, Entry, Outcome, Result
from labelscore.i18n import language, plural, t
from labelscore.i18n.reasons import conflict_words, kind_words
from labelscore.i18n.typography import enumeration, number
from labelscore.models.choices import Normalize
from labelscore.models.criteria import Category
from labelscore.render.rank_tables import (
    aggregate_words,
    decision_words,
    minimum_text,
    other_scores,
    percent,
    percent_text,
    rule_words,
    score_text,
    zone_words,
)
from labelscore.render.text import plain


def _tie_with(entry: Entry, result: Result) -> str:
    tie = next((t for t in result.ties if t.at_label_line and entry.id in t.applications), None)
    others = [ident for ident in tie.applications if ident != entry.id] if tie else []
    return enumeration(others)


def _outcome(entry: Entry, result: Result) -> str:
    tied = _tie_with(entry, result)
    decision = decision_words(entry.label_tie) if entry.label_tie else ""
    lead = t("rank.outcome.tied_but", tied=tied) if entry.label_tie else ""
    match entry.outcome:
        case Outcome.LABELLED if entry.label_tie is not None:
            return t("rank.outcome.labelled_tie", tied=tied, decision=decision)
        case Outcome.LABELLED:
            return t("rank.outcome.labelled")
        case Outcome.TIE_PENDING:
            return t("rank.outcome.tie_pending", tied=tied)
        case Outcome.NEEDS_MORE_SCORES if entry.awaited:
            words = plural(
                len(entry.awaited), "rank.outcome.awaited", jurors=enumeration(entry.awaited)
            )
            more = entry.jurors_missing - len(entry.awaited)
            return words + (plural(more, "rank.outcome.awaited_more") if more > 0 else "")
        case Outcome.NEEDS_MORE_SCORES:
            return plural(entry.jurors_missing, "rank.outcome.needs_more")
        case Outcome.NOT_PRESELECTED:
            return t("rank.outcome.not_preselected")
        case Outcome.BELOW_MINIMUM:
            return t("rank.outcome.below_minimum", minimum=minimum_text(result.minimum_score))
        case Outcome.TIE_LOST:
            return t("rank.outcome.tie_lost", tied=tied, decision=decision)
        case Outcome.CATEGORY_FULL:
            return t("rank.outcome.category_full", lead=lead)
    return t("rank.outcome.none_left", lead=lead)


def _mark_text(mark: object) -> str:
    """A mark as the card shows it (its source), else the number, in French with a comma."""
    source = getattr(mark, "source", None)
    if source is not None:
        return str(source)
    if language() == "fr" and isinstance(mark, int | float):
        return number(mark)
    return f"{mark}"


def _weight_text(value: float) -> str:
    return f"{value:g}" if language() == "en" else number(value)


_UNBOUNDED = 100_000
"""A width no table reaches: to measure a table's natural width."""


def _jurors_of(entry: Entry) -> list[str]:
    return sorted({given.juror for given in entry.marks})


def marks_table(entry: Entry, category: Category, *, numbered: bool = False) -> Table:
    """Criteria by jurors. `numbered`: jurors headed J1, J2... (see juror_legend), for a
    console too narrow for their ids, which would be cut short."""
    marks = {given.juror: dict(given.marks) for given in entry.marks}
    excluded = {c.juror: c for c in entry.excluded}
    jurors = _jurors_of(entry)
    table = Table(title=Text(t("rank.marks.title"), style="bold"), title_justify="left")
    table.add_column(t("rank.marks.criterion"))
    table.add_column(t("rank.marks.weight"), justify="right")
    table.add_column(t("rank.marks.scale"), justify="right")
    for number_, juror in enumerate(jurors, start=1):
        header = Text(t("rank.marks.juror_number", number=number_)) if numbered else plain(juror)
        if juror in excluded:
            header.append(t("rank.marks.excluded"), style="red")
        table.add_column(header, justify="right")
    for criterion in category.criteria:
        cells = []
        for juror in jurors:
            mark = marks[juror].get(criterion.id)
            cells.append(t("rank.marks.missing") if mark is None else _mark_text(mark))
        table.add_row(
            plain(criterion.title),
            _weight_text(criterion.weight),
            f"{_weight_text(criterion.scale.min)}-{_weight_text(criterion.scale.max)}",
            *cells,
        )
    scores = {s.juror: s for s in entry.juror_scores}
    table.add_section()
    table.add_row(
        t("rank.marks.raw"),
        "",
        "",
        *(score_text(scores[j].raw) if j in scores else "-" for j in jurors),
        style="bold",
    )
    table.add_row(
        t("rank.marks.z"),
        "",
        "",
        *(score_text(scores[j].normalised) if j in scores else "-" for j in jurors),
    )
    return table


def juror_legend(entry: Entry, width: int) -> list[Text]:
    """Who J1, J2... are, under a numbered marks table: lines of at most `width` columns
    where the ids allow it, never breaking one."""
    items = [
        t("rank.marks.legend_item", number=n, juror=juror)
        for n, juror in enumerate(_jurors_of(entry), start=1)
    ]
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + len(" · ") + len(item) <= width:
            lines[-1] += " · " + item
        else:
            lines.append(item)
    return [plain(line) for line in lines]


def print_explain(out: Console, entry: Entry, result: Result) -> None:
    application = entry.application
    heading = plain(application.title)
    heading.stylize("bold")
    out.print(heading)
    out.print(
        plain(
            f"{application.id} · {application.territory.name} · {application.category} · "
            f"{t(f'rank.status.{application.status.value}')}"
        )
    )
    answers = ", ".join(entry.preselection) or t("rank.explain.none")
    answer = t("rank.explain.yes" if entry.preselected else "rank.explain.no")
    out.print(plain(t("rank.explain.preselection", answer=answer, answers=answers)))
    out.print()
    category = next(
        c.category for c in result.categories if c.category.id == entry.application.category
    )
    table = marks_table(entry, category)
    natural = out.measure(table, options=out.options.update_width(_UNBOUNDED)).maximum
    if natural > out.width:
        table = marks_table(entry, category, numbered=True)
        out.print(table)
        for legend in juror_legend(entry, out.width):
            out.print(legend, soft_wrap=True)
    else:
        out.print(table)
    for given in entry.marks:
        if given.comment is not None:
            out.print(plain(t("rank.explain.comment", juror=given.juror, comment=given.comment)))
    for conflict in entry.excluded:
        out.print(
            plain(
                t(
                    "rank.explain.excluded",
                    juror=conflict.juror,
                    kind=kind_words(conflict.kind),
                    reason=conflict_words(conflict.reason),
                )
            )
        )
    used = t("rank.z_scores" if result.normalize is Normalize.ZSCORE else "rank.raw_scores")
    counted = len(entry.juror_scores)
    if entry.score is None:
        score = plural(counted, "rank.explain.no_score", missing=entry.jurors_missing)
    else:
        score = plural(
            counted,
            "rank.explain.score",
            aggregate=aggregate_words(result.aggregate.value),
            used=used,
            score=score_text(entry.score),
        )
        if result.normalize is Normalize.ZSCORE:
            score += t("rank.explain.raw", raw=score_text(entry.raw_score))
    out.print(plain(score))
    rank = "-" if entry.rank is None else str(entry.rank)
    line = t("rank.explain.rank", rank=rank)
    if entry.tie_rule == UNSETTLED:
        line += t("rank.explain.rank_unsettled")
    elif entry.tie_rule:
        line += t("rank.explain.rank_rule", rule=rule_words(entry.tie_rule))
    out.print(plain(line))
    out.print(plain(t("rank.explain.outcome", outcome=_outcome(entry, result))))
    for line in _certainty_lines(entry, result):
        out.print(plain(line))
    if entry.label_differs:
        key = "rank.explain.differs_no" if entry.labelled else "rank.explain.differs_yes"
        out.print(plain(t(key, other=other_scores(result))), style="bold magenta")


def _certainty_lines(entry: Entry, result: Result) -> list[str]:
    """How sure its outcome is: P(label) and its zone, the rank interval, the margin to the
    label line, and whether the weights moving ±20 % change it."""
    uncertainty = result.uncertainty
    figure = uncertainty.of(entry.id) if uncertainty is not None else None
    if uncertainty is None or figure is None:
        return []
    figures = {
        "percent": percent(figure.p_label, figure.zone),
        "zone": zone_words(figure.zone),
        "expected": number(figure.expected_rank, 1),
        "draws": number(uncertainty.draws),
        "seed": uncertainty.seed,
    }
    if figure.rank_low == figure.rank_high:
        sure = t("rank.explain.sure_one_rank", rank=figure.rank_low, **figures)
    else:
        sure = t("rank.explain.sure", low=figure.rank_low, high=figure.rank_high, **figures)
    lines = [sure]
    if figure.margin is None or figure.line is None:
        why = t("rank.explain.not_preselected" if not entry.preselected else "rank.explain.quotas")
        lines.append(t("rank.explain.line_none", why=why))
    elif entry.pending:
        lines.append(t("rank.explain.line_pending"))
    elif entry.labelled:
        lines.append(
            t(
                "rank.explain.line_keeps",
                line=score_text(figure.line),
                margin=number(figure.margin, 2),
            )
        )
    else:
        lines.append(
            t(
                "rank.explain.line_needs",
                line=score_text(figure.line),
                margin=number(-figure.margin, 2),
            )
        )
    samples = uncertainty.weight_samples
    held = round(figure.weight_stability * samples)
    change = "\u00b1" + percent_text(100 * uncertainty.weight_change)
    if figure.weight_sensitive:
        lines.append(
            t(
                "rank.explain.weights_change",
                change=change,
                changed=samples - held,
                samples=samples,
            )
        )
    else:
        lines.append(t("rank.explain.weights_hold", change=change, samples=samples))
    return lines
