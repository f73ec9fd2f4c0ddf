"""Who has not finished marking: each juror's assigned applications (jury/assignments.yaml)
against their score sheet. Pure: an Edition in, a MarkingProgress out.

An application is marked when the juror's sheet has a score for it, even with a criterion
left out (that is a missing mark, reported by `validate`, and the score uses the others);
such an application is also listed as partly marked, so that the chair sees it.
Marks for an application not assigned to the juror are not counted here (`validate` warns
about them). An assigned application the juror is in conflict with (declared on their score
card, most often) is not missing: the juror must not mark it; `validate` warns that it may
need another juror."""

from __future__ import annotations

from typing import NamedTuple

from labelscore.models.edition import Edition


class CategoryProgress(NamedTuple):
    category: str
    assigned: tuple[str, ...]
    """The applications assigned to the juror in this category, by id."""
    marked: tuple[str, ...]
    """Those of them the juror's sheet scores."""
    conflicts: int
    """The juror's conflicts of interest (declared or automatic) in this category."""
    excused: tuple[str, ...] = ()
    """Assigned applications the juror is in conflict with: not to be marked."""
    partial: tuple[str, ...] = ()
    """Marked applications whose score leaves a criterion of the category unmarked."""

    @property
    def missing(self) -> tuple[str, ...]:
        done = set(self.marked) | set(self.excused)
        return tuple(a for a in self.assigned if a not in done)


class JurorProgress(NamedTuple):
    juror: str
    name: str
    has_sheet: bool
    declared_conflicts: tuple[str, ...]
    """The conflicts the juror declared: on their roster entry (application ids or codes),
    then on their score card (application ids)."""
    categories: tuple[CategoryProgress, ...]
    """The categories the juror scores, in the edition's order."""

    @property
    def assigned(self) -> int:
        return sum(len(c.assigned) for c in self.categories)

    @property
    def marked(self) -> int:
        return sum(len(c.marked) for c in self.categories)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(a for c in self.categories for a in c.missing)

    @property
    def partial(self) -> tuple[str, ...]:
        return tuple(a for c in self.categories for a in c.partial)


class MarkingProgress(NamedTuple):
    jurors: tuple[JurorProgress, ...]
    """Every juror of the roster, by id."""

    @property
    def assigned(self) -> int:
        return sum(j.assigned for j in self.jurors)

    @property
    def marked(self) -> int:
        return sum(j.marked for j in self.jurors)

    @property
    def missing(self) -> tuple[tuple[str, str], ...]:
        """Every (juror, application) pair assigned and not marked, by juror."""
        return tuple((j.juror, a) for j in self.jurors for a in j.missing)

    @property
    def complete(self) -> bool:
        return not self.missing


def marking_progress(edition: Edition) -> MarkingProgress:
    """Each juror's marking against the edition's assignment (which must be present)."""
    if edition.assignment is None:
        raise ValueError("the edition has no assignment (jury/assignments.yaml)")
    assigned = edition.assignment.by_juror()
    category_of = {a.id: a.category for a in edition.applications}
    order = [c.id for c in edition.categories]
    criteria = {c.id: {criterion.id for criterion in c.criteria} for c in edition.categories}
    scored: dict[str, set[str]] = {}
    partial: set[tuple[str, str]] = set()
    for sheet in edition.sheets:
        scored.setdefault(sheet.juror, set()).update(s.application for s in sheet.scores)
        for score in sheet.scores:
            wanted = criteria.get(category_of.get(score.application, ""), set())
            if score.marks and not wanted <= set(score.marks):
                partial.add((sheet.juror, score.application))
    conflicts: dict[tuple[str, str], int] = {}
    in_conflict = {(c.juror, c.application) for c in edition.conflicts}
    for conflict in edition.conflicts:
        key = (conflict.juror, category_of.get(conflict.application, ""))
        conflicts[key] = conflicts.get(key, 0) + 1
    on_cards = {sheet.juror: tuple(sheet.conflicts) for sheet in edition.sheets}
    jurors = []
    for juror in edition.jurors:
        mine = assigned.get(juror.id, {})
        marked = scored.get(juror.id, set())
        wanted = set(juror.categories) | set(mine)
        categories = tuple(
            CategoryProgress(
                category,
                mine.get(category, ()),
                tuple(a for a in mine.get(category, ()) if a in marked),
                conflicts.get((juror.id, category), 0),
                tuple(a for a in mine.get(category, ()) if (juror.id, a) in in_conflict),
                tuple(
                    a for a in mine.get(category, ()) if a in marked and (juror.id, a) in partial
                ),
            )
            for category in order
            if category in wanted
        )
        jurors.append(
            JurorProgress(
                juror.id,
                juror.name,
                juror.id in scored,
                (*juror.conflicts, *on_cards.get(juror.id, ())),
                categories,
            )
        )
    return MarkingProgress(tuple(jurors))
