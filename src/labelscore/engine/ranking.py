"""Scores per application, order within each category, ties and labels."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from labelscore.edition import Edition
from labelscore.engine.awards import Allocation, Candidate, allocate
from labelscore.engine.preselection import is_preselected, preselection_answers
from labelscore.engine.scoring import comparable, juror_score, mean, median, top_criterion_score
from labelscore.models.application import Application, Status
from labelscore.models.criteria import Category
from labelscore.models.rules import Rules, TieBreak
from labelscore.results import CategoryResult, Entry, JurorScore, Result, Tie

Key = tuple[object, ...]

JURY_VOTE = "jury vote"
UNSETTLED = "unsettled"


def _collect_marks(edition: Edition) -> dict[str, dict[str, Mapping[str, float]]]:
    """application id -> juror id -> marks."""
    marks: dict[str, dict[str, Mapping[str, float]]] = defaultdict(dict)
    for sheet in edition.sheets:
        for score in sheet.scores:
            marks[score.application][sheet.juror] = score.marks
    return marks


def _tie_break_values(
    rules: Rules,
    application: Application,
    category: Category,
    scores: list[JurorScore],
    marks: list[Mapping[str, float]],
) -> tuple[tuple[str, object], ...]:
    values: list[tuple[str, object]] = []
    for rule in rules.awards.tie_break:
        value: object
        if rule is TieBreak.REALISED:
            value = 0 if application.status is Status.REALISED else 1
        elif rule is TieBreak.MEDIAN:
            value = -comparable(median([s.score for s in scores]))
        elif rule is TieBreak.TOP_CRITERION:
            top = top_criterion_score(category, marks)
            value = (1, 0.0) if top is None else (0, -comparable(top))
        else:
            value = -len(scores)
        values.append((rule.value, value))
    order = rules.awards.jury_order
    vote = order.index(application.id) if application.id in order else len(order)
    values.append((JURY_VOTE, vote))
    return tuple(values)


def _settled_by(
    first: tuple[tuple[str, object], ...], second: tuple[tuple[str, object], ...]
) -> str:
    for (rule, a), (_, b) in zip(first, second, strict=True):
        if a != b:
            return rule
    return UNSETTLED


def rank_edition(edition: Edition) -> Result:
    rules = edition.rules
    marks_by_application = _collect_marks(edition)
    categories = {c.id: c for c in edition.categories}
    scored: dict[str, tuple[float | None, tuple[JurorScore, ...]]] = {}
    chains: dict[str, tuple[tuple[str, object], ...]] = {}
    answers: dict[str, tuple[str, ...]] = {}
    candidates: list[Candidate] = []
    for application in edition.applications:
        category = categories[application.category]
        by_juror = marks_by_application.get(application.id, {})
        scores = [
            s
            for juror in sorted(by_juror)
            if (s := juror_score(juror, category, by_juror[juror])) is not None
        ]
        enough = len(scores) >= rules.scoring.minimum_jurors and scores
        score = mean([s.score for s in scores]) if enough else None
        scored[application.id] = (score, tuple(scores))
        answers[application.id] = preselection_answers(rules.awards.preselection, application)
        if score is None:
            continue
        chain = _tie_break_values(
            rules, application, category, scores, [by_juror[s.juror] for s in scores]
        )
        chains[application.id] = chain
        preselected = is_preselected(rules.awards.preselection, answers[application.id])
        if preselected and comparable(score) >= rules.awards.minimum_score:
            key = (-comparable(score), *(value for _, value in chain))
            candidates.append(Candidate(application.id, application.category, key))
    eligible = frozenset(c.id for c in candidates)
    allocation = allocate(candidates, rules.awards.labels, rules.awards.per_category)
    results = []
    ties: list[Tie] = []
    for category in edition.categories:
        members = [a for a in edition.applications if a.category == category.id]
        entries, category_ties = _category_entries(
            category, members, scored, chains, answers, rules, allocation
        )
        category_ties = [_at_line(tie, entries, eligible) for tie in category_ties]
        results.append(CategoryResult(category, entries))
        ties += category_ties
    return Result(
        name=rules.name,
        year=rules.year,
        categories=tuple(results),
        ties=tuple(ties),
        labels_available=rules.awards.labels,
        pending_labels=allocation.pending_labels,
    )


def _category_entries(
    category: Category,
    applications: list[Application],
    scored: Mapping[str, tuple[float | None, tuple[JurorScore, ...]]],
    chains: Mapping[str, tuple[tuple[str, object], ...]],
    answers: Mapping[str, tuple[str, ...]],
    rules: Rules,
    allocation: Allocation,
) -> tuple[tuple[Entry, ...], list[Tie]]:
    ranked = sorted(
        (a for a in applications if a.id in chains),
        key=lambda a: (
            -comparable(scored[a.id][0] or 0.0),
            tuple(value for _, value in chains[a.id]),
            a.id,
        ),
    )
    unranked = sorted((a for a in applications if a.id not in chains), key=lambda a: a.id)
    entries = []
    rank = 0
    previous: float | None = None
    for position, application in enumerate([*ranked, *unranked], start=1):
        score, juror_scores = scored[application.id]
        if score is not None and comparable(score) != previous:
            rank = position
            previous = comparable(score)
        entries.append(
            Entry(
                application=application,
                score=score,
                juror_scores=juror_scores,
                rank=rank if score is not None else None,
                preselection=answers[application.id],
                preselected=is_preselected(rules.awards.preselection, answers[application.id]),
                labelled=application.id in allocation.labelled,
                pending=application.id in allocation.pending,
            )
        )
    return tuple(entries), _ties(category, tuple(entries), chains)


def _ties(
    category: Category,
    entries: tuple[Entry, ...],
    chains: Mapping[str, tuple[tuple[str, object], ...]],
) -> list[Tie]:
    groups: dict[float, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.score is not None:
            groups[comparable(entry.score)].append(entry)
    ties = []
    for score, group in groups.items():
        if len(group) < 2:
            continue
        settled_by = tuple(
            _settled_by(chains[a.id], chains[b.id]) for a, b in itertools.pairwise(group)
        )
        ties.append(
            Tie(
                category=category.id,
                applications=tuple(e.id for e in group),
                score=score,
                settled_by=settled_by,
                at_label_line=False,
            )
        )
    return ties


def _at_line(tie: Tie, entries: tuple[Entry, ...], eligible: frozenset[str]) -> Tie:
    """A tie decided a label when its eligible members did not all fare the same."""
    members = [e for e in entries if e.id in tie.applications and e.id in eligible]
    outcomes = {(e.labelled, e.pending) for e in members}
    decided = len(outcomes) > 1 or any(e.pending for e in members)
    return replace(tie, at_label_line=decided)
