"""Writing results: atomically, only to regular files, and never over the edition's inputs.

An output path names a regular file, or a file still to create. A symbolic link is
followed: the file it leads to is written and the link stays a link (a link to a shared
folder keeps working). Anything else (a folder, a named pipe, a socket, a device such as
/dev/null, or a link to one of those) is refused: the rename that makes a write atomic
would replace it.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from labelscore.i18n import t
from labelscore.problems import LabelscoreError
from labelscore.reading.load import APPLICATIONS_DIR, CRITERIA_DIR, JURY_DIR


class OutputError(LabelscoreError):
    """The output cannot be written there: among the inputs, or where no file can go."""


_KINDS = (
    (stat.S_ISFIFO, "cli.output.kind.fifo"),
    (stat.S_ISSOCK, "cli.output.kind.socket"),
    (stat.S_ISCHR, "cli.output.kind.device"),
    (stat.S_ISBLK, "cli.output.kind.device"),
)
"""What is there instead of a file, by the message that names it."""

_NEW_FILE_MODE = 0o666
"""What a new file is created with; the umask takes its share, as for any program."""


def _target(output: Path, example: str = "winners.csv") -> tuple[Path, os.stat_result | None]:
    """The file `output` leads to, symbolic links followed, and its state (None: absent).

    Raises OutputError when that is not a regular file, or cannot be told; `example`, the
    kind of file name the messages suggest."""
    try:
        state: os.stat_result | None = os.stat(output)  # what is really there, links followed
    except FileNotFoundError:
        state = None  # nothing yet, or a link to a file still to create
    except OSError as error:  # a loop of links, a folder that cannot be read...
        reason = error.strerror or error
        raise OutputError(t("cli.output.cannot_write", path=output, reason=reason)) from None
    target = Path(os.path.realpath(output))
    if state is None or stat.S_ISREG(state.st_mode):
        try:
            same = state is None or os.path.samestat(state, os.stat(target))
        except OSError:
            same = False
        if not same:  # such as /dev/stdout leading to a pipe: a name that is no file
            raise OutputError(t("cli.output.leads_nowhere", path=output))
        return target, state
    linked = target != Path(os.path.abspath(output))
    subject = t("cli.output.linked", output=output, target=target) if linked else f"{output}"
    if stat.S_ISDIR(state.st_mode):
        raise OutputError(
            t("cli.output.is_folder", subject=subject, output=output, example=example)
        )
    kind = next((key for test, key in _KINDS if test(state.st_mode)), "cli.output.kind.other")
    suffix = Path(example).suffix
    raise OutputError(t("cli.output.not_a_file", subject=subject, kind=t(kind), suffix=suffix))


_KINDS_OF_FILES = (".csv", ".xlsx", ".xls", ".xlsm", ".ods", ".html")
"""Outputs named for a kind of file other than the one written are refused: a CSV is never
written under a .xlsx name, nor a workbook under a .csv name. Each is named by the message
cli.output.file.<suffix>."""


def _kind_of_file(suffix: str) -> str:
    """« un classeur », "a workbook": the kind of file a suffix names."""
    if suffix in _KINDS_OF_FILES:
        return t(f"cli.output.file.{suffix.removeprefix('.')}")
    return t("cli.output.file.any", suffix=suffix)


def check_output_path(output: Path, edition: Path, *, example: str = "winners.csv") -> None:
    """Refuse an output among the edition's inputs, named as an input (YAML) or a
    spreadsheet, or in a folder that does not exist. `example`: the kind of file the
    command writes (`winners.csv` for CSV, `palmares.html` for the report)."""
    _target(output, example)
    suffix = Path(example).suffix
    target = Path(os.path.realpath(output))
    for folder in (APPLICATIONS_DIR, CRITERIA_DIR, JURY_DIR):
        if target.is_relative_to(os.path.realpath(edition / folder)):
            raise OutputError(t("cli.output.inside_inputs", output=output, folder=folder))
    if target.suffix.lower() in (".yaml", ".yml"):
        raise OutputError(t("cli.output.yaml_name", output=output, suffix=suffix))
    written = target.suffix.lower()
    if written != suffix and written in _KINDS_OF_FILES:
        there, kind = _kind_of_file(written), _kind_of_file(suffix)
        raise OutputError(
            t("cli.output.other_kind", output=output, there=there, kind=kind, suffix=suffix)
        )
    if not target.parent.is_dir():
        raise OutputError(t("cli.output.no_folder", folder=output.parent))


def prepare_folder(output: Path, edition: Path) -> None:
    """A folder to write files into (score cards): made if absent, its parent must exist;
    never inside the edition's input folders, where they would be read as inputs."""
    target = Path(os.path.realpath(output))
    for folder in (APPLICATIONS_DIR, CRITERIA_DIR, JURY_DIR):
        if target.is_relative_to(os.path.realpath(edition / folder)):
            raise OutputError(t("cli.output.cards_inside_inputs", output=output, folder=folder))
    if os.path.lexists(output) and not output.is_dir():
        raise OutputError(t("cli.output.not_folder", output=output))
    if not output.exists():
        if not target.parent.is_dir():
            raise OutputError(t("cli.output.no_folder", folder=output.parent))
        try:
            output.mkdir()
        except OSError as error:
            reason = error.strerror
            raise OutputError(t("cli.output.cannot_mkdir", output=output, reason=reason)) from None


def write_atomic(path: Path, data: bytes, *, example: str = "winners.csv") -> None:
    """The old file or the new one, never half of one: write beside it, then rename.

    Only a regular file, or a path where there is nothing yet, is written (through
    symbolic links); anything else raises OutputError, and so does a failed write. A new
    file gets the usual mode (0666 less the umask); a replaced one keeps its mode, and
    its owner when the process may give it. The temporary file is removed whatever stops
    the write, a signal turned into an exception included (see cli.main): its name is
    known before the file exists, so no moment is left where it could be forgotten.
    `example`: the kind of file name the messages suggest."""
    target, state = _target(path, example)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    temporary: Path | None = None
    try:
        for _ in range(100):
            temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}")
            try:
                descriptor = os.open(temporary, flags, _NEW_FILE_MODE)
                break
            except FileExistsError:
                temporary = None
        else:
            raise OutputError(t("cli.output.no_temporary", path=path))
        with os.fdopen(descriptor, "wb") as handle:
            if state is not None:
                _keep_owner_and_mode(handle.fileno(), state)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # Again at the last moment: what is there may have changed meanwhile.
        _target(path, example)
        os.replace(temporary, target)
        temporary = None
        _sync_folder(target.parent)
    except OSError as error:
        reason = error.strerror or error
        raise OutputError(t("cli.output.cannot_write", path=path, reason=reason)) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _keep_owner_and_mode(descriptor: int, state: os.stat_result) -> None:
    with contextlib.suppress(PermissionError):  # only root may give a file away
        os.fchown(descriptor, state.st_uid, state.st_gid)
    os.fchmod(descriptor, stat.S_IMODE(state.st_mode))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the folder can be opened and synced."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
