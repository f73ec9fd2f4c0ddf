"""User text made safe for a terminal: no markup, no emoji codes, no control characters.

Consoles never read Rich markup: `[bold]`, `[/]` or `[link=...]` in a folder name, a
title or a message is printed as written, whatever the renderer passes (a `Text` or a
plain `str`). Styles are given as `Text` styles, never as markup.
"""

from __future__ import annotations

import re
import sys
from typing import TextIO, cast

from rich import _wrap as rich_wrap
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


class _Nowhere:
    """Where a console writes when its stream is closed: nowhere, and never elsewhere."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


NO_BREAK = "\u00a0\u2007\u202f"
"""The spaces a line must not break at: no-break, figure and narrow no-break (French
typography puts them before : ; ! ? % and inside « »)."""
_WORD = re.compile(rf"[^\S{NO_BREAK}]*[\S{NO_BREAK}]+[^\S{NO_BREAK}]*")


def keep_no_break_spaces() -> None:
    """Make Rich wrap lines only at spaces that may break.

    Rich finds words with `\\s*\\S+\\s*`, and Python's `\\s` holds the no-break spaces,
    so a French line could break between a word and its colon or percent sign. Its word
    pattern (rich._wrap.re_word, private) is replaced by one where a no-break space
    belongs to the word; tests/test_text_wrap.py fails if a Rich release changes that."""
    if hasattr(rich_wrap, "re_word"):
        rich_wrap.re_word = _WORD


def console(file: TextIO | None = None, width: int | None = None) -> Console:
    """A console on `file`, standard output by default.

    When the default standard output is closed, what is printed goes nowhere (the CLI
    checks for a closed output before it starts). Standard error is never a default:
    pass it, so that a closed standard error never sends messages to standard output."""
    keep_no_break_spaces()
    if file is None:
        file = sys.stdout if sys.stdout is not None else cast(TextIO, _Nowhere())
    return Console(
        file=file,
        width=width,
        emoji=False,
        highlight=False,
        markup=False,
    )
