"""User text made safe for a terminal: no markup, no emoji codes, no control characters."""

from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console
from rich.text import Text

_CONTROL = {code: f"\\x{code:02x}" for code in [*range(0, 32), *range(127, 160)]}
del _CONTROL[ord("\n")]


def visible(value: str) -> str:
    """Control characters (ESC among them) shown as `\\x1b` instead of reaching the terminal."""
    return value.translate(_CONTROL)


def plain(value: object) -> Text:
    """User text, printed exactly as written: `[red]`, `[/]` and `:warning:` stay literal."""
    return Text(visible(str(value)))


def console(file: TextIO | None = None, width: int | None = None) -> Console:
    return Console(
        file=file or sys.stdout,
        width=width,
        emoji=False,
        highlight=False,
        markup=True,
    )
