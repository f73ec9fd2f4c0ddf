"""How problems are printed: the line of each problem and the summary under them."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "field": {"fr": "{field}\u00a0: ", "en": "{field}: "},
    "warning": {"fr": "avertissement\u00a0: ", "en": "warning: "},
    "none": {"fr": "Aucun problème trouvé{checked}.", "en": "No problems found{checked}."},
    "counts": {"fr": "{errors}, {warnings}{checked}.", "en": "{errors}, {warnings}{checked}."},
    "errors.one": {"fr": "{count} erreur", "en": "{count} error(s)"},
    "errors.other": {"fr": "{count} erreurs", "en": "{count} error(s)"},
    "warnings.one": {"fr": "{count} avertissement", "en": "{count} warning(s)"},
    "warnings.other": {"fr": "{count} avertissements", "en": "{count} warning(s)"},
    "in_files.one": {"fr": " dans {count} fichier", "en": " in {count} file(s)"},
    "in_files.other": {"fr": " dans {count} fichiers", "en": " in {count} file(s)"},
}
