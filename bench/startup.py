"""Start-up cost of the everyday commands, as ratios against floors measured in the same run.

Usage: python bench/startup.py [--runs N] [--seed S] [--json]

Three floors put a number on what the stack costs before labelscore does anything of
its own, each in a fresh Python:
- import floor: `import typer, rich.console, rich.table, yaml; from pydantic import
  BaseModel`, what any tool on this stack pays before doing anything;
- command floor: the import floor, then a typer command that takes one path and does
  nothing, run. Typer 0.29 builds a pydantic adapter for each parameter of the command it
  runs, which loads pydantic's field machinery: any command of a typer CLI pays it;
- parse floor: the import floor, then the bundled edition's files (120 of them) read by
  libyaml alone (`yaml.load(..., Loader=yaml.CSafeLoader)`), the least that any reader of
  those files pays. labelscore is not imported, so the globs repeat where an edition keeps
  its files.
A reference row, the import floor plus one tiny pydantic model built and used (what any
tool that validates with pydantic pays: schema machinery, plugin lookup), is information
only.

Targets, on medians:
- `labelscore --help` <= 0.5 x the import floor: help reads nothing and validates
  nothing, so it should not pay for the whole stack;
- `labelscore validate <one application>` <= 1.0 x the command floor: one small file
  should cost no more than the stack's own cost of running a command;
- `labelscore rank` of the bundled 2010 edition <= 1.25 x (command floor + parse floor -
  import floor): a command plus reading the edition, the import floor counted once, with a
  quarter more for checking, ranking and printing the tables. Since rank also runs the
  simulation that says how sure each label is, its budget grows by the simulation's own
  budget, 60 ms (issue 12; the budget column shows the ratio that makes): the row `rank
  --draws 0` is rank without it, held to 1.25; the difference of the two medians, printed
  last, is what the simulation adds.

Every process runs in each round, in an order shuffled with a fixed seed (after one
untimed round to warm the disk cache), so every ratio compares processes timed under the
same load of the machine. Printed: the median, first and third quartiles of each process
(the JSON adds the fastest and slowest); for each target its floor, the ratio of the
medians (which decides "met"), the median of the ratios taken round by round ("paired":
when it strays from the ratio of the medians, the machine was noisy), the budget and the
verdict. Nothing fails on timing; a command that exits with an error stops the run.
With --json, the numbers are printed as JSON on standard output and the table goes to
standard error.

The package is byte-compiled first and the installed `labelscore` script is run (see
bench/compiled.py): run this file with the Python of the environment labelscore is
installed in. Every process runs in the repository root, the bundled edition.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compiled import compile_package, floor_and, labelscore_command

ROOT = Path(__file__).resolve().parent.parent
APPLICATION = ROOT / "applications" / "brest-appropriation-sociale.yaml"

MODEL_CODE = "class Example(BaseModel):\n    x: int\nExample(x=1)"
TYPER_COMMAND_CODE = (
    "from pathlib import Path\n"
    "app = typer.Typer()\n"
    "@app.command()\n"
    "def check(path: Path) -> None:\n    pass\n"
    "app(['x'], standalone_mode=False)"
)
PARSE_CODE = (
    "from pathlib import Path\n"
    "for part in ('labelscore.yaml', 'applications/*.yaml', 'criteria/*.yaml', 'jury/**/*.yaml'):\n"
    "  for path in sorted(Path('.').glob(part)):\n"
    "    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)"
)


@dataclass(frozen=True)
class Process:
    key: str
    label: str
    command: list[str]


@dataclass(frozen=True)
class Target:
    key: str
    against: str
    """What the floor is, in words."""
    floor: tuple[tuple[str, int], ...]
    """The floor as a sum of processes: (key, +1 or -1)."""
    budget: float
    extra_ms: float = 0.0
    """Time allowed on top of budget x floor: for rank, the simulation's own budget."""


def processes() -> list[Process]:
    labelscore = labelscore_command()
    return [
        Process("import_floor", "import floor", floor_and()),
        Process(
            "command_floor",
            "command floor (+ typer command, 1 path)",
            floor_and(TYPER_COMMAND_CODE),
        ),
        Process("parse_floor", "parse floor (+ libyaml reads the edition)", floor_and(PARSE_CODE)),
        Process("pydantic_model", "(reference) floor + one pydantic model", floor_and(MODEL_CODE)),
        Process("help", "labelscore --help", [*labelscore, "--help"]),
        Process(
            "validate",
            "labelscore validate <one application>",
            [*labelscore, "validate", str(APPLICATION)],
        ),
        Process("rank", "labelscore rank (2010 edition)", [*labelscore, "rank", str(ROOT)]),
        Process(
            "rank_no_draws",
            "labelscore rank --draws 0",
            [*labelscore, "rank", str(ROOT), "--draws", "0"],
        ),
    ]


SIMULATION_BUDGET_MS = 60.0
"""How long the simulation of how sure each label is may take for the 2010 edition (issue
12; bench/uncertainty.py times it alone): rank's budget grows by it and no more."""

TARGETS = [
    Target("help", "import floor", (("import_floor", 1),), 0.5),
    Target("validate", "command floor", (("command_floor", 1),), 1.0),
    Target(
        "rank",
        "command + parse - import",
        (("command_floor", 1), ("parse_floor", 1), ("import_floor", -1)),
        1.25,
        SIMULATION_BUDGET_MS,
    ),
    Target(
        "rank_no_draws",
        "command + parse - import",
        (("command_floor", 1), ("parse_floor", 1), ("import_floor", -1)),
        1.25,
    ),
]


def timed(process: Process) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        process.command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        sys.exit(f"{process.label}: exited with {done.returncode}\n" + "\n".join(detail))
    return elapsed


def quartiles(samples: list[float]) -> tuple[float, float, float]:
    if len(samples) < 2:
        return samples[0], samples[0], samples[0]
    q1, q2, q3 = statistics.quantiles(samples, n=4, method="inclusive")
    return q1, q2, q3


def measure(table: list[Process], runs: int, seed: int) -> dict[str, list[float]]:
    """Seconds of each process, round by round: every process once per round."""
    order = random.Random(seed)
    samples: dict[str, list[float]] = {process.key: [] for process in table}
    for process in table:
        timed(process)
    for _ in range(runs):
        shuffled = list(table)
        order.shuffle(shuffled)
        for process in shuffled:
            samples[process.key].append(timed(process))
    return samples


def floor_of(target: Target, values: dict[str, float]) -> float:
    return sum(sign * values[key] for key, sign in target.floor)


def report(
    table: list[Process], samples: dict[str, list[float]], runs: int, seed: int
) -> dict[str, Any]:
    medians = {key: statistics.median(values) for key, values in samples.items()}
    result: dict[str, Any] = {
        "runs": runs,
        "seed": seed,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "processes": {},
        "targets": {},
    }
    for process in table:
        q1, median, q3 = quartiles(samples[process.key])
        result["processes"][process.key] = {
            "label": process.label,
            "median_ms": round(median * 1000, 1),
            "q1_ms": round(q1 * 1000, 1),
            "q3_ms": round(q3 * 1000, 1),
            "min_ms": round(min(samples[process.key]) * 1000, 1),
            "max_ms": round(max(samples[process.key]) * 1000, 1),
        }
    labels = {process.key: process.label for process in table}
    for target in TARGETS:
        floor = floor_of(target, medians)
        ratio = medians[target.key] / floor
        budget = target.budget + target.extra_ms / 1000 / floor
        paired = statistics.median(
            samples[target.key][i]
            / floor_of(target, {key: values[i] for key, values in samples.items()})
            for i in range(runs)
        )
        result["targets"][target.key] = {
            "label": labels[target.key],
            "median_ms": round(medians[target.key] * 1000, 1),
            "against": target.against,
            "floor_ms": round(floor * 1000, 1),
            "ratio": round(ratio, 3),
            "paired_ratio": round(paired, 3),
            "budget": round(budget, 3),
            "met": ratio <= budget,
        }
    simulation = medians["rank"] - medians["rank_no_draws"]
    result["simulation_in_rank_ms"] = round(simulation * 1000, 1)
    return result


def print_table(result: dict[str, Any], out: Any) -> None:
    print(
        f"{result['runs']} interleaved rounds (seed {result['seed']}), Python "
        f"{result['python']}, {result['cpus']} CPUs",
        file=out,
    )
    print(f"{'process':42} {'median':>7} {'q1':>7} {'q3':>7}", file=out)
    for row in result["processes"].values():
        print(
            f"{row['label']:42} {row['median_ms']:5.0f}ms {row['q1_ms']:5.0f}ms "
            f"{row['q3_ms']:5.0f}ms",
            file=out,
        )
    print(file=out)
    print(
        f"{'target':38} {'against':24} {'floor':>7} {'ratio':>6} {'paired':>6} {'budget':>6}",
        file=out,
    )
    for row in result["targets"].values():
        verdict = "met" if row["met"] else "not met"
        print(
            f"{row['label']:38} {row['against']:24} {row['floor_ms']:5.0f}ms "
            f"{row['ratio']:6.2f} {row['paired_ratio']:6.2f} {row['budget']:6.2f} {verdict}",
            file=out,
        )
    print(
        f"the simulation in rank (rank less rank --draws 0, medians): "
        f"{result['simulation_in_rank_ms']:.0f}ms",
        file=out,
    )


def main(argv: list[str]) -> int:
    assert __doc__ is not None
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="interleaved rounds (default 15)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the order in each round")
    parser.add_argument(
        "--json", action="store_true", help="print JSON on standard output, the table on stderr"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    compile_package()
    table = processes()
    samples = measure(table, args.runs, args.seed)
    result = report(table, samples, args.runs, args.seed)
    print_table(result, sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
