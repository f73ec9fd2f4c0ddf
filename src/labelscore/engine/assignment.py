"""Who marks what: the applications of each category shared among its jurors. Pure: no I/O.

For each category, the jurors who list it in the roster (`juror.categories`) share its
applications:

- every application gets `target` jurors, where target = max(minimum_jurors,
  per_application) capped by the number of the category's jurors, and never below
  `scoring.minimum_jurors` (an application with fewer jurors cannot be ranked). The
  rules' default for per_application is DEFAULT_PER_APPLICATION (4);
- never a juror in conflict with it (declared or automatic, `edition.conflicts`); an
  application left with fewer than `target` jurors without a conflict gets them all, and
  a `Shortfall` says so, and why (as data: renderers phrase it);
- loads as even as the conflicts allow: within a category, no juror could give one of
  their applications to a juror with two fewer, even through a chain of exchanges (when
  nothing stands in the way, every count is the mean rounded down or up);
- at least MINIMUM_ENTRIES (5) applications for each juror who marks the category
  wherever possible, since z-score normalisation needs 5 scores from a juror: when the
  category is too small for all its jurors to get 5, fewer of them mark it (those with
  the fewest conflicts there, then the least work in the other categories) and the
  others none;
- pairs of jurors spread: among the least-loaded candidates, the one who has marked the
  fewest applications with the jurors already chosen is taken, so that no two jurors
  always mark together.

How: greedy, most constrained application first (fewest eligible jurors), least-loaded
eligible juror; then, only where conflicts left some juror two or more above another,
applications are passed along shortest chains of exchanges until no chain evens the
loads further. Near-linear: jurors are kept in buckets by load, so a choice looks at a
few candidates, not every juror of the category.

Deterministic and free of randomness: applications, jurors and categories are taken in
order of id, whatever the files' names or order; no set of strings is ever iterated.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from labelscore.engine.normalize import MINIMUM_ENTRIES
from labelscore.engine.result import Conflict
from labelscore.models.application import Application
from labelscore.models.edition import Edition
from labelscore.models.jury import Juror

DEFAULT_PER_APPLICATION = 4
"""Jurors asked for each application when the rules say nothing."""


class ShortfallReason(StrEnum):
    """Why an application cannot get the jurors asked for."""

    UNKNOWN_CATEGORY = "unknown_category"
    """Its category is not one of the edition's (criteria/): no juror can mark it."""
    NO_JUROR = "no_juror"
    """No juror of the roster scores its category."""
    ALL_IN_CONFLICT = "all_in_conflict"
    """Every juror of its category is in conflict with it."""
    FEW_JURORS = "few_jurors"
    """Its category has fewer jurors than asked, none of them in conflict with it."""
    SOME_IN_CONFLICT = "some_in_conflict"
    """Some jurors of its category are in conflict with it; too few are left."""


@dataclass(frozen=True)
class Shortfall:
    """An application that cannot get the jurors asked for, and why: data, not words
    (labelscore.i18n.reasons phrases it)."""

    application: str
    category: str
    needed: int
    """Jurors asked for this application (the category's target)."""
    eligible: int
    """Jurors of the category without a conflict with it: all of them are assigned."""
    reason: ShortfallReason
    minimum: int
    """scoring.minimum_jurors: with fewer jurors, the application cannot be ranked."""
    jurors: int = 0
    """Jurors of the category in the roster."""
    blocked: tuple[Conflict, ...] = ()
    """The category's jurors in conflict with the application, by juror id."""

    @property
    def rankable(self) -> bool:
        """True when its jurors still reach minimum_jurors: fewer than asked, but enough."""
        return self.eligible >= self.minimum


@dataclass(frozen=True)
class Assignment:
    """Who marks what. Every mapping is in a stable order: jurors and applications by id,
    categories in the edition's order."""

    by_juror: dict[str, dict[str, tuple[str, ...]]]
    """juror -> category -> application ids, sorted. Every juror of the roster, with every
    category of the edition they score (an empty tuple when they mark nothing there)."""
    shortfalls: tuple[Shortfall, ...]
    """Applications that get fewer jurors than `needed`, by category then id."""
    by_application: dict[str, tuple[str, ...]]
    """application -> its jurors, sorted; every application of the edition."""
    targets: dict[str, int]
    """category -> jurors asked for each of its applications."""
    category_jurors: dict[str, tuple[str, ...]]
    """category -> the jurors who score it in the roster, sorted."""
    category_applications: dict[str, tuple[str, ...]]
    """category -> its applications, sorted."""
    set_aside: dict[str, tuple[str, ...]]
    """category -> its jurors who mark none of its applications because it is too small
    for each of them to get MINIMUM_ENTRIES (see the module's docstring), sorted; empty
    where every juror of the category marks some."""
    per_application: int
    minimum_jurors: int

    def jurors_of(self, application: str) -> tuple[str, ...]:
        return self.by_application.get(application, ())

    def applications_of(self, juror: str, category: str | None = None) -> tuple[str, ...]:
        """The applications a juror marks: in one category, or in all (sorted)."""
        categories = self.by_juror.get(juror, {})
        if category is not None:
            return categories.get(category, ())
        return tuple(sorted(a for apps in categories.values() for a in apps))

    def loads(self, category: str) -> dict[str, int]:
        """juror -> how many applications of the category they mark; every juror of it."""
        return {
            juror: len(self.by_juror[juror].get(category, ()))
            for juror in self.category_jurors.get(category, ())
        }

    def total_loads(self) -> dict[str, int]:
        """juror -> how many applications they mark in all."""
        return {
            juror: sum(len(apps) for apps in categories.values())
            for juror, categories in self.by_juror.items()
        }

    @property
    def blocking(self) -> tuple[Shortfall, ...]:
        """The shortfalls that leave an application unrankable (below minimum_jurors)."""
        return tuple(s for s in self.shortfalls if not s.rankable)


def category_target(per_application: int, minimum_jurors: int, jurors: int) -> int:
    """Jurors asked for each application of a category of `jurors` jurors."""
    return max(minimum_jurors, min(max(minimum_jurors, per_application), jurors))


def assign(edition: Edition, per_application: int = DEFAULT_PER_APPLICATION) -> Assignment:
    """Share each category's applications among its jurors (see the module's docstring).

    `per_application`: jurors asked for each application (the rules'
    scoring.jurors_per_application, default 4); raised to scoring.minimum_jurors, capped
    by the number of jurors of the category. Raises ValueError below 1."""
    if per_application < 1:
        raise ValueError(f"per_application must be at least 1, not {per_application}")
    minimum = edition.rules.scoring.minimum_jurors
    order = [c.id for c in edition.categories]
    place = {category: index for index, category in enumerate(order)}
    jurors = _first_of_each(sorted(edition.jurors, key=lambda j: j.id))
    applications = _first_of_each(sorted(edition.applications, key=lambda a: a.id))

    panels: dict[str, list[str]] = {category: [] for category in order}
    for juror in jurors:
        for category in dict.fromkeys(juror.categories):
            if category in place:
                panels[category].append(juror.id)
    members: dict[str, list[str]] = {category: [] for category in order}
    shortfalls: list[Shortfall] = []
    for application in applications:
        if application.category in place:
            members[application.category].append(application.id)
        else:
            shortfalls.append(
                _stray(application.id, application.category, per_application, minimum)
            )
    conflicts: dict[str, dict[str, Conflict]] = {}
    for conflict in sorted(edition.conflicts, key=lambda c: (c.application, c.juror)):
        conflicts.setdefault(conflict.application, {}).setdefault(conflict.juror, conflict)

    juries: dict[str, list[str]] = {}
    set_aside: dict[str, tuple[str, ...]] = {}
    totals = {juror.id: 0 for juror in jurors}
    targets: dict[str, int] = {}
    for category in sorted(order):
        target = category_target(per_application, minimum, len(panels[category]))
        targets[category] = target
        plan = _CategoryPlan(category, panels[category], members[category], conflicts)
        shortfalls += plan.shortfalls(target, minimum)
        made = plan.assign(target, totals)
        set_aside[category] = plan.set_aside
        for jury in made.values():
            for member in jury:
                totals[member] += 1
        juries.update(made)

    marked: dict[str, dict[str, list[str]]] = {
        juror.id: {category: [] for category in order if category in juror.categories}
        for juror in jurors
    }
    for category in order:
        for application_id in members[category]:
            for member in juries[application_id]:
                marked[member][category].append(application_id)
    shortfalls.sort(key=lambda s: (place.get(s.category, len(order)), s.category, s.application))
    return Assignment(
        by_juror={
            juror: {category: tuple(sorted(ids)) for category, ids in categories.items()}
            for juror, categories in marked.items()
        },
        shortfalls=tuple(shortfalls),
        by_application={a.id: tuple(sorted(juries.get(a.id, ()))) for a in applications},
        targets={category: targets[category] for category in order},
        category_jurors={category: tuple(panels[category]) for category in order},
        category_applications={category: tuple(members[category]) for category in order},
        set_aside={category: set_aside[category] for category in order},
        per_application=per_application,
        minimum_jurors=minimum,
    )


_Identified = TypeVar("_Identified", Juror, Application)


def _first_of_each(items: list[_Identified]) -> list[_Identified]:
    """Sorted by id: one item per id, the first (an edition with errors may repeat one)."""
    return [
        item for index, item in enumerate(items) if index == 0 or items[index - 1].id != item.id
    ]


def _stray(application: str, category: str, per_application: int, minimum: int) -> Shortfall:
    needed = max(minimum, per_application)
    return Shortfall(application, category, needed, 0, ShortfallReason.UNKNOWN_CATEGORY, minimum)


class _CategoryPlan:
    """The jurors and applications of one category, and who is in conflict with what."""

    def __init__(
        self,
        category: str,
        jurors: Sequence[str],
        applications: Sequence[str],
        conflicts: Mapping[str, Mapping[str, Conflict]],
    ) -> None:
        self.category = category
        self.jurors = list(jurors)
        self.applications = list(applications)
        self.set_aside: tuple[str, ...] = ()
        """The jurors `assign` leaves out of a category too small for all (see _panel)."""
        member = set(jurors)
        self.conflicted: dict[str, dict[str, Conflict]] = {}
        for application in applications:
            mine = {
                juror: conflict
                for juror, conflict in sorted(conflicts.get(application, {}).items())
                if juror in member
            }
            if mine:
                self.conflicted[application] = mine
        self.eligible = {
            application: len(self.jurors) - len(self.conflicted.get(application, ()))
            for application in applications
        }

    def shortfalls(self, target: int, minimum: int) -> list[Shortfall]:
        found = []
        count = len(self.jurors)
        for application in self.applications:
            eligible = self.eligible[application]
            if eligible < target:
                blocked = self.conflicted.get(application, {})
                if count == 0:
                    reason = ShortfallReason.NO_JUROR
                elif eligible == 0:
                    reason = ShortfallReason.ALL_IN_CONFLICT
                elif not blocked:
                    reason = ShortfallReason.FEW_JURORS
                else:
                    reason = ShortfallReason.SOME_IN_CONFLICT
                found.append(
                    Shortfall(
                        application,
                        self.category,
                        target,
                        eligible,
                        reason,
                        minimum,
                        count,
                        tuple(blocked.values()),
                    )
                )
        return found

    def _panel(self, target: int, totals: Mapping[str, int]) -> list[str]:
        """The jurors who mark this category: all of them, unless the category is too
        small for each to get MINIMUM_ENTRIES applications; then as many as can, those
        with the fewest conflicts here and the least work elsewhere first, and enough for
        every application to keep as many jurors as it can have."""
        needs = {a: min(target, self.eligible[a]) for a in self.applications}
        size = len(self.jurors)
        slots = sum(needs.values())
        if slots >= MINIMUM_ENTRIES * size:
            return list(self.jurors)
        size = min(size, max(target, slots // MINIMUM_ENTRIES))
        conflicts_of = dict.fromkeys(self.jurors, 0)
        for blocked in self.conflicted.values():
            for juror in blocked:
                conflicts_of[juror] += 1
        ranked = sorted(self.jurors, key=lambda j: (conflicts_of[j], totals.get(j, 0), j))
        panel = ranked[:size]
        rest = ranked[size:]
        while rest:
            inside = set(panel)
            short = [
                a
                for a in self.applications
                if size - sum(1 for j in self.conflicted.get(a, ()) if j in inside) < needs[a]
            ]
            if not short:
                break
            helps = {
                juror: sum(1 for a in short if juror not in self.conflicted.get(a, ()))
                for juror in rest
            }
            best = max(rest, key=lambda j: helps[j])  # the first of the best, in `ranked` order
            rest.remove(best)
            panel.append(best)
            size += 1
        return panel

    def assign(self, target: int, totals: Mapping[str, int]) -> dict[str, list[str]]:
        """application -> its jurors (as many as it can have, up to `target`)."""
        panel = self._panel(target, totals) if self.applications else []
        inside = set(panel)
        if self.applications:
            self.set_aside = tuple(sorted(j for j in self.jurors if j not in inside))
        available = {
            a: len(panel) - sum(1 for j in self.conflicted.get(a, ()) if j in inside)
            for a in self.applications
        }
        load = dict.fromkeys(panel, 0)
        buckets: dict[int, dict[str, None]] = {}
        if panel:
            buckets[0] = dict.fromkeys(sorted(panel, key=lambda j: (totals.get(j, 0), j)))
        pairs: dict[str, dict[str, int]] = {juror: {} for juror in panel}
        juries: dict[str, list[str]] = {}
        low = 0
        for application in sorted(self.applications, key=lambda a: (available[a], a)):
            blocked = self.conflicted.get(application, {})
            jury: list[str] = []
            for _ in range(min(target, available[application])):
                jury.append(_pick(buckets, low, blocked, jury, pairs))
            for juror in jury:
                level = load[juror]
                bucket = buckets[level]
                del bucket[juror]
                if not bucket:
                    del buckets[level]
                buckets.setdefault(level + 1, {})[juror] = None
                load[juror] = level + 1
                for other in jury:
                    if other != juror:
                        pairs[juror][other] = pairs[juror].get(other, 0) + 1
            while buckets and low not in buckets:
                low += 1
            juries[application] = jury
        if load and max(load.values()) - min(load.values()) >= 2:
            _even_out(panel, juries, load, self.conflicted)
        return juries


def _pick(
    buckets: Mapping[int, Mapping[str, None]],
    low: int,
    blocked: Mapping[str, Conflict],
    jury: Sequence[str],
    pairs: Mapping[str, Mapping[str, int]],
) -> str:
    """The least-loaded juror free to mark the application; among those, the one who has
    marked the fewest applications with the jurors already chosen for it; then the first
    to have reached that load (so that equal jurors take turns)."""
    top = max(buckets)
    for level in range(low, top + 1):
        best: str | None = None
        fewest = 0
        for juror in buckets.get(level, ()):
            if juror in blocked or juror in jury:
                continue
            shared = sum(pairs[other].get(juror, 0) for other in jury)
            if shared == 0:
                return juror
            if best is None or shared < fewest:
                best, fewest = juror, shared
        if best is not None:
            return best
    raise AssertionError("no juror left to pick: the caller asked for too many")


def _even_out(
    panel: Sequence[str],
    juries: dict[str, list[str]],
    load: dict[str, int],
    conflicted: Mapping[str, Mapping[str, Conflict]],
) -> None:
    """Pass applications along chains of jurors until no juror could give one to a juror
    with two fewer, directly or through others (then the loads are as even as the
    conflicts allow). Each pass is a breadth-first search from the most-loaded jurors;
    each application is looked at once per search, each juror visited once."""
    held: dict[str, dict[str, None]] = {juror: {} for juror in panel}
    for application, jury in juries.items():
        for juror in jury:
            held[juror][application] = None
    while True:
        levels = sorted(set(load.values()), reverse=True)
        lowest = levels[-1]
        for top in levels:
            if top - lowest < 2:
                return
            chain = _chain(top, panel, juries, load, held, conflicted)
            if chain:
                for giver, application, receiver in chain:
                    jury = juries[application]
                    jury[jury.index(giver)] = receiver
                    del held[giver][application]
                    held[receiver][application] = None
                load[chain[0][0]] -= 1
                load[chain[-1][2]] += 1
                break
        else:
            return


def _chain(
    top: int,
    panel: Sequence[str],
    juries: Mapping[str, Sequence[str]],
    load: Mapping[str, int],
    held: Mapping[str, Mapping[str, None]],
    conflicted: Mapping[str, Mapping[str, Conflict]],
) -> list[tuple[str, str, str]]:
    """The shortest chain (giver, application, receiver)... from a juror at load `top`
    to a juror at `top - 2` or below; empty when there is none."""
    queue = deque(juror for juror in panel if load[juror] == top)
    unvisited = dict.fromkeys(juror for juror in panel if load[juror] != top)
    came_from: dict[str, tuple[str, str]] = {}
    while queue:
        giver = queue.popleft()
        for application in held[giver]:
            jury = juries[application]
            blocked = conflicted.get(application, {})
            reached = [j for j in unvisited if j not in blocked and j not in jury]
            for receiver in reached:
                del unvisited[receiver]
                came_from[receiver] = (giver, application)
                if load[receiver] <= top - 2:
                    chain = []
                    while receiver in came_from:
                        giver, application = came_from[receiver]
                        chain.append((giver, application, receiver))
                        receiver = giver
                    return chain[::-1]
                queue.append(receiver)
    return []
