"""A progress bar for long loads: on a terminal's stderr only, and only when it helps."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console

from labelscore.i18n import t
from labelscore.reading.load import Progress as ProgressCallback

SHOW_AFTER = 0.5
"""Seconds of loading before the bar appears: a quick load never flickers one."""


@contextmanager
def loading_bar(console: Console, *, enabled: bool = True) -> Iterator[ProgressCallback | None]:
    """A callback that drives a bar on `console`, or None where no bar belongs."""
    if not enabled or not console.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    started = time.monotonic()
    bar = Progress(
        TextColumn(t("tables.loading")),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    task = bar.add_task("read", total=None)
    shown = False

    def advance(done: int, total: int) -> None:
        nonlocal shown
        if not shown:
            if time.monotonic() - started < SHOW_AFTER:
                return
            bar.start()
            shown = True
        bar.update(task, completed=done, total=total)

    try:
        yield advance
    finally:
        if shown:
            bar.stop()
