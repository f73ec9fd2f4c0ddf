"""Standard output and standard error as the commands write to them.

Standard error never stops a command: closed or broken, its messages are dropped (never
sent to standard output). Standard output must take everything: a failed write raises
OutputStreamError. A character the output's encoding cannot show is written as a
backslash escape; JSON, CSV and the schema are written as UTF-8 bytes.
"""

from __future__ import annotations

import errno
import os
from typing import TextIO


class OutputStreamError(Exception):
    """Standard output took no more: closed, its reader gone, a full disk."""

    def __init__(self, error: OSError | ValueError) -> None:
        super().__init__(str(error))
        self.error = error


ESCAPED: set[str] = set()
"""The encodings of standard output that had characters written as escapes."""


class Stream:
    """A standard stream as the commands write to it: every write is encoded here and
    goes out whole before the call returns.

    `required` (standard output): a failed write raises OutputStreamError. Otherwise
    (standard error): the message is dropped, and so is every later one. A character
    that the stream's encoding cannot show is written as a backslash escape (`\\xe9`).

    Bytes are written through the stream's binary buffer until all are taken: when the
    reader of a pipe goes away in the middle of a large write, Python's buffered writer
    may report a part as written and return without an error; the next write then
    fails, as it should, instead of the rest being lost in silence."""

    def __init__(self, stream: TextIO | None, *, required: bool) -> None:
        self._stream = stream
        self._required = required

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", None) or "utf-8"

    def isatty(self) -> bool:
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self._stream is None:
            raise OSError(errno.EBADF, "closed")
        return self._stream.fileno()

    def write(self, text: str) -> int:
        if self._stream is not None:
            self.write_bytes(self._encode(text))
        return len(text)

    def flush(self) -> None:
        if self._stream is not None:
            try:
                self._stream.flush()
            except (OSError, ValueError) as error:
                self._failed(error)

    def write_bytes(self, data: bytes) -> None:
        """Bytes as they are, whatever the stream's encoding (after any text before them)."""
        stream = self._stream
        if stream is None:
            return
        try:
            stream.flush()
            buffer = getattr(stream, "buffer", None)
            if buffer is None:
                stream.write(data.decode(self.encoding, "replace"))
                stream.flush()
                return
            rest = memoryview(data)
            while rest:
                written = buffer.write(rest)
                if written is None:  # a non-blocking descriptor that is full
                    raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
                rest = rest[written:]
            buffer.flush()
        except (OSError, ValueError) as error:
            self._failed(error)

    def _encode(self, text: str) -> bytes:
        if os.linesep != "\n":
            text = text.replace("\n", os.linesep)
        encoding = self.encoding
        errors = getattr(self._stream, "errors", None) or "strict"
        try:
            return text.encode(encoding, errors)
        except UnicodeEncodeError:
            if self._required:
                ESCAPED.add(encoding)
            return text.encode(encoding, "backslashreplace")
        except LookupError:
            return text.encode("utf-8", "backslashreplace")

    def _failed(self, error: OSError | ValueError) -> None:
        stream, self._stream = self._stream, None
        write_nowhere(stream)
        if self._required:
            raise OutputStreamError(error) from None


def write_nowhere(stream: TextIO | None) -> None:
    """Point a failed stream's descriptor at /dev/null, so that nothing left in its
    buffer fails again at exit ("Exception ignored ... BrokenPipeError")."""
    try:
        descriptor = stream.fileno() if stream is not None else -1
    except (OSError, ValueError):
        return
    if descriptor < 0:
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    try:
        os.dup2(null, descriptor)
    except OSError:
        pass
    finally:
        os.close(null)
