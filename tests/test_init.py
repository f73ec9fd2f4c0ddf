"""`labelscore --version` and `labelscore init`: a new edition that validates as it is."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from labelscore import __version__
from labelscore.cli.commands import app
from labelscore.new_edition import new_edition, template_files
from tests.conftest import ROOT

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
EDITION_FILES = [
    "applications/villexemple-mediation-numerique.yaml",
    "criteria/inclusion-numerique.yaml",
    "jury/roster.yaml",
    "jury/scores/camille-martin.yaml",
    "labelscore.yaml",
    "schema/application.schema.json",
]


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


# --- --version ------------------------------------------------------------------------------


def test_version_prints_the_package_version() -> None:
    code, out, err = invoke("--version")
    assert (code, out, err) == (0, f"labelscore {__version__}\n", "")


def test_version_is_the_one_pyproject_builds_with() -> None:
    """pyproject.toml reads the version from the package, so the two cannot disagree."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "labelscore.__version__"
    assert __version__.count(".") == 2
    assert all(part.isdigit() for part in __version__.split("."))


def test_version_in_a_process_reads_no_distribution_metadata() -> None:
    """The script's --version stays as cheap as --help: importlib.metadata is not loaded."""
    code = (
        "import sys\n"
        "from labelscore.cli import main\n"
        "sys.argv = ['labelscore', '--version']\n"
        "try:\n    main()\n"
        "except SystemExit as done:\n"
        "    print(done.code, 'importlib.metadata' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.stdout == f"labelscore {__version__}\n0 False\n"


# --- init -----------------------------------------------------------------------------------


def test_init_writes_an_edition_that_validates_and_ranks(tmp_path: Path) -> None:
    folder = tmp_path / "edition-2027"
    code, out, err = invoke("init", folder)
    assert code == 0, err
    assert out == ""
    assert _files(folder) == EDITION_FILES
    assert f"labelscore validate {folder}" in err
    code, out, _ = invoke("validate", folder)
    assert code == 0, out
    assert out.splitlines()[-1].startswith("0 errors, ")
    # One sample score sheet of the three jurors the rules ask for: the only warning.
    assert all("[LS313]" in line for line in out.splitlines()[:-1])
    code, out, _ = invoke("validate", "--json", folder)
    assert [p for p in json.loads(out)["problems"] if p["severity"] == "error"] == []
    code, out, _ = invoke("rank", folder)
    assert code == 0
    assert "Inclusion numérique et accès pour tous" in out
    assert str(datetime.date.today().year) in out
    code, out, _ = invoke("rank", "--json", folder)
    assert code == 0
    (category,) = json.loads(out)["categories"]
    assert [e["id"] for e in category["entries"]] == ["villexemple-mediation-numerique"]
    assert category["entries"][0]["territory"]["insee"] == "01999"


def test_init_writes_the_schema_labelscore_schema_gives(tmp_path: Path) -> None:
    folder = tmp_path / "edition"
    assert invoke("init", folder)[0] == 0
    code, out, _ = invoke("schema", folder)
    assert code == 0
    assert (folder / "schema" / "application.schema.json").read_text("utf-8") == out
    application = (folder / EDITION_FILES[0]).read_text("utf-8")
    assert application.startswith(
        "# yaml-language-server: $schema=../schema/application.schema.json\n"
    )


def test_init_in_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty folder, or one with hidden entries only (a fresh git clone), is taken."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    code, _, err = invoke("init")
    assert code == 0, err
    assert _files(tmp_path) == EDITION_FILES
    assert invoke("validate", ".")[0] == 0


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mes notes", "utf-8")
    code, out, err = invoke("init", tmp_path)
    assert code == 2
    assert out == ""
    assert "is not empty (it holds notes.txt); nothing written" in err
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]


def test_init_twice_refuses_the_second_time(tmp_path: Path) -> None:
    folder = tmp_path / "edition"
    assert invoke("init", folder)[0] == 0
    before = {name: (folder / name).read_bytes() for name in EDITION_FILES}
    code, _, err = invoke("init", folder)
    assert code == 2
    assert "is not empty (it holds applications and 4 more)" in err
    assert {name: (folder / name).read_bytes() for name in EDITION_FILES} == before


def test_init_refuses_a_file_and_a_missing_parent(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("", "utf-8")
    code, _, err = invoke("init", tmp_path / "a-file")
    assert code == 2
    assert "is not a folder" in err
    code, _, err = invoke("init", tmp_path / "missing" / "edition")
    assert code == 2
    assert "does not exist; make it first" in err
    assert sorted(os.listdir(tmp_path)) == ["a-file"]


def test_init_leaves_nothing_behind_when_a_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from labelscore.render import schema

    def broken(*_: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(schema, "application_schema", broken)
    code, _, err = invoke("init", tmp_path / "edition")
    assert code == 2
    assert "cannot write the edition in" in err
    assert "No space left on device" in err
    assert os.listdir(tmp_path) == []
    (tmp_path / "empty").mkdir()
    assert invoke("init", tmp_path / "empty")[0] == 2
    assert os.listdir(tmp_path / "empty") == []


def test_templates_are_french_and_explain_every_field(tmp_path: Path) -> None:
    """Every template is commented in French, fills in its year, and every key it sets has
    a comment on a line of its own above it, or at the end of its line, or in a list of
    fields explained at once (the criteria)."""
    templates = template_files()
    assert sorted(p.as_posix() for p in templates) == [
        name for name in EDITION_FILES if name.endswith(".yaml")
    ]
    written = new_edition(tmp_path / "edition", year=2031)
    assert [p.as_posix() for p in written] == EDITION_FILES
    rules = (tmp_path / "edition" / "labelscore.yaml").read_text("utf-8")
    assert "year: 2031\n" in rules
    application = (tmp_path / "edition" / EDITION_FILES[0]).read_text("utf-8")
    assert "start_date: 2030-09-01\n" in application
    for path, text in templates.items():
        assert "# " in text, path
        assert any(word in text for word in (" le ", " la ", " les ", " des ")), path
        filled = (tmp_path / "edition" / path).read_text("utf-8")
        assert "{annee" not in filled, path


def test_template_keys_each_have_a_comment() -> None:
    """Each field a template sets is explained: a comment line just above the first line
    that sets it, or its name in a comment that explains several fields at once."""
    for path, text in template_files().items():
        lines = text.splitlines()
        comments = " ".join(line.split("# ", 1)[1] for line in lines if "# " in line)
        seen: set[str] = set()
        for number, line in enumerate(lines):
            stripped = line.strip().removeprefix("- ")
            key = stripped.split(":", 1)[0]
            if stripped.startswith("#") or ":" not in stripped or not key.isidentifier():
                continue
            if key in seen:
                continue
            seen.add(key)
            above = lines[number - 1].strip() if number else ""
            assert above.startswith("#") or key in comments, (path.as_posix(), number + 1, key)
