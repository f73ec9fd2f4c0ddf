"""The engine's reasons are data (why a juror is in conflict, why an application cannot get
all its jurors, why a juror's z-scores are only centred); i18n.reasons phrases each of
them, in French and in English. The English words are those the engine wrote before it
gave data: the golden outputs and `rank --json` pin them too."""

from __future__ import annotations

import ast
import json
import re
import typing
from collections.abc import Iterator

import pytest

from labelscore import i18n
from labelscore.api import load_edition
from labelscore.engine.assignment import Shortfall, ShortfallReason, assign
from labelscore.engine.conflicts import find_conflicts
from labelscore.engine.normalize import zscore
from labelscore.engine.ranking import rank_edition
from labelscore.engine.result import (
    CentringCause,
    CentringReason,
    CodeKind,
    Conflict,
    ConflictReason,
    ConflictRule,
    Result,
)
from labelscore.i18n.reasons import centring_words, conflict_words, kind_words, shortfall_words
from labelscore.i18n.typography import NBSP, NNBSP
from labelscore.models.choices import Normalize
from labelscore.models.jury import Juror, ScoreSheet
from labelscore.render.json_result import to_json
from tests.conftest import ROOT
from tests.factories import application
from tests.test_fairness import _edition

ENGINE = ROOT / "src" / "labelscore" / "engine"


_T = typing.TypeVar("_T")


def _in(language: i18n.Language, words: typing.Callable[[_T], str], reason: _T) -> str:
    with i18n.speaking(language):
        return words(reason)


# --- conflicts ------------------------------------------------------------------------------

CONFLICTS = [
    (
        ConflictReason(ConflictRule.DECLARED_APPLICATION, "c-brest"),
        "the juror declared the application (c-brest) in the roster",
        f"le juré a déclaré «{NNBSP}c-brest{NNBSP}» dans la liste des jurés",
    ),
    (
        ConflictReason(ConflictRule.DECLARED_CODE, "2A004", CodeKind.INSEE),
        "the juror declared INSEE 2A004",
        "le juré a déclaré le code INSEE 2A004 du candidat",
    ),
    (
        ConflictReason(ConflictRule.DECLARED_CODE, "212000046", CodeKind.SIREN),
        "the juror declared SIREN 212000046",
        "le juré a déclaré le SIREN 212000046 du candidat",
    ),
    (
        ConflictReason(ConflictRule.DECLARED_CODE, "242900314", CodeKind.INTERCOMMUNALITY_SIREN),
        "the juror declared intercommunalité SIREN 242900314",
        "le juré a déclaré le SIREN 242900314 de l'intercommunalité du candidat",
    ),
    (
        ConflictReason(ConflictRule.TERRITORY_CODE, "01053", CodeKind.INSEE),
        "the juror's territory has the applicant's INSEE 01053",
        "le territoire du juré a le code INSEE 01053 du candidat",
    ),
    (
        ConflictReason(ConflictRule.TERRITORY_CODE, "212000046", CodeKind.SIREN),
        "the juror's territory has the applicant's SIREN 212000046",
        "le territoire du juré a le SIREN 212000046 du candidat",
    ),
    (
        ConflictReason(ConflictRule.TERRITORY_CODE, "242900314", CodeKind.INTERCOMMUNALITY_SIREN),
        "the juror's territory has the applicant's intercommunalité SIREN 242900314",
        "le territoire du juré a le SIREN 242900314 de l'intercommunalité du candidat",
    ),
    (
        ConflictReason(ConflictRule.SAME_NAME, "Saint-Étienne"),
        "the juror's organisation or territory is Saint-Étienne",
        "l'organisme ou le territoire du juré est Saint-Étienne",
    ),
    (
        ConflictReason(ConflictRule.ON_CARD),
        "the juror declared it on their score card",
        "le juré l'a déclaré sur sa carte de notation",
    ),
]


@pytest.mark.parametrize(("reason", "english", "french"), CONFLICTS)
def test_each_conflict_reason_in_both_languages(
    reason: ConflictReason, english: str, french: str
) -> None:
    assert _in("en", conflict_words, reason) == english
    assert _in("fr", conflict_words, reason) == french


def test_every_conflict_rule_and_every_code_is_phrased_above() -> None:
    tested = {(reason.rule, reason.code) for reason, _, _ in CONFLICTS}
    codes = (ConflictRule.DECLARED_CODE, ConflictRule.TERRITORY_CODE)
    expected = {(rule, None) for rule in ConflictRule if rule not in codes} | {
        (rule, code) for rule in codes for code in CodeKind
    }
    assert tested == expected


def test_conflict_kinds_in_both_languages() -> None:
    assert [_in("en", kind_words, k) for k in ("declared", "automatic")] == [
        "declared",
        "automatic",
    ]
    assert [_in("fr", kind_words, k) for k in ("declared", "automatic")] == [
        "déclaré",
        "automatique",
    ]


# --- z-scores only centred ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "english", "french"),
    [
        (
            CentringReason(CentringCause.FEW_SCORES, 1, 5),
            "only 1 scored entries (needs 5)",
            "1 candidature notée seulement (il en faut 5)",
        ),
        (
            CentringReason(CentringCause.FEW_SCORES, 3, 5),
            "only 3 scored entries (needs 5)",
            "3 candidatures notées seulement (il en faut 5)",
        ),
        (
            CentringReason(CentringCause.EQUAL_SCORES, 6, 5),
            "all their scores are equal",
            "toutes ses notes sont égales",
        ),
    ],
)
def test_each_centring_reason_in_both_languages(
    reason: CentringReason, english: str, french: str
) -> None:
    assert _in("en", centring_words, reason) == english
    assert _in("fr", centring_words, reason) == french


# --- shortfalls -----------------------------------------------------------------------------


def _conflict(juror: str, reason: ConflictReason) -> Conflict:
    return Conflict(juror, "a1", "declared", reason)


ON_CARD = _conflict("j1", ConflictReason(ConflictRule.ON_CARD))
BY_CODE = _conflict("j2", ConflictReason(ConflictRule.DECLARED_CODE, "29019", CodeKind.INSEE))
NEEDED_EN = (
    "{n} needed: it cannot be ranked unless another juror who scores acces is added to "
    "jury/roster.yaml"
)
NEEDED_FR = (
    f"il en faut {{n}}{NBSP}: elle ne peut pas être classée tant qu'un autre juré de la "
    "catégorie acces n'est pas ajouté à jury/roster.yaml"
)
SHORTFALLS = [
    (
        Shortfall("a1", "nope", 4, 0, ShortfallReason.UNKNOWN_CATEGORY, 3),
        "its category 'nope' is not one of the edition's (criteria/): no juror can be "
        "assigned to a1",
        f"sa catégorie «{NNBSP}nope{NNBSP}» n'est pas une catégorie de l'édition "
        f"(criteria/){NBSP}: aucun juré ne peut être affecté à a1",
    ),
    (
        Shortfall("a1", "acces", 3, 0, ShortfallReason.NO_JUROR, 3),
        "no juror scores acces in jury/roster.yaml; " + NEEDED_EN.format(n="3 are"),
        f"aucun juré ne note acces dans jury/roster.yaml{NNBSP}; " + NEEDED_FR.format(n=3),
    ),
    (
        Shortfall("a1", "acces", 3, 0, ShortfallReason.ALL_IN_CONFLICT, 3, 1, (ON_CARD,)),
        "the only juror of acces is in conflict with a1 (j1: the juror declared it on their "
        "score card); " + NEEDED_EN.format(n="3 are"),
        "le seul juré de la catégorie acces est en conflit avec a1 (j1"
        f"{NBSP}: le juré l'a déclaré sur sa carte de notation){NNBSP}; " + NEEDED_FR.format(n=3),
    ),
    (
        Shortfall("a1", "acces", 1, 0, ShortfallReason.ALL_IN_CONFLICT, 1, 2, (ON_CARD, BY_CODE)),
        "both jurors of acces are in conflict with a1 (j1: the juror declared it on their "
        "score card; j2: the juror declared INSEE 29019); " + NEEDED_EN.format(n="1 is"),
        "les deux jurés de la catégorie acces sont en conflit avec a1 (j1"
        f"{NBSP}: le juré l'a déclaré sur sa carte de notation{NNBSP}; j2{NBSP}: le juré a "
        f"déclaré le code INSEE 29019 du candidat){NNBSP}; " + NEEDED_FR.format(n=1),
    ),
    (
        Shortfall("a1", "acces", 4, 0, ShortfallReason.ALL_IN_CONFLICT, 3, 3, (ON_CARD,)),
        "all 3 jurors of acces are in conflict with a1 (j1: the juror declared it on their "
        "score card); 4 are asked and " + NEEDED_EN.format(n="3"),
        "les 3 jurés de la catégorie acces sont tous en conflit avec a1 (j1"
        f"{NBSP}: le juré l'a déclaré sur sa carte de notation){NNBSP}; 4 sont demandés et "
        + NEEDED_FR.format(n=3),
    ),
    (
        Shortfall("a1", "acces", 3, 1, ShortfallReason.FEW_JURORS, 3, 1),
        "acces has only one juror in jury/roster.yaml; " + NEEDED_EN.format(n="3 are"),
        f"acces n'a qu'un juré dans jury/roster.yaml{NNBSP}; " + NEEDED_FR.format(n=3),
    ),
    (
        Shortfall("a1", "acces", 3, 2, ShortfallReason.FEW_JURORS, 1, 2),
        "acces has only 2 jurors in jury/roster.yaml; 3 are asked; 2 are enough to rank it "
        "(minimum_jurors: 1)",
        f"acces n'a que 2 jurés dans jury/roster.yaml{NNBSP}; 3 sont demandés{NNBSP}; 2 "
        f"suffisent pour la classer (minimum_jurors{NBSP}: 1)",
    ),
    (
        Shortfall("a1", "acces", 4, 1, ShortfallReason.SOME_IN_CONFLICT, 1, 2, (BY_CODE,)),
        "only 1 of the 2 jurors of acces has no conflict with a1 (j2: the juror declared "
        "INSEE 29019); 4 are asked; 1 is enough to rank it (minimum_jurors: 1)",
        "seul 1 des 2 jurés de la catégorie acces n'a pas de conflit avec a1 (j2"
        f"{NBSP}: le juré a déclaré le code INSEE 29019 du candidat){NNBSP}; 4 sont "
        f"demandés{NNBSP}; 1 suffit pour la classer (minimum_jurors{NBSP}: 1)",
    ),
    (
        Shortfall("a1", "acces", 4, 2, ShortfallReason.SOME_IN_CONFLICT, 3, 3, (BY_CODE,)),
        "only 2 of the 3 jurors of acces have no conflict with a1 (j2: the juror declared "
        "INSEE 29019); " + NEEDED_EN.format(n="4 are asked and 3"),
        "seuls 2 des 3 jurés de la catégorie acces n'ont pas de conflit avec a1 (j2"
        f"{NBSP}: le juré a déclaré le code INSEE 29019 du candidat){NNBSP}; 4 sont "
        "demandés et " + NEEDED_FR.format(n=3),
    ),
]


@pytest.mark.parametrize(("shortfall", "english", "french"), SHORTFALLS)
def test_each_shortfall_reason_in_both_languages(
    shortfall: Shortfall, english: str, french: str
) -> None:
    assert _in("en", shortfall_words, shortfall) == english
    assert _in("fr", shortfall_words, shortfall) == french


def test_every_shortfall_reason_is_phrased_above() -> None:
    assert {shortfall.reason for shortfall, _, _ in SHORTFALLS} == set(ShortfallReason)


# --- no sentence in the engine --------------------------------------------------------------


def _every_conflict_rule() -> tuple[Conflict, ...]:
    brest = application(
        "brest",
        "acces",
        territory={
            "name": "Brest",
            "kind": "commune",
            "insee": "29019",
            "siren": "212900195",
            "intercommunality_siren": "242900314",
            "postal_code": "29200",
            "population": 140000,
        },
    )

    def juror(ident: str, **extra: object) -> Juror:
        data = {"id": ident, "name": ident, "organisation": "Réseau", "categories": ["acces"]}
        return Juror.model_validate(data | extra)

    jurors = [
        juror("id", conflicts=["brest"]),
        juror("insee", conflicts=["29019"]),
        juror("siren", conflicts=["212900195"]),
        juror("epci", conflicts=["242900314"]),
        juror("same-insee", territory={"name": "Brest-Centre", "insee": "29019"}),
        juror("same-siren", territory={"name": "Brest-Mairie", "siren": "212900195"}),
        juror("in-epci", territory={"name": "Brest métropole", "siren": "242900314"}),
        juror("name", organisation="Brest"),
        juror("card"),
    ]
    card = ScoreSheet.model_validate({"juror": "card", "conflicts": ["brest"]})
    return find_conflicts(jurors, [brest], [card])


def _reasons(result: Result) -> Iterator[object]:
    for conflict in result.conflicts:
        yield conflict.reason
    for entry in result.entries:
        for conflict in entry.excluded:
            yield conflict.reason
    for _, _, why in result.centred_only:
        yield why


def test_the_engine_gives_reasons_as_data_not_sentences() -> None:
    hints = typing.get_type_hints
    assert hints(Conflict)["reason"] is ConflictReason
    assert hints(Shortfall)["reason"] is ShortfallReason
    assert hints(Result)["centred_only"] == tuple[tuple[str, str, CentringReason], ...]

    found = _every_conflict_rule()
    assert {(c.reason.rule, c.reason.code) for c in found} == {
        (reason.rule, reason.code) for reason, _, _ in CONFLICTS
    }
    assert {c.juror: c.kind for c in found if c.kind == "automatic"} == {
        "same-insee": "automatic",
        "same-siren": "automatic",
        "in-epci": "automatic",
        "name": "automatic",
    }

    edition = load_edition(ROOT).edition
    result = rank_edition(edition, normalize=Normalize.ZSCORE)
    reasons = [*_reasons(result), *(c.reason for c in found)]
    shortfalls = assign(edition).shortfalls
    assert result.conflicts
    assert shortfalls
    for shortfall in shortfalls:
        assert type(shortfall.reason) is ShortfallReason
        reasons += [c.reason for c in shortfall.blocked]
    few = zscore({"c": [("ana", "a", 50.0), ("ana", "b", 60.0)]}).centred_only
    equal = zscore({"c": [("ana", x, 50.0) for x in "abcde"]}).centred_only
    assert few == (("c", "ana", CentringReason(CentringCause.FEW_SCORES, 2, 5)),)
    assert equal == (("c", "ana", CentringReason(CentringCause.EQUAL_SCORES, 5, 5)),)
    reasons += [why for _, _, why in few + equal]
    for reason in reasons:
        assert type(reason) in (ConflictReason, CentringReason), reason


def _sentences(source: str) -> list[str]:
    """The strings of a module with three words or more, docstrings and the messages of
    exceptions and assertions aside."""
    tree = ast.parse(source)
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant | ast.JoinedStr):
            skipped.add(id(node.value))  # a docstring, of a module, class, function or field
        if isinstance(node, ast.Raise | ast.Assert):
            skipped.update(id(inner) for inner in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(part) for part in node.values)
            text = "".join(
                str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
            )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if len(re.findall(r"[A-Za-z][\w'-]*", str(text))) >= 3:  # an_identifier is one
            found.append(str(text))
    return found


@pytest.mark.parametrize("module", ["conflicts.py", "assignment.py", "normalize.py"])
def test_the_engine_writes_no_sentence_where_it_gives_reasons(module: str) -> None:
    assert _sentences((ENGINE / module).read_text("utf-8")) == []


def test_the_sentence_finder_finds_sentences() -> None:
    source = """
\"\"\"A module.\"\"\"
KIND = "declared"
WHY = "the juror declared it"
def reason(code: str) -> str:
    \"\"\"Why, in words.\"\"\"
    if not code:
        raise ValueError(f"no code at all: {code}")
    assert code, "a code is needed"
    return f"the juror declared {code}"
"""
    assert _sentences(source) == ["the juror declared it", "the juror declared {}"]


# --- outputs whose language is fixed --------------------------------------------------------


def test_speaking_changes_the_language_inside_the_block_only() -> None:
    was = i18n.language()
    with i18n.speaking("fr"):
        assert i18n.language() == "fr"
        with i18n.speaking("en"):
            assert i18n.language() == "en"
        assert i18n.language() == "fr"
    assert i18n.language() == was


def test_the_json_reasons_stay_english_in_french() -> None:
    result = rank_edition(_edition(), normalize=Normalize.ZSCORE)
    with i18n.speaking("fr"):
        document = json.loads(to_json(result))
    assert document["conflicts"] == [
        {
            "juror": "bob",
            "application": "u",
            "kind": "declared",
            "reason": "the juror declared the application (u) in the roster",
        }
    ]
    assert document["normalisation_centred_only"] == [
        {"category": "acces", "juror": "cleo", "why": "only 3 scored entries (needs 5)"}
    ]


def test_the_report_says_conflicts_in_french_whatever_the_language() -> None:
    from labelscore.render.report import conflict_words_fr

    (conflict,) = rank_edition(_edition()).conflicts
    with i18n.speaking("en"):
        assert conflict_words_fr(conflict) == (
            "déclaré",
            f"le juré a déclaré «{NNBSP}u{NNBSP}» dans la liste des jurés",
        )
