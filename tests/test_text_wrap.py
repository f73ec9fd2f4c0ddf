"""Lines wrap at spaces that may break, never at French no-break spaces."""

from __future__ import annotations

import io

from rich import _wrap as rich_wrap
from rich.text import Text

from labelscore.render.text import NO_BREAK, console


def _printed(text: str, width: int) -> list[str]:
    buffer = io.StringIO()
    console(buffer, width=width).print(Text(text))
    return buffer.getvalue().splitlines()


def test_rich_still_finds_words_with_the_pattern_we_replace() -> None:
    assert hasattr(rich_wrap, "re_word")
    console(io.StringIO())
    assert rich_wrap.re_word.pattern.startswith(f"[^\\S{NO_BREAK}]")


def test_no_line_breaks_at_a_no_break_space() -> None:
    # « ±20 % » and « : » each held to the word before them by a no-break space.
    sentence = "Poids ±20\u202f% (tous ensemble)\u00a0: son résultat tient dans les 64 essais"
    for width in range(12, 60):
        for line in _printed(sentence, width):
            assert not line.startswith(("%", ":")), (width, line)
            assert not line.rstrip().endswith(("±20", "ensemble)")), (width, line)


def test_ordinary_spaces_still_break() -> None:
    lines = _printed("un deux trois quatre cinq six sept huit neuf dix", 12)
    assert len(lines) > 1
    assert all(len(line) <= 12 for line in lines)
