"""Fixed tables of the 2010 sample edition: categories, territories, projects, jurors.

Everything here is data; `make_sample_edition.py` turns it into YAML files. The
territories and their codes are real (as far as public records go); the projects,
figures, people and marks are invented for the sample, except Brest's application,
which follows the published facts of its 2010 application.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

SEED = 2010


def luhn(prefix: str) -> str:
    """Complete an 8-digit prefix into a 9-digit SIREN number with a valid check digit."""
    for last in "0123456789":
        candidate = prefix + last
        total = 0
        for index, char in enumerate(reversed(candidate)):
            digit = int(char) * (2 if index % 2 else 1)
            total += digit - 9 if digit > 9 else digit
        if total % 10 == 0:
            return candidate
    raise AssertionError(prefix)  # pragma: no cover - one digit always fits


# --------------------------------------------------------------------------- categories


class Crit(NamedTuple):
    id: str
    title: str
    guidance: str
    weight: int
    max: int  # every scale starts at 0


@dataclass(frozen=True)
class CategoryData:
    id: str
    title: str
    note: str  # comment written at the top of the file
    criteria: tuple[Crit, ...]


CATEGORIES: tuple[CategoryData, ...] = (
    CategoryData(
        "internet-social",
        "Internet social et accès pour tous",
        "Accès public, médiation et appropriation de l'internet par tous les habitants.",
        (
            Crit(
                "usages",
                "Usages et publics touchés",
                "Combien d'habitants utilisent réellement le service, et lesquels ?",
                3,
                5,
            ),
            Crit(
                "inclusion",
                "Inclusion sociale",
                "Le projet atteint-il des personnes éloignées du numérique ou en difficulté ?",
                3,
                5,
            ),
            Crit(
                "innovation",
                "Caractère innovant",
                "La démarche apporte-t-elle quelque chose de neuf par rapport à l'existant ?",
                2,
                5,
            ),
            Crit(
                "partenariats",
                "Partenariats locaux",
                "Associations, centres sociaux et habitants sont-ils associés au projet ?",
                2,
                5,
            ),
            Crit(
                "transferabilite",
                "Transférabilité",
                "Un autre territoire pourrait-il reprendre le projet sans tout réinventer ?",
                1,
                5,
            ),
            Crit(
                "evaluation",
                "Évaluation et retour d'expérience",
                "Les résultats sont-ils mesurés et partagés honnêtement ?",
                2,
                5,
            ),
        ),
    ),
    CategoryData(
        "ecole-numerique",
        "École numérique",
        "Notes sur 20, comme à l'école : le jury de cette catégorie l'a demandé.",
        (
            Crit(
                "pedagogie",
                "Apport pédagogique",
                "Les outils changent-ils la façon d'apprendre et d'enseigner ?",
                3,
                20,
            ),
            Crit(
                "appropriation",
                "Appropriation par les enseignants et les élèves",
                "Les équipements sont-ils utilisés au quotidien, pas seulement installés ?",
                2,
                20,
            ),
            Crit(
                "familles",
                "Lien avec les familles",
                "Les parents ont-ils accès à la vie de la classe et de l'établissement ?",
                1,
                20,
            ),
            Crit(
                "partenariat-academique",
                "Partenariat avec l'Éducation nationale",
                "Le projet est-il construit avec le rectorat et les équipes éducatives ?",
                2,
                20,
            ),
            Crit(
                "transferabilite",
                "Transférabilité",
                "Le dispositif peut-il être étendu à d'autres écoles ou collectivités ?",
                1,
                20,
            ),
        ),
    ),
    CategoryData(
        "nouveaux-medias",
        "Nouveaux médias et développement économique",
        "Contenus numériques, médias locaux et soutien aux entreprises du territoire.",
        (
            Crit(
                "innovation",
                "Caractère innovant",
                "Le projet explore-t-il un usage ou un média encore peu répandu ?",
                3,
                5,
            ),
            Crit(
                "impact-economique",
                "Impact économique",
                "Des emplois, des entreprises ou des marchés sont-ils créés ou consolidés ?",
                3,
                5,
            ),
            Crit(
                "entreprises",
                "Implication des entreprises",
                "Les entreprises locales sont-elles partenaires, et pas seulement cibles ?",
                2,
                5,
            ),
            Crit(
                "usages",
                "Usages",
                "Le service est-il utilisé par les habitants ou les professionnels visés ?",
                2,
                5,
            ),
            Crit(
                "transferabilite",
                "Transférabilité",
                "La méthode et les outils sont-ils réutilisables ailleurs ?",
                1,
                5,
            ),
        ),
    ),
    CategoryData(
        "e-tourisme",
        "e-Tourisme",
        "Notes sur 10 : l'échelle retenue par le jury e-Tourisme depuis 2009.",
        (
            Crit(
                "valorisation",
                "Valorisation du territoire",
                "Le projet donne-t-il envie de venir et fait-il connaître le patrimoine local ?",
                2,
                10,
            ),
            Crit(
                "experience-visiteur",
                "Expérience du visiteur",
                "Le service est-il simple, utile et disponible là où le visiteur en a besoin ?",
                3,
                10,
            ),
            Crit(
                "innovation",
                "Caractère innovant",
                "La technologie choisie est-elle au service d'un usage nouveau ?",
                2,
                10,
            ),
            Crit(
                "mobilite",
                "Services en mobilité",
                "Le visiteur peut-il s'en servir sur place, avec son téléphone ?",
                1,
                10,
            ),
            Crit(
                "partenariats",
                "Partenariats touristiques",
                "Offices de tourisme et prestataires privés sont-ils associés ?",
                1,
                10,
            ),
        ),
    ),
    CategoryData(
        "ville-intelligente",
        "Ville intelligente et développement durable",
        "Données, capteurs et services urbains au service de la ville durable.",
        (
            Crit(
                "innovation",
                "Caractère innovant",
                "Le projet ouvre-t-il une voie que d'autres villes pourront suivre ?",
                2,
                5,
            ),
            Crit(
                "environnement",
                "Impact environnemental",
                "Les économies d'énergie, de déplacements ou de ressources sont-elles réelles ?",
                3,
                5,
            ),
            Crit(
                "participation",
                "Participation des habitants",
                "Les habitants peuvent-ils contribuer, signaler ou réutiliser ?",
                2,
                5,
            ),
            Crit(
                "donnees",
                "Ouverture des données",
                "Les données produites sont-elles publiées dans un format réutilisable ?",
                2,
                5,
            ),
            Crit(
                "transferabilite",
                "Transférabilité",
                "Le dispositif est-il documenté et réutilisable ?",
                1,
                5,
            ),
            Crit(
                "evaluation",
                "Évaluation",
                "Des indicateurs de résultat sont-ils suivis dans la durée ?",
                1,
                5,
            ),
        ),
    ),
    CategoryData(
        "performance-collaboratif",
        "Performance et outils collaboratifs",
        "Outils internes, dématérialisation et travail en réseau des collectivités.",
        (
            Crit(
                "efficacite",
                "Gains pour les services",
                "Le projet fait-il gagner du temps, de l'argent ou de la qualité de service ?",
                3,
                5,
            ),
            Crit(
                "collaboration",
                "Travail collaboratif",
                "Les agents de plusieurs services ou collectivités travaillent-ils ensemble ?",
                3,
                5,
            ),
            Crit(
                "accompagnement",
                "Accompagnement des agents",
                "Formation et conduite du changement sont-elles prévues et suivies ?",
                2,
                5,
            ),
            Crit(
                "mutualisation",
                "Mutualisation",
                "Les coûts et les outils sont-ils partagés entre collectivités ?",
                2,
                5,
            ),
            Crit(
                "logiciels-libres",
                "Maîtrise technique et logiciels libres",
                "La collectivité garde-t-elle la maîtrise de ses outils et de ses données ?",
                1,
                5,
            ),
        ),
    ),
)


# --------------------------------------------------------------------------- projects


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # commune, intercommunalité, département, région, other
    postal: str
    population: int
    domain: str  # used for e-mail addresses and websites
    insee: str | None = None
    siren: str | None = None
    epci: str | None = None  # SIREN of the intercommunalité a commune belongs to


class Ind(NamedTuple):
    name: str
    value: int | float
    unit: str | None
    kind: str  # audience, usage, resources, other
    year: int | None = 2010


REALISED, IN_PROGRESS, PLANNED = "realised", "in progress", "planned"


@dataclass(frozen=True)
class Project:
    id: str
    category: str
    title: str
    place: Place
    status: str
    start: str
    summary: str
    quality: int  # latent quality, as the score (0-100) a neutral jury would give
    partners: tuple[str, ...] = ()
    indicators: tuple[Ind, ...] = ()
    transferability: str | None = None
    website: str | None = None
    notes: tuple[str, ...] = field(default=())  # comments written in the file


# Real SIREN numbers of some intercommunalités.
BMO = "242900314"  # Brest métropole océane
GRAND_LYON = "246900245"
RENNES_METROPOLE = "243500139"
CUB = "243300316"  # Communauté urbaine de Bordeaux
NANTES_METROPOLE = "244400404"
MONTPELLIER_AGGLO = "243400017"
LILLE_METROPOLE = "245900410"
STRASBOURG_CUS = "246700488"
MARSEILLE_MPM = "241300391"
CHAMBERY_METROPOLE = "247300254"
MEGALIS = "253514491"

LANNION_TREGOR = luhn("24220041")
VAL_DILLE = luhn("24350017")
SAINT_ETIENNE_METROPOLE = luhn("24420012")
VALENCIENNES_METROPOLE = luhn("24590016")
LAVAL_AGGLO = luhn("24530002")
SOPHIA_AGGLO = luhn("24060029")
CHAMONIX_CC = luhn("24740028")
HONFLEUR_CC = luhn("24140012")
CERGY_AGGLO = luhn("24950019")
SMTC_GRENOBLE = luhn("25380003")
LANDERNEAU_CC = luhn("24290010")
SQY_AGGLO = luhn("24780038")
CAEN_LA_MER = luhn("24140033")
REDON_CC = luhn("24350021")
THOUARSAIS_CC = luhn("24790001")
HAUTE_SAINTONGE_CC = luhn("24170005")
MANCHE_NUMERIQUE = luhn("25500047")

IS, EN, NM, ET, VI, PC = (
    "internet-social",
    "ecole-numerique",
    "nouveaux-medias",
    "e-tourisme",
    "ville-intelligente",
    "performance-collaboratif",
)

BREST = Project(
    id="brest-appropriation-sociale",
    category=IS,
    title="Appropriation sociale des technologies de l'information",
    place=Place("Brest", "commune", "29200", 142_097, "mairie-brest.fr", insee="29019", epci=BMO),
    status=REALISED,
    start="1998-01-01",
    summary=(
        "Depuis douze ans, la ville mène une politique volontaire pour que chaque habitant "
        "puisse se servir de l'internet et en devenir acteur. Une centaine de points d'accès "
        "publics (PAPI) sont tenus par des associations, des centres sociaux et des "
        "équipements de quartier, et une dizaine de nouvelles structures, souvent issues de "
        "l'insertion, rejoignent le réseau chaque année. Un appel à projets multimédia aide "
        "une trentaine d'initiatives par an, dont plus de la moitié s'adressent aux quartiers "
        "prioritaires ou à des personnes en difficulté. Des ateliers d'écriture publique, de "
        "vidéo et de logiciels libres ont lieu toute l'année. Le wiki-brest, les cartes "
        "ouvertes et les sites participatifs donnent la parole aux habitants ; à Kerourien, "
        "un accès à l'internet à 1 euro par mois a permis d'atteindre des personnes qui ne "
        "l'avaient jamais utilisé."
    ),
    quality=88,
    partners=(
        "Brest métropole océane",
        "Centres sociaux et maisons de quartier de Brest",
        "Maison du libre",
        "Associations de l'action sociale (repères-brest)",
        "Conseil général du Finistère",
    ),
    indicators=(
        Ind("Points d'accès publics à l'internet (PAPI)", 100, "points", "resources"),
        Ind("Projets aidés chaque année par l'appel à projets multimédia", 30, "projets", "other"),
        Ind("Contributeurs du wiki-brest", 1000, "personnes", "audience"),
        Ind("Articles publiés sur le wiki-brest", 15000, "articles", "usage"),
        Ind("Associations co-administratrices de repères-brest", 60, "associations", "audience"),
        Ind(
            "Habitants de Kerourien sans usage préalable touchés (entre 10 et 15 %)",
            10,
            "%",
            "audience",
        ),
        Ind("Équipe chargée de la politique", 8, "personnes", "resources"),
    ),
    transferability=(
        "Les outils (wiki, cartes ouvertes, sites de quartier) reposent sur des logiciels "
        "libres et la démarche est racontée au fil de l'eau sur a-brest.net ; l'équipe "
        "accueille volontiers les collectivités qui veulent monter un réseau de points "
        "d'accès ou un appel à projets comparable."
    ),
    website="http://www.a-brest.net",
    notes=("Chiffres arrêtés en juin 2010.",),
)

# Each category: preselected projects first (realised, audience measured or
# transferability described), then the others (planned or in progress, none of the three).
PROJECTS: tuple[Project, ...] = (
    # ------------------------------------------------------------ Internet social (24)
    BREST,
    Project(
        "lannion-tregor-cyber-bases",
        IS,
        "Réseau des cyber-bases du Trégor",
        Place(
            "Communauté d'agglomération Lannion-Trégor",
            "intercommunalité",
            "22300",
            58_000,
            "lannion-tregor.com",
            siren=LANNION_TREGOR,
        ),
        REALISED,
        "2005-09-01",
        (
            "Depuis 2005, l'agglomération a ouvert onze cyber-bases, pour la plupart dans des"
            " communes rurales où le premier ordinateur public se trouvait à plus de vingt "
            "kilomètres. Chacune est tenue par un animateur multimédia salarié de la "
            "communauté et ouverte au moins vingt heures par semaine : accès libre, cycles "
            "d'initiation, aide aux démarches administratives en ligne et ateliers "
            "thématiques (photo numérique, généalogie, recherche d'emploi). Les animateurs se"
            " retrouvent chaque mois pour mettre en commun leurs supports et organisent "
            "ensemble une fête de l'internet au printemps. Les cyber-bases accueillent aussi "
            "les écoles et les clubs d'aînés sur des créneaux réservés. En 2009, le réseau a "
            "reçu plus de 4 000 personnes, dont une majorité de retraités et de demandeurs "
            "d'emploi."
        ),
        76,
        partners=(
            "Caisse des dépôts (programme Cyber-base)",
            "Région Bretagne",
            "Mairies du Trégor",
            "Apronet",
        ),
        indicators=(
            Ind("Cyber-bases ouvertes", 11, "lieux", "resources"),
            Ind("Personnes accueillies", 4200, "personnes", "audience", 2009),
            Ind("Heures d'ouverture hebdomadaires cumulées", 240, "heures", "resources"),
        ),
        website="http://www.lannion-tregor.com",
    ),
    Project(
        "manche-espaces-publics-numeriques",
        IS,
        "Espaces publics numériques en milieu rural",
        Place(
            "Département de la Manche",
            "département",
            "50050",
            494_000,
            "manche.fr",
            insee="50",
            siren=luhn("22500001"),
        ),
        IN_PROGRESS,
        "2008-01-15",
        (
            "Dans la Manche, beaucoup de bourgs de moins de 3 000 habitants n'avaient ni "
            "cybercafé ni médiathèque équipée. Le Département finance depuis 2008 "
            "l'aménagement d'espaces publics numériques dans des locaux prêtés par les "
            "communes (salle de mairie, bibliothèque, foyer rural) et rémunère des animateurs"
            " itinérants, chacun partagé entre trois ou quatre espaces. Le programme comprend"
            " des séances de découverte pour les débutants, un accompagnement aux "
            "téléprocédures (CAF, impôts, Pôle emploi) et des ateliers pour les agriculteurs "
            "et les artisans. Vingt-sept espaces fonctionnent aujourd'hui ; une dizaine "
            "d'autres ouvriront d'ici fin 2011, au rythme du raccordement des communes au "
            "haut débit."
        ),
        62,
        partners=(
            "Manche Numérique",
            "Communautés de communes de la Manche",
            "Chambre d'agriculture de la Manche",
        ),
        indicators=(
            Ind("Usagers inscrits", 3100, "personnes", "audience"),
            Ind("Espaces ouverts", 27, "espaces", "resources"),
            Ind("Animateurs itinérants", 8, "postes", "resources"),
        ),
    ),
    Project(
        "aquitaine-reseau-epn",
        IS,
        "Réseau aquitain des espaces publics numériques",
        Place(
            "Région Aquitaine",
            "région",
            "33077",
            3_150_000,
            "aquitaine.fr",
            insee="72",
            siren=luhn("23330001"),
        ),
        REALISED,
        "2004-06-01",
        (
            "La Région anime depuis 2004 un réseau de lieux d'accès public à l'internet qui "
            "couvre aujourd'hui les cinq départements aquitains. Les espaces qui adhèrent à "
            "la charte régionale s'engagent sur des horaires d'ouverture, un accueil par un "
            "animateur qualifié et un tarif modéré ; en échange, ils reçoivent une aide à "
            "l'équipement et l'accès à un plan de formation continue pour leurs animateurs. "
            "Un annuaire en ligne recense tous les lieux et le programme de leurs ateliers, "
            "ce qui permet à chacun de trouver une initiation près de chez lui. Des "
            "rencontres régionales réunissent chaque automne les animateurs, les élus et les "
            "associations d'éducation populaire pour échanger sur les pratiques."
        ),
        67,
        partners=(
            "Aquitaine Europe Communication",
            "Départements d'Aquitaine",
            "Fédérations d'éducation populaire",
        ),
        indicators=(
            Ind("Lieux labellisés", 240, "lieux", "resources"),
            Ind("Journées de formation suivies par les animateurs", 410, "journées", "resources"),
            Ind("Consultations de l'annuaire en ligne", 52_000, "visites", "usage", 2009),
        ),
    ),
    Project(
        "villeneuve-dascq-cyber-centres",
        IS,
        "Cyber-centres de quartier",
        Place(
            "Villeneuve-d'Ascq",
            "commune",
            "59650",
            62_600,
            "villeneuvedascq.fr",
            insee="59009",
            epci=LILLE_METROPOLE,
        ),
        IN_PROGRESS,
        "2009-02-01",
        (
            "La ville équipe une à une ses maisons de quartier d'un cyber-centre : une "
            "douzaine de postes, une imprimante, un scanner et surtout un médiateur numérique"
            " présent aux heures d'ouverture. Les habitants y viennent pour apprendre, mais "
            "aussi pour écrire un courrier, consulter leur compte CAF ou échanger avec leur "
            "famille. Une convention avec l'université permet à des étudiants volontaires de "
            "tenir des permanences auprès des personnes âgées, qui préfèrent souvent un "
            "accompagnement individuel à un atelier collectif. Cinq cyber-centres sont "
            "ouverts depuis 2009 ; trois autres suivront à mesure des travaux de rénovation "
            "des maisons de quartier."
        ),
        59,
        partners=(
            "Université Lille 1",
            "Centres sociaux de Villeneuve-d'Ascq",
            "Lille Métropole Communauté urbaine",
        ),
        indicators=(
            Ind("Postes en libre accès", 64, "postes", "resources"),
            Ind("Cyber-centres ouverts", 5, "lieux", "resources"),
            Ind("Heures de permanence tenues par des étudiants", 620, "heures", "usage"),
        ),
        transferability=(
            "Le guide d'ouverture d'un cyber-centre (choix des locaux, matériel, charte "
            "d'animation, convention type avec l'université) est publié sous licence Creative"
            " Commons et complété après chaque ouverture."
        ),
    ),
    Project(
        "parthenay-seniors-connectes",
        IS,
        "Seniors connectés",
        Place("Parthenay", "commune", "79200", 10_500, "cc-parthenay.fr", insee="79202"),
        REALISED,
        "2007-10-01",
        (
            "Beaucoup de Parthenaisiens de plus de soixante-dix ans vivent loin de leurs "
            "enfants et petits-enfants. Depuis l'automne 2007, des animateurs se déplacent à "
            "domicile et dans les maisons de retraite pour leur apprendre à écrire un "
            "courriel, regarder des photos partagées et passer un appel en visiophonie. "
            "Chaque participant suit un cycle de six séances à son rythme, sur un ordinateur "
            "portable prêté par l'association, qu'il peut ensuite acquérir à prix réduit. Les"
            " familles sont invitées à la dernière séance pour un premier appel vidéo. Le "
            "CCAS repère les personnes isolées et finance les séances pour les revenus les "
            "plus modestes."
        ),
        68,
        partners=(
            "CCAS de Parthenay",
            "Association Parthenay Multimédia",
            "Maisons de retraite du Parthenaisien",
        ),
        indicators=(
            Ind("Ateliers organisés", 180, "ateliers", "usage", 2009),
            Ind("Ordinateurs portables prêtés", 25, "ordinateurs", "resources"),
            Ind("Appels en visiophonie passés pendant les ateliers", 540, "appels", "usage", 2009),
        ),
    ),
    Project(
        "saint-etienne-centres-sociaux",
        IS,
        "Le numérique dans les centres sociaux",
        Place(
            "Saint-Étienne",
            "commune",
            "42000",
            175_700,
            "saint-etienne.fr",
            insee="42218",
            epci=SAINT_ETIENNE_METROPOLE,
        ),
        REALISED,
        "2006-03-01",
        (
            "Depuis 2006, la ville accompagne les douze centres sociaux stéphanois pour "
            "qu'ils deviennent aussi des lieux de pratique numérique. Chacun dispose d'un "
            "espace multimédia financé par la ville et d'un animateur formé à la médiation. "
            "Les ateliers partent des besoins exprimés par les habitants : la recherche "
            "d'emploi arrive en tête, suivie des démarches auprès des administrations et du "
            "lien avec la famille éloignée. Les animateurs se réunissent chaque trimestre "
            "pour échanger leurs supports, et une journée annuelle présente les réalisations "
            "des usagers (CV vidéo, blogs de quartier, reportages photo)."
        ),
        56,
        partners=(
            "Fédération des centres sociaux de la Loire",
            "Pôle emploi",
            "Saint-Étienne Métropole",
        ),
        indicators=(
            Ind("Centres sociaux équipés", 12, "centres", "resources"),
            Ind("Séances d'atelier animées", 1150, "séances", "usage", 2009),
            Ind("Animateurs formés à la médiation numérique", 15, "personnes", "resources"),
        ),
    ),
    Project(
        "val-dille-visio-guichet",
        IS,
        "Visio-guichet des services publics",
        Place(
            "Communauté de communes du Val d'Ille",
            "intercommunalité",
            "35520",
            18_500,
            "valdille.fr",
            siren=VAL_DILLE,
        ),
        REALISED,
        "2008-05-01",
        (
            "Pour un habitant du Val d'Ille sans voiture, un rendez-vous à la CAF ou à la "
            "mission locale de Rennes pouvait coûter une demi-journée. Depuis 2008, chaque "
            "mairie de la communauté dispose d'une borne de visioconférence installée dans un"
            " bureau fermé, avec un scanner pour transmettre les pièces du dossier. La "
            "secrétaire de mairie prend le rendez-vous et accueille l'usager ; le conseiller "
            "le reçoit à distance comme à son guichet. Le dispositif sert aussi aux "
            "permanences juridiques et aux entretiens d'orientation des jeunes. Le coût de "
            "fonctionnement est partagé entre la communauté et les organismes partenaires."
        ),
        64,
        partners=(
            "CAF d'Ille-et-Vilaine",
            "Mission locale du bassin rennais",
            "Communes du Val d'Ille",
        ),
        indicators=(
            Ind("Rendez-vous à distance", 950, "rendez-vous", "usage", 2009),
            Ind("Mairies équipées d'une borne", 10, "mairies", "resources"),
            Ind("Kilomètres de trajet évités", 38_000, "km", "other", 2009),
        ),
    ),
    Project(
        "lhay-les-roses-atelier-emploi",
        IS,
        "Atelier numérique pour l'emploi",
        Place("L'Haÿ-les-Roses", "commune", "94240", 29_800, "lhaylesroses.fr", insee="94038"),
        IN_PROGRESS,
        "2009-09-01",
        (
            "Ouvert depuis septembre 2009 au sein du service municipal de l'emploi, l'atelier"
            " accueille les lundis, mercredis et vendredis les demandeurs d'emploi qui ne "
            "sont pas à l'aise avec l'ordinateur. Une conseillère et un animateur en emploi "
            "aidé formé au multimédia les aident à créer une adresse électronique, à rédiger "
            "et mettre en forme un CV, à s'inscrire sur les sites de recrutement et à "
            "répondre aux offres. Les personnes orientées par Pôle emploi ou la mission "
            "locale sont suivies sur plusieurs semaines, jusqu'à ce qu'elles soient "
            "autonomes. Un atelier du soir devrait ouvrir en 2011 pour les salariés à temps "
            "partiel."
        ),
        53,
        partners=("Pôle emploi", "Mission locale", "Maison de l'emploi du Val-de-Bièvre"),
        indicators=(
            Ind("Demandeurs d'emploi accompagnés", 410, "personnes", "audience"),
            Ind("Postes de travail", 10, "postes", "resources"),
            Ind("CV mis en ligne", 260, "CV", "usage"),
        ),
    ),
    Project(
        "montreuil-wifi-bibliotheques",
        IS,
        "Wi-Fi gratuit dans les bibliothèques",
        Place("Montreuil", "commune", "93100", 102_800, "montreuil.fr", insee="93048"),
        IN_PROGRESS,
        "2010-01-04",
        (
            "Le réseau des bibliothèques de Montreuil ouvre progressivement un accès sans fil"
            " gratuit à tous ses lecteurs, inscrits ou non. Trois bibliothèques sur cinq sont"
            " déjà couvertes depuis le début de l'année 2010 ; les deux dernières le seront "
            "après le renouvellement de leur câblage. Des ordinateurs portables peuvent être "
            "empruntés sur place, sur simple présentation d'une pièce d'identité, pour ceux "
            "qui n'ont pas leur propre matériel. Les bibliothécaires proposent en parallèle "
            "des rendez-vous individuels pour aider à configurer un appareil ou à trouver une"
            " information en ligne. La connexion respecte les règles de conservation des "
            "données imposées aux lieux publics."
        ),
        46,
        partners=("Bibliothèques de Montreuil", "Direction des systèmes d'information de la ville"),
        indicators=(
            Ind("Bibliothèques équipées", 3, "bibliothèques", "resources"),
            Ind("Ordinateurs portables prêtés sur place", 24, "ordinateurs", "resources"),
            Ind("Connexions au réseau sans fil par mois", 3800, "connexions", "usage"),
        ),
    ),
    Project(
        "roubaix-cyber-emploi",
        IS,
        "Cyber-emploi",
        Place(
            "Roubaix",
            "commune",
            "59100",
            96_900,
            "ville-roubaix.fr",
            insee="59512",
            epci=LILLE_METROPOLE,
        ),
        PLANNED,
        "2010-09-01",
        (
            "À la rentrée 2010, la maison de l'emploi accueillera un espace entièrement "
            "consacré à la recherche d'emploi en ligne. Une douzaine de postes, un téléphone "
            "et une imprimante seront en libre accès, et deux conseillers aideront les "
            "visiteurs à consulter les offres, à postuler sur les sites des entreprises et à "
            "préparer un entretien. Des sessions collectives seront organisées avec les "
            "entreprises qui recrutent dans les métiers de la logistique et du commerce. "
            "L'espace s'adressera en priorité aux habitants des quartiers prioritaires, où le"
            " chômage dépasse nettement la moyenne de la ville, et aux jeunes suivis par la "
            "mission locale."
        ),
        41,
        partners=("Maison de l'emploi de Roubaix", "Mission locale de Roubaix", "Pôle emploi"),
        indicators=(
            Ind("Postes en libre accès prévus", 12, "postes", "resources"),
            Ind("Budget d'aménagement", 85_000, "euros", "resources"),
            Ind("Objectif de visites la première année", 6000, "visites", "usage", 2011),
        ),
    ),
    Project(
        "limoges-bornes-mairies-quartier",
        IS,
        "Bornes internet en mairies de quartier",
        Place("Limoges", "commune", "87000", 139_000, "ville-limoges.fr", insee="87085"),
        IN_PROGRESS,
        "2009-04-01",
        (
            "Les mairies de quartier de Limoges reçoivent depuis 2009 des bornes en libre "
            "service qui donnent accès aux téléservices de la ville (état civil, "
            "inscriptions, paiement de la cantine) et à ceux de la CAF. Une borne comprend un"
            " écran tactile, un clavier, un scanner pour joindre des justificatifs et une "
            "imprimante pour garder une trace de la démarche. Les agents d'accueil ont été "
            "formés pour aider les usagers sans faire à leur place. Neuf bornes sont en "
            "service ; les dernières mairies annexes seront équipées en 2011, avec l'ajout "
            "des démarches du centre communal d'action sociale."
        ),
        47,
        partners=("CAF de la Haute-Vienne", "Centre communal d'action sociale de Limoges"),
        indicators=(
            Ind("Bornes installées", 9, "bornes", "resources"),
            Ind("Démarches effectuées sur les bornes", 7200, "démarches", "usage", 2009),
        ),
    ),
    Project(
        "ariege-haut-debit-wimax",
        IS,
        "Le haut débit pour les zones blanches",
        Place(
            "Département de l'Ariège",
            "département",
            "09000",
            151_000,
            "cg09.fr",
            insee="09",
            siren=luhn("22090001"),
        ),
        IN_PROGRESS,
        "2008-06-01",
        (
            "En 2008, plus d'un tiers des communes ariégeoises n'avaient pas accès à l'ADSL, "
            "surtout dans les vallées de montagne. Le Département a confié à un opérateur la "
            "construction d'un réseau WiMAX qui dessert ces zones blanches à un tarif "
            "comparable à celui des villes. Pour que le raccordement profite à tous, chaque "
            "commune nouvellement desservie peut ouvrir un point d'accès public dans sa "
            "mairie ou sa bibliothèque, avec deux postes fournis et une formation pour le "
            "secrétaire de mairie ou un bénévole. Les antennes restant à poser concernent les"
            " hameaux les plus isolés du Couserans et du pays d'Olmes."
        ),
        52,
        partners=(
            "Ardesi Midi-Pyrénées",
            "Opérateur délégataire",
            "Association des maires de l'Ariège",
        ),
        indicators=(
            Ind("Communes desservies", 118, "communes", "resources"),
            Ind("Points d'accès publics ouverts en mairie", 34, "points", "resources"),
            Ind("Abonnements souscrits", 2900, "abonnements", "usage"),
        ),
    ),
    Project(
        "amiens-numerique-quartiers",
        IS,
        "Le numérique dans les quartiers nord",
        Place("Amiens", "commune", "80000", 134_400, "amiens.fr", insee="80021"),
        PLANNED,
        "2010-10-01",
        (
            "À partir d'octobre 2010, la ville proposera un programme d'initiation au "
            "numérique dans les trois quartiers nord concernés par la rénovation urbaine. Les"
            " séances auront lieu au plus près des habitants, dans les locaux des régies de "
            "quartier et des centres sociaux, et seront animées par des jeunes du quartier "
            "recrutés en emplois aidés et formés par la ville. Le contenu sera construit avec"
            " les habitants : premiers pas sur l'ordinateur, démarches administratives, suivi"
            " de la scolarité des enfants. Une partie des ordinateurs réformés par les "
            "services municipaux sera reconditionnée et remise aux familles qui auront suivi "
            "le cycle complet."
        ),
        39,
        partners=("Régies de quartier", "Centres sociaux d'Amiens nord", "Amiens Métropole"),
        indicators=(
            Ind("Animateurs recrutés en emplois aidés", 6, "postes", "resources"),
            Ind(
                "Ordinateurs reconditionnés à remettre aux familles",
                120,
                "ordinateurs",
                "resources",
                2011,
            ),
            Ind("Séances d'initiation programmées", 300, "séances", "usage", 2011),
        ),
    ),
    Project(
        "bastia-mediatheque-numerique",
        IS,
        "Médiathèque numérique de quartier",
        Place("Bastia", "commune", "20200", 43_500, "bastia.fr", insee="2B033"),
        PLANNED,
        "2010-11-01",
        (
            "Au pied des immeubles de Lupino, la médiathèque de quartier va s'agrandir d'un "
            "espace numérique ouvert jusqu'à 21 heures trois soirs par semaine, pour "
            "accueillir les lycéens, les actifs et les parents qui ne peuvent pas venir en "
            "journée. Dix postes, une connexion sans fil et un coin de travail en groupe "
            "seront installés dans une salle aujourd'hui inutilisée. Un animateur proposera "
            "des ateliers de recherche documentaire, d'aide aux devoirs et de découverte de "
            "la création multimédia, en français et en langue corse. L'ouverture est prévue "
            "en novembre 2010, après les travaux d'accessibilité."
        ),
        43,
        partners=("Collectivité territoriale de Corse", "Associations du quartier de Lupino"),
        indicators=(
            Ind("Postes prévus", 10, "postes", "resources"),
            Ind("Heures d'ouverture en soirée par semaine", 9, "heures", "resources", 2011),
        ),
    ),
    Project(
        "cherbourg-portail-citoyen",
        IS,
        "Portail citoyen [phase 2]",
        Place(
            "Cherbourg-Octeville", "commune", "50100", 40_000, "ville-cherbourg.fr", insee="50129"
        ),
        IN_PROGRESS,
        "2009-11-01",
        (
            "Le portail citoyen de Cherbourg-Octeville permet depuis 2008 de demander en "
            "ligne un acte d'état civil. La seconde phase, engagée en novembre 2009, y ajoute"
            " les inscriptions scolaires, la réservation des salles municipales par les "
            "associations et le suivi des demandes adressées aux services techniques. Chaque "
            "démarche a été simplifiée avant d'être mise en ligne, avec les agents qui la "
            "traitent. Pour les habitants qui n'ont pas d'ordinateur ou manquent d'aisance, "
            "un point d'aide est ouvert dans le hall de l'hôtel de ville, avec deux postes et"
            " un agent d'accueil formé."
        ),
        47,
        partners=(
            "Communauté urbaine de Cherbourg",
            "Associations usagères des salles municipales",
        ),
        indicators=(
            Ind("Démarches en ligne disponibles", 14, "démarches", "resources"),
            Ind("Demandes déposées en ligne", 5400, "demandes", "usage", 2009),
        ),
    ),
    Project(
        "thouarsais-point-visio",
        IS,
        "Point visio public",
        Place(
            "Communauté de communes du Thouarsais",
            "intercommunalité",
            "79100",
            36_000,
            "thouars-communaute.fr",
            siren=THOUARSAIS_CC,
        ),
        PLANNED,
        "2010-09-15",
        (
            "La maison des services de Thouars accueillera à l'automne 2010 une salle de "
            "visioconférence ouverte au public. Les habitants pourront y rencontrer à "
            "distance les organismes qui ont fermé leurs permanences locales (caisse de "
            "retraite, assurance maladie, chambre de métiers), sur rendez-vous pris à "
            "l'accueil. En dehors de ces créneaux, la salle sera prêtée aux entreprises et "
            "aux associations du territoire pour leurs propres réunions. L'équipement sera "
            "financé par la communauté de communes, qui en assurera aussi l'entretien ; les "
            "organismes partenaires s'engagent à tenir une permanence hebdomadaire."
        ),
        36,
        partners=(
            "Maison des services du Thouarsais",
            "Caisse d'assurance retraite et de la santé au travail",
            "Chambre de métiers des Deux-Sèvres",
        ),
        indicators=(
            Ind("Investissement prévu", 32_000, "euros", "resources"),
            Ind("Permanences hebdomadaires prévues", 4, "permanences", "resources", 2011),
        ),
    ),
    Project(
        "aubervilliers-espace-jeunesse",
        IS,
        "Espace multimédia jeunesse",
        Place("Aubervilliers", "commune", "93300", 74_500, "aubervilliers.fr", insee="93001"),
        IN_PROGRESS,
        "2009-06-01",
        (
            "Depuis juin 2009, un espace multimédia réservé aux 12-25 ans fonctionne dans les"
            " locaux de l'office municipal de la jeunesse. Les jeunes y trouvent du matériel "
            "de tournage et de montage vidéo, un petit studio de musique assistée par "
            "ordinateur et des animateurs qui les aident à mener leurs projets jusqu'au bout."
            " Les créations sont diffusées sur le site de la ville et lors d'une soirée de "
            "projection en fin de saison. Des ateliers sur l'image de soi en ligne et la "
            "protection des données personnelles complètent l'offre, en lien avec les "
            "collèges de la ville."
        ),
        45,
        partners=("Office municipal de la jeunesse", "Collèges d'Aubervilliers"),
        indicators=(
            Ind("Séances d'atelier", 420, "séances", "usage"),
            Ind("Vidéos et morceaux réalisés", 65, "créations", "other"),
            Ind("Animateurs", 3, "postes", "resources"),
        ),
    ),
    Project(
        "grenoble-internet-residences-agees",
        IS,
        "Internet dans les résidences pour personnes âgées",
        Place("Grenoble", "commune", "38000", 156_800, "grenoble.fr", insee="38185"),
        PLANNED,
        "2010-10-01",
        (
            "Le CCAS de Grenoble gère des résidences pour personnes âgées dont les habitants "
            "restent souvent à l'écart de l'internet. À partir d'octobre 2010, chaque "
            "résidence disposera d'un salon numérique : deux ordinateurs à grand écran, une "
            "caméra et une tablette, dans une pièce commune déjà fréquentée. Des volontaires "
            "du service civique viendront deux après-midi par semaine pour proposer des "
            "initiations, aider à organiser un appel avec la famille ou à lire le journal en "
            "ligne. Le personnel des résidences sera formé pour prendre le relais au "
            "quotidien."
        ),
        42,
        partners=("CCAS de Grenoble", "Unis-Cité"),
        indicators=(
            Ind("Résidences à équiper", 8, "résidences", "resources"),
            Ind("Volontaires du service civique mobilisés", 10, "volontaires", "resources", 2011),
        ),
    ),
    Project(
        "mulhouse-cyberespace",
        IS,
        "Cyberespace du quartier Drouot",
        Place("Mulhouse", "commune", "68100", 111_000, "mulhouse.fr", insee="68224"),
        PLANNED,
        "2011-01-03",
        (
            "Le quartier Drouot ne compte aucun lieu d'accès public à l'internet, alors que "
            "beaucoup de familles n'y ont pas d'ordinateur. La ville a racheté un ancien "
            "local commercial en pied d'immeuble pour y ouvrir, en janvier 2011, un "
            "cyberespace de quartier. On y trouvera une douzaine de postes en accès libre, "
            "une salle de formation et un espace d'attente pour les familles. Les ateliers "
            "seront construits avec le centre socioculturel et les associations de locataires"
            " : initiation, démarches en ligne, usage du courriel et aide à la scolarité. Un "
            "comité d'usagers fixera les horaires après six mois d'ouverture."
        ),
        38,
        partners=("Centre socioculturel du quartier Drouot", "Associations de locataires"),
        indicators=(
            Ind("Postes en accès libre prévus", 12, "postes", "resources"),
            Ind("Surface du local", 140, "m²", "resources"),
        ),
    ),
    Project(
        "creuse-bus-numerique",
        IS,
        "Bus numérique itinérant",
        Place(
            "Département de la Creuse",
            "département",
            "23000",
            123_500,
            "cg23.fr",
            insee="23",
            siren=luhn("22230001"),
        ),
        IN_PROGRESS,
        "2009-10-01",
        (
            "Dans un département où beaucoup de communes comptent moins de deux cents "
            "habitants, il est plus simple d'aller vers les gens que de leur demander de se "
            "déplacer. Depuis octobre 2009, un bus aménagé de dix postes connectés par "
            "satellite s'arrête chaque semaine dans plusieurs bourgs, sur la place du marché "
            "ou devant la mairie. Deux animatrices y proposent des initiations, de l'aide "
            "pour les démarches agricoles et sociales en ligne et des séances d'échange de "
            "photos avec les familles. Le calendrier des passages est affiché en mairie et "
            "publié dans la presse locale ; les clubs d'aînés et les écoles peuvent réserver "
            "une demi-journée."
        ),
        53,
        partners=(
            "Mutualité sociale agricole",
            "Communes creusoises",
            "Clubs d'aînés ruraux de la Creuse",
        ),
        indicators=(
            Ind("Communes visitées", 64, "communes", "usage"),
            Ind("Demi-journées d'animation", 210, "demi-journées", "usage"),
            Ind("Postes embarqués", 10, "postes", "resources"),
        ),
    ),
    Project(
        "venissieux-centres-sociaux",
        IS,
        "Internet dans les centres sociaux",
        Place(
            "Vénissieux",
            "commune",
            "69200",
            57_600,
            "ville-venissieux.fr",
            insee="69259",
            epci=GRAND_LYON,
        ),
        PLANNED,
        "2010-09-01",
        (
            "À la rentrée 2010, trois centres sociaux de Vénissieux, aux Minguettes et à "
            "Parilly, recevront chacun un espace numérique de huit postes. L'équipement seul "
            "ne suffit pas : leurs animateurs suivront d'abord une formation de dix jours à "
            "la médiation numérique, pour accompagner des publics très différents, des mères "
            "de famille qui veulent suivre la scolarité de leurs enfants aux jeunes à la "
            "recherche d'un stage. Un animateur référent de la ville coordonnera les trois "
            "lieux et organisera des échanges avec les autres structures de l'agglomération "
            "lyonnaise. Un premier bilan est prévu au bout d'un an de fonctionnement."
        ),
        37,
        partners=("Centres sociaux de Vénissieux", "Fédération des centres sociaux du Rhône"),
        indicators=(
            Ind("Centres sociaux à équiper", 3, "centres", "resources"),
            Ind("Jours de formation prévus pour les animateurs", 10, "jours", "resources"),
            Ind("Budget d'équipement", 48_000, "euros", "resources"),
        ),
    ),
    Project(
        "manche-numerique-usages",
        IS,
        "Du réseau aux usages",
        Place(
            "Syndicat mixte Manche Numérique",
            "other",
            "50008",
            494_000,
            "manchenumerique.fr",
            siren=MANCHE_NUMERIQUE,
        ),
        IN_PROGRESS,
        "2009-01-01",
        (
            "Le syndicat mixte Manche Numérique construit le réseau haut débit du "
            "département. Depuis 2009, il accompagne aussi les communes qui viennent d'être "
            "raccordées, car l'arrivée du réseau ne suffit pas à créer des usages. Dans "
            "chaque canton nouvellement desservi, une réunion publique présente les offres "
            "disponibles et répond aux questions des habitants, puis des sessions de "
            "découverte sont organisées dans une salle communale avec du matériel prêté. Les "
            "élus et les secrétaires de mairie reçoivent une formation aux services en ligne "
            "des collectivités. Les supports de ces rencontres sont mis à la disposition des "
            "espaces publics numériques du département."
        ),
        46,
        partners=("Département de la Manche", "Communautés de communes raccordées"),
        indicators=(
            Ind("Réunions publiques tenues", 46, "réunions", "usage"),
            Ind("Sessions de découverte organisées", 130, "sessions", "usage"),
        ),
    ),
    Project(
        "quimper-initiation-quartiers",
        IS,
        "Initiation à l'internet dans les quartiers",
        Place("Quimper", "commune", "29000", 64_900, "quimper.fr", insee="29232"),
        PLANNED,
        "2010-10-15",
        (
            "À partir de la mi-octobre 2010, la ville proposera des sessions gratuites "
            "d'initiation à l'internet dans les maisons de quartier de Kermoysan et de "
            "Penhars. Chaque session comptera huit séances de deux heures, par groupes de six"
            " personnes au plus, pour que chacun puisse avancer à son rythme. Les "
            "inscriptions se feront directement à l'accueil des maisons de quartier, sans "
            "condition de ressources. Le contenu ira de la découverte du clavier jusqu'aux "
            "démarches en ligne les plus courantes. Les participants qui le souhaitent "
            "pourront ensuite rejoindre un atelier mensuel d'entraide animé par des "
            "bénévoles."
        ),
        43,
        partners=("Maisons de quartier de Kermoysan et de Penhars", "Quimper Communauté"),
        indicators=(
            Ind("Sessions programmées la première année", 24, "sessions", "usage", 2011),
            Ind("Places par session", 6, "places", "resources"),
        ),
    ),
    # ------------------------------------------------------------ École numérique (12)
    Project(
        "landes-ordinateur-collegien",
        EN,
        "Un ordinateur portable pour chaque collégien",
        Place(
            "Département des Landes",
            "département",
            "40025",
            373_000,
            "landes.org",
            insee="40",
            siren=luhn("22400001"),
        ),
        REALISED,
        "2001-09-01",
        (
            "Depuis la rentrée 2001, le Département confie un ordinateur portable à chaque "
            "élève de quatrième et de troisième et à chaque enseignant des collèges publics "
            "landais. L'opération ne se limite pas au matériel : les collèges sont câblés, "
            "des ressources pédagogiques sont accessibles en ligne et un technicien est "
            "présent dans chaque établissement pour la maintenance. Les enseignants suivent "
            "des formations construites avec l'inspection académique, et les familles sont "
            "reçues en début d'année pour une présentation des règles d'usage. Près de dix "
            "ans après son lancement, le dispositif fait partie du quotidien des collèges et "
            "sert d'appui à de nombreux travaux sur l'usage du numérique à l'école."
        ),
        82,
        partners=(
            "Académie de Bordeaux",
            "Inspection académique des Landes",
            "Collèges publics des Landes",
        ),
        indicators=(
            Ind("Ordinateurs confiés aux élèves", 9200, "ordinateurs", "resources"),
            Ind("Collégiens équipés", 9000, "élèves", "audience"),
            Ind("Techniciens de maintenance dans les collèges", 36, "personnes", "resources"),
        ),
        transferability=(
            "Le cahier des charges, les bilans annuels de l'opération et la convention passée"
            " avec l'académie sont transmis aux départements qui les demandent ; l'équipe "
            "reçoit volontiers des délégations sur place."
        ),
        website="http://www.landesinteractives.net",
    ),
    Project(
        "lorraine-ent-lycees",
        EN,
        "Espace numérique de travail des lycées",
        Place(
            "Région Lorraine",
            "région",
            "57036",
            2_340_000,
            "lorraine.eu",
            insee="41",
            siren=luhn("23570001"),
        ),
        REALISED,
        "2007-09-01",
        (
            "Depuis 2007, tous les lycées publics de Lorraine disposent d'un espace numérique"
            " de travail commun. Élèves, enseignants et parents y retrouvent le cahier de "
            "textes, les notes, l'emploi du temps, une messagerie et des espaces de stockage "
            "partagés par classe. La Région finance l'hébergement et l'assistance, l'académie"
            " assure la formation des équipes éducatives et l'accompagnement des "
            "établissements. Un réseau de référents, un par lycée, fait remonter les besoins "
            "et participe chaque année au choix des évolutions. L'ENT est désormais ouvert "
            "aux lycées agricoles et aux centres de formation d'apprentis."
        ),
        72,
        partners=(
            "Académie de Nancy-Metz",
            "Lycées de Lorraine",
            "Direction régionale de l'alimentation, de l'agriculture et de la forêt",
        ),
        indicators=(
            Ind("Comptes actifs", 96_000, "comptes", "usage"),
            Ind("Établissements raccordés", 132, "établissements", "resources"),
            Ind("Connexions en période scolaire par jour", 41_000, "connexions", "usage"),
        ),
    ),
    Project(
        "correze-ordicollege",
        EN,
        "Ordicollège",
        Place(
            "Département de la Corrèze",
            "département",
            "19005",
            243_000,
            "correze.fr",
            insee="19",
            siren=luhn("22190001"),
        ),
        REALISED,
        "2008-09-01",
        (
            "Lancé à la rentrée 2008, Ordicollège remet à chaque élève de sixième des "
            "collèges corréziens un ordinateur portable qu'il conserve jusqu'à la fin de la "
            "troisième. Les enseignants sont équipés du même matériel et accompagnés par une "
            "équipe d'animateurs TICE qui se rendent dans les établissements pour les aider à"
            " préparer leurs séquences. Des ressources numériques éditoriales sont achetées "
            "par le Département et mises à disposition de toutes les classes. Un service "
            "d'assistance répond aux familles en cas de panne ou de perte. À la rentrée 2010,"
            " trois niveaux de classe sont équipés."
        ),
        66,
        partners=("Inspection académique de la Corrèze", "Collèges publics de la Corrèze"),
        indicators=(
            Ind("Animateurs TICE", 6, "personnes", "resources"),
            Ind("Ordinateurs distribués depuis 2008", 7500, "ordinateurs", "resources"),
            Ind("Interventions du service d'assistance", 3100, "interventions", "usage"),
        ),
    ),
    Project(
        "ajaccio-tableaux-interactifs",
        EN,
        "Tableaux interactifs dans les écoles",
        Place("Ajaccio", "commune", "20000", 65_100, "ajaccio.fr", insee="2A004"),
        IN_PROGRESS,
        "2009-09-01",
        (
            "Depuis la rentrée 2009, la ville installe un tableau blanc interactif dans "
            "chaque classe de CM1 et de CM2 de ses écoles publiques, avec un ordinateur "
            "portable pour l'enseignant et un vidéoprojecteur. Les enseignants volontaires "
            "suivent trois demi-journées de formation financées par la ville et peuvent "
            "compter sur un technicien municipal pour les pannes. Les conseillers "
            "pédagogiques de l'inspection académique aident à créer des séquences et à les "
            "partager entre écoles. Les deux tiers des classes concernées sont équipées ; les"
            " autres le seront pendant l'été 2011."
        ),
        57,
        partners=("Inspection académique de Corse-du-Sud", "Écoles élémentaires d'Ajaccio"),
        indicators=(
            Ind("Élèves concernés", 1450, "élèves", "audience"),
            Ind("Classes équipées", 58, "classes", "resources"),
            Ind("Enseignants formés", 52, "enseignants", "resources"),
        ),
    ),
    Project(
        "bourg-en-bresse-ent-ecoles",
        EN,
        "ENT des écoles élémentaires",
        Place("Bourg-en-Bresse", "commune", "01000", 40_200, "bourgenbresse.fr", insee="01053"),
        IN_PROGRESS,
        "2009-09-01",
        (
            "Depuis septembre 2009, un espace numérique de travail relie les écoles "
            "élémentaires de Bourg-en-Bresse, les familles et le service périscolaire de la "
            "ville. Chaque classe y tient un cahier de vie illustré que les parents "
            "consultent depuis chez eux ; les enseignants y partagent leurs documents et les "
            "familles y inscrivent leurs enfants à la cantine et au centre de loisirs. La "
            "ville a choisi une solution libre et l'héberge sur ses propres serveurs. Des "
            "réunions de présentation ont été organisées dans chaque école, et un poste reste"
            " en accès libre à la mairie pour les parents qui n'ont pas d'ordinateur."
        ),
        61,
        partners=("Inspection académique de l'Ain", "Association des parents d'élèves"),
        indicators=(
            Ind("Écoles raccordées", 17, "écoles", "resources"),
            Ind("Comptes famille activés", 1900, "comptes", "usage"),
        ),
        transferability=(
            "La solution est libre ; le paramétrage, les supports de formation des "
            "enseignants et les courriers aux familles sont téléchargeables sur le site de la"
            " ville."
        ),
    ),
    Project(
        "val-doise-visio-colleges",
        EN,
        "Visioconférence entre collèges",
        Place(
            "Département du Val-d'Oise",
            "département",
            "95032",
            1_170_000,
            "valdoise.fr",
            insee="95",
            siren=luhn("22950001"),
        ),
        PLANNED,
        "2010-09-01",
        (
            "Le Département va équiper une première série de collèges de salles de "
            "visioconférence pour partager entre établissements l'enseignement de langues "
            "rares. Un collège qui propose le chinois, l'arabe ou le portugais pourra ainsi "
            "accueillir à distance les élèves d'un autre collège qui n'a pas d'enseignant "
            "dans cette langue. Les mêmes salles serviront à des échanges réguliers avec des "
            "classes partenaires en Europe, dans le cadre des programmes d'échanges "
            "scolaires. Le choix des établissements pilotes se fera avec l'inspection "
            "académique ; l'installation commencera à la rentrée de septembre 2010."
        ),
        46,
        partners=("Inspection académique du Val-d'Oise", "Collèges pilotes du Val-d'Oise"),
        indicators=(
            Ind("Collèges pilotes prévus", 10, "collèges", "resources"),
            Ind("Investissement prévu", 260_000, "euros", "resources"),
        ),
    ),
    Project(
        "toulouse-portail-periscolaire",
        EN,
        "Portail périscolaire",
        Place("Toulouse", "commune", "31000", 439_500, "toulouse.fr", insee="31555"),
        PLANNED,
        "2011-01-03",
        (
            "Chaque année, des milliers de familles toulousaines remplissent des formulaires "
            "papier pour la cantine, l'accueil du matin et du soir et les activités du "
            "mercredi. À partir de janvier 2011, un portail leur permettra d'inscrire leurs "
            "enfants, de modifier une réservation jusqu'à la veille et de payer leurs "
            "factures en ligne. Les écoles verront en temps réel le nombre d'enfants "
            "attendus, ce qui limitera le gaspillage des repas. Les familles sans accès à "
            "l'internet garderont le guichet de leur mairie de quartier, où un agent pourra "
            "aussi les aider à créer leur compte."
        ),
        42,
        partners=("Direction de l'éducation de la ville de Toulouse", "Trésorerie municipale"),
        indicators=(
            Ind("Écoles concernées", 200, "écoles", "resources"),
            Ind("Objectif de familles inscrites en ligne", 15_000, "familles", "other", 2011),
        ),
    ),
    Project(
        "haute-saintonge-ecoles-rurales",
        EN,
        "Écoles numériques rurales",
        Place(
            "Communauté de communes de la Haute-Saintonge",
            "intercommunalité",
            "17500",
            66_000,
            "haute-saintonge.org",
            siren=HAUTE_SAINTONGE_CC,
        ),
        IN_PROGRESS,
        "2009-11-01",
        (
            "En Haute-Saintonge, beaucoup d'écoles n'ont qu'une ou deux classes et "
            "disposaient au mieux d'un vieil ordinateur. Depuis novembre 2009, dans le cadre "
            "du plan national pour les écoles numériques rurales, trente écoles de moins de "
            "trois classes reçoivent une classe mobile de portables, un tableau interactif et"
            " un abonnement à des ressources pédagogiques en ligne. La communauté de communes"
            " complète l'aide de l'État, assure la connexion et mutualise un technicien entre"
            " toutes les écoles. Les enseignants se retrouvent une fois par trimestre pour "
            "échanger leurs pratiques."
        ),
        49,
        partners=(
            "Ministère de l'Éducation nationale",
            "Inspection académique de la Charente-Maritime",
            "Communes de la Haute-Saintonge",
        ),
        indicators=(
            Ind("Écoles équipées", 30, "écoles", "resources"),
            Ind("Ordinateurs portables en classes mobiles", 360, "ordinateurs", "resources"),
            Ind("Participation de la communauté", 145_000, "euros", "resources"),
        ),
    ),
    Project(
        "lens-soutien-scolaire",
        EN,
        "Soutien scolaire en ligne",
        Place("Lens", "commune", "62300", 36_000, "villedelens.fr", insee="62498"),
        PLANNED,
        "2010-11-01",
        (
            "Beaucoup de collégiens lensois n'ont personne à la maison pour les aider dans "
            "leurs devoirs. La ville ouvrira en novembre 2010 une plateforme de soutien "
            "scolaire en ligne, accessible le soir et le week-end, où des étudiants de "
            "l'université d'Artois répondront aux questions en direct et corrigeront des "
            "exercices. Les étudiants seront rémunérés par la ville et formés par des "
            "enseignants volontaires. Les collégiens sans ordinateur pourront se connecter "
            "depuis les médiathèques et les centres sociaux. La plateforme couvrira d'abord "
            "le français, les mathématiques et l'anglais."
        ),
        40,
        partners=("Université d'Artois", "Collèges de Lens"),
        indicators=(
            Ind("Étudiants tuteurs à recruter", 20, "étudiants", "resources"),
            Ind("Heures de tutorat prévues par semaine", 40, "heures", "resources", 2011),
        ),
    ),
    Project(
        "allier-ent-colleges",
        EN,
        "ENT des collèges de l'Allier",
        Place(
            "Département de l'Allier",
            "département",
            "03016",
            343_000,
            "allier.fr",
            insee="03",
            siren=luhn("22030001"),
        ),
        IN_PROGRESS,
        "2009-09-01",
        (
            "Le Département et l'académie déploient un espace numérique de travail dans les "
            "collèges publics de l'Allier. Douze collèges pilotes l'utilisent depuis la "
            "rentrée 2009 : cahier de textes en ligne, notes et absences consultables par les"
            " familles, messagerie interne et espaces de travail par classe. Dans chacun, un "
            "enseignant référent forme ses collègues et recueille leurs remarques, qui "
            "servent à ajuster le paramétrage avant la généralisation. Les autres collèges "
            "seront raccordés en 2011, en même temps que la mise à niveau de leur réseau "
            "interne."
        ),
        51,
        partners=("Académie de Clermont-Ferrand", "Collèges pilotes de l'Allier"),
        indicators=(
            Ind("Collèges pilotes", 12, "collèges", "resources"),
            Ind("Comptes ouverts", 8400, "comptes", "usage"),
            Ind("Enseignants référents", 12, "enseignants", "resources"),
        ),
    ),
    Project(
        "castres-classes-mobiles",
        EN,
        "Classes mobiles",
        Place("Castres", "commune", "81100", 44_000, "ville-castres.fr", insee="81065"),
        PLANNED,
        "2010-09-01",
        (
            "Plutôt que d'installer une salle informatique dans chaque école, la ville de "
            "Castres a choisi d'acheter deux chariots de quinze ordinateurs portables qui "
            "circuleront d'une école à l'autre à partir de septembre 2010. Chaque école "
            "élémentaire disposera d'une classe mobile plusieurs semaines par trimestre, "
            "selon un calendrier établi avec les directeurs. Le réseau sans fil des écoles "
            "sera mis à niveau pendant l'été. Un animateur multimédia de la ville "
            "accompagnera les enseignants lors des premières séances, et un bilan sera fait "
            "en juin 2011 avant un éventuel troisième chariot."
        ),
        37,
        partners=(
            "Inspection de l'Éducation nationale de Castres",
            "Écoles élémentaires de Castres",
        ),
        indicators=(
            Ind("Ordinateurs portables achetés", 30, "ordinateurs", "resources"),
            Ind("Écoles desservies par rotation", 14, "écoles", "resources", 2011),
        ),
    ),
    Project(
        "auvergne-lycees-connectes",
        EN,
        "Lycées connectés",
        Place(
            "Région Auvergne",
            "région",
            "63050",
            1_340_000,
            "auvergne.org",
            insee="83",
            siren=luhn("23630001"),
        ),
        IN_PROGRESS,
        "2009-03-01",
        (
            "Depuis 2009, la Région raccorde ses lycées au très haut débit et déploie le "
            "Wi-Fi dans les salles de classe, les centres de documentation et les internats. "
            "L'objectif est que les ressources en ligne, la vidéo et les outils de travail "
            "collaboratif soient utilisables partout, y compris dans les établissements des "
            "zones de montagne. Chaque lycée raccordé bénéficie d'un plan de formation pour "
            "ses équipes, construit avec l'académie, et d'un appui technique régional. Les "
            "internes ont accès au réseau le soir, avec un filtrage adapté, pour leurs "
            "devoirs et leurs échanges avec leur famille."
        ),
        47,
        partners=("Académie de Clermont-Ferrand", "Lycées d'Auvergne"),
        indicators=(
            Ind("Lycées raccordés au très haut débit", 41, "lycées", "resources"),
            Ind("Bornes Wi-Fi installées", 950, "bornes", "resources"),
        ),
    ),
    # ------------------------------------------------------------ Nouveaux médias (17)
    Project(
        "issy-web-tv-pepiniere",
        NM,
        "Web TV locale et pépinière numérique",
        Place("Issy-les-Moulineaux", "commune", "92130", 64_000, "issy.com", insee="92040"),
        REALISED,
        "2006-01-02",
        (
            "Depuis 2006, Issy-les-Moulineaux diffuse en direct et à la demande ses conseils "
            "municipaux, ainsi que des reportages sur la vie locale, les associations et les "
            "entreprises de la ville. Une partie de ces contenus est produite par les jeunes "
            "sociétés du multimédia installées dans la pépinière municipale, qui y trouvent "
            "une première référence et un terrain d'expérimentation. La pépinière offre des "
            "bureaux à loyer modéré, des conseils en gestion et l'accès à un studio partagé. "
            "Les habitants peuvent commenter les vidéos et proposer des sujets, ce qui "
            "rapproche l'information municipale de leurs préoccupations."
        ),
        80,
        partners=("Pépinière Issy Média", "Entreprises du Val de Seine"),
        indicators=(
            Ind("Entreprises hébergées", 35, "entreprises", "resources"),
            Ind("Vidéos vues", 410_000, "vues", "usage", 2009),
            Ind("Conseils municipaux retransmis en direct", 9, "séances", "usage", 2009),
        ),
        transferability=(
            "Le modèle de convention entre la ville et la pépinière et la charte éditoriale "
            "de la web TV sont disponibles pour les collectivités qui souhaitent s'en "
            "inspirer."
        ),
        website="http://www.issy.com",
    ),
    Project(
        "grand-lyon-contenus-pme",
        NM,
        "Plateforme de contenus numériques pour les PME",
        Place(
            "Communauté urbaine de Lyon",
            "intercommunalité",
            "69003",
            1_280_000,
            "grandlyon.com",
            siren=GRAND_LYON,
        ),
        REALISED,
        "2007-04-01",
        (
            "Une PME qui veut produire une vidéo de présentation, un catalogue interactif ou "
            "un jeu pour sa clientèle ne sait pas toujours à qui s'adresser. Depuis 2007, la "
            "communauté urbaine propose une plateforme qui réunit les studios, les "
            "prestataires et les aides publiques de l'agglomération dans le domaine des "
            "contenus numériques. Un chargé de mission reçoit les entreprises, précise leur "
            "besoin et les met en relation avec les professionnels adaptés. Des journées de "
            "démonstration sont organisées avec le pôle de compétitivité, et des ateliers "
            "aident les dirigeants à rédiger leur cahier des charges."
        ),
        69,
        partners=(
            "CCI de Lyon",
            "Pôle de compétitivité Imaginove",
            "Studios et agences de l'agglomération lyonnaise",
        ),
        indicators=(
            Ind("PME accompagnées", 240, "entreprises", "audience"),
            Ind("Prestataires référencés", 180, "prestataires", "resources"),
            Ind("Journées de démonstration", 7, "journées", "usage", 2009),
        ),
    ),
    Project(
        "montpellier-incubateur-numerique",
        NM,
        "Incubateur d'entreprises du numérique",
        Place(
            "Montpellier Agglomération",
            "intercommunalité",
            "34000",
            410_000,
            "montpellier-agglo.com",
            siren=MONTPELLIER_AGGLO,
        ),
        REALISED,
        "2005-02-01",
        (
            "Créé en 2005 par l'agglomération, le centre d'innovation accueille de jeunes "
            "entreprises du jeu vidéo, du web et des services mobiles pendant leurs premières"
            " années. Elles y disposent de bureaux, d'un accompagnement individuel par des "
            "chargés d'affaires et de rencontres régulières avec des investisseurs et des "
            "grands comptes. Le partenariat avec l'université facilite le recrutement de "
            "stagiaires et le transfert de travaux de recherche. Depuis l'ouverture, "
            "l'incubateur a vu naître près de cinquante entreprises, dont la plupart sont "
            "restées dans l'agglomération après leur sortie."
        ),
        73,
        partners=(
            "Université Montpellier 2",
            "Région Languedoc-Roussillon",
            "Réseau d'investisseurs providentiels de Montpellier",
        ),
        indicators=(
            Ind("Entreprises créées depuis 2005", 48, "entreprises", "other"),
            Ind("Emplois créés", 420, "emplois", "other"),
            Ind("Bureaux disponibles", 3200, "m²", "resources"),
        ),
    ),
    Project(
        "nord-pas-de-calais-cheque-numerique",
        NM,
        "Chèque numérique pour les TPE",
        Place(
            "Région Nord-Pas-de-Calais",
            "région",
            "59555",
            4_020_000,
            "nordpasdecalais.fr",
            insee="31",
            siren=luhn("23590001"),
        ),
        IN_PROGRESS,
        "2009-03-01",
        (
            "Depuis mars 2009, la Région aide les très petites entreprises à franchir le pas "
            "du numérique. Un conseiller de la chambre de commerce ou de la chambre de "
            "métiers établit d'abord un diagnostic gratuit ; l'entreprise peut ensuite "
            "recevoir un chèque qui prend en charge la moitié de sa dépense, dans la limite "
            "d'un plafond, pour créer un site, vendre en ligne, s'équiper ou former ses "
            "salariés. Les prestataires sont libres, mais doivent signer une charte de "
            "qualité. Un suivi à six mois vérifie que l'outil est bien utilisé. Le dispositif"
            " a déjà profité à plus de 1 300 entreprises."
        ),
        58,
        partners=(
            "CCI Grand Lille",
            "Chambre régionale de métiers",
            "Prestataires signataires de la charte",
        ),
        indicators=(
            Ind("Entreprises bénéficiaires", 1350, "entreprises", "audience"),
            Ind("Diagnostics réalisés", 2100, "diagnostics", "usage"),
            Ind("Aides versées", 2_400_000, "euros", "resources"),
        ),
    ),
    Project(
        "valenciennes-serre-numerique",
        NM,
        "La serre numérique",
        Place(
            "Valenciennes Métropole",
            "intercommunalité",
            "59300",
            192_000,
            "valenciennes-metropole.fr",
            siren=VALENCIENNES_METROPOLE,
        ),
        IN_PROGRESS,
        "2009-06-01",
        (
            "Valenciennes Métropole veut réunir en un même lieu les formations, les studios "
            "et les entreprises de l'image et du jeu vidéo, aujourd'hui dispersés dans "
            "l'agglomération. Le futur bâtiment de la Serre numérique accueillera des écoles,"
            " une pépinière, des plateaux de tournage et une salle de projection ouverte au "
            "public. Sans attendre la fin du chantier, un premier plateau de tournage est "
            "déjà partagé entre étudiants et entreprises depuis juin 2009, et des projets "
            "communs ont vu le jour. Une société publique locale portera l'équipement ; les "
            "entreprises participent dès maintenant à la définition des espaces dont elles "
            "auront besoin."
        ),
        56,
        partners=(
            "Université de Valenciennes",
            "Supinfogame",
            "Entreprises de l'image du Valenciennois",
        ),
        indicators=(
            Ind("Surface du futur bâtiment", 12_000, "m²", "resources"),
            Ind("Projets tournés sur le plateau partagé", 27, "projets", "usage"),
        ),
        transferability=(
            "Le montage juridique retenu (société publique locale) et le programme détaillé "
            "des locaux sont décrits dans un dossier remis aux collectivités qui préparent un"
            " projet comparable."
        ),
    ),
    Project(
        "angouleme-web-series",
        NM,
        "Web-séries et bande dessinée numérique",
        Place("Angoulême", "commune", "16000", 42_700, "angouleme.fr", insee="16015"),
        REALISED,
        "2008-01-15",
        (
            "Ville de la bande dessinée et de l'image animée, Angoulême soutient depuis 2008 "
            "des auteurs qui créent des séries et des bandes dessinées pensées pour l'écran "
            "plutôt que pour le papier. Un appel à projets annuel, mené avec le pôle image "
            "Magelis, finance l'écriture et la réalisation de quelques séries, qui sont "
            "ensuite diffusées gratuitement en ligne et présentées pendant le festival "
            "international de la bande dessinée. Les auteurs bénéficient d'une résidence, "
            "d'un accompagnement juridique et de rencontres avec des diffuseurs. Plusieurs "
            "séries ont trouvé un éditeur ou une chaîne après leur diffusion."
        ),
        63,
        partners=(
            "Pôle image Magelis",
            "Cité internationale de la bande dessinée",
            "Écoles de l'image d'Angoulême",
        ),
        indicators=(
            Ind("Séries produites", 12, "séries", "other"),
            Ind("Épisodes vus en ligne", 640_000, "vues", "usage", 2009),
            Ind("Montant annuel de l'appel à projets", 90_000, "euros", "resources"),
        ),
    ),
    Project(
        "chalons-telecentre",
        NM,
        "Télécentre et espace de coworking",
        Place(
            "Châlons-en-Champagne",
            "commune",
            "51000",
            46_200,
            "chalons-en-champagne.net",
            insee="51108",
        ),
        REALISED,
        "2009-01-05",
        (
            "Ouvert en janvier 2009 à deux pas de la gare, le télécentre de "
            "Châlons-en-Champagne loue à la journée, à la semaine ou au mois des bureaux "
            "équipés d'une connexion à très haut débit, d'une imprimante et d'une salle de "
            "visioconférence. Il s'adresse aux salariés qui télétravaillent une partie de la "
            "semaine au lieu de faire l'aller-retour vers Reims ou Paris, aux indépendants et"
            " aux créateurs d'entreprise. Un espace de travail partagé, plus informel, permet"
            " aux utilisateurs de se rencontrer et de monter des projets ensemble. La chambre"
            " de commerce y tient une permanence pour les porteurs de projet."
        ),
        57,
        partners=("CCI de Châlons-en-Champagne", "Cités en Champagne"),
        indicators=(
            Ind("Postes de travail", 20, "postes", "resources"),
            Ind("Taux d'occupation moyen", 64, "%", "usage"),
            Ind("Journées de location", 3100, "journées", "usage", 2009),
        ),
    ),
    Project(
        "tourcoing-studio-associations",
        NM,
        "Studio vidéo pour les associations",
        Place(
            "Tourcoing",
            "commune",
            "59200",
            92_400,
            "tourcoing.fr",
            insee="59599",
            epci=LILLE_METROPOLE,
        ),
        PLANNED,
        "2010-10-01",
        (
            "Les associations tourquennoises produisent de plus en plus de vidéos pour faire "
            "connaître leurs actions, souvent avec les moyens du bord. À partir d'octobre "
            "2010, la ville mettra à leur disposition un studio de tournage et une régie de "
            "montage installés dans l'ancienne salle des fêtes du quartier de la Bourgogne. "
            "Un technicien municipal accueillera les associations sur réservation, les aidera"
            " à préparer leur tournage et formera leurs bénévoles au montage. Les films "
            "réalisés pourront être diffusés sur le site de la ville et lors d'une soirée "
            "annuelle consacrée à la vie associative."
        ),
        44,
        partners=("Maison des associations de Tourcoing", "Centre social de la Bourgogne"),
        indicators=(
            Ind("Investissement prévu", 70_000, "euros", "resources"),
            Ind("Créneaux de réservation par semaine", 10, "créneaux", "resources", 2011),
        ),
    ),
    Project(
        "poitiers-web-radio",
        NM,
        "Web radio de quartier",
        Place("Poitiers", "commune", "86000", 89_300, "poitiers.fr", insee="86194"),
        IN_PROGRESS,
        "2009-10-01",
        (
            "Depuis octobre 2009, une douzaine de jeunes des Couronneries animent une radio "
            "diffusée sur internet depuis le centre d'animation du quartier. Ils préparent "
            "chaque semaine une émission de deux heures mêlant musique, interviews "
            "d'habitants, chroniques sur la vie du quartier et débats sur l'actualité. Un "
            "animateur et un journaliste bénévole les accompagnent dans l'écriture, la prise "
            "de son et le respect des règles de diffusion. Les émissions restent disponibles "
            "à la réécoute sur le site. Pour plusieurs participants, la radio a été "
            "l'occasion d'un premier stage ou d'une formation dans les métiers de "
            "l'audiovisuel."
        ),
        46,
        partners=("Centre d'animation des Couronneries", "Radio associative locale"),
        indicators=(
            Ind("Émissions diffusées", 34, "émissions", "usage"),
            Ind("Écoutes en direct et en réécoute", 9500, "écoutes", "usage"),
        ),
    ),
    Project(
        "cantal-teletravail",
        NM,
        "Télétravail en zone rurale",
        Place(
            "Département du Cantal",
            "département",
            "15002",
            150_000,
            "cg15.fr",
            insee="15",
            siren=luhn("22150001"),
        ),
        PLANNED,
        "2010-09-01",
        (
            "Le Cantal perd des habitants alors que de nombreux citadins aimeraient s'y "
            "installer sans renoncer à leur emploi. À partir de septembre 2010, le "
            "Département ouvrira des bureaux partagés dans trois bourgs desservis par le haut"
            " débit, pour les salariés en télétravail et les travailleurs indépendants. "
            "Chaque espace offrira des postes de travail, une salle de réunion équipée pour "
            "la visioconférence et un accueil assuré avec la mairie. Une campagne de "
            "communication dans les grandes villes présentera ces espaces, avec les offres de"
            " logement et d'emploi du conjoint."
        ),
        41,
        partners=("Communes d'accueil", "Chambre de commerce et d'industrie du Cantal"),
        indicators=(
            Ind("Espaces de travail partagés prévus", 3, "espaces", "resources"),
            Ind("Postes de travail prévus", 24, "postes", "resources"),
            Ind("Budget de fonctionnement annuel", 60_000, "euros", "resources", 2011),
        ),
    ),
    Project(
        "nancy-commerces-en-ligne",
        NM,
        "Vitrine en ligne des commerces du centre-ville",
        Place("Nancy", "commune", "54000", 106_000, "nancy.fr", insee="54395"),
        IN_PROGRESS,
        "2009-12-01",
        (
            "Face à la concurrence des zones commerciales et de la vente à distance, la ville"
            " et l'union des commerçants ont lancé fin 2009 une vitrine en ligne des "
            "commerces du centre-ville de Nancy. Chaque commerçant dispose d'une page qu'il "
            "met à jour lui-même : horaires, produits, promotions et événements. Une carte "
            "permet de préparer son parcours, et une version mobile renvoie vers les places "
            "de stationnement libres. Des ateliers d'une demi-journée apprennent aux "
            "commerçants à tenir leur page et à photographier leurs produits. La prochaine "
            "étape sera la réservation en ligne avec retrait en magasin."
        ),
        43,
        partners=("Union des commerçants de Nancy", "CCI de Meurthe-et-Moselle"),
        indicators=(
            Ind("Commerces présents sur la vitrine", 310, "commerces", "resources"),
            Ind("Visites mensuelles", 21_000, "visites", "usage"),
        ),
    ),
    Project(
        "laval-realite-virtuelle-pme",
        NM,
        "Réalité virtuelle au service des PME",
        Place(
            "Communauté d'agglomération de Laval",
            "intercommunalité",
            "53000",
            96_000,
            "agglo-laval.fr",
            siren=LAVAL_AGGLO,
        ),
        IN_PROGRESS,
        "2008-04-01",
        (
            "Laval est reconnue pour ses compétences en réalité virtuelle. Depuis 2008, "
            "l'agglomération ouvre aux entreprises industrielles de la Mayenne les salles "
            "immersives de son technopôle, pour qu'elles testent un prototype virtuel avant "
            "d'investir dans sa fabrication. Un ingénieur accompagne chaque entreprise, de la"
            " préparation des fichiers à l'analyse des essais, et les étudiants des écoles "
            "d'ingénieurs participent aux projets. Le coût est modulé selon la taille de "
            "l'entreprise, pour que les plus petites puissent aussi en profiter. Les "
            "dirigeants y voient un gain de temps et d'argent sur la mise au point."
        ),
        53,
        partners=("Laval Virtual", "Arts et Métiers ParisTech", "CCI de la Mayenne"),
        indicators=(
            Ind("Prototypes testés", 18, "prototypes", "usage"),
            Ind("Ingénieurs mis à disposition", 3, "personnes", "resources"),
        ),
    ),
    Project(
        "rouen-medias-citoyens",
        NM,
        "Médias citoyens",
        Place("Rouen", "commune", "76000", 110_000, "rouen.fr", insee="76540"),
        PLANNED,
        "2010-11-15",
        (
            "Plusieurs habitants de Rouen tiennent déjà des blogs sur leur quartier, mais "
            "chacun de son côté. À partir de la mi-novembre 2010, la ville accueillera sur "
            "son site un blog collectif où des correspondants bénévoles raconteront la vie "
            "des quartiers : événements, initiatives d'habitants, portraits et comptes rendus"
            " des conseils de quartier. Les correspondants suivront une formation à "
            "l'écriture pour le web et à la photographie, et une charte éditoriale garantira "
            "l'indépendance de leurs textes vis-à-vis de la municipalité. Un comité de "
            "rédaction réunira chaque mois les contributeurs."
        ),
        38,
        partners=("Conseils de quartier de Rouen", "École supérieure de journalisme de Lille"),
        indicators=(
            Ind("Correspondants bénévoles à former", 25, "personnes", "resources"),
            Ind("Objectif d'articles publiés la première année", 300, "articles", "other", 2011),
        ),
    ),
    Project(
        "limousin-tpe-artisans",
        NM,
        "Le numérique pour les artisans",
        Place(
            "Région Limousin",
            "région",
            "87031",
            740_000,
            "region-limousin.fr",
            insee="74",
            siren=luhn("23870001"),
        ),
        IN_PROGRESS,
        "2009-05-01",
        (
            "Depuis mai 2009, la Région et la chambre régionale de métiers aident les "
            "artisans limousins à tirer parti de l'internet. Des conseillers spécialisés se "
            "rendent dans l'entreprise pour un diagnostic, puis aident l'artisan à présenter "
            "son savoir-faire en ligne, à répondre aux demandes de devis par courriel et à "
            "dématérialiser ses échanges avec ses fournisseurs. Des formations courtes, "
            "organisées le soir ou le samedi matin pour ne pas gêner l'activité, complètent "
            "l'accompagnement. La Région prend en charge une partie du coût des sites et des "
            "logiciels de gestion."
        ),
        45,
        partners=(
            "Chambre régionale de métiers du Limousin",
            "Chambres de métiers de la Corrèze, de la Creuse et de la Haute-Vienne",
        ),
        indicators=(
            Ind("Diagnostics réalisés", 380, "diagnostics", "usage"),
            Ind("Conseillers numériques", 4, "postes", "resources"),
        ),
    ),
    Project(
        "sophia-living-lab",
        NM,
        "Living lab des services mobiles",
        Place(
            "Communauté d'agglomération de Sophia Antipolis",
            "intercommunalité",
            "06901",
            178_000,
            "agglo-sophia-antipolis.fr",
            siren=SOPHIA_AGGLO,
        ),
        PLANNED,
        "2010-09-01",
        (
            "La technopole de Sophia Antipolis compte de nombreuses entreprises qui "
            "développent des services mobiles, mais peu d'occasions de les tester auprès "
            "d'utilisateurs réels. À partir de septembre 2010, l'agglomération animera un "
            "laboratoire vivant : des habitants volontaires, recrutés pour représenter la "
            "diversité de la population, essaieront ces services dans leur vie quotidienne et"
            " partageront leurs remarques lors d'ateliers. Les entreprises y gagneront des "
            "retours concrets avant la mise sur le marché, et les habitants un rôle dans "
            "l'innovation de leur territoire. Une charte encadrera l'usage des données "
            "recueillies."
        ),
        48,
        partners=("Fondation Sophia Antipolis", "Entreprises de la technopole"),
        indicators=(
            Ind("Ateliers d'utilisateurs prévus", 12, "ateliers", "usage", 2011),
            Ind("Services à tester la première année", 8, "services", "other", 2011),
        ),
    ),
    Project(
        "perpignan-web-tv",
        NM,
        "Web TV catalane",
        Place("Perpignan", "commune", "66000", 116_000, "mairie-perpignan.fr", insee="66136"),
        PLANNED,
        "2011-01-03",
        (
            "Perpignan se trouve au cœur d'un territoire où le catalan reste parlé de part et"
            " d'autre de la frontière. La ville prépare pour janvier 2011 une chaîne diffusée"
            " sur internet, en français et en catalan, qui présentera la culture, le "
            "patrimoine et l'économie du Roussillon. Les programmes seront produits avec des "
            "sociétés audiovisuelles locales et des étudiants de l'université, et certains "
            "seront coproduits avec des partenaires de Catalogne du Sud. Les commerçants et "
            "les entreprises pourront y présenter leur activité. Les vidéos seront "
            "sous-titrées pour être comprises dans les deux langues."
        ),
        35,
        partners=(
            "Université de Perpignan Via Domitia",
            "Sociétés de production audiovisuelle du Roussillon",
        ),
        indicators=(
            Ind("Budget de lancement", 150_000, "euros", "resources"),
            Ind("Heures de programmes prévues la première année", 120, "heures", "other", 2011),
        ),
    ),
    Project(
        "le-mans-portail-emploi",
        NM,
        "Portail de l'emploi numérique",
        Place("Le Mans", "commune", "72000", 144_000, "ville-lemans.fr", insee="72181"),
        IN_PROGRESS,
        "2010-02-01",
        (
            "Les entreprises du numérique de l'agglomération mancelle peinent à recruter, "
            "alors que de jeunes diplômés partent chercher un emploi ailleurs. Depuis février"
            " 2010, un portail réunit leurs offres d'emploi, de stage et d'alternance, ainsi "
            "que les formations proposées localement. Chaque entreprise publie elle-même ses "
            "annonces après une validation rapide par le service du développement économique."
            " Des rencontres entre recruteurs et candidats sont organisées deux fois par an, "
            "et le portail présente les entreprises qui recrutent sous forme de courts "
            "portraits vidéo."
        ),
        40,
        partners=("Le Mans Métropole", "Université du Maine", "Pôle emploi de la Sarthe"),
        indicators=(
            Ind("Offres publiées", 420, "offres", "usage"),
            Ind("Entreprises inscrites", 85, "entreprises", "resources"),
        ),
    ),
    # ------------------------------------------------------------ e-Tourisme (11)
    Project(
        "paca-portail-tourisme",
        ET,
        "Portail régional du tourisme et réservation en ligne",
        Place(
            "Région Provence-Alpes-Côte d'Azur",
            "région",
            "13481",
            4_880_000,
            "regionpaca.fr",
            insee="93",
            siren=luhn("23130001"),
        ),
        REALISED,
        "2007-05-01",
        (
            "Depuis 2007, le portail régional du tourisme réunit en un seul site l'offre des "
            "six comités départementaux de Provence-Alpes-Côte d'Azur. Le visiteur peut y "
            "préparer son séjour, de la mer à la montagne, et réserver directement "
            "hébergements, visites et activités auprès de plus de mille prestataires. Les "
            "informations sont saisies une seule fois par les offices de tourisme dans une "
            "base commune, puis réutilisées par tous les sites du réseau. Des versions en "
            "anglais, en allemand et en italien sont proposées, et une version mobile est en "
            "préparation."
        ),
        75,
        partners=(
            "Comité régional du tourisme",
            "Offices de tourisme de la région",
            "Comités départementaux du tourisme",
        ),
        indicators=(
            Ind("Visites du portail", 3_200_000, "visites", "usage", 2009),
            Ind("Prestataires réservables", 1100, "prestataires", "resources"),
            Ind("Réservations effectuées en ligne", 46_000, "réservations", "usage", 2009),
        ),
        website="http://www.decouverte-paca.fr",
    ),
    Project(
        "carcassonne-cite-mobile",
        ET,
        "La Cité dans la poche",
        Place("Carcassonne", "commune", "11000", 47_000, "carcassonne.org", insee="11069"),
        REALISED,
        "2009-04-01",
        (
            "Depuis avril 2009, les visiteurs de la Cité de Carcassonne peuvent télécharger "
            "sur leur téléphone un guide qui raconte l'histoire des remparts, des tours et "
            "des portes, en français, en anglais, en espagnol et en allemand. Le guide "
            "propose plusieurs parcours, dont un destiné aux familles avec des énigmes pour "
            "les enfants, et fonctionne sans connexion une fois téléchargé. Des bornes "
            "installées à l'office de tourisme permettent de le charger gratuitement. Les "
            "contenus ont été rédigés avec les guides conférenciers et validés par le Centre "
            "des monuments nationaux."
        ),
        70,
        partners=("Centre des monuments nationaux", "Office de tourisme de Carcassonne"),
        indicators=(
            Ind("Téléchargements du guide", 38_000, "téléchargements", "usage"),
            Ind("Langues proposées", 4, "langues", "resources"),
        ),
    ),
    Project(
        "corse-du-sud-sentiers-numeriques",
        ET,
        "Sentiers numériques de randonnée",
        Place(
            "Département de la Corse-du-Sud",
            "département",
            "20183",
            141_000,
            "cg-2a.fr",
            insee="2A",
            siren=luhn("22200001"),
        ),
        IN_PROGRESS,
        "2009-05-01",
        (
            "Le Département publie en ligne les itinéraires de randonnée de la Corse-du-Sud, "
            "des sentiers côtiers aux chemins de montagne. Pour chacun, le randonneur trouve "
            "un descriptif, le dénivelé, les refuges et points d'eau, ainsi que l'état du "
            "sentier mis à jour par les équipes d'entretien après chaque intempérie. Les "
            "tracés peuvent être téléchargés sur un GPS ou un téléphone. Les informations "
            "sont disponibles en français, en corse et en anglais, et les offices de tourisme"
            " peuvent les afficher sur leur propre site. Un module de signalement des "
            "incidents sur les sentiers est en cours de test."
        ),
        61,
        partners=(
            "Parc naturel régional de Corse",
            "Agence du tourisme de la Corse",
            "Offices de tourisme de Corse-du-Sud",
        ),
        indicators=(
            Ind("Randonneurs ayant téléchargé un tracé", 21_000, "personnes", "audience"),
            Ind("Itinéraires publiés", 95, "itinéraires", "resources"),
            Ind("Kilomètres de sentiers décrits", 1300, "km", "resources"),
        ),
    ),
    Project(
        "chamonix-neige-temps-reel",
        ET,
        "Neige et remontées en temps réel",
        Place(
            "Communauté de communes de la vallée de Chamonix-Mont-Blanc",
            "intercommunalité",
            "74400",
            13_000,
            "chamonix.com",
            siren=CHAMONIX_CC,
        ),
        REALISED,
        "2008-12-01",
        (
            "Depuis l'hiver 2008, habitants et vacanciers de la vallée de Chamonix "
            "connaissent en temps réel l'état des pistes, l'ouverture des remontées "
            "mécaniques, le temps d'attente et le niveau de risque d'avalanche. Ces "
            "informations, mises à jour tous les quarts d'heure, s'affichent sur des écrans "
            "installés dans les gares, les offices de tourisme et les arrêts de navette, et "
            "sont consultables sur un site mobile. Elles aident à mieux répartir les skieurs "
            "entre les domaines et à éviter les déplacements inutiles en voiture. L'été, les "
            "écrans annoncent l'état des sentiers et des refuges."
        ),
        65,
        partners=("Compagnie du Mont-Blanc", "Office de tourisme de Chamonix", "Météo-France"),
        indicators=(
            Ind("Écrans d'information", 24, "écrans", "resources"),
            Ind("Consultations du site mobile par saison", 480_000, "consultations", "usage", 2009),
        ),
    ),
    Project(
        "saint-malo-remparts-qr",
        ET,
        "Les remparts en codes QR",
        Place("Saint-Malo", "commune", "35400", 49_600, "ville-saint-malo.fr", insee="35288"),
        IN_PROGRESS,
        "2010-03-01",
        (
            "Depuis mars 2010, des plaques discrètes posées le long des remparts de "
            "Saint-Malo portent des codes QR. En les photographiant avec son téléphone, le "
            "promeneur accède à un récit sur le lieu où il se trouve, à des photographies "
            "anciennes issues des archives municipales et à des témoignages enregistrés "
            "d'habitants, notamment sur la reconstruction de la ville après 1944. Les "
            "contenus ont été écrits avec les archives et l'office de tourisme, en français "
            "et en anglais. Des visites guidées sont proposées aux scolaires pour découvrir "
            "la démarche."
        ),
        56,
        partners=("Office de tourisme de Saint-Malo", "Archives municipales"),
        indicators=(
            Ind("Plaques posées", 32, "plaques", "resources"),
            Ind("Consultations des contenus", 14_000, "consultations", "usage"),
        ),
        transferability=(
            "Les gabarits des plaques, les textes et le mode d'emploi du site mobile sont "
            "publiés sous licence libre, à l'intention des autres villes fortifiées."
        ),
    ),
    Project(
        "albi-cite-episcopale-augmentee",
        ET,
        "La cité épiscopale en réalité augmentée",
        Place("Albi", "commune", "81000", 49_000, "mairie-albi.fr", insee="81004"),
        PLANNED,
        "2010-10-01",
        (
            "L'inscription de la cité épiscopale d'Albi au patrimoine mondial attire un "
            "public nouveau, souvent venu de loin. La ville prépare une application mobile : "
            "il suffira de pointer son téléphone vers un monument pour voir s'afficher son "
            "histoire et son aspect à différentes époques, de la cathédrale en construction "
            "aux quais du Tarn au XIXe siècle. Les reconstitutions seront réalisées avec des "
            "historiens et les archives départementales. Un parcours d'une heure reliera les "
            "principaux sites, et une version simplifiée sera proposée sur les bornes de "
            "l'office de tourisme pour les visiteurs qui n'ont pas de téléphone adapté."
        ),
        48,
        partners=("Office de tourisme d'Albi", "Archives départementales du Tarn"),
        indicators=(
            Ind("Budget prévu", 120_000, "euros", "resources"),
            Ind("Monuments reconstitués dans la première version", 12, "monuments", "other", 2011),
        ),
        notes=("Dossier déposé juste après l'inscription de la cité au patrimoine mondial.",),
    ),
    Project(
        "arles-audioguide",
        ET,
        "Audioguide à télécharger",
        Place("Arles", "commune", "13200", 52_700, "ville-arles.fr", insee="13004"),
        PLANNED,
        "2010-12-01",
        (
            "À partir de décembre 2010, les visiteurs d'Arles pourront télécharger "
            "gratuitement, avant leur venue ou sur place, des commentaires audio sur les "
            "monuments romains et romans de la ville : arènes, théâtre antique, "
            "cryptoportiques, thermes et cloître Saint-Trophime. Les fichiers seront lisibles"
            " sur tout baladeur ou téléphone, sans application particulière, et accompagnés "
            "d'un plan imprimable. Les textes seront écrits par les guides du patrimoine de "
            "la ville et enregistrés en français, en anglais et en espagnol. Une version "
            "adaptée aux enfants est prévue pour l'été 2011."
        ),
        44,
        partners=("Service du patrimoine de la ville d'Arles", "Office de tourisme d'Arles"),
        indicators=(
            Ind("Monuments commentés", 9, "monuments", "resources"),
            Ind("Langues d'enregistrement", 3, "langues", "resources"),
        ),
    ),
    Project(
        "lot-bornes-offices-tourisme",
        ET,
        "Bornes tactiles dans les offices de tourisme",
        Place(
            "Département du Lot",
            "département",
            "46005",
            174_000,
            "lot.fr",
            insee="46",
            siren=luhn("22460001"),
        ),
        IN_PROGRESS,
        "2009-06-01",
        (
            "Un visiteur qui arrive à Rocamadour ou à Saint-Cirq-Lapopie après la fermeture "
            "de l'office de tourisme ne trouvait jusqu'ici qu'une porte close. Depuis juin "
            "2009, le Département installe devant les offices de tourisme du Lot des bornes "
            "tactiles consultables jour et nuit, protégées des intempéries. On y trouve les "
            "hébergements disponibles le soir même, les restaurants ouverts, les pharmacies "
            "de garde et l'agenda des manifestations, en quatre langues. Les données "
            "proviennent de la base touristique départementale, que les offices mettent à "
            "jour chaque jour. Les bornes restantes seront posées avant l'été 2011."
        ),
        46,
        partners=("Comité départemental du tourisme du Lot", "Offices de tourisme du Lot"),
        indicators=(
            Ind("Bornes installées", 15, "bornes", "resources"),
            Ind("Consultations des bornes", 68_000, "consultations", "usage", 2009),
        ),
    ),
    Project(
        "la-rochelle-wifi-vieux-port",
        ET,
        "Wi-Fi sur le Vieux-Port",
        Place("La Rochelle", "commune", "17000", 76_800, "ville-larochelle.fr", insee="17300"),
        IN_PROGRESS,
        "2010-04-01",
        (
            "Depuis avril 2010, un accès sans fil gratuit couvre les quais du Vieux-Port de "
            "La Rochelle, de la tour de la Chaîne à la Grosse Horloge. À la connexion, une "
            "page d'accueil présente l'agenda des manifestations, les horaires des bateaux "
            "vers les îles, les musées et les restaurants à proximité. L'accès est limité à "
            "une heure par jour et par appareil, renouvelable, et ne demande qu'une adresse "
            "électronique. Le réseau sera étendu en 2011 au quartier des Minimes et à la "
            "gare, et la page d'accueil proposera alors une version en anglais et en "
            "allemand."
        ),
        49,
        partners=("Office de tourisme de La Rochelle", "Communauté d'agglomération de La Rochelle"),
        indicators=(
            Ind("Bornes Wi-Fi installées", 14, "bornes", "resources"),
            Ind("Connexions par mois en haute saison", 23_000, "connexions", "usage"),
        ),
    ),
    Project(
        "honfleur-reservation-gites",
        ET,
        "Réservation des gîtes en ligne",
        Place(
            "Communauté de communes du pays de Honfleur",
            "intercommunalité",
            "14600",
            19_000,
            "cc-paysdehonfleur.fr",
            siren=HONFLEUR_CC,
        ),
        PLANNED,
        "2010-11-01",
        (
            "Les gîtes et chambres d'hôtes du pays de Honfleur sont souvent tenus par des "
            "particuliers qui n'ont ni site ni système de réservation. La communauté de "
            "communes ouvrira à l'automne 2010 un site commun où les visiteurs pourront "
            "consulter les disponibilités et réserver en ligne, avec un paiement sécurisé. "
            "Les propriétaires géreront leur calendrier depuis un espace personnel ou par "
            "téléphone auprès de l'office de tourisme, qui leur proposera aussi une séance de"
            " prise en main. Aucune commission ne sera prélevée la première année, pour "
            "encourager les hébergeurs à rejoindre le service."
        ),
        38,
        partners=("Office de tourisme du pays de Honfleur", "Gîtes de France Calvados"),
        indicators=(
            Ind("Hébergements déjà candidats", 110, "hébergements", "resources"),
            Ind("Budget de création du site", 45_000, "euros", "resources"),
        ),
    ),
    Project(
        "lourdes-pelerins-connectes",
        ET,
        "Pèlerins connectés",
        Place("Lourdes", "commune", "65100", 15_300, "lourdes.fr", insee="65286"),
        PLANNED,
        "2011-02-01",
        (
            "Lourdes accueille chaque année des millions de pèlerins et de visiteurs venus du"
            " monde entier, dont beaucoup ne parlent pas français. La ville prépare pour "
            "février 2011 une application mobile multilingue qui les guidera entre les "
            "sanctuaires, les hébergements, les commerces et les transports. Elle indiquera "
            "les horaires des célébrations, les trajets accessibles aux personnes en fauteuil"
            " et les points d'accueil médical. Les hôteliers pourront y signaler leurs "
            "disponibilités. L'application sera disponible en huit langues, et un service de "
            "messages permettra de prévenir les groupes en cas de changement d'horaire."
        ),
        42,
        partners=(
            "Sanctuaires de Lourdes",
            "Office de tourisme de Lourdes",
            "Union des hôteliers de Lourdes",
        ),
        indicators=(
            Ind("Langues prévues", 8, "langues", "resources"),
            Ind("Budget prévu", 180_000, "euros", "resources"),
        ),
    ),
    # ------------------------------------------------------------ Ville intelligente (20)
    Project(
        "rennes-donnees-publiques",
        VI,
        "Ouverture des données publiques",
        Place(
            "Rennes Métropole",
            "intercommunalité",
            "35031",
            400_000,
            "rennes-metropole.fr",
            siren=RENNES_METROPOLE,
        ),
        REALISED,
        "2010-03-01",
        (
            "Depuis mars 2010, Rennes Métropole met à la disposition de tous, sous une "
            "licence ouverte, des données publiques jusque-là réservées à ses services et à "
            "ses délégataires : horaires et arrêts des bus et du métro, disponibilité des "
            "vélos en libre service, localisation des équipements publics, données "
            "budgétaires. Un catalogue en ligne les décrit et les met à jour. Pour encourager"
            " leur réutilisation, la métropole a organisé un concours ouvert aux habitants, "
            "aux étudiants et aux entreprises, qui a récompensé les meilleures applications "
            "et services créés à partir de ces données. Plusieurs d'entre elles sont déjà "
            "utilisées au quotidien par les Rennais."
        ),
        79,
        partners=("Keolis Rennes", "Ville de Rennes", "Fondation Internet Nouvelle Génération"),
        indicators=(
            Ind("Jeux de données publiés", 40, "jeux", "resources"),
            Ind("Applications proposées au concours", 37, "applications", "usage"),
            Ind("Téléchargements de jeux de données", 5200, "téléchargements", "usage"),
        ),
        transferability=(
            "La licence, le catalogue et le règlement du concours sont publiés en ligne et "
            "peuvent être repris tels quels par une autre collectivité."
        ),
        website="http://www.data.rennes-metropole.fr",
    ),
    Project(
        "bordeaux-info-voyageurs",
        VI,
        "Information voyageurs en temps réel",
        Place(
            "Communauté urbaine de Bordeaux",
            "intercommunalité",
            "33076",
            715_000,
            "lacub.fr",
            siren=CUB,
        ),
        REALISED,
        "2008-09-01",
        (
            "Depuis 2008, les stations de tramway et les principaux arrêts de bus de "
            "l'agglomération bordelaise affichent le temps d'attente réel, calculé à partir "
            "de la position de chaque véhicule. La même information est accessible par SMS, "
            "en envoyant le code de l'arrêt, et sur un site mobile. En cas de perturbation, "
            "les voyageurs sont prévenus et orientés vers un itinéraire de remplacement. Le "
            "système a été conçu avec des associations d'usagers et de personnes handicapées,"
            " ce qui a conduit à ajouter des annonces sonores dans les stations les plus "
            "fréquentées."
        ),
        71,
        partners=("Keolis Bordeaux", "Associations d'usagers des transports"),
        indicators=(
            Ind("Consultations mensuelles", 850_000, "consultations", "usage"),
            Ind("Arrêts équipés d'un afficheur", 380, "arrêts", "resources"),
            Ind("SMS envoyés", 1_400_000, "SMS", "usage", 2009),
        ),
    ),
    Project(
        "marseille-signalements-proprete",
        VI,
        "Signalements de propreté géolocalisés",
        Place(
            "Marseille",
            "commune",
            "13001",
            851_400,
            "marseille.fr",
            insee="13055",
            epci=MARSEILLE_MPM,
        ),
        IN_PROGRESS,
        "2009-09-01",
        (
            "Depuis septembre 2009, les Marseillais peuvent signaler depuis leur téléphone ou"
            " leur ordinateur un dépôt sauvage, un tag ou une corbeille qui déborde. Le "
            "signalement, accompagné d'une photo et localisé sur une carte, arrive "
            "directement aux équipes de nettoiement du secteur, qui le traitent et indiquent "
            "quand l'intervention a eu lieu. L'habitant est informé à chaque étape. Les "
            "signalements servent aussi à repérer les points noirs et à ajuster les tournées."
            " Le service doit s'étendre en 2011 à l'éclairage public et à la voirie, en lien "
            "avec la communauté urbaine."
        ),
        59,
        partners=("Marseille Provence Métropole", "Mairies de secteur de Marseille"),
        indicators=(
            Ind("Habitants ayant fait un signalement", 7400, "personnes", "audience"),
            Ind("Signalements traités", 18_500, "signalements", "usage"),
            Ind("Délai moyen d'intervention", 3, "jours", "other"),
        ),
    ),
    Project(
        "nantes-velos-itineraires",
        VI,
        "Vélos en libre service et calcul d'itinéraires",
        Place(
            "Nantes Métropole",
            "intercommunalité",
            "44923",
            590_000,
            "nantesmetropole.fr",
            siren=NANTES_METROPOLE,
        ),
        REALISED,
        "2008-05-01",
        (
            "Le calculateur d'itinéraires de Nantes Métropole combine depuis 2008 la marche, "
            "le vélo, le tramway, le bus et le Navibus. Il indique en temps réel le nombre de"
            " vélos et de places libres dans chaque station de vélos en libre service, ce qui"
            " évite d'arriver devant une station vide ou pleine. Les trajets proposés "
            "tiennent compte des pistes cyclables et des pentes. Le service est accessible "
            "sur le web, sur les téléphones mobiles et sur des bornes en station. Les données"
            " de disponibilité des vélos sont aussi fournies aux développeurs qui souhaitent "
            "les intégrer à leurs propres applications."
        ),
        67,
        partners=("JCDecaux", "Semitan", "Association Place au vélo"),
        indicators=(
            Ind("Locations de vélos", 1_100_000, "locations", "usage", 2009),
            Ind("Stations de vélos en libre service", 79, "stations", "resources"),
            Ind("Itinéraires calculés par mois", 260_000, "itinéraires", "usage"),
        ),
    ),
    Project(
        "paris-plan-climat-interactif",
        VI,
        "Plan climat interactif",
        Place("Paris", "commune", "75004", 2_193_000, "paris.fr", insee="75056", siren="217500016"),
        REALISED,
        "2009-10-01",
        (
            "Le plan climat de Paris fixe des objectifs de réduction des émissions de gaz à "
            "effet de serre pour la ville et son territoire. Depuis octobre 2009, une carte "
            "en ligne permet à chacun de suivre les actions engagées dans son arrondissement "
            ": rénovation d'écoles, nouvelles pistes cyclables, installation de panneaux "
            "solaires. Un calculateur invite les Parisiens à estimer leur propre empreinte "
            "carbone et leur propose des gestes adaptés à leur logement et à leurs "
            "déplacements. Les habitants peuvent commenter les projets et proposer des "
            "actions, qui sont étudiées par l'Agence parisienne du climat."
        ),
        63,
        partners=("Agence parisienne du climat", "Mairies d'arrondissement"),
        indicators=(
            Ind("Bilans carbone individuels réalisés", 26_000, "bilans", "usage"),
            Ind("Actions du plan suivies sur la carte", 540, "actions", "resources"),
        ),
    ),
    Project(
        "besancon-telereleve-eau",
        VI,
        "Télérelève des compteurs d'eau",
        Place("Besançon", "commune", "25000", 117_600, "besancon.fr", insee="25056"),
        REALISED,
        "2007-06-01",
        (
            "Depuis 2007, la régie des eaux de Besançon remplace les compteurs de ses abonnés"
            " par des compteurs relevés à distance par radio. Les factures sont désormais "
            "établies sur la consommation réelle, sans estimation ni passage d'un releveur. "
            "Surtout, une consommation anormale, signe probable d'une fuite, déclenche une "
            "alerte : l'abonné est prévenu par courrier, par SMS ou par courriel, selon son "
            "choix, avant de recevoir une facture élevée. Chaque abonné peut suivre sa "
            "consommation jour par jour dans un espace en ligne. Le déploiement s'achèvera en"
            " 2011."
        ),
        61,
        partners=("Régie des eaux de Besançon", "Association de consommateurs du Doubs"),
        indicators=(
            Ind("Compteurs relevés à distance", 23_000, "compteurs", "resources"),
            Ind("Alertes de fuite envoyées", 1150, "alertes", "usage", 2009),
            Ind("Eau économisée grâce aux alertes", 160_000, "m³", "other", 2009),
        ),
    ),
    Project(
        "chambery-eclairage-pilote",
        VI,
        "Éclairage public piloté à distance",
        Place(
            "Chambéry",
            "commune",
            "73000",
            57_500,
            "chambery.fr",
            insee="73065",
            epci=CHAMBERY_METROPOLE,
        ),
        IN_PROGRESS,
        "2009-04-01",
        (
            "Chambéry relie progressivement ses armoires d'éclairage public à un poste de "
            "pilotage central. Depuis avril 2009, l'intensité de l'éclairage est modulée "
            "selon l'heure et la fréquentation des rues : elle baisse au cœur de la nuit dans"
            " les quartiers résidentiels et reste pleine près des gares et des lieux de "
            "sortie. Les pannes sont signalées automatiquement, ce qui permet de les réparer "
            "sans attendre l'appel d'un riverain. Les premiers relevés montrent une baisse "
            "nette de la consommation, que la ville publie chaque trimestre."
        ),
        57,
        partners=("Chambéry métropole", "Syndicat départemental d'énergie de la Savoie"),
        indicators=(
            Ind("Armoires reliées au poste central", 160, "armoires", "resources"),
            Ind("Baisse de la consommation d'électricité", 28, "%", "other"),
        ),
        transferability=(
            "Le cahier des charges du système de pilotage et le bilan énergétique de la "
            "première année sont envoyés sur simple demande."
        ),
    ),
    Project(
        "alsace-batiments-basse-consommation",
        VI,
        "Bâtiments basse consommation suivis en ligne",
        Place(
            "Région Alsace",
            "région",
            "67070",
            1_830_000,
            "region-alsace.eu",
            insee="42",
            siren=luhn("23670001"),
        ),
        IN_PROGRESS,
        "2009-01-15",
        (
            "La Région Alsace rénove ses lycées pour en faire des bâtiments basse "
            "consommation. Depuis 2009, les consommations de chauffage, d'électricité et "
            "d'eau des lycées rénovés sont relevées chaque jour et publiées en ligne, où "
            "chacun peut les comparer d'un établissement à l'autre. Les élèves participent au"
            " suivi : en cours de physique ou de sciences économiques, ils analysent les "
            "courbes, repèrent les gaspillages et proposent des améliorations au conseil "
            "d'administration. Les agents techniques disposent des mêmes données pour régler "
            "les installations."
        ),
        55,
        partners=("ADEME Alsace", "Lycées d'Alsace", "Académie de Strasbourg"),
        indicators=(
            Ind("Élèves associés au suivi", 2600, "élèves", "audience"),
            Ind("Lycées suivis en ligne", 14, "lycées", "resources"),
            Ind("Baisse de la consommation de chauffage", 35, "%", "other"),
        ),
    ),
    Project(
        "dunkerque-compteurs-intelligents",
        VI,
        "Compteurs d'énergie communicants",
        Place("Dunkerque", "commune", "59140", 70_800, "ville-dunkerque.fr", insee="59183"),
        PLANNED,
        "2010-10-01",
        (
            "La ville de Dunkerque veut mieux connaître et réduire les consommations "
            "d'énergie de son patrimoine. À partir d'octobre 2010, ses bâtiments les plus "
            "consommateurs (écoles, gymnases, piscines, hôtel de ville) seront équipés de "
            "compteurs communicants pour l'électricité, le gaz et l'eau. Les relevés, "
            "transmis chaque heure, seront analysés par un économe de flux recruté pour "
            "l'occasion, qui pourra repérer un chauffage resté allumé pendant les vacances ou"
            " une fuite. Les résultats seront présentés aux usagers des bâtiments et publiés "
            "sur le site de la ville."
        ),
        45,
        partners=("Communauté urbaine de Dunkerque", "Fournisseurs d'énergie de la ville"),
        indicators=(
            Ind("Bâtiments à équiper", 45, "bâtiments", "resources"),
            Ind("Objectif de baisse des consommations", 15, "%", "other", 2012),
        ),
    ),
    Project(
        "lorient-covoiturage",
        VI,
        "Covoiturage en ligne",
        Place("Lorient", "commune", "56100", 58_500, "lorient.fr", insee="56121"),
        IN_PROGRESS,
        "2009-09-01",
        (
            "La plupart des salariés des grandes entreprises du pays de Lorient viennent "
            "travailler seuls dans leur voiture. Depuis septembre 2009, un site de "
            "covoiturage met en relation les personnes qui font des trajets domicile-travail "
            "semblables. Les entreprises partenaires en font la promotion auprès de leurs "
            "salariés et réservent des places de stationnement aux covoitureurs. Une garantie"
            " de retour, en taxi ou en bus, est offerte à ceux dont le conducteur aurait un "
            "empêchement. Le service doit s'ouvrir en 2011 aux trajets occasionnels et aux "
            "étudiants de l'université."
        ),
        47,
        partners=("Cap l'Orient agglomération", "Entreprises du pays de Lorient"),
        indicators=(
            Ind("Trajets proposés sur le site", 1350, "trajets", "usage"),
            Ind("Entreprises partenaires", 22, "entreprises", "resources"),
        ),
    ),
    Project(
        "isere-observatoire-deplacements",
        VI,
        "Observatoire des déplacements",
        Place(
            "Département de l'Isère",
            "département",
            "38022",
            1_200_000,
            "isere.fr",
            insee="38",
            siren=luhn("22380001"),
        ),
        PLANNED,
        "2010-09-01",
        (
            "Les comptages routiers, la fréquentation des cars départementaux et les enquêtes"
            " sur les déplacements sont aujourd'hui dispersés entre plusieurs services et "
            "partenaires. À partir de septembre 2010, le Département de l'Isère les réunira "
            "dans un observatoire des déplacements consultable en ligne. Élus, techniciens et"
            " habitants pourront y suivre l'évolution du trafic sur les grands axes, la "
            "fréquentation des lignes de cars et la part des transports en commun par "
            "territoire. Les données seront mises à jour chaque trimestre et pourront être "
            "téléchargées par les communes et les bureaux d'études."
        ),
        43,
        partners=(
            "Syndicat mixte des transports en commun de l'agglomération grenobloise",
            "Direction interdépartementale des routes Centre-Est",
        ),
        indicators=(
            Ind("Points de comptage intégrés", 420, "points", "resources"),
            Ind("Lignes de cars suivies", 80, "lignes", "resources"),
        ),
    ),
    Project(
        "angers-cartographie-espaces-verts",
        VI,
        "Cartographie des espaces verts",
        Place("Angers", "commune", "49000", 148_000, "angers.fr", insee="49007"),
        IN_PROGRESS,
        "2009-05-01",
        (
            "Angers a décidé de ne plus utiliser de pesticides dans ses parcs et jardins. "
            "Pour y parvenir, le service des espaces verts a cartographié depuis 2009 "
            "l'ensemble de ses sites dans un système d'information géographique : chaque "
            "massif, pelouse ou alignement d'arbres y est décrit avec son mode d'entretien. "
            "Les jardiniers planifient ainsi le désherbage manuel ou thermique et la fauche "
            "tardive là où elle est possible. Les cartes aident aussi à expliquer aux "
            "habitants pourquoi certains espaces semblent moins entretenus qu'avant. Les "
            "cimetières et les terrains de sport seront intégrés en 2011."
        ),
        48,
        partners=("Angers Loire Métropole", "Agents du service des espaces verts"),
        indicators=(
            Ind("Hectares cartographiés", 580, "ha", "resources"),
            Ind("Baisse des achats de produits phytosanitaires", 70, "%", "other"),
        ),
    ),
    Project(
        "metz-stationnement",
        VI,
        "Stationnement intelligent",
        Place("Metz", "commune", "57000", 122_800, "metz.fr", insee="57463"),
        PLANNED,
        "2011-03-01",
        (
            "Une part importante de la circulation en centre-ville de Metz vient de "
            "conducteurs qui cherchent une place. La ville prévoit d'installer à partir de "
            "mars 2011 des capteurs dans la chaussée des rues commerçantes, qui détecteront "
            "les places libres. L'information sera affichée sur des panneaux aux entrées du "
            "centre et consultable sur téléphone mobile, avec le nombre de places disponibles"
            " dans les parkings souterrains. Les agents de surveillance disposeront des mêmes"
            " données pour mieux organiser leurs tournées. Un premier secteur servira de test"
            " pendant six mois."
        ),
        40,
        partners=("Metz Métropole", "Exploitants des parkings du centre-ville"),
        indicators=(
            Ind("Places équipées de capteurs dans le secteur test", 600, "places", "resources"),
            Ind("Panneaux d'information prévus", 12, "panneaux", "resources"),
        ),
    ),
    Project(
        "cergy-pontoise-tri-rfid",
        VI,
        "Collecte des déchets suivie par puces",
        Place(
            "Communauté d'agglomération de Cergy-Pontoise",
            "intercommunalité",
            "95027",
            190_000,
            "cergypontoise.fr",
            siren=CERGY_AGGLO,
        ),
        IN_PROGRESS,
        "2009-02-01",
        (
            "Depuis février 2009, l'agglomération de Cergy-Pontoise équipe ses bacs de "
            "collecte d'une puce électronique. À chaque levée, le camion enregistre le bac, "
            "son poids et l'heure de passage. Ces données permettent d'adapter les tournées, "
            "de ne plus passer devant des bacs vides et de répondre précisément aux "
            "réclamations. Elles préparent aussi une éventuelle tarification incitative, où "
            "chaque foyer paierait en fonction des déchets qu'il produit. Les habitants sont "
            "informés par un courrier et des réunions publiques avant l'équipement de leur "
            "quartier."
        ),
        52,
        partners=("Syndicat de traitement des déchets", "Communes de l'agglomération"),
        indicators=(
            Ind("Bacs équipés", 41_000, "bacs", "resources"),
            Ind("Kilomètres de tournée économisés", 52_000, "km", "other", 2009),
        ),
    ),
    Project(
        "niort-bilan-carbone-participatif",
        VI,
        "Bilan carbone participatif",
        Place("Niort", "commune", "79000", 58_000, "vivre-a-niort.com", insee="79191"),
        PLANNED,
        "2010-11-01",
        (
            "La ville de Niort a réalisé le bilan carbone de ses services et de son "
            "territoire. Plutôt que d'en faire un rapport réservé aux spécialistes, elle le "
            "publiera en ligne à partir de novembre 2010, sous une forme lisible : principaux"
            " postes d'émission, actions engagées pour les réduire, résultats obtenus année "
            "après année. Les habitants pourront commenter chaque action et proposer leurs "
            "propres idées, qui seront débattues dans les conseils de quartier. Les "
            "propositions retenues seront intégrées au plan climat de la ville, avec un suivi"
            " public de leur avancement."
        ),
        39,
        partners=("Conseils de quartier de Niort", "ADEME Poitou-Charentes"),
        indicators=(
            Ind("Actions de réduction présentées", 48, "actions", "resources"),
            Ind("Conseils de quartier associés", 9, "conseils", "resources"),
        ),
    ),
    Project(
        "orleans-sig-environnement",
        VI,
        "SIG environnement",
        Place("Orléans", "commune", "45000", 114_000, "orleans.fr", insee="45234"),
        PLANNED,
        "2010-09-01",
        (
            "Les mesures de bruit, de qualité de l'air et de qualité de l'eau sont produites "
            "par des organismes différents et rarement mises en regard. À partir de septembre"
            " 2010, la ville d'Orléans les réunira dans un même outil cartographique, utilisé"
            " d'abord par ses services pour préparer les projets d'aménagement et répondre "
            "aux questions des habitants. Une version publique sera ensuite mise en ligne, "
            "avec des cartes simplifiées par quartier. L'outil s'appuiera sur le système "
            "d'information géographique de la ville et sur les données transmises par les "
            "organismes de surveillance."
        ),
        41,
        partners=("Lig'Air", "Agence de l'eau Loire-Bretagne"),
        indicators=(
            Ind("Couches de données environnementales prévues", 35, "couches", "resources"),
            Ind("Stations de mesure intégrées", 18, "stations", "resources"),
        ),
    ),
    Project(
        "smtc-grenoble-calculateur-multimodal",
        VI,
        "Calculateur d'itinéraires multimodal",
        Place(
            "Syndicat mixte des transports en commun de l'agglomération grenobloise",
            "other",
            "38000",
            400_000,
            "smtc-grenoble.org",
            siren=SMTC_GRENOBLE,
        ),
        IN_PROGRESS,
        "2009-10-01",
        (
            "Dans l'agglomération grenobloise, un même trajet peut combiner le bus, le "
            "tramway, le train régional, le vélo et l'autopartage, mais chaque réseau publie "
            "ses horaires de son côté. Le syndicat mixte des transports construit depuis "
            "octobre 2009 un calculateur d'itinéraires qui réunira toutes ces offres et "
            "proposera le meilleur trajet porte à porte, en tenant compte des correspondances"
            " et des perturbations en cours. Les données de la SNCF et du service de location"
            " de vélos sont déjà intégrées ; l'autopartage et les cars départementaux le "
            "seront au premier semestre 2011, avant l'ouverture au public."
        ),
        46,
        partners=("SNCF", "Métrovélo", "Département de l'Isère"),
        indicators=(
            Ind("Réseaux de transport intégrés", 3, "réseaux", "resources"),
            Ind("Arrêts et gares référencés", 2400, "arrêts", "resources"),
        ),
    ),
    Project(
        "le-havre-recharge-electrique",
        VI,
        "Bornes de recharge pour véhicules électriques",
        Place("Le Havre", "commune", "76600", 178_800, "lehavre.fr", insee="76351"),
        PLANNED,
        "2011-01-03",
        (
            "Pour accompagner l'arrivée des premiers véhicules électriques, la ville du Havre"
            " installera à partir de janvier 2011 vingt bornes de recharge en voirie et dans "
            "ses parkings publics, réparties entre le centre-ville, la gare et les zones "
            "d'activité du port. Les conducteurs pourront vérifier en ligne la disponibilité "
            "d'une borne et la réserver pour une durée donnée. La recharge sera gratuite la "
            "première année, avec une simple inscription. Les données d'utilisation serviront"
            " à choisir l'emplacement des bornes suivantes, et la flotte municipale sera la "
            "première à en profiter."
        ),
        42,
        partners=(
            "Communauté de l'agglomération havraise",
            "Syndicat départemental d'énergie de la Seine-Maritime",
        ),
        indicators=(
            Ind("Bornes de recharge prévues", 20, "bornes", "resources"),
            Ind("Investissement prévu", 240_000, "euros", "resources"),
        ),
    ),
    Project(
        "tours-donnees-circulation",
        VI,
        "Données de circulation en ligne",
        Place("Tours", "commune", "37000", 136_900, "tours.fr", insee="37261"),
        PLANNED,
        "2010-12-01",
        (
            "Les capteurs installés sur les grands axes de Tours servent aujourd'hui à régler"
            " les feux tricolores, mais leurs mesures ne sont pas partagées. À partir de "
            "décembre 2010, la ville publiera en continu l'état du trafic sur une carte en "
            "ligne, avec les temps de parcours estimés, les chantiers et les perturbations "
            "pendant les travaux du tramway. Les données seront aussi proposées en "
            "téléchargement libre, pour que des radios locales, des entreprises ou des "
            "développeurs puissent les reprendre. Des panneaux aux entrées de la ville "
            "afficheront les temps de parcours vers le centre."
        ),
        37,
        partners=("Tour(s)plus", "Radios locales de Touraine"),
        indicators=(
            Ind("Capteurs de trafic publiés", 150, "capteurs", "resources"),
            Ind("Panneaux de temps de parcours prévus", 6, "panneaux", "resources"),
        ),
    ),
    Project(
        "poitou-charentes-eco-lycees",
        VI,
        "Éco-lycées connectés",
        Place(
            "Région Poitou-Charentes",
            "région",
            "86021",
            1_750_000,
            "poitou-charentes.fr",
            insee="54",
            siren=luhn("23860001"),
        ),
        IN_PROGRESS,
        "2009-09-01",
        (
            "Depuis la rentrée 2009, les lycées de Poitou-Charentes suivent leurs "
            "consommations d'énergie et d'eau sur une plateforme commune mise en place par la"
            " Région. Les relevés, saisis chaque mois par les agents ou transmis par des "
            "compteurs automatiques, sont comparés d'un établissement à l'autre et d'une "
            "année sur l'autre. Des éco-délégués élus parmi les élèves présentent les "
            "résultats au conseil d'administration et proposent des actions, comme "
            "l'extinction des ordinateurs le soir. Les lycées les plus économes sont "
            "distingués chaque année lors d'une journée régionale."
        ),
        44,
        partners=("Académie de Poitiers", "Lycées de Poitou-Charentes", "ADEME Poitou-Charentes"),
        indicators=(
            Ind("Lycées suivis sur la plateforme", 93, "lycées", "resources"),
            Ind("Relevés saisis", 4100, "relevés", "usage"),
        ),
    ),
    # ------------------------------------------------------------ Performance (16)
    Project(
        "megalis-dematerialisation-marches",
        PC,
        "Dématérialisation mutualisée des marchés publics",
        Place(
            "Syndicat mixte Mégalis Bretagne",
            "other",
            "35510",
            3_100_000,
            "megalisbretagne.org",
            siren=MEGALIS,
        ),
        REALISED,
        "2006-01-02",
        (
            "Créé par la Région, les départements et les intercommunalités de Bretagne, le "
            "syndicat mixte Mégalis propose depuis 2006 une plateforme commune de "
            "dématérialisation. Communes, communautés, hôpitaux et syndicats y publient leurs"
            " avis de marché, reçoivent les offres électroniques des entreprises et "
            "transmettent leurs actes au contrôle de légalité. Les petites communes, qui "
            "n'auraient pas pu s'offrir seules ces outils, en bénéficient au même titre que "
            "les grandes villes, avec une formation et une assistance téléphonique. Les "
            "entreprises bretonnes, de leur côté, trouvent tous les marchés publics de la "
            "région au même endroit."
        ),
        77,
        partners=("Région Bretagne", "Départements bretons", "Préfecture de région"),
        indicators=(
            Ind("Collectivités adhérentes", 620, "collectivités", "audience"),
            Ind("Consultations publiées", 9800, "consultations", "usage", 2009),
            Ind("Actes transmis au contrôle de légalité", 120_000, "actes", "usage", 2009),
        ),
        transferability=(
            "Les statuts du syndicat mixte, la grille tarifaire et les conventions avec la "
            "préfecture sont publiés ; deux régions ont déjà repris la démarche."
        ),
        website="http://www.megalisbretagne.org",
    ),
    Project(
        "landerneau-intranet-partage",
        PC,
        "Intranet partagé entre communes et communauté",
        Place(
            "Communauté de communes du pays de Landerneau-Daoulas",
            "intercommunalité",
            "29800",
            46_000,
            "ccpld.fr",
            siren=LANDERNEAU_CC,
        ),
        REALISED,
        "2008-02-01",
        (
            "Dans une petite commune, la secrétaire de mairie est souvent seule face à des "
            "procédures de plus en plus complexes. Depuis 2008, la communauté de communes du "
            "pays de Landerneau-Daoulas partage avec ses communes membres un intranet unique."
            " Les secrétaires de mairie et les agents communautaires y trouvent les agendas "
            "des élus et des services, des modèles de documents, des fiches de procédure "
            "rédigées ensemble et un forum où poser leurs questions. Les réunions sont "
            "préparées et suivies en ligne. L'outil, bâti sur des logiciels libres, a "
            "renforcé l'entraide entre communes."
        ),
        65,
        partners=("Communes du pays de Landerneau-Daoulas", "Centre de gestion du Finistère"),
        indicators=(
            Ind("Agents utilisateurs", 310, "agents", "usage"),
            Ind("Fiches de procédure partagées", 240, "fiches", "resources"),
        ),
    ),
    Project(
        "gironde-visio-centres-medico-sociaux",
        PC,
        "Visioconférence entre centres médico-sociaux",
        Place(
            "Département de la Gironde",
            "département",
            "33074",
            1_420_000,
            "gironde.fr",
            insee="33",
            siren=luhn("22330001"),
        ),
        REALISED,
        "2008-10-01",
        (
            "Les travailleurs sociaux du Département de la Gironde se réunissent "
            "régulièrement pour examiner ensemble les situations difficiles. Depuis octobre "
            "2008, les trente centres médico-sociaux sont équipés de salles de "
            "visioconférence, ce qui évite des trajets de plusieurs heures vers Bordeaux pour"
            " une réunion d'une heure. Le temps gagné est consacré aux familles. Les salles "
            "servent aussi à la formation continue et aux entretiens de recrutement. Un "
            "protocole garantit la confidentialité des échanges, validé avec les "
            "représentants du personnel."
        ),
        61,
        partners=("Gironde Numérique", "Représentants du personnel du Département"),
        indicators=(
            Ind("Kilomètres évités par an", 410_000, "km", "other", 2009),
            Ind("Centres médico-sociaux équipés", 30, "centres", "resources"),
            Ind("Réunions tenues en visioconférence", 1700, "réunions", "usage", 2009),
        ),
    ),
    Project(
        "arras-deliberations-electroniques",
        PC,
        "Délibérations et actes dématérialisés",
        Place("Arras", "commune", "62000", 41_300, "arras.fr", insee="62041"),
        IN_PROGRESS,
        "2009-06-01",
        (
            "Chaque conseil municipal d'Arras mobilisait des milliers de pages imprimées et "
            "plusieurs jours de préparation. Depuis juin 2009, les élus reçoivent les "
            "dossiers du conseil sur un ordinateur portable, avec les annexes, et peuvent les"
            " annoter. Les délibérations adoptées partent ensuite par voie électronique au "
            "contrôle de légalité, et les actes sont publiés plus rapidement sur le site de "
            "la ville. Les services ont revu ensemble le circuit de préparation des rapports "
            "pour éviter les doubles saisies. Les commissions municipales passeront au même "
            "fonctionnement en 2011."
        ),
        56,
        partners=("Préfecture du Pas-de-Calais", "Communauté urbaine d'Arras"),
        indicators=(
            Ind("Pages imprimées en moins par an", 180_000, "pages", "other"),
            Ind("Ordinateurs portables remis aux élus", 45, "ordinateurs", "resources"),
        ),
        transferability=(
            "Le guide de mise en œuvre destiné aux secrétariats généraux est téléchargeable "
            "librement, avec les modèles de délibération et le calendrier de déploiement."
        ),
    ),
    Project(
        "saint-quentin-en-yvelines-espace-agents",
        PC,
        "Espace collaboratif des agents",
        Place(
            "Communauté d'agglomération de Saint-Quentin-en-Yvelines",
            "intercommunalité",
            "78192",
            146_000,
            "agglo-sqy.fr",
            siren=SQY_AGGLO,
        ),
        REALISED,
        "2009-01-05",
        (
            "Depuis janvier 2009, les agents de la communauté d'agglomération de "
            "Saint-Quentin-en-Yvelines disposent d'un espace collaboratif qui remplace les "
            "échanges de fichiers par messagerie. Chaque service tient un wiki où il décrit "
            "ses procédures ; un annuaire des compétences permet de trouver un collègue qui "
            "connaît un sujet ; chaque projet dispose d'un espace où partager documents, "
            "calendriers et comptes rendus. Les communes de l'agglomération y sont invitées "
            "pour les projets communs. Des référents formés dans chaque direction "
            "accompagnent leurs collègues."
        ),
        59,
        partners=(
            "Communes de l'agglomération",
            "Centre interdépartemental de gestion de la grande couronne",
        ),
        indicators=(
            Ind("Espaces de projet ouverts", 85, "espaces", "usage"),
            Ind("Référents formés", 28, "agents", "resources"),
        ),
    ),
    Project(
        "languedoc-roussillon-wiki-agents",
        PC,
        "Wiki des agents régionaux",
        Place(
            "Région Languedoc-Roussillon",
            "région",
            "34064",
            2_580_000,
            "laregion.fr",
            insee="91",
            siren=luhn("23340001"),
        ),
        IN_PROGRESS,
        "2009-09-01",
        (
            "Les procédures internes de la Région Languedoc-Roussillon étaient décrites dans "
            "des notes de service difficiles à retrouver et rarement à jour. Depuis septembre"
            " 2009, elles sont rédigées et mises à jour par les agents eux-mêmes sur un wiki "
            "commun, qu'il s'agisse d'instruire une subvention, de préparer un marché ou "
            "d'organiser un déplacement. Chaque page a un responsable, et les modifications "
            "sont visibles de tous. Des ateliers d'écriture ont aidé les premiers "
            "contributeurs, et les nouveaux arrivants y trouvent un parcours d'accueil."
        ),
        54,
        partners=(
            "Direction des ressources humaines de la Région",
            "Direction des systèmes d'information de la Région",
        ),
        indicators=(
            Ind("Agents contributeurs", 640, "agents", "audience"),
            Ind("Pages de procédure publiées", 1250, "pages", "resources"),
        ),
    ),
    Project(
        "toulon-courrier-electronique",
        PC,
        "Gestion électronique du courrier",
        Place("Toulon", "commune", "83000", 166_500, "toulon.fr", insee="83137"),
        PLANNED,
        "2010-10-01",
        (
            "La mairie de Toulon reçoit chaque jour plusieurs centaines de courriers, qui "
            "circulent sur papier d'un service à l'autre et se perdent parfois. À partir "
            "d'octobre 2010, le courrier entrant sera numérisé dès son arrivée et suivi "
            "jusqu'à la réponse. Les services recevront les documents sur leur poste, avec le"
            " délai de réponse attendu, et les élus pourront suivre le traitement des "
            "demandes de leurs administrés. Un tableau de bord mensuel mesurera les délais. "
            "Les agents du courrier seront formés à la numérisation et à l'indexation."
        ),
        44,
        partners=("Direction générale des services de Toulon", "Archives municipales de Toulon"),
        indicators=(
            Ind("Courriers entrants par an", 95_000, "courriers", "usage", 2009),
            Ind("Heures de formation prévues", 420, "heures", "resources"),
        ),
    ),
    Project(
        "clermont-ferrand-agendas-partages",
        PC,
        "Agendas partagés",
        Place(
            "Clermont-Ferrand", "commune", "63000", 139_000, "clermont-ferrand.fr", insee="63113"
        ),
        IN_PROGRESS,
        "2010-01-04",
        (
            "Organiser une réunion entre élus et directeurs de la ville de Clermont-Ferrand "
            "pouvait demander des dizaines d'appels et de courriels. Depuis janvier 2010, les"
            " agendas des élus, des directions et des salles de réunion sont partagés dans un"
            " outil commun. Chacun voit les disponibilités des autres sans le détail des "
            "rendez-vous, et peut réserver une salle et son matériel en même temps. Les "
            "assistantes gardent la main sur les agendas qu'elles gèrent. Le service sera "
            "étendu aux agents de terrain au cours de l'année 2011."
        ),
        45,
        partners=("Clermont Communauté", "Assistantes des élus et des directions"),
        indicators=(
            Ind("Agendas partagés", 380, "agendas", "resources"),
            Ind("Salles réservables en ligne", 42, "salles", "resources"),
        ),
    ),
    Project(
        "gers-teletravail-agents",
        PC,
        "Télétravail des agents",
        Place(
            "Département du Gers",
            "département",
            "32020",
            187_000,
            "gers.fr",
            insee="32",
            siren=luhn("22320001"),
        ),
        PLANNED,
        "2010-09-01",
        (
            "Dans un département rural comme le Gers, certains agents font chaque jour plus "
            "d'une heure de route pour rejoindre Auch. À partir de septembre 2010, le "
            "Département engagera une expérimentation du télétravail avec trente agents "
            "volontaires, un ou deux jours par semaine, depuis leur domicile ou depuis un "
            "bureau partagé dans une sous-préfecture. Ils recevront un ordinateur portable et"
            " un accès sécurisé au réseau. Une charte définira les horaires et les modalités "
            "de contact, et un bilan sera établi après un an avec les encadrants et les "
            "représentants du personnel."
        ),
        41,
        partners=("Comité technique paritaire du Département", "Gers Numérique"),
        indicators=(
            Ind("Ordinateurs portables à fournir", 30, "ordinateurs", "resources"),
            Ind("Kilomètres évités attendus par an", 95_000, "km", "other", 2011),
        ),
    ),
    Project(
        "caen-la-mer-portail-rh",
        PC,
        "Portail des ressources humaines",
        Place(
            "Communauté d'agglomération Caen la Mer",
            "intercommunalité",
            "14027",
            225_000,
            "caenlamer.fr",
            siren=CAEN_LA_MER,
        ),
        IN_PROGRESS,
        "2009-11-01",
        (
            "Depuis novembre 2009, les agents de Caen la Mer ont accès à un portail des "
            "ressources humaines. Ils y consultent leurs bulletins de salaire, posent leurs "
            "demandes de congés, s'inscrivent aux formations et retrouvent les informations "
            "sur leur carrière et les règles qui s'appliquent à eux. Les encadrants valident "
            "les demandes en ligne et voient d'un coup d'œil qui est présent dans leur "
            "équipe. Pour les agents qui n'ont pas de poste de travail, des bornes sont "
            "installées dans les ateliers et les dépôts."
        ),
        47,
        partners=("Centre de gestion du Calvados", "Représentants du personnel de Caen la Mer"),
        indicators=(
            Ind("Demandes de congés traitées en ligne", 8600, "demandes", "usage"),
            Ind("Bornes installées dans les ateliers", 8, "bornes", "resources"),
        ),
    ),
    Project(
        "pau-parapheur-electronique",
        PC,
        "Parapheur électronique",
        Place("Pau", "commune", "64000", 84_000, "pau.fr", insee="64445"),
        IN_PROGRESS,
        "2009-10-01",
        (
            "Depuis octobre 2009, les bons de commande, les arrêtés et les courriers de la "
            "ville de Pau sont signés électroniquement par les élus et les directeurs. Les "
            "documents circulent dans un parapheur électronique qui suit le circuit de "
            "validation prévu et garde une trace de chaque étape. Un document peut être signé"
            " en déplacement, ce qui a fortement réduit les délais de paiement des "
            "fournisseurs. Les documents signés sont archivés automatiquement. L'étape "
            "suivante est la transmission électronique des pièces au comptable public."
        ),
        51,
        partners=("Trésorerie municipale de Pau", "Communauté d'agglomération Pau-Pyrénées"),
        indicators=(
            Ind("Documents signés", 6300, "documents", "usage"),
            Ind("Délai moyen de signature", 2, "jours", "other"),
        ),
    ),
    Project(
        "saint-denis-logiciels-libres",
        PC,
        "Logiciels libres en mairie",
        Place("Saint-Denis", "commune", "93200", 105_700, "ville-saint-denis.fr", insee="93066"),
        PLANNED,
        "2010-09-01",
        (
            "La ville de Saint-Denis fera passer à partir de septembre 2010 la bureautique et"
            " la messagerie de ses services sur des logiciels libres. Le changement se fera "
            "service par service, après un inventaire des documents et des modèles en usage "
            "et une formation de chaque agent. Des correspondants formés plus longuement "
            "répondront aux questions de leurs collègues. Les économies de licences "
            "permettront de financer la formation et l'équipement des agents qui n'ont pas "
            "encore d'ordinateur. La ville partagera ses modèles de documents avec les "
            "collectivités qui font le même choix."
        ),
        43,
        partners=("Plaine Commune", "Associations de promotion du logiciel libre"),
        indicators=(
            Ind("Postes de travail concernés", 1800, "postes", "resources"),
            Ind("Économie de licences attendue par an", 120_000, "euros", "other", 2011),
        ),
    ),
    Project(
        "vannes-tableau-de-bord",
        PC,
        "Tableau de bord des services",
        Place("Vannes", "commune", "56000", 53_000, "mairie-vannes.fr", insee="56260"),
        PLANNED,
        "2010-10-01",
        (
            "Les services de la ville de Vannes produisent chacun des chiffres sur leur "
            "activité, sous des formes différentes et à des dates différentes. À partir "
            "d'octobre 2010, un tableau de bord commun réunira chaque mois une sélection "
            "d'indicateurs : délais de réponse aux courriers, fréquentation des équipements, "
            "interventions sur la voirie, consommations d'énergie. Les indicateurs ont été "
            "choisis avec les chefs de service, qui pourront commenter leurs résultats. Le "
            "tableau sera présenté aux élus chaque trimestre, et une partie sera publiée sur "
            "le site de la ville."
        ),
        39,
        partners=("Chefs de service de la ville de Vannes", "Vannes agglo"),
        indicators=(
            Ind("Indicateurs retenus", 40, "indicateurs", "resources"),
            Ind("Services participants", 18, "services", "resources"),
        ),
    ),
    Project(
        "haute-corse-visio-antennes",
        PC,
        "Visioconférence entre les antennes",
        Place(
            "Département de la Haute-Corse",
            "département",
            "20405",
            163_000,
            "cg2b.fr",
            insee="2B",
            siren=luhn("22200002"),
        ),
        IN_PROGRESS,
        "2009-12-01",
        (
            "Entre Bastia et les antennes du Département à Corte, Calvi ou Ghisonaccia, il "
            "faut compter jusqu'à deux heures de route. Depuis décembre 2009, ces antennes "
            "sont reliées au siège par un système de visioconférence. Les agents peuvent "
            "participer aux réunions de service sans se déplacer, et les usagers des antennes"
            " peuvent s'entretenir avec un spécialiste du siège, par exemple pour un dossier "
            "d'aide sociale. Les routes de montagne étant parfois coupées en hiver, le "
            "dispositif sert aussi à maintenir le lien lors des intempéries."
        ),
        46,
        partners=("Antennes territoriales du Département", "Collectivité territoriale de Corse"),
        indicators=(
            Ind("Antennes reliées au siège", 3, "antennes", "resources"),
            Ind("Réunions tenues en visioconférence", 260, "réunions", "usage"),
        ),
    ),
    Project(
        "colmar-intranet",
        PC,
        "Intranet municipal",
        Place("Colmar", "commune", "68000", 67_200, "colmar.fr", insee="68066"),
        PLANNED,
        "2010-11-01",
        (
            "À la mairie de Colmar, les notes de service, les procédures et les menus du "
            "restaurant du personnel circulent encore sur papier ou par messagerie. À partir "
            "de novembre 2010, un intranet réunira ces informations en un seul endroit, avec "
            "un annuaire des agents, les actualités des services et des formulaires en ligne "
            "pour les demandes courantes. Les agents sans poste de travail y accéderont "
            "depuis des bornes installées dans les ateliers municipaux. Un comité de "
            "rédaction, formé d'agents de plusieurs services, veillera à ce que les contenus "
            "restent à jour."
        ),
        36,
        partners=(
            "Direction de la communication de la ville de Colmar",
            "Comité d'œuvres sociales du personnel",
        ),
        indicators=(
            Ind("Services contributeurs prévus", 25, "services", "resources"),
            Ind("Formulaires en ligne prévus", 15, "formulaires", "resources"),
        ),
    ),
    Project(
        "redon-mutualisation-sig",
        PC,
        "Système d'information géographique mutualisé",
        Place(
            "Communauté de communes du pays de Redon",
            "intercommunalité",
            "35600",
            58_000,
            "cc-pays-redon.fr",
            siren=REDON_CC,
        ),
        IN_PROGRESS,
        "2009-06-01",
        (
            "Les communes du pays de Redon n'ont pas les moyens de disposer chacune d'un "
            "système d'information géographique. Depuis juin 2009, la communauté de communes "
            "en construit un pour toutes : le cadastre, les plans d'urbanisme, les réseaux "
            "d'eau et d'assainissement et l'éclairage public de chaque commune y sont "
            "progressivement intégrés. Les secrétaires de mairie et les élus y accèdent par "
            "un simple navigateur, et peuvent répondre plus vite aux demandes de "
            "renseignements d'urbanisme. Un géomaticien communautaire met à jour les données "
            "et forme les utilisateurs."
        ),
        42,
        partners=("Communes du pays de Redon", "Syndicats d'eau et d'assainissement"),
        indicators=(
            Ind("Communes intégrées", 19, "communes", "resources"),
            Ind("Consultations par les mairies", 4300, "consultations", "usage"),
        ),
    ),
)


# --------------------------------------------------------------------------- jury


class JurorPlace(NamedTuple):
    name: str
    insee: str | None = None
    siren: str | None = None


@dataclass(frozen=True)
class JurorData:
    id: str
    name: str
    organisation: str
    categories: tuple[str, ...]
    bias: float  # points on a 0-5 scale, added to every mark
    territory: JurorPlace | None = None
    conflicts: tuple[str, ...] = ()
    note: str | None = None  # comment written above the juror in the roster
    skips: tuple[str, ...] = ()  # applications the juror did not mark


BOARD = "Les Interconnectés (conseil d'administration)"

JURORS: tuple[JurorData, ...] = (
    JurorData("michel-garnier", "Michel Garnier", BOARD, (IS, VI), 0.1, note="Président du jury."),
    JurorData(
        "sophie-le-bihan",
        "Sophie Le Bihan",
        BOARD,
        (IS, PC),
        -0.1,
        territory=JurorPlace("Lorient", insee="56121"),
    ),
    JurorData("patrick-vasseur", "Patrick Vasseur", BOARD, (NM, ET), 0.1),
    JurorData("claire-dubreuil", "Claire Dubreuil", "Artesi Île-de-France", (IS, NM), -1.0),
    JurorData(
        "jean-luc-cabanes",
        "Jean-Luc Cabanes",
        "Ardesi Midi-Pyrénées",
        (EN, ET),
        0.0,
        territory=JurorPlace("Albi", insee="81004"),
        note="Également conseiller municipal.",
    ),
    JurorData(
        "nadia-benali",
        "Nadia Benali",
        "Apronet",
        (IS,),
        0.1,
        territory=JurorPlace("Besançon", insee="25056"),
        conflicts=("lannion-tregor-cyber-bases",),
        note="Apronet a accompagné le réseau des cyber-bases du Trégor.",
    ),
    JurorData(
        "francois-lemaire",
        "François Lemaire",
        "ACUF (Association des communautés urbaines de France)",
        (NM, VI),
        -0.1,
        territory=JurorPlace("Communauté urbaine de Strasbourg", siren=STRASBOURG_CUS),
        conflicts=("13055",),
        note="Ancien chef de projet à la ville de Marseille.",
    ),
    JurorData(
        "helene-rigaud",
        "Hélène Rigaud",
        "AdCF (Assemblée des communautés de France)",
        (VI, PC),
        1.0,
        territory=JurorPlace("Chambéry métropole", siren=CHAMBERY_METROPOLE),
    ),
    JurorData("yves-perrot", "Yves Perrot", BOARD, (EN, PC), 0.15),
    JurorData(
        "isabelle-marchand",
        "Isabelle Marchand",
        "Artesi Île-de-France",
        (EN, ET),
        -0.15,
        territory=JurorPlace("Cergy", insee="95127"),
    ),
    JurorData(
        "thierry-jaouen",
        "Thierry Jaouen",
        "ACUF (Association des communautés urbaines de France)",
        (NM, VI),
        0.05,
        skips=("metz-stationnement",),
    ),
    JurorData(
        "martine-souchon",
        "Martine Souchon",
        "AdCF (Assemblée des communautés de France)",
        (PC,),
        -0.1,
        territory=JurorPlace("Communauté de communes du Val d'Ille", siren=VAL_DILLE),
    ),
)

# How many single marks are left out of the sheets (a criterion forgotten by a juror).
MISSING_MARKS = 7

# Remarks jurors write, by level of the mark they gave (low, middle, high).
COMMENTS: dict[str, tuple[str, ...]] = {
    "low": (
        "Projet encore au stade des intentions, peu de résultats à juger.",
        "Le dossier manque de chiffres sur les usages.",
        "Intéressant, mais rien ne montre qui s'en sert vraiment.",
        "À représenter l'an prochain, une fois le service ouvert.",
    ),
    "mid": (
        "Démarche solide, l'évaluation reste à construire.",
        "Bon projet, partenariats à élargir.",
        "Les publics visés sont clairs, la suite du financement l'est moins.",
        "Projet utile ; dossier un peu rapide sur la transférabilité.",
    ),
    "high": (
        "Projet exemplaire, retour d'expérience précieux pour le réseau.",
        "Très bon dossier, résultats mesurés et partagés.",
        "À faire connaître : la démarche peut être reprise facilement.",
        "Remarquable travail avec les acteurs locaux.",
    ),
}
