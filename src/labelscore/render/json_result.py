"""The full result as JSON, for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence

from labelscore.engine.result import (
    Agreement,
    CentringReason,
    Certainty,
    Conflict,
    ConflictReason,
    Entry,
    Result,
    Uncertainty,
    Zone,
)
from labelscore.engine.scoring import DECIMALS
from labelscore.i18n import speaking
from labelscore.i18n.reasons import centring_words, conflict_words


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def _certainty(figure: Certainty | None) -> dict[str, object] | None:
    if figure is None:
        return None
    return {
        "p_label": _round(figure.p_label),
        "zone": figure.zone.value,
        "expected_rank": _round(figure.expected_rank),
        "rank_interval_90": [figure.rank_low, figure.rank_high],
        "margin_to_label_line": _round(figure.margin),
        "label_line": _round(figure.line),
        "weight_stability": _round(figure.weight_stability),
        "weight_sensitive": figure.weight_sensitive,
    }


def _uncertainty(uncertainty: Uncertainty | None, result: Result) -> dict[str, object] | None:
    if uncertainty is None:
        return None
    labelled = {e.id for e in result.entries if e.labelled}
    from labelscore.engine.uncertainty import OUT, SURE

    close = [f for f in uncertainty.figures if f.zone is Zone.CLOSE_CALL]
    return {
        "method": "normal draws around each score, juror spread pooled per category",
        "seed": uncertainty.seed,
        "draws": uncertainty.draws,
        "monte_carlo_error": _round(uncertainty.monte_carlo_error),
        "zones": {"sure": [SURE, 1.0], "close_call": [OUT, SURE], "out": [0.0, OUT]},
        "close_calls": {
            "labelled": sum(f.application in labelled for f in close),
            "not_labelled": sum(f.application not in labelled for f in close),
        },
        "weights": {
            "change": uncertainty.weight_change,
            "samples": uncertainty.weight_samples,
            "sensitive": sum(f.weight_sensitive for f in uncertainty.figures),
        },
        "juror_spread": [
            {
                "category": s.category,
                "sd": _round(s.sd),
                "df": s.df,
                "pooled_over": s.pooled_over,
            }
            for s in uncertainty.spreads
        ],
    }


def _entry(entry: Entry, uncertainty: Uncertainty | None = None) -> dict[str, object]:
    application = entry.application
    return {
        "id": application.id,
        "title": application.title,
        "territory": application.territory.model_dump(mode="json", exclude_none=True),
        "status": application.status.value,
        "rank": entry.rank,
        "score": _round(entry.score),
        "raw_score": _round(entry.raw_score),
        "spread": _round(entry.spread),
        "discuss": entry.discuss,
        "label_differs_raw_vs_normalised": entry.label_differs,
        "tie_settled_by": entry.label_tie or entry.tie_rule,
        "jurors_missing": entry.jurors_missing,
        "excluded_for_conflict": [_conflict(c) for c in entry.excluded],
        "jurors": [
            {
                "juror": s.juror,
                "raw": _round(s.raw),
                "normalised": _round(s.normalised),
                "missing_marks": list(s.missing),
            }
            for s in entry.juror_scores
        ],
        "marks": [
            {"juror": given.juror, "marks": dict(given.marks), "comment": given.comment}
            for given in entry.marks
        ],
        "preselection": list(entry.preselection),
        "preselected": entry.preselected,
        "labelled": entry.labelled,
        "pending_tie": entry.pending,
        "outcome": entry.outcome.value,
        "uncertainty": _certainty(uncertainty.of(entry.id) if uncertainty else None),
    }


def _conflict(conflict: Conflict) -> dict[str, str]:
    """A conflict; its "reason" is an English sentence, whatever the language of the
    command line (as it was when the engine wrote it): phrased from the engine's
    ConflictReason by the English catalog, so scripts that read it see no change."""
    return {
        "juror": conflict.juror,
        "application": conflict.application,
        "kind": conflict.kind,
        "reason": _english(conflict.reason),
    }


def _english(reason: ConflictReason | CentringReason) -> str:
    """A reason in English, the one language of the JSON's words."""
    with speaking("en"):
        if isinstance(reason, ConflictReason):
            return conflict_words(reason)
        return centring_words(reason)


def _agreement(agreements: Sequence[Agreement]) -> list[dict[str, object]]:
    return [
        {"scope": a.scope, "alpha_raw": _round(a.raw), "alpha_normalised": _round(a.normalised)}
        for a in agreements
    ]


def _layout(value: object, depth: int, indent: str = "") -> str:
    """Indented down to `depth` levels, one line per value below: readable, and written by
    the json module's C encoder (a fully indented dump of a large edition takes seconds)."""
    inner = indent + "  "
    if depth > 0 and isinstance(value, dict) and value:
        items = [
            f"{inner}{json.dumps(key, ensure_ascii=False)}: {_layout(item, depth - 1, inner)}"
            for key, item in value.items()
        ]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if depth > 0 and isinstance(value, list) and value:
        items = [f"{inner}{_layout(item, depth - 1, inner)}" for item in value]
        return "[\n" + ",\n".join(items) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=False)


def _dump(document: object) -> str:
    return _layout(document, 4) + "\n"


def to_json(result: Result) -> str:
    document = {
        "edition": {"name": result.name, "year": result.year},
        "digest": result.digest,
        "scoring": {"aggregate": result.aggregate.value, "normalize": result.normalize.value},
        "labels": {
            "available": result.labels_available,
            "awarded": result.labels_awarded,
            "pending": result.pending_labels,
        },
        "provisional": result.provisional,
        "missing_marks": result.missing_marks,
        "preselected": result.preselected,
        "uncertainty": _uncertainty(result.uncertainty, result),
        "categories": [
            {
                "id": category.category.id,
                "title": category.category.title,
                "labels": category.labels,
                "entries": [_entry(e, result.uncertainty) for e in category.entries],
            }
            for category in result.categories
        ],
        "conflicts": [_conflict(c) for c in result.conflicts],
        "needs_more_scores": [e.id for e in result.entries if e.score is None],
        "normalisation_centred_only": [
            {"category": category, "juror": juror, "why": _english(why)}
            for category, juror, why in result.centred_only
        ],
        "agreement": _agreement(result.agreement),
        "ties": [
            {
                "categories": list(tie.categories),
                "applications": list(tie.applications),
                "score": tie.score,
                "settled_by": list(tie.settled_by),
                "at_label_line": tie.at_label_line,
                "decided_by": list(tie.decided_by),
            }
            for tie in result.ties
        ],
        "drawn_lots": None
        if result.drawn_lots is None
        else {
            "seed": result.drawn_lots.seed,
            "lots": [
                {"application": ident, "lot": value} for ident, value in result.drawn_lots.lots
            ],
        },
    }
    return _dump(document)


def jury_json(result: Result) -> str:
    jurors = []
    for report in result.jurors:
        row = report._asdict()
        for key in ("mean", "spread", "leniency", "correlation"):
            row[key] = _round(row[key])
        row["categories"] = list(report.categories)
        jurors.append(row)
    return _dump({"jurors": jurors, "agreement": _agreement(result.agreement)})
