"""What is read as an input: regular files only, at most MAX_BYTES of them, and every
entry of an edition folder either read or reported; unreadable places give a message."""

from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from labelscore.api import edition_problems
from labelscore.checks.paths import check_paths, validate_paths
from labelscore.problems import Problem, Severity
from labelscore.reading import load
from labelscore.reading.strict_yaml import MAX_BYTES
from tests.conftest import FIXTURES

MINI = FIXTURES / "editions" / "mini"
VALID_APPLICATION = MINI / "applications" / "c-brest.yaml"


@pytest.fixture
def edition(tmp_path: Path) -> Path:
    target = tmp_path / "edition"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture
def alarm() -> Iterator[None]:
    """Fail, rather than hang the test run, when reading blocks."""

    def expired(signum: int, frame: Any) -> None:
        raise TimeoutError("reading blocked")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(10)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _cli(*args: str | Path, timeout: float = 30) -> subprocess.CompletedProcess[bytes]:
    """The command in a child process with 1 GB of memory at most: a file read whole, or a
    read that never ends, fails there, not in the test run."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-m", "labelscore", *map(str, args)],
        capture_output=True,
        timeout=timeout,
        preexec_fn=limit,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
        check=False,
    )


def _one(problems: list[Problem], words: str) -> Problem:
    found = [p for p in problems if words in p.message]
    assert len(found) == 1, problems
    return found[0]


# Size: bytes, counted before the file is read whole


def test_accented_text_over_the_limit_in_bytes_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "accents.yaml"
    # 950,000 characters, 1.9 MB: under the limit in characters, over it in bytes
    target.write_text("summary: " + "é" * 950_000 + "\n", "utf-8")
    problem = _one(validate_paths([target]), "larger than 1,000,000 bytes")
    assert f"{target.stat().st_size:,} bytes" in problem.message


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    target = tmp_path / "full.yaml"
    head = "summary: "
    target.write_bytes((head + "x" * (MAX_BYTES - len(head) - 1) + "\n").encode())
    assert target.stat().st_size == MAX_BYTES
    assert not any("larger than" in p.message for p in validate_paths([target]))


def test_a_sparse_file_of_gigabytes_is_refused_unread(tmp_path: Path) -> None:
    target = tmp_path / "sparse.yaml"
    with target.open("wb") as handle:
        handle.truncate(8 * 1024**3)
    run = _cli("validate", target)
    assert run.returncode == 1, run.stderr
    assert b"larger than 1,000,000 bytes (8,589,934,592 bytes)" in run.stdout
    assert b"Traceback" not in run.stderr


def test_reading_stops_one_byte_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows after it was looked at is still read no further than the limit."""
    target = tmp_path / "growing.yaml"
    target.write_text("id: x\n", "utf-8")
    real_fstat = os.fstat
    given: list[int] = []

    def small_fstat(descriptor: int) -> os.stat_result:
        info = real_fstat(descriptor)
        return os.stat_result((info.st_mode, *info[1:6], 10, *info[7:]))

    def endless(descriptor: int, size: int) -> bytes:
        given.append(min(size, 65536))
        return b"x" * given[-1]

    monkeypatch.setattr(os, "fstat", small_fstat)
    monkeypatch.setattr(os, "read", endless)
    data, problem = load.read_input(target)
    assert data is None
    assert problem is not None
    assert "larger than" in problem.message
    assert sum(given) == MAX_BYTES + 1


# Only regular files


def test_dev_zero_is_refused_at_once() -> None:
    run = _cli("validate", "/dev/zero", timeout=20)
    assert run.returncode == 1, run.stderr
    assert b"this is a device, not a file; only regular files are read" in run.stdout
    assert b"Traceback" not in run.stderr


def test_a_named_pipe_given_to_validate_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "application.yaml"
    os.mkfifo(pipe)
    run = _cli("validate", pipe, timeout=20)
    assert run.returncode == 1, run.stderr
    assert b"named pipe (FIFO), not a file" in run.stdout


def test_a_pipe_put_in_place_after_the_check_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alarm: None
) -> None:
    """The path may change between looking at it and opening it: the opened file is
    looked at again, and opening never waits for a writer."""
    pipe = tmp_path / "swapped.yaml"
    os.mkfifo(pipe)
    regular = os.stat(VALID_APPLICATION)
    real_stat = os.stat

    def stale_stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        return regular if Path(path) == pipe else real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stale_stat)
    data, problem = load.read_input(pipe)
    assert data is None
    assert problem is not None
    assert "named pipe" in problem.message


def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s.yaml"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        (problem,) = validate_paths([path])
    finally:
        server.close()
    assert "this is a socket, not a file" in problem.message


def _odd_entries(folder: Path) -> dict[str, str]:
    """Put every kind of entry that is not a plain YAML file in `folder`; what each must
    produce: 'error' or 'warning' and words of the message ('' for nothing at all)."""
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "dangling.yaml").symlink_to(folder / "gone.yaml")
    os.mkfifo(folder / "pipe.yaml")
    (folder / "a-folder.yaml").mkdir()
    (folder / "older").mkdir()
    (folder / "older" / "x.yaml").write_text("id: x\n", "utf-8")
    (folder / "notes.txt").write_text("notes\n", "utf-8")
    (folder / "brest.yml.txt").write_text("id: x\n", "utf-8")
    (folder / ".DS_Store").write_bytes(b"\0\0")
    return {
        "loop.yaml": "error: loop of symbolic links",
        "dangling.yaml": "error: which does not exist",
        "pipe.yaml": "error: named pipe (FIFO), not a file",
        "a-folder.yaml": "error: this is a folder, not a file",
        "older": "warning: this folder is not read",
        "notes.txt": "warning: only .yaml and .yml files are",
        "brest.yml.txt": "warning: only .yaml and .yml files are",
        ".DS_Store": "",
    }


@pytest.mark.parametrize("where", ["applications", "criteria", "jury/scores"])
def test_every_entry_of_an_edition_folder_is_read_or_reported(
    edition: Path, where: str, alarm: None
) -> None:
    folder = edition / where
    expected = _odd_entries(folder)
    problems = validate_paths([edition])
    for name, expectation in expected.items():
        placed = [p for p in problems if p.file.endswith(f"{where}/{name}")]
        if not expectation:
            assert placed == [], placed
            continue
        severity, words = expectation.split(": ", 1)
        assert len(placed) == 1, (name, problems)
        assert placed[0].severity == severity
        assert words in placed[0].message
        assert (placed[0].line, placed[0].column) == (1, 1)


def test_a_yaml_file_in_capitals_is_read(edition: Path) -> None:
    source = edition / "applications" / "c-brest.yaml"
    source.rename(edition / "applications" / "C-BREST.YAML")
    assert edition_problems(edition)[0] is not None  # c-brest is scored, as before
    broken = edition / "applications" / "E-EXTRA.Yml"
    broken.write_text("id: e-extra\n", "utf-8")
    problems = validate_paths([edition])
    assert any(p.file.endswith("E-EXTRA.Yml") and "is missing" in p.message for p in problems)


@pytest.mark.parametrize(
    "odd",
    ["loop.yaml", "dangling.yaml", "pipe.yaml", "a-folder.yaml"],
)
def test_an_odd_entry_given_to_validate_directly_gives_a_message(tmp_path: Path, odd: str) -> None:
    _odd_entries(tmp_path)
    run = _cli("validate", tmp_path / odd, timeout=20)
    assert run.returncode in (1, 2), run
    assert b"Traceback" not in run.stderr
    assert run.stdout or run.stderr


def test_a_plain_folder_given_to_validate_reports_what_it_skips(
    tmp_path: Path, alarm: None
) -> None:
    expected = _odd_entries(tmp_path)
    shutil.copy(VALID_APPLICATION, tmp_path / "c-brest.yaml")
    checked = check_paths([tmp_path])
    for name, expectation in expected.items():
        placed = [p for p in checked.problems if p.file.endswith(f"/{name}")]
        assert len(placed) == (1 if expectation else 0), (name, checked.problems)
    assert checked.files == 5  # c-brest and the four odd .yaml entries


# Unreadable folders and files (tests run as root: permissions are simulated)


def _denied(monkeypatch: pytest.MonkeyPatch, name: str, inside: Path) -> None:
    """Every call of os.`name` on `inside` or below fails with 'permission denied'."""
    real: Callable[..., Any] = getattr(os, name)

    def refuse(path: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(path, str | Path) and Path(path).is_relative_to(inside):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, name, refuse)


@pytest.mark.parametrize("where", ["applications", "criteria", "jury/scores"])
def test_an_unreadable_edition_folder_gives_a_message(
    edition: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("scandir", "listdir"):
        _denied(monkeypatch, name, edition / where)
    problems = validate_paths([edition])
    problem = _one(problems, "permission denied")
    assert problem.file.endswith(where)
    assert problem.severity is Severity.ERROR


def test_an_unreadable_file_gives_a_message(edition: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = edition / "applications" / "c-brest.yaml"
    _denied(monkeypatch, "open", target)
    problem = _one(validate_paths([edition]), "permission denied")
    assert problem.file.endswith("c-brest.yaml")


def test_an_edition_that_cannot_be_entered_gives_messages(
    edition: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No search permission on the edition folder: nothing in it can even be looked at."""
    for name in ("stat", "lstat", "open", "scandir", "listdir"):
        _denied(monkeypatch, name, edition / "jury")
    problems = validate_paths([edition])
    assert any(p.file.endswith("jury/roster.yaml") and "permission" in p.message for p in problems)
    assert any(p.file.endswith("jury/scores") and "permission" in p.message for p in problems)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads whatever the permissions say")
def test_an_unreadable_folder_for_real(edition: Path) -> None:  # pragma: no cover - as root
    folder = edition / "criteria"
    folder.chmod(0)
    try:
        run = _cli("validate", edition)
    finally:
        folder.chmod(0o755)
    assert run.returncode == 1
    assert b"permission denied" in run.stdout


def test_inputs_are_never_modified(edition: Path) -> None:
    _odd_entries(edition / "applications")
    before = {p: (p.lstat().st_mtime_ns, p.lstat().st_size) for p in sorted(edition.rglob("*"))}
    validate_paths([edition])
    after = {p: (p.lstat().st_mtime_ns, p.lstat().st_size) for p in sorted(edition.rglob("*"))}
    assert before == after
