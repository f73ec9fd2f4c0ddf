"""How `labelscore rank` grows with the size of an edition.

Usage: python bench/run.py [--sizes 100 1000 10000] [--runs 3]

For each size, a synthetic edition is written by bench/generate.py, then measured in
fresh processes, in the same run:
- import floor: `import typer, rich.console, rich.table, yaml; from pydantic import BaseModel`;
- parse floor: reading the same YAML files with yaml.load(..., Loader=yaml.CSafeLoader)
  and nothing else (time inside the process);
- `labelscore rank --json` (load, check, rank, write), and `labelscore rank` with the
  Rich tables, each with its peak memory.
Printed: medians, the ratio of rank to (import floor + parse floor), and the growth from
the previous size (10x the applications should cost at most 12x the time).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compiled import compile_package, floor_and, labelscore_command

HERE = Path(__file__).resolve().parent
PARSE = """
import sys, time, pathlib, yaml
files = sorted(p for p in pathlib.Path(sys.argv[1]).rglob('*.yaml'))
start = time.perf_counter()
for path in files:
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
print(time.perf_counter() - start)
"""


def run(command: list[str]) -> tuple[float, float, bytes]:
    """Wall time (s), peak resident memory (MB) and standard output of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024, output


def median_run(command: list[str], runs: int) -> tuple[float, float]:
    results = [run(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    python = sys.executable
    compile_package()
    print(
        f"{'apps':>6} {'rank --json':>11} {'rank tables':>11} {'import fl.':>10} "
        f"{'parse fl.':>9} {'ratio':>6} {'growth':>7} {'peak MB':>8}"
    )
    previous: float | None = None
    with tempfile.TemporaryDirectory() as workdir:
        for size in args.sizes:
            edition = Path(workdir) / f"edition-{size}"
            subprocess.run(
                [python, str(HERE / "generate.py"), "--applications", str(size), str(edition)],
                check=True,
            )
            runs = args.runs if size <= 1000 else 1
            import_floor, _ = median_run(floor_and(), max(3, runs))
            parse_floor = statistics.median(
                float(run([python, "-c", PARSE, str(edition)])[2]) for _ in range(runs)
            )
            command = [*labelscore_command(), "rank", str(edition)]
            as_json, peak = median_run([*command, "--json"], runs)
            tables, _ = median_run(command, runs)
            ratio = as_json / (import_floor + parse_floor)
            growth = f"{as_json / previous:6.1f}x" if previous else "      -"
            previous = as_json
            print(
                f"{size:>6} {as_json:10.2f}s {tables:10.2f}s {import_floor:9.2f}s "
                f"{parse_floor:8.2f}s {ratio:6.2f} {growth:>7} {peak:8.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
