"""What reading a file says: YAML and its characters (reading.strict_yaml, reading.text),
files and folders (reading.load), pydantic's errors in plain words (reading.messages and
the errors the models raise), the did-you-mean and the cap on problems (problems.py).

Imported only when a problem is shown: a file without one never loads this catalog.

Conventions of the French messages:
- a value the user wrote (a word, a key, a code, a number written wrongly) is quoted with
  « » and a narrow no-break space inside, « comme ceci », and kept exactly as written,
  even when it holds a » or an apostrophe (French apostrophes make '…' ambiguous); the
  English messages quote it with '…';
- what the user must type is written bare after « écrivez », as in English after "write"
  (écrivez 2009-03-12, écrivez 41000), numbers and dates in the form the file needs
  (a decimal point, YYYY-MM-DD): a fix is copied into the file as it stands;
- counts in prose (sizes, digits, lines) are French numbers (1 000 000 with narrow
  spaces, from the caller); the bounds of a field are written as in the file (0.001);
- a piece of YAML to copy (`nom: valeur`) is never part of a message's text, where
  French punctuation would put a space before its colon: it is a placeholder filled from
  FRAGMENTS;
- "YYYY-MM-DD" reads AAAA-MM-JJ, the French way of naming the same format;
- a sentence gives the fix after « ; » or « : », as the English does.

Errors the models raise (PydanticCustomError) are here under `error.<type>`, their English
the model's own template (a test checks that they agree); `error.<type>+<name>` is the
wording used when the error's context holds `name` (a date_format that knows the fix).
"""

from __future__ import annotations

from labelscore import i18n

FRAGMENTS: dict[str, dict[str, str]] = {
    "pair": {"fr": "nom: valeur", "en": "name: value"},
}
"""YAML to copy into a file, shown inside a message."""


def fragment(name: str) -> str:
    return FRAGMENTS[name][i18n.language()]


_Q = "\u00ab\u202f{}\u202f\u00bb"


def _q(inner: str) -> str:
    """« inner », with narrow no-break spaces (for writing this catalog)."""
    return _Q.format(inner)


_NOT_A_FILE_EN = "; only regular files are read"
_NOT_A_FILE_FR = "\u202f; seuls les fichiers ordinaires sont lus"
_MORE_ITEMS_EN = (
    "; at most {limit} are accepted (no file of an edition needs more): split the file or "
    "remove the extra lines"
)
_MORE_ITEMS_FR = (
    "\u202f; {limit} au plus sont acceptés (aucun fichier d'une édition n'en demande "
    "davantage)\u00a0: découpez le fichier ou supprimez les lignes en trop"
)
_YAML_EN = "the file cannot be read as YAML"
_YAML_FR = "le fichier ne peut pas être lu comme du YAML"

MESSAGES: dict[str, dict[str, str]] = {
    # --- quoting and words used inside other messages ---
    "quoted": {"fr": _q("{value}"), "en": "'{value}'"},
    "shown.empty": {"fr": "une valeur vide", "en": "an empty value"},
    "shown.none": {"fr": "aucune valeur", "en": "nothing"},
    "shown.group": {"fr": "un groupe de champs", "en": "a group of fields"},
    "shown.list": {"fr": "une liste", "en": "a list"},
    "listed": {"fr": "{items} ou {last}", "en": "{items} or {last}"},
    "line-of-key": {"fr": "{key} (ligne {line})", "en": "{key} (line {line})"},
    # --- problems.py ---
    "did-you-mean": {
        "fr": "\u202f; vouliez-vous dire " + _q("{word}") + "\u202f?",
        "en": "; did you mean '{word}'?",
    },
    "more-problems.one": {
        "fr": "{count} autre problème de ce fichier n'est pas listé\u202f; corrigez ceux-ci, "
        "puis vérifiez de nouveau",
        "en": "{count} more problem in this file is not listed; fix these and check again",
    },
    "more-problems.other": {
        "fr": "{count} autres problèmes de ce fichier ne sont pas listés\u202f; corrigez "
        "ceux-ci, puis vérifiez de nouveau",
        "en": "{count} more problems in this file are not listed; fix these and check again",
    },
    # --- reading.strict_yaml ---
    "empty-file": {
        "fr": "le fichier est vide (ou ne contient que des commentaires)",
        "en": "the file is empty (or holds only comments)",
    },
    "too-many-values": {
        "fr": "ce fichier contient plus de {limit} valeurs (clés, valeurs et éléments de "
        "liste)\u202f; aucun fichier d'une édition n'en demande autant\u00a0: découpez-le ou "
        "supprimez les lignes en trop",
        "en": "this file holds more than {limit} values (keys, values and list items); no file "
        "of an edition needs as many: split it or remove the extra lines",
    },
    "too-many-items.list": {
        "fr": "cette liste contient {count} éléments" + _MORE_ITEMS_FR,
        "en": "this list holds {count} items" + _MORE_ITEMS_EN,
    },
    "too-many-items.group": {
        "fr": "ce groupe contient {count} champs" + _MORE_ITEMS_FR,
        "en": "this group holds {count} fields" + _MORE_ITEMS_EN,
    },
    "too-deep": {
        "fr": "imbriqué sur plus de {depth} niveaux\u202f; mettez moins de niveaux",
        "en": "nested more than {depth} levels deep",
    },
    "aliases": {
        "fr": "{count} alias YAML (" + _q("*") + ") dans ce fichier\u202f; écrivez chaque "
        "valeur en entier",
        "en": "{count} YAML aliases ('*') in this file; write each value out",
    },
    "alias": {
        "fr": _q("*{anchor}") + " renvoie à une autre partie du fichier (un alias YAML)"
        "\u202f; écrivez la valeur en entier",
        "en": "'*{anchor}' refers to another part of the file (a YAML alias); write the value "
        "out in full",
    },
    "anchor": {
        "fr": _q("&{anchor}") + " (une ancre YAML) n'est pas accepté\u202f; supprimez-le",
        "en": "'&{anchor}' (a YAML anchor) is not allowed; remove it",
    },
    "tag": {
        "fr": "l'étiquette YAML " + _q("{tag}") + " n'est pas acceptée\u202f; supprimez-la et "
        "écrivez la valeur seule",
        "en": "the tag '{tag}' is not allowed; remove it and write the plain value",
    },
    "cut-by-comment": {
        "fr": "la valeur s'arrête à " + _q("{value}") + ", car un " + _q("#") + " précédé "
        "d'une espace commence un commentaire\u202f; mettez toute la valeur entre guillemets",
        "en": "the value stops at '{value}' because ' #' starts a comment; put the whole value "
        "in quotes",
    },
    "cut-by-comment.next-line": {
        "fr": "la valeur s'arrête à " + _q("{value}") + ", car le " + _q("#") + " qui ouvre "
        "la ligne {line} commence un commentaire\u202f; mettez toute la valeur entre guillemets "
        "(pour un commentaire, écrivez une espace après " + _q("#") + ")",
        "en": "the value stops at '{value}' because the '#' that starts line {line} starts a "
        "comment; put the whole value in quotes (for a comment, write a space after '#')",
    },
    "key-not-plain": {
        "fr": "une clé doit être un simple mot",
        "en": "a key must be a plain word",
    },
    "duplicate-key": {
        "fr": _q("{key}") + " est écrit deux fois, ligne {first} et ligne {line}\u202f; "
        "n'en gardez qu'un",
        "en": "'{key}' is written twice, on line {first} and line {line}; keep only one",
    },
    "file-too-large": {
        "fr": "le fichier dépasse {limit} octets ({size} octets)\u202f; raccourcissez-le ou "
        "découpez-le",
        "en": "the file is larger than {limit} bytes ({size} bytes); shorten it or split it",
    },
    "control-character.file": {
        "fr": "le fichier contient ici un caractère de contrôle invisible ({code})\u202f; "
        "supprimez-le",
        "en": "the file holds an invisible control character ({code}) here; delete it",
    },
    "yaml-error": {
        "fr": "impossible de lire le YAML\u00a0: {error}",
        "en": "cannot read YAML: {error}",
    },
    # --- reading.text ---
    "format-character": {
        "fr": "un caractère de mise en forme invisible ({name}) se trouve ici\u00a0: il peut "
        "faire paraître le texte autre qu'il n'est\u202f; supprimez-le",
        "en": "an invisible formatting character ({name}) is here: it can make the text look "
        "different from what it says; delete it",
    },
    "stacked-marks": {
        "fr": "{count} signes diacritiques (accents ou autres signes) sont empilés ici sur une "
        "seule lettre\u202f; {limit} au plus sont acceptés\u00a0: supprimez ceux en trop",
        "en": "{count} combining marks (accents or other signs) are stacked here on one "
        "letter; at most {limit} are accepted: delete the extra ones",
    },
    "utf16": {
        "fr": "ce fichier est enregistré en UTF-16\u202f; ouvrez-le et enregistrez-le de "
        "nouveau en UTF-8",
        "en": "this file is saved as UTF-16; open it and save it again as UTF-8",
    },
    "not-utf8": {
        "fr": "ce fichier n'est pas enregistré en UTF-8 (octet 0x{byte} ici\u202f; on dirait "
        "du Latin-1 ou du Windows-1252)\u00a0: ouvrez-le et enregistrez-le de nouveau en UTF-8",
        "en": "this file is not saved as UTF-8 (byte 0x{byte} here; it looks like Latin-1 or "
        "Windows-1252): open it and save it again as UTF-8",
    },
    "office-file": {
        "fr": "ce fichier est un classeur ou un document bureautique (XLSX, ODS, XLS, DOCX…), "
        "pas un fichier YAML\u00a0: une carte de notation se relève avec labelscore collect, "
        "pas labelscore validate",
        "en": "this file is a workbook or an office document (XLSX, ODS, XLS, DOCX...), not a "
        "YAML file: a score card is read back with labelscore collect, not labelscore validate",
    },
    "yaml-syntax.hint": {"fr": _YAML_FR + "\u00a0: {hint}", "en": _YAML_EN + ": {hint}"},
    "yaml-syntax.raw": {"fr": _YAML_FR + " ({raw})", "en": _YAML_EN + " ({raw})"},
    "syntax.tab-here": {
        "fr": "une tabulation est utilisée ici\u202f; indentez avec des espaces uniquement",
        "en": "a tab is used here; indent with spaces only",
    },
    "syntax.tab-indent": {
        "fr": "une tabulation sert à indenter\u202f; indentez avec des espaces uniquement",
        "en": "a tab is used for indentation; indent with spaces only",
    },
    "syntax.colon-in-value": {
        "fr": "une valeur contient un deux-points suivi d'une espace, ou une clé est mal "
        "indentée\u202f; mettez la valeur entre guillemets",
        "en": "a value contains ': ' or a key is badly indented; put the value in quotes",
    },
    "syntax.dash-no-space": {
        "fr": "un élément de liste s'écrit avec une espace après son tiret\u00a0: écrivez "
        + _q("{fixed}"),
        "en": "a list item needs a space after its dash: write '{fixed}'",
    },
    "syntax.no-colon": {
        "fr": "il manque son deux-points à une ligne, ou elle est mal indentée",
        "en": "a line is missing its ':' or is badly indented",
    },
    "syntax.quote-never-closed": {
        "fr": "un guillemet est ouvert et jamais fermé\u202f; vérifiez les guillemets de cette "
        "ligne",
        "en": "a quote is opened and never closed; check the quotes on this line",
    },
    "syntax.backslash": {
        "fr": "une barre oblique inverse entre guillemets doubles\u202f; utilisez des "
        "apostrophes droites à la place",
        "en": "a backslash in double quotes; use single quotes",
    },
    "syntax.indent-or-quote": {
        "fr": "une ligne est mal indentée, ou un guillemet n'est pas fermé",
        "en": "a line is badly indented or a quote is not closed",
    },
    "syntax.control-character": {
        "fr": "le fichier contient un caractère de contrôle invisible",
        "en": "the file holds an invisible control character",
    },
    "syntax.comment-in-flow": {
        "fr": "dans [...] ou {...}, un " + _q("#") + " précédé d'une espace commence un "
        "commentaire, qui cache la fin de la ligne\u202f; mettez la valeur entre guillemets",
        "en": "' #' inside [...] or {...} starts a comment, which hides the rest of the "
        "line; put the value in quotes",
    },
    "syntax.double-quote-open": {
        "fr": "le guillemet \" ouvert à la ligne {line} n'est jamais fermé",
        "en": 'the " opened on line {line} is not closed',
    },
    "syntax.apostrophe": {
        "fr": "à la ligne {line}, une apostrophe ferme trop tôt le texte entre apostrophes"
        "\u202f; dans '...', doublez-la ('') ou mettez le texte entre guillemets doubles",
        "en": "on line {line} an apostrophe ends the quoted text too early; inside '...' "
        "write it twice ('') or put the text in double quotes",
    },
    # --- reading.load ---
    "not-a-file.folder": {
        "fr": "c'est un dossier, pas un fichier" + _NOT_A_FILE_FR,
        "en": "this is a folder, not a file" + _NOT_A_FILE_EN,
    },
    "not-a-file.fifo": {
        "fr": "c'est un tube nommé (FIFO), pas un fichier" + _NOT_A_FILE_FR,
        "en": "this is a named pipe (FIFO), not a file" + _NOT_A_FILE_EN,
    },
    "not-a-file.device": {
        "fr": "c'est un périphérique, pas un fichier" + _NOT_A_FILE_FR,
        "en": "this is a device, not a file" + _NOT_A_FILE_EN,
    },
    "not-a-file.socket": {
        "fr": "c'est une socket, pas un fichier" + _NOT_A_FILE_FR,
        "en": "this is a socket, not a file" + _NOT_A_FILE_EN,
    },
    "not-a-file.other": {
        "fr": "ce n'est pas un fichier ordinaire" + _NOT_A_FILE_FR,
        "en": "this is not a regular file" + _NOT_A_FILE_EN,
    },
    "link-loop": {
        "fr": "ce lien ramène à lui-même (une boucle de liens symboliques)\u202f; corrigez-le "
        "ou supprimez-le",
        "en": "this link leads back to itself (a loop of symbolic links); fix or remove it",
    },
    "no-such-file": {
        "fr": "le fichier n'existe pas (ou plus)",
        "en": "the file does not exist (any more)",
    },
    "dangling-link": {
        "fr": "ce lien pointe vers " + _q("{target}") + ", qui n'existe pas\u202f; corrigez-le "
        "ou supprimez-le",
        "en": "this link points to '{target}', which does not exist; fix or remove it",
    },
    "permission-denied": {
        "fr": "permission refusée\u00a0: vous n'avez pas le droit de lire ceci\u202f; demandez "
        "l'accès à son propriétaire",
        "en": "permission denied: you are not allowed to read this; ask its owner for access",
    },
    "cannot-read": {
        "fr": "impossible de lire ceci\u00a0: {reason}",
        "en": "cannot read this: {reason}",
    },
    "not-a-mapping.list": {
        "fr": "le fichier contient une liste\u202f; attendu\u00a0: des lignes " + _q("{pair}"),
        "en": "the file holds a list; expected '{pair}' lines",
    },
    "not-a-mapping.scalar": {
        "fr": "le fichier contient une seule valeur\u202f; attendu\u00a0: des lignes "
        + _q("{pair}"),
        "en": "the file holds a single value; expected '{pair}' lines",
    },
    "not-a-folder": {
        "fr": "ceci devrait être un dossier de fichiers .yaml",
        "en": "this should be a folder of .yaml files",
    },
    "skipped-folder": {
        "fr": "ce dossier n'est pas lu\u00a0: les fichiers de {name}/ sont lus dans {name}/ "
        "même, pas dans ses sous-dossiers\u202f; remontez-les d'un niveau",
        "en": "this folder is not read: the files of {name}/ are read from {name}/ itself, not "
        "from its subfolders; move them up",
    },
    "skipped-file": {
        "fr": "ce fichier n'est pas lu\u00a0: seuls les fichiers .yaml et .yml le sont\u202f; "
        "renommez-le si c'en est un",
        "en": "this file is not read: only .yaml and .yml files are; rename it if it is one",
    },
    "roster-missing": {
        "fr": "la liste des jurés est absente",
        "en": "the jury roster is missing",
    },
    "not-an-edition": {
        "fr": "{folder} n'est pas le dossier d'une édition\u00a0: il n'y a pas de {file}",
        "en": "{folder} is not an edition folder: no {file}",
    },
    "no-such-folder": {
        "fr": "il n'y a pas de dossier " + _q("{folder}") + "\u00a0: donnez le dossier d'une "
        "édition (celui qui a un labelscore.yaml)",
        "en": "there is no folder '{folder}': give an edition's folder (the one with a "
        "labelscore.yaml)",
    },
    "edition-is-a-file": {
        "fr": "{folder} est un fichier, pas un dossier\u00a0: donnez le dossier de l'édition, "
        "celui qui a le {file}",
        "en": "{folder} is a file, not a folder: give the edition's folder, the one with the "
        "{file}",
    },
    "current-folder": {"fr": "le dossier courant", "en": "the current folder"},
    "edition-above": {
        "fr": "\u202f; l'édition est sans doute le dossier {edition}\u00a0: lancez la commande "
        "depuis celui-ci, ou donnez-le-lui",
        "en": "; the edition is probably the folder {edition}: run the command from there, or "
        "give it that folder",
    },
    # --- reading.messages: pydantic's own errors ---
    "missing": {
        "fr": "le champ " + _q("{field}") + " est absent\u202f; il est obligatoire\u00a0: "
        "ajoutez-le",
        "en": "'{field}' is missing; this field is required",
    },
    "unknown-key": {
        "fr": "champ inconnu " + _q("{key}"),
        "en": "unknown field '{key}'",
    },
    "unknown-key.space": {
        "fr": "champ inconnu " + _q("{key}") + "\u00a0: son nom finit par une espace "
        "invisible\u202f; supprimez l'espace avant le deux-points",
        "en": "unknown field '{key}': it ends with an invisible space; delete the space before ':'",
    },
    "unknown-key.expected": {
        "fr": "champ inconnu " + _q("{key}") + "\u202f; les champs possibles sont\u00a0: {fields}",
        "en": "unknown field '{key}'; expected one of: {fields}",
    },
    "number.too-long": {
        "fr": "{value} est un nombre de {digits} chiffres\u202f; un nombre a au plus {limit} "
        "chiffres",
        "en": "{value} is a number of {digits} digits; a number has at most {limit} digits",
    },
    "number.thousands": {
        "fr": "{value} est écrit avec un séparateur de milliers\u00a0: écrivez {plain}",
        "en": "{value} is written with a thousands separator: write {plain}",
    },
    "number.not-whole": {
        "fr": "{value} n'est pas un nombre entier\u00a0: écrivez {joined} (sans séparateur de "
        "milliers) si c'est bien ce nombre",
        "en": "{value} is not a whole number: write {joined} (no thousands separator) if that "
        "is what you meant",
    },
    "number.decimal-comma": {
        "fr": "{value} est écrit avec une virgule décimale\u00a0: écrivez {fixed}",
        "en": "{value} uses a decimal comma: write {fixed}",
    },
    "number.whole": {"fr": "un nombre entier, comme 12", "en": "a whole number, like 12"},
    "number.any": {"fr": "un nombre, comme 12 ou 3.5", "en": "a number, like 12 or 3.5"},
    "expected": {
        "fr": "attendu\u00a0: {expected}\u202f; trouvé\u00a0: {found}",
        "en": "expected {expected}; found {found}",
    },
    "expected.dotted-thousands": {
        "fr": "attendu\u00a0: {expected}\u202f; trouvé\u00a0: {found}. Si le point sépare "
        "les milliers, écrivez {fixed}",
        "en": "expected {expected}; found {found}: if the dot separates thousands, write {fixed}",
    },
    "number.too-large": {
        "fr": "{value} est un nombre trop grand pour être lu (au-delà de 10^308)\u202f; écrivez "
        "la valeur voulue",
        "en": "{value} is too large a number to be read (beyond 10^308); write the value meant",
    },
    "expected.text": {
        "fr": "attendu\u00a0: du texte\u202f; trouvé\u00a0: {found}",
        "en": "expected text; found {found}",
    },
    "expected.bool": {
        "fr": "attendu\u00a0: true ou false\u202f; trouvé\u00a0: {found}",
        "en": "expected true or false; found {found}",
    },
    "expected.list": {
        "fr": "attendu\u00a0: une liste (un élément par ligne, précédé d'un tiret)\u202f; "
        "trouvé\u00a0: {found}",
        "en": "expected a list (one '- ' line per item); found {found}",
    },
    "expected.group": {
        "fr": "attendu\u00a0: un groupe de lignes " + _q("{pair}") + "\u202f; trouvé\u00a0: "
        "{found}",
        "en": "expected a group of '{pair}' lines; found {found}",
    },
    "not-allowed": {
        "fr": "{written} n'est pas accepté ici\u202f; écrivez l'une de ces valeurs\u00a0: "
        "{accepted}",
        "en": "{written} is not allowed here; write one of: {accepted}",
    },
    "not-allowed.meant": {
        "fr": "{written} n'est pas accepté ici\u202f; vouliez-vous dire "
        + _q("{hint}")
        + "\u202f? Écrivez l'une de ces valeurs\u00a0: {accepted}",
        "en": "{written} is not allowed here; did you mean '{hint}'? Write one of: {accepted}",
    },
    "not-allowed.french": {
        "fr": "{canonical} (ou en français\u00a0: {french})",
        "en": "{canonical} (in French: {french})",
    },
    "not-empty": {"fr": "ne doit pas être vide", "en": "must not be empty"},
    "range.greater_than": {
        "fr": "doit être supérieur à {limit}\u202f; trouvé\u00a0: {found}",
        "en": "must be greater than {limit}; found {found}",
    },
    "range.greater_than_equal": {
        "fr": "doit valoir au moins {limit}\u202f; trouvé\u00a0: {found}",
        "en": "must be at least {limit}; found {found}",
    },
    "range.less_than": {
        "fr": "doit être inférieur à {limit}\u202f; trouvé\u00a0: {found}",
        "en": "must be less than {limit}; found {found}",
    },
    "range.less_than_equal": {
        "fr": "doit valoir au plus {limit}\u202f; trouvé\u00a0: {found}",
        "en": "must be at most {limit}; found {found}",
    },
    # pydantic's own messages that reading.messages passes on (English: pydantic's words)
    "error.date_type": {
        "fr": "ce n'est pas une date\u00a0: écrivez-la AAAA-MM-JJ (par exemple 2010-03-15)",
        "en": "Input should be a valid date",
    },
    # --- the errors the models raise (PydanticCustomError): English as in the model ---
    "error.control_character": {
        "fr": "contient un caractère {what} invisible ({code})\u202f; supprimez-le et "
        "retapez le texte",
        "en": "contains an invisible {what} character ({code}); delete it and retype",
    },
    "character.control": {"fr": "de contrôle", "en": "control"},
    "character.formatting": {"fr": "de mise en forme", "en": "formatting"},
    "error.identifier": {
        "fr": _q("{value}") + " n'est pas un identifiant valide\u00a0: utilisez des lettres "
        "minuscules sans accents, des chiffres et des tirets (par exemple "
        + _q("brest-internet-pour-tous")
        + ")",
        "en": "'{value}' is not a valid identifier: use lower-case letters without accents, "
        "digits and dashes (for example 'brest-internet-pour-tous')",
    },
    "error.identifier+fixed": {
        "fr": _q("{value}") + " n'est pas un identifiant valide\u00a0: utilisez des lettres "
        "minuscules sans accents, des chiffres et des tirets\u202f; écrivez {fixed}",
        "en": "'{value}' is not a valid identifier: use lower-case letters without accents, "
        "digits and dashes; write {fixed}",
    },
    "error.leading_zero": {
        "fr": _q("{value}") + " a perdu son zéro initial (les tableurs le suppriment)\u00a0: "
        "écrivez {fixed}",
        "en": "'{value}' has lost its leading zero (spreadsheets drop it): write {fixed}",
    },
    "error.code_format": {
        "fr": _q("{value}") + " n'est pas {what} (par exemple {example})",
        "en": "'{value}' is not a valid {what} (for example {example})",
    },
    "code.postal_code.what": {
        "fr": "un code postal valide (5 chiffres)",
        "en": "postal code (5 digits)",
    },
    "code.postal_code.example": {"fr": _q("01000"), "en": "'01000'"},
    "code.siren.what": {
        "fr": "un numéro SIREN valide (9 chiffres)",
        "en": "SIREN number (9 digits)",
    },
    "code.siren.example": {"fr": _q("242900314"), "en": "'242900314'"},
    "code.insee.what": {"fr": "un code INSEE valide", "en": "INSEE code"},
    "code.insee.example": {
        "fr": _q("29019")
        + " pour une commune, "
        + _q("2A004")
        + " en Corse, "
        + _q("29")
        + " pour un département",
        "en": "'29019' for a commune, '2A004' in Corsica, '29' for a département",
    },
    "code.email.what": {"fr": "une adresse électronique valide", "en": "e-mail address"},
    "code.email.example": {"fr": _q("nom@ville.fr"), "en": "'nom@ville.fr'"},
    "error.date_value": {
        "fr": _q("{value}") + " n'est pas une date qui existe\u202f; vérifiez le jour et le mois",
        "en": "'{value}' is not a real date",
    },
    "error.date_value+written": {
        "fr": _q("{value}") + " n'est pas une date qui existe\u202f; vérifiez le jour et le mois, "
        "et écrivez-la AAAA-MM-JJ (par exemple 2010-03-15)",
        "en": "'{value}' is not a real date; check the day and the month, and write it "
        "YYYY-MM-DD (for example 2010-03-15)",
    },
    "error.date_format": {
        "fr": _q("{value}") + " n'est pas une date écrite AAAA-MM-JJ (par exemple 2010-03-15)",
        "en": "'{value}' is not a date written YYYY-MM-DD (for example 2010-03-15)",
    },
    "error.date_format+fixed": {
        "fr": _q("{value}") + " n'est pas écrit AAAA-MM-JJ\u00a0: écrivez {fixed}",
        "en": "'{value}' is not written YYYY-MM-DD: write {fixed}",
    },
    "error.missing_code": {
        "fr": "indiquez un code INSEE ("
        + _q("insee")
        + ") ou un numéro SIREN ("
        + _q("siren")
        + ")",
        "en": "give an INSEE code ('insee') or a SIREN number ('siren')",
    },
    "error.insee_kind": {
        "fr": _q("{value}") + " ne convient pas pour {kind}, qui demande {shape}",
        "en": "'{value}' does not fit a {kind}: expected {shape}",
    },
    "insee.commune.kind": {"fr": "une commune", "en": "commune"},
    "insee.commune.shape": {
        "fr": "5 caractères, comme " + _q("29019") + " ou " + _q("2A004"),
        "en": "5 characters, such as '29019' or '2A004'",
    },
    "insee.département.kind": {"fr": "un département", "en": "département"},
    "insee.département.shape": {
        "fr": "2 ou 3 caractères, comme " + _q("29") + ", " + _q("2A") + " ou " + _q("974"),
        "en": "2 or 3 characters, such as '29', '2A' or '974'",
    },
    "insee.région.kind": {"fr": "une région", "en": "région"},
    "insee.région.shape": {"fr": "2 chiffres, comme " + _q("53"), "en": "2 digits, such as '53'"},
    "error.siren_checksum": {
        "fr": _q("{value}") + " n'est pas un numéro SIREN valide (sa clé de contrôle est "
        "fausse\u202f; un chiffre est sans doute mal tapé)",
        "en": "'{value}' is not a valid SIREN number (its check digit is wrong; a digit is "
        "probably mistyped)",
    },
    "error.scale_order": {
        "fr": "max ({max}) doit être supérieur à min ({min})",
        "en": "max ({max}) must be greater than min ({min})",
    },
    "error.scale_span": {
        "fr": "l'échelle de {min} à {max} est trop étroite\u00a0: mettez max au moins {span} "
        "au-dessus de min (ou notez sur une échelle plus large, comme de 0 à 10)",
        "en": "the scale from {min} to {max} is too narrow: make max at least {span} above min "
        "(or mark on a wider scale, such as 0 to 10)",
    },
    "error.duplicate_criterion": {
        "fr": "le critère " + _q("{id}") + " figure deux fois\u202f; donnez à chaque critère "
        "son propre identifiant",
        "en": "criterion '{id}' is listed twice",
    },
    "error.listed_twice": {
        "fr": _q("{item}") + " figure déjà dans la liste (élément {first})\u202f; {fix}",
        "en": "'{item}' is already listed (item {first} of this list); {fix}",
    },
    "listed-twice.tie_break": {
        "fr": "une règle ne départage plus rien la seconde fois\u00a0: supprimez celle-ci ou "
        "écrivez-en une autre (realised, median, top_criterion ou jurors)",
        "en": "a rule settles nothing the second time: remove this one or write another rule "
        "(realised, median, top_criterion or jurors)",
    },
    "listed-twice.jury_order": {
        "fr": "l'ordre du jury donne une seule place à chaque candidature\u00a0: gardez-la là "
        "où le vote l'a mise et supprimez l'autre",
        "en": "the jury's order gives each application one place: keep it where the vote put "
        "it and remove the other",
    },
    "error.listed_twice+id": {
        "fr": "la question " + _q("{id}") + " figure déjà (question {first})\u202f; donnez à "
        "chaque question son propre identifiant",
        "en": "question '{id}' is already listed (question {first}); give each question its own id",
    },
    "error.preselection_test": {
        "fr": "dites comment la question reçoit sa réponse avec un seul des champs "
        + _q("status")
        + ", "
        + _q("indicator_kinds")
        + " ou "
        + _q("filled")
        + " (trouvés\u00a0: {count})",
        "en": "say how the question is answered with exactly one of 'status', "
        "'indicator_kinds' or 'filled' (found {count})",
    },
    "error.empty_question": {
        "fr": "une liste vide répond non pour toutes les candidatures\u202f; indiquez au moins "
        "l'une de ces valeurs\u00a0: {choices}, ou supprimez la question",
        "en": "an empty list answers no for every application; list at least one of: "
        "{choices}, or remove the question",
    },
    "error.preselection_impossible": {
        "fr": "at_least vaut {at_least}, mais {there}\u00a0: aucune candidature ne pourrait "
        "passer le premier tour\u202f; {fix}",
        "en": "at_least is {at_least} but {there}: no application could pass round 1; {fix}",
    },
    "questions.none": {"fr": "il n'y a aucune question", "en": "there is no question"},
    "questions.one": {"fr": "il n'y a qu'une question", "en": "there is only 1 question"},
    "questions.other": {
        "fr": "il n'y a que {count} questions",
        "en": "there are only {count} questions",
    },
    "questions.fix-none": {
        "fr": "mettez at_least à 0, ou listez des questions sous " + _q("criteria"),
        "en": "set 'at_least: 0' or list questions under 'criteria'",
    },
    "questions.fix": {
        "fr": "ramenez at_least à {count} au plus, ou ajoutez des questions",
        "en": "lower at_least to {count} at most, or add questions",
    },
    "error.quota_order": {
        "fr": "per_category\u00a0: max ({max}) est inférieur à min ({min})\u202f; relevez max "
        "ou abaissez min",
        "en": "per_category: max ({max}) is below min ({min})",
    },
    "error.decimal_comma": {
        "fr": _q("{value}") + " est écrit avec une virgule décimale\u00a0: écrivez {fixed}",
        "en": "'{value}' uses a decimal comma: write {fixed}",
    },
}
