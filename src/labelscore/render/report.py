"""`labelscore report`: the jury's deliberation as one self-contained HTML page, in French.

The page needs nothing but itself: its CSS and charts are inline, it loads nothing (a
Content-Security-Policy forbids any load), it runs no script. It prints on A4, one
category per page.

Safety: the page is built by Jinja2 with autoescaping on, from plain values made here
(texts and numbers, never markup). Every text from the edition's files is escaped where
it is printed, and shown visibly when it holds an invisible control or format character
(the templates' `finalize` does it for every value printed, so no template can forget);
charts are drawn from numbers only, their text escaped like the rest.

Imported only by the `report` command: Jinja2 is not part of any other command's start-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from labelscore import __version__
from labelscore.engine.jury import SHARED_FOR_FLAG
from labelscore.engine.result import (
    EDITION_SCOPE,
    JURY_VOTE,
    LOTS,
    QUOTA,
    UNSETTLED,
    VOTE_PENDING,
    CategoryResult,
    Certainty,
    Conflict,
    Entry,
    JurorReport,
    Outcome,
    Result,
    Tie,
    Zone,
)
from labelscore.i18n import speaking
from labelscore.i18n.reasons import conflict_words, kind_words
from labelscore.i18n.typography import enumeration
from labelscore.models.base import FORMAT_CHARACTERS
from labelscore.models.choices import Aggregate, Normalize
from labelscore.models.rules import PreselectionCriterion, Rules

if TYPE_CHECKING:
    from labelscore.engine.progress import MarkingProgress
    from labelscore.models.edition import Edition

NBSP = "\u00a0"
"""The no-break space French puts before a colon and inside « »."""
NNBSP = "\u202f"
"""The narrow no-break space French puts before ; ! ? and %, and between digit groups."""
MINUS = "\u2212"

_INVISIBLE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{FORMAT_CHARACTERS}]")


def visible(value: str) -> str:
    """A text with every control or invisible format character (bidi overrides among them)
    written out as `[U+202E]`: it can neither hide text nor reorder what follows it."""
    return _INVISIBLE.sub(lambda found: f"[U+{ord(found.group()):04X}]", value)


def _finalize(value: object) -> object:
    """What the templates print: texts made visible (then escaped by the autoescaping)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return visible(value)
    return value


# --- French numbers -------------------------------------------------------------------


def nombre(value: float, decimals: int = 2) -> str:
    """89,04; 1 000 (a narrow no-break space between groups, from four digits, as the
    rest of the tool writes French numbers); −3,08 (a real minus sign, never on zero)."""
    whole, _, fraction = f"{abs(value):.{decimals}f}".partition(".")
    if len(whole) > 3:
        whole = f"{int(whole):,}".replace(",", NNBSP)
    text = f"{whole},{fraction}" if fraction else whole
    negative = value < 0 and any(char not in "0," for char in text)
    return f"{MINUS}{text}" if negative else text


def entier(value: int) -> str:
    return nombre(value, 0)


def pourcent(p_label: float, zone: Zone) -> str:
    """P(label) as a whole percentage, never rounded across a zone's bound (89.6 % is a
    close call: 89 %, not 90 %)."""
    value = round(100 * p_label)
    if zone is Zone.CLOSE_CALL:
        value = min(89, max(11, value))
    return f"{value}{NNBSP}%"


def _coordinate(value: float) -> str:
    """A chart coordinate, the same text on every platform."""
    return f"{value:.1f}"


def _alpha(value: float | None) -> str:
    return "–" if value is None else nombre(value, 3)


# --- French words -----------------------------------------------------------------------

ZONE_WORDS = {Zone.SURE: "sûr", Zone.CLOSE_CALL: "serré", Zone.OUT: "improbable"}
ZONE_CLASSES = {Zone.SURE: "sur", Zone.CLOSE_CALL: "serre", Zone.OUT: "hors"}
_RULE_WORDS = {
    "realised": "projet réalisé d'abord",
    "median": "médiane des jurés",
    "top_criterion": "note au critère le plus lourd",
    "jurors": "nombre de jurés",
    JURY_VOTE: "vote du jury",
    LOTS: "tirage au sort",
    QUOTA: "quotas",
    VOTE_PENDING: "vote du jury attendu",
    UNSETTLED: "rien (égalité sur chaque règle)",
}
_RULE_SENTENCES = {
    "realised": "les projets réalisés d'abord",
    "median": "la médiane des notes des jurés la plus haute",
    "top_criterion": "la meilleure note au critère le plus lourd de la catégorie",
    "jurors": "le plus grand nombre de jurés",
}
_AGGREGATES = {
    Aggregate.MEAN: "la moyenne",
    Aggregate.MEDIAN: "la médiane",
    Aggregate.TRIMMED: "la moyenne tronquée (sans la plus haute ni la plus basse, dès 5 jurés)",
}
_STATUS = {"planned": "prévu", "in progress": "en cours", "realised": "réalisé"}
_INDICATORS = {
    "audience": "public touché",
    "usage": "usage",
    "resources": "ressources",
    "other": "autre",
}
_FIELDS = {
    "transferability": "transférabilité",
    "website": "site web",
    "partners": "partenaires",
    "indicators": "indicateurs",
}


def rule_words(rule: str) -> str:
    return _RULE_WORDS.get(rule, rule)


def conflict_words_fr(conflict: Conflict) -> tuple[str, str]:
    """The conflict's kind and reason, in French (the report's one language), as the other
    outputs say them in French."""
    with speaking("fr"):
        return kind_words(conflict.kind), conflict_words(conflict.reason)


def _quoted(text: str) -> str:
    return f"«{NNBSP}{text}{NNBSP}»"


def _et(items: list[str]) -> str:
    """« a, b et c »: a list inside a French sentence."""
    with speaking("fr"):
        return enumeration(items)


def _plural(count: int, one: str, many: str) -> str:
    return f"{entier(count)} {one if count < 2 else many}"


# --- what the templates show ------------------------------------------------------------


@dataclass(frozen=True)
class Dot:
    x: str
    y: str


@dataclass(frozen=True)
class MarksChart:
    """The juror scores of one entry on a 0-100 axis, its score, its label line."""

    dots: tuple[Dot, ...]
    score_x: str
    line_x: str | None
    description: str


@dataclass(frozen=True)
class Certain:
    percent: str
    width: str
    zone: str
    """CSS class: sur, serre, hors."""
    zone_word: str
    expected_rank: str
    interval: str


@dataclass(frozen=True)
class Row:
    ident: str
    rank: str
    title: str
    territory: str
    score: str
    jurors: str
    chart: MarksChart
    certain: Certain | None
    decision: str
    decision_class: str
    """label, attente or non."""
    notes: tuple[str, ...]
    close_call: bool


@dataclass(frozen=True)
class Group:
    """Rows of one side of the label line."""

    rows: tuple[Row, ...]
    line_after: bool


@dataclass(frozen=True)
class Unranked:
    ident: str
    title: str
    territory: str
    counted: int
    missing: int
    excluded: str
    awaited: str = ""
    """The assigned jurors whose marks are not in yet (jury/assignments.yaml), by name."""


@dataclass(frozen=True)
class ConflictLine:
    juror: str
    application: str
    title: str
    kind: str
    reason: str


@dataclass(frozen=True)
class CategoryView:
    ident: str
    title: str
    counts: str
    agreement: str
    criteria: str
    spread: str | None
    groups: tuple[Group, ...]
    labels: int
    pending: int
    unranked: tuple[Unranked, ...]
    ties: tuple[str, ...]
    conflicts: tuple[ConflictLine, ...]


@dataclass(frozen=True)
class SummaryRow:
    ident: str
    title: str
    applications: str
    preselected: str
    labels: str
    close_calls: str
    alpha_raw: str
    alpha_normalised: str


@dataclass(frozen=True)
class AgendaRow:
    ident: str
    title: str
    territory: str
    score: str
    percent: str
    width: str
    zone: str
    decision: str
    decision_class: str
    margin: str


@dataclass(frozen=True)
class AgendaGroup:
    ident: str
    title: str
    rows: tuple[AgendaRow, ...]


@dataclass(frozen=True)
class Laureate:
    title: str
    territory: str


@dataclass(frozen=True)
class PalmaresCategory:
    title: str
    laureates: tuple[Laureate, ...]
    pending: tuple[Laureate, ...]


@dataclass(frozen=True)
class JurorRow:
    name: str
    organisation: str
    categories: str
    scored: str
    mean: str
    spread: str
    leniency: str
    bar_x: str
    bar_width: str
    bar_class: str
    correlation: str
    conflicts: str
    missing_marks: str
    flag: str


@dataclass(frozen=True)
class AgreementRow:
    scope: str
    raw: str
    normalised: str
    reading: str


@dataclass(frozen=True)
class Unfinished:
    name: str
    assigned: str
    marked: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    title: str
    provisional: tuple[str, ...]
    """Why the result is provisional; empty when it is final."""
    figures: tuple[tuple[str, str], ...]
    zones: str | None
    summary: tuple[SummaryRow, ...]
    agenda: tuple[AgendaGroup, ...]
    rules: tuple[tuple[str, tuple[str, ...]], ...]
    """(paragraph, its list items)."""
    categories: tuple[CategoryView, ...]
    line_ties: tuple[str, ...]
    palmares: tuple[PalmaresCategory, ...]
    pending_labels: int
    jurors: tuple[JurorRow, ...]
    leniency_flag: str
    flag_x: tuple[str, str]
    agreement: tuple[AgreementRow, ...]
    unfinished: tuple[Unfinished, ...] | None
    """None when the edition has no assignment to tell it."""
    marking: str
    digest: str
    version: str
    certainty: bool


# --- building the view --------------------------------------------------------------------

CHART_LEFT = 10.0
CHART_SCALE = 2.0
"""Marks chart: x = CHART_LEFT + CHART_SCALE * score (0-100 on 10..210)."""
LENIENCY_HALF = 60.0
"""Leniency bars: half the chart's width, for the largest gap."""


def _x(score: float) -> str:
    return _coordinate(CHART_LEFT + CHART_SCALE * min(100.0, max(0.0, score)))


def _in_use(entry: Entry, result: Result) -> list[tuple[str, float]]:
    normalised = result.normalize is Normalize.ZSCORE
    return [(s.juror, (s.normalised or 0.0) if normalised else s.raw) for s in entry.juror_scores]


def _chart(entry: Entry, result: Result, figure: Certainty | None) -> MarksChart:
    scores = _in_use(entry, result)
    dots = []
    seen: dict[str, int] = {}
    for _, value in sorted(scores, key=lambda pair: pair[1]):
        x = _x(value)
        # Equal scores stack upwards, so that every juror stays visible.
        level = seen.get(x, 0)
        seen[x] = level + 1
        dots.append(Dot(x, _coordinate(16.0 - 5.0 * (level % 3))))
    values = f"{NNBSP}; ".join(nombre(v) for _, v in scores) or "aucune"
    line = figure.line if figure is not None else None
    description = f"Notes des jurés{NBSP}: {values}."
    if entry.score is not None:
        description += f" Score{NBSP}: {nombre(entry.score)}."
    if line is not None:
        description += f" Ligne du label{NBSP}: {nombre(line)}."
    return MarksChart(
        tuple(dots),
        _x(entry.score) if entry.score is not None else _x(0),
        _x(line) if line is not None else None,
        description,
    )


def _certain(figure: Certainty | None) -> Certain | None:
    if figure is None:
        return None
    return Certain(
        pourcent(figure.p_label, figure.zone),
        _coordinate(100 * figure.p_label),
        ZONE_CLASSES[figure.zone],
        ZONE_WORDS[figure.zone],
        nombre(figure.expected_rank, 1),
        f"{figure.rank_low}–{figure.rank_high}",
    )


def _tied_with(entry: Entry, result: Result) -> str:
    """The entries tied with it at the label line: title (territory), by rank."""
    tie = next((t for t in result.ties if t.at_label_line and entry.id in t.applications), None)
    if tie is None:
        return ""
    others = {ident for ident in tie.applications if ident != entry.id}
    return _et(
        [
            f"{e.application.title} ({e.application.territory.name})"
            for e in result.entries
            if e.id in others
        ]
    )


def decision(entry: Entry, result: Result) -> tuple[str, str | None]:
    """What became of the entry in a few words, and the tie behind it, if any."""
    decided = rule_words(entry.label_tie) if entry.label_tie else ""
    tied = f"Ex æquo à la ligne avec {_tied_with(entry, result)}"
    match entry.outcome:
        case Outcome.LABELLED if entry.label_tie is not None:
            return "Labellisé", f"{tied}, départagé par{NBSP}: {decided}"
        case Outcome.LABELLED:
            return "Labellisé", None
        case Outcome.TIE_PENDING:
            return "Vote du jury attendu", tied
        case Outcome.NEEDS_MORE_SCORES:
            return "Non classé", None
        case Outcome.NOT_PRESELECTED:
            return "Non présélectionné", None
        case Outcome.BELOW_MINIMUM:
            return f"Sous le score minimal ({nombre(result.minimum_score, 0)})", None
        case Outcome.TIE_LOST:
            return "Ex æquo perdu", f"{tied}, départagé par{NBSP}: {decided}"
        case Outcome.CATEGORY_FULL:
            return "Catégorie complète", tied if entry.label_tie else None
    return "Plus de label disponible", tied if entry.label_tie else None


def _notes(entry: Entry, result: Result, figure: Certainty | None, draws: int) -> list[str]:
    _, tie = decision(entry, result)
    notes = [tie] if tie else []
    if figure is not None and figure.zone is Zone.CLOSE_CALL and figure.margin is not None:
        line = nombre(figure.line or 0.0)
        if entry.labelled:
            notes.append(f"Marge{NBSP}: {nombre(figure.margin)}{NNBSP}pt (ligne à {line})")
        elif not entry.pending:
            notes.append(f"Manque{NBSP}: {nombre(-figure.margin)}{NNBSP}pt (ligne à {line})")
    if entry.label_differs:
        other = "brutes" if result.normalize is Normalize.ZSCORE else "normalisées (z)"
        verdict = "Non labellisé" if entry.labelled else "Labellisé"
        notes.append(f"{verdict} avec les notes {other}")
    if entry.discuss and entry.spread is not None:
        notes.append(f"À discuter{NBSP}: jurés à {nombre(entry.spread, 0)} points d'écart")
    if entry.label_tie is None and entry.tie_rule == UNSETTLED:
        notes.append("Ex æquo avec le précédent, égal sur chaque règle (aucun label en jeu)")
    elif entry.label_tie is None and entry.tie_rule is not None:
        notes.append(
            f"Ex æquo avec le précédent, départagé par{NBSP}: {rule_words(entry.tie_rule)}"
        )
    if entry.excluded:
        known = {r.juror: r.name for r in result.jurors}
        names = _et([known.get(c.juror, c.juror) for c in entry.excluded])
        notes.append(f"Conflit{NBSP}: notes de {names} écartées")
    if figure is not None and figure.weight_sensitive:
        changed = round((1 - figure.weight_stability) * draws)
        notes.append(
            f"Poids ±20{NNBSP}%{NBSP}: décision changée {entier(changed)} fois sur {entier(draws)}"
        )
    return notes


def _row(entry: Entry, result: Result) -> Row:
    uncertainty = result.uncertainty
    figure = uncertainty.of(entry.id) if uncertainty is not None else None
    samples = uncertainty.weight_samples if uncertainty is not None else 0
    return Row(
        ident=entry.id,
        rank=str(entry.rank),
        title=entry.application.title,
        territory=entry.application.territory.name,
        score=nombre(entry.score) if entry.score is not None else "–",
        jurors=str(len(entry.juror_scores)),
        chart=_chart(entry, result, figure),
        certain=_certain(figure),
        decision=decision(entry, result)[0],
        decision_class="label" if entry.labelled else "attente" if entry.pending else "non",
        notes=tuple(_notes(entry, result, figure, samples)),
        close_call=figure is not None and figure.zone is Zone.CLOSE_CALL,
    )


def _groups(rows: Sequence[Row], entries: Sequence[Entry]) -> tuple[Group, ...]:
    """The rows above the label line (down to the last entry labelled or waiting for a
    vote), then the others."""
    last = max(
        (index for index, entry in enumerate(entries) if entry.labelled or entry.pending),
        default=-1,
    )
    if last < 0:
        return (Group(tuple(rows), False),)
    groups = [Group(tuple(rows[: last + 1]), True)]
    if rows[last + 1 :]:
        groups.append(Group(tuple(rows[last + 1 :]), False))
    return tuple(groups)


def tie_line(tie: Tie, titles: dict[str, str], result: Result) -> str:
    members = set(tie.applications)
    names = ", ".join(
        f"{e.application.title} ({e.application.territory.name})"
        for e in result.entries
        if e.id in members
    )
    where = ", ".join(titles.get(c, c) for c in tie.categories)
    if tie.at_label_line:
        how = "décidé par" + NBSP + ": " + ", ".join(rule_words(d) for d in tie.decided_by)
        lead = "À la ligne du label"
    else:
        how = (
            "départagés par"
            + NBSP
            + ": "
            + ", ".join(sorted({rule_words(s) for s in tie.settled_by}))
        )
        lead = "Ex æquo"
    return f"{lead}, {nombre(tie.score)} ({where}){NBSP}: {names} — {how}"


def _category(group: CategoryResult, result: Result, titles: dict[str, str]) -> CategoryView:
    entries = group.ranked
    rows = [_row(entry, result) for entry in entries]
    preselected = sum(e.preselected for e in group.entries)
    known = {r.juror: r.name for r in result.jurors}
    agreement = {a.scope: a for a in result.agreement}.get(group.category.id)
    spread = None
    if result.uncertainty is not None:
        found = next(
            (s for s in result.uncertainty.spreads if s.category == group.category.id), None
        )
        if found is not None:
            where = "de la catégorie" if found.pooled_over == "category" else "de toute l'édition"
            spread = f"Écart type des notes d'un juré{NBSP}: {nombre(found.sd, 1)} points ({where})"
    criteria = f"{NNBSP}; ".join(
        f"{criterion.title} ×{_weight(criterion.weight)}" for criterion in group.category.criteria
    )
    ids = {e.id for e in group.entries}
    names = {r.juror: r.name for r in result.jurors}
    return CategoryView(
        ident=group.category.id,
        title=group.category.title,
        counts=(
            f"{_plural(len(group.entries), 'candidature', 'candidatures')}, "
            f"{entier(preselected)} présélectionnée{'s' if preselected > 1 else ''}, "
            f"{_plural(group.labels, 'label', 'labels')}"
        ),
        agreement=(
            f"Accord des jurés (α){NBSP}: {_alpha(agreement.raw)} sur les notes brutes, "
            f"{_alpha(agreement.normalised)} normalisées"
            if agreement is not None
            else ""
        ),
        criteria=criteria,
        spread=spread,
        groups=_groups(rows, entries),
        labels=group.labels,
        pending=sum(e.pending for e in group.entries),
        unranked=tuple(
            Unranked(
                entry.id,
                entry.application.title,
                entry.application.territory.name,
                len(entry.juror_scores),
                entry.jurors_missing,
                ", ".join(c.juror for c in entry.excluded),
                _et([known.get(j, j) for j in entry.awaited]),
            )
            for entry in group.unranked
        ),
        ties=tuple(
            tie_line(tie, titles, result)
            for tie in result.ties
            if group.category.id in tie.categories
        ),
        conflicts=tuple(
            ConflictLine(
                names.get(c.juror, c.juror),
                c.application,
                next(e.application.title for e in group.entries if e.id == c.application),
                *conflict_words_fr(c),
            )
            for c in result.conflicts
            if c.application in ids
        ),
    )


def _weight(weight: float) -> str:
    return nombre(weight, 0) if float(weight).is_integer() else nombre(weight).rstrip("0")


def _question(question: PreselectionCriterion) -> str:
    if question.status is not None:
        words = ", ".join(_STATUS.get(s.value, s.value) for s in question.status)
        how = f"oui si le projet est{NBSP}: {words}"
    elif question.indicator_kinds is not None:
        words = ", ".join(_INDICATORS.get(k.value, k.value) for k in question.indicator_kinds)
        how = f"oui si le dossier donne un indicateur de type{NBSP}: {words}"
    else:
        field = question.filled or ""
        how = f"oui si la rubrique {_quoted(_FIELDS.get(field, field))} est remplie"
    return f"{question.question} ({how})"


def rules_in_words(rules: Rules, result: Result) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The edition's rules as a jury reads them: paragraphs and their lists."""
    awards = rules.awards
    scoring = rules.scoring
    parts: list[tuple[str, tuple[str, ...]]] = []
    questions = awards.preselection.criteria
    if questions:
        parts.append(
            (
                f"Tour 1, présélection{NBSP}: une candidature passe au tour 2 si elle répond oui "
                f"à au moins {awards.preselection.at_least} des {len(questions)} questions "
                f"suivantes{NBSP}:",
                tuple(_question(q) for q in questions),
            )
        )
    else:
        parts.append(
            (f"Tour 1, présélection{NBSP}: aucune question, toutes passent au tour 2.", ())
        )
    normalise = (
        "après normalisation (chaque juré ramené à la même moyenne et au même écart type "
        "dans la catégorie, ce qui efface les jurés sévères ou indulgents)"
        if result.normalize is Normalize.ZSCORE
        else "sans normalisation (les notes telles que données)"
    )
    parts.append(
        (
            f"Tour 2, notes{NBSP}: chaque juré note chaque critère{NNBSP}; sa note pondérée est "
            f"ramenée sur 100. Le score d'une candidature est {_AGGREGATES[result.aggregate]} "
            f"des notes de ses jurés, {normalise}. Il lui faut au moins "
            f"{_plural(scoring.minimum_jurors, 'juré', 'jurés')} sans conflit d'intérêts pour "
            "être classée{0}; les notes d'un juré en conflit ne comptent pas.".format(NNBSP),
            (),
        )
    )
    quota = awards.per_category
    bounds = []
    if quota.min:
        bounds.append(f"au moins {entier(quota.min)}")
    if quota.max is not None:
        bounds.append(f"au plus {entier(quota.max)}")
    per_category = f"{NNBSP}; chaque catégorie en reçoit {' et '.join(bounds)}" if bounds else ""
    minimum = (
        f"{NNBSP}; aucun label sous le score de {nombre(awards.minimum_score, 0)} sur 100"
        if awards.minimum_score
        else ""
    )
    parts.append(
        (
            f"Labels{NBSP}: {entier(awards.labels)} au total{per_category}{minimum}. Ils vont "
            "aux meilleurs scores présélectionnés, catégorie par catégorie dans la limite des "
            "quotas.",
            (),
        )
    )
    order = [_RULE_SENTENCES.get(rule.value, rule.value) for rule in awards.tie_break]
    vote = (
        f"le vote du jury (awards.jury_order{NBSP}: {', '.join(awards.jury_order)})"
        if awards.jury_order
        else "le vote du jury, à inscrire dans labelscore.yaml (awards.jury_order)"
    )
    lots = (
        (
            f"le tirage au sort, graine {rules.seed} (awards.draw_lots{NBSP}: le lot d'une "
            f"candidature est le début du SHA-256 de «{NBSP}{rules.seed}:lots:<id>{NBSP}», "
            "le plus petit passe devant)",
        )
        if awards.draw_lots
        else ()
    )
    parts.append(
        (
            f"Ex æquo{NBSP}: à score égal (arrondi à 4 décimales), les règles suivantes "
            f"départagent, dans l'ordre{NBSP}:",
            (*order, vote, *lots),
        )
    )
    flags = []
    if scoring.discuss_spread is not None:
        flags.append(
            f"une candidature dont les jurés sont à plus de {nombre(scoring.discuss_spread, 0)} "
            f"points d'écart est signalée {_quoted('à discuter')}"
        )
    flags.append(
        f"un juré est signalé sévère ou indulgent s'il note en moyenne à plus de "
        f"{nombre(scoring.leniency_flag, 0)} points des autres jurés sur les mêmes dossiers, "
        f"dès {SHARED_FOR_FLAG} dossiers communs"
    )
    parts.append((f"Signalements{NBSP}:", tuple(flags)))
    uncertainty = result.uncertainty
    if uncertainty is not None:
        error = nombre(100 * uncertainty.monte_carlo_error, 1)
        parts.append(
            (
                f"Degré de certitude{NBSP}: {entier(uncertainty.draws)} tirages du bruit de "
                f"notation (graine {uncertainty.seed}) rejouent toute la règle d'attribution "
                "(présélection, score minimal, quotas, ex æquo). P(label) est la part des "
                "tirages où la candidature est labellisée (erreur de tirage au plus "
                f"±{error}{NNBSP}point)"
                f"{NNBSP}; le rang attendu et l'intervalle à 90{NNBSP}% viennent des mêmes "
                f"tirages. Ces chiffres éclairent le vote, ils ne changent pas qui est "
                f"labellisé{NBSP}:",
                (
                    f"sûr{NBSP}: P(label) ≥ 90{NNBSP}%",
                    f"serré{NBSP}: entre 10{NNBSP}% et 90{NNBSP}%, l'ordre du jour du jury",
                    f"improbable{NBSP}: P(label) ≤ 10{NNBSP}%",
                    f"sensibilité aux poids{NBSP}: chaque poids de critère varie de "
                    f"±{round(100 * uncertainty.weight_change)}{NNBSP}% tous ensemble "
                    f"({uncertainty.weight_samples} essais){NNBSP}; une décision qui change "
                    "est signalée",
                ),
            )
        )
    return tuple(parts)


def _summary(result: Result) -> tuple[SummaryRow, ...]:
    agreement = {a.scope: a for a in result.agreement}
    uncertainty = result.uncertainty
    rows = []
    for group in result.categories:
        alpha = agreement.get(group.category.id)
        close = (
            sum(
                1
                for e in group.ranked
                if (f := uncertainty.of(e.id)) is not None and f.zone is Zone.CLOSE_CALL
            )
            if uncertainty is not None
            else 0
        )
        rows.append(
            SummaryRow(
                group.category.id,
                group.category.title,
                entier(len(group.entries)),
                entier(sum(e.preselected for e in group.entries)),
                entier(group.labels),
                entier(close) if uncertainty is not None else "–",
                _alpha(alpha.raw if alpha else None),
                _alpha(alpha.normalised if alpha else None),
            )
        )
    return tuple(rows)


def _short(entry: Entry) -> str:
    if entry.labelled:
        return "Labellisé"
    return "Vote du jury attendu" if entry.pending else "Sans label"


def _agenda(result: Result) -> tuple[AgendaGroup, ...]:
    """The close calls, category by category, best score first."""
    uncertainty = result.uncertainty
    if uncertainty is None:
        return ()
    groups = []
    for group in result.categories:
        rows = []
        for entry in group.ranked:
            figure = uncertainty.of(entry.id)
            if figure is None or figure.zone is not Zone.CLOSE_CALL:
                continue
            margin = "à égalité" if entry.pending else "–"
            if figure.margin is not None and not entry.pending:
                sign = "+" if figure.margin > 0 else ""
                margin = f"{sign}{nombre(figure.margin)}{NNBSP}pt"
            rows.append(
                AgendaRow(
                    entry.id,
                    entry.application.title,
                    entry.application.territory.name,
                    nombre(entry.score or 0.0),
                    pourcent(figure.p_label, figure.zone),
                    _coordinate(100 * figure.p_label),
                    ZONE_CLASSES[figure.zone],
                    _short(entry),
                    "label" if entry.labelled else "attente" if entry.pending else "non",
                    margin,
                )
            )
        if rows:
            groups.append(AgendaGroup(group.category.id, group.category.title, tuple(rows)))
    return tuple(groups)


def _zones(result: Result) -> str | None:
    uncertainty = result.uncertainty
    if uncertainty is None:
        return None
    labelled = {e.id for e in result.entries if e.labelled}
    counts: dict[tuple[Zone, bool], int] = {}
    for figure in uncertainty.figures:
        key = (figure.zone, figure.application in labelled)
        counts[key] = counts.get(key, 0) + 1
    sure = counts.get((Zone.SURE, True), 0)
    close = counts.get((Zone.CLOSE_CALL, True), 0)
    out = counts.get((Zone.OUT, True), 0)
    near = counts.get((Zone.CLOSE_CALL, False), 0)
    text = (
        f"Labels{NBSP}: {entier(sure)} sûr{'s' if sure > 1 else ''}, {entier(close)} "
        f"serré{'s' if close > 1 else ''}"
    )
    if out:
        text += f", {entier(out)} improbable{'s' if out > 1 else ''}"
    return (
        f"{text}. Sans label{NBSP}: {entier(near)} serré{'s' if near > 1 else ''}. Les "
        f"décisions serrées sont l'ordre du jour du jury."
    )


def _palmares(result: Result) -> tuple[PalmaresCategory, ...]:
    return tuple(
        PalmaresCategory(
            group.category.title,
            tuple(
                Laureate(e.application.title, e.application.territory.name)
                for e in group.entries
                if e.labelled
            ),
            tuple(
                Laureate(e.application.title, e.application.territory.name)
                for e in group.entries
                if e.pending
            ),
        )
        for group in result.categories
    )


def _jurors(reports: Sequence[JurorReport], threshold: float) -> tuple[tuple[JurorRow, ...], float]:
    largest = max([threshold, *(abs(r.leniency) for r in reports if r.leniency is not None)]) or 1.0
    centre = LENIENCY_HALF + 2.0
    rows = []
    for report in reports:
        value = report.leniency
        width = 0.0 if value is None else abs(value) / largest * LENIENCY_HALF
        start = centre - width if value is not None and value < 0 else centre
        flag = {"harsh": "sévère", "lenient": "indulgent"}.get(report.flag or "", "")
        rows.append(
            JurorRow(
                report.name,
                report.organisation,
                ", ".join(report.categories),
                entier(report.scored),
                "–" if report.mean is None else nombre(report.mean, 1),
                "–" if report.spread is None else nombre(report.spread, 1),
                "–" if value is None else ("+" if value > 0 else "") + nombre(value, 1),
                _coordinate(start),
                _coordinate(width),
                "severe" if value is not None and value < 0 else "indulgent",
                "–" if report.correlation is None else nombre(report.correlation, 2),
                entier(report.conflicts),
                entier(report.missing_marks),
                flag,
            )
        )
    return tuple(rows), largest


def _reading(alpha: float | None) -> str:
    """Krippendorff's own thresholds."""
    if alpha is None:
        return "–"
    if alpha >= 0.8:
        return "accord fort"
    if alpha >= 0.667:
        return "accord acceptable"
    return "accord faible"


def _agreement(result: Result) -> tuple[AgreementRow, ...]:
    titles = {c.category.id: c.category.title for c in result.categories}
    return tuple(
        AgreementRow(
            titles.get(a.scope, "Toute l'édition")
            if a.scope != EDITION_SCOPE
            else "Toute l'édition",
            _alpha(a.raw),
            _alpha(a.normalised),
            _reading(a.normalised if result.normalize is Normalize.ZSCORE else a.raw),
        )
        for a in result.agreement
    )


def _unfinished(
    progress: MarkingProgress | None, titles: dict[str, str]
) -> tuple[Unfinished, ...] | None:
    if progress is None:
        return None
    return tuple(
        Unfinished(
            juror.name,
            entier(juror.assigned),
            entier(juror.marked),
            tuple(f"{titles.get(a, a)} ({a})" for a in juror.missing),
        )
        for juror in progress.jurors
        if juror.missing
    )


def _provisional(result: Result) -> tuple[str, ...]:
    reasons = []
    if result.missing_marks:
        reasons.append(
            f"{_plural(result.missing_marks, 'note attendue', 'notes attendues')} "
            f"{'manque' if result.missing_marks < 2 else 'manquent'} encore "
            f"(voir {_quoted('Qui n’a pas fini')})."
        )
    if result.pending_labels:
        reasons.append(
            f"{_plural(result.pending_labels, 'label attend', 'labels attendent')} un vote du "
            "jury pour départager des ex æquo à la ligne (awards.jury_order)."
        )
    return tuple(reasons)


def build(edition: Edition, result: Result, progress: MarkingProgress | None) -> Report:
    """What the page shows, as plain texts and numbers."""
    rules = edition.rules
    titles = {c.category.id: c.category.title for c in result.categories}
    application_titles = {e.id: e.application.title for e in result.entries}
    jurors, largest = _jurors(result.jurors, result.leniency_flag)
    flag = result.leniency_flag / largest * LENIENCY_HALF
    figures = (
        ("candidatures", entier(len(result.entries))),
        ("présélectionnées", entier(result.preselected)),
        (
            "labels attribués",
            f"{entier(result.labels_awarded)} sur {entier(result.labels_available)}",
        ),
    )
    return Report(
        title=f"{result.name} {result.year}",
        provisional=_provisional(result),
        figures=figures,
        zones=_zones(result),
        summary=_summary(result),
        agenda=_agenda(result),
        rules=rules_in_words(rules, result),
        categories=tuple(_category(g, result, titles) for g in result.categories),
        line_ties=tuple(tie_line(t, titles, result) for t in result.ties if t.at_label_line),
        palmares=_palmares(result),
        pending_labels=result.pending_labels,
        jurors=jurors,
        leniency_flag=nombre(result.leniency_flag, 0),
        flag_x=(
            _coordinate(LENIENCY_HALF + 2.0 - flag),
            _coordinate(LENIENCY_HALF + 2.0 + flag),
        ),
        agreement=_agreement(result),
        unfinished=_unfinished(progress, application_titles),
        marking=(
            f"{_AGGREGATES[result.aggregate].capitalize()} des notes des jurés, "
            + ("normalisées (z)" if result.normalize is Normalize.ZSCORE else "sans normalisation")
        ),
        digest=result.digest,
        version=__version__,
        certainty=result.uncertainty is not None,
    )


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("labelscore.render", "templates"),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def report_html(edition: Edition, result: Result) -> str:
    """The whole page: the same edition gives the same text, to the byte. Who has not
    finished marking comes from the edition's assignment, when it has one."""
    progress = None
    if edition.assignment is not None:
        from labelscore.engine.progress import marking_progress

        progress = marking_progress(edition)
    template = _environment().get_template("report.html.j2")
    return template.render(report=build(edition, result, progress))
