"""A fingerprint of an edition's inputs: the same files give the same digest, whatever
their names, order, comments or layout; any change of a value changes it."""

from __future__ import annotations

import hashlib
import json

from labelscore.models.edition import Edition


def canonical(edition: Edition) -> dict[str, object]:
    """The edition as plain data, every list of records in id order. Settings added
    since the first editions count only when they change something (the rules'
    `uncertainty` block when written, `awards.draw_lots` when true): an edition without
    them keeps the digest it had before they existed."""
    rules = edition.rules.model_dump(mode="json")
    if edition.rules.uncertainty is None:
        del rules["uncertainty"]
    if not edition.rules.awards.draw_lots:
        del rules["awards"]["draw_lots"]
    return {
        "rules": rules,
        "categories": [
            c.model_dump(mode="json") for c in sorted(edition.categories, key=lambda c: c.id)
        ],
        "applications": [
            a.model_dump(mode="json") for a in sorted(edition.applications, key=lambda a: a.id)
        ],
        "jurors": [j.model_dump(mode="json") for j in sorted(edition.jurors, key=lambda j: j.id)],
        "scores": [
            {
                "juror": sheet.juror,
                "scores": [
                    s.model_dump(mode="json")
                    for s in sorted(sheet.scores, key=lambda s: s.application)
                ],
            }
            for sheet in sorted(edition.sheets, key=lambda s: s.juror)
        ],
    }


def edition_digest(edition: Edition) -> str:
    text = json.dumps(canonical(edition), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
