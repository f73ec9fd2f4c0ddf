"""The slowest files a hostile or careless applicant could send: time to a verdict.

Usage: python bench/hostile.py

Each crafted file is checked with `labelscore.validation.validate_paths`, in this
process, and the time is printed next to the budget of one second per file. A file
over the size limit is refused unread, so the cases stay just under it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from labelscore.validation import validate_paths  # noqa: E402
from labelscore.yamlsource import MAX_BYTES  # noqa: E402

SAMPLE = (ROOT / "applications" / "brest-appropriation-sociale.yaml").read_text("utf-8")


def fill(unit: str, room: int = MAX_BYTES - 4096) -> str:
    """`unit` repeated to fill the room left under the size limit."""
    return unit * (room // len(unit.encode("utf-8")))


def lines(pattern: str) -> str:
    """Numbered lines from `pattern` up to the room left under the size limit."""
    out: list[str] = []
    size = 0
    index = 0
    while size < MAX_BYTES - 4096:
        line = pattern.format(index)
        out.append(line)
        size += len(line)
        index += 1
    return "".join(out)


CASES: dict[str, Callable[[], str]] = {
    "the sample application": lambda: SAMPLE,
    "a summary up to the limit": lambda: SAMPLE.replace(
        "summary: >", "summary: " + fill("x", MAX_BYTES - 8192) + "\nsummary_old: >"
    ),
    "distinct keys up to the limit": lambda: lines("k{0}: 1\n"),
    "one key repeated up to the limit": lambda: fill("k: 1\n"),
    "billion laughs": lambda: (
        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "".join(
            f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
    ),
    "deep flow nesting": lambda: "a: " + "[" * 900 + "]" * 900 + "\n",
    "a list of numbers up to the limit": lambda: "partners:\n" + fill("  - 12345\n"),
    "' #' cutting values up to the limit": lambda: fill("k: value #x\n"),
    "unknown fields up to the limit": lambda: lines("field{0}: x\n"),
}


def main() -> int:
    print(f"{'case':36} {'bytes':>9} {'problems':>9} {'seconds':>8}  budget 1.00")
    slowest = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, make in CASES.items():
            path = Path(folder) / "application.yaml"
            path.write_text(make(), "utf-8")
            start = time.perf_counter()
            problems = validate_paths([path])
            elapsed = time.perf_counter() - start
            slowest = max(slowest, elapsed)
            print(f"{name:36} {path.stat().st_size:9} {len(problems):9} {elapsed:8.3f}")
    print(f"slowest: {slowest:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
