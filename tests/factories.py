"""Small editions built in code, for engine tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from labelscore.models.application import Application
from labelscore.models.criteria import Category
from labelscore.models.edition import Edition
from labelscore.models.jury import Juror, ScoreSheet
from labelscore.models.rules import Rules


def category(ident: str, criteria: Iterable[tuple[str, float, float]]) -> Category:
    """criteria: (id, weight, max mark) on a scale starting at 0."""
    return Category.model_validate(
        {
            "id": ident,
            "title": ident.title(),
            "criteria": [
                {"id": c, "title": c, "weight": w, "scale": {"min": 0, "max": m}}
                for c, w, m in criteria
            ],
        }
    )


def application(
    ident: str, category_id: str, status: str = "realised", **extra: object
) -> Application:
    data: dict[str, object] = {
        "id": ident,
        "category": category_id,
        "title": f"Projet {ident}",
        "territory": {
            "name": f"Ville {ident}",
            "kind": "commune",
            "insee": "29019",
            "postal_code": "29200",
            "population": 1000,
        },
        "status": status,
        "start_date": "2009-01-01",
        "summary": "Un projet.",
        "contact": {"name": "Jeanne", "email": "jeanne@example.fr"},
    }
    data.update(extra)
    return Application.model_validate(data)


def rules(
    labels: int,
    *,
    minimum: int = 0,
    maximum: int | None = None,
    minimum_score: float = 0,
    minimum_jurors: int = 1,
    tie_break: Iterable[str] = (),
    jury_order: Iterable[str] = (),
    preselection: Iterable[Mapping[str, object]] = (),
) -> Rules:
    return Rules.model_validate(
        {
            "name": "Test",
            "year": 2010,
            "scoring": {"minimum_jurors": minimum_jurors},
            "awards": {
                "labels": labels,
                "per_category": {"min": minimum, "max": maximum},
                "minimum_score": minimum_score,
                "preselection": {
                    "at_least": 1 if preselection else 0,
                    "criteria": list(preselection),
                },
                "tie_break": list(tie_break),
                "jury_order": list(jury_order),
            },
        }
    )


def edition(
    the_rules: Rules,
    categories: Iterable[Category],
    applications: Iterable[Application],
    marks: Mapping[str, Mapping[str, Mapping[str, float]]],
) -> Edition:
    """marks: juror -> application -> criterion -> mark; every juror scores every category."""
    categories = tuple(categories)
    jurors = tuple(
        Juror.model_validate(
            {
                "id": juror,
                "name": juror,
                "organisation": "Réseau",
                "categories": [c.id for c in categories],
            }
        )
        for juror in marks
    )
    sheets = tuple(
        ScoreSheet.model_validate(
            {
                "juror": juror,
                "scores": [
                    {"application": app, "marks": dict(given)} for app, given in by_app.items()
                ],
            }
        )
        for juror, by_app in marks.items()
    )
    return Edition.of(the_rules, categories, applications, jurors, sheets)
