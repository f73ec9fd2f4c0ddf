"""The words of the jury, progress and assignment tables, and of the loading bar."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # labelscore jury
    "jury.title": {"fr": "Jurés", "en": "Jurors"},
    "jury.juror": {"fr": "Juré", "en": "Juror"},
    "jury.flag": {"fr": "Signal", "en": "Flag"},
    "jury.scored": {"fr": "Notés", "en": "Scored"},
    "jury.mean": {"fr": "Moy.", "en": "Mean"},
    "jury.spread": {"fr": "Écart", "en": "Spread"},
    "jury.leniency": {"fr": "Indulgence", "en": "Harsh | lenient"},
    "jury.correlation": {"fr": "r", "en": "r"},
    "jury.conflicts": {"fr": "Confl.", "en": "Confl."},
    "jury.missing": {"fr": "Manq.", "en": "Missing"},
    "jury.harsh": {"fr": "sévère", "en": "harsh"},
    "jury.lenient": {"fr": "indulgent", "en": "lenient"},
    "jury.caption": {
        "fr": "Indulgence\u00a0: écart moyen avec les autres jurés sur les mêmes candidatures "
        "(en points sur 100), négatif si sévère, positif si indulgent\u202f; signalé au-delà "
        "de ±{threshold} sur {shared} candidatures communes ou plus. r\u00a0: corrélation "
        "avec la moyenne des autres jurés. Manq.\u00a0: notes non données.",
        "en": "Leniency: mean gap to the other jurors on the same applications (0-100 "
        "points); flagged beyond ±{threshold} on {shared} shared applications or more. r: "
        "correlation with the other jurors' mean. Missing: marks left out.",
    },
    "agreement.title": {
        "fr": "Accord du jury\u00a0: alpha de Krippendorff (intervalles)",
        "en": "Agreement: Krippendorff's alpha (interval)",
    },
    "agreement.scope": {"fr": "Périmètre", "en": "Scope"},
    "agreement.raw": {"fr": "Notes brutes", "en": "Raw scores"},
    "agreement.normalised": {"fr": "Scores z", "en": "z-scores"},
    "agreement.edition": {"fr": "Toute l'édition", "en": "Whole edition"},
    # labelscore progress
    "progress.juror": {"fr": "Juré", "en": "Juror"},
    "progress.category": {"fr": "Catégorie", "en": "Category"},
    "progress.assigned": {"fr": "Confiées", "en": "Assigned"},
    "progress.marked": {"fr": "Notées", "en": "Marked"},
    "progress.missing": {"fr": "Manquantes", "en": "Missing"},
    "progress.conflicts": {"fr": "Confl.", "en": "Confl."},
    "progress.no_sheet": {"fr": " (pas de grille)", "en": " (no sheet)"},
    "progress.no_category": {"fr": "aucune catégorie", "en": "no category"},
    "progress.not_marked": {"fr": "Pas encore notées\u00a0:", "en": "Not marked yet:"},
    "progress.partly_marked": {
        "fr": "Notées en partie (un critère au moins sans note)\u00a0:",
        "en": "Partly marked (a criterion at least without a mark):",
    },
    "progress.all_marked.one": {
        "fr": "{count} note attendue, elle est là.",
        "en": "The {count} expected mark is in.",
    },
    "progress.all_marked.other": {
        "fr": "Les {count} notes attendues sont là.",
        "en": "All {count} expected marks are in.",
    },
    "progress.unfinished.one": {
        "fr": "{count} note attendue sur {assigned} manque encore, chez {jurors}.",
        "en": "{count} of {assigned} expected marks still missing, from {jurors}.",
    },
    "progress.unfinished.other": {
        "fr": "{count} notes attendues sur {assigned} manquent encore, chez {jurors}.",
        "en": "{count} of {assigned} expected marks still missing, from {jurors}.",
    },
    "progress.jurors.one": {"fr": "{count} juré", "en": "{count} juror"},
    "progress.jurors.other": {"fr": "{count} jurés", "en": "{count} jurors"},
    # the loading bar
    "loading": {"fr": "Lecture de l'édition", "en": "Reading the edition"},
}
