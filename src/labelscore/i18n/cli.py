"""The command line's own words: options, help, messages and summaries."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "errors.one": {"fr": "{count} erreur", "en": "{count} error"},
    "errors.other": {"fr": "{count} erreurs", "en": "{count} errors"},
    "warnings.one": {"fr": "{count} avertissement", "en": "{count} warning"},
    "warnings.other": {"fr": "{count} avertissements", "en": "{count} warnings"},
    "lang": {
        "fr": "Langue des messages\u00a0: fr ou en (défaut\u00a0: LABELSCORE_LANG, puis la "
        "langue du système, sinon le français).",
        "en": "Language of the messages: fr or en (default: LABELSCORE_LANG, then the "
        "system's language, else French).",
    },
}
