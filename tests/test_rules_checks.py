"""What the README says about conflicts, the heaviest criterion and the rules' defaults,
checked on the code; and the commands' exit codes for the new checks."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner

from labelscore.cli.commands import app
from labelscore.engine.conflicts import find_conflicts
from labelscore.engine.ranking import rank_edition
from labelscore.engine.scoring import top_criterion_score
from labelscore.models.application import Application
from labelscore.models.criteria import Category
from labelscore.models.jury import Juror
from labelscore.models.rules import Rules
from tests.factories import application, edition

ENV = {"COLUMNS": "160", "NO_COLOR": "1", "TERM": "dumb"}


def _commune(ident: str, name: str, insee: str, epci: str | None = None) -> Application:
    territory: dict[str, object] = {
        "name": name,
        "kind": "commune",
        "insee": insee,
        "postal_code": "29200",
        "population": 1000,
    }
    if epci is not None:
        territory["intercommunality_siren"] = epci
    return application(ident, "acces", territory=territory)


def _juror(ident: str, **extra: object) -> Juror:
    data: dict[str, object] = {
        "id": ident,
        "name": ident,
        "organisation": "Réseau",
        "categories": ["acces"],
    }
    data.update(extra)
    return Juror.model_validate(data)


def _pairs(jurors: list[Juror], applications: list[Application]) -> set[tuple[str, str]]:
    return {(c.juror, c.application) for c in find_conflicts(jurors, applications)}


def test_a_declared_siren_covers_the_communes_of_that_intercommunalite() -> None:
    brest = _commune("brest", "Brest", "29019", epci="242900314")
    guipavas = _commune("guipavas", "Guipavas", "29075", epci="242900314")
    quimper = _commune("quimper", "Quimper", "29232")
    juror = _juror("ana", conflicts=["242900314"])
    assert _pairs([juror], [brest, guipavas, quimper]) == {("ana", "brest"), ("ana", "guipavas")}


def test_a_declared_departement_code_does_not_cover_its_communes() -> None:
    brest = _commune("brest", "Brest", "29019")
    assert _pairs([_juror("ana", conflicts=["29"])], [brest]) == set()


@pytest.mark.parametrize(
    ("applicant", "juror_side", "matched"),
    [
        ("Brest", "BREST", True),
        ("Saint-Étienne", "saint-étienne", True),
        ("Saint-Étienne", "Saint-Etienne", False),
        ("Saint-Étienne", "St-Étienne", False),
        ("Saint-Étienne", "Saint Étienne", False),
        ("Brest", "Brest Métropole", False),
        ("Brest", "Ville de Brest", False),
    ],
)
def test_a_conflict_by_name_is_equality_after_case_folding_only(
    applicant: str, juror_side: str, matched: bool
) -> None:
    target = _commune("target", applicant, "29019")
    by_organisation = _juror("org", organisation=juror_side)
    by_territory = _juror("ter", territory={"name": juror_side})
    found = _pairs([by_organisation, by_territory], [target])
    assert found == ({("org", "target"), ("ter", "target")} if matched else set())


def test_the_top_criterion_is_the_first_listed_of_the_heaviest() -> None:
    category = Category.model_validate(
        {
            "id": "acces",
            "title": "Accès",
            "criteria": [
                {"id": "light", "title": "L", "weight": 1, "scale": {"max": 10}},
                {"id": "first", "title": "F", "weight": 3, "scale": {"max": 10}},
                {"id": "second", "title": "S", "weight": 3, "scale": {"max": 10}},
            ],
        }
    )
    marks: list[Mapping[str, float]] = [{"light": 10, "first": 2, "second": 9}]
    assert top_criterion_score(category, marks) == pytest.approx(20.0)


def _rules(awards: dict[str, object]) -> Rules:
    return Rules.model_validate({"name": "Test", "year": 2010, "awards": awards})


def test_without_a_preselection_every_application_goes_on_to_round_2() -> None:
    rules = _rules({"labels": 1})
    assert rules.awards.preselection.at_least == 0
    category = Category.model_validate(
        {
            "id": "acces",
            "title": "Accès",
            "criteria": [{"id": "a", "title": "A", "weight": 1, "scale": {"max": 10}}],
        }
    )
    the_edition = edition(
        rules, [category], [_commune("brest", "Brest", "29019")], {"ana": {"brest": {"a": 8}}}
    )
    assert [e.id for e in rank_edition(the_edition).entries if e.labelled] == ["brest"]


def test_with_questions_at_least_defaults_to_one() -> None:
    question = {"id": "realise", "question": "Réalisé ?", "status": ["realised"]}
    rules = _rules({"labels": 1, "preselection": {"criteria": [question]}})
    assert rules.awards.preselection.at_least == 1


@pytest.fixture
def mini_copy(mini_edition: Path, tmp_path: Path) -> Path:
    target = tmp_path / "edition"
    shutil.copytree(mini_edition, target)
    return target


def _edit(edition: Path, file: str, old: str, new: str) -> None:
    path = edition / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_rank_refuses_a_declared_conflict_that_matches_nothing(mini_copy: Path) -> None:
    _edit(
        mini_copy,
        "jury/roster.yaml",
        "organisation: AdCF",
        "organisation: AdCF\n    conflicts: [C-brest]",
    )
    result = CliRunner().invoke(app, ["rank", str(mini_copy)], env=ENV)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "jurors.0.conflicts.0: 'C-brest'" in result.stderr
    assert "application ids are lower-case: write 'c-brest'" in result.stderr


def test_a_code_no_applicant_has_is_a_warning_and_ranks(mini_copy: Path) -> None:
    _edit(
        mini_copy,
        "jury/roster.yaml",
        "organisation: AdCF",
        "organisation: AdCF\n    conflicts: ['35238']",
    )
    validated = CliRunner().invoke(app, ["validate", str(mini_copy)], env=ENV)
    assert validated.exit_code == 0
    assert "warning: INSEE code '35238' matches no application" in validated.stdout
    ranked = CliRunner().invoke(app, ["rank", str(mini_copy), "--json"], env=ENV)
    assert ranked.exit_code == 0
