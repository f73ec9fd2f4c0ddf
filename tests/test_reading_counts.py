"""'N more problems are not listed': N is exact, so listed + counted is the true total.

The true total is found by lifting the cap: every problem is then listed."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from labelscore import problems
from labelscore.checks.paths import validate_paths
from labelscore.problems import Problem
from labelscore.reading import messages, strict_yaml, text
from tests.conftest import FIXTURES, ROOT

SAMPLE = (ROOT / "applications" / "brest-appropriation-sociale.yaml").read_text("utf-8")
SHEET = (FIXTURES / "editions" / "mini" / "jury" / "scores" / "ana.yaml").read_text("utf-8")
_NOTICE = re.compile(r"(\d+) more problems? in this file (?:is|are) not listed")

Make = Callable[[int], str]


def _unknown_keys(count: int) -> str:
    return SAMPLE + "".join(f"zz{i}: x\n" for i in range(count))


def _one_key_repeated(count: int) -> str:
    return "zz: 1\n" * count


def _cut_values(count: int) -> str:
    return "".join(f"zz{i}: value #{i}\n" for i in range(count))


def _cut_then_unknown(count: int) -> str:
    """Problems found while reading, then others found by the model: both are counted."""
    return SAMPLE.replace("title: ", "title: Projet #1 ", 1) + "".join(
        f"zz{i}: x #{i}\n" for i in range(count)
    )


def _indicators_not_numbers(count: int) -> str:
    """A union field (int or float) fails twice for one value: one problem each."""
    items = "".join(f"  - name: I{i}\n    value: x{i}\n" for i in range(count))
    return SAMPLE.replace("indicators:\n", "indicators:\n" + items, 1)


def _mixed(count: int) -> str:
    """Duplicates whose values hold problems too, anchors, unknown keys, wrong types."""
    parts = [SAMPLE.replace("title: ", "title: &t ", 1)]
    for i in range(count):
        parts.append(f"partners: [a #{i}]\n" if i % 7 == 0 else "")
        parts.append(f"zz{i}: {{p: v #{i}}}\n" if i % 3 else f"title: Projet #{i}\n")
    return "".join(parts)


def _format_characters(count: int) -> str:
    return SAMPLE + "".join(f"zz{i}: a\u200bb\u202e\n" for i in range(count))


def _marks(count: int) -> str:
    return SAMPLE + "".join(f"zz{i}: e{chr(0x301) * 31}\n" for i in range(count))


def _sheet_marks(count: int) -> str:
    marks = "".join(f"      c{i}: x\n" for i in range(count))
    return SHEET.replace("    marks: {innovation: 4, usages: 6}\n", "    marks:\n" + marks, 1)


CASES: dict[str, Make] = {
    "unknown keys": _unknown_keys,
    "one key repeated": _one_key_repeated,
    "values cut by ' #'": _cut_values,
    "cut values and unknown keys": _cut_then_unknown,
    "union fields": _indicators_not_numbers,
    "mixed": _mixed,
    "format characters": _format_characters,
    "stacked marks": _marks,
    "score sheet marks": _sheet_marks,
}


def _listed_and_counted(found: list[Problem]) -> tuple[int, int]:
    counted = 0
    listed = 0
    for problem in found:
        notice = _NOTICE.match(problem.message)
        if notice:
            counted += int(notice.group(1))
        else:
            listed += 1
    return listed, counted


@pytest.fixture
def uncapped(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    def lift() -> None:
        for module in (problems, strict_yaml, messages, text):
            monkeypatch.setattr(module, "MAX_PER_FILE", 10**9)

    return lift


@pytest.mark.parametrize("count", [150, 250, 1000])
@pytest.mark.parametrize("name", sorted(CASES))
def test_listed_and_counted_problems_add_up_to_the_true_total(
    tmp_path: Path, name: str, count: int, uncapped: Callable[[], None]
) -> None:
    folder = tmp_path / ("jury/scores" if name.startswith("score sheet") else "applications")
    folder.mkdir(parents=True)
    target = folder / "file.yaml"
    target.write_text(CASES[name](count), "utf-8")
    listed, counted = _listed_and_counted(validate_paths([target]))
    cap = problems.MAX_PER_FILE
    uncapped()
    every = validate_paths([target])
    assert _listed_and_counted(every)[1] == 0
    assert listed == min(len(every), cap)
    assert listed + counted == len(every), (listed, counted, len(every))


@pytest.mark.parametrize(
    ("make", "total"),
    [
        (_unknown_keys, 150),
        (_unknown_keys, 1000),
        (_one_key_repeated, 250 - 1 + 1 + 8),  # the repeats, 'zz' unknown, 8 missing
        (_format_characters, 3 * 250),  # two characters, and 'zz' unknown, a line
    ],
)
def test_known_totals(tmp_path: Path, make: Make, total: int) -> None:
    target = tmp_path / "file.yaml"
    count = 250 if make in (_one_key_repeated, _format_characters) else total
    target.write_text(make(count), "utf-8")
    listed, counted = _listed_and_counted(validate_paths([target]))
    assert (listed, listed + counted) == (100, total)
