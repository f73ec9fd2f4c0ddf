"""Reading files in French: every problem that reading and the models give, said in French
with the user's value as written and the fix, the English unchanged."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from labelscore import i18n
from labelscore.i18n.typography import NBSP, NNBSP
from labelscore.problems import MAX_PER_FILE, Problem, capped, did_you_mean
from labelscore.reading import messages
from labelscore.reading.load import list_inputs, load_file, model_for, read_edition, read_input
from labelscore.reading.strict_yaml import read

from .conftest import FIXTURES, ROOT

INVALID = FIXTURES / "invalid"
MINI = FIXTURES / "editions" / "mini"

ENGLISH = re.compile(
    r"\b(the|is|are|write|not|of|this|file|must|found|expected|missing|with|allowed|"
    r"remove|delete|line|value|should|input|or|and|did you mean)\b",
    re.IGNORECASE,
)
"""Words that give away an English sentence in a French message."""

_QUOTED_FR = re.compile(f"«{NNBSP}.*?{NNBSP}»")


@pytest.fixture
def french() -> Iterator[None]:
    was = i18n.language()
    i18n.use("fr")
    yield
    i18n.use(was)


def _in(language: i18n.Language, make: Callable[[], Any]) -> Any:
    was = i18n.language()
    i18n.use(language)
    try:
        return make()
    finally:
        i18n.use(was)


def _english_left(french: str) -> list[str]:
    """English words in a French message, its quoted values and codes aside."""
    prose = _QUOTED_FR.sub("", french)
    prose = re.sub(r"\S*/\S*", "", prose)  # paths
    prose = re.sub(r"\((U\+[0-9A-F]{4,6}[^)]*)\)", "", prose)  # a character's Unicode name
    return ENGLISH.findall(prose)


def _check_pair(english: Problem, french: Problem, source: str) -> None:
    """The French problem says what the English one says, in French: same code and place,
    the user's values as written, the same fix."""
    where = f"{english.file}:{english.line}:{english.column} {english.code}"
    assert (french.code, french.line, french.column) == (
        english.code,
        english.line,
        english.column,
    ), where
    assert french.message != english.message, where
    assert not _english_left(french.message), (where, french.message)
    # a value quoted in English that the file holds is quoted unchanged in French
    for value in re.findall(r"'([^']+)'", english.message):
        if value in source and any(char.isalnum() for char in value):  # a value, not ' #' or ': '
            assert f"«{NNBSP}{value}{NNBSP}»" in french.message, (where, value, french.message)
    # the fix: what English says to write, French says to write too
    for fix in re.findall(r"\bwrite (\d\S*)", english.message):
        assert f"écrivez {fix.rstrip('.,;')}" in french.message, (where, fix, french.message)
    # French punctuation: no plain space before « : ; ? ! »
    assert not re.search(r" [;:?!](\s|$)", french.message), (where, french.message)


def _fixture_files() -> list[Path]:
    return sorted(
        path
        for path in INVALID.rglob("*")
        if path.suffix in (".yaml", ".yml") and path.name != "expected.yaml"
    )


def _source(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "replace")


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda path: path.name)
def test_every_invalid_fixture_is_explained_in_french(path: Path) -> None:
    model = model_for(path)
    english = _in("en", lambda: load_file(path, model)[1])
    french = _in("fr", lambda: load_file(path, model)[1])
    assert english
    assert len(french) == len(english)
    for one, other in zip(english, french, strict=True):
        _check_pair(one, other, _source(path))


def _edition_cases() -> dict[str, dict[str, str]]:
    cases: dict[str, dict[str, str]] = yaml.safe_load(
        (FIXTURES / "edition-cases.yaml").read_text("utf-8")
    )
    return cases


@pytest.mark.parametrize("name", sorted(_edition_cases()))
def test_every_broken_edition_file_is_explained_in_french(name: str, tmp_path: Path) -> None:
    """The file a case breaks, read on its own: what reading and its model say of it."""
    case = _edition_cases()[name]
    edition = tmp_path / "edition"
    shutil.copytree(MINI, edition)
    path = edition / case["file"]
    path.write_text(path.read_text("utf-8").replace(case["old"], case["new"]), "utf-8")
    model = model_for(path)
    english = _in("en", lambda: load_file(path, model)[1])
    french = _in("fr", lambda: load_file(path, model)[1])
    assert len(french) == len(english)
    for one, other in zip(english, french, strict=True):
        _check_pair(one, other, _source(path))


# --- problems of files and folders that no fixture holds ---


def _odd_problems(tmp_path: Path) -> list[Problem]:
    """One problem of each kind a folder, a link or a large file gives."""
    found: list[Problem] = []
    tmp_path.mkdir()
    folder = tmp_path / "applications"
    folder.mkdir()
    (folder / "sub").mkdir()
    (folder / "notes.txt").write_text("x")
    (folder / "nowhere.yaml").symlink_to(tmp_path / "missing.yaml")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    _, listed = list_inputs(folder)
    found += listed
    for name in ("nowhere.yaml", "loop.yaml", "sub"):
        _, refused = read_input(folder / name)
        assert refused is not None
        found.append(refused)
    _, refused = read_input(tmp_path / "missing.yaml")
    assert refused is not None
    found.append(refused)
    (tmp_path / "large.yaml").write_bytes(b"a: 1\n" * 300_000)
    _, refused = read_input(tmp_path / "large.yaml")
    assert refused is not None
    found.append(refused)
    _, many = read(b"a:\n" + b"  - [1]\n" * 10_001, "many.yaml")
    _, wide = read(b"{" + b", ".join(b"k%d: 1" % i for i in range(10_001)) + b"}", "wide.yaml")
    _, nodes = read(b"- [" + b",".join(b"1" for _ in range(100_001)) + b"]\n", "nodes.yaml")
    _, repeated = read(b"".join(b"k%d: 1\nk%d: 2\n" % (i, i) for i in range(150)), "rep.yaml")
    found += many + wide + nodes + repeated
    (tmp_path / "labelscore.yaml").write_text("name: x\n")
    found += read_edition(tmp_path).problems  # the roster is missing, among others
    return found


def test_problems_of_files_and_folders_are_explained_in_french(tmp_path: Path) -> None:
    english = _in("en", lambda: _odd_problems(tmp_path / "en"))
    french = _in("fr", lambda: _odd_problems(tmp_path / "fr"))
    assert {problem.code for problem in english} >= {
        "LS102",
        "LS103",
        "LS112",
        "LS116",
        "LS118",
        "LS108",
    }
    assert len(english) == len(french)
    for one, other in zip(english, french, strict=True):
        assert (one.code, one.line, one.column) == (other.code, other.line, other.column)
        assert other.message != one.message
        assert not _english_left(other.message), other.message


def test_a_folder_that_is_no_edition_is_said_in_french(tmp_path: Path, french: None) -> None:
    from labelscore.problems import NotAnEditionError

    with pytest.raises(NotAnEditionError) as raised:
        read_edition(tmp_path)
    assert str(raised.value) == (
        f"{tmp_path.as_posix()} n'est pas le dossier d'une édition{NBSP}: il n'y a pas de "
        "labelscore.yaml"
    )


# --- the pieces other messages are made of ---


def test_did_you_mean_in_each_language() -> None:
    assert _in("en", lambda: did_you_mean("titel", ["title", "id"])) == "; did you mean 'title'?"
    assert _in("fr", lambda: did_you_mean("titel", ["title", "id"])) == (
        f"{NNBSP}; vouliez-vous dire «{NNBSP}title{NNBSP}»{NNBSP}?"
    )
    assert _in("fr", lambda: did_you_mean("zzz", ["title"])) == ""


@pytest.mark.parametrize(
    ("more", "expected", "english"),
    [
        (1, "1 autre problème de ce fichier n'est pas listé", "1 more problem in this file is"),
        (
            2,
            "2 autres problèmes de ce fichier ne sont pas listés",
            "2 more problems in this file are",
        ),
    ],
)
def test_the_count_of_problems_not_listed_follows_the_plural_of_each_language(
    more: int, expected: str, english: str, french: None
) -> None:
    shown = [Problem("f.yaml", n, 1, "", "x", rule="yaml-syntax") for n in range(MAX_PER_FILE)]
    notice = capped(shown, "f.yaml", more)[-1]
    assert notice.message == f"{expected}{NNBSP}; corrigez ceux-ci, puis vérifiez de nouveau"
    i18n.use("en")
    notice = capped(shown, "f.yaml", more)[-1]
    assert notice.message == f"{english} not listed; fix these and check again"


# --- every error the models can raise has its French words ---

_CUSTOM = re.compile(r"PydanticCustomError\(\s*\"([a-z_]+)\"")


def _custom_types() -> set[str]:
    """The PydanticCustomError types written in the models."""
    found: set[str] = set()
    for path in (ROOT / "src" / "labelscore" / "models").glob("*.py"):
        found |= set(_CUSTOM.findall(path.read_text("utf-8")))
    return found


def test_the_scan_finds_the_custom_errors() -> None:
    assert {"identifier", "date_format", "listed_twice", "decimal_comma"} <= _custom_types()


def _raise(model: type[BaseModel], data: dict[str, Any]) -> list[ErrorDetails]:
    with pytest.raises(ValidationError) as raised:
        model.model_validate(data)
    return raised.value.errors(include_url=False)


def _custom_errors() -> list[ErrorDetails]:
    """One real error of each custom type (and each wording of a type), from the models."""
    from labelscore.models.application import Contact, Indicator, Territory
    from labelscore.models.criteria import Category, Scale
    from labelscore.models.jury import Score
    from labelscore.models.rules import Awards, Preselection, PreselectionCriterion

    territory = {"name": "Brest", "kind": "commune", "postal_code": "29200", "population": 1}
    criterion = {"id": "a", "title": "A", "weight": 1, "scale": {"max": 5}}
    question = {"id": "q", "question": "Q ?", "status": ["realised"]}
    contact = {"name": "C", "email": "c@b.fr"}
    errors: list[ErrorDetails] = []
    cases: list[tuple[type[BaseModel], dict[str, Any]]] = [
        (Territory, {**territory, "name": "Br\u0007est", "insee": "29019"}),
        (Territory, {**territory, "name": "Br\u202eest", "insee": "29019"}),
        (Territory, {**territory, "insee": "1053"}),
        (Territory, {**territory, "insee": "2C004"}),
        (Territory, {**territory, "postal_code": "2920"}),
        (Territory, {**territory, "postal_code": "292000"}),
        (Territory, {**territory, "siren": "2429003"}),
        (Territory, {**territory, "siren": "42900314"}),
        (Territory, territory),
        (Territory, {**territory, "insee": "29"}),
        (Territory, {**territory, "kind": "département", "insee": "29019"}),
        (Territory, {**territory, "kind": "région", "insee": "2A"}),
        (Territory, {**territory, "insee": "29019", "siren": "242900315"}),
        (Contact, {**contact, "email": "c.b.fr"}),
        (Indicator, {"name": "x", "value": 1, "year": 1890}),
        (Category, {"id": "Mon Id", "title": "T", "criteria": [criterion]}),
        (Category, {"id": "c", "title": "T", "criteria": [criterion, criterion]}),
        (Scale, {"min": 5, "max": 1}),
        (Scale, {"min": 0.1, "max": 0.105}),
        (Awards, {"labels": 1, "tie_break": ["median", "median"]}),
        (Awards, {"labels": 1, "jury_order": ["a", "a"]}),
        (Awards, {"labels": 1, "per_category": {"min": 3, "max": 1}}),
        (Preselection, {"criteria": [question, question]}),
        (Preselection, {"at_least": 1}),
        (Preselection, {"at_least": 2, "criteria": [question]}),
        (Preselection, {"at_least": 3, "criteria": [question, {**question, "id": "r"}]}),
        (PreselectionCriterion, {"id": "q", "question": "Q ?"}),
        (PreselectionCriterion, {"id": "q", "question": "Q ?", "status": []}),
        (PreselectionCriterion, {"id": "q", "question": "Q ?", "indicator_kinds": []}),
        (Score, {"application": "a", "marks": {"x": "7,5"}}),
    ]
    for model, data in cases:
        errors += _raise(model, data)
    from labelscore.models.application import Application

    for date in ("12/03/2009", "2010-02-30", "hier", 2010):
        errors += [
            error
            for error in _raise(Application, {"start_date": date})
            if error["loc"] == ("start_date",)
        ]
    return errors


def _custom_in(language: i18n.Language, error: ErrorDetails) -> str:
    said: str = _in(language, lambda: messages._custom(error))
    return said


def test_every_custom_error_is_raised_here_and_said_in_french() -> None:
    from labelscore.i18n.reading import MESSAGES

    errors = _custom_errors()
    raised = {error["type"] for error in errors}
    missing = _custom_types() - raised
    assert not missing, f"add a case that raises {missing} to _custom_errors"
    for kind in _custom_types():
        assert f"error.{kind}" in MESSAGES, f"no French words for {kind}"
    for error in errors:
        if error["type"] not in _custom_types():
            continue
        english = _custom_in("en", error)
        french = _custom_in("fr", error)
        assert english == error["msg"]
        assert french != english, error
        assert not _english_left(french), (error["type"], french)
        value = error.get("ctx", {}).get("value")
        if value is not None:
            assert f"«{NNBSP}{value}{NNBSP}»" in french, (french, value)


def test_the_english_of_each_custom_error_is_the_models() -> None:
    """The catalog's English of an error is the model's template: the two cannot drift."""
    from labelscore.i18n.reading import MESSAGES

    for error in _custom_errors():
        kind = error["type"]
        if kind not in _custom_types():
            continue
        ctx = error.get("ctx", {})
        key = next(
            (f"error.{kind}+{name}" for name in sorted(ctx) if f"error.{kind}+{name}" in MESSAGES),
            f"error.{kind}",
        )
        assert MESSAGES[key]["en"].format(**ctx) == error["msg"], key


_BUILT_IN: dict[str, tuple[object, dict[str, Any]]] = {
    "missing": (None, {}),
    "extra_forbidden": ("x", {}),
    "string_type": ([1], {}),
    "bool_type": ("oui", {}),
    "list_type": ("x", {}),
    "dict_type": ("x", {}),
    "model_type": (["x"], {}),
    "model_attributes_type": ("x", {}),
    "enum": ("fini", {"expected": "'planned', 'in progress' or 'realised'"}),
    "literal_error": ("site", {"expected": "'transferability', 'website' or 'partners'"}),
    "greater_than": (0, {"gt": 0}),
    "greater_than_equal": (1890, {"ge": 1990}),
    "less_than": (200, {"lt": 100}),
    "less_than_equal": (2200, {"le": 2100}),
    "too_short": ([], {"min_length": 1, "actual_length": 0, "field_type": "List"}),
    "string_too_short": ("", {"min_length": 1}),
    "finite_number": ("1e400", {}),
    "int_type": ("1e3", {}),
    "float_type": ("0x1F", {}),
    "int_from_float": (1.5, {}),
    "int_parsing": ("41 000", {}),
    "float_parsing": ("7,5", {}),
    "date_type": (True, {}),
}
"""pydantic's own error types that the models raise or that reading.messages maps, with
an input and a context like pydantic's."""


def test_every_pydantic_error_type_mapped_is_covered_here() -> None:
    """Each of pydantic's types that reading.messages maps, and the other built-in types
    the models raise (date_type), is tried below."""
    from pydantic_core.core_schema import ErrorType

    built_in = set(typing.get_args(ErrorType))
    mapped = set(messages._RULES) | messages._NUMBER_TYPES
    assert mapped & built_in <= set(_BUILT_IN)
    assert set(_BUILT_IN) <= built_in


@pytest.mark.parametrize("kind", sorted(_BUILT_IN))
def test_every_pydantic_error_is_said_in_french(kind: str) -> None:
    from labelscore.models.application import Application

    value, ctx = _BUILT_IN[kind]
    error: ErrorDetails = {
        "type": kind,
        "loc": ("status",) if kind == "enum" else ("start_date",),
        "msg": "Input should be a valid date" if kind == "date_type" else "English words",
        "input": value,
        "ctx": ctx,
    }
    english = _in("en", lambda: messages._message(error, Application, ("start_date",)))
    french = _in("fr", lambda: messages._message(error, Application, ("start_date",)))
    assert french != english
    assert not _english_left(french), french


def test_the_french_catalog_is_read_only_when_a_problem_is_shown(tmp_path: Path) -> None:
    """Checking a valid application never loads the messages; an invalid one does."""
    valid = next((ROOT / "applications").glob("*.yaml"))
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from labelscore import i18n\n"
        "i18n.use('fr')\n"
        "from labelscore.reading.load import load_file, model_for\n"
        "path = Path(sys.argv[1])\n"
        "_, problems = load_file(path, model_for(path))\n"
        "print(len(problems), 'labelscore.i18n.reading' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for path, expected in (
        (valid, "0 False"),
        (INVALID / "applications" / "bad-date.yaml", "1 True"),
    ):
        done = subprocess.run(
            [sys.executable, "-c", script, str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert done.stdout.strip() == expected


@pytest.mark.parametrize(
    "text",
    [
        b'a: "x\\q"\n',
        b"a: 1\nb\nc: 2\n",
        b"a:\n  b: 1\n c: 2\n",
        b'a: "x\n',
        b"a: b: c\n",
        b"a:\n\t- 1\n",
        b"a: [1, 2 #3]\n",
    ],
)
def test_yaml_that_cannot_be_read_is_explained_in_french(text: bytes) -> None:
    english = _in("en", lambda: read(text, "x.yaml")[1])
    french = _in("fr", lambda: read(text, "x.yaml")[1])
    assert [problem.code for problem in french] == [problem.code for problem in english]
    assert french[0].message != english[0].message
    assert not _english_left(french[0].message), french[0].message


def test_every_hint_on_yaml_syntax_has_its_words() -> None:
    from labelscore.i18n.reading import MESSAGES
    from labelscore.reading.text import _SYNTAX_HINTS

    assert all(f"syntax.{name}" in MESSAGES for _, name in _SYNTAX_HINTS)
