"""Round 1: the yes/no questions of the rules, answered from the application's own fields."""

from __future__ import annotations

from labelscore.models.application import Application
from labelscore.models.rules import Preselection, PreselectionCriterion


def answers_yes(question: PreselectionCriterion, application: Application) -> bool:
    if question.status is not None:
        return application.status in question.status
    if question.indicator_kinds is not None:
        return any(i.kind in question.indicator_kinds for i in application.indicators)
    if question.filled is not None:
        return bool(getattr(application, question.filled))
    return False


def preselection_answers(rules: Preselection, application: Application) -> tuple[str, ...]:
    return tuple(q.id for q in rules.criteria if answers_yes(q, application))


def is_preselected(rules: Preselection, answers: tuple[str, ...]) -> bool:
    return len(answers) >= rules.at_least
