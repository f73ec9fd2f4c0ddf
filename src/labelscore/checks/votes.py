"""Checks that need the ranked result: a recorded jury vote must order a real tie."""

from __future__ import annotations

from labelscore.engine.result import Result
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
        why = (
            "is not tied with any other application on its score and every tie-break rule"
            if ident in ranked
            else "is not ranked (it needs more scores)"
        )
        problems.append(
            files.rules.document.problem(
                "vote-without-tie",
                ("awards", "jury_order", index),
                f"'{ident}' {why}, so this vote has no effect; remove it, or check whether "
                "the marks changed since the vote",
                severity=Severity.WARNING,
            )
        )
    return problems
