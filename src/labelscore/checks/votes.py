"""Checks that need the ranked result: a recorded jury vote must order a real tie."""

from __future__ import annotations

from labelscore.engine.result import Result
from labelscore.i18n import t
from labelscore.problems import Problem, Severity
from labelscore.reading.load import EditionFiles


def vote_problems(files: EditionFiles, result: Result) -> list[Problem]:
    """A vote in awards.jury_order for an entry that no tie-break rule leaves tied with
    another: it changes nothing, and often means the marks changed after the vote."""
    if files.rules is None:
        return []
    ranked = {entry.id for entry in result.entries if entry.ranked}
    problems = []
    for index, ident in enumerate(files.rules.model.awards.jury_order):
        if ident in result.tied_on_every_rule:
            continue
        problems.append(
            files.rules.document.problem(
                "vote-without-tie",
                ("awards", "jury_order", index),
                t(
                    "checks.vote_not_tied" if ident in ranked else "checks.vote_not_ranked",
                    ident=ident,
                ),
                severity=Severity.WARNING,
            )
        )
    return problems
