"""A juror's score sheet (jury/scores/<juror>.yaml) as `labelscore collect` writes it, in
the format a person writes by hand: the same card always gives the same bytes."""

from __future__ import annotations

import json

from labelscore.checks.collect import NewSheet
from labelscore.models.assignment import yaml_scalar


def _number(mark: float) -> str:
    """As written on the sheet it came from, else as few digits as give it back."""
    written = getattr(mark, "source", None)
    if isinstance(written, str):
        return written
    return str(int(mark)) if float(mark).is_integer() else repr(float(mark))


def _text(text: str) -> str:
    """A double-quoted YAML string: every character kept, line breaks escaped."""
    return json.dumps(text, ensure_ascii=False)


def _of(name: str) -> str:
    """« de Nadia », « d'Isabelle », « d'Hélène »: French elides de before a vowel or a
    silent h (the usual h of first names)."""
    return f"d'{name}" if name[:1].casefold() in "aâàeéèêëiîïoôuûùüyh" else f"de {name}"


def score_sheet_yaml(sheet: NewSheet, name: str) -> str:
    lines = [f"# Notes {_of(name)}, reprises de sa carte de notation par `labelscore collect`."]
    if sheet.card:
        lines.append(f"# Carte relevée\u00a0: {sheet.card} (l'empreinte de son fichier).")
    lines.append(f"juror: {yaml_scalar(sheet.juror)}")
    if not sheet.scores:
        lines.append("scores: []")
    else:
        lines.append("scores:")
    for score in sheet.scores:
        lines.append(f"  - application: {yaml_scalar(score.application)}")
        lines.append("    marks:")
        lines.extend(
            f"      {yaml_scalar(criterion)}: {_number(mark)}"
            for criterion, mark in score.marks.items()
        )
        if score.comment:
            lines.append(f"    comment: {_text(score.comment)}")
    if sheet.conflicts:
        lines.append("conflicts:")
        lines.extend(f"  - {yaml_scalar(application)}" for application in sheet.conflicts)
    return "\n".join(lines) + "\n"
