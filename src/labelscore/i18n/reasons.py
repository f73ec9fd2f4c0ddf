"""The engine's reasons in words, in the current language: why a juror is in conflict,
why an application cannot get all its jurors, why a juror's z-scores are only centred.

The engine gives them as data (engine.result.ConflictReason, engine.assignment.Shortfall,
engine.result.CentringReason); each is phrased here, once, through the catalogs. For an
output whose language is fixed, phrase inside `i18n.speaking(...)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from labelscore.engine.result import CentringCause, CentringReason, ConflictReason, ConflictRule
from labelscore.i18n import plural, t

if TYPE_CHECKING:
    from labelscore.engine.assignment import Shortfall


def kind_words(kind: str) -> str:
    """'declared' or 'automatic' (a conflict's kind) in the current language."""
    return t(f"checks.kind.{kind}") if kind in ("declared", "automatic") else kind


def conflict_words(reason: ConflictReason) -> str:
    """Why a juror is in conflict with an application."""
    rule = reason.rule
    if rule is ConflictRule.DECLARED_APPLICATION:
        return t("checks.reason.declared_application", ident=reason.value)
    if rule is ConflictRule.SAME_NAME:
        return t("checks.reason.organisation", name=reason.value)
    if rule is ConflictRule.ON_CARD:
        return t("checks.reason.on_card")
    what = t(f"checks.code.{reason.code}", code=reason.value)
    key = (
        "checks.reason.declared_code"
        if rule is ConflictRule.DECLARED_CODE
        else "checks.reason.territory_code"
    )
    return t(key, what=what)


def centring_words(reason: CentringReason) -> str:
    """Why a juror's scores in a category were only centred, not standardised."""
    if reason.cause is CentringCause.FEW_SCORES:
        return plural(reason.scored, "rank.centred.few", needed=reason.needed)
    return t("rank.centred.equal")


def shortfall_words(shortfall: Shortfall) -> str:
    """Why an application cannot get all the jurors asked for, and what follows."""
    from labelscore.engine.assignment import ShortfallReason  # only assign needs it

    reason = shortfall.reason
    category = shortfall.category
    application = shortfall.application
    if reason is ShortfallReason.UNKNOWN_CATEGORY:
        return t("rank.short.stray", category=category, application=application)
    if reason is ShortfallReason.NO_JUROR:
        head = t("rank.short.nobody", category=category)
    elif reason is ShortfallReason.ALL_IN_CONFLICT:
        every = shortfall.jurors
        values = {"category": category, "application": application}
        head = (
            t("rank.short.all_conflicted.two", **values)
            if every == 2
            else plural(every, "rank.short.all_conflicted", **values)
        )
    elif reason is ShortfallReason.FEW_JURORS:
        head = plural(shortfall.jurors, "rank.short.few", category=category)
    else:
        jurors = plural(shortfall.jurors, "rank.short.jurors")
        head = plural(
            shortfall.eligible,
            "rank.short.some_conflicted",
            jurors=jurors,
            category=category,
            application=application,
        )
    if shortfall.blocked:
        blocked = t("rank.note.separator").join(
            t("rank.short.blocked", juror=c.juror, reason=conflict_words(c.reason))
            for c in shortfall.blocked
        )
        head += t("rank.short.blocked_all", blocked=blocked)
    return head + _shortfall_tail(shortfall)


def _shortfall_tail(shortfall: Shortfall) -> str:
    """How many jurors are asked and needed. minimum_jurors is at least 1, so whenever
    more jurors are asked than are needed or enough, at least 2 are asked."""
    target, minimum = shortfall.needed, shortfall.minimum
    if shortfall.eligible >= minimum:
        return plural(shortfall.eligible, "rank.short.enough", target=target, minimum=minimum)
    if target == minimum:
        return plural(minimum, "rank.short.needed", category=shortfall.category)
    return t("rank.short.asked_needed", target=target, minimum=minimum, category=shortfall.category)
