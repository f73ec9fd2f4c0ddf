"""The award step against a brute force: every order of every group of equal keys."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from labelscore.engine.awards import Allocation, Candidate, Closed, allocate
from labelscore.models.rules import PerCategory


def _greedy(order: Sequence[Candidate], total: int, quotas: PerCategory) -> set[str]:
    """One entry at a time, in the order given: the rule as the README states it."""
    eligible = Counter(c.category for c in order)
    need: dict[str, int] = {}
    left = total
    for category in sorted(eligible):
        need[category] = min(quotas.min, eligible[category], left)
        left -= need[category]
    free = left
    taken: Counter[str] = Counter()
    labelled = set()
    for candidate in order:
        category = candidate.category
        if quotas.max is not None and taken[category] >= quotas.max:
            continue
        if need[category] > 0:
            need[category] -= 1
        elif free > 0:
            free -= 1
        else:
            continue
        taken[category] += 1
        labelled.add(candidate.id)
    return labelled


def _every_order(candidates: Sequence[Candidate]) -> list[list[Candidate]]:
    """Every processing order that keeps the keys sorted: equal keys in any order."""
    groups = [
        list(g)
        for _, g in itertools.groupby(sorted(candidates, key=lambda c: c.key), lambda c: c.key)
    ]
    return [
        [c for group in choice for c in group]
        for choice in itertools.product(*(list(itertools.permutations(g)) for g in groups))
    ]


def _reference(candidates: Sequence[Candidate], total: int, quotas: PerCategory) -> Allocation:
    outcomes = [_greedy(order, total, quotas) for order in _every_order(candidates)]
    always = set.intersection(*outcomes) if outcomes else set()
    sometimes = set.union(*outcomes) - always if outcomes else set()
    sizes = {len(outcome) for outcome in outcomes}
    assert len(sizes) <= 1, "the number of labels must not depend on the order of a tie"
    given = sizes.pop() if sizes else 0
    return Allocation(frozenset(always), frozenset(sometimes), given - len(always), {})


@st.composite
def _cases(draw: st.DrawFn) -> tuple[list[Candidate], int, PerCategory]:
    size = draw(st.integers(min_value=0, max_value=7))
    candidates = [
        Candidate(
            id=f"a{index}",
            category=draw(st.sampled_from("xyz")),
            score=float(draw(st.integers(min_value=50, max_value=53))),
            order=(draw(st.integers(min_value=0, max_value=1)),),
        )
        for index in range(size)
    ]
    minimum = draw(st.integers(min_value=0, max_value=2))
    maximum = draw(st.none() | st.integers(min_value=minimum, max_value=4))
    total = draw(st.integers(min_value=0, max_value=6))
    return candidates, total, PerCategory(min=minimum, max=maximum)


@settings(max_examples=400, deadline=None)
@given(_cases())
def test_labelled_in_every_order_pending_in_some_passed_in_none(
    case: tuple[list[Candidate], int, PerCategory],
) -> None:
    candidates, total, quotas = case
    expected = _reference(candidates, total, quotas)
    found = allocate(candidates, total, quotas)
    assert found.labelled == expected.labelled
    assert found.pending == expected.pending
    assert found.pending_labels == expected.pending_labels


def _pair(first_category: str, second_category: str) -> list[Candidate]:
    return [
        Candidate("top", "x", 90.0, (0,)),
        Candidate("a", first_category, 60.0, (0,)),
        Candidate("b", second_category, 60.0, (0,)),
    ]


def test_a_tie_with_an_entry_of_a_full_category_is_no_tie() -> None:
    # x is full after 'top' (max 1): 'a' can never be labelled, so 'b' takes the place.
    found = allocate(_pair("x", "y"), 2, PerCategory(min=0, max=1))
    assert found.labelled == {"top", "b"}
    assert found.pending == frozenset()
    assert found.pending_labels == 0
    assert found.blocked == {"a": Closed.CATEGORY_FULL}


def test_a_reserved_place_is_not_lost_to_a_tie() -> None:
    # 3 labels, 1 reserved for y and z each: one free place, taken by 'top'; the tie at
    # 60 is between 'a' (x: no place left) and 'b' (y: its reserved place).
    candidates = [*_pair("x", "y"), Candidate("c", "z", 10.0, (0,))]
    found = allocate(candidates, 3, PerCategory(min=1, max=None))
    assert found.labelled == {"top", "b", "c"}
    assert found.pending_labels == 0


def test_a_tie_a_vote_can_change_is_held_back() -> None:
    found = allocate(_pair("y", "z"), 2, PerCategory(min=0, max=None))
    assert found.labelled == {"top"}
    assert found.pending == {"a", "b"}
    assert found.pending_labels == 1
