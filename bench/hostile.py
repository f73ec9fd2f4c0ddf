"""The slowest files a hostile or careless applicant could send: time to a verdict.

Usage: python bench/hostile.py

Each crafted file is checked with `labelscore.checks.paths.validate_paths`, in this
process, and the time is printed next to the budget of one second per file. A file
over the size limit is refused unread, so the cases stay just under it. Then every
crafted file is put, together, in the applications/ folder of a copy of the edition at
the root of this repository, and that edition is checked in a child process: its time,
and its peak memory next to that of the same edition without them.

Times depend on the machine: a case over its budget is marked, never failed (CI runs
this as a smoke test: it fails only when a case raises).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from labelscore.checks.paths import validate_paths  # noqa: E402
from labelscore.reading.strict_yaml import MAX_BYTES  # noqa: E402

SAMPLE = (ROOT / "applications" / "brest-appropriation-sociale.yaml").read_text("utf-8")
BUDGET = 1.0
"""Seconds to a verdict, for one file."""


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
        size += len(line.encode("utf-8"))
        index += 1
    return "".join(out)


def in_title(text: str) -> str:
    """The sample application, its title made of `text`."""
    return SAMPLE.replace("title: ", f"title: {text} ", 1)


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
    "numbers of 640 digits up to the limit": lambda: "partners:\n" + fill(f"  - {'7' * 640}\n"),
    "a number of 900,000 digits": lambda: SAMPLE.replace(
        "population: ", "population: " + "9" * 900_000 + "\n  old_population: ", 1
    ),
    "' #' cutting values up to the limit": lambda: fill("k: value #x\n"),
    "'#' starting the next line, to the limit": lambda: lines("k{0}: value\n  #x\n"),
    "unknown fields up to the limit": lambda: lines("field{0}: x\n"),
    "a title of stacked accents (mixed)": lambda: in_title(
        "e" + fill("\u0316\u0301", MAX_BYTES - 8192)
    ),
    "a title of Tibetan vowels": lambda: in_title("a" + fill("\u0f73", MAX_BYTES - 8192)),
    "stacked marks past U+FFFF": lambda: in_title("a" + fill("\U0001d167\u0316", MAX_BYTES - 8192)),
    "stacked accents written as escapes": lambda: SAMPLE.replace(
        "title: ", 'title: "e' + fill("\\u0316\\u0301", MAX_BYTES - 8192) + '"\nold_title: ', 1
    ),
    "accented text up to the limit": lambda: SAMPLE.replace(
        "summary: >", "summary: " + fill("é", MAX_BYTES - 8192) + "\nsummary_old: >"
    ),
    "emoji up to the limit": lambda: in_title(fill("\U0001f600", MAX_BYTES - 8192)),
    "zero-width spaces up to the limit": lambda: in_title(fill("\u200b", MAX_BYTES - 8192)),
}

_EDITION_RUN = """
import resource, sys, time
from pathlib import Path
from labelscore.checks.paths import check_paths
start = time.perf_counter()
checked = check_paths([Path(sys.argv[1])])
seconds = time.perf_counter() - start
try:  # this process's own peak: ru_maxrss may keep the parent's from before exec
    status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) // 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(seconds, peak, checked.files, len(checked.problems))
"""


def _edition(folder: Path, extra: dict[str, str]) -> tuple[float, int, int, int]:
    """Time (s), peak memory (MB), files and problems of the root edition checked with
    `extra` files in its applications/, in a fresh Python."""
    edition = folder / "edition"
    shutil.rmtree(edition, ignore_errors=True)
    for part in ("applications", "criteria", "jury"):
        shutil.copytree(ROOT / part, edition / part)
    shutil.copy(ROOT / "labelscore.yaml", edition)
    for name, text in extra.items():
        (edition / "applications" / name).write_text(text, "utf-8")
    run = subprocess.run(
        [sys.executable, "-c", _EDITION_RUN, str(edition)],
        capture_output=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "src")},
    )
    seconds, peak, files, problems = run.stdout.split()
    return float(seconds), int(peak), int(files), int(problems)


def main() -> int:
    print(f"{'case':40} {'bytes':>9} {'problems':>9} {'seconds':>8}  budget {BUDGET:.2f}")
    slowest = 0.0
    texts: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, make in CASES.items():
            path = Path(folder) / "application.yaml"
            texts[name] = make()
            path.write_text(texts[name], "utf-8")
            start = time.perf_counter()
            problems = validate_paths([path])
            elapsed = time.perf_counter() - start
            slowest = max(slowest, elapsed)
            over = "  over budget" if elapsed > BUDGET else ""
            size = path.stat().st_size
            print(f"{name:40} {size:9} {len(problems):9} {elapsed:8.3f}{over}")
        print(f"slowest: {slowest:.3f} s")

        hostile = [text for name, text in texts.items() if name != "the sample application"]
        extra = {f"zz-hostile-{i:02}.yaml": hostile[i % len(hostile)] for i in range(30)}
        heaviest = {"zz-hostile.yaml": texts["distinct keys up to the limit"]}
        base_seconds, base_peak, base_files, _ = _edition(Path(folder), {})
        _, one_peak, _, _ = _edition(Path(folder), heaviest)
        seconds, peak, files, count = _edition(Path(folder), extra)
        over = "  over budget" if seconds - base_seconds > BUDGET * len(extra) else ""
        print(f"\nthe root edition ({base_files} files): {base_seconds:.2f} s, peak {base_peak} MB")
        print(f"with the file of distinct keys in applications/: peak {one_peak} MB")
        print(
            f"with {len(extra)} hostile files in applications/ ({files} files, {count} "
            f"problems): {seconds:.2f} s, {(seconds - base_seconds) / len(extra):.2f} s a "
            f"file, peak {peak} MB{over}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
