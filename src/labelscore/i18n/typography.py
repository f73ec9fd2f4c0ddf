"""Numbers, dates and punctuation as French (or English) readers expect them.

French: a decimal comma, groups of three digits separated by a narrow no-break space
(U+202F, as CLDR has it since version 34) from four digits on (1 000 tirages, as CLDR
groups them and as the help writes the default), a no-break space (U+00A0) before « : » and a
narrow one before « ; ! ? », and inside « ». Written here rather than with the locale
module (a minimal system has no French locale) or Babel (its data costs more to load than
these lines).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from labelscore import i18n

NBSP = "\u00a0"
NNBSP = "\u202f"
MINUS = "\u2212"

MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def number(value: float, decimals: int | None = None, *, group: bool = True) -> str:
    """`value` with `decimals` digits after the mark (None: as few as give it back), in
    the current language: 1 234,5 in French, 1,234.5 in English. `group=False` for a
    number that someone may copy into a cell or a file."""
    if decimals is None:
        number_ = float(value)
        text = str(int(number_)) if number_.is_integer() else repr(number_)
        if "e" in text:
            text = f"{number_:.12f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:.{decimals}f}"
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    french = i18n.language() == "fr"
    if group and len(whole) > 3:
        separator = NNBSP if french else ","
        whole = f"{int(whole):,}".replace(",", separator)
    mark = "," if french else "."
    text = whole + (mark + fraction if fraction else "")
    if negative:
        text = (MINUS if french else "-") + text
    return text


def enumeration(items: Sequence[str]) -> str:
    """Items as a sentence lists them: « a, b et c » in French; in English joined by
    commas as the English messages always had them (a, b, c)."""
    if i18n.language() != "fr" or len(items) < 2:
        return ", ".join(items)
    return f"{', '.join(items[:-1])} et {items[-1]}"


def date(day: datetime.date) -> str:
    """4 mars 2011, or March 4, 2011."""
    if i18n.language() == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first}{NBSP}{MONTHS['fr'][day.month - 1]}{NBSP}{day.year}"
    return f"{MONTHS['en'][day.month - 1]} {day.day}, {day.year}"


_BEFORE_HIGH = re.compile(r"(?<![\u202f\u00a0]) ?([;!?])")
_BEFORE_COLON = re.compile(r"(?<=\S) ?:(?=\s|$)")


def prose(text: str) -> str:
    """French punctuation spaces in a sentence the tool wrote (never in data: ids, paths,
    times): a no-break space before « : », a narrow one before « ; ! ? » and inside « »."""
    if i18n.language() != "fr":
        return text
    text = _BEFORE_HIGH.sub(lambda m: NNBSP + m.group(1), text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = re.sub("«(?![\u202f\u00a0]) ?", "«" + NNBSP, text)
    return re.sub(" ?(?<![\u202f\u00a0])»", NNBSP + "»", text)
