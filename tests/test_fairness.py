"""Conflicts, normalisation, aggregation and agreement, on examples computed by hand."""

from __future__ import annotations

import pytest

from labelscore.engine.aggregate import aggregate
from labelscore.engine.agreement import krippendorff_alpha_interval
from labelscore.engine.conflicts import find_conflicts
from labelscore.engine.jury import jury_report
from labelscore.engine.ranking import rank_edition
from labelscore.engine.result import (
    CentringCause,
    CentringReason,
    CodeKind,
    ConflictReason,
    ConflictRule,
)
from labelscore.models.choices import Aggregate, Normalize
from labelscore.models.edition import Edition
from labelscore.models.jury import Juror
from tests.factories import application, category, edition, rules

# Three criteria: a (weight 2, 0-5), b (weight 1, 0-5), c (weight 1, 0-10).
CATEGORY = category("acces", [("a", 2, 5), ("b", 1, 5), ("c", 1, 10)])
MARKS = {
    "ana": {  # lenient, scores all six
        "p": {"a": 5, "b": 4, "c": 9},  # (2*100 + 80 + 90) / 4 = 92.5
        "q": {"a": 4, "b": 4, "c": 8},  # 80
        "r": {"a": 5, "b": 5, "c": 10},  # 100
        "s": {"a": 3, "b": 4, "c": 7},  # 67.5
        "t": {"a": 4, "b": 3, "c": 6},  # 70
        "u": {"a": 5, "b": 5, "c": 9},  # 97.5
    },
    "bob": {  # harsh; his marks on u do not count (declared conflict)
        "p": {"a": 2, "b": 2, "c": 4},  # 40
        "q": {"a": 3, "b": 2, "c": 5},  # 52.5
        "r": {"a": 1, "b": 2, "c": 3},  # 27.5
        "s": {"a": 2, "b": 1, "c": 2},  # 30
        "t": {"a": 4, "b": 3, "c": 6},  # 70
        "u": {"a": 0, "b": 0, "c": 0},  # excluded
    },
    "cleo": {  # three entries only: centred, not standardised
        "p": {"a": 4, "b": 4, "c": 8},  # 80
        "q": {"a": 5, "b": 5},  # c missing: (200 + 100) / 3 = 100
        "r": {"a": 3, "b": 3, "c": 5},  # 57.5
    },
}


def _edition(minimum_jurors: int = 1) -> Edition:
    apps = [application(x, "acces") for x in "pqrstu"]
    base = edition(rules(2, minimum_jurors=minimum_jurors), [CATEGORY], apps, MARKS)
    jurors = tuple(
        j.model_copy(update={"conflicts": ["u"]}) if j.id == "bob" else j for j in base.jurors
    )
    return Edition.of(base.rules, base.categories, base.applications, jurors, base.sheets)


def _scores(result_edition: Edition, normalize: Normalize) -> dict[str, float | None]:
    result = rank_edition(result_edition, normalize=normalize)
    return {e.id: e.score for e in result.entries}


def test_raw_means_by_hand() -> None:
    scores = _scores(_edition(), Normalize.NONE)
    expected = {"p": 70.8333, "q": 77.5, "r": 61.6667, "s": 48.75, "t": 70.0, "u": 97.5}
    assert {k: round(v or 0, 4) for k, v in scores.items()} == expected


def test_zscores_by_hand_change_the_order() -> None:
    # Grand mean G = 68.9286 and SD S = 24.8401 over the 14 counted scores.
    # ana: mean 84.5833, sd 14.0905 -> G + S * (x - 84.5833) / 14.0905
    # bob: mean 44.0, sd 17.5535 (5 entries once u is excluded)
    # cleo: 3 entries -> only centred: G + x - 79.1667
    scores = _scores(_edition(), Normalize.ZSCORE)
    expected = {
        "p": 71.9716,
        "q": 77.1892,
        "r": 62.9826,
        "s": 43.9647,
        "t": 74.4705,
        "u": 91.6994,
    }
    assert {k: round(v or 0, 4) for k, v in scores.items()} == expected
    raw = rank_edition(_edition(), normalize=Normalize.NONE)
    normalised = rank_edition(_edition(), normalize=Normalize.ZSCORE)
    assert [e.id for e in raw.entries] == ["u", "q", "p", "t", "r", "s"]
    assert [e.id for e in normalised.entries] == ["u", "q", "t", "p", "r", "s"]
    few = CentringReason(CentringCause.FEW_SCORES, scored=3, needed=5)
    assert normalised.centred_only == (("acces", "cleo", few),)


def test_conflicted_marks_are_reported_and_never_count() -> None:
    result = rank_edition(_edition())
    (conflict,) = result.conflicts
    assert (conflict.juror, conflict.application, conflict.kind) == ("bob", "u", "declared")
    u = next(e for e in result.entries if e.id == "u")
    assert [s.juror for s in u.juror_scores] == ["ana"]
    assert [c.juror for c in u.excluded] == ["bob"]


def test_too_few_independent_jurors_cannot_be_ranked_or_labelled() -> None:
    result = rank_edition(_edition(minimum_jurors=2))
    u = next(e for e in result.entries if e.id == "u")
    assert u.score is None
    assert u.rank is None
    assert u.jurors_missing == 1
    assert not u.labelled
    assert [e.id for e in result.entries if e.labelled] == ["q", "p"]


def test_labels_that_normalisation_would_change_are_marked() -> None:
    result = rank_edition(_edition(minimum_jurors=2), normalize=Normalize.NONE)
    differs = {e.id: e.labelled for e in result.entries if e.label_differs}
    assert differs == {"p": True, "t": False}


def test_aggregations() -> None:
    assert aggregate([10, 20, 90], Aggregate.MEAN) == 40
    assert aggregate([10, 20, 90], Aggregate.MEDIAN) == 20
    assert aggregate([10, 20, 90], Aggregate.TRIMMED) == 40  # fewer than 5: plain mean
    assert aggregate([0, 10, 20, 30, 100], Aggregate.TRIMMED) == 20


def test_krippendorff_published_example() -> None:
    # Krippendorff's reliability data: 4 coders, 12 units, missing values (None).
    coders = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    units = [[v for v in unit if v is not None] for unit in zip(*coders, strict=True)]
    alpha = krippendorff_alpha_interval(units)
    assert alpha is not None
    assert round(alpha, 3) == 0.849


def test_alpha_of_perfect_agreement_is_one_and_of_nothing_is_none() -> None:
    assert krippendorff_alpha_interval([[1, 1], [3, 3], [5, 5]]) == 1.0
    assert krippendorff_alpha_interval([[4], [2]]) is None


def _juror(ident: str, **extra: object) -> Juror:
    data: dict[str, object] = {
        "id": ident,
        "name": ident,
        "organisation": "Réseau",
        "categories": ["acces"],
    }
    data.update(extra)
    return Juror.model_validate(data)


def test_automatic_conflicts_from_codes_and_names() -> None:
    commune = application(
        "brest",
        "acces",
        territory={
            "name": "Brest",
            "kind": "commune",
            "insee": "29019",
            "intercommunality_siren": "242900314",
            "postal_code": "29200",
            "population": 140000,
        },
    )
    jurors = [
        _juror("same-insee", territory={"name": "Brest", "insee": "29019"}),
        _juror("epci", territory={"name": "Brest métropole", "siren": "242900314"}),
        _juror("by-name", organisation="BREST"),
        _juror("declared-code", conflicts=["29019"]),
        _juror("unrelated", territory={"name": "Quimper", "insee": "29232"}),
    ]
    found = {c.juror: (c.kind, c.reason) for c in find_conflicts(jurors, [commune])}
    assert found == {
        "same-insee": (
            "automatic",
            ConflictReason(ConflictRule.TERRITORY_CODE, "29019", CodeKind.INSEE),
        ),
        "epci": (
            "automatic",
            ConflictReason(
                ConflictRule.TERRITORY_CODE, "242900314", CodeKind.INTERCOMMUNALITY_SIREN
            ),
        ),
        "by-name": ("automatic", ConflictReason(ConflictRule.SAME_NAME, "Brest")),
        "declared-code": (
            "declared",
            ConflictReason(ConflictRule.DECLARED_CODE, "29019", CodeKind.INSEE),
        ),
    }


def test_jury_report_leniency_by_hand() -> None:
    the_edition = _edition()
    reports = {r.juror: r for r in jury_report(the_edition, rank_edition(the_edition))}
    # cleo on p: 80 - mean(92.5, 40) = 13.75; on q: 100 - mean(80, 52.5) = 33.75;
    # on r: 57.5 - mean(100, 27.5) = -6.25; mean = 13.75
    assert reports["cleo"].leniency == pytest.approx(13.75)
    assert reports["cleo"].flag == "lenient"
    assert reports["cleo"].missing_marks == 1
    assert reports["bob"].conflicts == 1
    assert reports["bob"].scored == 5
    assert reports["bob"].flag == "harsh"


def test_no_leniency_flag_on_fewer_than_three_shared_applications() -> None:
    # Without r, cleo shares p and q only: on p 80 - mean(92.5, 40) = 13.75, on q
    # 100 - mean(80, 52.5) = 33.75; a mean of 23.75, far past the threshold, but two
    # applications (q half-marked) say little about how she marks: no flag, no r.
    marks = {juror: dict(rows) for juror, rows in MARKS.items()}
    del marks["cleo"]["r"]
    apps = [application(x, "acces") for x in "pqrstu"]
    two = edition(rules(2, minimum_jurors=1), [CATEGORY], apps, marks)
    reports = {r.juror: r for r in jury_report(two, rank_edition(two))}
    assert reports["cleo"].leniency == pytest.approx(23.75)
    assert reports["cleo"].flag is None
    assert reports["cleo"].correlation is None
    assert reports["bob"].flag == "harsh"
