"""The command line: parse arguments, call the library, render, pick the exit code."""

from labelscore.cli.commands import app, main

__all__ = ["app", "main"]
