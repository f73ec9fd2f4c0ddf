"""Start-up cost of the everyday commands, against the import floor of the stack.

Usage: python bench/startup.py [--runs N]

The floor is what any tool on this stack pays before doing anything:
`import typer, rich.console, rich.table, yaml; from pydantic import BaseModel`.
Each command and the floor run interleaved (A B A B ...) in fresh processes; the
medians and their ratio are printed. Run it from the repository root (the bundled
2010 edition).

The package is byte-compiled first (see bench/compiled.py).

Reference rows put a number on what the stack costs before labelscore does anything of
its own: typer 0.29 builds a pydantic adapter for each parameter of the command it runs
(which loads pydantic's field machinery), and `rank` reads 120 files.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from compiled import compile_package, floor_and, labelscore_command

ROOT = Path(__file__).resolve().parent.parent
FLOOR = floor_and()
MODEL = floor_and("class Example(BaseModel):\n    x: int\nExample(x=1)")
"""For reference: the floor plus one tiny model built and used, which any tool that
validates with pydantic pays (schema machinery, plugin lookup)."""
TYPER_COMMAND = floor_and(
    "from pathlib import Path\n"
    "app = typer.Typer()\n"
    "@app.command()\n"
    "def check(path: Path) -> None:\n    pass\n"
    "app(['x'], standalone_mode=False)"
)
"""For reference: the floor plus a typer command that takes one path and does nothing."""
PARSE = floor_and(
    "from pathlib import Path\n"
    "for part in ('labelscore.yaml', 'applications/*.yaml', 'criteria/*.yaml', 'jury/**/*.yaml'):\n"
    "  for path in sorted(Path('.').glob(part)):\n"
    "    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)"
)
"""For reference: the floor plus the bundled edition's files read by libyaml alone
(labelscore is not imported, so the glob repeats where an edition keeps its files)."""
COMMANDS = {
    "labelscore --help": (["--help"], 1.0),
    "labelscore validate <one application>": (
        ["validate", str(ROOT / "applications" / "brest-appropriation-sociale.yaml")],
        1.2,
    ),
    "labelscore rank (2010 edition)": (["rank", str(ROOT)], 1.5),
}


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
    )
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs: int = parser.parse_args(argv).runs
    print(f"{'command':40} {'median':>9} {'floor':>9} {'ratio':>6} {'budget':>6}")
    commands = {
        name: ([*labelscore_command(), *args], budget) for name, (args, budget) in COMMANDS.items()
    }
    commands["(reference) floor + one pydantic model"] = (MODEL, float("nan"))
    commands["(reference) floor + typer command, 1 arg"] = (TYPER_COMMAND, float("nan"))
    commands["(reference) floor + parse the edition"] = (PARSE, float("nan"))
    compile_package()
    for name, (command, budget) in commands.items():
        timed(command)
        timed(FLOOR)
        ours: list[float] = []
        floor: list[float] = []
        for _ in range(runs):
            ours.append(timed(command))
            floor.append(timed(FLOOR))
        a, b = statistics.median(ours), statistics.median(floor)
        print(f"{name:40} {a * 1000:7.0f}ms {b * 1000:7.0f}ms {a / b:6.2f} {budget:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
