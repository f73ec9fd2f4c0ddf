"""`export --output`: only a regular file or a new path is written, with the usual mode,
and no temporary file survives a run stopped by a signal."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from labelscore.cli.commands import app
from labelscore.cli.output import OutputError, write_atomic
from tests.conftest import FIXTURES, ROOT

runner = CliRunner()
MINI = FIXTURES / "editions" / "mini"


@pytest.fixture
def edition(tmp_path: Path) -> Path:
    target = tmp_path / "edition"
    shutil.copytree(MINI, target)
    return target


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    # A socket path is limited to about 100 bytes: bind it by a short relative name.
    here = Path.cwd()
    os.chdir(path.parent)
    try:
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(path.name)
    finally:
        os.chdir(here)


def _folder(path: Path) -> None:
    path.mkdir()


def _device(path: Path) -> None:
    """A character device with /dev/null's numbers, in a temporary folder: writing to it
    writes nowhere, replacing it replaces only this copy."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")


SPECIAL: dict[str, tuple[Callable[[Path], None], Callable[[int], bool], str]] = {
    "fifo": (_fifo, stat.S_ISFIFO, "named pipe"),
    "socket": (_socket, stat.S_ISSOCK, "socket"),
    "folder": (_folder, stat.S_ISDIR, "folder"),
    "device": (_device, stat.S_ISCHR, "device"),
}


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".winners.csv."))


@pytest.mark.parametrize("through_link", [False, True], ids=["direct", "symlink"])
@pytest.mark.parametrize("kind", sorted(SPECIAL))
def test_export_refuses_anything_but_a_regular_file(
    edition: Path, tmp_path: Path, kind: str, through_link: bool
) -> None:
    make, still, word = SPECIAL[kind]
    special = tmp_path / "winners.csv"
    make(special)
    target = special
    if through_link:
        target = tmp_path / "link" / "winners.csv"
        target.parent.mkdir()
        target.symlink_to(special)
    result = runner.invoke(app, ["export", str(edition), "--output", str(target)])
    assert result.exit_code == 2, result.output
    assert word in result.stderr
    assert "Traceback" not in result.output
    assert still(special.lstat().st_mode), "the special file was replaced"
    if through_link:
        assert target.is_symlink()
    assert _leftovers(tmp_path) == []
    assert _leftovers(target.parent) == []


@pytest.mark.parametrize("kind", sorted(SPECIAL))
def test_write_atomic_refuses_anything_but_a_regular_file(tmp_path: Path, kind: str) -> None:
    """The library call checks again, just before writing: the target may have changed
    between the command's first check and the write."""
    make, still, word = SPECIAL[kind]
    special = tmp_path / "winners.csv"
    make(special)
    with pytest.raises(OutputError, match=word):
        write_atomic(special, b"a,b\r\n")
    assert still(special.lstat().st_mode)
    assert _leftovers(tmp_path) == []


def test_a_symlink_to_a_file_is_written_through(edition: Path, tmp_path: Path) -> None:
    """The link stays a link; the file it points to gets the new content and keeps its mode."""
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "laureats-2010.csv"
    real.write_bytes(b"old\r\n")
    real.chmod(0o640)
    link = tmp_path / "winners.csv"
    link.symlink_to(Path("shared") / "laureats-2010.csv")
    result = runner.invoke(app, ["export", str(edition), "--output", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert os.readlink(link) == str(Path("shared") / "laureats-2010.csv")
    assert real.read_bytes().startswith(b"category,rank,")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []
    assert _leftovers(shared) == []


def test_a_dangling_symlink_creates_the_file_it_names(edition: Path, tmp_path: Path) -> None:
    link = tmp_path / "winners.csv"
    link.symlink_to("made.csv")
    result = runner.invoke(app, ["export", str(edition), "--output", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert (tmp_path / "made.csv").read_bytes().startswith(b"category,rank,")


def test_a_symlink_into_the_inputs_is_refused(edition: Path, tmp_path: Path) -> None:
    link = tmp_path / "winners.csv"
    link.symlink_to(edition / "applications" / "b-bourg.yaml")
    before = (edition / "applications" / "b-bourg.yaml").read_bytes()
    result = runner.invoke(app, ["export", str(edition), "--output", str(link)])
    assert result.exit_code == 2
    assert (edition / "applications" / "b-bourg.yaml").read_bytes() == before


@contextmanager
def _umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077], ids=oct)
def test_a_new_file_gets_the_usual_mode(tmp_path: Path, mask: int) -> None:
    target = tmp_path / "winners.csv"
    with _umask(mask):
        write_atomic(target, b"a,b\r\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o600, 0o664], ids=oct)
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "winners.csv"
    target.write_bytes(b"old")
    target.chmod(mode)
    with _umask(0o077):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == mode


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_a_replaced_file_keeps_its_owner_when_run_as_root(tmp_path: Path) -> None:
    target = tmp_path / "winners.csv"
    target.write_bytes(b"old")
    os.chown(target, 4242, 4343)
    write_atomic(target, b"new")
    assert (target.stat().st_uid, target.stat().st_gid) == (4242, 4343)


# A child that runs the real entry point, slowed down while its temporary file exists.
_SLOW_EXPORT = """
import os, sys, time
from pathlib import Path

ready = Path(sys.argv[1])

def slow_fsync(descriptor):
    ready.write_text("writing")
    time.sleep(60)

os.fsync = slow_fsync
sys.argv = ["labelscore", "export", *sys.argv[2:]]
from labelscore.cli.commands import main
main()
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_during_the_write_leaves_no_temporary_file(
    tmp_path: Path, signum: signal.Signals
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "winners.csv"
    target.write_bytes(b"old,file\r\n")
    ready = tmp_path / "ready"
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_EXPORT, str(ready), str(MINI), "--output", str(target)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the child never started writing"
            time.sleep(0.02)
        assert len(_leftovers(out)) == 1, "the temporary file should exist now"
        child.send_signal(signum)
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 128 + signum, err
    assert b"Traceback" not in err
    assert _leftovers(out) == []
    assert target.read_bytes() == b"old,file\r\n"


_IGNORED_HANGUP = """
import signal, subprocess, sys
signal.signal(signal.SIGHUP, signal.SIG_IGN)
sys.exit(subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]]).returncode)
"""


def test_an_ignored_hangup_stays_ignored(tmp_path: Path) -> None:
    """Under nohup, SIGHUP is ignored: the export must go on and finish."""
    out = tmp_path / "out"
    out.mkdir()
    target = out / "winners.csv"
    ready = tmp_path / "ready"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _IGNORED_HANGUP,
            _SLOW_EXPORT.replace("time.sleep(60)", "time.sleep(1)"),
            str(ready),
            str(MINI),
            "--output",
            str(target),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.killpg(child.pid, signal.SIGHUP)
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert target.read_bytes().startswith(b"category,rank,")
    assert _leftovers(out) == []


def test_a_loop_of_links_is_refused(edition: Path, tmp_path: Path) -> None:
    (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
    (tmp_path / "b.csv").symlink_to(tmp_path / "a.csv")
    for target in (tmp_path / "a.csv", tmp_path / "a.csv" / "winners.csv"):
        result = runner.invoke(app, ["export", str(edition), "--output", str(target)])
        assert result.exit_code == 2, (target, result.output)
        assert "symbolic links" in result.stderr
        assert result.exception is None or isinstance(result.exception, SystemExit)
