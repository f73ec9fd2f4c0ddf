"""How problems are printed: the line of each problem and the summary under them."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "field": {"fr": "{field}\u00a0: ", "en": "{field}: "},
    "warning": {"fr": "avertissement\u00a0: ", "en": "warning: "},
    "none": {"fr": "Aucun problème trouvé{checked}.", "en": "No problems found{checked}."},
    "counts": {"fr": "{errors}, {warnings}{checked}.", "en": "{errors}, {warnings}{checked}."},
    "errors.one": {"fr": "{count} erreur", "en": "{count} error"},
    "errors.other": {"fr": "{count} erreurs", "en": "{count} errors"},
    "warnings.one": {"fr": "{count} avertissement", "en": "{count} warning"},
    "warnings.other": {"fr": "{count} avertissements", "en": "{count} warnings"},
    "in_files.one": {"fr": " dans {count} fichier", "en": " in {count} file"},
    "in_files.other": {"fr": " dans {count} fichiers", "en": " in {count} files"},
}
