"""Files to models: every file read strictly, every problem collected."""

from __future__ import annotations

import errno
import gc
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from labelscore.i18n import t
from labelscore.problems import NotAnEditionError, Problem, Severity, capped
from labelscore.reading import strict_yaml

if TYPE_CHECKING:
    from labelscore.models.application import Application
    from labelscore.models.assignment import Assignments
    from labelscore.models.criteria import Category
    from labelscore.models.jury import Roster, ScoreSheet
    from labelscore.models.rules import Rules

M = TypeVar("M", bound=BaseModel)
M_co = TypeVar("M_co", bound=BaseModel, covariant=True)

RULES_FILE = "labelscore.yaml"
CRITERIA_DIR = "criteria"
APPLICATIONS_DIR = "applications"
JURY_DIR = "jury"
ROSTER_FILE = "jury/roster.yaml"
SCORES_DIR = "jury/scores"
ASSIGNMENTS_FILE = "jury/assignments.yaml"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Loaded(Generic[M_co]):
    """A model and the document it came from, to place later problems on the right line."""

    model: M_co
    document: strict_yaml.Document


@contextmanager
def collector_paused() -> Iterator[None]:
    """Reading builds millions of small objects and no reference cycles: the cyclic garbage
    collector would walk the whole heap again and again (measured: 2.5x slower at 10,000
    applications). It is paused while reading and ranking, then restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def display_name(path: Path) -> str:
    return path.as_posix()


_NOT_A_FILE = {
    stat.S_IFDIR: "folder",
    stat.S_IFIFO: "fifo",
    stat.S_IFCHR: "device",
    stat.S_IFBLK: "device",
    stat.S_IFSOCK: "socket",
}
"""What a path that is not a regular file is (`reading.not-a-file.<what>`)."""


def _not_a_file(mode: int) -> str | None:
    """Why a file of this mode is not read (only regular files are), or None."""
    if stat.S_ISREG(mode):
        return None
    return t(f"reading.not-a-file.{_NOT_A_FILE.get(stat.S_IFMT(mode), 'other')}")


def _cannot_open(path: Path, error: OSError) -> str:
    """Why `path` cannot be read, in plain words."""
    if error.errno == errno.ELOOP:
        return t("reading.link-loop")
    if error.errno == errno.ENOENT:
        try:
            target = os.readlink(path)
        except OSError:
            return t("reading.no-such-file")
        return t("reading.dangling-link", target=target)
    if error.errno in (errno.EACCES, errno.EPERM):
        return t("reading.permission-denied")
    return t("reading.cannot-read", reason=(error.strerror or str(error)).lower())


def _open_rule(error: OSError) -> str:
    """A loop of links or a link to nothing is not a file; anything else is unreadable."""
    return "not-a-file" if error.errno in (errno.ELOOP, errno.ENOENT) else "unreadable-file"


def read_input(
    path: Path, limit: int = strict_yaml.MAX_BYTES
) -> tuple[bytes | None, Problem | None]:
    """The bytes of an input file, or why they are not read.

    Only a regular file is read, and at most `limit` + 1 bytes of it: a named pipe
    would block forever, /dev/zero never ends, and a sparse file can claim gigabytes. The
    path is looked at first (opening some devices acts on them), then opened without
    blocking and the opened file looked at again, in case the path changed in between.
    """
    name = display_name(path)
    try:
        why = _not_a_file(os.stat(path).st_mode)
        if why is not None:
            return None, Problem(name, 1, 1, "", why, rule="not-a-file")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        descriptor = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError as error:
        return None, Problem(name, 1, 1, "", _cannot_open(path, error), rule=_open_rule(error))
    try:
        info = os.fstat(descriptor)
        why = _not_a_file(info.st_mode)
        if why is not None:
            return None, Problem(name, 1, 1, "", why, rule="not-a-file")
        if info.st_size > limit:
            return None, strict_yaml.too_large(name, info.st_size, limit)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(descriptor, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        return None, Problem(name, 1, 1, "", _cannot_open(path, error), rule=_open_rule(error))
    finally:
        os.close(descriptor)
    if size > limit:
        return None, strict_yaml.too_large(name, size, limit)
    return b"".join(chunks), None


def load_file(
    path: Path, model: type[M], *, broken: list[strict_yaml.Document] | None = None
) -> tuple[Loaded[M] | None, list[Problem]]:
    """The model written in `path`, or None; with its problems, at most MAX_PER_FILE listed
    and the rest counted, each already placed (the node tree is then let go).

    `broken`: a file that is read but does not fit its model has its document added
    there, so that the checks across files can tell what it would have defined, and check
    what it holds that its errors leave to them (an application's category)."""
    name = display_name(path)
    data, refused = read_input(path)
    if data is None:
        return None, [refused] if refused is not None else []
    document, problems, hidden = strict_yaml.read_counted(data, name)
    if document is None:
        return None, capped(problems, name, hidden)
    loaded: Loaded[M] | None = None
    if not isinstance(document.value, dict):
        from labelscore.i18n.reading import fragment

        what = "list" if isinstance(document.value, list) else "scalar"
        problems.append(
            Problem(
                name,
                1,
                1,
                "",
                t(f"reading.not-a-mapping.{what}", pair=fragment("pair")),
                rule="not-a-mapping",
            )
        )
    else:
        try:
            loaded = Loaded(model.model_validate(document.value), document)
        except ValidationError as error:
            from labelscore.reading.messages import validation_problems  # difflib: only when needed

            found, more = validation_problems(error, document, model)
            problems += found
            hidden += more
            if broken is not None:
                broken.append(document)
    problems = capped(problems, name, hidden)
    for problem in problems:
        problem.line  # noqa: B018 - placed now, while the node tree is at hand
    document.forget_tree()
    return loaded, problems


def _hidden(name: str) -> bool:
    """Names starting with a dot are not shown by file managers (.DS_Store, .gitkeep...)."""
    return name.startswith(".")


def list_inputs(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The YAML files of a folder, in a stable order; and a problem for each entry that is
    not read, so that nothing is skipped without a word.

    A name ending in .yaml or .yml, in any case, is an input: if it cannot be read (a
    dangling link, a loop, a pipe...), reading it says why. A subfolder or another file is
    a warning. Hidden entries (.DS_Store...) are passed over.
    """
    name = display_name(folder)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except FileNotFoundError:
        return [], []
    except NotADirectoryError:
        return [], [Problem(name, 1, 1, "", t("reading.not-a-folder"), rule="not-a-file")]
    except OSError as error:
        return [], [Problem(name, 1, 1, "", _cannot_open(folder, error), rule=_open_rule(error))]
    files: list[Path] = []
    problems: list[Problem] = []
    for entry in entries:
        path = folder / entry.name
        if _hidden(entry.name):
            continue
        if os.path.splitext(entry.name)[1].lower() in YAML_SUFFIXES:
            files.append(path)
            continue
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        why = t("reading.skipped-folder", name=name) if is_folder else t("reading.skipped-file")
        problems.append(
            Problem(display_name(path), 1, 1, "", why, Severity.WARNING, rule="skipped-entry")
        )
    return files, problems


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files of a folder, in a stable order."""
    return list_inputs(folder)[0]


def edition_paths(folder: Path) -> list[Path]:
    """The files an edition is read from."""
    return [
        folder / RULES_FILE,
        *yaml_files(folder / CRITERIA_DIR),
        *yaml_files(folder / APPLICATIONS_DIR),
        folder / ROSTER_FILE,
        *yaml_files(folder / SCORES_DIR),
        folder / ASSIGNMENTS_FILE,
    ]


def model_for(path: Path) -> type[BaseModel]:
    """Which format a file is written in, from where it sits in an edition folder.

    Each model is imported only when a file needs it: building a model class costs
    milliseconds, and checking one application needs one model.
    """
    parts = Path(os.path.realpath(path)).parts
    if path.name == RULES_FILE:
        from labelscore.models.rules import Rules

        return Rules
    if len(parts) >= 2 and parts[-2] == CRITERIA_DIR:
        from labelscore.models.criteria import Category

        return Category
    if len(parts) >= 2 and parts[-2] == JURY_DIR and path.stem == "assignments":
        from labelscore.models.assignment import Assignments

        return Assignments
    if len(parts) >= 2 and parts[-2] == JURY_DIR and path.stem == "roster":
        from labelscore.models.jury import Roster

        return Roster
    if len(parts) >= 3 and parts[-3:-1] == ("jury", "scores"):
        from labelscore.models.jury import ScoreSheet

        return ScoreSheet
    from labelscore.models.application import Application

    return Application


def present(path: Path) -> bool:
    """Whether something is at `path`, even a dangling link or one that may not be read:
    then reading it says what is wrong, rather than 'missing'."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True
    return True


def is_edition(folder: Path) -> bool:
    return present(folder / RULES_FILE)


def not_an_edition(folder: Path) -> str:
    """Why `folder` is not read as an edition; and, when the folder sits inside one (a
    command run from applications/), which folder is the edition."""
    name = display_name(folder)
    if os.path.normpath(folder) == ".":
        name = t("reading.current-folder")
    if not os.path.lexists(folder):
        return t("reading.no-such-folder", folder=name)
    if not os.path.isdir(folder):
        return t("reading.edition-is-a-file", folder=name, file=RULES_FILE)
    why = t("reading.not-an-edition", folder=name, file=RULES_FILE)
    for above in (folder / "..", folder / ".." / ".."):
        if is_edition(above):
            return why + t(
                "reading.edition-above", edition=display_name(Path(os.path.normpath(above)))
            )
    return why


class Broken:
    """What the files that failed their model would have defined: a problem that only
    follows from one of them (an application 'that does not exist' because its file has
    an error) is not reported, so that one mistake gives one problem."""

    def __init__(self) -> None:
        self.applications: set[str] = set()
        self.categories: set[str] = set()
        self.scored: set[str] = set()
        """Applications marked on a score sheet that failed."""
        self.roster = False
        self.sheets = False
        self.application_files: list[strict_yaml.Document] = []
        """The applications that failed their model, as read."""

    def add(self, directory: str, documents: list[strict_yaml.Document]) -> None:
        if directory == APPLICATIONS_DIR:
            self.application_files += documents
        for document in documents:
            value = document.value
            if not isinstance(value, dict):
                continue
            ident = value.get("id")
            if directory == APPLICATIONS_DIR and isinstance(ident, str):
                self.applications.add(ident)
            elif directory == CRITERIA_DIR and isinstance(ident, str):
                self.categories.add(ident)
            elif directory == SCORES_DIR:
                self.sheets = True
                scores = value.get("scores")
                for score in scores if isinstance(scores, list) else []:
                    application = score.get("application") if isinstance(score, dict) else None
                    if isinstance(application, str):
                        self.scored.add(application)


@dataclass
class EditionFiles:
    """Every file of an edition that could be read, with the problems found on the way."""

    rules: Loaded[Rules] | None
    categories: list[Loaded[Category]]
    applications: list[Loaded[Application]]
    roster: Loaded[Roster] | None
    sheets: list[Loaded[ScoreSheet]]
    problems: list[Problem]
    assignments: Loaded[Assignments] | None = None
    """jury/assignments.yaml, when present and readable; absent: no assignment."""
    broken: Broken = field(default_factory=Broken)


_MANY = (CRITERIA_DIR, APPLICATIONS_DIR, SCORES_DIR)

Progress = Callable[[int, int], None]
"""Told (files read, files in all) after each file."""


def read_edition(
    folder: Path, progress: Progress | None = None, *, assignments: bool = True
) -> EditionFiles:
    """Every file of the edition; `assignments=False` leaves jury/assignments.yaml unread
    (`assign` writes it anew, so a broken one must not stop it)."""
    from labelscore.models.application import Application
    from labelscore.models.criteria import Category
    from labelscore.models.jury import Roster, ScoreSheet
    from labelscore.models.rules import Rules

    if not is_edition(folder):
        raise NotAnEditionError(not_an_edition(folder))
    problems: list[Problem] = []
    listed: dict[str, list[Path]] = {}
    for directory in _MANY:
        listed[directory], found = list_inputs(folder / directory)
        problems.extend(found)
    total = sum(len(paths) for paths in listed.values()) + 2
    done = 0

    broken = Broken()

    def many(directory: str, model: type[M]) -> list[Loaded[M]]:
        nonlocal done
        result = []
        values: list[strict_yaml.Document] = []
        for path in listed[directory]:
            loaded, found = load_file(path, model, broken=values)
            problems.extend(found)
            if loaded is not None:
                result.append(loaded)
            done += 1
            if progress is not None:
                progress(done, total)
        broken.add(directory, values)
        return result

    rules, found = load_file(folder / RULES_FILE, Rules)
    problems.extend(found)
    roster: Loaded[Roster] | None = None
    if present(folder / ROSTER_FILE):
        roster, found = load_file(folder / ROSTER_FILE, Roster)
        problems.extend(found)
        broken.roster = roster is None
    else:
        problems.append(
            Problem(
                display_name(folder / ROSTER_FILE),
                1,
                1,
                "",
                t("reading.roster-missing"),
                rule="roster-missing",
            )
        )
    files = EditionFiles(
        rules=rules,
        categories=many(CRITERIA_DIR, Category),
        applications=many(APPLICATIONS_DIR, Application),
        roster=roster,
        sheets=many(SCORES_DIR, ScoreSheet),
        problems=problems,
        broken=broken,
    )
    if assignments and present(folder / ASSIGNMENTS_FILE):
        from labelscore.models.assignment import Assignments

        files.assignments, found = load_file(folder / ASSIGNMENTS_FILE, Assignments)
        problems.extend(found)
    return files
