"""The command line: parse arguments, call the core, render, pick the exit code.

Exit codes: 0 ok, 1 problems found in the input, 2 usage error, an output that cannot
be written (standard output closed, its reader gone, a full disk) or an unexpected error
(a bug, said in one line), 128 + N when stopped by signal N (SIGINT, SIGTERM, SIGHUP).
Heavy modules are imported inside the commands so that `--help` stays fast.

Standard streams: what the commands print goes through `Stream`. Standard error never
stops a command: closed or broken, its messages are dropped (never sent to standard
output). Standard output must take everything: closed, it is refused before any work;
a failed write stops the command (exit 2, silently when the reader just went away). A
character the output's encoding cannot show is written as a backslash escape; JSON, CSV
and the schema are UTF-8 bytes whatever the locale.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated, Protocol, TextIO, TypeVar, cast

import typer

from labelscore import i18n
from labelscore.cli.signals import Stopped, ignore_signals, stop_on_signals
from labelscore.cli.streams import ESCAPED, OutputStreamError, Stream, write_nowhere
from labelscore.i18n import plural, t
from labelscore.models.choices import Aggregate, Dialect, Normalize

if TYPE_CHECKING:
    from labelscore.api import Ranked
    from labelscore.engine.result import Result
    from labelscore.problems import Problem
    from labelscore.reading.load import Progress


def _typer_word(message: str) -> str:
    """typer's own words, in the language of the command line: typer.core asks gettext
    for them when it prints help and some errors (see _TYPER_WORDS)."""
    key = _TYPER_WORDS.get(message)
    return t(key) if key else message


_TYPER_WORDS = {
    "Arguments": "cli.typer.Arguments",
    "Options": "cli.typer.Options",
    "Commands": "cli.typer.Commands",
    "default: {default}": "cli.typer.default",
    "required": "cli.typer.required",
    "(dynamic)": "cli.typer.dynamic",
    "env var: {var}": "cli.typer.envvar",
    "Aborted!": "cli.typer.aborted",
    "Missing command.": "cli.typer.missing_command",
    "No such command {name!r}.": "cli.typer.no_such_command",
}
"""The words typer 0.29 prints through gettext in the plain help (rich_markup_mode=None)
and its errors. The rest of typer's words are English text in its vendored copy of
Click ("Usage:", "Show this message and exit.", "Error:", "No such option: ...") and
cannot be replaced."""

if i18n.language() != "en":
    import typer.core

    typer.core._ = _typer_word  # type: ignore[attr-defined]


app = typer.Typer(
    name="labelscore",
    help=t("cli.app.help"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EditionArg = Annotated[
    Path,
    typer.Argument(
        # a missing folder or a file is said by reading.load.not_an_edition, in the
        # user's language, rather than by typer's English
        help=t("cli.edition.help"),
    ),
]
NormalizeOption = Annotated[
    Normalize | None,
    typer.Option(help=t("cli.normalize.help")),
]
AggregateOption = Annotated[
    Aggregate | None,
    typer.Option(help=t("cli.aggregate.help")),
]
DrawsOption = Annotated[
    int | None,
    typer.Option(
        "--draws",
        min=0,
        max=100_000,
        help=t("cli.draws.help"),
    ),
]
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class ExportFormat(StrEnum):
    """What `export` writes."""

    CSV = "csv"
    XLSX = "xlsx"


def _show_version(asked: bool) -> None:
    """`labelscore --version`: the package's own version string, already imported with
    the package (reading the installed distribution's metadata would cost start-up time;
    pyproject.toml takes the version from there, so the two agree)."""
    if asked:
        from labelscore import __version__

        _stdout().write(f"labelscore {__version__}\n")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            is_eager=True,
            callback=_show_version,
            help=t("cli.version.help"),
        ),
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option("--lang", metavar="fr|en", help=t("cli.lang")),
    ] = None,
) -> None:
    # No docstring: the help is the application's (cli.app.help), in the language chosen.
    del version  # --version acts through its callback
    if lang is not None and lang not in i18n.LANGUAGES:  # --lang was read before, by main
        _unknown_language(lang)
        raise typer.Exit(EXIT_USAGE)


def _stdout() -> Stream:
    """Standard output, or a usage error when it is closed (`>&-`): before any work."""
    if sys.stdout is None:
        raise _fail(t("cli.stdout_closed"), EXIT_USAGE)
    return Stream(sys.stdout, required=True)


def _stderr() -> Stream:
    return Stream(sys.stderr, required=False)


def _tell(message: str) -> None:
    """One line on standard error, printed as written (no markup, control characters shown)."""
    from labelscore.render.text import console, plain

    console(cast(TextIO, _stderr())).print(plain(message), soft_wrap=True)


def _fail(message: str, code: int) -> typer.Exit:
    _tell(t("cli.prefix", message=message))
    return typer.Exit(code)


def _write_utf8(stdout: Stream, text: str) -> None:
    """JSON and CSV: UTF-8 whatever the locale (a file name that is not valid UTF-8 keeps
    its undecodable bytes as `\\udcXX` escapes)."""
    stdout.write_bytes(text.encode("utf-8", "backslashreplace"))


def _validate_command(edition: Path) -> str:
    """The command line that lists an edition's problems, ready to paste in a shell."""
    import shlex

    return f"labelscore validate {shlex.quote(str(edition))}"


class _Read(Protocol):
    @property
    def warnings(self) -> list[Problem]: ...


_R = TypeVar("_R", bound=_Read)


def _read(
    edition: Path,
    call: Callable[[Progress | None], _R],
    *,
    show_progress: bool,
    count_warnings: bool = True,
) -> _R:
    """What a library call makes of an edition (given a progress callback), or the right
    message and exit code: a usage error when the folder is not an edition or lacks what the
    command needs, every problem when a file has an error. Warnings are counted, unless
    they say nothing to the command (cards and collect: on a new edition, every application
    has no score yet)."""
    from labelscore.problems import NoAssignmentError, NotAnEditionError, ProblemsFoundError
    from labelscore.render.problems import print_problems, summary_line
    from labelscore.render.progress import loading_bar
    from labelscore.render.text import console

    err = console(cast(TextIO, _stderr()))
    try:
        with loading_bar(err, enabled=show_progress) as progress:
            found = call(progress)
    except (NotAnEditionError, NoAssignmentError) as error:
        raise _fail(str(error), EXIT_USAGE) from None
    except ProblemsFoundError as error:
        print_problems(err, error.problems)
        summary = summary_line(error.problems)
        command = _validate_command(edition)
        raise _fail(
            t("cli.problems_found", summary=summary, command=command), EXIT_PROBLEMS
        ) from None
    if found.warnings and count_warnings:
        count = len(found.warnings)
        _tell(plural(count, "cli.warnings_hint", command=_validate_command(edition)))
    return found


def _ranked(
    edition: Path,
    aggregate: Aggregate | None = None,
    normalize: Normalize | None = None,
    *,
    show_progress: bool = True,
    draws: int | None = None,
) -> Result:
    """The ranked edition, or the right message and exit code; `draws`: see api.rank."""
    from labelscore.api import rank

    def call(progress: Progress | None) -> Ranked:
        return rank(
            edition, aggregate=aggregate, normalize=normalize, progress=progress, draws=draws
        )

    return _read(edition, call, show_progress=show_progress).result


@app.command(help=t("cli.validate.help"))
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help=t("cli.validate.paths"),
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.validate.json"))] = False,
) -> None:
    """Check files before sending them: every problem at once, with its line and column."""
    if not paths:
        from labelscore.reading.load import is_edition

        if not is_edition(Path(".")):
            raise _fail(t("cli.validate.no_paths"), EXIT_USAGE)
        paths = [Path(".")]
    missing = [path for path in paths if not os.path.lexists(path)]
    if missing:
        raise _fail(t("cli.missing_path", path=missing[0]), EXIT_USAGE)
    from labelscore.checks.paths import check_paths
    from labelscore.problems import has_errors

    stdout = _stdout()
    checked = check_paths(paths)
    if not checked.files:
        raise _fail(t("cli.validate.no_yaml"), EXIT_USAGE)
    if as_json:
        from labelscore.render.problems import problems_json

        _write_utf8(stdout, problems_json(checked.problems, checked.files))
    else:
        from labelscore.render.problems import print_problems, summary_line
        from labelscore.render.text import console

        out = console(cast(TextIO, stdout))
        print_problems(out, checked.problems)
        out.print(summary_line(checked.problems, checked.files), soft_wrap=True)
    if has_errors(checked.problems):
        raise typer.Exit(EXIT_PROBLEMS)


@app.command(help=t("cli.rank.help"))
def rank(
    edition: EditionArg = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.rank.json"))] = False,
    normalize: NormalizeOption = None,
    aggregate: AggregateOption = None,
    draws: DrawsOption = None,
) -> None:
    """Rank the applications of every category and award the labels."""
    stdout = _stdout()
    result = _ranked(edition, aggregate, normalize, show_progress=not as_json, draws=draws)
    if as_json:
        from labelscore.render.json_result import to_json

        _write_utf8(stdout, to_json(result))
        return
    from labelscore.render.rank_tables import print_rank
    from labelscore.render.text import console

    print_rank(console(cast(TextIO, stdout)), result)


@app.command(help=t("cli.export.help"))
def export(
    edition: EditionArg = Path("."),
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help=t("cli.export.output"),
        ),
    ] = None,
    export_format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            help=t("cli.export.format"),
        ),
    ] = None,
    dialect: Annotated[
        Dialect | None,
        typer.Option(help=t("cli.export.dialect")),
    ] = None,
    normalize: NormalizeOption = None,
    aggregate: AggregateOption = None,
    provisional: Annotated[
        bool,
        typer.Option(
            "--provisional",
            help=t("cli.export.provisional"),
        ),
    ] = False,
    draws: DrawsOption = None,
) -> None:
    """Write the labelled applications to a CSV file or an XLSX workbook for the ceremony."""
    from labelscore.cli.output import OutputError, check_output_path, write_atomic

    if export_format is None:
        name = Path(output or "").name
        xlsx = output != "-" and name.lower().endswith(".xlsx")
        export_format = ExportFormat.XLSX if xlsx else ExportFormat.CSV
    workbook = export_format is ExportFormat.XLSX
    output = output or f"winners.{export_format.value}"
    if workbook and dialect is not None:
        raise _fail(t("cli.export.dialect_workbook"), EXIT_USAGE)
    stdout = _stdout() if output == "-" else None
    if stdout is None:
        try:
            check_output_path(Path(output), edition, example=f"winners.{export_format.value}")
        except OutputError as error:
            raise _fail(str(error), EXIT_USAGE) from None
    elif workbook and stdout.isatty():
        raise _fail(t("cli.export.workbook_terminal"), EXIT_USAGE)
    result = _ranked(edition, aggregate, normalize, show_progress=stdout is None, draws=draws)
    if result.provisional and not provisional:
        reasons = []
        if result.missing_marks:
            reasons.append(plural(result.missing_marks, "cli.export.missing_marks"))
        if result.pending_labels:
            reasons.append(plural(result.pending_labels, "cli.export.pending_labels"))
        joined = t("cli.export.reasons_separator").join(reasons)
        raise _fail(t("cli.export.provisional_refused", reasons=joined), EXIT_PROBLEMS)
    if workbook:
        from labelscore.render.winners_xlsx import winners_workbook

        data = winners_workbook(result, provisional=provisional)
    else:
        from labelscore.render.winners_csv import to_csv

        text = to_csv(result, dialect or Dialect.RFC4180, provisional=provisional)
        data = text.encode("utf-8", "backslashreplace")
    if stdout is not None:
        stdout.write_bytes(data)
        return
    try:
        write_atomic(Path(output), data, example=f"winners.{export_format.value}")
    except OutputError as error:
        raise _fail(str(error), EXIT_USAGE) from None
    if result.provisional:
        _tell(t("cli.export.wrote_provisional", path=output))
    else:
        _tell(t("cli.wrote", path=output))


@app.command(help=t("cli.report.help"))
def report(
    edition: EditionArg = Path("."),
    output: Annotated[
        str,
        typer.Option("--output", "-o", help=t("cli.report.output")),
    ] = "palmares.html",
    normalize: NormalizeOption = None,
    aggregate: AggregateOption = None,
    draws: DrawsOption = None,
) -> None:
    """Write the deliberation as one HTML page, in French, to open in any browser (no
    network) and print: per category the ranking, the label line, each label's certainty;
    the jury; the palmarès."""
    from labelscore.api import rank
    from labelscore.cli.output import OutputError, check_output_path, write_atomic

    stdout = _stdout() if output == "-" else None
    if stdout is None:
        try:
            check_output_path(Path(output), edition, example="palmares.html")
        except OutputError as error:
            raise _fail(str(error), EXIT_USAGE) from None

    def call(progress: Progress | None) -> Ranked:
        return rank(
            edition, aggregate=aggregate, normalize=normalize, progress=progress, draws=draws
        )

    ranked = _read(edition, call, show_progress=stdout is None)
    from labelscore.render.report import report_html

    data = report_html(ranked.edition, ranked.result).encode("utf-8", "backslashreplace")
    if stdout is not None:
        stdout.write_bytes(data)
        return
    try:
        write_atomic(Path(output), data, example="palmares.html")
    except OutputError as error:
        raise _fail(str(error), EXIT_USAGE) from None
    if ranked.result.provisional:
        _tell(t("cli.report.wrote_provisional", path=output))
    else:
        _tell(t("cli.wrote", path=output))


@app.command(help=t("cli.jury.help"))
def jury(
    edition: EditionArg = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.json_report.help"))] = False,
) -> None:
    """One row per juror: how harsh or lenient, how consistent; and the jury's agreement."""
    stdout = _stdout()
    result = _ranked(edition, show_progress=not as_json, draws=0)
    if as_json:
        from labelscore.render.json_result import jury_json

        _write_utf8(stdout, jury_json(result))
        return
    from labelscore.render.jury import print_jury
    from labelscore.render.text import console

    print_jury(console(cast(TextIO, stdout)), result)


@app.command(help=t("cli.explain.help"))
def explain(
    application: Annotated[str, typer.Argument(help=t("cli.explain.application"))],
    edition: EditionArg = Path("."),
    normalize: NormalizeOption = None,
    aggregate: AggregateOption = None,
    draws: DrawsOption = None,
) -> None:
    """Show how one application got its score, rank and label, mark by mark."""
    stdout = _stdout()
    result = _ranked(edition, aggregate, normalize, draws=draws)
    entry = next((e for e in result.entries if e.id == application), None)
    if entry is None:
        from labelscore.problems import likely

        found = likely(application, (e.id for e in result.entries))
        hint = "" if found is None else t("reading.did-you-mean", word=found)
        raise _fail(t("cli.explain.unknown", application=application, hint=hint), EXIT_USAGE)
    from labelscore.render.explain import print_explain
    from labelscore.render.text import console

    print_explain(console(cast(TextIO, stdout)), entry, result)


@app.command(help=t("cli.assign.help"))
def assign(
    edition: EditionArg = Path("."),
    replace: Annotated[bool, typer.Option("--replace", help=t("cli.assign.replace"))] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("cli.assign.dry_run"))] = False,
    partial: Annotated[
        bool,
        typer.Option(
            "--partial",
            help=t("cli.assign.partial"),
        ),
    ] = False,
) -> None:
    """Share the applications among the jurors: write jury/assignments.yaml."""
    from labelscore.api import assign as share
    from labelscore.cli.output import OutputError, write_atomic
    from labelscore.models.assignment import ASSIGNMENTS_FILE, assignments_yaml
    from labelscore.render.assignment import print_assignment, shortfalls_grid, summary_line
    from labelscore.render.text import console

    stdout = _stdout()
    target = edition / ASSIGNMENTS_FILE
    if not dry_run and not replace and os.path.lexists(target):
        raise _fail(t("cli.assign.exists", target=target), EXIT_USAGE)
    assigned = _read(
        edition, lambda progress: share(edition, progress=progress), show_progress=not dry_run
    )
    err = console(cast(TextIO, _stderr()))
    result = assigned.assignment
    refused = bool(result.blocking) and not partial
    if dry_run:
        titles = {c.id: c.title for c in assigned.edition.categories}
        print_assignment(console(cast(TextIO, stdout)), result, titles)
        if refused:
            raise typer.Exit(EXIT_PROBLEMS)
        return
    if result.shortfalls:
        err.print(shortfalls_grid(result))
    if refused:
        raise _fail(
            plural(len(result.blocking), "cli.assign.refused", minimum=result.minimum_jurors),
            EXIT_PROBLEMS,
        )
    rules = assigned.edition.rules
    text = assignments_yaml(result, rules.name, rules.year)
    try:
        write_atomic(target, text.encode("utf-8"))
    except OutputError as error:
        raise _fail(str(error), EXIT_USAGE) from None
    _tell(t("cli.assign.wrote", path=target, summary=summary_line(result)))


@app.command(help=t("cli.progress.help"))
def progress(
    edition: EditionArg = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.json_report.help"))] = False,
) -> None:
    """Who has not finished: each juror's assigned applications (jury/assignments.yaml)
    against their score sheet."""
    from labelscore.api import progress as marking
    from labelscore.render.text import console

    stdout = _stdout()
    found = _read(
        edition, lambda progress: marking(edition, loading=progress), show_progress=not as_json
    )
    if as_json:
        from labelscore.render.marking import progress_json

        _write_utf8(stdout, progress_json(found.progress))
        return
    from labelscore.render.marking import print_progress

    print_progress(console(cast(TextIO, stdout)), found.progress)


@app.command(help=t("cli.cards.help"))
def cards(
    edition: EditionArg = Path("."),
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help=t("cli.cards.output"),
        ),
    ] = Path("cartes"),
    replace: Annotated[bool, typer.Option("--replace", help=t("cli.cards.replace"))] = False,
) -> None:
    """Write each juror's score card: a workbook (DIR/<juror>.xlsx) listing the applications
    assigned to them (jury/assignments.yaml), ready to mark in Excel or LibreOffice."""
    from labelscore.api import card_lists
    from labelscore.cli.output import OutputError, prepare_folder, write_atomic
    from labelscore.render.cards import card_workbook

    found = _read(
        edition,
        lambda progress: card_lists(edition, loading=progress),
        show_progress=True,
        count_warnings=False,
    )
    targets = {juror: output / f"{juror}.xlsx" for juror in found.lists}
    there = [path for path in targets.values() if os.path.lexists(path)]
    if there and not replace:
        raise _fail(
            plural(len(there), "cli.cards.there", folder=output, name=there[0].name), EXIT_USAGE
        )
    jurors = {juror.id: juror for juror in found.edition.jurors}
    try:
        prepare_folder(output, edition)
        for juror, path in targets.items():
            data = card_workbook(found.edition, jurors[juror], found.lists[juror])
            write_atomic(path, data)
    except OutputError as error:
        raise _fail(str(error), EXIT_USAGE) from None
    idle = sorted(set(jurors) - set(found.lists))
    from labelscore.i18n.typography import enumeration

    note = t("cli.cards.idle", jurors=enumeration(idle)) if idle else ""
    _tell(plural(len(targets), "cli.cards.wrote", folder=output, note=note))


@app.command(help=t("cli.collect.help"))
def collect(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help=t("cli.collect.paths"),
        ),
    ],
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help=t("cli.collect.replace"),
        ),
    ] = False,
) -> None:
    """Read score cards sent back and write each juror's score sheet (jury/scores/)."""
    from labelscore.api import collect as collect_cards
    from labelscore.cli.output import OutputError, write_atomic
    from labelscore.reading.load import SCORES_DIR, is_edition
    from labelscore.render.problems import print_problems
    from labelscore.render.score_sheet import score_sheet_yaml
    from labelscore.render.text import console

    missing = [path for path in paths if not os.path.lexists(path)]
    if missing:
        raise _fail(t("cli.missing_path", path=missing[0]), EXIT_USAGE)
    editions = [path for path in paths if path.is_dir() and is_edition(path)]
    if len(editions) > 1:
        raise _fail(t("cli.collect.one_edition"), EXIT_USAGE)
    edition = editions[0] if editions else Path(".")
    card_paths: list[Path] = []
    for path in paths:
        if path in editions:
            continue
        if not path.is_dir():
            card_paths.append(path)
            continue
        found_cards, skipped = _cards_in(path)
        for name, why in skipped:
            _tell(t("cli.collect.skipped", name=name, why=why))
        if not found_cards:
            raise _fail(t("cli.collect.no_card_in", path=path), EXIT_USAGE)
        card_paths += found_cards
    if not card_paths:
        raise _fail(t("cli.collect.no_card"), EXIT_USAGE)
    found = _read(
        edition,
        lambda progress: collect_cards(edition, card_paths, replace=replace, loading=progress),
        show_progress=True,
        count_warnings=False,
    )
    err = console(cast(TextIO, _stderr()))
    print_problems(err, found.problems)
    names = {juror.id: juror.name for juror in found.edition.jurors}
    try:
        for collection in found.collections:
            if collection.unchanged:
                continue
            text = score_sheet_yaml(collection.sheet, names[collection.sheet.juror])
            if not collection.target.parent.exists() and collection.target.parent == (
                edition / SCORES_DIR
            ):
                collection.target.parent.mkdir()  # a new edition: no sheet collected yet
            write_atomic(collection.target, text.encode("utf-8"))
    except OutputError as error:
        raise _fail(str(error), EXIT_USAGE) from None
    for collection in found.collections:
        sheet = collection.sheet
        conflicts = plural(len(sheet.conflicts), "cli.collect.conflicts") if sheet.conflicts else ""
        kept = plural(sheet.kept, "cli.collect.kept") if sheet.kept else ""
        done = t("cli.collect.unchanged") if collection.unchanged else collection.target.as_posix()
        _tell(
            t(
                "cli.collect.line",
                card=collection.card,
                done=done,
                marked=plural(sheet.marked, "cli.collect.marked"),
                conflicts=conflicts,
                unmarked=plural(sheet.unmarked, "cli.collect.unmarked"),
                kept=kept,
            )
        )
    failed = found.refused
    if failed:
        from labelscore.i18n.typography import enumeration

        replacing = any(p.rule == "card-would-replace" for p in found.problems)
        replace_hint = t("cli.collect.refused_replace") if replacing else ""
        raise _fail(
            plural(
                len(failed), "cli.collect.refused", names=enumeration(failed), replace=replace_hint
            ),
            EXIT_PROBLEMS,
        )
    _tell(t("cli.collect.next"))


_NOT_CARDS = ("~$", ".~lock", ".")
"""Names of files a spreadsheet leaves beside an open workbook (Excel's owner file, the
lock of LibreOffice), and hidden files."""


def _cards_in(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The cards in a folder, by name, and what else is there with why it is skipped."""
    cards: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(_NOT_CARDS):
            continue
        if path.is_dir():
            skipped.append((path.as_posix(), t("cli.collect.skipped_folder")))
        elif path.suffix.lower() in (".xlsx", ".ods", ".xls"):
            cards.append(path)
        else:
            skipped.append((path.as_posix(), t("cli.collect.skipped_not_card")))
    return cards, skipped


@app.command(help=t("cli.schema.help"))
def schema(
    edition: Annotated[
        Path | None,
        typer.Argument(
            help=t("cli.schema.edition"),
            exists=True,
            file_okay=False,
        ),
    ] = None,
) -> None:
    """Print the JSON Schema of an application file, for editors (the YAML language server):
    labelscore schema > application.schema.json"""
    from labelscore.render.schema import application_schema

    stdout = _stdout()
    categories = None
    if edition is not None:
        from labelscore.problems import NotAnEditionError
        from labelscore.reading.categories import category_ids

        try:
            categories, problems = category_ids(edition)
        except NotAnEditionError as error:
            raise _fail(str(error), EXIT_USAGE) from None
        if not categories and problems:
            from labelscore.render.problems import print_problems, summary_line
            from labelscore.render.text import console

            print_problems(console(cast(TextIO, _stderr())), problems)
            summary = summary_line(problems)
            command = _validate_command(edition)
            raise _fail(t("cli.schema.problems", summary=summary, command=command), EXIT_PROBLEMS)
    _write_utf8(stdout, application_schema(categories))


@app.command(help=t("cli.init.help"))
def init(
    folder: Annotated[
        Path,
        typer.Argument(
            help=t("cli.init.folder"),
        ),
    ] = Path("."),
) -> None:
    """Start a new edition: the rules, one category's criteria, the jury, one application
    and one score sheet, each field explained in French; it validates as it is."""
    from labelscore.new_edition import OutputError, new_edition

    try:
        written = new_edition(folder)
    except OutputError as error:
        raise _fail(str(error), EXIT_USAGE) from None
    listing = "".join(f"\n  {path.as_posix()}" for path in written)
    _tell(t("cli.init.wrote", folder=folder, listing=listing, command=_validate_command(folder)))


_PLUGINS_OFF = ("__all__", "1", "true")
"""The values of PYDANTIC_DISABLE_PLUGINS that make pydantic look for no plugin at all."""


def _skip_plugin_lookup() -> None:
    """Stand in for pydantic's plugin loader while plugins are switched off.

    Even with PYDANTIC_DISABLE_PLUGINS set, pydantic imports its loader, and with it
    importlib.metadata (email, zipfile, csv...: about a tenth of the start-up floor),
    before asking it for plugins and getting none. The stand-in answers the same `()`
    without that import; `get_plugins` is all pydantic asks of that module."""
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in _PLUGINS_OFF or name in sys.modules:
        return
    loader = ModuleType(name)
    loader.get_plugins = tuple  # type: ignore[attr-defined]
    sys.modules[name] = loader


def main() -> None:
    # A short-lived process that builds many objects and no cycles: the cyclic garbage
    # collector would only walk the heap over and over (see reading.load.collector_paused).
    gc.disable()
    # labelscore uses no pydantic plugin; looking for them costs a scan of every
    # installed distribution's entry points on the first validation.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _skip_plugin_lookup()
    # --lang was read when the command line was imported (labelscore.cli); taken out here,
    # it may stand anywhere on the line.
    asked = i18n.lang_option(sys.argv[1:])
    if asked is not None and asked not in i18n.LANGUAGES:
        _unknown_language(asked)
        sys.exit(EXIT_USAGE)
    sys.argv[1:] = i18n.without_lang_option(sys.argv[1:])
    try:
        stop_on_signals()
        code = _run()
        ignore_signals()  # done: nothing may interrupt the exit any more
    except Stopped as stopped:
        # The clean-up (a temporary file removed) ran on the way here.
        stopped_by = t("cli.stopped", signal=signal.Signals(stopped.signum).name)
        _tell(t("cli.prefix", message=stopped_by))
        code = 128 + stopped.signum
        try:
            if sys.stdout is not None:
                sys.stdout.flush()
        except (OSError, ValueError):
            write_nowhere(sys.stdout)
    # Python's shutdown ends with a full garbage collection, which walks every object
    # typer, rich and pydantic made at import (about 70 ms of a 300 ms command, measured
    # on the import floor). The process holds no cycle whose clean-up matters: every file
    # is closed and the standard streams flushed by now. Frozen, the heap is skipped.
    gc.freeze()
    sys.exit(code)


def _unknown_language(asked: str) -> None:
    """Say that `--lang` names no language labelscore speaks, in both: it is neither."""
    for language in i18n.LANGUAGES:
        with i18n.speaking(language):
            _tell(t("cli.prefix", message=t("cli.unknown_lang", value=asked)))


def _run() -> int:
    """Run the command line; every way out of it as an exit code, never a traceback."""
    code: int
    try:
        _only_the_command_named(sys.argv[1:])
        app()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except OutputStreamError as failure:
        code = _output_failed(failure.error)
    except OSError as error:
        # The environment, not the input: a file gone or unreadable midway, a failing disk.
        where = f"{error.filename}: " if error.filename else ""
        _tell(t("cli.prefix", message=f"{where}{error.strerror or error}"))
        code = EXIT_USAGE
    except Exception as error:
        # A bug. One line for the user, never a traceback; LABELSCORE_DEBUG=1 shows it.
        if os.environ.get("LABELSCORE_DEBUG"):
            raise
        bug = t("cli.bug", error=f"{type(error).__name__}: {error}")
        _tell(t("cli.prefix", message=bug))
        code = EXIT_USAGE
    if sys.stdout is not None:
        try:
            sys.stdout.flush()
        except (OSError, ValueError) as error:
            write_nowhere(sys.stdout)
            code = _output_failed(error)
    if escaped := sorted(ESCAPED - {"utf-8", "utf8"}):
        encodings = t("cli.and").join(escaped)
        _tell(t("cli.prefix", message=t("cli.escaped", encodings=encodings)))
    return code


def _only_the_command_named(arguments: list[str]) -> None:
    """Keep in the application only the command the line names, when it names one.

    On every run, typer builds the parameters of every registered command (resolving
    their annotations) before it looks at the line: about 2 ms a command. Only the one
    that runs needs them. The first argument that is not an option names the command
    (the application's own options, --version and --help, take no value; --lang is
    already taken out); when it names none (a typo, no command, `--help`), every command
    stays, so the help lists them and a typo gets its suggestion."""
    named = next((argument for argument in arguments if not argument.startswith("-")), None)
    if named is None:
        return
    from typer.main import get_command_name

    kept = [
        command
        for command in app.registered_commands
        if command.callback is not None
        and (command.name or get_command_name(command.callback.__name__)) == named
    ]
    if kept:
        app.registered_commands = kept


def _output_failed(error: OSError | ValueError) -> int:
    """Standard output failed: silently when its reader went away (`| head`), as every
    command-line tool does; with the reason otherwise."""
    if not isinstance(error, BrokenPipeError):
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        _tell(t("cli.prefix", message=t("cli.stdout_failed", reason=reason)))
    return EXIT_USAGE
