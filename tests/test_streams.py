"""Every command under hostile standard streams, in real processes: stderr closed, stdout
closed, a reader that goes away, a full disk, an output that is not UTF-8; and user
text (folder names) that looks like Rich markup."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from labelscore.cli.commands import app
from labelscore.render.text import console
from tests.conftest import FIXTURES, ROOT

MINI = FIXTURES / "editions" / "mini"
JSON, CSV, TEXT = "json", "csv", "text"

COMMANDS: dict[str, tuple[list[str], str]] = {
    "validate": (["validate", str(MINI)], TEXT),
    "rank": (["rank", str(MINI)], TEXT),
    "rank --json": (["rank", str(MINI), "--json"], JSON),
    "export -o -": (["export", str(MINI), "--output", "-"], CSV),
    "jury": (["jury", str(MINI)], TEXT),
    "jury --json": (["jury", str(MINI), "--json"], JSON),
    "explain": (["explain", "b-bourg", str(MINI)], TEXT),
    "schema": (["schema"], JSON),
}
WARNS = {"rank", "rank --json", "export -o -", "jury", "jury --json", "explain"}
"""The commands that print the mini edition's one warning on standard error."""

BASE_ENV = {
    key: value
    for key, value in os.environ.items()
    if key not in {"PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL", "LC_CTYPE", "LANG"}
}
BASE_ENV.update(COLUMNS="100", NO_COLOR="1", TERM="dumb", LANG="C.UTF-8")


@dataclass
class Run:
    code: int
    out: bytes
    err: bytes

    def assert_clean(self) -> None:
        for word in (b"Traceback", b"Exception ignored", b"Error:", b"BrokenPipe"):
            assert word not in self.err, self.err.decode("utf-8", "replace")
            assert word not in self.out, self.out.decode("utf-8", "replace")


def _closing(fds: Sequence[int]) -> Callable[[], None] | None:
    if not fds:
        return None

    def close() -> None:
        for fd in fds:
            os.close(fd)

    return close


def run_all(
    commands: dict[str, list[str]],
    *,
    env: dict[str, str] | None = None,
    close: Sequence[int] = (),
    stdout: int | io.BufferedWriter | None = subprocess.PIPE,
    gone: bool = False,
    cwd: Path = ROOT,
) -> dict[str, Run]:
    """Start every command at once (each `python -m labelscore ...`), then collect them.

    `close`: descriptors closed in the child before it starts (`2>&-`, `>&-`).
    `gone`: the reader of standard output goes away before the child writes."""
    stderr = None if 2 in close else subprocess.PIPE
    if 1 in close:
        stdout = None
    started = {
        name: subprocess.Popen(
            [sys.executable, "-m", "labelscore", *args],
            cwd=cwd,
            env={**BASE_ENV, **(env or {})},
            stdout=stdout,
            stderr=stderr,
            preexec_fn=_closing(close),
        )
        for name, args in commands.items()
    }
    if gone:  # every reader leaves at once, before any child has loaded anything
        for child in started.values():
            assert child.stdout is not None
            child.stdout.close()
            child.stdout = None
    runs = {}
    for name, child in started.items():
        out, err = child.communicate(timeout=60)
        runs[name] = Run(child.returncode, out or b"", err or b"")
    return runs


def _args(names: Sequence[str] = tuple(COMMANDS)) -> dict[str, list[str]]:
    return {name: COMMANDS[name][0] for name in names}


@pytest.fixture(scope="module")
def normal() -> dict[str, bytes]:
    """What every command prints on standard output with ordinary streams (in process:
    the same bytes as the script, in a fraction of the time)."""
    runner = CliRunner()
    outputs = {}
    for name, (args, _) in COMMANDS.items():
        result = runner.invoke(app, args, env={k: BASE_ENV[k] for k in ("COLUMNS", "NO_COLOR")})
        assert result.exit_code == 0, (name, result.output)
        assert ("1 warning;" in result.stderr) == (name in WARNS), (name, result.stderr)
        outputs[name] = result.stdout_bytes
    return outputs


def _parse(kind: str, data: bytes) -> object:
    text = data.decode("utf-8")
    if kind == JSON:
        return json.loads(text)
    if kind == CSV:
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0][0] == "category"
        return rows
    return text


def test_a_closed_stderr_never_reaches_stdout(normal: dict[str, bytes]) -> None:
    """`2>&-`: the warnings have nowhere to go and are dropped; stdout stays pure."""
    runs = run_all(_args(), close=[2])
    for name, run in runs.items():
        assert run.code == 0, name
        assert b"to list them, run" not in run.out, name
        assert run.out == normal[name], name
        _parse(COMMANDS[name][1], run.out)


def test_a_closed_stderr_with_problems_still_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "edition"
    shutil.copytree(MINI, broken)
    (broken / "applications" / "a-ajaccio.yaml").write_text("id: [\n", "utf-8")
    runs = run_all({"rank": ["rank", str(broken), "--json"]}, close=[2])
    assert runs["rank"].code == 1
    assert runs["rank"].out == b""


def test_a_closed_stdout_is_a_usage_error_for_every_command() -> None:
    """`>&-`: nothing can be written; say so on stderr, exit 2, before any work."""
    runs = run_all(_args(), close=[1])
    for name, run in runs.items():
        assert run.code == 2, (name, run.err)
        assert b"standard output is closed" in run.err, (name, run.err)
        run.assert_clean()


def test_a_closed_stdout_does_not_stop_an_export_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "winners.csv"
    runs = run_all({"export": ["export", str(MINI), "-o", str(target)]}, close=[1])
    assert runs["export"].code == 0, runs["export"].err
    assert target.read_bytes().startswith(b"category,rank,")


def test_a_reader_gone_before_the_output_exits_2_quietly() -> None:
    """`labelscore ... | true`: a broken pipe is no traceback, and no "Exception ignored"
    at exit; it is not a success either."""
    runs = run_all(_args(), gone=True)
    for name, run in runs.items():
        assert run.code == 2, (name, run.err)
        run.assert_clean()
        assert b"standard output" not in run.err, "a reader that left is not reported"


@pytest.mark.parametrize("args", [["rank", "--json"], ["rank"]], ids=["json", "tables"])
def test_a_reader_gone_in_the_middle_exits_2_quietly(args: list[str]) -> None:
    """`labelscore rank | head -c 10`, on the 2010 edition: more than a pipe holds."""
    child = subprocess.Popen(
        [sys.executable, "-m", "labelscore", *args],
        cwd=ROOT,
        env=BASE_ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if set_size is not None:  # the smallest pipe: the output never fits in it
        fcntl.fcntl(child.stdout.fileno(), set_size, 4096)
    assert len(os.read(child.stdout.fileno(), 10)) == 10
    child.stdout.close()
    err = child.stderr.read()
    child.wait(timeout=60)
    assert child.returncode == 2, err
    Run(child.returncode, b"", err).assert_clean()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_reported() -> None:
    names = ["rank", "rank --json", "schema"]
    with open("/dev/full", "wb") as full:
        runs = run_all(_args(names), stdout=full)
    for name, run in runs.items():
        assert run.code == 2, (name, run.err)
        assert b"cannot write to standard output: No space left on device" in run.err, name
        run.assert_clean()


ENCODINGS = {
    "C locale": {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    "ascii": {"PYTHONIOENCODING": "ascii"},
    "latin-1": {"PYTHONIOENCODING": "latin-1"},
}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_an_output_that_is_not_utf8(normal: dict[str, bytes], encoding: str) -> None:
    """JSON and CSV stay UTF-8, byte for byte; text shows what the encoding can and
    escapes the rest, and says so (the mini edition has 'Points d'accès'). Every command
    in the C locale; a few with the other encodings."""
    every = encoding == "C locale"
    runs = run_all(
        _args(list(COMMANDS) if every else ["rank", "explain", "rank --json"]),
        env=ENCODINGS[encoding],
    )
    for name, run in runs.items():
        assert run.code == 0, (name, run.err)
        run.assert_clean()
        kind = COMMANDS[name][1]
        if kind != TEXT:
            assert run.out == normal[name], name
            _parse(kind, run.out)
    for name in ("rank", "explain"):
        out, err = runs[name].out, runs[name].err
        if encoding == "latin-1":
            assert "Points d'accès" in out.decode("latin-1"), name
            assert b"UTF-8" not in err, "nothing needed an escape"
        else:
            assert out.isascii(), name
            assert b"Points d'acc\\xe8s" in out, name
            assert b"cannot show every character" in err, name


def test_json_and_csv_on_stdout_are_utf8_bytes_in_process() -> None:
    """Through CliRunner too (its stdout has a buffer): the same bytes."""
    runner = CliRunner()
    result = runner.invoke(app, ["export", str(MINI), "-o", "-", "--dialect", "excel-fr"])
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf")
    assert "Points d'accès".encode() in result.stdout_bytes


# --- Rich markup in user text ---------------------------------------------------------

MARKUP_NAMES = [
    "ed[/]x",
    "ed[bold red]x",
    "ed[/bold]x",
    "ed[link=https://example.org]x",
    "ed :warning: x",
    "ed[dim]x[/dim]y",
]


@pytest.mark.parametrize("name", MARKUP_NAMES)
def test_folder_names_are_never_read_as_markup(tmp_path: Path, name: str) -> None:
    edition = tmp_path / name
    edition.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(MINI, edition)
    hint = f"labelscore validate {shlex.quote(str(edition))}"
    runner = CliRunner()
    for command in (
        ["rank", str(edition)],
        ["rank", str(edition), "--json"],
        ["jury", str(edition)],
        ["jury", str(edition), "--json"],
        ["export", str(edition), "-o", "-"],
        ["explain", "b-bourg", str(edition)],
        ["export", str(edition), "-o", str(tmp_path / f"{name.replace('/', '_')}.csv")],
    ):
        result = runner.invoke(app, command, env={"COLUMNS": "200"})
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            command,
            result.exception,
        )
        assert result.exit_code == 0, (command, result.output)
        assert hint in result.stderr, (command, result.stderr)
    result = runner.invoke(app, ["validate", str(edition)], env={"COLUMNS": "500"})
    assert result.exit_code == 0, result.output
    assert f"{edition}/jury/scores/ana.yaml:6:12:" in result.stdout

    (edition / "applications" / "a-ajaccio.yaml").write_text("id: [\n", "utf-8")
    result = runner.invoke(app, ["rank", str(edition)], env={"COLUMNS": "500"})
    assert result.exit_code == 1, result.output
    assert f"After fixing them, run: {hint}" in result.stderr
    assert f"{edition}/applications/a-ajaccio.yaml:2:1:" in result.stderr


def test_an_output_name_is_never_read_as_markup(tmp_path: Path) -> None:
    target = tmp_path / "w[red]x[bold]y[dim].csv"
    result = CliRunner().invoke(app, ["export", str(MINI), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert f"Wrote {target}" in result.stderr
    missing = tmp_path / "no[/]such" / "w.csv"
    result = CliRunner().invoke(app, ["export", str(MINI), "-o", str(missing)])
    assert result.exit_code == 2
    assert f"the folder {missing.parent} does not exist" in result.stderr


@pytest.mark.parametrize("text", ["[/]", "[bold red]x", ":warning:", "[link=x]y[/link]"])
def test_a_console_prints_markup_as_written(text: str) -> None:
    """Whatever a renderer passes, a plain str included, is printed as written."""
    buffer = io.StringIO()
    console(buffer, width=80).print(f"a {text} b")
    assert buffer.getvalue() == f"a {text} b\n"


_BUG = """
import sys
import labelscore.api

def boom(*_, **__):
    raise RuntimeError("something nobody expected")

labelscore.api.rank = boom
sys.argv = ["labelscore", *sys.argv[1:]]
from labelscore.cli.commands import main
main()
"""


def test_an_unexpected_error_is_one_line_not_a_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _BUG, "rank", str(MINI)],
        capture_output=True,
        env=BASE_ENV,
        check=False,
    )
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert b"RuntimeError: something nobody expected" in done.stderr
    assert b"bug" in done.stderr
    assert done.stdout == b""
    debug = subprocess.run(
        [sys.executable, "-c", _BUG, "rank", str(MINI)],
        capture_output=True,
        env={**BASE_ENV, "LABELSCORE_DEBUG": "1"},
        check=False,
    )
    assert b"Traceback" in debug.stderr
