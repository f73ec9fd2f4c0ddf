"""What `labelscore assign --dry-run` shows: per category, how many applications each
juror would mark; then the applications that cannot get all their jurors, and why."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from labelscore.checks import conflicts
from labelscore.engine.assignment import Assignment
from labelscore.i18n import language, plural, t
from labelscore.render.text import plain


def _count(count: int, word: str) -> str:
    """`count` applications or jurors, in words (word: "application" or "juror")."""
    return plural(count, f"rank.assign.{word}s")


_N = r"([0-9]+)"
_HEADS = (
    (re.compile(r"no juror scores (\S+) in jury/roster\.yaml"), "rank.short.nobody"),
    (
        re.compile(
            rf"(?:the only juror of|both jurors of|all {_N} jurors of) (\S+) (?:is|are) "
            r"in conflict with (\S+)"
        ),
        "rank.short.all_conflicted",
    ),
    (re.compile(rf"(\S+) has only {_N} jurors? in jury/roster\.yaml"), "rank.short.few"),
    (
        re.compile(rf"only {_N} of the {_N} jurors? of (\S+) (?:has|have) no conflict with (\S+)"),
        "rank.short.some_conflicted",
    ),
)
_ASKED = re.compile(
    rf"(.*); {_N} (?:is|are) asked; {_N} (?:is|are) enough to rank it \(minimum_jurors: {_N}\)"
)
_NEEDED = re.compile(
    rf"(.*); (?:{_N} (?:is|are) needed|{_N} (?:is|are) asked and {_N} needed): it cannot be ranked "
    r"unless another juror who scores (\S+) is added to jury/roster\.yaml"
)
_STRAY = re.compile(
    r"its category '(.*)' is not one of the edition's \(criteria/\): no juror can be "
    r"assigned to (\S+)"
)


def _head_words(head: str) -> str | None:
    blocked = ""
    if head.endswith(")") and " (" in head:
        head, _, inside = head.partition(" (")
        parts = []
        for part in inside[:-1].split("; "):
            juror, colon, reason = part.partition(": ")
            if not colon:
                return None
            parts.append(
                t("rank.short.blocked", juror=juror, reason=conflicts.reason_words(reason))
            )
        blocked = t("rank.short.blocked_all", blocked=t("rank.note.separator").join(parts))
    for pattern, key in _HEADS:
        found = pattern.fullmatch(head)
        if found is None:
            continue
        values = found.groups()
        if key == "rank.short.nobody":
            return t(key, category=values[0]) + blocked
        if key == "rank.short.all_conflicted":
            every = int(values[0]) if values[0] else (1 if head.startswith("the only") else 2)
            words = plural(every, key, category=values[1], application=values[2])
            return words + blocked
        if key == "rank.short.few":
            return plural(int(values[1]), key, category=values[0]) + blocked
        eligible, size, category, application = values
        jurors = plural(int(size), "rank.short.jurors")
        return (
            plural(int(eligible), key, jurors=jurors, category=category, application=application)
            + blocked
        )
    return None


def shortfall_words(reason: str) -> str:
    """Why an application cannot get all its jurors (engine.assignment says it in
    English), in the current language; a sentence of another form is given as it is."""
    if language() == "en":
        return reason
    found = _STRAY.fullmatch(reason)
    if found is not None:
        return t("rank.short.stray", category=found.group(1), application=found.group(2))
    asked = _ASKED.fullmatch(reason)
    needed = _NEEDED.fullmatch(reason)
    found = asked or needed
    words = _head_words(found.group(1)) if found is not None else None
    if words is None:
        return reason
    if asked is not None:
        _, target, eligible, minimum = asked.groups()
        return words + t("rank.short.enough", target=target, eligible=eligible, minimum=minimum)
    assert needed is not None
    _, only, target, minimum, category = needed.groups()
    key = "rank.short.needed" if only else "rank.short.asked_needed"
    return words + t(key, minimum=only or minimum, target=target, category=category)
    return reason


def category_heading(assignment: Assignment, category: str, title: str | None = None) -> Text:
    applications = assignment.category_applications.get(category, ())
    heading = Text(f"{title} ({category})" if title else category, style="bold")
    heading.append(
        t(
            "rank.assign.heading",
            applications=_count(len(applications), "application"),
            jurors=_count(assignment.targets.get(category, 0), "juror"),
        )
    )
    return heading


def category_table(assignment: Assignment, category: str) -> Table:
    """One row per juror of the category: how many applications they would mark."""
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), show_edge=False)
    table.add_column(t("rank.assign.juror"), overflow="fold", min_width=10)
    table.add_column(t("rank.assign.load"), justify="right", no_wrap=True)
    loads = assignment.loads(category)
    for juror, load in loads.items():
        table.add_row(plain(juror), str(load))
    if not loads:
        table.add_row(Text(t("rank.assign.no_juror"), style="yellow"), "-")
    return table


def shortfalls_grid(assignment: Assignment) -> Table:
    """One row per application without all its jurors: jurors it gets / asked, and why."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, justify="right", min_width=5)
    grid.add_column(overflow="fold", ratio=1)
    for shortfall in assignment.shortfalls:
        grid.add_row(
            Text(
                f"{shortfall.eligible}/{shortfall.needed}",
                style="yellow" if shortfall.rankable else "bold red",
            ),
            plain(shortfall_words(shortfall.reason)),
        )
    return grid


def summary_line(assignment: Assignment) -> str:
    applications = sum(len(ids) for ids in assignment.category_applications.values())
    marking = sum(1 for load in assignment.total_loads().values() if load)
    blocking = len(assignment.blocking)
    text = t(
        "rank.assign.summary",
        applications=_count(applications, "application"),
        jurors=_count(marking, "juror"),
        per_application=assignment.per_application,
        minimum=assignment.minimum_jurors,
    )
    if assignment.shortfalls:
        short = len(assignment.shortfalls)
        key = "rank.assign.short_one" if short == 1 else "rank.assign.short"
        text += t(key, applications=_count(short, "application"))
        text += plural(blocking, "rank.assign.blocking") if blocking else "."
    return text


def print_assignment(
    out: Console, assignment: Assignment, titles: Mapping[str, str] | None = None
) -> None:
    """What `assign --dry-run` prints; `titles`: category id -> title, when known."""
    titles = titles or {}
    for category in assignment.targets:
        out.print(category_heading(assignment, category, titles.get(category)), soft_wrap=True)
        out.print(category_table(assignment, category))
        out.print()
    if assignment.shortfalls:
        out.print(Text(t("rank.assign.shortfalls"), style="bold"))
        out.print(shortfalls_grid(assignment))
        out.print()
    out.print(plain(summary_line(assignment)), soft_wrap=True)
