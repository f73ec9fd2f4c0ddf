"""The command line: parse arguments, call the core, render, pick the exit code.

Exit codes: 0 ok, 1 problems found in the input, 2 usage error.
Heavy modules are imported inside the commands so that `--help` stays fast.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated

import typer

from labelscore.choices import Aggregate, Dialect, Normalize

if TYPE_CHECKING:
    from labelscore.edition import Edition
    from labelscore.results import Result

app = typer.Typer(
    name="labelscore",
    help="Validate applications, score them and award the Label Territoire innovant.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EditionArg = Annotated[
    Path,
    typer.Argument(
        help="Edition folder (holds labelscore.yaml). Default: the current folder.",
        exists=True,
        file_okay=False,
    ),
]
NormalizeOption = Annotated[
    Normalize | None,
    typer.Option(help="none, or zscore (even out harsh and lenient jurors). Default: the rules'."),
]
AggregateOption = Annotated[
    Aggregate | None,
    typer.Option(help="mean, median or trimmed (from 5 jurors). Default: the rules'."),
]
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _fail(message: str, code: int) -> typer.Exit:
    from labelscore.render.text import console, plain

    console(sys.stderr).print(plain(f"labelscore: {message}"), soft_wrap=True)
    return typer.Exit(code)


def _ranked(
    edition: Path,
    aggregate: Aggregate | None = None,
    normalize: Normalize | None = None,
    *,
    show_progress: bool = True,
) -> tuple[Edition, Result]:
    """The ranked edition, or the right message and exit code."""
    from labelscore.api import rank
    from labelscore.problems import NotAnEditionError, ProblemsFoundError
    from labelscore.render.problems import print_problems, summary_line
    from labelscore.render.progress import loading_bar
    from labelscore.render.text import console

    err = console(sys.stderr)
    try:
        with loading_bar(err, enabled=show_progress) as progress:
            loaded, result, warnings = rank(
                edition, aggregate=aggregate, normalize=normalize, progress=progress
            )
    except NotAnEditionError as error:
        raise _fail(str(error), EXIT_USAGE) from None
    except ProblemsFoundError as error:
        print_problems(err, error.problems)
        raise _fail(
            f"{summary_line(error.problems)} "
            f"Run 'labelscore validate {edition}' after fixing them.",
            EXIT_PROBLEMS,
        ) from None
    if warnings:
        err.print(f"{len(warnings)} warning(s); 'labelscore validate {edition}' lists them.")
    return loaded, result


@app.command()
def validate(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Application files, or folders (an edition folder is checked whole).",
            exists=True,
        ),
    ],
) -> None:
    """Check files before sending them: every problem at once, with its line and column."""
    from labelscore.problems import has_errors
    from labelscore.render.problems import print_problems, summary_line
    from labelscore.render.text import console
    from labelscore.validation import check_paths

    checked = check_paths(paths)
    if not checked.files:
        raise _fail("no YAML file (.yaml or .yml) to check there", EXIT_USAGE)
    out = console()
    print_problems(out, checked.problems)
    out.print(summary_line(checked.problems, checked.files), soft_wrap=True)
    if has_errors(checked.problems):
        raise typer.Exit(EXIT_PROBLEMS)


@app.command()
def rank(
    edition: EditionArg = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
    normalize: NormalizeOption = None,
    aggregate: AggregateOption = None,
) -> None:
    """Rank the applications of every category and award the labels."""
    _, result = _ranked(edition, aggregate, normalize, show_progress=not as_json)
    if as_json:
        from labelscore.render.jsondoc import to_json

        sys.stdout.write(to_json(result))
        return
    from labelscore.render.tables import print_rank
    from labelscore.render.text import console

    print_rank(console(), result)


@app.command()
def export(
    edition: EditionArg = Path("."),
    output: Annotated[
        str, typer.Option("--output", "-o", help="CSV file to write, or - for standard output.")
    ] = "winners.csv",
    dialect: Annotated[
        Dialect,
        typer.Option(help="rfc4180: comma, dot decimals. excel-fr: BOM, ';', decimal comma."),
    ] = Dialect.RFC4180,
    normalize: NormalizeOption = None,
    aggregate: AggregateOption = None,
) -> None:
    """Write the labelled applications to a CSV file for the ceremony."""
    from labelscore.output import OutputError, check_output_path, write_atomic
    from labelscore.render.export import to_csv

    if output != "-":
        try:
            check_output_path(Path(output), edition)
        except OutputError as error:
            raise _fail(str(error), EXIT_USAGE) from None
    text = to_csv(_ranked(edition, aggregate, normalize, show_progress=output != "-")[1], dialect)
    if output == "-":
        sys.stdout.write(text)
        return
    try:
        write_atomic(Path(output), text.encode("utf-8"))
    except OutputError as error:
        raise _fail(str(error), EXIT_USAGE) from None
    typer.echo(f"Wrote {output}", err=True)


@app.command()
def jury(
    edition: EditionArg = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """One row per juror: how harsh or lenient, how consistent; and the jury's agreement."""
    from labelscore.engine.jury import jury_report

    loaded, result = _ranked(edition, show_progress=not as_json)
    reports = jury_report(loaded, result)
    if as_json:
        from labelscore.render.jsondoc import jury_json

        sys.stdout.write(jury_json(reports, result))
        return
    from labelscore.render.jury import print_jury
    from labelscore.render.text import console

    print_jury(console(), reports, result, loaded.rules.scoring.leniency_flag)


@app.command()
def explain(
    application: Annotated[str, typer.Argument(help="Id of the application to explain.")],
    edition: EditionArg = Path("."),
    normalize: NormalizeOption = None,
    aggregate: AggregateOption = None,
) -> None:
    """Show how one application got its score, rank and label, mark by mark."""
    loaded, result = _ranked(edition, aggregate, normalize)
    entry = next((e for e in result.entries if e.id == application), None)
    if entry is None:
        import difflib

        close = difflib.get_close_matches(application, [e.id for e in result.entries], n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise _fail(f"there is no application '{application}' in this edition{hint}", EXIT_USAGE)
    from labelscore.render.explain import print_explain
    from labelscore.render.text import console

    print_explain(console(), entry, result, loaded)


@app.command()
def schema() -> None:
    """Print the JSON Schema of an application file (for editors: yaml-language-server)."""
    from labelscore.schema import application_schema

    sys.stdout.write(application_schema())


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
    # collector would only walk the heap over and over (see api._collector_paused).
    gc.disable()
    # labelscore uses no pydantic plugin; looking for them costs a scan of every
    # installed distribution's entry points on the first validation.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _skip_plugin_lookup()
    app()
