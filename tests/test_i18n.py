"""French and English: choosing the language, the catalogs, French typography."""

from __future__ import annotations

import datetime
import importlib
import pkgutil
import string
from collections.abc import Iterator

import pytest

from labelscore import i18n
from labelscore.i18n import choose, plural, t
from labelscore.i18n.typography import NBSP, NNBSP, date, number, prose


@pytest.fixture
def french() -> Iterator[None]:
    was = i18n.language()
    i18n.use("fr")
    yield
    i18n.use(was)


@pytest.fixture
def english() -> Iterator[None]:
    was = i18n.language()
    i18n.use("en")
    yield
    i18n.use(was)


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        ([], {}, "fr"),  # nothing says: the label's users are French
        (["rank", "--lang", "en"], {"LANG": "fr_FR.UTF-8"}, "en"),
        (["--lang=fr", "rank"], {"LABELSCORE_LANG": "en"}, "fr"),
        (["rank"], {"LABELSCORE_LANG": "en", "LANG": "fr_FR.UTF-8"}, "en"),
        (["rank"], {"LANG": "fr_FR.UTF-8"}, "fr"),
        (["rank"], {"LANG": "en_GB.UTF-8"}, "en"),
        (["rank"], {"LANG": "de_DE.UTF-8"}, "en"),
        (["rank"], {"LC_ALL": "C"}, "en"),
        (["rank"], {"LANG": "C.UTF-8"}, "en"),
        (["rank"], {"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        (["rank"], {"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "en"),
        (["rank"], {"LANGUAGE": "fr:en", "LANG": "en_US.UTF-8"}, "fr"),
        (["rank"], {"LANGUAGE": "fr", "LANG": "C"}, "en"),  # GNU: C ignores LANGUAGE
        (["rank"], {"LANGUAGE": "", "LANG": "fr_BE.UTF-8"}, "fr"),
        (["rank", "--lang", "de"], {"LANG": "fr_FR.UTF-8"}, "fr"),  # not a language we have
        (["rank", "--", "--lang", "en"], {}, "fr"),  # after --, a file name
    ],
)
def test_the_language_is_chosen_as_documented(
    argv: list[str], environ: dict[str, str], expected: str
) -> None:
    assert choose(argv, environ) == expected


def test_lang_is_taken_out_of_the_command_line_wherever_it_stands() -> None:
    from labelscore.i18n import without_lang_option

    assert without_lang_option(["rank", "--lang", "en", "--json"]) == ["rank", "--json"]
    assert without_lang_option(["--lang=fr", "rank"]) == ["rank"]
    assert without_lang_option(["explain", "--", "--lang", "x"]) == ["explain", "--", "--lang", "x"]


def test_plurals_follow_each_language(french: None) -> None:
    assert [plural(n, "cli.errors") for n in (0, 1, 2)] == ["0 erreur", "1 erreur", "2 erreurs"]
    i18n.use("en")
    assert [plural(n, "cli.errors") for n in (0, 1, 2)] == ["0 errors", "1 error", "2 errors"]


def test_numbers_dates_and_punctuation_in_french(french: None) -> None:
    assert number(89.0385, 2) == "89,04"
    assert number(142097) == f"142{NNBSP}097"
    assert number(1000) == f"1{NNBSP}000"  # from four digits, as CLDR (1 000 tirages)
    assert number(999) == "999"
    assert number(-1.5) == "\u22121,5"
    assert number(1234567.5, group=False) == "1234567,5"
    assert date(datetime.date(2011, 3, 4)) == f"4{NBSP}mars{NBSP}2011"
    assert date(datetime.date(2011, 3, 1)) == f"1er{NBSP}mars{NBSP}2011"
    assert prose("Attention : 3 erreurs ; voir « rank » ! Pourquoi ?") == (
        f"Attention{NBSP}: 3 erreurs{NNBSP}; voir «{NNBSP}rank{NNBSP}»{NNBSP}! Pourquoi{NNBSP}?"
    )
    assert prose("à 10:30, voir https://example.org") == "à 10:30, voir https://example.org"
    done = prose("Attention : 3 erreurs ; voir « rank » ! Pourquoi ?")
    assert prose(done) == done  # set once, never twice


def test_numbers_and_dates_in_english(english: None) -> None:
    assert number(89.0385, 2) == "89.04"
    assert number(142097) == "142,097"
    assert number(-1.5) == "-1.5"
    assert date(datetime.date(2011, 3, 4)) == "March 4, 2011"
    assert prose("Note : x") == "Note : x"


def _catalogs() -> list[str]:
    package = importlib.import_module("labelscore.i18n")
    return sorted(
        info.name
        for info in pkgutil.iter_modules(package.__path__)
        if info.name not in ("typography", "reasons")
    )


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_there_are_catalogs() -> None:
    assert "cli" in _catalogs()


@pytest.mark.parametrize("name", _catalogs())
def test_every_message_exists_in_both_languages_with_the_same_placeholders(name: str) -> None:
    messages = i18n.catalog(name)
    assert messages
    for key, texts in messages.items():
        assert set(texts) == set(i18n.LANGUAGES), key
        assert all(texts[lang].strip() for lang in i18n.LANGUAGES), key
        assert _fields(texts["fr"]) == _fields(texts["en"]), key


@pytest.mark.parametrize("name", _catalogs())
def test_french_messages_are_set_with_french_punctuation(name: str, french: None) -> None:
    for key, texts in i18n.catalog(name).items():
        assert prose(texts["fr"]) == texts["fr"], key


def test_a_message_in_each_language(french: None) -> None:
    assert t("cli.errors.other", count=3) == "3 erreurs"
    i18n.use("en")
    assert t("cli.errors.other", count=3) == "3 errors"
