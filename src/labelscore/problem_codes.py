"""Every kind of problem labelscore reports, with its stable code and name.

Tests and users match the code (`LS201`) or the name (`unknown-key`), never the wording,
which may be improved or translated. A code is never reused for another kind of problem.
The README lists them all (a test checks it).
"""

from __future__ import annotations

from typing import NamedTuple


class Code(NamedTuple):
    code: str
    name: str
    summary: str


_ALL = (
    # Reading a file
    Code("LS101", "unreadable-file", "the file or folder cannot be read (permission, disk)"),
    Code("LS102", "not-a-file", "a pipe, device, socket, folder, broken link or loop of links"),
    Code("LS103", "file-too-large", "over 1,000,000 bytes (a score card: 20,000,000)"),
    Code(
        "LS104",
        "not-utf8",
        "not saved as UTF-8 (Latin-1, Windows-1252, UTF-16), or a workbook or office document",
    ),
    Code("LS105", "yaml-syntax", "the file cannot be read as YAML"),
    Code("LS106", "control-character", "an invisible control character (NUL, ESC...)"),
    Code("LS107", "format-character", "an invisible formatting character (bidi, zero-width)"),
    Code("LS108", "duplicate-key", "a key written twice"),
    Code("LS109", "anchor-or-alias", "a YAML anchor (&) or alias (*)"),
    Code("LS110", "tag", "a YAML tag (!!python/..., !!str)"),
    Code("LS111", "too-deep", "nested more than 32 levels"),
    Code("LS112", "too-many-values", "more values, items or fields than any edition needs"),
    Code("LS113", "cut-by-comment", "a value cut short by ' #', which starts a comment"),
    Code("LS114", "empty-file", "the file is empty or holds only comments"),
    Code("LS115", "not-a-mapping", "the file holds a list or a single value"),
    Code("LS116", "skipped-entry", "a subfolder or another file where YAML files are read"),
    Code(
        "LS117",
        "stacked-marks",
        "more than 30 combining marks on one letter (in a file, or in a comment on a score card)",
    ),
    Code("LS118", "more-problems", "the count of problems not listed for a file"),
    # A field of a file
    Code("LS201", "unknown-key", "a key the file format does not have"),
    Code("LS202", "missing-key", "a required key is missing"),
    Code("LS203", "wrong-type", "a number, text, list or group expected, something else found"),
    Code("LS204", "not-allowed", "a value that is not one of the allowed words"),
    Code("LS205", "out-of-range", "a number outside its bounds"),
    Code("LS206", "empty-value", "a value that must not be empty"),
    Code("LS207", "bad-identifier", "an id that is not lower-case letters, digits and dashes"),
    Code("LS208", "bad-code", "an INSEE code, SIREN, postal code or e-mail of the wrong form"),
    Code("LS209", "bad-date", "a date not written YYYY-MM-DD, or that does not exist"),
    Code("LS210", "decimal-comma", "a decimal comma (3,5) where a number is expected"),
    Code("LS211", "siren-check-digit", "a SIREN whose check digit is wrong"),
    Code("LS212", "insee-kind", "an INSEE code that does not fit the kind of territory"),
    Code("LS213", "missing-code", "neither an INSEE code nor a SIREN"),
    Code("LS214", "number-too-long", "a number of more than 640 digits, or too large"),
    Code("LS215", "scale", "a scale whose max is not above its min"),
    Code("LS216", "listed-twice", "a criterion, question, rule or vote listed twice"),
    Code("LS217", "impossible-rule", "a rule no application or award could meet"),
    Code("LS218", "invalid-value", "another value the file format does not accept"),
    Code("LS219", "thousands-separator", "a number written with a thousands separator (41 000)"),
    Code("LS220", "leading-zero-lost", "a code that lost its leading zero (1004 for 01004)"),
    # Across the files of an edition
    Code("LS301", "duplicate-id", "two categories or applications with the same id"),
    Code("LS302", "unknown-category", "a category that no criteria file defines"),
    Code("LS303", "duplicate-juror", "a juror listed twice in the roster or the assignments"),
    Code("LS304", "unknown-juror", "a score sheet or assignment of a juror not on the roster"),
    Code("LS305", "duplicate-sheet", "two score sheets for one juror"),
    Code(
        "LS306",
        "unknown-application",
        "a score, vote or assignment for an application that does not exist",
    ),
    Code("LS307", "scored-twice", "an application scored twice on one sheet"),
    Code(
        "LS308", "outside-categories", "a mark or assignment in a category the juror does not score"
    ),
    Code("LS309", "unknown-criterion", "a mark for a criterion the category does not have"),
    Code("LS310", "mark-outside-scale", "a mark outside its criterion's scale"),
    Code("LS311", "missing-mark", "a criterion left unmarked (warning)"),
    Code("LS312", "conflict-marks", "marks from a juror in conflict, which do not count (warning)"),
    Code("LS313", "too-few-jurors", "fewer jurors without a conflict than the rules need"),
    Code("LS314", "roster-missing", "no jury/roster.yaml"),
    Code("LS315", "unmatched-conflict", "a declared conflict that matches nothing"),
    Code("LS316", "unknown-code", "a declared code no applicant has (warning)"),
    Code("LS317", "panel-too-small", "a category with fewer jurors than minimum_jurors"),
    Code("LS318", "rules-warning", "rules that will leave labels unused (warning)"),
    Code("LS319", "vote-without-tie", "a jury vote for an application tied with no other"),
    Code("LS320", "wrong-category", "an application assigned under a category it is not in"),
    Code("LS321", "assigned-twice", "an application assigned twice to one juror"),
    Code("LS322", "assigned-in-conflict", "an application assigned to a juror in conflict with it"),
    Code("LS323", "not-assigned", "marks for an application not assigned to the juror (warning)"),
    Code("LS330", "sheet-alone", "a score sheet checked outside an edition (warning)"),
    Code("LS324", "conflict-on-card", "a conflict a juror declared on their card (warning)"),
    # Reading a juror's score card (labelscore collect)
    Code(
        "LS401",
        "card-unreadable",
        "a card that is not a workbook, or is damaged, or too large to be one",
    ),
    Code(
        "LS402",
        "card-not-a-card",
        "a workbook that is not a labelscore card, or from a newer version",
    ),
    Code("LS403", "card-other-edition", "a card made for another edition"),
    Code(
        "LS404",
        "card-unknown-juror",
        "a card for a juror not on the roster, or a second card of one juror",
    ),
    Code(
        "LS405",
        "card-out-of-date",
        "a card made before the rules, criteria, roster or assignment changed",
    ),
    Code("LS406", "card-sheet-missing", "a category sheet of the card renamed or deleted"),
    Code("LS407", "card-columns-edited", "the hidden row naming the card's columns was changed"),
    Code(
        "LS408",
        "card-heading-edited",
        "a column heading that no longer matches its column (warning)",
    ),
    Code("LS409", "card-unknown-row", "a row for an application not assigned to the juror there"),
    Code("LS410", "card-row-twice", "an application on two rows of a card"),
    Code(
        "LS411",
        "card-row-missing",
        "an assigned application's row deleted: counted as not marked (warning)",
    ),
    Code(
        "LS412", "card-not-a-number", "a mark that is text, a formula, an error, a date or a yes/no"
    ),
    Code("LS413", "card-mark-as-text", "a number stored as text, such as '7,5' (warning)"),
    Code("LS414", "card-mark-outside-scale", "a mark outside its criterion's scale"),
    Code("LS415", "card-conflict-value", "a conflict cell holding something else than 'oui'"),
    Code("LS416", "card-conflict-with-marks", "a conflict declared on a row that also has marks"),
    Code(
        "LS417",
        "card-comment-without-marks",
        "a comment on a row with no mark, which a sheet cannot keep",
    ),
    Code(
        "LS418",
        "card-would-replace",
        "marks on the juror's score sheet that the card would change or drop",
    ),
    Code(
        "LS419",
        "card-bad-text",
        "a comment with an invisible control character, or a formula, error value, date or "
        "yes/no where a comment is typed",
    ),
    Code("LS420", "card-partly-marked", "an application with some criteria marked (warning)"),
    Code(
        "LS421", "card-no-longer-assigned", "marks for an application no longer assigned (warning)"
    ),
)

CODES: dict[str, Code] = {code.code: code for code in _ALL}
BY_NAME: dict[str, Code] = {code.name: code for code in _ALL}


def code(name: str) -> str:
    """The stable code of a kind of problem, from its name (`unknown-key` -> `LS201`)."""
    return BY_NAME[name].code
