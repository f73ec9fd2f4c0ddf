"""Every command's exact output on the bundled editions, pinned (tests/golden)."""

from __future__ import annotations

import difflib

import pytest

from tests.golden_outputs import Case, cases, paths, run


def _diff(expected: bytes, found: bytes, name: str) -> str:
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        found.decode("utf-8", "replace").splitlines(keepends=True),
        f"{name} (golden)",
        f"{name} (now)",
    )
    return "".join(lines) + "\nRegenerate with `python tools/golden.py` if the change is meant."


@pytest.mark.parametrize("case", cases(), ids=lambda case: case.name)
def test_output_is_the_golden_one(case: Case) -> None:
    out, err = paths(case)
    found = run(case)
    assert found.exit == case.exit, found.stderr.decode("utf-8", "replace")
    assert found.stdout == out.read_bytes(), _diff(out.read_bytes(), found.stdout, out.name)
    assert found.stderr == err.read_bytes(), _diff(err.read_bytes(), found.stderr, err.name)


def test_every_golden_file_belongs_to_a_case() -> None:
    from tests.golden_outputs import GOLDEN

    names = {case.name for case in cases()}
    stray = [
        p.name for p in GOLDEN.iterdir() if p.suffix in (".out", ".err") and p.stem not in names
    ]
    assert stray == []
