"""The command line: parse arguments, call the library, render, pick the exit code."""

from labelscore import i18n

# The language first: the commands' help is written when they are defined.
i18n.setup()

from labelscore.cli.commands import app, main  # noqa: E402

__all__ = ["app", "main"]
