"""How long score cards take: `labelscore cards` for the bundled 2010 edition (12
workbooks) and `labelscore collect` of them, as ratios against `labelscore rank` of the same
edition measured in the same run (the three read and check the whole edition first; what a
ratio adds is the cards' own cost), and the library's parts timed alone.

Usage: python bench/cards.py [--runs N] [--seed S]

Rows:
- commands, each in a fresh process, every round in an order shuffled with a fixed seed:
  `rank`, `cards` (written in a temporary folder) and `collect --replace` (into a
  temporary copy of the edition, so the bundled sheets are never rewritten); the median,
  and the ratio of the medians to `rank`'s;
- in-process, the median of N runs: the 12 workbooks built (render.cards.card_workbook),
  the 12 cards read (reading.cards.read_cards: the archive checks, then one child process
  that runs python-calamine), and checked (checks.cards.check_card).
Nothing fails on timing; a command that exits with an error stops the run.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compiled import compile_package, labelscore_command

from labelscore.api import card_lists
from labelscore.checks.cards import check_card
from labelscore.reading.cards import UnreadableCardError, read_cards
from labelscore.render.cards import card_workbook

ROOT = Path(__file__).resolve().parent.parent
EDITION_PARTS = ("labelscore.yaml", "applications", "criteria", "jury")


def _copy_edition(target: Path) -> Path:
    target.mkdir()
    for part in EDITION_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy(source, target / part)
    return target


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        sys.exit(f"{' '.join(command)}: exited with {done.returncode}\n" + "\n".join(detail))
    return elapsed


def _median(call: object, runs: int) -> float:
    assert callable(call)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args(argv)
    compile_package()
    labelscore = labelscore_command()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        edition = _copy_edition(work / "edition")
        cards = work / "cartes"
        commands = {
            "rank": [*labelscore, "rank", str(edition)],
            "cards": [*labelscore, "cards", str(edition), "--output", str(cards), "--replace"],
            "collect": [*labelscore, "collect", str(cards), str(edition), "--replace"],
        }
        _timed(commands["cards"])  # the cards collect reads, and a warm disk cache
        samples: dict[str, list[float]] = {name: [] for name in commands}
        order = random.Random(options.seed)
        for _ in range(options.runs):
            names = list(commands)
            order.shuffle(names)
            for name in names:
                samples[name].append(_timed(commands[name]))
        medians = {name: statistics.median(values) for name, values in samples.items()}
        print(f"Commands on the 2010 edition, median of {options.runs} runs:")
        for name, value in medians.items():
            print(f"  {name:<8} {value * 1000:8.0f} ms   {value / medians['rank']:5.2f} x rank")

        found = card_lists(edition)
        jurors = {juror.id: juror for juror in found.edition.jurors}
        paths = sorted(cards.glob("*.xlsx"))

        def build() -> None:
            for juror, lists in found.lists.items():
                card_workbook(found.edition, jurors[juror], lists)

        def read() -> None:
            read_cards(paths)

        cells = read_cards(paths)

        def check() -> None:
            seen: dict[str, str] = {}
            for card in cells:
                assert not isinstance(card, UnreadableCardError), card
                check_card(card, found.edition, seen)

        print(f"In process, {len(found.lists)} cards, median of {options.runs} runs:")
        for name, call in (("build", build), ("read", read), ("check", check)):
            print(f"  {name:<8} {_median(call, options.runs) * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
