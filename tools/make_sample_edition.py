"""Write the 2010 sample edition (criteria, applications, jury) as hand-written-looking YAML.

Usage: python tools/make_sample_edition.py [TARGET]   (default: the repository root)

The output is deterministic: the tables live in `sample_data.py` and every random draw
comes from `random.Random` with a fixed seed, so two runs write the same bytes.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from sample_data import (
    CATEGORIES,
    COMMENTS,
    JURORS,
    MISSING_MARKS,
    PROJECTS,
    SEED,
    CategoryData,
    JurorData,
    Project,
)

ROOT = Path(__file__).resolve().parent.parent
WRAP = 88
MODELINE = "# yaml-language-server: $schema=../schema/application.schema.json"

# --------------------------------------------------------------------------- YAML text

_UNSAFE_START = set("-?:,[]{}#&*!|>'\"%@`")
_RESERVED = re.compile(r"(?i)(~|null|true|false|yes|no|on|off|y|n)")
_NUMBER_LIKE = re.compile(r"[-+.]?\d")


def scalar(text: str) -> str:
    """A one-line string, plain when YAML reads it back unchanged, double-quoted otherwise."""
    plain = (
        text != ""
        and text == text.strip()
        and text[0] not in _UNSAFE_START
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not _RESERVED.fullmatch(text)
        and not _NUMBER_LIKE.match(text)
        and all(char >= " " for char in text)
    )
    if plain:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def number(value: float) -> str:
    """A mark or a figure as a person writes it: 4, 3.5, 12.5."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:g}"


_THIN_BEFORE = re.compile(r" ([;!?»])")
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")


def french_spacing(text: str) -> str:
    """French typography for prose written with plain spaces in `sample_data.py`.

    A narrow no-break space before `; ! ?`, inside « » and between groups of digits
    (4 200), a no-break space before `:` and `%`. textwrap never breaks a line at these
    spaces, so a line of the folded block never starts with a punctuation mark.
    """
    text = _THIN_BEFORE.sub("\u202f\\1", text)
    text = text.replace("« ", "«\u202f").replace(" :", "\u00a0:").replace(" %", "\u00a0%")
    return _THOUSANDS.sub("\u202f", text)


def folded(key: str, text: str, indent: int) -> list[str]:
    """A paragraph as a folded block (`key: >`), wrapped like a text editor would."""
    pad = " " * (indent + 2)
    lines = textwrap.wrap(french_spacing(text), width=WRAP - len(pad), break_on_hyphens=False)
    return [" " * indent + f"{key}: >", *(pad + line for line in lines)]


def code(value: str, quoted: bool) -> str:
    """INSEE, SIREN and postal codes: some people quote them, most do not."""
    return f"'{value}'" if quoted else value


def flow_list(items: Iterable[str]) -> str:
    return "[" + ", ".join(scalar(item) for item in items) + "]"


# --------------------------------------------------------------------------- criteria


def criteria_file(category: CategoryData, order: int) -> str:
    top = max(crit.max for crit in category.criteria)
    lines = [
        f"# Catégorie « {category.title} » : Label Territoire innovant 2010",
        f"# {category.note}",
        f"# Poids de 1 à 3 ; chaque critère est noté de 0 à {top}.",
        f"id: {category.id}",
        f"title: {scalar(category.title)}",
        f"order: {order}",
        "criteria:",
    ]
    for crit in category.criteria:
        lines += [
            f"  - id: {crit.id}",
            f"    title: {scalar(crit.title)}",
            f"    guidance: {scalar(crit.guidance)}",
            f"    weight: {crit.weight}",
            f"    scale: {{min: 0, max: {crit.max}}}",
        ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- applications

FIRST_NAMES = (
    ("Anne", "f"), ("Bruno", "m"), ("Catherine", "f"), ("Didier", "m"), ("Élodie", "f"),
    ("Frédéric", "m"), ("Gaëlle", "f"), ("Hervé", "m"), ("Laurence", "f"), ("Jérôme", "m"),
    ("Karine", "f"), ("Loïc", "m"), ("Marie-Hélène", "f"), ("Nicolas", "m"), ("Odile", "f"),
    ("Pascal", "m"), ("Séverine", "f"), ("Stéphane", "m"), ("Valérie", "f"), ("Xavier", "m"),
)  # fmt: skip
LAST_NAMES = (
    "Le Goff", "Martin", "Bertrand", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine",
    "Chevalier", "Roussel", "Guérin", "Mercier", "Boyer", "Garcia", "Santoni", "Quéré",
    "Faure", "Lambert", "Bonnet", "D'Almeida", "Morvan", "Colin", "Perrin", "Nicolas",
)  # fmt: skip
ROLES = {
    "m": ("Chargé de mission TIC", "Directeur des systèmes d'information",
          "Chef de projet usages numériques", "Responsable de l'administration électronique"),
    "f": ("Chargée de mission TIC", "Directrice des systèmes d'information",
          "Cheffe de projet usages numériques", "Responsable de l'administration électronique"),
}  # fmt: skip
ZONE_OF_DEPARTMENT = {
    **dict.fromkeys(("75", "78", "91", "92", "93", "94", "95"), "01"),
    **dict.fromkeys(("14", "22", "29", "35", "37", "44", "45", "49", "50", "53", "56", "72",
                     "76", "79", "86"), "02"),
    **dict.fromkeys(("51", "54", "57", "59", "62", "67", "68", "80", "25"), "03"),
    **dict.fromkeys(("01", "06", "11", "13", "20", "34", "38", "42", "66", "69", "73", "74",
                     "83"), "04"),
}  # fmt: skip


def ascii_slug(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", flat.lower()).strip("-")


def contact_lines(project: Project, rng: random.Random) -> list[str]:
    first, gender = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    role = rng.choice(ROLES[gender])
    local = f"{ascii_slug(first)}.{ascii_slug(last)}".replace("-", "")
    lines = [
        "contact:",
        f"  name: {scalar(f'{first} {last}')}",
        f"  role: {scalar(role)}",
        f"  email: {local}@{project.place.domain}",
    ]
    if rng.random() < 0.7:
        zone = ZONE_OF_DEPARTMENT.get(project.place.postal[:2], "05")
        digits = [rng.randrange(10, 100) for _ in range(4)]
        lines.append(f"  phone: {zone} " + " ".join(f"{d:02d}" for d in digits))
    return lines


def application_file(project: Project, index: int, categories: dict[str, str],
                     rng: random.Random) -> str:  # fmt: skip
    place = project.place
    lines = [
        MODELINE,
        "# Label Territoire innovant 2010 : dossier de candidature",
        f"# Catégorie : {categories[project.category]}",
        *(f"# {note}" for note in project.notes),
        f"id: {project.id}",
        f"category: {project.category}",
        f"title: {scalar(project.title)}",
        "territory:",
        f"  name: {scalar(place.name)}",
        f"  kind: {place.kind}",
    ]
    if place.insee is not None:
        lines.append(f"  insee: {code(place.insee, quoted=index % 4 == 1)}")
    if place.siren is not None:
        lines.append(f"  siren: {code(place.siren, quoted=index % 5 == 2)}")
    if place.epci is not None:
        lines.append(f"  intercommunality_siren: {place.epci}")
    postal_quoted = index % 3 == 0 and not place.postal.startswith("01")
    lines += [
        f"  postal_code: {code(place.postal, quoted=postal_quoted)}",
        f"  population: {place.population}",
        f"status: {project.status}",
        f"start_date: {project.start}",
        *folded("summary", project.summary, 0),
    ]
    if project.transferability is not None:
        lines += folded("transferability", project.transferability, 0)
    if project.partners:
        lines.append("partners:")
        lines += [f"  - {scalar(partner)}" for partner in project.partners]
    if project.indicators:
        if project.status == "realised" and index % 2 == 0:
            lines.append("# Chiffres de l'année indiquée, fournis par nos services.")
        lines.append("indicators:")
        for ind in project.indicators:
            lines += [f"  - name: {scalar(ind.name)}", f"    value: {number(ind.value)}"]
            if ind.unit is not None:
                lines.append(f"    unit: {scalar(ind.unit)}")
            lines.append(f"    kind: {ind.kind}")
            if ind.year is not None:
                lines.append(f"    year: {ind.year}")
    lines += contact_lines(project, rng)
    if project.website is not None:
        lines.append(f"website: {project.website}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- jury

Marks = dict[str, float]


def roster_file(jurors: Sequence[JurorData]) -> str:
    lines = [
        "# Jury du Label Territoire innovant 2010.",
        "# Le conseil d'administration des Interconnectés et les représentants des réseaux",
        "# régionaux et nationaux ; chaque juré note une ou deux catégories.",
        "jurors:",
    ]
    for juror in jurors:
        if juror.note is not None:
            lines.append(f"  # {juror.note}")
        lines += [
            f"  - id: {juror.id}",
            f"    name: {scalar(juror.name)}",
            f"    organisation: {scalar(juror.organisation)}",
            f"    categories: {flow_list(juror.categories)}",
        ]
        if juror.territory is not None:
            lines += ["    territory:", f"      name: {scalar(juror.territory.name)}"]
            if juror.territory.insee is not None:
                lines.append(f"      insee: {juror.territory.insee}")
            if juror.territory.siren is not None:
                lines.append(f"      siren: {juror.territory.siren}")
        if juror.conflicts:
            quoted = ", ".join(f"'{item}'" if item.isdigit() else item for item in juror.conflicts)
            lines.append(f"    conflicts: [{quoted}]")
    return "\n".join(lines) + "\n"


def draw_mark(level: float, top: int) -> float:
    """A mark on 0..top from a level on the 0-5 scale: halves, or whole points on 0-20."""
    raw = level * top / 5
    step = 1.0 if top > 10 else 0.5
    rounded = round(raw / step) * step
    return min(max(rounded, 0.0), float(top))


def draw_marks(rng: random.Random) -> dict[str, list[tuple[str, Marks]]]:
    """Every juror's marks: latent quality of the project + juror bias + noise."""
    categories = {category.id: category for category in CATEGORIES}
    sheets: dict[str, list[tuple[str, Marks]]] = {juror.id: [] for juror in JURORS}
    for project in PROJECTS:
        criteria = categories[project.category].criteria
        base = project.quality / 20
        offsets = [rng.gauss(0, 0.35) for _ in criteria]
        for juror in JURORS:
            if project.category not in juror.categories or project.id in juror.skips:
                continue
            marks = {
                crit.id: draw_mark(base + offset + juror.bias + rng.gauss(0, 0.45), crit.max)
                for crit, offset in zip(criteria, offsets, strict=True)
            }
            sheets[juror.id].append((project.id, marks))
    return sheets


def drop_marks(rng: random.Random, sheets: dict[str, list[tuple[str, Marks]]]) -> None:
    """Leave a few marks out, as jurors do when a line of the grid is forgotten."""
    pairs = [(juror, index) for juror, scores in sheets.items() for index in range(len(scores))]
    for juror, index in rng.sample(pairs, MISSING_MARKS):
        marks = sheets[juror][index][1]
        del marks[rng.choice(sorted(marks))]


def special_comment(juror: JurorData, project_id: str) -> str | None:
    if project_id in juror.conflicts:
        who = juror.organisation.split(" (")[0]
        return f"Conflit déclaré : {who} a accompagné ce projet, note donnée pour information."
    place = next(p.place for p in PROJECTS if p.id == project_id)
    if place.insee is not None and place.insee in juror.conflicts:
        return "Conflit déclaré : je connais l'équipe, note donnée pour information."
    return None


def sheet_file(juror: JurorData, scores: list[tuple[str, Marks]], rng: random.Random) -> str:
    titles = {category.id: category.title for category in CATEGORIES}
    category_of = {project.id: project.category for project in PROJECTS}
    lines = [
        f"# Grille de notation de {juror.name} ({juror.organisation})",
        "# Catégories : " + " ; ".join(titles[c] for c in juror.categories),
        f"juror: {juror.id}",
        "scores:",
    ]
    current = ""
    for project_id, marks in scores:
        if category_of[project_id] != current:
            current = category_of[project_id]
            lines.append(f"  # {titles[current]}")
        lines += [f"  - application: {project_id}", "    marks:"]
        lines += [f"      {crit}: {number(mark)}" for crit, mark in marks.items()]
        comment = special_comment(juror, project_id)
        if comment is None and rng.random() < 0.18:
            top = max(c.max for c in CATEGORIES_BY_ID[current].criteria)
            level = sum(marks.values()) / len(marks) / top
            key = "low" if level < 0.45 else "high" if level >= 0.7 else "mid"
            comment = rng.choice(COMMENTS[key])
        if comment is not None:
            lines.append(f"    comment: {scalar(comment)}")
    return "\n".join(lines) + "\n"


CATEGORIES_BY_ID = {category.id: category for category in CATEGORIES}

# --------------------------------------------------------------------------- main


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def main(argv: Sequence[str]) -> int:
    target = Path(argv[0]) if argv else ROOT
    titles = {category.id: category.title for category in CATEGORIES}
    for order, category in enumerate(CATEGORIES, start=1):
        write(target / "criteria" / f"{category.id}.yaml", criteria_file(category, order))

    people = random.Random(SEED + 2)
    for index, project in enumerate(PROJECTS):
        text = application_file(project, index, titles, people)
        write(target / "applications" / f"{project.id}.yaml", text)

    write(target / "jury" / "roster.yaml", roster_file(JURORS))
    sheets = draw_marks(random.Random(SEED))
    drop_marks(random.Random(SEED + 1), sheets)
    remarks = random.Random(SEED + 3)
    for juror in JURORS:
        text = sheet_file(juror, sheets[juror.id], remarks)
        write(target / "jury" / "scores" / f"{juror.id}.yaml", text)

    files = len(CATEGORIES) + len(PROJECTS) + 1 + len(JURORS)
    print(f"{files} files written under {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
