"""The command line's own words: options, help, messages and summaries.

The English texts are those the command line wrote before it was translated (the golden
outputs pin them); scripts match exit codes and problem codes, never the wording. Paths
and command lines are shown as they are (a user copies them); an id a user typed is shown
between « » in French, between ' ' in English."""

from __future__ import annotations

_N = "\u202f"  # narrow no-break space: before ; ! ? and inside « »
_S = "\u00a0"  # no-break space: before :

MESSAGES: dict[str, dict[str, str]] = {
    "errors.one": {"fr": "{count} erreur", "en": "{count} error"},
    "errors.other": {"fr": "{count} erreurs", "en": "{count} errors"},
    "warnings.one": {"fr": "{count} avertissement", "en": "{count} warning"},
    "warnings.other": {"fr": "{count} avertissements", "en": "{count} warnings"},
    "lang": {
        "fr": f"Langue des messages{_S}: fr ou en (défaut{_S}: LABELSCORE_LANG, puis la "
        "langue du système, sinon le français).",
        "en": "Language of the messages: fr or en (default: LABELSCORE_LANG, then the "
        "system's language, else French).",
    },
    # Every message of the command line on standard error starts with its name
    "prefix": {"fr": f"labelscore{_S}: {{message}}", "en": "labelscore: {message}"},
    # Help of the application and of options shared by several commands
    "app.help": {
        "fr": "Vérifier les candidatures, les noter et décerner le Label Territoire innovant.",
        "en": "Validate applications, score them and award the Label Territoire innovant.",
    },
    "version.help": {
        "fr": "Afficher la version de labelscore et quitter.",
        "en": "Print the version of labelscore and exit.",
    },
    "edition.help": {
        "fr": f"Dossier de l'édition (il contient labelscore.yaml). Défaut{_S}: le dossier "
        "courant.",
        "en": "Edition folder (holds labelscore.yaml). Default: the current folder.",
    },
    "normalize.help": {
        "fr": "none, ou zscore (compense les jurés sévères et les jurés indulgents). "
        f"Défaut{_S}: celui du règlement.",
        "en": "none, or zscore (even out harsh and lenient jurors). Default: the rules'.",
    },
    "aggregate.help": {
        "fr": "mean (moyenne), median (médiane) ou trimmed (moyenne tronquée, à partir de "
        f"5 jurés). Défaut{_S}: celui du règlement.",
        "en": "mean, median or trimmed (from 5 jurors). Default: the rules'.",
    },
    "draws.help": {
        "fr": "Tirages de la simulation qui dit à quel point chaque label est sûr "
        f"(0{_S}: aucune simulation). Défaut{_S}: uncertainty.draws du règlement, sinon "
        f"1{_N}000.",
        "en": "Draws of the simulation that says how sure each label is (0: none). "
        "Default: the rules' uncertainty.draws, else 1,000.",
    },
    "json_report.help": {
        "fr": "Afficher le rapport en JSON.",
        "en": "Print the report as JSON.",
    },
    # What every command may say
    "stdout_closed": {
        "fr": f"la sortie standard est fermée{_N}; il n'y a nulle part où écrire",
        "en": "standard output is closed; there is nowhere to write",
    },
    "problems_found": {
        "fr": f"{{summary}} Après correction, lancez{_S}: {{command}}",
        "en": "{summary} After fixing them, run: {command}",
    },
    "warnings_hint.one": {
        "fr": f"{{count}} avertissement{_N}; pour le voir, lancez{_S}: {{command}}",
        "en": "{count} warning; to list them, run: {command}",
    },
    "warnings_hint.other": {
        "fr": f"{{count}} avertissements{_N}; pour les voir, lancez{_S}: {{command}}",
        "en": "{count} warnings; to list them, run: {command}",
    },
    "missing_path": {
        "fr": "{path} n'existe pas (aucun fichier ni dossier ne porte ce nom)",
        "en": "{path} does not exist (no file or folder has that name)",
    },
    "wrote": {"fr": f"Fichier écrit{_S}: {{path}}", "en": "Wrote {path}"},
    # validate
    "validate.help": {
        "fr": "Vérifier des fichiers avant de les envoyer\u202f: tous les problèmes d'un coup, "
        "avec leur ligne et leur colonne.",
        "en": "Check files before sending them: every problem at once, with its line and column.",
    },
    "validate.paths": {
        "fr": "Fichiers de candidature, ou dossiers (un dossier d'édition est vérifié en "
        "entier). Par défaut\u00a0: le dossier courant, s'il est celui d'une édition.",
        "en": "Application files, or folders (an edition folder is checked whole). Default: "
        "the current folder, when it is an edition's.",
    },
    "validate.no_paths": {
        "fr": "donnez les fichiers ou les dossiers à vérifier (le dossier courant n'est pas "
        "celui d'une édition\u00a0: il n'a pas de labelscore.yaml), par exemple\u00a0: "
        "labelscore validate ma-candidature.yaml",
        "en": "give the files or folders to check (the current folder is not an edition's: it "
        "has no labelscore.yaml), for example: labelscore validate my-application.yaml",
    },
    "validate.json": {
        "fr": "Afficher les problèmes, avec leurs codes, en JSON.",
        "en": "Print the problems, with their codes, as JSON.",
    },
    "validate.no_yaml": {
        "fr": "aucun fichier YAML (.yaml ou .yml) à vérifier là",
        "en": "no YAML file (.yaml or .yml) to check there",
    },
    # rank
    "rank.help": {
        "fr": "Classer les candidatures de chaque catégorie et décerner les labels.",
        "en": "Rank the applications of every category and award the labels.",
    },
    "rank.json": {
        "fr": "Afficher le résultat complet en JSON.",
        "en": "Print the full result as JSON.",
    },
    # export
    "export.help": {
        "fr": "Écrire les candidatures labellisées dans un fichier CSV ou un classeur XLSX "
        "pour la cérémonie.",
        "en": "Write the labelled applications to a CSV file or an XLSX workbook for the ceremony.",
    },
    "export.output": {
        "fr": f"Fichier à écrire, ou - pour la sortie standard. Défaut{_S}: winners.csv, ou "
        "winners.xlsx avec --format xlsx.",
        "en": "File to write, or - for standard output. Default: winners.csv, or "
        "winners.xlsx with --format xlsx.",
    },
    "export.format": {
        "fr": f"csv, ou xlsx{_S}: un classeur (codes en texte, notes en nombres). "
        f"Défaut{_S}: xlsx pour un nom --output qui finit par .xlsx, sinon csv.",
        "en": "csv, or xlsx: a workbook (codes as text, scores as numbers). Default: xlsx "
        "for an --output name ending in .xlsx, else csv.",
    },
    "export.dialect": {
        "fr": f"CSV seulement. rfc4180 (défaut){_S}: virgule, point décimal. "
        f"excel-fr{_S}: BOM, «{_N};{_N}», virgule décimale.",
        "en": "CSV only. rfc4180 (default): comma, dot decimals. excel-fr: BOM, ';', "
        "decimal comma.",
    },
    "export.provisional": {
        "fr": "Exporter un résultat que le jury n'a pas fini (des notes attendues manquent, "
        "ou des égalités attendent un vote), avec les égalités et leur statut.",
        "en": "Export a result the jury has not finished (marks missing against the "
        "assignment, or ties waiting for a vote), with the tied entries and their status.",
    },
    "export.dialect_workbook": {
        "fr": f"--dialect vaut pour le CSV{_S}: un classeur contient des nombres, que le "
        f"tableur affiche dans sa propre langue{_N}; retirez --dialect",
        "en": "--dialect is for CSV: a workbook holds numbers, which the spreadsheet shows in "
        "its own locale; leave --dialect out",
    },
    "export.workbook_terminal": {
        "fr": f"un classeur n'est pas du texte{_S}: il n'est pas écrit dans un terminal{_N}; "
        "donnez un nom de fichier (--output winners.xlsx), ou envoyez la sortie standard "
        "vers un fichier ou un programme",
        "en": "a workbook is not text: it is not written to a terminal; give a file name "
        "(--output winners.xlsx), or send standard output to a file or a program",
    },
    "export.missing_marks.one": {
        "fr": "{count} note attendue manque encore (labelscore progress dit laquelle)",
        "en": "{count} expected mark still missing (labelscore progress lists it)",
    },
    "export.missing_marks.other": {
        "fr": "{count} notes attendues manquent encore (labelscore progress les liste)",
        "en": "{count} expected marks still missing (labelscore progress lists them)",
    },
    "export.pending_labels.one": {
        "fr": "{count} label attend un vote du jury (awards.jury_order)",
        "en": "{count} label waiting for a jury vote (awards.jury_order)",
    },
    "export.pending_labels.other": {
        "fr": "{count} labels attendent un vote du jury (awards.jury_order)",
        "en": "{count} labels waiting for a jury vote (awards.jury_order)",
    },
    "export.reasons_separator": {"fr": f"{_N}; ", "en": "; "},
    "export.provisional_refused": {
        "fr": f"le résultat est provisoire{_S}: {{reasons}}. Rien n'a été écrit{_N}; pour "
        "l'exporter quand même, avec les égalités et leur statut, ajoutez --provisional",
        "en": "the result is provisional: {reasons}. Nothing written; to export it "
        "anyway, with the tied entries and their status, add --provisional",
    },
    "export.wrote_provisional": {
        "fr": f"Fichier écrit{_S}: {{path}}, un résultat PROVISOIRE (le jury n'a pas fini)",
        "en": "Wrote {path}: a PROVISIONAL result (the jury has not finished)",
    },
    # report
    "report.help": {
        "fr": "Écrire la délibération en une page HTML, en français, à ouvrir dans tout "
        f"navigateur (sans réseau) et à imprimer{_S}: par catégorie le classement, la "
        f"ligne du label, la certitude de chaque label{_N}; le jury{_N}; le palmarès.",
        "en": "Write the deliberation as one HTML page, in French, to open in any browser "
        "(no network) and print: per category the ranking, the label line, each label's "
        "certainty; the jury; the palmarès.",
    },
    "report.output": {
        "fr": "Fichier HTML à écrire, ou - pour la sortie standard.",
        "en": "HTML file to write, or - for standard output.",
    },
    "report.wrote_provisional": {
        "fr": f"Fichier écrit{_S}: {{path}} (un résultat PROVISOIRE{_S}: le jury n'a pas fini)",
        "en": "Wrote {path} (a PROVISIONAL result: the jury has not finished)",
    },
    # jury, explain
    "jury.help": {
        "fr": f"Une ligne par juré{_S}: sévère ou indulgent, constant ou non{_N}; et "
        "l'accord du jury.",
        "en": "One row per juror: how harsh or lenient, how consistent; and the jury's agreement.",
    },
    "explain.help": {
        "fr": "Montrer comment une candidature a obtenu sa note, son rang et son label, "
        "note par note.",
        "en": "Show how one application got its score, rank and label, mark by mark.",
    },
    "explain.application": {
        "fr": "Identifiant de la candidature à expliquer.",
        "en": "Id of the application to explain.",
    },
    "explain.unknown": {
        "fr": f"il n'y a pas de candidature «{_N}{{application}}{_N}» dans cette édition{{hint}}",
        "en": "there is no application '{application}' in this edition{hint}",
    },
    # assign
    "assign.help": {
        "fr": f"Répartir les candidatures entre les jurés{_S}: écrit jury/assignments.yaml.",
        "en": "Share the applications among the jurors: write jury/assignments.yaml.",
    },
    "assign.replace": {
        "fr": "Remplacer un jury/assignments.yaml existant.",
        "en": "Overwrite an existing jury/assignments.yaml.",
    },
    "assign.dry_run": {
        "fr": "Montrer la charge de chaque juré, sans rien écrire.",
        "en": "Show each juror's load and write nothing.",
    },
    "assign.partial": {
        "fr": "Écrire le fichier même quand des candidatures ne peuvent pas avoir les "
        "jurés qu'il faut pour être classées.",
        "en": "Write the file even when some applications cannot get the jurors needed "
        "to be ranked.",
    },
    "assign.exists": {
        "fr": f"{{target}} existe déjà{_N}; relancez avec --replace pour le remplacer, ou "
        "avec --dry-run pour voir la nouvelle répartition",
        "en": "{target} already exists; run again with --replace to overwrite it, or with "
        "--dry-run to see the new assignment",
    },
    "assign.refused.one": {
        "fr": "{count} candidature ne peut pas avoir les {minimum} jurés qu'il faut pour "
        f"être classée{_N}; rien n'a été écrit. Ajoutez des jurés dans jury/roster.yaml, "
        "ou relancez avec --partial pour écrire la répartition quand même.",
        "en": "{count} application cannot get the {minimum} jurors needed to be ranked; "
        "nothing written. Add jurors to jury/roster.yaml, or run again with --partial to "
        "write the assignment anyway.",
    },
    "assign.refused.other": {
        "fr": "{count} candidatures ne peuvent pas avoir les {minimum} jurés qu'il faut "
        f"pour être classées{_N}; rien n'a été écrit. Ajoutez des jurés dans "
        "jury/roster.yaml, ou relancez avec --partial pour écrire la répartition quand même.",
        "en": "{count} applications cannot get the {minimum} jurors needed to be ranked; "
        "nothing written. Add jurors to jury/roster.yaml, or run again with --partial to "
        "write the assignment anyway.",
    },
    "assign.wrote": {
        "fr": f"Fichier écrit{_S}: {{path}}. {{summary}}",
        "en": "Wrote {path}. {summary}",
    },
    # progress
    "progress.help": {
        "fr": f"Qui n'a pas fini{_S}: les candidatures confiées à chaque juré "
        "(jury/assignments.yaml) face à sa feuille de notes.",
        "en": "Who has not finished: each juror's assigned applications "
        "(jury/assignments.yaml) against their score sheet.",
    },
    # cards
    "cards.help": {
        "fr": f"Écrire la carte de notation de chaque juré{_S}: un classeur "
        "(DOSSIER/<juré>.xlsx) qui liste les candidatures qui lui sont confiées "
        "(jury/assignments.yaml), prêt à remplir dans Excel ou LibreOffice.",
        "en": "Write each juror's score card: a workbook (DIR/<juror>.xlsx) listing the "
        "applications assigned to them (jury/assignments.yaml), ready to mark in Excel or "
        "LibreOffice.",
    },
    "cards.output": {
        "fr": "Dossier où écrire les cartes (créé s'il manque, dans un dossier qui existe).",
        "en": "Folder to write the cards in (made if absent, in a folder that exists).",
    },
    "cards.replace": {
        "fr": "Remplacer les cartes déjà présentes dans ce dossier.",
        "en": "Overwrite cards already in that folder.",
    },
    "cards.there.one": {
        "fr": f"{{count}} carte est déjà dans {{folder}} ({{name}}){_N}; ce peut être une "
        "carte renvoyée par un juré. Relancez avec --replace pour la remplacer, ou donnez "
        "un autre dossier avec --output",
        "en": "{count} card is already in {folder} ({name}); it may be a card sent back by "
        "a juror. Run again with --replace to overwrite it, or give another folder with "
        "--output",
    },
    "cards.there.other": {
        "fr": f"{{count}} cartes sont déjà dans {{folder}} (comme {{name}}){_N}; ce peuvent "
        "être des cartes renvoyées par des jurés. Relancez avec --replace pour les "
        "remplacer, ou donnez un autre dossier avec --output",
        "en": "{count} cards are already in {folder} (such as {name}); they may be cards "
        "sent back by jurors. Run again with --replace to overwrite them, or give another "
        "folder with --output",
    },
    "cards.idle": {
        "fr": f" Pas de carte pour {{jurors}}{_S}: rien ne leur est attribué.",
        "en": " No card for {jurors}: nothing assigned.",
    },
    "cards.wrote.one": {
        "fr": "{count} carte écrite dans {folder}, une par juré.{note}",
        "en": "Wrote {count} card in {folder}, one per juror.{note}",
    },
    "cards.wrote.other": {
        "fr": "{count} cartes écrites dans {folder}, une par juré.{note}",
        "en": "Wrote {count} cards in {folder}, one per juror.{note}",
    },
    # collect
    "collect.help": {
        "fr": "Lire les cartes de notation renvoyées et écrire la feuille de notes de "
        "chaque juré (jury/scores/).",
        "en": "Read score cards sent back and write each juror's score sheet (jury/scores/).",
    },
    "collect.paths": {
        "fr": "Cartes renvoyées (.xlsx ou .ods), ou dossiers de cartes\u202f; un dossier "
        f"d'édition parmi eux est l'édition (défaut{_S}: le dossier courant).",
        "en": "Cards sent back (.xlsx or .ods), or folders of cards; an edition folder "
        "among them is the edition (default: the current folder).",
    },
    "collect.replace": {
        "fr": "Laisser les cartes remplacer les notes, commentaires et conflits déjà "
        "présents dans les feuilles de notes.",
        "en": "Let the cards replace marks, comments and conflicts already on the score sheets.",
    },
    "collect.one_edition": {
        "fr": "donnez au plus un dossier d'édition",
        "en": "give one edition folder at most",
    },
    "collect.skipped": {
        "fr": f"{{name}} ignoré{_S}: {{why}}",
        "en": "skipped {name}: {why}",
    },
    "collect.skipped_folder": {
        "fr": "un dossier (les cartes sont lues seulement dans le dossier donné)",
        "en": "a folder (cards are read from the folder given only)",
    },
    "collect.skipped_not_card": {
        "fr": "pas une carte (.xlsx ou .ods)",
        "en": "not a card (.xlsx or .ods)",
    },
    "collect.no_card_in": {
        "fr": "{path} ne contient aucune carte (fichier .xlsx ou .ods) et n'est pas un "
        "dossier d'édition (pas de labelscore.yaml)",
        "en": "{path} holds no card (.xlsx or .ods file) and is not an edition folder "
        "(no labelscore.yaml)",
    },
    "collect.no_card": {
        "fr": "aucune carte (fichier .xlsx ou .ods) à relever là",
        "en": "no card (.xlsx or .ods file) to collect there",
    },
    "collect.unchanged": {"fr": "inchangée", "en": "unchanged"},
    "collect.marked.one": {
        "fr": "{count} candidature notée",
        "en": "{count} application marked",
    },
    "collect.marked.other": {
        "fr": "{count} candidatures notées",
        "en": "{count} applications marked",
    },
    "collect.unmarked.one": {
        "fr": "{count} pas encore notée",
        "en": "{count} not marked yet",
    },
    "collect.unmarked.other": {
        "fr": "{count} pas encore notées",
        "en": "{count} not marked yet",
    },
    "collect.conflicts.one": {
        "fr": ", {count} conflit déclaré",
        "en": ", {count} conflict declared",
    },
    "collect.conflicts.other": {
        "fr": ", {count} conflits déclarés",
        "en": ", {count} conflicts declared",
    },
    "collect.kept.one": {
        "fr": f"{_N}; {{count}} ligne de la feuille gardée (sa candidature n'est pas sur la carte)",
        "en": "; {count} entry(ies) of the sheet kept (their applications are not on the card)",
    },
    "collect.kept.other": {
        "fr": f"{_N}; {{count}} lignes de la feuille gardées (leurs candidatures ne sont "
        "pas sur la carte)",
        "en": "; {count} entry(ies) of the sheet kept (their applications are not on the card)",
    },
    "collect.line": {
        "fr": f"{{card}} -> {{done}}{_S}: {{marked}}{{conflicts}}, {{unmarked}}{{kept}}",
        "en": "{card} -> {done}: {marked}{conflicts}, {unmarked}{kept}",
    },
    "collect.refused.one": {
        "fr": f"{{count}} carte non relevée ({{names}}){_S}: rien n'en a été écrit. "
        "Faites ce que dit chacun des problèmes ci-dessus, puis relancez labelscore collect"
        "{replace}.",
        "en": "{count} card not collected ({names}): nothing of it was written. Fix it "
        "and collect it again{replace}.",
    },
    "collect.refused.other": {
        "fr": f"{{count}} cartes non relevées ({{names}}){_S}: rien n'en a été écrit. "
        "Faites ce que dit chacun des problèmes ci-dessus, puis relancez labelscore collect"
        "{replace}.",
        "en": "{count} cards not collected ({names}): nothing of theirs was written. Fix "
        "them and collect them again{replace}.",
    },
    "collect.refused_replace": {
        "fr": f"{_N}; là où une carte change des notes déjà relevées, ajoutez --replace "
        "seulement si c'est la dernière carte envoyée par le juré",
        "en": "; where a card changes marks already collected, add --replace only if it is "
        "the juror's latest card",
    },
    "unknown_lang": {
        "fr": f"langue inconnue «{_N}{{value}}{_N}»{_N}; écrivez --lang fr (français) ou "
        "--lang en (anglais)",
        "en": "unknown language '{value}'; write --lang fr (French) or --lang en (English)",
    },
    "collect.next": {
        "fr": f"Pour voir qui n'a pas fini{_S}: labelscore progress",
        "en": "To see who has not finished: labelscore progress",
    },
    # schema
    "schema.help": {
        "fr": "Afficher le JSON Schema d'un fichier de candidature, pour les éditeurs de "
        f"texte (le serveur de langage YAML){_S}: labelscore schema > application.schema.json",
        "en": "Print the JSON Schema of an application file, for editors (the YAML language "
        "server): labelscore schema > application.schema.json",
    },
    "schema.edition": {
        "fr": f"Dossier d'édition{_S}: le schéma liste alors ses catégories. Sans lui, le "
        "schéma d'une candidature à n'importe quelle édition.",
        "en": "Edition folder: the schema then lists its categories. Without it, the "
        "schema of an application to any edition.",
    },
    "schema.problems": {
        "fr": f"{{summary}} Le schéma liste les catégories de l'édition{_S}: corrigez "
        f"d'abord, puis lancez{_S}: {{command}}",
        "en": "{summary} The schema lists the edition's categories: fix them first, then "
        "run: {command}",
    },
    # init
    "init.help": {
        "fr": f"Commencer une nouvelle édition{_S}: le règlement, les critères d'une "
        "catégorie, le jury, une candidature et une feuille de notes, chaque champ "
        f"expliqué en français{_N}; elle est valide telle quelle.",
        "en": "Start a new edition: the rules, one category's criteria, the jury, one "
        "application and one score sheet, each field explained in French; it validates "
        "as it is.",
    },
    "init.folder": {
        "fr": "Dossier de la nouvelle édition, créé s'il manque (son parent doit exister), "
        f"ou vide. Défaut{_S}: le dossier courant.",
        "en": "Folder of the new edition: made if absent (its parent must exist), or an "
        "empty one. Default: the current folder.",
    },
    "init.wrote": {
        "fr": f"Nouvelle édition écrite dans {{folder}}{_S}:{{listing}}\nChaque fichier "
        f"explique ses champs. Après les avoir modifiés, lancez{_S}: {{command}}",
        "en": "Wrote a new edition in {folder}:{listing}\nEach file explains its fields. "
        "After changing them, run: {command}",
    },
    "init.not_folder": {
        "fr": f"{{folder}} n'est pas un dossier{_N}; donnez le nom d'un dossier nouveau ou vide",
        "en": "{folder} is not a folder; give the name of a new or empty folder",
    },
    "init.cannot_read": {
        "fr": f"impossible de lire {{folder}}{_S}: {{reason}}",
        "en": "cannot read {folder}: {reason}",
    },
    "init.more.one": {"fr": " et {count} autre", "en": " and {count} more"},
    "init.more.other": {"fr": " et {count} autres", "en": " and {count} more"},
    "init.not_empty": {
        "fr": f"{{folder}} n'est pas vide (il contient {{first}}{{more}}){_N}; rien n'a été "
        f"écrit. Donnez le nom d'un dossier nouveau ou vide{_S}: labelscore init "
        "NOUVEAU-DOSSIER",
        "en": "{folder} is not empty (it holds {first}{more}); nothing written. Give the "
        "name of a new or empty folder: labelscore init NEW-FOLDER",
    },
    "init.no_parent": {
        "fr": f"le dossier {{parent}} n'existe pas{_N}; créez-le d'abord",
        "en": "the folder {parent} does not exist; make it first",
    },
    "init.cannot_write": {
        "fr": f"impossible d'écrire l'édition dans {{folder}}{_S}: {{reason}}",
        "en": "cannot write the edition in {folder}: {reason}",
    },
    # Outputs (cli.output)
    "output.cannot_write": {
        "fr": f"impossible d'écrire {{path}}{_S}: {{reason}}",
        "en": "cannot write {path}: {reason}",
    },
    "output.leads_nowhere": {
        "fr": f"impossible d'écrire {{path}}{_S}: ce nom ne mène à aucun fichier qui puisse "
        "être remplacé",
        "en": "cannot write {path}: it leads to no file that can be replaced",
    },
    "output.no_temporary": {
        "fr": f"impossible d'écrire {{path}}{_S}: aucun nom de fichier temporaire libre à côté",
        "en": "cannot write {path}: no free temporary name beside it",
    },
    "output.linked": {
        "fr": "{output} mène à {target}, qui",
        "en": "{output} leads to {target}, which",
    },
    "output.is_folder": {
        "fr": f"{{subject}} est un dossier{_N}; donnez un nom de fichier, comme "
        "{output}/{example}",
        "en": "{subject} is a folder; give a file name, such as {output}/{example}",
    },
    "output.not_a_file": {
        "fr": f"{{subject}} est {{kind}}, pas un fichier{_N}; donnez le nom d'un fichier "
        "{suffix}, ou - pour la sortie standard",
        "en": "{subject} is {kind}, not a file; give the name of a {suffix} file, or - for "
        "standard output",
    },
    "output.kind.fifo": {"fr": "un tube nommé", "en": "a named pipe"},
    "output.kind.socket": {"fr": "une socket", "en": "a socket"},
    "output.kind.device": {"fr": "un périphérique", "en": "a device"},
    "output.kind.other": {"fr": "autre chose", "en": "something else"},
    "output.file.csv": {"fr": "un fichier CSV", "en": "a CSV file"},
    "output.file.xlsx": {"fr": "un classeur", "en": "a workbook"},
    "output.file.xls": {"fr": "un ancien classeur Excel", "en": "an old Excel workbook"},
    "output.file.xlsm": {"fr": "un classeur à macros", "en": "a workbook with macros"},
    "output.file.ods": {"fr": "un classeur LibreOffice", "en": "a LibreOffice spreadsheet"},
    "output.file.html": {"fr": "une page web", "en": "a web page"},
    "output.file.any": {"fr": "un fichier {suffix}", "en": "a {suffix} file"},
    "output.inside_inputs": {
        "fr": f"{{output}} est dans le dossier {{folder}}/ de l'édition{_N}; écrivez le "
        "résultat ailleurs",
        "en": "{output} is inside the edition's {folder}/ folder; write the output elsewhere",
    },
    "output.yaml_name": {
        "fr": f"{{output}} est un nom de fichier YAML{_N}; écrivez le résultat dans un "
        "fichier {suffix}",
        "en": "{output} is a YAML file name; write the output to a {suffix} file",
    },
    "output.other_kind": {
        "fr": f"{{output}} est le nom d'{{there}}, mais cette commande écrit {{kind}}{_N}; "
        "écrivez dans un fichier {suffix}",
        "en": "{output} is the name of {there}, but this writes {kind}; write to a {suffix} file",
    },
    "output.no_folder": {
        "fr": "le dossier {folder} n'existe pas",
        "en": "the folder {folder} does not exist",
    },
    "output.cards_inside_inputs": {
        "fr": f"{{output}} est dans le dossier {{folder}}/ de l'édition{_N}; écrivez les "
        "cartes ailleurs",
        "en": "{output} is inside the edition's {folder}/ folder; write the cards elsewhere",
    },
    "output.not_folder": {
        "fr": f"{{output}} n'est pas un dossier{_N}; donnez le nom d'un dossier pour les cartes",
        "en": "{output} is not a folder; give the name of a folder for the cards",
    },
    "output.cannot_mkdir": {
        "fr": f"impossible de créer le dossier {{output}}{_S}: {{reason}}",
        "en": "cannot make the folder {output}: {reason}",
    },
    # The end of the run (cli.commands.main)
    "stopped": {"fr": "arrêté par {signal}", "en": "stopped by {signal}"},
    "bug": {
        "fr": f"erreur inattendue ({{error}}). C'est un défaut de labelscore{_S}: merci de "
        "le signaler avec la ligne de commande qui l'a causé (LABELSCORE_DEBUG=1 montre les "
        "détails).",
        "en": "unexpected error ({error}). This is a bug in labelscore: please report it "
        "with the command line that caused it (LABELSCORE_DEBUG=1 shows the details).",
    },
    "and": {"fr": " et ", "en": " and "},
    "escaped": {
        "fr": "la sortie standard est en {encodings}, qui ne peut pas montrer tous les "
        f"caractères{_S}: ceux-là ont été écrits en séquences d'échappement (comme \\xe9). "
        "Réglez une locale UTF-8 (LANG=C.UTF-8) ou PYTHONIOENCODING=utf-8 pour les voir.",
        "en": "standard output is in {encodings}, which cannot show every character: those "
        "were written as backslash escapes (such as \\xe9). Set a UTF-8 locale "
        "(LANG=C.UTF-8) or PYTHONIOENCODING=utf-8 to see them.",
    },
    "stdout_failed": {
        "fr": f"impossible d'écrire sur la sortie standard{_S}: {{reason}}",
        "en": "cannot write to standard output: {reason}",
    },
    # The library's error when an input has errors (problems.ProblemsFoundError)
    "problems.one": {"fr": "{count} problème trouvé", "en": "{count} problem found"},
    "problems.other": {"fr": "{count} problèmes trouvés", "en": "{count} problems found"},
    # typer's own words that typer lets us replace (typer.core asks gettext for them when
    # it prints; "Usage:", "Show this message and exit." and its errors stay English). A
    # section title is followed by typer's ":", hence the no-break space at its end.
    "typer.Arguments": {"fr": f"Arguments{_S}", "en": "Arguments"},
    "typer.Options": {"fr": f"Options{_S}", "en": "Options"},
    "typer.Commands": {"fr": f"Commandes{_S}", "en": "Commands"},
    "typer.default": {"fr": f"défaut{_S}: {{default}}", "en": "default: {default}"},
    "typer.required": {"fr": "obligatoire", "en": "required"},
    "typer.dynamic": {"fr": "(dynamique)", "en": "(dynamic)"},
    "typer.envvar": {"fr": f"variable d'environnement{_S}: {{var}}", "en": "env var: {var}"},
    "typer.aborted": {"fr": f"Interrompu{_N}!", "en": "Aborted!"},
    "typer.missing_command": {"fr": "Commande manquante.", "en": "Missing command."},
    "typer.no_such_command": {
        "fr": f"Pas de commande «{_N}{{name}}{_N}».",
        "en": "No such command {name!r}.",
    },
}
