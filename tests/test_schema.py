"""The editor and the validator agree: the JSON Schema of `labelscore schema` accepts every
application `labelscore validate` accepts, and rejects those it rejects for a reason JSON
Schema can say, on every application fixture.

Files are read as the editor reads them (YAML 1.2 core schema, tests/yaml12.py), and
checked by the jsonschema library under draft 2020-12 (the schema's dialect) and
draft-07 (what older YAML language servers read), with formats checked as the YAML
language server does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from labelscore.checks.paths import validate_paths
from labelscore.reading.categories import category_ids
from labelscore.render.schema import application_schema_data
from tests.conftest import FIXTURES, ROOT
from tests.test_cli import invoke
from tests.yaml12 import load

GENERIC = application_schema_data()
EDITION = application_schema_data(category_ids(ROOT)[0])
INVALID = FIXTURES / "invalid"
EXPECTED: dict[str, list[str]] = yaml.safe_load((INVALID / "expected.yaml").read_text("utf-8"))

EXPRESSIBLE = {
    "LS114",  # empty: not a group of fields
    "LS115",
    "LS201",
    "LS202",
    "LS203",
    "LS204",
    "LS205",
    "LS206",
    "LS207",
    "LS208",
    "LS209",
    "LS210",
    "LS212",
    "LS213",
    "LS219",
}
"""The problems a JSON Schema can see: a file with one of them must fail the schema."""

READ_AS_NUMBERS = {
    "applications/indicator-hex.yaml": "0x1F is the integer 31 in YAML 1.2",
    "applications/indicator-infinite.yaml": ".inf is a number in YAML 1.2",
    "applications/indicator-nan.yaml": ".nan is a number in YAML 1.2, and passes 'minimum'",
    "applications/population-exponent.yaml": "1e5 is the number 100000 in YAML 1.2",
}
"""Where YAML 1.2 reads a number that `validate` (which reads plain decimals only) refuses:
no schema can tell them from the number written plainly."""


def _validators(schema: dict[str, Any]) -> list[jsonschema.protocols.Validator]:
    return [
        kind(schema, format_checker=kind.FORMAT_CHECKER)
        for kind in (jsonschema.Draft202012Validator, jsonschema.Draft7Validator)
    ]


def _errors(schema: dict[str, Any], path: Path) -> list[list[str]]:
    """The schema's errors on the file, under each draft."""
    data = load(path.read_bytes().decode("utf-8-sig"))
    return [[error.message for error in v.iter_errors(data)] for v in _validators(schema)]


def _applications(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


def test_the_schema_is_valid_under_both_drafts() -> None:
    for schema in (GENERIC, EDITION):
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.Draft7Validator.check_schema(schema)


def test_the_schema_has_no_pydantic_keyword() -> None:
    text = json.dumps(GENERIC)
    for keyword in ("ge", "le", "gt", "lt"):
        assert f'"{keyword}":' not in text
    value = GENERIC["$defs"]["Indicator"]["properties"]["value"]
    assert value["type"] == "number"
    assert value["minimum"] == 0


@pytest.mark.parametrize("path", _applications(ROOT / "applications"), ids=lambda p: p.name)
def test_every_bundled_application_passes_the_edition_schema(path: Path) -> None:
    assert validate_paths([path]) == []
    assert _errors(EDITION, path) == [[], []]


VALID = [
    *_applications(FIXTURES / "valid" / "applications"),
    *(
        path
        for edition in sorted((FIXTURES / "editions").iterdir())
        for path in _applications(edition / "applications")
    ),
]


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_every_valid_application_fixture_passes_the_schema(path: Path) -> None:
    assert _errors(GENERIC, path) == [[], []]


INVALID_APPLICATIONS = sorted(name for name in EXPECTED if name.startswith("applications/"))


@pytest.mark.parametrize("name", INVALID_APPLICATIONS)
def test_an_invalid_application_fails_the_schema_when_a_schema_can_say_why(name: str) -> None:
    path = INVALID / name
    try:
        under_2020, under_7 = _errors(GENERIC, path)
    except (yaml.YAMLError, UnicodeDecodeError):
        return  # not YAML to an editor either: it says so itself
    assert bool(under_2020) == bool(under_7), (under_2020, under_7)
    codes = {line.split(": ", 1)[1].split()[0] for line in EXPECTED[name]}
    if codes & EXPRESSIBLE and name not in READ_AS_NUMBERS:
        assert under_2020, f"{name}: validate finds {sorted(codes)}, the schema nothing"


BASE = (FIXTURES / "valid" / "applications" / "leading-zeros-unquoted.yaml").read_text("utf-8")

ACCEPTED = {
    "codes unquoted": [],
    "codes quoted": [
        ("insee: 01053", "insee: '01053'"),
        ("postal_code: 01000", "postal_code: '01000'"),
    ],
    "Corsica": [("insee: 01053", "insee: 2A004"), ("postal_code: 01000", "postal_code: 20000")],
    "a département": [("kind: commune\n  insee: 01053", "kind: département\n  insee: 01")],
    "overseas": [("kind: commune\n  insee: 01053", "kind: département\n  insee: 974")],
    "a région": [("kind: commune\n  insee: 01053", "kind: région\n  insee: 84")],
    "a SIREN alone": [("kind: commune\n  insee: 01053", "kind: autre\n  siren: 200071751")],
    "a SIREN with a zero": [("insee: 01053", "insee: 01053\n  siren: 012345674")],
    "French words": [
        ("status: realised", "status: réalisé"),
        ("kind: audience", "kind: ressources"),
    ],
    "a number as a title": [("title: Espace public numérique", "title: 2010")],
    "a number as an id": [("id: x", "id: 2010")],
    "a quoted date": [("start_date: 2008-09-01", "start_date: '2008-09-01'")],
    "a decimal indicator": [("value: 1200", "value: 12.5")],
}

REJECTED = {
    "a status not in the list": [("status: realised", "status: fini")],
    "a near miss": [("status: realised", "status: Réalisé")],
    "a commune with a département's code": [("insee: 01053", "insee: '29'")],
    "a région with a commune's code": [("kind: commune", "kind: région")],
    "no code at all": [("  insee: 01053\n", "")],
    "a code of letters": [("insee: 01053", "insee: 2C004")],
    "a postal code too long": [("postal_code: 01000", "postal_code: 100000")],
    "a date the French way": [("start_date: 2008-09-01", "start_date: 01/09/2008")],
    "a date that does not exist": [("start_date: 2008-09-01", "start_date: 2008-02-30")],
    "a population of 0": [("population: 171000", "population: 0")],
    "a population with spaces": [("population: 171000", "population: 171 000")],
    "a negative indicator": [("value: 1200", "value: -1")],
    "a year too early": [("kind: audience", "kind: audience\n    year: 1980")],
    "an e-mail without @": [("claire.dubois@example.fr", "claire.dubois")],
    "an empty title": [("title: Espace public numérique", "title: ''")],
    "a blank title": [("title: Espace public numérique", "title: '   '")],
    "an unknown key": [("title: Espace", "titel: Espace")],
    "an id in capitals": [("id: x", "id: Mon-Projet")],
    "true as a title": [("title: Espace public numérique", "title: true")],
}


def _variant(tmp_path: Path, changes: list[tuple[str, str]]) -> Path:
    text = BASE
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "variant.yaml"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_what_validate_accepts_the_schema_accepts(tmp_path: Path, case: str) -> None:
    path = _variant(tmp_path, ACCEPTED[case])
    assert validate_paths([path]) == []
    assert _errors(GENERIC, path) == [[], []]


@pytest.mark.parametrize("case", sorted(REJECTED))
def test_what_validate_rejects_for_a_reason_a_schema_can_say_it_rejects(
    tmp_path: Path, case: str
) -> None:
    path = _variant(tmp_path, REJECTED[case])
    assert validate_paths([path]) != []
    under_2020, under_7 = _errors(GENERIC, path)
    assert under_2020
    assert under_7


def test_with_an_edition_the_category_must_be_one_of_its_own(tmp_path: Path) -> None:
    assert EDITION["properties"]["category"]["enum"] == [
        "e-tourisme",
        "ecole-numerique",
        "internet-social",
        "nouveaux-medias",
        "performance-collaboratif",
        "ville-intelligente",
    ]
    good = _variant(tmp_path, [])
    assert _errors(EDITION, good) == [[], []]
    wrong = _variant(tmp_path, [("category: internet-social", "category: internet-socail")])
    assert all(_errors(EDITION, wrong))
    assert _errors(GENERIC, wrong) == [[], []]  # any id will do without an edition


def test_schema_of_an_edition_lists_its_categories_and_refuses_a_plain_folder(
    tmp_path: Path,
) -> None:
    code, out, _ = invoke("schema", FIXTURES / "editions" / "mini")
    assert code == 0
    assert json.loads(out)["properties"]["category"]["enum"] == ["acces", "ecole"]
    code, out, err = invoke("schema", tmp_path)
    assert code == 2
    assert "not an edition folder" in err
    assert out == ""


def test_schema_of_an_edition_with_a_broken_criteria_file_lists_its_problems(
    tmp_path: Path,
) -> None:
    import shutil

    edition = tmp_path / "mini"
    shutil.copytree(FIXTURES / "editions" / "mini", edition)
    criteria = sorted((edition / "criteria").glob("*.yaml"))[0]
    criteria.write_text(criteria.read_text("utf-8").replace("weight:", "wieght:"), "utf-8")
    code, out, err = invoke("schema", edition)
    assert code == 1
    assert out == ""
    assert "[LS201]" in err
    assert "labelscore validate" in err


def test_without_an_edition_the_schema_is_the_one_for_any_edition() -> None:
    code, out, _ = invoke("schema")
    assert code == 0
    assert json.loads(out) == GENERIC
