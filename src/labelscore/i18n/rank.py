"""The words of `labelscore rank`, `labelscore explain` and `labelscore assign --dry-run`.

The English texts are those the commands wrote before they were translated (the golden
outputs hold them byte for byte). In French an application is « une candidature »: the
words about it agree with it (« labellisée », « non classée »). Ids, codes and titles are
data and are shown as written; numbers go through `typography.number`.
"""

from __future__ import annotations

NB = "\u00a0"

MESSAGES: dict[str, dict[str, str]] = {
    # Words used in several places
    "zone.sure": {"fr": "sûr", "en": "sure"},
    "zone.close_call": {"fr": "serré", "en": "close call"},
    "zone.out": {"fr": "improbable", "en": "out"},
    "percent": {"fr": "{value}\u202f%", "en": "{value}%"},
    "raw_scores": {"fr": "notes brutes", "en": "raw scores"},
    "z_scores": {"fr": "scores z", "en": "z-scores"},
    "aggregate.mean": {"fr": "moyenne", "en": "mean"},
    "aggregate.median": {"fr": "médiane", "en": "median"},
    "aggregate.trimmed": {"fr": "moyenne tronquée", "en": "trimmed"},
    "normalize.none": {"fr": "aucune", "en": "none"},
    "normalize.zscore": {"fr": "scores z", "en": "zscore"},
    "status.planned": {"fr": "prévu", "en": "planned"},
    "status.in progress": {"fr": "en cours", "en": "in progress"},
    "status.realised": {"fr": "réalisé", "en": "realised"},
    # Tie-break rules (rules.tie_break), as they read after "settled by"
    "rule.realised": {"fr": "la priorité aux projets réalisés", "en": "realised"},
    "rule.median": {"fr": "la médiane des notes des jurés", "en": "median"},
    "rule.top_criterion": {"fr": "le critère le plus lourd", "en": "top_criterion"},
    "rule.jurors": {"fr": "le nombre de jurés", "en": "jurors"},
    "rule.jury_vote": {"fr": "le vote du jury", "en": "jury vote"},
    "rule.lots": {"fr": "le tirage au sort", "en": "drawing of lots"},
    # What decided a tie
    "decision.pending": {
        "fr": f"NON tranchée{NB}: vote du jury attendu",
        "en": "NOT settled: jury vote pending",
    },
    "decision.quota": {"fr": "tranchée par les quotas", "en": "decided by the quotas"},
    "decision.vote": {"fr": "tranchée par le vote du jury", "en": "decided by the jury's vote"},
    "decision.lots": {"fr": "tranchée par tirage au sort", "en": "decided by drawing lots"},
    "lots": {
        "fr": f"Tirage au sort, graine {{seed}} (le plus petit lot passe devant){NB}: {{lots}}",
        "en": "Drawing of lots, seed {seed} (the lowest lot goes first): {lots}",
    },
    "decision.rule": {"fr": "tranchée par {rule}", "en": "decided by the {rule} rule"},
    "label_tie": {
        "fr": "égalité à la limite du label, {decision}",
        "en": "tie at the label line, {decision}",
    },
    # The category tables of rank
    "col.rank": {"fr": "Rang", "en": "Rank"},
    "col.application": {"fr": "Candidature", "en": "Application"},
    "col.territory": {"fr": "Territoire", "en": "Territory"},
    "col.score": {"fr": "Note", "en": "Score"},
    "col.jurors": {"fr": "Jurés", "en": "Jurors"},
    "col.round_one": {"fr": "Tour 1", "en": "Round 1"},
    "col.label": {"fr": "Label", "en": "Label"},
    "cell.label": {"fr": "LABELLISÉE", "en": "LABEL"},
    "cell.tie": {"fr": "à départager", "en": "tie: jury"},
    "cell.yes": {"fr": "oui {answered}", "en": "yes {answered}"},
    "cell.no": {"fr": "non {answered}", "en": "no {answered}"},
    "title.applications.one": {"fr": "{count} dossier", "en": "{count} applications"},
    "title.applications.other": {"fr": "{count} dossiers", "en": "{count} applications"},
    "title.counts.one": {
        "fr": "  ({applications}, {preselected} présélectionné, {labels})",
        "en": "  ({applications}, {preselected} preselected, {labels})",
    },
    "title.counts.other": {
        "fr": "  ({applications}, {preselected} présélectionnés, {labels})",
        "en": "  ({applications}, {preselected} preselected, {labels})",
    },
    "title.labels.one": {"fr": "{count} label", "en": "{count} labels"},
    "title.labels.other": {"fr": "{count} labels", "en": "{count} labels"},
    "note.line": {"fr": f"  rang {{rank}}, {{ident}}{NB}: ", "en": "  rank {rank}, {ident}: "},
    "note.separator": {"fr": "\u202f; ", "en": "; "},
    "note.below_minimum": {
        "fr": "sous la note minimale ({minimum})",
        "en": "below the minimum score ({minimum})",
    },
    "note.labelled_with": {"fr": "labellisée avec les {other}", "en": "labelled with {other}"},
    "note.not_labelled_with": {
        "fr": "non labellisée avec les {other}",
        "en": "not labelled with {other}",
    },
    "note.discuss": {
        "fr": f"à discuter{NB}: {{spread}} points d'écart entre jurés",
        "en": "discuss: jurors {spread} points apart",
    },
    "note.unsettled": {
        "fr": "note égale, égalité sur toutes les règles de départage (aucun label n'en dépend)",
        "en": "equal score, equal on every tie rule (no label depends on it)",
    },
    "note.tie_rule": {"fr": "égalité tranchée par {rule}", "en": "tie settled by {rule}"},
    "note.conflicts.one": {"fr": "{count} juré en conflit", "en": "{count} juror in conflict"},
    "note.conflicts.other": {
        "fr": "{count} jurés en conflit",
        "en": "{count} jurors in conflict",
    },
    "note.weights": {
        "fr": f"poids {{change}}{NB}: le résultat change dans {{changed}} essais sur {{samples}}",
        "en": "weights {change}: outcome changes in {changed} of {samples} tries",
    },
    # Needs more scores, conflicts
    "waiting.title": {
        "fr": "Notes insuffisantes (non classées, ne peuvent pas être labellisées)",
        "en": "Needs more scores (not ranked, cannot be labelled)",
    },
    "waiting.category": {"fr": "Catégorie", "en": "Category"},
    "waiting.application": {"fr": "Candidature", "en": "Application"},
    "waiting.counted": {"fr": "Jurés comptés", "en": "Jurors counted"},
    "waiting.missing": {"fr": "Manquants", "en": "Missing"},
    "waiting.awaited": {"fr": "Attendus", "en": "Awaited"},
    "waiting.excluded": {"fr": "Exclus", "en": "Excluded"},
    "waiting.conflict": {"fr": "{juror} (conflit {kind})", "en": "{juror} ({kind} conflict)"},
    "conflicts.title": {
        "fr": "Conflits d'intérêts (ces notes ne comptent pas)",
        "en": "Conflicts of interest (these marks do not count)",
    },
    "conflicts.juror": {"fr": "Juré", "en": "Juror"},
    "conflicts.application": {"fr": "Candidature", "en": "Application"},
    "conflicts.kind": {"fr": "Type", "en": "Kind"},
    "conflicts.reason": {"fr": "Motif", "en": "Reason"},
    # Ties in the summary
    "tie.settled": {"fr": "tranchée par {rules}", "en": "settled by {rules}"},
    "tie.equal": {
        "fr": "égalité sur toutes les règles de départage",
        "en": "equal on every tie rule",
    },
    "tie.where": {"fr": "{score} dans ", "en": "{score} in "},
    "tie.colon": {"fr": f"{NB}: ", "en": ": "},
    "ties.label_line": {
        "fr": f"Égalités à la limite du label{NB}: {{count}}",
        "en": "Ties at the label line: {count}",
    },
    "ties.other": {
        "fr": f"Autres notes égales{NB}: {{count}}",
        "en": "Other equal scores: {count}",
    },
    # The summary of rank
    "summary.title": {"fr": "Synthèse", "en": "Summary"},
    "summary.category": {"fr": "Catégorie", "en": "Category"},
    "summary.applications": {"fr": "Candidatures", "en": "Applications"},
    "summary.preselected": {"fr": "Présélect.", "en": "Preselected"},
    "summary.labels": {"fr": "Labels", "en": "Labels"},
    "summary.agreement": {
        "fr": "Accord (alpha brut / z)",
        "en": "Agreement (alpha raw / z)",
    },
    "summary.total": {"fr": "Total", "en": "Total"},
    "summary.of": {"fr": "{awarded} sur {available}", "en": "{awarded} of {available}"},
    "summary.scores": {
        "fr": f"Notes{NB}: {{aggregate}} des notes des jurés, normalisation{NB}: {{normalize}}.",
        "en": "Scores: {aggregate} of the jurors' scores, normalisation: {normalize}.",
    },
    "summary.digest": {
        "fr": f"Empreinte des données{NB}: {{digest}}",
        "en": "Input digest: {digest}",
    },
    "summary.centred": {
        "fr": f"scores z{NB}: les notes du juré {{juror}} dans {{scope}} sont centrées mais pas "
        f"réduites{NB}: {{why}}.",
        "en": "z-scores: {juror} in {scope} only centred, {why}.",
    },
    # Why a juror's scores are only centred (i18n.reasons phrases engine.result.CentringReason)
    "centred.few.one": {
        "fr": "{count} candidature notée seulement (il en faut {needed})",
        "en": "only {count} scored entries (needs {needed})",
    },
    "centred.few.other": {
        "fr": "{count} candidatures notées seulement (il en faut {needed})",
        "en": "only {count} scored entries (needs {needed})",
    },
    "centred.equal": {
        "fr": "toutes ses notes sont égales",
        "en": "all their scores are equal",
    },
    "summary.provisional.one": {
        "fr": f"Provisoire{NB}: {{count}} note attendue manque encore "
        f"(jury/assignments.yaml)\u202f; pour savoir laquelle, lancez{NB}: labelscore progress",
        "en": "Provisional: {count} expected mark still missing "
        "(jury/assignments.yaml); to see which, run: labelscore progress",
    },
    "summary.provisional.other": {
        "fr": f"Provisoire{NB}: {{count}} notes attendues manquent encore "
        f"(jury/assignments.yaml)\u202f; pour savoir lesquelles, lancez{NB}: labelscore progress",
        "en": "Provisional: {count} expected marks still missing "
        "(jury/assignments.yaml); to see which, run: labelscore progress",
    },
    "summary.held_back.one": {
        "fr": f"{{count}} label en suspens{NB}: une égalité à la limite du label que les "
        "règles ne tranchent pas. Inscrivez le vote du jury dans labelscore.yaml "
        "(awards.jury_order).",
        "en": "{count} label held back: a tie at the label line that the rules do not "
        "settle. Record the jury's vote in labelscore.yaml (awards.jury_order).",
    },
    "summary.held_back.other": {
        "fr": f"{{count}} labels en suspens{NB}: des égalités à la limite du label que les "
        "règles ne tranchent pas. Inscrivez le vote du jury dans labelscore.yaml "
        "(awards.jury_order).",
        "en": "{count} labels held back: a tie at the label line that the rules do not "
        "settle. Record the jury's vote in labelscore.yaml (awards.jury_order).",
    },
    # How sure the labels are (summary of rank)
    "sure.draws": {
        "fr": f"Degré de certitude{NB}: {{draws}} tirages du bruit de notation (graine "
        f"{{seed}})\u202f; erreur de Monte-Carlo sur une P(label){NB}: au plus ±{{error}} "
        "point (une erreur type).",
        "en": "How sure: {draws} draws of the scoring noise (seed {seed}); Monte Carlo "
        "error of a P(label): at most ±{error} points (one standard error).",
    },
    "sure.draws_many": {
        "fr": f"Degré de certitude{NB}: {{draws}} tirages du bruit de notation (graine "
        f"{{seed}})\u202f; erreur de Monte-Carlo sur une P(label){NB}: au plus ±{{error}} "
        "points (une erreur type).",
        "en": "How sure: {draws} draws of the scoring noise (seed {seed}); Monte Carlo "
        "error of a P(label): at most ±{error} points (one standard error).",
    },
    "sure.zones": {
        "fr": f"Labellisées{NB}: {{sure}}, {{close}}, {{out}}. Non labellisées{NB}: "
        "{close_out}. Les cas serrés ({low} < P(label) < {high}) sont à l'ordre du jour "
        "du jury.",
        "en": "Labelled: {sure}, {close}, {out}. Not labelled: {close_out}. Close calls "
        "({low} < P(label) < {high}) are the jury's agenda.",
    },
    "sure.sure.one": {"fr": "{count} sûre", "en": "{count} sure"},
    "sure.sure.other": {"fr": "{count} sûres", "en": "{count} sure"},
    "sure.close.one": {"fr": "{count} serrée", "en": "{count} close calls"},
    "sure.close.other": {"fr": "{count} serrées", "en": "{count} close calls"},
    "sure.out.one": {"fr": "{count} improbable", "en": "{count} out"},
    "sure.out.other": {"fr": "{count} improbables", "en": "{count} out"},
    "sure.weights.one": {
        "fr": f"Résultat modifié quand les poids varient de {{change}} ensemble{NB}: "
        "{count} candidature ({samples} essais).",
        "en": "Outcome changed by weights moving {change} together: {count} "
        "application ({samples} tries).",
    },
    "sure.weights.other": {
        "fr": f"Résultat modifié quand les poids varient de {{change}} ensemble{NB}: "
        "{count} candidatures ({samples} essais).",
        "en": "Outcome changed by weights moving {change} together: {count} "
        "applications ({samples} tries).",
    },
    # labelscore explain
    "explain.preselection": {
        "fr": f"Présélection{NB}: {{answer}} (réponses oui{NB}: {{answers}})",
        "en": "Preselection: {answer} (answers yes: {answers})",
    },
    "explain.yes": {"fr": "oui", "en": "yes"},
    "explain.no": {"fr": "non", "en": "no"},
    "explain.none": {"fr": "aucune", "en": "none"},
    "marks.title": {"fr": "Notes", "en": "Marks"},
    "marks.criterion": {"fr": "Critère", "en": "Criterion"},
    "marks.weight": {"fr": "Poids", "en": "Weight"},
    "marks.scale": {"fr": "Échelle", "en": "Scale"},
    "marks.excluded": {"fr": " (exclu)", "en": " (excluded)"},
    "marks.missing": {"fr": "manque", "en": "missing"},
    "marks.juror_number": {"fr": "J{number}", "en": "J{number}"},
    "marks.legend_item": {"fr": f"J{{number}}{NB}: {{juror}}", "en": "J{number}: {juror}"},
    "marks.raw": {"fr": "Note du juré (brute, 0-100)", "en": "Juror score (raw, 0-100)"},
    "marks.z": {
        "fr": "Note du juré (score z, 0-100)",
        "en": "Juror score (z-score, 0-100)",
    },
    "explain.comment": {
        "fr": f"Commentaire de {{juror}}{NB}: {{comment}}",
        "en": "Comment by {juror}: {comment}",
    },
    "explain.excluded": {
        "fr": f"Exclu{NB}: {{juror}}, conflit {{kind}}{NB}: {{reason}}.",
        "en": "Excluded: {juror}, {kind} conflict: {reason}.",
    },
    "explain.no_score.one": {
        "fr": f"Note{NB}: aucune\u202f; {{count}} juré sans conflit compté, il en faut "
        "{missing} de plus pour la classer",
        "en": "Score: none; {count} juror without a conflict counted, {missing} more "
        "needed to rank it",
    },
    "explain.no_score.other": {
        "fr": f"Note{NB}: aucune\u202f; {{count}} jurés sans conflit comptés, il en faut "
        "{missing} de plus pour la classer",
        "en": "Score: none; {count} jurors without a conflict counted, {missing} more "
        "needed to rank it",
    },
    "explain.score.one": {
        "fr": f"Note{NB}: {{aggregate}} des {{used}} de {{count}} juré = {{score}}",
        "en": "Score: {aggregate} of {count} juror's {used} = {score}",
    },
    "explain.score.other": {
        "fr": f"Note{NB}: {{aggregate}} des {{used}} de {{count}} jurés = {{score}}",
        "en": "Score: {aggregate} of {count} jurors' {used} = {score}",
    },
    "explain.raw": {"fr": f" (brute{NB}: {{raw}})", "en": " (raw: {raw})"},
    "explain.rank": {
        "fr": f"Rang dans la catégorie{NB}: {{rank}}",
        "en": "Rank in category: {rank}",
    },
    "explain.rank_unsettled": {
        "fr": " (même note que la candidature du dessus, égalité sur toutes les règles de "
        "départage)",
        "en": " (same score as the entry above, equal on every tie rule)",
    },
    "explain.rank_rule": {
        "fr": " (même note que la candidature du dessus\u202f; ordre tranché par {rule})",
        "en": " (same score as the entry above; order settled by {rule})",
    },
    "explain.outcome": {"fr": f"Résultat{NB}: {{outcome}}", "en": "Outcome: {outcome}"},
    "outcome.labelled": {"fr": "labellisée", "en": "labelled"},
    "outcome.labelled_tie": {
        "fr": "labellisée\u202f; à égalité avec {tied}, égalité {decision}",
        "en": "labelled; tied with {tied}, {decision}",
    },
    "outcome.tie_pending": {
        "fr": f"à égalité avec {{tied}} à la limite du label{NB}: le jury doit voter "
        "(awards.jury_order)",
        "en": "tied at the label line with {tied}: the jury must vote (awards.jury_order)",
    },
    "outcome.needs_more.one": {
        "fr": f"non classée{NB}: il faut {{count}} juré de plus sans conflit",
        "en": "not ranked: {count} more juror without a conflict needed",
    },
    "outcome.needs_more.other": {
        "fr": f"non classée{NB}: il faut {{count}} jurés de plus sans conflit",
        "en": "not ranked: {count} more jurors without a conflict needed",
    },
    # An application not ranked yet because jurors assigned to it have not marked it
    "outcome.awaited.one": {
        "fr": f"non classée{NB}: la note de {{jurors}} est attendue (jury/assignments.yaml)",
        "en": "not ranked: marks awaited from {jurors} (jury/assignments.yaml)",
    },
    "outcome.awaited.other": {
        "fr": f"non classée{NB}: les notes de {{jurors}} sont attendues (jury/assignments.yaml)",
        "en": "not ranked: marks awaited from {jurors} (jury/assignments.yaml)",
    },
    "outcome.awaited_more.one": {
        "fr": "\u202f; il faudra encore {count} juré de plus sans conflit",
        "en": "; {count} more juror without a conflict needed as well",
    },
    "outcome.awaited_more.other": {
        "fr": "\u202f; il faudra encore {count} jurés de plus sans conflit",
        "en": "; {count} more jurors without a conflict needed as well",
    },
    "outcome.not_preselected": {
        "fr": "non labellisée, car non présélectionnée (elle répond non à toutes les "
        "questions de présélection)",
        "en": "not labelled: not preselected (answers no to every preselection question)",
    },
    "outcome.below_minimum": {
        "fr": f"non labellisée{NB}: note sous le minimum de {{minimum}}",
        "en": "not labelled: score below the minimum of {minimum}",
    },
    "outcome.tie_lost": {
        "fr": f"non labellisée{NB}: à égalité avec {{tied}}, égalité {{decision}}",
        "en": "not labelled: tied with {tied}, {decision}",
    },
    "outcome.tied_but": {"fr": "à égalité avec {tied}, mais ", "en": "tied with {tied}, but "},
    "outcome.category_full": {
        "fr": f"non labellisée{NB}: {{lead}}sa catégorie avait atteint son maximum de labels",
        "en": "not labelled: {lead}its category had reached its maximum of labels",
    },
    "outcome.none_left": {
        "fr": f"non labellisée{NB}: {{lead}}il ne restait plus de label pour elle (les "
        "labels sont allés à de meilleures notes, ou le reste était réservé au minimum "
        "d'autres catégories)",
        "en": "not labelled: {lead}no label was left for it (the labels went to higher "
        "scores, or the rest were reserved for other categories' minimum)",
    },
    "explain.differs_yes": {
        "fr": "Avec les {other}, elle serait labellisée.",
        "en": "With {other} it would be labelled.",
    },
    "explain.differs_no": {
        "fr": "Avec les {other}, elle ne serait pas labellisée.",
        "en": "With {other} it would not be labelled.",
    },
    "explain.sure": {
        "fr": f"Degré de certitude{NB}: P(label) {{percent}} ({{zone}})\u202f; rang attendu "
        "{expected}, entre {low} et {high} dans 90\u202f% des cas ({draws} tirages du bruit "
        "de notation, graine {seed})",
        "en": "How sure: P(label) {percent} ({zone}); expected rank {expected}, 90% rank "
        "interval {low}-{high} ({draws} draws of the scoring noise, seed {seed})",
    },
    "explain.sure_one_rank": {
        "fr": f"Degré de certitude{NB}: P(label) {{percent}} ({{zone}})\u202f; rang attendu "
        "{expected}, au rang {rank} dans 90\u202f% des cas ({draws} tirages du bruit "
        "de notation, graine {seed})",
        "en": "How sure: P(label) {percent} ({zone}); expected rank {expected}, 90% rank "
        "interval {rank}-{rank} ({draws} draws of the scoring noise, seed {seed})",
    },
    "explain.line_none": {
        "fr": f"Limite du label{NB}: aucune note ne lui donnerait le label ({{why}})",
        "en": "Label line: no score would give it a label ({why})",
    },
    "explain.not_preselected": {
        "fr": "elle n'est pas présélectionnée",
        "en": "it is not preselected",
    },
    "explain.quotas": {"fr": "les quotas n'en laissent aucun", "en": "the quotas leave none"},
    "explain.line_pending": {
        "fr": f"Limite du label{NB}: à sa propre note (à égalité\u202f; le vote du jury tranche)",
        "en": "Label line: at its own score (tied; the jury's vote decides)",
    },
    "explain.line_keeps": {
        "fr": f"Limite du label{NB}: {{line}}, les autres notes restant inchangées{NB}: "
        "elle garde son label jusqu'à cette note, soit une marge de {margin} points",
        "en": "Label line: {line}, other scores unchanged: it keeps its label down to "
        "there, a margin of {margin} points",
    },
    "explain.line_needs": {
        "fr": f"Limite du label{NB}: {{line}}, les autres notes restant inchangées{NB}: "
        "il lui faudrait {margin} points de plus pour être labellisée",
        "en": "Label line: {line}, other scores unchanged: it would need {margin} points "
        "more to be labelled",
    },
    "explain.weights_change": {
        "fr": f"Poids {{change}} (tous ensemble){NB}: son résultat change dans {{changed}} "
        "essais sur {samples}",
        "en": "Weights {change} (all together): its outcome changes in {changed} of "
        "{samples} tries",
    },
    "explain.weights_hold": {
        "fr": f"Poids {{change}} (tous ensemble){NB}: son résultat tient dans les "
        "{samples} essais",
        "en": "Weights {change} (all together): its outcome holds in all {samples} tries",
    },
    # labelscore assign --dry-run
    "assign.applications.one": {"fr": "{count} candidature", "en": "{count} application"},
    "assign.applications.other": {"fr": "{count} candidatures", "en": "{count} applications"},
    "assign.jurors.one": {"fr": "{count} juré", "en": "{count} juror"},
    "assign.jurors.other": {"fr": "{count} jurés", "en": "{count} jurors"},
    "assign.heading": {
        "fr": f"{NB}: {{applications}}, {{jurors}} pour chacune",
        "en": ": {applications}, {jurors} each",
    },
    "assign.juror": {"fr": "Juré", "en": "Juror"},
    "assign.load": {"fr": "Candidatures", "en": "Applications"},
    "assign.no_juror": {
        "fr": "aucun juré ne note cette catégorie",
        "en": "no juror scores this category",
    },
    "assign.set_aside.one": {
        "fr": f"{{jurors}} ne note rien ici{NB}: avec {{applications}}, la catégorie est trop "
        f"petite pour que chacun de ses jurés en note {{minimum}}, ce qu'il faut à la "
        "normalisation z\u202f; elles vont aux autres jurés",
        "en": "{jurors} marks nothing here: with {applications}, the category is too small "
        "for each of its jurors to mark {minimum}, what z-score normalisation needs; they go "
        "to the other jurors",
    },
    "assign.set_aside.other": {
        "fr": f"{{jurors}} ne notent rien ici{NB}: avec {{applications}}, la catégorie est trop "
        f"petite pour que chacun de ses jurés en note {{minimum}}, ce qu'il faut à la "
        "normalisation z\u202f; elles vont aux autres jurés",
        "en": "{jurors} mark nothing here: with {applications}, the category is too small "
        "for each of its jurors to mark {minimum}, what z-score normalisation needs; they go "
        "to the other jurors",
    },
    "assign.shortfalls": {
        "fr": f"Candidatures qui n'ont pas tous leurs jurés (jurés / demandés){NB}:",
        "en": "Applications without all their jurors (jurors / asked):",
    },
    "assign.summary.one": {
        "fr": f"{{applications}} réparties entre {{jurors}}{NB}: {{count}} juré "
        "demandé par candidature (au moins {minimum} pour qu'elle soit classée).",
        "en": "{applications} shared among {jurors}, {count} per application "
        "asked (at least {minimum} to be ranked).",
    },
    "assign.summary.other": {
        "fr": f"{{applications}} réparties entre {{jurors}}{NB}: {{count}} jurés "
        "demandés par candidature (au moins {minimum} pour qu'elle soit classée).",
        "en": "{applications} shared among {jurors}, {count} per application "
        "asked (at least {minimum} to be ranked).",
    },
    "assign.short": {
        "fr": " {applications} sans tous leurs jurés",
        "en": " {applications} without all their jurors",
    },
    "assign.short_one": {
        "fr": " {applications} sans tous ses jurés",
        "en": " {applications} without all their jurors",
    },
    "assign.blocking.one": {
        "fr": ", dont {count} ne peut pas être classée.",
        "en": ", {count} of which cannot be ranked.",
    },
    "assign.blocking.other": {
        "fr": ", dont {count} ne peuvent pas être classées.",
        "en": ", {count} of which cannot be ranked.",
    },
    # Why an application cannot get all its jurors (i18n.reasons phrases
    # engine.assignment.Shortfall)
    "short.nobody": {
        "fr": "aucun juré ne note {category} dans jury/roster.yaml",
        "en": "no juror scores {category} in jury/roster.yaml",
    },
    "short.all_conflicted.one": {
        "fr": "le seul juré de la catégorie {category} est en conflit avec {application}",
        "en": "the only juror of {category} is in conflict with {application}",
    },
    "short.all_conflicted.other": {
        "fr": "les {count} jurés de la catégorie {category} sont tous en conflit "
        "avec {application}",
        "en": "all {count} jurors of {category} are in conflict with {application}",
    },
    "short.all_conflicted.two": {
        "fr": "les deux jurés de la catégorie {category} sont en conflit avec {application}",
        "en": "both jurors of {category} are in conflict with {application}",
    },
    "short.few.one": {
        "fr": "{category} n'a qu'un juré dans jury/roster.yaml",
        "en": "{category} has only one juror in jury/roster.yaml",
    },
    "short.few.other": {
        "fr": "{category} n'a que {count} jurés dans jury/roster.yaml",
        "en": "{category} has only {count} jurors in jury/roster.yaml",
    },
    "short.jurors.one": {"fr": "{count} juré", "en": "{count} juror"},
    "short.jurors.other": {"fr": "{count} jurés", "en": "{count} jurors"},
    "short.some_conflicted.one": {
        "fr": "seul {count} des {jurors} de la catégorie {category} n'a pas de "
        "conflit avec {application}",
        "en": "only {count} of the {jurors} of {category} has no conflict with {application}",
    },
    "short.some_conflicted.other": {
        "fr": "seuls {count} des {jurors} de la catégorie {category} n'ont pas de "
        "conflit avec {application}",
        "en": "only {count} of the {jurors} of {category} have no conflict with {application}",
    },
    "short.blocked": {"fr": f"{{juror}}{NB}: {{reason}}", "en": "{juror}: {reason}"},
    "short.blocked_all": {"fr": " ({blocked})", "en": " ({blocked})"},
    "short.enough.one": {
        "fr": "\u202f; {target} sont demandés\u202f; {count} suffit pour la classer "
        f"(minimum_jurors{NB}: {{minimum}})",
        "en": "; {target} are asked; {count} is enough to rank it (minimum_jurors: {minimum})",
    },
    "short.enough.other": {
        "fr": "\u202f; {target} sont demandés\u202f; {count} suffisent pour la classer "
        f"(minimum_jurors{NB}: {{minimum}})",
        "en": "; {target} are asked; {count} are enough to rank it (minimum_jurors: {minimum})",
    },
    "short.needed.one": {
        "fr": f"\u202f; il en faut {{count}}{NB}: elle ne peut pas être classée tant qu'un "
        "autre juré de la catégorie {category} n'est pas ajouté à jury/roster.yaml",
        "en": "; {count} is needed: it cannot be ranked unless another juror who scores "
        "{category} is added to jury/roster.yaml",
    },
    "short.needed.other": {
        "fr": f"\u202f; il en faut {{count}}{NB}: elle ne peut pas être classée tant qu'un "
        "autre juré de la catégorie {category} n'est pas ajouté à jury/roster.yaml",
        "en": "; {count} are needed: it cannot be ranked unless another juror who scores "
        "{category} is added to jury/roster.yaml",
    },
    "short.asked_needed": {
        "fr": f"\u202f; {{target}} sont demandés et il en faut {{minimum}}{NB}: elle ne peut "
        "pas être classée tant qu'un autre juré de la catégorie {category} n'est pas ajouté à "
        "jury/roster.yaml",
        "en": "; {target} are asked and {minimum} needed: it cannot be ranked unless another "
        "juror who scores {category} is added to jury/roster.yaml",
    },
    "short.stray": {
        "fr": "sa catégorie «\u202f{category}\u202f» n'est pas une catégorie de l'édition "
        f"(criteria/){NB}: aucun juré ne peut être affecté à {{application}}",
        "en": "its category '{category}' is not one of the edition's (criteria/): no juror "
        "can be assigned to {application}",
    },
}
