"""What the checks across the files of an edition say (labelscore.checks), and the
messages of the library's errors (labelscore.api).

Values a user wrote (ids, codes, marks, file names, cell contents) are shown exactly as
written: in English between ' ', in French between « » (with the narrow no-break space
inside). A mark or a bound read from a YAML file is shown as it is written there (3.5,
never 3,5, which YAML would refuse); a mark typed in a score card is shown as the card
shows it (3,5). The English texts are those the checks wrote before they were translated:
the stable codes (LS301...) are what scripts and tests match, never the wording.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Words used inside other messages
    "quoted": {"fr": "«\u202f{value}\u202f»", "en": "'{value}'"},
    "or": {"fr": " ou ", "en": " or "},
    "write": {"fr": "\u00a0: écrivez «\u202f{value}\u202f»", "en": ": write '{value}'"},
    "kind.declared": {"fr": "déclaré", "en": "declared"},
    "kind.automatic": {"fr": "automatique", "en": "automatic"},
    "n_labels.one": {"fr": "{count} label", "en": "{count} label"},
    "n_labels.other": {"fr": "{count} labels", "en": "{count} labels"},
    "n_categories.one": {"fr": "{count} catégorie", "en": "{count} categories"},
    "n_categories.other": {"fr": "{count} catégories", "en": "{count} categories"},
    # Why a juror is in conflict with an application (i18n.reasons phrases
    # engine.result.ConflictReason); code.<kind>: an applicant's code, by engine.result.CodeKind
    "reason.declared_application": {
        "fr": "le juré a déclaré «\u202f{ident}\u202f» dans la liste des jurés",
        "en": "the juror declared the application ({ident}) in the roster",
    },
    "reason.declared_code": {
        "fr": "le juré a déclaré {what} du candidat",
        "en": "the juror declared {what}",
    },
    "reason.territory_code": {
        "fr": "le territoire du juré a {what} du candidat",
        "en": "the juror's territory has the applicant's {what}",
    },
    "reason.organisation": {
        "fr": "l'organisme ou le territoire du juré est {name}",
        "en": "the juror's organisation or territory is {name}",
    },
    "reason.on_card": {
        "fr": "le juré l'a déclaré sur sa carte de notation",
        "en": "the juror declared it on their score card",
    },
    "code.insee": {"fr": "le code INSEE {code}", "en": "INSEE {code}"},
    "code.siren": {"fr": "le SIREN {code}", "en": "SIREN {code}"},
    "code.intercommunality_siren": {
        "fr": "le SIREN {code} de l'intercommunalité",
        "en": "intercommunalité SIREN {code}",
    },
    # References across the files (checks.edition)
    "duplicate_category": {
        "fr": "l'identifiant «\u202f{ident}\u202f» est déjà pris par une catégorie dans {file}, "
        "ligne {line}\u202f; donnez à chaque catégorie son propre identifiant",
        "en": "category '{ident}' is already used in {file} line {line}; "
        "each category needs its own id",
    },
    "duplicate_application": {
        "fr": "l'identifiant «\u202f{ident}\u202f» est déjà pris par une candidature dans {file}, "
        "ligne {line}\u202f; donnez à chaque candidature son propre identifiant",
        "en": "application '{ident}' is already used in {file} line {line}; "
        "each application needs its own id",
    },
    "unknown_category": {
        "fr": "il n'y a pas de catégorie «\u202f{category}\u202f» dans cette édition",
        "en": "there is no category '{category}' in this edition",
    },
    "known_categories.one": {
        "fr": "\u202f; la seule catégorie de cette édition est {values}",
        "en": "; this edition's only category is {values}",
    },
    "known_categories.other": {
        "fr": "\u202f; les catégories de cette édition sont {values}",
        "en": "; this edition's categories are {values}",
    },
    "unknown_application": {
        "fr": "il n'y a pas de candidature «\u202f{ident}\u202f»",
        "en": "there is no application '{ident}'",
    },
    "duplicate_juror": {
        "fr": "le juré «\u202f{juror}\u202f» figure deux fois dans la liste des jurés\u202f; n'en "
        "gardez qu'une entrée",
        "en": "juror '{juror}' is listed twice in the roster",
    },
    # Score sheets (checks.sheets)
    "unknown_juror": {
        "fr": "le juré «\u202f{juror}\u202f» n'est pas dans la liste des jurés (jury/roster.yaml)",
        "en": "juror '{juror}' is not on the roster (jury/roster.yaml)",
    },
    "duplicate_sheet": {
        "fr": "le juré «\u202f{juror}\u202f» a déjà une feuille de notes\u00a0: {other}\u202f; "
        "réunissez les deux en une seule",
        "en": "juror '{juror}' already has a score sheet: {other}",
    },
    "scored_twice": {
        "fr": "la candidature «\u202f{ident}\u202f» est notée deux fois sur cette feuille\u202f; "
        "gardez une seule des deux entrées",
        "en": "'{ident}' is scored twice on this sheet; keep one entry",
    },
    "sheet_outside_categories": {
        "fr": "la candidature «\u202f{ident}\u202f» est dans la catégorie "
        "«\u202f{category}\u202f», que le juré «\u202f{juror}\u202f» ne note pas (voir la liste "
        "des jurés)",
        "en": "'{ident}' is in category '{category}', which juror '{juror}' does not score "
        "(see the roster)",
    },
    "unknown_criterion": {
        "fr": "la catégorie «\u202f{category}\u202f» n'a pas de critère «\u202f{name}\u202f»",
        "en": "category '{category}' has no criterion '{name}'",
    },
    "mark_outside_scale": {
        "fr": "la note {mark} est hors de l'échelle du critère «\u202f{name}\u202f» (de {min} à "
        "{max})",
        "en": "{mark} is outside the scale of '{name}' ({min} to {max})",
    },
    "missing_mark": {
        "fr": "aucune note pour le critère «\u202f{criterion}\u202f»\u202f; la note de ce juré "
        "pour cette candidature ne portera que sur les autres critères",
        "en": "no mark for '{criterion}'; this score uses the other criteria only",
    },
    # A jury vote that orders no tie (checks.votes)
    "vote_not_tied": {
        "fr": "la candidature «\u202f{ident}\u202f» n'est à égalité avec aucune autre, ni au "
        "score ni par les règles de départage\u00a0: ce vote ne change rien\u202f; supprimez-le, "
        "ou vérifiez si les notes ont changé depuis le vote",
        "en": "'{ident}' is not tied with any other application on its score and every "
        "tie-break rule, so this vote has no effect; remove it, or check whether the marks "
        "changed since the vote",
    },
    "vote_not_ranked": {
        "fr": "la candidature «\u202f{ident}\u202f» n'est pas classée (il lui faut plus de "
        "notes)\u00a0: ce vote ne change rien\u202f; supprimez-le, ou vérifiez si les notes ont "
        "changé depuis le vote",
        "en": "'{ident}' is not ranked (it needs more scores), so this vote has no effect; "
        "remove it, or check whether the marks changed since the vote",
    },
    # Rules no award could honour (checks.rules)
    "minimum_too_high": {
        "fr": "au moins {min_labels} par catégorie, pour {categories}, cela en fait {total}, "
        "alors que le règlement n'en décerne que {labels}\u00a0: une catégorie au moins resterait "
        "sous son minimum\u202f; ramenez per_category.min à {lower} ou portez labels à {total}",
        "en": "{min_labels} for each of the {categories} make {total}, more than the "
        "{labels} label(s) to award, so some category would get fewer than its minimum; "
        "lower per_category.min to {lower} or raise labels to {total}",
    },
    "unused_labels.one": {
        "fr": "au plus {max_labels} par catégorie, pour {categories}, cela en fait {most} au "
        "plus\u00a0: {count} des {labels} labels ne pourra jamais être décerné\u202f; s'ils "
        "doivent tous l'être, portez per_category.max à {raise_to} ou ramenez labels à {most}",
        "en": "at most {max_labels} in each of the {categories} make {most}, so {count} of "
        "the {labels} labels can never be awarded; if all are meant to be, raise "
        "per_category.max to {raise_to} or lower labels to {most}",
    },
    "unused_labels.other": {
        "fr": "au plus {max_labels} par catégorie, pour {categories}, cela en fait {most} au "
        "plus\u00a0: {count} des {labels} labels ne pourront jamais être décernés\u202f; s'ils "
        "doivent tous l'être, portez per_category.max à {raise_to} ou ramenez labels à {most}",
        "en": "at most {max_labels} in each of the {categories} make {most}, so {count} of "
        "the {labels} labels can never be awarded; if all are meant to be, raise "
        "per_category.max to {raise_to} or lower labels to {most}",
    },
    "no_labels": {
        "fr": "aucun label ne sera décerné\u202f; écrivez ici combien de labels l'édition décerne",
        "en": "no label will be awarded; write how many labels the edition gives",
    },
    "panel_empty.one": {
        "fr": "aucun juré ne note la catégorie «\u202f{ident}\u202f»\u00a0: aucune de ses "
        "candidatures ne pourra être classée\u202f; ajoutez «\u202f{ident}\u202f» aux catégories "
        "d'au moins {count} juré",
        "en": "no juror scores category '{ident}', so none of its applications can be "
        "ranked; add '{ident}' to the categories of {count} juror or more",
    },
    "panel_empty.other": {
        "fr": "aucun juré ne note la catégorie «\u202f{ident}\u202f»\u00a0: aucune de ses "
        "candidatures ne pourra être classée\u202f; ajoutez «\u202f{ident}\u202f» aux catégories "
        "d'au moins {count} jurés",
        "en": "no juror scores category '{ident}', so none of its applications can be "
        "ranked; add '{ident}' to the categories of {count} jurors or more",
    },
    "panel_small.one": {
        "fr": "la catégorie «\u202f{ident}\u202f» n'a qu'un juré dans la liste des jurés, "
        "moins que les {minimum} qu'il faut à une candidature\u00a0: aucune de ses candidatures "
        "ne pourra être classée\u202f; ajoutez des jurés à «\u202f{ident}\u202f» dans {roster} ou "
        "ramenez minimum_jurors à {count}",
        "en": "category '{ident}' has only one juror in the roster, fewer than the "
        "{minimum} an application needs, so none of its applications can be ranked; add "
        "jurors to '{ident}' in {roster} or lower minimum_jurors to {count}",
    },
    "panel_small.other": {
        "fr": "la catégorie «\u202f{ident}\u202f» n'a que {count} jurés dans la liste des jurés, "
        "moins que les {minimum} qu'il faut à une candidature\u00a0: aucune de ses candidatures "
        "ne pourra être classée\u202f; ajoutez des jurés à «\u202f{ident}\u202f» dans {roster} ou "
        "ramenez minimum_jurors à {count}",
        "en": "category '{ident}' has {count} jurors in the roster, fewer than the "
        "{minimum} an application needs, so none of its applications can be ranked; add "
        "jurors to '{ident}' in {roster} or lower minimum_jurors to {count}",
    },
    # Conflicts of interest (checks.conflicts)
    "conflict_marks": {
        "fr": "conflit d'intérêts {kind}\u00a0: {reason}\u202f; ces notes ne seront pas prises en "
        "compte",
        "en": "{kind} conflict of interest, {reason}; these marks will not count",
    },
    "too_few_jurors.one": {
        "fr": "notée par {count} juré sans conflit d'intérêts\u202f; il en faut {minimum} pour la "
        "classer",
        "en": "scored by {count} juror without a conflict; {minimum} are needed to rank it",
    },
    "too_few_jurors.other": {
        "fr": "notée par {count} jurés sans conflit d'intérêts\u202f; il en faut {minimum} pour "
        "la classer",
        "en": "scored by {count} jurors without a conflict; {minimum} are needed to rank it",
    },
    "declared_invisible": {
        "fr": "«\u202f{shown}\u202f» contient un caractère invisible ({what})\u00a0: ce conflit "
        "déclaré ne correspond à aucune candidature et n'exclut rien\u202f; supprimez ce "
        "caractère{fix}",
        "en": "'{shown}' contains an invisible character ({what}), so it matches no "
        "application and excludes nothing; delete it{fix}",
    },
    "declared_case_id": {
        "fr": "«\u202f{declared}\u202f» ne correspond à aucun identifiant de candidature ni à "
        "aucun code INSEE ou SIREN de cette édition, donc n'exclut rien\u202f; les identifiants "
        "de candidature s'écrivent en minuscules\u00a0: écrivez «\u202f{target}\u202f»",
        "en": "'{declared}' matches no application id and no INSEE or SIREN code of this "
        "edition, so it excludes nothing; application ids are lower-case: write '{target}'",
    },
    "declared_case_code": {
        "fr": "«\u202f{declared}\u202f» ne correspond à aucun identifiant de candidature ni à "
        "aucun code INSEE ou SIREN de cette édition, donc n'exclut rien\u202f; les codes "
        "s'écrivent en chiffres et en lettres capitales\u00a0: écrivez «\u202f{target}\u202f»",
        "en": "'{declared}' matches no application id and no INSEE or SIREN code of this "
        "edition, so it excludes nothing; codes are written in plain digits and capital "
        "letters: write '{target}'",
    },
    "declared_territory_name": {
        "fr": "«\u202f{declared}\u202f» ne correspond à aucun identifiant de candidature ni à "
        "aucun code INSEE ou SIREN de cette édition, donc n'exclut rien\u202f; un conflit déclaré "
        "est l'identifiant d'une candidature ou un code, pas le nom d'un territoire\u00a0: "
        "écrivez {listed}",
        "en": "'{declared}' matches no application id and no INSEE or SIREN code of this "
        "edition, so it excludes nothing; a declared conflict is an application id or a "
        "code, not a territory name: write {listed}",
    },
    "declared_bad_siren": {
        "fr": "«\u202f{declared}\u202f» n'est pas un numéro SIREN valide (sa clé de contrôle est "
        "fausse\u202f; un chiffre a sans doute été mal tapé)\u00a0: ce conflit déclaré ne "
        "correspond à aucune candidature et n'exclut rien",
        "en": "'{declared}' is not a valid SIREN number (its check digit is wrong; a digit "
        "is probably mistyped), so it matches no application and excludes nothing",
    },
    "declared_unmatched": {
        "fr": "«\u202f{declared}\u202f» ne correspond à aucun identifiant de candidature ni à "
        "aucun code INSEE ou SIREN de cette édition, donc n'exclut rien{note}\u202f; {fix}",
        "en": "'{declared}' matches no application id and no INSEE or SIREN code of this "
        "edition, so it excludes nothing{note}; {fix}",
    },
    "declared_lower_case": {
        "fr": "\u202f; les identifiants de candidature s'écrivent en minuscules",
        "en": "; application ids are lower-case",
    },
    "declared_close": {
        "fr": "vouliez-vous dire «\u202f{close}\u202f»\u202f?",
        "en": "did you mean '{close}'?",
    },
    "declared_what_to_write": {
        "fr": "écrivez l'identifiant d'une candidature, ou le code INSEE ou SIREN d'un candidat, "
        "ou supprimez cette ligne",
        "en": "write an application id or an applicant's INSEE or SIREN code, or remove it",
    },
    "code_unmatched.siren": {
        "fr": "le SIREN «\u202f{declared}\u202f» ne correspond à aucune candidature de cette "
        "édition, donc n'exclut rien",
        "en": "SIREN '{declared}' matches no application of this edition, so it excludes nothing",
    },
    "code_unmatched.insee": {
        "fr": "le code INSEE «\u202f{declared}\u202f» ne correspond à aucune candidature de cette "
        "édition, donc n'exclut rien",
        "en": "INSEE code '{declared}' matches no application of this edition, so it "
        "excludes nothing",
    },
    "code_departement": {
        "fr": "{message}\u00a0: un code de département ne couvre pas ses communes\u202f; pour "
        "exclure {listed}, déclarez les identifiants de ces candidatures ou les codes INSEE des "
        "communes",
        "en": "{message}: a département code does not cover its communes; to exclude "
        "{listed}, declare the application ids or the communes' INSEE codes",
    },
    "code_close": {
        "fr": "{message}\u202f; s'il désignait un candidat, vérifiez-le\u00a0: le code de "
        "candidat le plus proche est «\u202f{close}\u202f» ({owners})",
        "en": "{message}; if it was meant for an applicant, check it: the closest applicant "
        "code is '{close}' ({owners})",
    },
    "code_check": {
        "fr": "{message}\u202f; s'il désignait un candidat, vérifiez-le",
        "en": "{message}; if it was meant for an applicant, check it",
    },
    # The assignment (checks.assignments)
    "add_to_roster": {
        "fr": "\u202f; ajoutez-le à la liste des jurés ou supprimez ce bloc",
        "en": "; add them to the roster or remove this block",
    },
    "assignment_duplicate_juror": {
        "fr": "le juré «\u202f{juror}\u202f» a déjà un bloc à la ligne {line}\u202f; réunissez "
        "les deux blocs en un seul",
        "en": "juror '{juror}' already has a block at line {line}; merge the two blocks into one",
    },
    "assignment_outside_categories": {
        "fr": "le juré «\u202f{juror}\u202f» ne note pas la catégorie «\u202f{category}\u202f» "
        "(voir la liste des jurés)\u202f; confiez ces candidatures à un juré de cette catégorie",
        "en": "juror '{juror}' does not score category '{category}' (see the roster); give "
        "these applications to a juror of that category",
    },
    "conflict_on_card": {
        "fr": "le juré «\u202f{juror}\u202f» a déclaré sur sa carte de notation un conflit "
        "d'intérêts avec «\u202f{ident}\u202f»\u00a0: ses notes ne seront pas prises en compte. "
        "S'il reste trop peu de jurés pour cette candidature, confiez-la à un autre juré de la "
        "catégorie",
        "en": "juror '{juror}' declared a conflict of interest with '{ident}' on their score "
        "card: their marks will not count. If it now has too few jurors, give it to another "
        "juror of the category",
    },
    "assigned_twice": {
        "fr": "la candidature «\u202f{ident}\u202f» est déjà confiée au juré "
        "«\u202f{juror}\u202f»\u202f; supprimez cette ligne",
        "en": "'{ident}' is already assigned to juror '{juror}'; keep one entry",
    },
    "wrong_category": {
        "fr": "la candidature «\u202f{ident}\u202f» est dans la catégorie «\u202f{actual}\u202f», "
        "pas «\u202f{category}\u202f»\u202f; placez-la sous «\u202f{actual}\u202f»",
        "en": "'{ident}' is in category '{actual}', not '{category}'; list it under '{actual}'",
    },
    "assigned_in_conflict": {
        "fr": "le juré «\u202f{juror}\u202f» est en conflit d'intérêts avec «\u202f{ident}\u202f» "
        "(conflit {kind}\u00a0: {reason})\u00a0: ses notes ne compteraient pas\u202f; confiez "
        "cette candidature à un autre juré de la catégorie",
        "en": "juror '{juror}' is in conflict of interest with '{ident}' ({kind}: "
        "{reason}), so their marks would not count; give it to another juror of the category",
    },
    "not_assigned": {
        "fr": "la candidature «\u202f{ident}\u202f» n'est pas confiée au juré "
        "«\u202f{juror}\u202f» dans {file}\u202f; ces notes comptent, mais ajoutez-la à la "
        "répartition si c'était voulu, ou supprimez ces notes",
        "en": "'{ident}' is not assigned to juror '{juror}' in {file}; these marks count, but "
        "add it to the assignment if it was meant, or remove the score",
    },
    # A file given alone (checks.paths)
    "sheet_alone": {
        "fr": "c'est une feuille de notes de juré, vérifiée seule\u00a0: les candidatures, "
        "critères et échelles qu'elle cite ne sont vérifiés qu'au sein d'une édition\u202f; "
        "placez-la dans le dossier jury/scores/ de l'édition et vérifiez-la là",
        "en": "this is a juror's score sheet, checked on its own: the applications, criteria "
        "and scales it names are checked only inside an edition; put it in the edition's "
        "jury/scores/ folder and check it there",
    },
    # The library's errors (labelscore.api)
    "no_assignment_progress": {
        "fr": "{path} n'existe pas\u00a0: il n'y a pas de répartition à laquelle comparer les "
        "notes\u202f; créez-la avec labelscore assign",
        "en": "{path} does not exist: there is no assignment to check the marks against; "
        "write it with labelscore assign",
    },
    "no_assignment_cards": {
        "fr": "{path} n'existe pas\u00a0: il n'y a pas de liste des candidatures de chaque "
        "juré\u202f; créez-la avec labelscore assign",
        "en": "{path} does not exist: there is no list of applications for each juror; "
        "write it with labelscore assign",
    },
    # Score cards (checks.cards)
    "card_no_meta": {
        "fr": "ce classeur n'a pas d'onglet «\u202f{sheet}\u202f»\u00a0: ce n'est pas une carte "
        "de notation faite par labelscore (ou ses onglets ont été copiés dans un autre "
        "classeur)\u202f; collectez la carte envoyée au juré",
        "en": "this workbook has no '{sheet}' sheet, so it is not a score card made by "
        "labelscore (or its sheets were copied into another workbook); collect the card "
        "the juror was sent",
    },
    "card_meta_changed": {
        "fr": "l'onglet «\u202f{sheet}\u202f» a été modifié\u00a0: cette carte ne peut pas être "
        "lue\u202f; collectez la carte envoyée au juré",
        "en": "the '{sheet}' sheet was changed: this card cannot be read; collect the card "
        "the juror was sent",
    },
    "card_newer": {
        "fr": "cette carte a été faite par une version plus récente de labelscore (format de "
        "carte {version}\u202f; celle-ci lit le format {supported})\u202f; mettez labelscore à "
        "jour",
        "en": "this card was made by a newer labelscore (card format {version}; this one "
        "reads format {supported}); update labelscore",
    },
    "card_other_edition": {
        "fr": "cette carte est celle de l'édition «\u202f{name} {year}\u202f», pas de "
        "«\u202f{ours} {our_year}\u202f»\u202f; collectez-la dans le dossier de son édition",
        "en": "this card is for the edition '{name} {year}', not '{ours} {our_year}'; "
        "collect it into its own edition folder",
    },
    "card_unknown_juror": {
        "fr": "cette carte est celle du juré «\u202f{juror}\u202f», qui n'est pas dans la liste "
        "des jurés",
        "en": "this card is for juror '{juror}', who is not on the roster",
    },
    "card_second": {
        "fr": "c'est une deuxième carte du juré «\u202f{juror}\u202f» (la première\u00a0: "
        "{first})\u202f; ne gardez dans le dossier que la dernière carte envoyée par ce juré, "
        "puis relancez labelscore collect",
        "en": "this is a second card of juror '{juror}' (the first: {first}); keep only the "
        "juror's latest card in the folder, then run labelscore collect again",
    },
    "card_out_of_date": {
        "fr": "les colonnes de notes de cette carte ne veulent plus dire la même chose "
        "({changed} ; - critère retiré, + critère ajouté, sinon échelle avant → après) ; "
        "ses notes ne peuvent pas être lues sans risque : faites une nouvelle carte pour "
        "{juror} avec labelscore cards (elle reprend les notes déjà collectées) et "
        "recopiez-y les nouvelles notes de celle-ci",
        "en": "the mark columns of this card no longer mean what they meant ({changed}; - a "
        "criterion removed, + one added, else the scale before → after); its marks cannot "
        "be read safely: make a new card for {juror} with labelscore cards (it is filled "
        "with the marks already collected) and copy this card's new marks into it",
    },
    "card_row_not_assigned": {
        "fr": "« {ident} » n'est plus confiée à ce juré ; ses notes sont "
        "collectées quand même (elles comptent, et validate le signale)",
        "en": "'{ident}' is no longer assigned to this juror; its marks are collected all the "
        "same (they count, and validate says so)",
    },
    "card_partly_marked.one": {
        "fr": "« {ident} » : {count} critère noté sur {total} (il manque "
        "{missing}) ; son score ne tient compte que de celui-là tant que les autres ne "
        "sont pas notés",
        "en": "'{ident}': {count} of {total} criteria marked ({missing} not yet); its score "
        "uses that one only until the others are marked",
    },
    "card_partly_marked.other": {
        "fr": "« {ident} » : {count} critères notés sur {total} (il manque "
        "{missing}) ; son score ne tient compte que de ceux-là tant que les autres ne "
        "sont pas notés",
        "en": "'{ident}': {count} of {total} criteria marked ({missing} not yet); its score "
        "uses those only until the others are marked",
    },
    "card_sheet_missing": {
        "fr": "l'onglet «\u202f{sheet}\u202f» (catégorie {category}) manque\u00a0: a-t-il été "
        "renommé ou supprimé\u202f? Rendez-lui son nom, ou collectez la carte envoyée au juré",
        "en": "the sheet '{sheet}' (category {category}) is missing: was it renamed or "
        "deleted? Give it back its name, or collect the card the juror was sent",
    },
    "card_role_edited": {
        "fr": "la première ligne, masquée, a été modifiée ici («\u202f{role}\u202f»)\u202f; elle "
        "nomme chaque colonne pour labelscore\u00a0: annulez la modification, ou collectez la "
        "carte envoyée au juré",
        "en": "the hidden first row was changed here ('{role}'); it names each column for "
        "labelscore: undo the change, or collect the card the juror was sent",
    },
    "card_column_missing": {
        "fr": "la colonne «\u202f{role}\u202f» manque (une colonne a été supprimée, ou la "
        "première ligne, masquée, a été modifiée)\u202f; annulez la modification, ou collectez la "
        "carte envoyée au juré",
        "en": "the column '{role}' is missing (a column was deleted, or the hidden first row "
        "changed); undo the change, or collect the card the juror was sent",
    },
    "card_heading_edited": {
        "fr": "cet en-tête indique «\u202f{shown}\u202f», mais la colonne contient les notes de "
        "«\u202f{heading}\u202f» (labelscore lit la première ligne, masquée, pas les en-têtes)",
        "en": "this heading reads '{shown}', but the column holds the marks for '{heading}' "
        "(labelscore reads the hidden first row, not the headings)",
    },
    "card_unknown_row": {
        "fr": "«\u202f{shown}\u202f» ne fait pas partie des candidatures de la catégorie "
        "{category} confiées à ce juré",
        "en": "'{shown}' is not among the applications of {category} assigned to this juror",
    },
    "card_number_row": {
        "fr": "cette cellule contient un nombre, pas l'identifiant d'une des candidatures de la "
        "catégorie {category} confiées à ce juré",
        "en": "'a number' is not among the applications of {category} assigned to this juror",
    },
    "card_row_without_id": {
        "fr": "cette ligne a des notes mais pas d'identifiant de candidature\u202f; remettez "
        "l'identifiant",
        "en": "this row has marks but no application id; put back the id",
    },
    "card_row_twice": {
        "fr": "«\u202f{ident}\u202f» est aussi à la ligne {row}\u202f; gardez une seule ligne par "
        "candidature",
        "en": "'{ident}' is also on row {row}; keep one row per application",
    },
    "card_row_missing": {
        "fr": "«\u202f{ident}\u202f» n'a pas de ligne sur cette carte (sa ligne a été supprimée, "
        "ou elle a été confiée au juré après la carte)\u202f; elle compte comme pas encore "
        "notée\u00a0: faites une nouvelle carte pour la noter",
        "en": "'{ident}' has no row on this card (its row was deleted, or it was assigned "
        "after the card was made); it counts as not marked yet: make a new card to mark it",
    },
    "card_outside_scale": {
        "fr": "{mark} est hors de l'échelle de «\u202f{title}\u202f» (de {scale})",
        "en": "{mark} is outside the scale of '{title}' ({scale})",
    },
    "card_conflict_value": {
        "fr": "écrivez «\u202f{yes}\u202f» ici pour un conflit d'intérêts, «\u202f{no}\u202f» ou "
        "rien sinon",
        "en": "write '{yes}' here for a conflict of interest, '{no}' or nothing otherwise",
    },
    "card_conflict_with_marks": {
        "fr": "un conflit d'intérêts est déclaré pour «\u202f{ident}\u202f», qui a aussi des "
        "notes\u202f; effacez les notes, ou la cellule du conflit",
        "en": "a conflict of interest is declared for '{ident}', which also has marks; clear "
        "the marks, or the conflict cell",
    },
    "card_comment_without_marks": {
        "fr": "«\u202f{ident}\u202f» a un commentaire mais pas de note\u202f; une feuille "
        "de notes ne garde un commentaire qu'avec des notes\u00a0: donnez les notes, ou "
        "reportez le commentaire ailleurs et videz la cellule (pour un conflit d'intérêts, "
        "le commentaire ne peut pas être gardé)",
        "en": "'{ident}' has a comment but no mark; a score sheet keeps a comment with "
        "marks only: give the marks, or move the comment elsewhere and empty the cell (with "
        "a conflict of interest, the comment cannot be kept)",
    },
    "card_formula": {
        "fr": "cette cellule contient une formule\u202f; tapez la note elle-même (un nombre)",
        "en": "this cell holds a formula; type the mark itself (a number)",
    },
    "card_error_value": {
        "fr": "cette cellule contient une valeur d'erreur\u202f; tapez la note",
        "en": "this cell holds an error value; type the mark",
    },
    "card_odd_value": {
        "fr": "cette cellule contient {value}, pas une note\u202f; tapez la note comme un simple "
        "nombre (le format de la cellule a peut-être été changé)",
        "en": "this cell holds {value}, not a mark; type the mark as a plain number (the "
        "cell's format may have been changed)",
    },
    "card_yes_no": {
        "fr": "cette cellule contient {value}, pas une note\u202f; tapez un nombre",
        "en": "this cell holds {value}, not a mark; type a number",
    },
    "odd.a date and time": {"fr": "une date et une heure", "en": "a date and time"},
    "odd.a date": {"fr": "une date", "en": "a date"},
    "odd.a time": {"fr": "une heure", "en": "a time"},
    "odd.a duration": {"fr": "une durée", "en": "a duration"},
    "odd.an infinity": {"fr": "l'infini", "en": "an infinity"},
    "true": {"fr": "VRAI", "en": "TRUE"},
    "false": {"fr": "FAUX", "en": "FALSE"},
    "card_mark_as_text": {
        "fr": "«\u202f{value}\u202f» est enregistré comme du texte\u202f; lu comme {number}",
        "en": "'{value}' is stored as text; read as {number}",
    },
    "card_not_a_number": {
        "fr": "«\u202f{value}\u202f» n'est pas un nombre\u202f; tapez la note en chiffres (par "
        "exemple 4 ou 4,5)",
        "en": "'{value}' is not a number; type the mark in figures (for example 4 or 4,5)",
    },
    "card_comment_not_text": {
        "fr": "la cellule du commentaire contient {value}, pas du texte tapé\u202f; tapez le "
        "commentaire lui-même, ou videz la cellule",
        "en": "the comment cell holds {value}, not typed text; type the comment itself, or "
        "empty the cell",
    },
    "card_holds_formula": {"fr": "une formule", "en": "a formula"},
    "card_holds_error": {
        "fr": "une valeur d'erreur du tableur",
        "en": "a spreadsheet error value",
    },
    "card_bad_text": {
        "fr": "le commentaire contient un caractère invisible (U+{code})\u202f; supprimez-le et "
        "retapez le texte",
        "en": "the comment holds an invisible character (U+{code}); delete it and retype",
    },
    # A card against the juror's score sheet (checks.collect)
    "replace_fix": {
        "fr": "\u202f; --replace garde la version de la carte, si c'est la dernière envoyée "
        "par le juré",
        "en": "; --replace keeps the card's version, if it is the juror's latest",
    },
    "lost_for_conflict": {
        "fr": "{application}\u00a0: la carte déclare un conflit d'intérêts pour cette "
        "candidature\u202f; ses notes ici seraient supprimées",
        "en": "{application}: the card declares a conflict of interest for it; its marks here "
        "would be dropped",
    },
    "lost_without_marks": {
        "fr": "{application}\u00a0: la carte n'a pas de note pour cette candidature\u202f; ses "
        "notes ici seraient supprimées",
        "en": "{application}: the card has no mark for it; its marks here would be dropped",
    },
    "lost_mark": {
        "fr": "{application}\u00a0: la carte n'a pas de note pour «\u202f{criterion}\u202f»\u202f; "
        "cette note de {mark} serait supprimée",
        "en": "{application}: the card has no mark for '{criterion}'; this {mark} would be dropped",
    },
    "changed_mark": {
        "fr": "{application}\u00a0: la carte donne {card} pour «\u202f{criterion}\u202f» là où "
        "cette feuille a {sheet}",
        "en": "{application}: the card has {card} for '{criterion}' where this sheet has {sheet}",
    },
    "changed_comment": {
        "fr": "{application}\u00a0: la carte a un autre commentaire («\u202f{comment}\u202f»)",
        "en": "{application}: the card has another comment ('{comment}')",
    },
    "lost_comment": {
        "fr": "{application}\u00a0: la carte n'a pas de commentaire pour cette candidature",
        "en": "{application}: the card has no comment for it",
    },
    "lost_conflict": {
        "fr": "la carte ne déclare pas ce conflit d'intérêts avec «\u202f{ident}\u202f»",
        "en": "the card does not declare this conflict of interest with '{ident}'",
    },
}
