"""labelscore installs as a tool: the wheel built from the sources carries every file the
package needs, and its `labelscore` script runs from a fresh virtual environment.

Slow (a wheel build, a virtual environment, the dependencies from the package index: about
half a minute with a warm pip cache), so marked `slow`; CI runs it. `pytest -m "not slow"`
leaves it out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow

TIMEOUT = 300


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _clean_env() -> dict[str, str]:
    """The environment of a user's shell: no PYTHONPATH, no virtual environment active, so
    only the installed wheel can be imported."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PYTHONSTARTUP")
    }
    return {**env, "COLUMNS": "100", "NO_COLOR": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the project as a clone has it (no build leftovers), and the wheel built
    from it."""
    base = tmp_path_factory.mktemp("install")
    project = base / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(
        ROOT / "src",
        project / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc"),
    )
    dist = base / "dist"
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--quiet",
        "--wheel-dir",
        dist,
        project,
        cwd=base,
        env=_clean_env(),
    )
    (wheel,) = dist.glob("labelscore-*.whl")
    return project, wheel


def test_the_wheel_carries_every_file_of_the_package(built: tuple[Path, Path]) -> None:
    """Every file under src/labelscore, data files included (the init templates,
    py.typed), is in the wheel."""
    project, wheel = built
    package = project / "src" / "labelscore"
    expected = {
        f"labelscore/{path.relative_to(package).as_posix()}"
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert expected - names == set()
    assert "labelscore/py.typed" in names
    assert "labelscore/templates/edition/labelscore.yaml" in names


def test_the_installed_script_runs_from_a_fresh_environment(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    _, wheel = built
    venv = tmp_path / "venv"
    env = _clean_env()
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path, env=env)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / "python"
    _run(python, "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path, env=env)
    labelscore = scripts / "labelscore"

    where = _run(python, "-c", "import labelscore; print(labelscore.__file__)", cwd=tmp_path)
    assert Path(where.strip()).is_relative_to(venv)
    version = wheel.name.split("-")[1]
    assert _run(labelscore, "--version", cwd=tmp_path, env=env) == f"labelscore {version}\n"

    def errors(folder: str | Path) -> list[object]:
        """validate's errors (in JSON: the same whatever the language); exit 1 with any."""
        found = json.loads(_run(labelscore, "validate", "--json", folder, cwd=tmp_path, env=env))
        return [p for p in found["problems"] if p["severity"] == "error"]

    edition = tmp_path / "mini"
    shutil.copytree(FIXTURES / "editions" / "mini", edition)
    assert errors(edition) == []

    _run(labelscore, "init", "nouvelle", cwd=tmp_path, env=env)
    assert (tmp_path / "nouvelle" / "labelscore.yaml").is_file()
    assert errors("nouvelle") == []
    _run(labelscore, "rank", "nouvelle", cwd=tmp_path, env=env)
