"""Scores per application, order within each category, ties, labels and agreement."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from labelscore.engine.aggregate import aggregate
from labelscore.engine.agreement import krippendorff_alpha_interval
from labelscore.engine.awards import Allocation, Candidate, Closed, allocate
from labelscore.engine.digest import edition_digest
from labelscore.engine.jury import jury_report
from labelscore.engine.lots import drawn, lot
from labelscore.engine.normalize import zscore
from labelscore.engine.preselection import is_preselected, preselection_answers
from labelscore.engine.progress import marking_progress
from labelscore.engine.result import (
    EDITION_SCOPE,
    JURY_VOTE,
    LOTS,
    Agreement,
    CategoryResult,
    CentringReason,
    Conflict,
    DrawnLots,
    Entry,
    JurorMarks,
    JurorScore,
    Outcome,
    Result,
    Tie,
)
from labelscore.engine.scoring import comparable, juror_score, top_criterion_score
from labelscore.engine.ties import (
    equal_scores,
    label_line_ties,
    settled_by,
    tied_on_every_rule,
)
from labelscore.models.application import Application, Status
from labelscore.models.choices import Aggregate, Normalize
from labelscore.models.criteria import Category
from labelscore.models.edition import Edition
from labelscore.models.rules import Rules, TieBreak

Marks = Mapping[str, float]
Chain = tuple[tuple[str, object], ...]


class _Scored(NamedTuple):
    """Everything computed per application before the awards."""

    juror_scores: dict[str, tuple[JurorScore, ...]]
    raw: dict[str, float | None]
    normalised: dict[str, float | None]
    marks: dict[str, dict[str, Marks]]
    centred_only: tuple[tuple[str, str, CentringReason], ...]


class _Sheets(NamedTuple):
    marks: dict[str, dict[str, Marks]]
    """application id -> juror id -> marks."""
    comments: dict[tuple[str, str], str]
    """(juror id, application id) -> the juror's comment."""


def _collect_marks(edition: Edition) -> _Sheets:
    marks: dict[str, dict[str, Marks]] = defaultdict(dict)
    comments: dict[tuple[str, str], str] = {}
    for sheet in edition.sheets:
        for score in sheet.scores:
            marks[score.application][sheet.juror] = score.marks
            if score.comment is not None:
                comments[(sheet.juror, score.application)] = score.comment
    return _Sheets(marks, comments)


def _score(
    edition: Edition,
    marks: dict[str, dict[str, Marks]],
    how: Aggregate,
    excluded: set[tuple[str, str]],
) -> _Scored:
    categories = {c.id: c for c in edition.categories}
    raw_scores: dict[str, list[JurorScore]] = {}
    rows: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for application in edition.applications:
        category = categories[application.category]
        given = marks.get(application.id, {})
        scores = []
        for juror in sorted(given):
            if (juror, application.id) in excluded:
                continue
            score = juror_score(juror, category, given[juror])
            if score is not None:
                scores.append(score)
                rows[application.category].append((juror, application.id, score.raw))
        raw_scores[application.id] = scores
    normalisation = zscore(rows)
    normalised = normalisation.values
    minimum = edition.rules.scoring.minimum_jurors
    juror_scores: dict[str, tuple[JurorScore, ...]] = {}
    raw: dict[str, float | None] = {}
    norm: dict[str, float | None] = {}
    for ident, scores in raw_scores.items():
        complete = tuple(
            JurorScore(s.juror, s.raw, normalised[(s.juror, ident)], s.missing) for s in scores
        )
        juror_scores[ident] = complete
        enough = len(complete) >= minimum
        raw[ident] = aggregate([s.raw for s in complete], how) if enough else None
        norm[ident] = aggregate([s.normalised or 0.0 for s in complete], how) if enough else None
    return _Scored(juror_scores, raw, norm, marks, normalisation.centred_only)


def _chain(
    rules: Rules,
    application: Application,
    category: Category,
    values: list[float],
    marks: list[Marks],
) -> Chain:
    chain: list[tuple[str, object]] = []
    for rule in rules.awards.tie_break:
        value: object
        if rule is TieBreak.REALISED:
            value = 0 if application.status is Status.REALISED else 1
        elif rule is TieBreak.MEDIAN:
            value = -comparable(statistics.median(values))
        elif rule is TieBreak.TOP_CRITERION:
            top = top_criterion_score(category, marks)
            value = (1, 0.0) if top is None else (0, -comparable(top))
        else:
            value = -len(values)
        chain.append((rule.value, value))
    order = rules.awards.jury_order
    chain.append(
        (JURY_VOTE, order.index(application.id) if application.id in order else len(order))
    )
    if rules.awards.draw_lots:
        chain.append((LOTS, lot(rules.seed, application.id)))
    return tuple(chain)


def tie_break_order(
    rules: Rules, category: Category, entry: Entry, normalised: bool
) -> tuple[object, ...]:
    """What the award rule compares between entries of equal score (smaller is better), the
    jury's vote last: the `order` of the entry's Candidate, rebuilt from the result."""
    used = {s.juror for s in entry.juror_scores}
    values = [(s.normalised or 0.0) if normalised else s.raw for s in entry.juror_scores]
    marks: list[Marks] = [dict(given.marks) for given in entry.marks if given.juror in used]
    chain = _chain(rules, entry.application, category, values, marks)
    return tuple(value for _, value in chain)


def _award(
    edition: Edition, scored: _Scored, scores: Mapping[str, float | None], normalised: bool
) -> tuple[Allocation, dict[str, Chain], tuple[Candidate, ...]]:
    rules = edition.rules
    categories = {c.id: c for c in edition.categories}
    chains: dict[str, Chain] = {}
    candidates = []
    for application in edition.applications:
        score = scores[application.id]
        if score is None:
            continue
        jurors = scored.juror_scores[application.id]
        values = [(s.normalised or 0.0) if normalised else s.raw for s in jurors]
        given = scored.marks[application.id]
        chain = _chain(
            rules,
            application,
            categories[application.category],
            values,
            [given[s.juror] for s in jurors],
        )
        chains[application.id] = chain
        answers = preselection_answers(rules.awards.preselection, application)
        if is_preselected(rules.awards.preselection, answers) and (
            comparable(score) >= rules.awards.minimum_score
        ):
            order = tuple(value for _, value in chain)
            candidates.append(
                Candidate(application.id, application.category, comparable(score), order)
            )
    allocation = allocate(candidates, rules.awards.labels, rules.awards.per_category)
    return allocation, chains, tuple(candidates)


def rank_edition(
    edition: Edition, *, aggregate: Aggregate | None = None, normalize: Normalize | None = None
) -> Result:
    """Rank every category and award the labels; options default to the edition's rules."""
    rules = edition.rules
    how = aggregate or rules.scoring.aggregate
    normalize = normalize or rules.scoring.normalize
    sheets = _collect_marks(edition)
    marks = sheets.marks
    conflicts = tuple(c for c in edition.conflicts if c.juror in marks.get(c.application, {}))
    scored = _score(edition, marks, how, {(c.juror, c.application) for c in conflicts})
    use_normalised = normalize is Normalize.ZSCORE
    in_use = scored.normalised if use_normalised else scored.raw
    other = scored.raw if use_normalised else scored.normalised
    allocation, chains, candidates = _award(edition, scored, in_use, use_normalised)
    compared, _, _ = _award(edition, scored, other, not use_normalised)
    line_ties, decided = label_line_ties(
        candidates, allocation, chains, [c.id for c in edition.categories]
    )
    missing = _missing_marks(edition)
    context = _Context(
        rules,
        scored,
        in_use,
        chains,
        allocation,
        compared.labelled,
        use_normalised,
        _by_application(conflicts),
        decided,
        sheets,
        _awaited(missing),
    )
    results = []
    at_the_line = {ident for tie in line_ties for ident in tie.applications}
    other_ties: list[Tie] = []
    members: dict[str, list[Application]] = defaultdict(list)
    for application in edition.applications:
        members[application.category].append(application)
    for category in edition.categories:
        entries = context.entries(category, members[category.id])
        results.append(CategoryResult(category, entries))
        other_ties += equal_scores(category.id, entries, chains, at_the_line)
    ranked_scores = {ident: score for ident, score in in_use.items() if score is not None}
    result = Result(
        name=rules.name,
        year=rules.year,
        aggregate=how,
        normalize=normalize,
        categories=tuple(results),
        ties=(*line_ties, *other_ties),
        conflicts=conflicts,
        centred_only=scored.centred_only,
        agreement=_agreement(edition, scored),
        labels_available=rules.awards.labels,
        minimum_score=rules.awards.minimum_score,
        preselection_questions=len(rules.awards.preselection.criteria),
        pending_labels=allocation.pending_labels,
        digest=edition_digest(edition),
        tied_on_every_rule=tied_on_every_rule(ranked_scores, chains),
        leniency_flag=rules.scoring.leniency_flag,
        missing_marks=None if missing is None else len(missing),
        drawn_lots=_drawn_lots(rules, line_ties),
    )
    return result._replace(jurors=jury_report(edition, result))


def _drawn_lots(rules: Rules, line_ties: Sequence[Tie]) -> DrawnLots | None:
    """The lots of the members of every tie at the label line that the lots decided."""
    if not rules.awards.draw_lots:
        return None
    members = {ident for tie in line_ties if LOTS in tie.decided_by for ident in tie.applications}
    lots = sorted((drawn(rules.seed, ident), ident) for ident in members)
    return DrawnLots(rules.seed, tuple((ident, value) for value, ident in lots))


def _missing_marks(edition: Edition) -> tuple[tuple[str, str], ...] | None:
    """The (juror, application) pairs assigned and not marked yet, by juror; None without
    an assignment."""
    if edition.assignment is None:
        return None
    return marking_progress(edition).missing


def _awaited(missing: tuple[tuple[str, str], ...] | None) -> dict[str, tuple[str, ...]]:
    """For each application, the assigned jurors whose marks are not in yet, by id."""
    awaited: dict[str, list[str]] = defaultdict(list)
    for juror, application in missing or ():
        awaited[application].append(juror)
    return {ident: tuple(sorted(jurors)) for ident, jurors in awaited.items()}


def _by_application(conflicts: tuple[Conflict, ...]) -> dict[str, tuple[Conflict, ...]]:
    grouped: dict[str, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        grouped[conflict.application].append(conflict)
    return {ident: tuple(found) for ident, found in grouped.items()}


class _Context(NamedTuple):
    rules: Rules
    scored: _Scored
    scores: Mapping[str, float | None]
    chains: Mapping[str, Chain]
    allocation: Allocation
    labelled_otherwise: frozenset[str]
    normalised: bool
    conflicts: Mapping[str, tuple[Conflict, ...]]
    decided: Mapping[str, str]
    sheets: _Sheets
    awaited: Mapping[str, tuple[str, ...]]

    def entries(self, category: Category, applications: list[Application]) -> tuple[Entry, ...]:
        ranked = sorted(
            (a for a in applications if a.id in self.chains),
            key=lambda a: (
                -comparable(self.scores[a.id] or 0.0),
                tuple(value for _, value in self.chains[a.id]),
                a.id,
            ),
        )
        unranked = sorted((a for a in applications if a.id not in self.chains), key=lambda a: a.id)
        entries = []
        rank = 0
        previous: Application | None = None
        for position, application in enumerate(ranked, start=1):
            tie_rule = None
            score = comparable(self.scores[application.id] or 0.0)
            if previous is not None and comparable(self.scores[previous.id] or 0.0) == score:
                tie_rule = settled_by(self.chains[previous.id], self.chains[application.id])
            else:
                rank = position
            entries.append(self.entry(category, application, rank, tie_rule))
            previous = application
        entries += [self.entry(category, application, None, None) for application in unranked]
        return tuple(entries)

    def entry(
        self, category: Category, application: Application, rank: int | None, tie_rule: str | None
    ) -> Entry:
        ident = application.id
        jurors = self.scored.juror_scores[ident]
        values = [(s.normalised or 0.0) if self.normalised else s.raw for s in jurors]
        spread = max(values) - min(values) if len(values) >= 2 else None
        threshold = self.rules.scoring.discuss_spread
        answers = preselection_answers(self.rules.awards.preselection, application)
        labelled = ident in self.allocation.labelled
        preselected = is_preselected(self.rules.awards.preselection, answers)
        return Entry(
            application=application,
            juror_scores=jurors,
            excluded=self.conflicts.get(ident, ()),
            marks=self.marks(category, ident),
            raw_score=self.scored.raw[ident],
            score=self.scores[ident],
            rank=rank,
            preselection=answers,
            preselected=preselected,
            labelled=labelled,
            pending=ident in self.allocation.pending,
            jurors_missing=max(0, self.rules.scoring.minimum_jurors - len(jurors)),
            spread=spread,
            discuss=threshold is not None and spread is not None and spread > threshold,
            label_differs=labelled != (ident in self.labelled_otherwise),
            tie_rule=tie_rule,
            label_tie=self.decided.get(ident),
            outcome=self.outcome(ident, preselected),
            awaited=self.awaited.get(ident, ()),
        )

    def marks(self, category: Category, ident: str) -> tuple[JurorMarks, ...]:
        given = self.sheets.marks.get(ident, {})
        return tuple(
            JurorMarks(
                juror,
                tuple(
                    (c.id, given[juror][c.id]) for c in category.criteria if c.id in given[juror]
                ),
                self.sheets.comments.get((juror, ident)),
            )
            for juror in sorted(given)
        )

    def outcome(self, ident: str, preselected: bool) -> Outcome:
        score = self.scores[ident]
        if ident in self.allocation.labelled:
            return Outcome.LABELLED
        if ident in self.allocation.pending:
            return Outcome.TIE_PENDING
        if score is None:
            return Outcome.NEEDS_MORE_SCORES
        if not preselected:
            return Outcome.NOT_PRESELECTED
        if comparable(score) < self.rules.awards.minimum_score:
            return Outcome.BELOW_MINIMUM
        closed = self.allocation.blocked.get(ident)
        if closed is Closed.CATEGORY_FULL:
            return Outcome.CATEGORY_FULL
        if closed is None and ident in self.decided:
            return Outcome.TIE_LOST
        return Outcome.NO_PLACE_LEFT


def _agreement(edition: Edition, scored: _Scored) -> tuple[Agreement, ...]:
    units: dict[str, list[tuple[list[float], list[float]]]] = defaultdict(list)
    for application in edition.applications:
        jurors = scored.juror_scores[application.id]
        unit = ([s.raw for s in jurors], [s.normalised or 0.0 for s in jurors])
        units[application.category].append(unit)
        units[EDITION_SCOPE].append(unit)
    return tuple(
        Agreement(
            scope,
            krippendorff_alpha_interval(raw for raw, _ in units[scope]),
            krippendorff_alpha_interval(norm for _, norm in units[scope]),
        )
        for scope in [*(c.id for c in edition.categories), EDITION_SCOPE]
    )
