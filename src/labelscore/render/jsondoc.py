"""The full result as JSON, for scripts."""

from __future__ import annotations

import json

from labelscore.engine.scoring import DECIMALS
from labelscore.results import Entry, Result


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def _entry(entry: Entry) -> dict[str, object]:
    application = entry.application
    return {
        "id": application.id,
        "title": application.title,
        "territory": application.territory.model_dump(mode="json", exclude_none=True),
        "status": application.status.value,
        "rank": entry.rank,
        "score": _round(entry.score),
        "jurors": [
            {
                "juror": s.juror,
                "raw": _round(s.raw),
                "normalised": _round(s.normalised),
                "missing_marks": list(s.missing),
            }
            for s in entry.juror_scores
        ],
        "preselection": list(entry.preselection),
        "preselected": entry.preselected,
        "labelled": entry.labelled,
        "pending_tie": entry.pending,
    }


def to_json(result: Result) -> str:
    document = {
        "edition": {"name": result.name, "year": result.year},
        "labels": {
            "available": result.labels_available,
            "awarded": result.labels_awarded,
            "pending": result.pending_labels,
        },
        "preselected": result.preselected,
        "categories": [
            {
                "id": category.category.id,
                "title": category.category.title,
                "labels": category.labels,
                "entries": [_entry(e) for e in category.entries],
            }
            for category in result.categories
        ],
        "ties": [
            {
                "category": tie.category,
                "applications": list(tie.applications),
                "score": tie.score,
                "settled_by": list(tie.settled_by),
                "at_label_line": tie.at_label_line,
            }
            for tie in result.ties
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
