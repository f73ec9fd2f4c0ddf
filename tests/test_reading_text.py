"""Text and numbers as read: long numbers never raise, normalising stays linear, invisible
format characters are refused wherever they are written."""

from __future__ import annotations

import gc
import re
import shutil
import subprocess
import sys
import textwrap
import tracemalloc
import unicodedata
from pathlib import Path
from typing import Literal

import pytest
import yaml
from pydantic import ValidationError

from labelscore.api import edition_problems
from labelscore.checks.paths import validate_paths
from labelscore.models.application import Application
from labelscore.models.base import FORMAT_CHARACTERS
from labelscore.problems import Problem
from labelscore.reading import strict_yaml, text
from labelscore.reading.load import load_file, model_for
from tests.conftest import FIXTURES, ROOT

MINI = FIXTURES / "editions" / "mini"
MINI_FILES = sorted(p.relative_to(MINI).as_posix() for p in MINI.rglob("*.yaml"))
SAMPLE = (ROOT / "applications" / "brest-appropriation-sociale.yaml").read_text("utf-8")


def _scalars(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of every scalar written in it, keys and values."""
    spans = []
    for event in yaml.parse(text, Loader=yaml.BaseLoader):
        if isinstance(event, yaml.ScalarEvent):
            assert event.start_mark is not None
            assert event.end_mark is not None
            spans.append((event.start_mark.index, event.end_mark.index))
    return spans


def _replaced(text: str, span: tuple[int, int], by: str) -> str:
    return text[: span[0]] + by + text[span[1] :]


HUGE = ["9" * 5000, "-" + "1" * 5000, "1" * 3000 + "." + "5" * 3000, "1" * 641, "1" * 400 + ".5"]


@pytest.mark.parametrize("relative", MINI_FILES)
def test_a_huge_number_in_any_place_of_any_file_gives_problems_not_exceptions(
    tmp_path: Path, relative: str
) -> None:
    text = (MINI / relative).read_text("utf-8")
    target = tmp_path / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    for span in _scalars(text):
        for number in HUGE:
            target.write_text(_replaced(text, span, number), "utf-8")
            for problem in validate_paths([target]):
                assert problem.line >= 1
                assert len(problem.message) < 400, problem.message
                assert len(str(problem)) < 800, problem


@pytest.mark.parametrize("relative", MINI_FILES)
def test_a_huge_number_in_an_edition_gives_problems_not_exceptions(
    tmp_path: Path, relative: str
) -> None:
    edition = tmp_path / "edition"
    shutil.copytree(MINI, edition)
    text = (MINI / relative).read_text("utf-8")
    numbers = [s for s in _scalars(text) if re.fullmatch(r"-?\d+(\.\d+)?", text[slice(*s)])]
    for span in numbers[:3]:
        (edition / relative).write_text(_replaced(text, span, "4" * 5000), "utf-8")
        _, problems = edition_problems(edition)
        assert any(p.file.endswith(relative) for p in problems), problems
        assert all(len(p.message) < 400 for p in problems), problems


def test_numbers_keep_their_value_up_to_the_digit_limit() -> None:
    limit = strict_yaml.MAX_DIGITS
    assert strict_yaml.resolve_plain("9" * limit) == int("9" * limit)
    assert strict_yaml.resolve_plain("-" + "9" * limit) == -int("9" * limit)
    assert strict_yaml.resolve_plain("9" * (limit + 1)) == "9" * (limit + 1)
    assert strict_yaml.resolve_plain("1." + "5" * limit) == "1." + "5" * limit
    assert str(strict_yaml.resolve_plain("9" * limit)) == "9" * limit  # prints back


def test_a_long_number_in_a_text_field_is_kept_as_written(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    digits = "7" * 5000
    target.write_text(SAMPLE.replace("title: ", f"title: {digits}\nold_title: ", 1), "utf-8")
    loaded, problems = load_file(target, Application)
    assert [p.field for p in problems] == ["old_title"]
    assert loaded is None or loaded.model.title.startswith(digits)


# Combining marks: normalising stays linear


def test_the_combining_mark_table_matches_the_unicode_database() -> None:
    """Normalising reorders exactly these: a character of non-zero combining class, or one
    whose decomposition starts with one. A newer Python may know new ones: then the table
    in text.py is to be extended."""
    table = re.compile(f"[{text._MARKS}]")
    missing = []
    for code in range(0x10000):
        char = chr(code)
        first = unicodedata.normalize("NFD", char)[:1]
        reordered = unicodedata.combining(char) or (first and unicodedata.combining(first))
        if bool(reordered) != bool(table.match(char)):
            missing.append(f"U+{code:04X}")
    assert missing == []


def test_every_format_character_is_refused() -> None:
    """Every character of Unicode category Cf this Python knows is in FORMAT_CHARACTERS;
    the file is read on as if it were not there, to find its other problems."""
    table = re.compile(f"[{FORMAT_CHARACTERS}]")
    known = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
    assert [f"U+{ord(c):04X}" for c in known if not table.match(c)] == []
    for char in known:
        document, problems = strict_yaml.read(f"title: a{char}b\n".encode(), "f.yaml")
        assert document is not None
        assert document.value == {"title": "ab"}
        (problem,) = problems
        assert (problem.line, problem.column) == (1, 9)
        assert f"U+{ord(char):04X}" in problem.message


@pytest.mark.parametrize(
    "run",
    [
        "e" + "\u0301" * 31,
        "e" + "\u0316\u0301" * 16,
        "a" + "\u0f73" * 31,  # combining class 0, but decomposes into two marks
        "a" + "\U0001d167" * 31,  # past U+FFFF
        "😀" + "\U0001d167\u0301" * 16,
    ],
    ids=["acute", "mixed", "tibetan", "musical", "emoji-then-marks"],
)
def test_more_than_thirty_combining_marks_in_a_row_are_refused_with_their_place(
    run: str,
) -> None:
    document, problems = strict_yaml.read(f"id: x\ntitle: Projet {run}\n".encode(), "f.yaml")
    assert document is None
    (problem,) = problems
    assert (problem.line, problem.column) == (2, 16)
    assert "combining marks" in problem.message
    assert "at most 30" in problem.message


def test_thirty_combining_marks_are_still_read_and_normalised() -> None:
    text = "title: e" + "\u0301" + "\u0316" * 29 + "\n"
    document, problems = strict_yaml.read(text.encode(), "f.yaml")
    assert problems == []
    assert document is not None
    assert document.value == {"title": unicodedata.normalize("NFC", text[7:-1])}


_TIMED = """
import sys, time
from pathlib import Path
from labelscore.checks.paths import validate_paths
path = Path(sys.argv[1])
start = time.perf_counter()
problems = validate_paths([path])
print(f"{time.perf_counter() - start:.3f}", len(problems), problems[0].rule)
"""


@pytest.mark.parametrize(
    "unit",
    ["\u0316\u0301", "\u0f73", "\U0001d167\u0316"],
    ids=["mixed-classes", "tibetan", "past-ffff"],
)
def test_a_title_of_stacked_marks_up_to_the_size_limit_is_checked_at_once(
    tmp_path: Path, unit: str
) -> None:
    """Normalising such a title took minutes; refused before normalising, it takes
    milliseconds. A child process and a timeout keep a regression from hanging the run."""
    target = tmp_path / "marks.yaml"
    room = strict_yaml.MAX_BYTES - len(SAMPLE.encode()) - 100
    marks = unit * (room // len(unit.encode()))
    target.write_text(SAMPLE.replace("title: ", "title: e" + marks + " ", 1), "utf-8")
    run = subprocess.run(
        [sys.executable, "-c", _TIMED, str(target)], capture_output=True, timeout=30, check=True
    )
    seconds, count, message = run.stdout.decode().split(" ", 2)
    assert count == "1"
    assert message.strip() == "stacked-marks"  # the child speaks the language of its locale
    assert float(seconds) < 10


def test_marks_split_by_invisible_characters_make_one_run(tmp_path: Path) -> None:
    """The file is read past a zero-width space, as if it were not there: the marks it
    splits would be one run to normalise, so they count as one, placed at its first mark."""
    split = "e" + ("\u0301" * 20 + "\u200b") * 2
    document, problems = strict_yaml.read(f"id: x\ntitle: {split}\n".encode(), "f.yaml")
    assert document is None
    assert [(p.rule, p.line, p.column) for p in problems] == [
        ("stacked-marks", 2, 9),
        ("format-character", 2, 29),
        ("format-character", 2, 50),
    ]
    assert problems[0].message.startswith("40 combining marks")
    target = tmp_path / "split.yaml"
    unit = "\u0316\u0301" * 15 + "\u200b"
    room = strict_yaml.MAX_BYTES - len(SAMPLE.encode()) - 100
    marks = unit * (room // len(unit.encode()))
    target.write_text(SAMPLE.replace("title: ", "title: e" + marks + " ", 1), "utf-8")
    run = subprocess.run(
        [sys.executable, "-c", _TIMED, str(target)], capture_output=True, timeout=30, check=True
    )
    seconds, count, rule = run.stdout.decode().split(" ", 2)
    assert count == "101"  # the run, 99 of the spaces, and how many more
    assert rule.strip() == "stacked-marks"
    assert float(seconds) < 10


# Memory: what a file with problems leaves behind


def test_a_file_with_problems_leaves_only_its_problems_behind(tmp_path: Path) -> None:
    target = tmp_path / "keys.yaml"
    target.write_text("".join(f"k{i}: {i}\n" for i in range(10_000)), "utf-8")
    model = model_for(target)
    gc.collect()
    tracemalloc.start()
    try:
        _, problems = load_file(target, model)
        gc.collect()
        kept, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(problems) == 101
    # the node tree of 20,000 nodes took about 7 MB; only the problems stay
    assert kept < 1_000_000, kept


# Format characters, wherever they are written


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("id: brest\u200b-ateliers", 10),
        ("title\u2060: Projet", 6),
        ("title: Projet  # vérifié \u202e", 26),
        ("partners: [Mairie\u00ad]", 18),
    ],
)
def test_an_invisible_character_is_refused_wherever_it_is(line: str, column: int) -> None:
    _, problems = strict_yaml.read(f"{line}\n".encode(), "f.yaml")
    (problem,) = problems
    assert (problem.line, problem.column) == (1, column)
    assert "invisible formatting character" in problem.message


def test_an_invisible_character_hides_none_of_the_files_other_problems(tmp_path: Path) -> None:
    """A zero-width space pasted after a word is reported at its place, and the file is
    checked on as if it were not there: its other problems are all listed with it."""
    broken = SAMPLE.replace("status: realised", "status: fini").replace(
        "start_date: 1998-01-01", "start_date: 1998-13-01"
    )
    plain = tmp_path / "applications" / "plain.yaml"
    plain.parent.mkdir()
    plain.write_text(broken, "utf-8")
    invisible = plain.with_name("invisible.yaml")
    invisible.write_text(broken.replace("  kind: commune\n", "  kind: commune\u200b\n"), "utf-8")
    expected = [(p.line, p.column, p.field, p.code) for p in validate_paths([plain])]
    assert [code for *_, code in expected] == ["LS204", "LS209"]
    found = [(p.line, p.column, p.field, p.code) for p in validate_paths([invisible])]
    assert found == [(10, 16, "", "LS107"), *expected]


def test_lines_are_counted_as_yaml_counts_them() -> None:
    """A line separator (U+2028) ends a line for YAML: the place given matches its marks."""
    _, problems = strict_yaml.read("a: b\u2028title: x\u200by\n".encode(), "f.yaml")
    (problem,) = problems
    assert (problem.line, problem.column) == (2, 9)


def test_a_model_built_without_yaml_refuses_them_too() -> None:
    loaded, _ = load_file(FIXTURES / "valid" / "applications" / "corsica.yaml", Application)
    assert loaded is not None
    data = loaded.model.model_dump()
    data["title"] = "Projet \u202eolév"
    with pytest.raises(ValidationError, match=r"formatting character \(U\+202E"):
        Application.model_validate(data)


def test_a_control_character_after_accents_is_placed_right() -> None:
    text = "title: Été\nsummary: Des\x07 ateliers\n"
    _, problems = strict_yaml.read(text.encode(), "f.yaml")
    assert [(p.line, p.column) for p in problems] == [(2, 13)]


def test_long_values_are_quoted_short_in_messages(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    long_id = "Mon Projet " * 10_000
    target.write_text(SAMPLE.replace("id: ", f"id: {long_id}\nold_id: ", 1), "utf-8")
    problems: list[Problem] = validate_paths([target])
    assert problems
    assert all(len(p.message) < 300 for p in problems), problems


def test_readme_example_still_reads() -> None:
    text = textwrap.dedent(
        """\
        title: "Projet #1 vélo"
        territory:
          name: Saint-E\u0301tienne
        """
    )
    document, problems = strict_yaml.read(text.encode(), "f.yaml")
    assert problems == []
    assert document is not None
    assert document.value == {"title": "Projet #1 vélo", "territory": {"name": "Saint-Étienne"}}


# Marks written as escapes: YAML makes the run, after the text was looked at

_ESCAPED_RUNS = {
    "mixed": "\\u0316\\u0301",
    "tibetan": "\\u0F73",
    "past-ffff": "\\U0001D167\\u0316",
}


def _long_runs_normalised(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Spy on unicodedata.normalize: the length of every run of more than 30 marks it is
    handed, before it normalises (none should ever be)."""
    seen: list[int] = []
    normalize = unicodedata.normalize

    def spy(form: Literal["NFC", "NFD", "NFKC", "NFKD"], value: str) -> str:
        runs = [length for _, length in text._mark_runs(value, text._wide(value))]
        if runs:
            seen.append(max(runs))
            raise AssertionError(f"a run of {max(runs)} marks was normalised")
        return normalize(form, value)

    monkeypatch.setattr(unicodedata, "normalize", spy)
    return seen


@pytest.mark.parametrize("unit", list(_ESCAPED_RUNS.values()), ids=list(_ESCAPED_RUNS))
def test_marks_written_as_escapes_up_to_the_size_limit_are_refused_before_normalising(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    """`title: "e\\u0316\\u0301..."` is plain ASCII: the run exists only once YAML has
    decoded the escapes. Normalising it took 1.9 s for 250 KB, and grows with the square
    of the length; it is refused as the same run written out is, at the value's place."""
    room = strict_yaml.MAX_BYTES - len(SAMPLE.encode()) - 100
    escaped = "e" + unit * (room // len(unit))
    data = SAMPLE.replace("title: ", f'title: "{escaped}"\nold_title: ', 1).encode()
    assert escaped.isascii()
    assert len(data) < strict_yaml.MAX_BYTES
    seen = _long_runs_normalised(monkeypatch)
    document, problems = strict_yaml.read(data, "f.yaml")
    assert seen == []
    assert document is None
    (problem,) = problems
    assert (problem.rule, problem.code, problem.line, problem.column) == (
        "stacked-marks",
        "LS117",
        SAMPLE[: SAMPLE.index("title: ")].count("\n") + 1,
        8,
    )
    assert "at most 30" in problem.message


@pytest.mark.parametrize(
    "line",
    [
        'title: "e' + "\\u0301" * 31 + '"',  # escapes
        'title: "e' + "\u0301" * 20 + "\\u0301" * 11 + '"',  # written and escaped
        'title: "e' + "\u0301" * 20 + "\\\n  " + "\u0301" * 20 + '"',  # lines joined by '\'
        '"e' + "\\u0301" * 31 + '": x',  # a key
        'partners: ["e' + "\\u0301" * 31 + '"]',  # in a list
        # escaped zero-width spaces are left out, as the one written on line 1 is
        'title: "e' + ("\\u0301" * 20 + "\\u200b") * 2 + '"',
    ],
    ids=["escapes", "mixed", "joined-lines", "key", "list-item", "split-by-escaped-spaces"],
)
def test_a_run_of_marks_made_by_yaml_is_refused_at_its_value(
    monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    head = "id: x\u200b\n" if "u200b" in line else "id: x\n"
    seen = _long_runs_normalised(monkeypatch)
    document, problems = strict_yaml.read(f"{head}{line}\n".encode(), "f.yaml")
    assert seen == []
    assert document is None
    found = [(p.rule, p.line, p.column) for p in problems if p.rule != "format-character"]
    column = line.index('"') + 1
    assert found == [("stacked-marks", 2, column)]
    count = 40 if ("\\\n" in line or "u200b" in line) else 31
    assert problems[-1].message.startswith(f"{count} combining marks")


def test_thirty_escaped_marks_are_still_read_and_normalised() -> None:
    written = "e\u0301" + "\u0316" * 29
    escaped = "e\\u0301" + "\\u0316" * 29
    document, problems = strict_yaml.read(f'title: "{escaped}"\n'.encode(), "f.yaml")
    assert problems == []
    assert document is not None
    assert document.value == {"title": unicodedata.normalize("NFC", written)}


def test_a_line_without_its_colon_is_placed_on_that_line() -> None:
    # libyaml notices on the next line; the line to fix is the one it took for a key
    _, problems = strict_yaml.read(
        b"title: Projet\nsummary: Des ateliers\nsur deux lignes\nstatus: planned\n", "f.yaml"
    )
    assert [(p.line, p.column, p.code) for p in problems] == [(3, 1, "LS105")]
    assert "a line is missing its ':' or is badly indented" in problems[0].message


def test_a_list_item_without_the_space_after_its_dash_gets_its_fix() -> None:
    source = "partners:\n  - Centre social\n  -Médiathèque\nindicators: []\n"
    _, problems = strict_yaml.read(source.encode(), "f.yaml")
    assert [(p.line, p.column, p.code) for p in problems] == [(3, 3, "LS105")]
    assert "a list item needs a space after its dash: write '- Médiathèque'" in problems[0].message
    # a line with its colon is not taken for such an item, even when it starts with a dash
    _, problems = strict_yaml.read(b"-1" + b"1" * 1100 + b": x\nc: d\n", "f.yaml")
    assert [p.code for p in problems] == ["LS105"]
    assert "dash" not in problems[0].message


@pytest.mark.parametrize(
    ("mark", "code", "words"),
    [
        ("1" + "0" * 310 + ".5", "LS214", "is too large a number to be read (beyond 10^308)"),
        ("1" + "0" * 400, "LS310", "is outside"),  # a whole number Python holds: off the scale
    ],
)
def test_a_mark_past_any_scale_is_said_short(
    tmp_path: Path, mark: str, code: str, words: str
) -> None:
    edition = tmp_path / "edition"
    shutil.copytree(MINI, edition)
    sheet = edition / "jury" / "scores" / "bob.yaml"
    sheet.write_text(sheet.read_text("utf-8").replace("innovation: 2", f"innovation: {mark}"))
    (problem,) = [p for p in edition_problems(edition)[1] if p.file.endswith("bob.yaml")]
    assert problem.code == code
    assert words in problem.message
    assert len(problem.message) < 200, problem.message
