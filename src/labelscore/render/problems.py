"""Problems, one line each: `file:line:column: field: message`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console

from labelscore.i18n import plural, t
from labelscore.problems import Problem, Severity
from labelscore.render.text import plain


def print_problems(out: Console, problems: Sequence[Problem]) -> None:
    for problem in problems:
        line = plain(str(problem))
        if problem.severity is Severity.WARNING:
            line.stylize("yellow")
        else:
            line.stylize("red")
        out.print(line, soft_wrap=True)


def summary_line(problems: Sequence[Problem], files: int | None = None) -> str:
    """« 2 erreurs, 1 avertissement dans 10 fichiers. », or « Aucun problème trouvé… »."""
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    checked = plural(files, "problems.in_files") if files is not None else ""
    if not problems:
        return t("problems.none", checked=checked)
    return t(
        "problems.counts",
        errors=plural(errors, "problems.errors"),
        warnings=plural(warnings, "problems.warnings"),
        checked=checked,
    )


def problems_json(problems: Sequence[Problem], files: int) -> str:
    """Every problem with its stable code, and the counts: for editors and scripts."""
    import json

    errors = sum(p.severity is Severity.ERROR for p in problems)
    document = {
        "problems": [
            {
                "file": p.file,
                "line": p.line,
                "column": p.column,
                "field": p.field,
                "code": p.code,
                "rule": p.rule,
                "severity": p.severity.value,
                "message": p.message,
                **({"sheet": p.sheet, "cell": p.cell} if p.sheet else {}),
            }
            for p in problems
        ],
        "summary": {"errors": errors, "warnings": len(problems) - errors, "files": files},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
