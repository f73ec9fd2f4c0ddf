"""Problems found in the input are values: a place, a field and a message in plain words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from labelscore.i18n import plural, t
from labelscore.problem_codes import BY_NAME, CODES


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


_LONGEST_FIELD = 120
"""A field named by a 5,000-digit key is shown cut."""


class Problem:
    """One thing wrong in one file, at a 1-based line and column; in a workbook, at a cell
    of a sheet (`sheet` names it; line and column are the cell's 1-based row and column).

    The place may be given, or found only when first asked for (`locate`): finding it
    means reading the file's text again, which a command that only counts warnings
    never needs to do.
    """

    __slots__ = (
        "_column",
        "_line",
        "_locate",
        "code",
        "field",
        "file",
        "message",
        "severity",
        "sheet",
    )

    def __init__(
        self,
        file: str,
        line: int,
        column: int,
        field: str,
        message: str,
        severity: Severity = Severity.ERROR,
        *,
        rule: str,
        locate: Callable[[], tuple[int, int]] | None = None,
        sheet: str = "",
    ) -> None:
        """`rule`: the name of the kind of problem (labelscore.problem_codes)."""
        self.code = BY_NAME[rule].code
        self.file = file
        self.sheet = sheet
        self._line = line
        self._column = column
        self._locate = locate
        self.field = field if len(field) <= _LONGEST_FIELD else f"{field[: _LONGEST_FIELD - 1]}…"
        self.message = message
        self.severity = severity

    def _place(self) -> tuple[int, int]:
        if self._locate is not None:
            self._line, self._column = self._locate()
            self._locate = None
        return self._line, self._column

    @property
    def line(self) -> int:
        return self._place()[0]

    @property
    def column(self) -> int:
        return self._place()[1]

    @property
    def rule(self) -> str:
        return CODES[self.code].name

    @property
    def cell(self) -> str:
        """`Sheet!C12` for a problem in a workbook, else ''."""
        if not self.sheet:
            return ""
        plain = self.sheet.replace("_", "").isalnum()
        where = self.sheet if plain else "'" + self.sheet.replace("'", "''") + "'"
        return f"{where}!{column_name(self.column - 1)}{self.line}"

    def key(self) -> tuple[str, str, int, int, str, str, str, str]:
        line, column = self._place()
        return (
            self.file,
            self.sheet,
            line,
            column,
            self.field,
            self.message,
            self.severity.value,
            self.code,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self.key() == other.key()

    def __hash__(self) -> int:
        return hash(self.key())

    def __repr__(self) -> str:
        return f"Problem({str(self)!r}, severity={self.severity.value!r})"

    def __str__(self) -> str:
        where = (
            f"{self.file}:{self.cell}" if self.sheet else f"{self.file}:{self.line}:{self.column}"
        )
        label = t("problems.field", field=self.field) if self.field else ""
        prefix = t("problems.warning") if self.severity is Severity.WARNING else ""
        return f"{where}: {label}{prefix}{self.message} [{self.code}]"


def column_name(index: int) -> str:
    """The spreadsheet name of a 0-based column: 0 -> A, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def closest(word: str, known: Iterable[str]) -> str | None:
    """The known word a person most likely meant, if one is close enough."""
    import difflib  # only when a name is wrong

    close = difflib.get_close_matches(word, sorted(known), n=1)
    return close[0] if close else None


def likely(word: str, known: Iterable[str]) -> str | None:
    """`closest`, else the one known id that holds `word` whole between dashes or at its
    start (« amiens » for « amiens-numerique-quartiers »), else None. The word is first
    written as an id would be (« Brest » as « brest », « Besançon » as « besancon »)."""
    from labelscore.models.base import identifier_fix

    known = sorted(known)
    found = closest(word, known)
    if found is not None or not word:
        return found
    probe = identifier_fix(word) or word
    if probe != word and probe in known:
        return probe
    holding = [k for k in known if k.startswith(probe) or f"-{probe}" in k]
    return holding[0] if len(holding) == 1 else None


def did_you_mean(word: str, known: Iterable[str], *, listing: str | None = None) -> str:
    """`; did you mean 'x'?` (« ; vouliez-vous dire « x » ? ») for the closest known word;
    else, with `listing` (a message with {values}, in a `.one` and an `.other` form), the
    known words listed; else nothing."""
    known = sorted(known)
    found = closest(word, known)
    from labelscore.i18n import t

    if found is None:
        if listing is None or not known:
            return ""
        from labelscore.i18n.typography import enumeration

        quoted = enumeration([t("checks.quoted", value=k) for k in known])
        return t(f"{listing}.{'one' if len(known) == 1 else 'other'}", values=quoted)

    return t("reading.did-you-mean", word=found)


MAX_PER_FILE = 100
"""Problems listed for one file: past this, the rest are counted, not listed (a file that
repeats one mistake ten thousand times needs one fix, not ten thousand lines)."""


def capped(problems: list[Problem], file: str, more: int = 0) -> list[Problem]:
    """At most MAX_PER_FILE problems, then one line saying how many more there were."""
    hidden = more + max(0, len(problems) - MAX_PER_FILE)
    if not hidden:
        return problems
    shown = problems[:MAX_PER_FILE]
    last = shown[-1] if shown else None
    line, column = (last.line, last.column) if last else (1, 1)
    from labelscore.i18n import plural

    notice = plural(hidden, "reading.more-problems")
    return [*shown, Problem(file, line, column, "", notice, rule="more-problems")]


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(problem.severity is Severity.ERROR for problem in problems)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """File, then line and column: the order a person fixes them in."""
    return sorted(set(problems), key=Problem.key)


class LabelscoreError(Exception):
    """Base of the errors the core raises; the CLI turns them into messages and exit codes."""


class ProblemsFoundError(LabelscoreError):
    """The input has errors: nothing can be computed until they are fixed."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(plural(len(problems), "cli.problems"))
        self.problems = problems


class NotAnEditionError(LabelscoreError):
    """The folder given is not an edition folder (no labelscore.yaml)."""


class NoAssignmentError(LabelscoreError):
    """The edition has no jury/assignments.yaml, which the command needs."""
