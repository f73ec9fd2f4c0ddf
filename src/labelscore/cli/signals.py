"""SIGINT, SIGTERM and SIGHUP: a clean stop, with the clean-up code run on the way out."""

from __future__ import annotations

import signal
from types import FrameType


class Stopped(BaseException):
    """A signal asked the process to stop (a BaseException, like KeyboardInterrupt, so
    that only clean-up code sees it on its way to `main`)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def stop_on_signals() -> None:
    """SIGINT, SIGTERM and SIGHUP raise Stopped, so that clean-up code runs (an export's
    temporary file is removed) and the exit code is 128 + the signal's number. After the
    first, they are ignored: the clean-up is not cut short. A signal the process was
    started with ignored (SIGHUP under nohup) stays ignored."""
    for signum in _STOP_SIGNALS:
        if signal.getsignal(signum) in (signal.SIG_DFL, signal.default_int_handler):
            signal.signal(signum, _stop)


def _stop(signum: int, frame: FrameType | None) -> None:
    ignore_signals()
    raise Stopped(signum)


def ignore_signals() -> None:
    for signum in _STOP_SIGNALS:
        if signal.getsignal(signum) is _stop:
            signal.signal(signum, signal.SIG_IGN)
