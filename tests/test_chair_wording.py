"""What a new chair found trying the tool in French: missing marks are marks, not
applications; the z-score notes only when the ranking uses z-scores; lists and numbers
of four digits written the French way."""

from __future__ import annotations

import json
from pathlib import Path

from labelscore import i18n
from labelscore.api import progress, rank
from labelscore.i18n.typography import NNBSP, enumeration, number
from labelscore.render.marking import summary_line
from labelscore.render.report import _provisional
from tests.conftest import FIXTURES
from tests.golden_outputs import Case, run

UNFINISHED = FIXTURES / "editions" / "unfinished"
MINI = FIXTURES / "editions" / "mini"
TIE = FIXTURES / "editions" / "tie"


def invoke(language: str, *args: str | Path) -> tuple[int, str]:
    """The command run as a user runs it, in `language`."""
    found = run(Case("chair", tuple(map(str, args)), 0, (("LABELSCORE_LANG", language),)))
    return found.exit, found.stdout.decode("utf-8")


def test_missing_marks_are_counted_as_marks_in_both_languages() -> None:
    done = progress(MINI).progress
    assert not done.missing
    with i18n.speaking("fr"):
        assert summary_line(done) == f"Les {done.assigned} notes attendues sont là."
    with i18n.speaking("en"):
        assert summary_line(done) == f"All {done.assigned} expected marks are in."
    result = rank(UNFINISHED).result
    assert result.missing_marks == 4
    with i18n.speaking("fr"):
        assert _provisional(result)[0].startswith("4 notes attendues manquent encore (voir")
    code, out = invoke("fr", "rank", UNFINISHED)
    assert code == 0
    assert "Provisoire\u00a0: 4 notes attendues manquent encore" in out
    assert "candidatures confiées" not in out
    code, out = invoke("en", "rank", UNFINISHED)
    assert "Provisional: 4 expected marks still missing" in out


def test_z_score_notes_only_when_the_ranking_uses_z_scores() -> None:
    assert rank(TIE).result.centred_only
    _, out = invoke("fr", "rank", TIE, "--normalize", "none")
    assert "scores z" not in out
    _, out = invoke("en", "rank", TIE, "--normalize", "none")
    assert "z-scores:" not in out
    _, out = invoke("en", "rank", TIE, "--normalize", "zscore")
    assert "z-scores: ana in acces only centred" in out
    _, out = invoke("en", "rank", TIE, "--normalize", "none", "--json")
    assert json.loads(out)["normalisation_centred_only"]


def test_french_lists_and_numbers() -> None:
    with i18n.speaking("fr"):
        assert enumeration(["lea-rousseau", "paul-girard"]) == "lea-rousseau et paul-girard"
        assert enumeration(["a", "b", "c"]) == "a, b et c"
        assert enumeration(["a"]) == "a"
        assert enumeration([]) == ""
        assert number(1000) == f"1{NNBSP}000"
        assert number(999) == "999"
    with i18n.speaking("en"):
        assert enumeration(["a", "b"]) == "a, b"
        assert number(1000) == "1,000"
    _, out = invoke("fr", "rank", TIE)
    assert f"1{NNBSP}000 tirages" in out
    assert "1000 tirages" not in out


def test_an_application_waiting_for_assigned_marks_says_so() -> None:
    from labelscore.engine.result import Outcome
    from labelscore.render.explain import _outcome
    from labelscore.render.report import _category

    result = rank(UNFINISHED).result
    entries = {e.id: e for c in result.categories for e in c.entries}
    bourg, brest = entries["b-bourg"], entries["c-brest"]
    assert (bourg.outcome, bourg.awaited) == (Outcome.NEEDS_MORE_SCORES, ("bob", "cleo"))
    assert (brest.jurors_missing, brest.awaited) == (1, ("bob",))
    assert entries["a-ajaccio"].awaited == ("cleo",)  # ranked all the same, 2 jurors are enough
    assert rank(MINI).result.categories[0].entries[0].awaited == ()
    with i18n.speaking("fr"):
        assert _outcome(bourg, result) == (
            "non classée\u00a0: les notes de bob et cleo sont attendues (jury/assignments.yaml)"
        )
        assert _outcome(brest, result) == (
            "non classée\u00a0: la note de bob est attendue (jury/assignments.yaml)"
        )
    with i18n.speaking("en"):
        assert _outcome(brest, result) == (
            "not ranked: marks awaited from bob (jury/assignments.yaml)"
        )
    group = next(c for c in result.categories if any(e.id == "b-bourg" for e in c.entries))
    view = _category(group, result, {})
    assert {u.ident: u.awaited for u in view.unranked} == {
        "b-bourg": "Bob et Cléo",
        "c-brest": "Bob",
    }
    _, page = invoke("fr", "report", UNFINISHED, "--output", "-")
    assert "Non classées (notes attendues, ou trop peu de jurés sans conflit)" in page
    assert "notes attendues de <bdi>Bob et Cléo</bdi> (jury/assignments.yaml)" in page
