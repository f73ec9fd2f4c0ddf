"""Why a returned score card cannot be read as a workbook (labelscore.reading.cards), LS401.

Each message says what the file is and what to do about it: a file that is no card (a
PDF, an old .xls) is not corrected but replaced by the card itself. The English texts are
those the reader wrote before they were translated.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "empty": {
        "fr": "ce fichier est vide (0 octet)\u202f; demandez au juré de renvoyer sa carte",
        "en": "this file is empty (0 bytes); ask the juror to send the card again",
    },
    "not_a_workbook": {
        "fr": "ce n'est pas un classeur (.xlsx ou .ods)\u202f; demandez au juré la carte elle-même",
        "en": "it is not a workbook (.xlsx or .ods); send the card itself",
    },
    "old_excel": {
        "fr": "c'est un ancien classeur Excel 97-2003 (.xls)\u202f; ouvrez-le et "
        "enregistrez-le au format .xlsx",
        "en": "it is an old Excel 97-2003 workbook (.xls); open it and save it as .xlsx",
    },
    "damaged": {
        "fr": "le classeur est endommagé ({error})\u202f; demandez de nouveau la carte au juré",
        "en": "the workbook is damaged ({error}); ask for the card again",
    },
    "zip_without_workbook": {
        "fr": "c'est une archive ZIP, mais pas un classeur (pas de xl/workbook.xml)\u202f; "
        "demandez au juré la carte elle-même",
        "en": "it is a ZIP archive, but no workbook (no xl/workbook.xml)",
    },
    "ods_without_content": {
        "fr": "c'est un fichier OpenDocument sans contenu (pas de content.xml)\u202f; "
        "demandez de nouveau la carte au juré",
        "en": "it is an OpenDocument file without content (no content.xml)",
    },
    "too_many_parts": {
        "fr": "l'archive contient {count} parties, là où une carte en a une vingtaine\u202f; "
        "ce n'est pas une carte faite par labelscore",
        "en": "the archive holds {count} parts; a card has about 20",
    },
    "too_big_unpacked": {
        "fr": "une fois décompressée, la carte occuperait {size} octets, là où une carte en "
        "occupe bien moins\u202f; ce n'est pas une carte faite par labelscore",
        "en": "the card would take {size} bytes once unpacked; a card takes far less",
    },
    "xml_entities": {
        "fr": "{name}, dans la carte, déclare des entités XML, ce que ne fait jamais une "
        "carte\u202f; ce n'est pas une carte faite par labelscore",
        "en": "{name} inside the card declares XML entities; a card never does",
    },
    "beyond": {
        "fr": "{what} au-delà de la ligne {rows} ou de la colonne {columns}, où aucune carte "
        "n'a rien\u202f; ce n'est pas une carte faite par labelscore (faites-en une nouvelle "
        "avec labelscore cards)",
        "en": "{what} lies beyond row {rows} or column {columns}, where no card has "
        "anything; this is not a card labelscore wrote (make a new one with labelscore cards)",
    },
    "beyond.size": {
        "fr": "l'onglet «\u202f{sheet}\u202f» déclare une taille qui s'étend",
        "en": "the sheet '{sheet}' declares a size that",
    },
    "beyond.cell": {
        "fr": "une cellule de l'onglet «\u202f{sheet}\u202f» se trouve",
        "en": "a cell of the sheet '{sheet}'",
    },
    "beyond.row": {
        "fr": "une ligne de l'onglet «\u202f{sheet}\u202f» se trouve",
        "en": "a row of the sheet '{sheet}'",
    },
    "cannot_read": {
        "fr": "le classeur ne peut pas être lu ({error})\u202f; ouvrez la carte, "
        "enregistrez-la de nouveau au format .xlsx, puis relevez-la de nouveau",
        "en": "the workbook cannot be read ({error})",
    },
    "reader_stopped": {
        "fr": "le lecteur de classeurs n'a pas pu la lire (il s'est arrêté, ou a pris trop "
        "de temps)\u202f; ouvrez la carte, enregistrez-la de nouveau au format .xlsx, puis "
        "relevez-la de nouveau",
        "en": "the spreadsheet reader could not read it (it stopped or took too long); "
        "open the card, save it again as .xlsx, and collect it again",
    },
}
