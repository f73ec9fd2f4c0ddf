"""Equal scores: which of them decided a label, and what decided between them.

A tie at the label line is a set of candidates (preselected, at or above the minimum
score) with the same rounded score, in one category or across categories, that did not
all get the same outcome, or that a jury vote must still settle. For each member the
result says what decided its outcome: a tie-break rule, the jury's vote, the quotas
(its category was full, or the places left were reserved for other categories), or a
vote still pending.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence

from labelscore.engine.awards import Allocation, Candidate
from labelscore.engine.result import JURY_VOTE, LOTS, QUOTA, UNSETTLED, VOTE_PENDING, Entry, Tie
from labelscore.engine.scoring import comparable

Chain = tuple[tuple[str, object], ...]


def settled_by(first: Chain, second: Chain) -> str:
    """The first rule whose value differs between two entries of equal score."""
    for (rule, a), (_, b) in zip(first, second, strict=True):
        if a != b:
            return rule
    return UNSETTLED


def label_line_ties(
    candidates: Sequence[Candidate],
    allocation: Allocation,
    chains: Mapping[str, Chain],
    category_order: Sequence[str],
) -> tuple[list[Tie], dict[str, str]]:
    """The ties that decided a label, and for each of their members what decided it."""
    place = {category: index for index, category in enumerate(category_order)}
    ordered = sorted(candidates, key=lambda c: (c.key, c.id))
    ties: list[Tie] = []
    decided: dict[str, str] = {}
    for score, level in itertools.groupby(ordered, key=lambda c: c.score):
        members = list(level)
        if len(members) < 2:
            continue
        outcomes = {_outcome(c, allocation) for c in members}
        if len(outcomes) < 2 and "pending" not in outcomes:
            continue
        for index, member in enumerate(members):
            decided[member.id] = _decision(members, index, allocation, chains)
        losers = [c for c in members if c.id not in allocation.labelled]
        ties.append(
            Tie(
                categories=tuple(sorted({c.category for c in members}, key=place.__getitem__)),
                applications=tuple(c.id for c in members),
                score=score,
                settled_by=tuple(
                    settled_by(chains[a.id], chains[b.id]) for a, b in itertools.pairwise(members)
                ),
                at_label_line=True,
                decided_by=tuple(sorted({decided[c.id] for c in losers})),
            )
        )
    return ties, decided


def _outcome(candidate: Candidate, allocation: Allocation) -> str:
    if candidate.id in allocation.labelled:
        return "labelled"
    return "pending" if candidate.id in allocation.pending else "passed"


def _decision(
    members: Sequence[Candidate],
    index: int,
    allocation: Allocation,
    chains: Mapping[str, Chain],
) -> str:
    """What decided the outcome of `members[index]` against the others of its score."""
    member = members[index]
    outcome = _outcome(member, allocation)
    if outcome == "pending":
        return VOTE_PENDING
    if outcome == "labelled":
        beaten = [c for c in members[index + 1 :] if _outcome(c, allocation) != "labelled"]
        rival = next((c for c in beaten if c.id not in allocation.blocked), None)
        if rival is None or rival.key == member.key:
            return QUOTA
        return settled_by(chains[member.id], chains[rival.id])
    if member.id in allocation.blocked:
        return QUOTA
    ahead = [c for c in members[:index] if _outcome(c, allocation) != "passed"]
    if not ahead or ahead[-1].key == member.key:
        return QUOTA
    return settled_by(chains[ahead[-1].id], chains[member.id])


def equal_scores(
    category: str, entries: Sequence[Entry], chains: Mapping[str, Chain], at_the_line: set[str]
) -> list[Tie]:
    """Entries of one category with the same rounded score, unless a tie at the label line
    already lists them (`at_the_line`: its members)."""
    ties = []
    ranked = [e for e in entries if e.score is not None]
    for score, group in itertools.groupby(ranked, key=lambda e: comparable(e.score or 0.0)):
        members = list(group)
        if len(members) < 2 or sum(e.id in at_the_line for e in members) > 1:
            continue
        ties.append(
            Tie(
                categories=(category,),
                applications=tuple(e.id for e in members),
                score=score,
                settled_by=tuple(
                    settled_by(chains[a.id], chains[b.id]) for a, b in itertools.pairwise(members)
                ),
                at_label_line=False,
                decided_by=(),
            )
        )
    return ties


def tied_on_every_rule(scores: Mapping[str, float], chains: Mapping[str, Chain]) -> frozenset[str]:
    """Ranked entries that share their score and every tie-break value with another entry,
    in any category: only a jury vote (or, after it, drawing lots) can order them."""
    groups: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for ident, chain in chains.items():
        rules = tuple(value for rule, value in chain if rule not in (JURY_VOTE, LOTS))
        groups[(comparable(scores[ident]), *rules)].append(ident)
    return frozenset(ident for group in groups.values() if len(group) > 1 for ident in group)
