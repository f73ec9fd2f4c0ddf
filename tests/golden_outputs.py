"""Run the commands of tests/golden/cases.yaml the way a user does, in a fixed terminal.

Shared by the test (tests/test_golden.py) and by the command that regenerates the
files (tools/golden.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
WIDTH = "100"


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    exit: int
    env: tuple[tuple[str, str], ...] = ()
    """Set for this case only, such as LABELSCORE_LANG: fr (the others run in English)."""


@dataclass(frozen=True)
class Run:
    stdout: bytes
    stderr: bytes
    exit: int


def cases() -> list[Case]:
    data = yaml.safe_load((GOLDEN / "cases.yaml").read_text("utf-8"))
    return [
        Case(name, tuple(case["args"]), case["exit"], tuple(case.get("env", {}).items()))
        for name, case in data.items()
    ]


def _environment(case: Case) -> dict[str, str]:
    keep = {"PATH", "HOME", "SYSTEMROOT", "TMPDIR"}
    env = {key: value for key, value in os.environ.items() if key in keep}
    env.update(
        {
            "COLUMNS": WIDTH,
            "LINES": "50",
            "LANG": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8",
            "PYTHONHASHSEED": "0",
            "TERM": "dumb",
            "LABELSCORE_LANG": "en",
        }
    )
    env.update(case.env)
    return env


def run(case: Case) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "labelscore", *case.args],
        cwd=ROOT,
        env=_environment(case),
        capture_output=True,
        timeout=120,
        check=False,
    )
    return Run(done.stdout, done.stderr, done.returncode)


def paths(case: Case) -> tuple[Path, Path]:
    return GOLDEN / f"{case.name}.out", GOLDEN / f"{case.name}.err"
