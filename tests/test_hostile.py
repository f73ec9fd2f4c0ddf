"""Hostile and broken input: project errors only, never an exception, never a hang."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labelscore.checks.paths import validate_paths
from labelscore.models.application import Application
from labelscore.problems import Problem
from labelscore.reading import strict_yaml
from labelscore.reading.load import load_file
from labelscore.render.problems import print_problems
from labelscore.render.text import console
from tests.conftest import ROOT

SAMPLE = (ROOT / "applications" / "brest-appropriation-sociale.yaml").read_bytes()
YAML_PIECES = st.sampled_from(
    [
        ":",
        ": ",
        "- ",
        "\n",
        "  ",
        "\t",
        "#",
        "'",
        '"',
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a",
        "*a",
        "!!str",
        "!!python/object:os.system",
        "---",
        "...",
        "|",
        ">",
        "?",
        "~",
        "null",
        "no",
        "01000",
        "1:20",
        "0x1F",
        ".inf",
        "1e3",
        "2010-02-30",
        "é",
        "\u00a0",
        "\ufeff",
        "\x00",
        "\x1b",
        "\u200b",
        "\u202e",
        "\u00ad",
        "\u2028",
        "\u0301" * 31,
        "\u0f73" * 16,
        "9" * 700,
        "-1." + "5" * 700,
        "\t#x",
        "  #x",
        "\n  #x",
        "id",
        "title",
        "territory",
        "marks",
        "%YAML 1.1",
    ]
)


def _check(problems: list[Problem]) -> None:
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.line >= 1
        assert problem.column >= 1
        assert problem.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(YAML_PIECES, st.text(max_size=8)), max_size=60))
def test_yaml_like_text_gives_problems_not_exceptions(pieces: list[str]) -> None:
    text = "".join(pieces)
    document, problems = strict_yaml.read(text.encode("utf-8", "surrogatepass"), "fuzz.yaml")
    _check(problems)
    if document is not None and isinstance(document.value, dict):
        with contextlib.suppress(ValueError):
            Application.model_validate(document.value)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(st.integers(0, len(SAMPLE)), st.integers(0, 3), st.binary(max_size=3)),
        min_size=1,
        max_size=6,
    )
)
def test_mutated_sample_files_give_problems_not_exceptions(
    tmp_path: Path, mutations: list[tuple[int, int, bytes]]
) -> None:
    data = bytearray(SAMPLE)
    for position, removed, inserted in mutations:
        data[position : position + removed] = inserted
    target = tmp_path / "mutant.yaml"
    target.write_bytes(bytes(data))
    problems = validate_paths([target])
    _check(problems)
    loaded, _ = load_file(target, Application)
    assert (loaded is None) == any(p.severity == "error" for p in problems)


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    target = tmp_path / "huge.yaml"
    target.write_text("summary: " + "x" * (strict_yaml.MAX_BYTES + 10) + "\n", "utf-8")
    (problem,) = validate_paths([target])
    assert "larger than" in problem.message


def test_billion_laughs_is_refused_without_expanding() -> None:
    text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(20)
    )
    document, problems = strict_yaml.read(text.encode(), "laughs.yaml")
    assert document is None
    assert any("YAML alias" in p.message for p in problems)


def test_python_tags_are_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    text = f"id: !!python/object/apply:os.system ['touch {marker}']\n"
    _, problems = strict_yaml.read(text.encode(), "tag.yaml")
    assert any("tag" in p.message for p in problems)
    assert not marker.exists()


def test_problem_output_escapes_markup_and_control_characters() -> None:
    buffer = io.StringIO()
    problem = Problem(
        "a.yaml", 1, 1, "[red]x", "unknown field '[red]x[/]' :warning: \x1b[2J", rule="unknown-key"
    )
    print_problems(console(buffer, width=200), [problem])
    printed = buffer.getvalue()
    assert "[red]x[/]' :warning:" in printed
    assert "\x1b" not in printed
    assert "\\x1b[2J" in printed


def test_problems_are_listed_up_to_a_hundred_per_file_and_the_rest_counted(
    tmp_path: Path,
) -> None:
    target = tmp_path / "repeated.yaml"
    target.write_text("".join(f"field{i}: x\n" for i in range(250)), "utf-8")
    problems = validate_paths([target])
    assert len(problems) == 101
    (notice,) = [p for p in problems if "not listed" in p.message]
    # 250 unknown fields and 8 missing ones, less the 100 listed
    assert notice.message.startswith("158 more problems in this file are not listed")


def test_a_list_longer_than_any_edition_needs_is_refused_in_one_problem() -> None:
    text = "partners:\n" + "  - x\n" * (strict_yaml.MAX_ITEMS + 1)
    document, problems = strict_yaml.parse(text, "long.yaml")
    assert document is None
    (problem,) = problems
    assert "this list holds 10,001 items; at most 10,000" in problem.message
    assert (problem.line, problem.field) == (2, "partners")


def test_a_file_of_more_values_than_any_edition_needs_is_refused_before_its_tree() -> None:
    groups = strict_yaml.MAX_NODES // 4 + 1
    text = "".join(f"g{index}: {{a: 1}}\n" for index in range(groups))
    document, problems = strict_yaml.parse(text, "many.yaml")
    assert document is None
    (problem,) = problems
    assert f"more than {strict_yaml.MAX_NODES:,} values" in problem.message
