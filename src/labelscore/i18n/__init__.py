"""What a user reads, in French or in English.

Messages live in Python catalogs, one module per part of the tool (`labelscore.i18n.cli`,
`labelscore.i18n.problems`...), each a dict `MESSAGES` of id -> {"fr": ..., "en": ...}:
no build step, the same in a wheel and in an editable install, and a catalog is imported
only by the command that shows its messages. An id is `<module>.<name>`: `t("cli.wrote",
path=...)` looks in `labelscore.i18n.cli`. Placeholders are `str.format` fields; a test
checks that both languages of every message have the same ones. Two modules beside the
catalogs are no catalogs: `typography` (French numbers, dates and spaces) and `reasons`
(the engine's reasons, which are data, put into words); checks and renderers share both.

The language is chosen once per process (`use`), by `choose` in this order: `--lang
fr|en`, then LABELSCORE_LANG, then the locale as GNU gettext reads it (the first of
LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set; LANGUAGE is ignored when the locale is
C or POSIX), then on Windows the language of the user interface. A locale that names
French gives French; any other (C, POSIX, German...) gives English, the language of
untranslated programs. When nothing says, French: every user of the label is French.

JSON keys, YAML fields, CSV columns of the default dialect and exit codes never change
with the language.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")
DEFAULT: Language = "fr"

_current: Language | None = None
_speaking: ContextVar[Language | None] = ContextVar("labelscore_speaking", default=None)
_catalogs: dict[str, Mapping[str, Mapping[str, str]]] = {}


def language() -> Language:
    """The language of this process: the one `use` or `setup` set, else the one the
    environment asks for (a script that imports labelscore has no --lang); inside
    `speaking`, the language it names."""
    global _current
    chosen = _speaking.get()
    if chosen is not None:
        return chosen
    if _current is None:
        _current = choose([], os.environ, windows=sys.platform == "win32")
    return _current


def use(chosen: Language) -> None:
    global _current
    _current = chosen


@contextmanager
def speaking(chosen: Language) -> Iterator[None]:
    """Say what is said inside this block in `chosen`, whatever the process speaks: for
    the outputs whose language is fixed (the JSON's English reasons, the French report).
    Only for the current thread or task; the process's language is left as it was."""
    token = _speaking.set(chosen)
    try:
        yield
    finally:
        _speaking.reset(token)


def _from_locale(value: str) -> Language:
    return "fr" if value.lower().startswith("fr") else "en"


def _windows_language() -> Language | None:  # pragma: no cover - Windows only
    try:
        import ctypes

        primary = ctypes.windll.kernel32.GetUserDefaultUILanguage() & 0x3FF  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return "fr" if primary == 0x0C else "en"


def lang_option(argv: Sequence[str]) -> str | None:
    """The value of `--lang` in a command line (`--lang fr` or `--lang=fr`), if any."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.removeprefix("--lang=")
    return None


def without_lang_option(argv: Sequence[str]) -> list[str]:
    """The command line without `--lang X` / `--lang=X` (read by `setup` before the
    command line is parsed, so that it may stand anywhere)."""
    out: list[str] = []
    skip = False
    for index, word in enumerate(argv):
        if skip:
            skip = False
            continue
        if word == "--":
            out += argv[index:]
            break
        if word == "--lang" and index + 1 < len(argv):
            skip = True
            continue
        if word.startswith("--lang="):
            continue
        out.append(word)
    return out


def choose(argv: Sequence[str], environ: Mapping[str, str], windows: bool = False) -> Language:
    """The language a user asked for, by the command line, the environment or the system."""
    asked = lang_option(argv) or environ.get("LABELSCORE_LANG", "")
    for known in LANGUAGES:
        if asked == known:
            return known
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    plain = locale.split(".")[0] in ("C", "POSIX")
    first = environ.get("LANGUAGE", "").split(":")[0] if not plain else ""
    if first:
        return _from_locale(first)
    if locale:
        return _from_locale(locale)
    if windows:
        found = _windows_language()
        if found is not None:
            return found
    return DEFAULT


def setup(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> None:
    """Choose the language of this process from its command line and environment."""
    use(
        choose(
            sys.argv[1:] if argv is None else argv,
            os.environ if environ is None else environ,
            windows=sys.platform == "win32",
        )
    )


def catalog(name: str) -> Mapping[str, Mapping[str, str]]:
    found = _catalogs.get(name)
    if found is None:
        module = importlib.import_module(f"labelscore.i18n.{name}")
        found = _catalogs[name] = module.MESSAGES
    return found


def t(key: str, /, **values: object) -> str:
    """The message `key` in the current language, its placeholders filled."""
    name, _, message = key.partition(".")
    text = catalog(name)[message][language()]
    return text.format(**values) if values else text


def plural(count: int, key: str, /, **values: object) -> str:
    """The message `key.one` or `key.other`, by the rule of the current language: French
    says « 0 erreur, 1 erreur, 2 erreurs », English "0 errors, 1 error, 2 errors"."""
    one = count in (0, 1) if language() == "fr" else count == 1
    return t(f"{key}.{'one' if one else 'other'}", count=count, **values)
