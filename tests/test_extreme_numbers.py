"""Any number in any numeric field: `validate` reports it, or every command runs cleanly.

Each numeric value written in the mini edition (plus the optional numeric fields it
leaves out) is replaced, one at a time, by numbers no jury would write: hundreds of
digits, the largest and the smallest floats written out as decimals, negatives, values
just past the bounds. Either `validate` reports an error, or `rank`, `rank --json`,
`jury`, `export` and `explain` finish without an exception and exit 0.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from labelscore.checks.edition import build_edition, check_edition, edition_conflicts
from labelscore.cli.commands import app
from labelscore.engine.ranking import rank_edition
from labelscore.reading.load import read_edition
from labelscore.reading.strict_yaml import SourceFloat, SourceInt, resolve_plain
from labelscore.render.json_result import to_json
from tests.conftest import FIXTURES

MINI = FIXTURES / "editions" / "mini"
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
runner = CliRunner()

OPTIONAL_FIELDS = {
    # The numeric fields the mini edition leaves out, written in so they are pushed too.
    "labelscore.yaml": (
        "minimum_jurors: 2",
        "minimum_jurors: 2\n  discuss_spread: 30\n  leniency_flag: 10",
    ),
    "criteria/ecole.yaml": ("title: École numérique", "title: École numérique\norder: 2"),
    "applications/c-brest.yaml": (
        "summary: Un projet.",
        "summary: Un projet.\nindicators:\n  - name: Visites\n    value: 12.5\n    year: 2010",
    ),
}

BIGGEST_FLOAT = f"{int(sys.float_info.max)}.0"
EXTREMES = [
    "0",
    "-1",
    "0.0001",
    "999999.99",
    "9223372036854775808",
    "1" + "0" * 400,
    "-1" + "0" * 400,
    "4" * 4000,
    "0." + "0" * 323 + "5",
    BIGGEST_FLOAT,
    "1" + "0" * 309 + ".5",
]


@dataclass(frozen=True)
class Field:
    file: str
    start: int
    end: int
    line: int
    written: str
    kind: tuple[str, ...]
    """The file (or folder, for applications and score sheets) and the field's path, list
    positions left out: the fields of one kind go through the same code."""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.written}"


def _texts() -> dict[str, str]:
    texts = {
        path.relative_to(MINI).as_posix(): path.read_text("utf-8") for path in MINI.rglob("*.yaml")
    }
    for name, (old, new) in OPTIONAL_FIELDS.items():
        assert old in texts[name]
        texts[name] = texts[name].replace(old, new, 1)
    return texts


def _numbers(name: str, text: str) -> list[Field]:
    """Every plain scalar of the file that the reader takes for a number."""
    found = []
    where = name.rsplit("/", 1)[0] if name.startswith(("applications/", "jury/scores/")) else name
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    assert root is not None
    stack: list[tuple[yaml.Node, tuple[str, ...]]] = [(root, (where,))]
    while stack:
        node, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack += [(value, (*path, key.value)) for key, value in node.value]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(item, path) for item in node.value]
        elif (
            isinstance(node, yaml.ScalarNode)
            and node.style is None
            and isinstance(resolve_plain(node.value), SourceInt | SourceFloat)
        ):
            start, end = node.start_mark, node.end_mark
            found.append(Field(name, start.index, end.index, start.line + 1, node.value, path))
    return found


TEXTS = _texts()
FIELDS = sorted(
    (field for name, text in TEXTS.items() for field in _numbers(name, text)),
    key=lambda f: (f.file, f.start),
)
ONE_OF_EACH_KIND = list({field.kind: field for field in reversed(FIELDS)}.values())


def _write(folder: Path, field: Field, value: str) -> Path:
    edition = folder / "edition"
    for name, text in TEXTS.items():
        if name == field.file:
            text = text[: field.start] + value + text[field.end :]
        (edition / name).parent.mkdir(parents=True, exist_ok=True)
        (edition / name).write_text(text, "utf-8")
    return edition


def _every_command_runs(edition: Path, case: str) -> None:
    for args in (
        ["rank", edition],
        ["rank", edition, "--json"],
        ["jury", edition],
        ["export", edition, "--output", "-"],
        ["explain", "c-brest", edition],
    ):
        result = runner.invoke(app, [str(a) for a in args], env=ENV)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            case,
            args[0],
            result.exception,
        )
        assert result.exit_code == 0, (case, args, result.stdout, result.stderr)


def _check(folder: Path, field: Field, value: str, *, commands: bool = True) -> bool:
    """True when validation found an error; else the edition must rank, and with
    `commands`, every command must run.

    The edition is read and checked as `validate` does (the same problems, not sorted).
    """
    edition = _write(folder, field, value)
    files = read_edition(edition)
    conflicts = edition_conflicts(files)
    built = build_edition(files, files.problems + check_edition(files, conflicts), conflicts)
    if built is None:
        return True
    case = f"{field} -> {value[:40]}"
    assert to_json(rank_edition(built)), case
    if commands:
        _every_command_runs(edition, case)
    return False


def test_the_fields_are_found() -> None:
    files = {field.file for field in FIELDS}
    assert {"labelscore.yaml", "criteria/acces.yaml", "jury/scores/ana.yaml"} <= files
    assert len(FIELDS) > 30
    kinds = {field.kind for field in ONE_OF_EACH_KIND}
    assert ("jury/scores", "scores", "marks", "innovation") in kinds
    assert ("criteria/acces.yaml", "criteria", "weight") in kinds
    assert ("labelscore.yaml", "scoring", "leniency_flag") in kinds
    assert all(field.written.lstrip("-")[0].isdigit() for field in FIELDS)


@pytest.mark.parametrize("field", ONE_OF_EACH_KIND, ids=str)
def test_an_extreme_number_is_reported_or_harmless(tmp_path: Path, field: Field) -> None:
    """Every command for the first value that passes and for long ones (wide cells, big
    numbers); the ranking and its JSON for the others (the CLI costs 20 ms a command)."""
    commands = True
    for value in EXTREMES:
        reported = _check(tmp_path, field, value, commands=commands or len(value) > 9)
        commands = commands and reported


@pytest.mark.parametrize(
    ("file", "written", "value"),
    [
        ("criteria/acces.yaml", "2", "1" + "0" * 400),
        ("criteria/acces.yaml", "2", "0." + "0" * 323 + "5"),
        ("criteria/acces.yaml", "5", "1" + "0" * 400),
        ("criteria/acces.yaml", "0", "-" + BIGGEST_FLOAT),
        ("labelscore.yaml", "2", "1" + "0" * 400),
    ],
)
def test_numbers_that_used_to_crash_or_skew_are_reported(
    tmp_path: Path, file: str, written: str, value: str
) -> None:
    field = next(f for f in FIELDS if f.file == file and f.written == written)
    assert _check(tmp_path, field, value)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    field=st.sampled_from(FIELDS),
    number=st.one_of(
        st.integers(min_value=-(10**400), max_value=10**400).map(str),
        st.floats(allow_nan=False, allow_infinity=False).map(lambda x: f"{x:f}"),
        st.decimals(allow_nan=False, allow_infinity=False, places=6).map(lambda d: f"{d:f}"),
    ),
)
def test_any_number_anywhere_is_reported_or_harmless(
    tmp_path: Path, field: Field, number: str
) -> None:
    _check(tmp_path, field, number, commands=len(number) > 9)
