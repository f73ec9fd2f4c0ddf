"""jury/assignments.yaml: who marks which applications, one block per juror.

```yaml
assignments:
  - juror: claire-dubreuil
    categories:
      internet-social:
        - brest-appropriation-sociale
        - lannion-tregor-cyber-bases
      nouveaux-medias: []
```

Written by `labelscore assign` (see `assignments_yaml`), readable and editable by hand:
the jury chair may move an application from one juror to another before sending the
lists out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from pydantic import Field
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from labelscore.engine.normalize import MINIMUM_ENTRIES
from labelscore.models.base import FileModel, Identifier

if TYPE_CHECKING:
    from labelscore.engine.assignment import Assignment

ASSIGNMENTS_FILE = "jury/assignments.yaml"


class JurorAssignment(FileModel):
    juror: Identifier = Field(description="Id of the juror, as in the roster.")
    categories: dict[Identifier, list[Identifier]] = Field(
        default={},
        description="For each category the juror scores, the ids of the applications they mark.",
    )


class Assignments(FileModel):
    """jury/assignments.yaml"""

    assignments: list[JurorAssignment] = Field(default=[], description="One block per juror.")

    def by_juror(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """juror -> category -> application ids, as in `Assignment.by_juror` (sorted)."""
        return {
            block.juror: {
                category: tuple(sorted(applications))
                for category, applications in block.categories.items()
            }
            for block in self.assignments
        }


_RESOLVE = cast(Callable[[type[ScalarNode], str, tuple[bool, bool]], str], Resolver().resolve)
_TEXT = "tag:yaml.org,2002:str"


def yaml_scalar(identifier: str) -> str:
    """An id as YAML text: quoted only when a YAML reader would take it for something else
    (`2010`, `true`, `null`, `2010-03-15`)."""
    tag = _RESOLVE(ScalarNode, identifier, (True, False))
    return identifier if tag == _TEXT else f"'{identifier}'"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def assignments_yaml(assignment: Assignment, name: str = "", year: int | None = None) -> str:
    """The text of jury/assignments.yaml: a header in French saying how it was made, then
    one block per juror (by id), categories in the edition's order, applications by id.
    The same assignment always gives the same bytes."""
    edition = " ".join(part for part in (name, str(year) if year is not None else "") if part)
    lines = [
        "# Répartition des candidatures entre les jurés" + (f" : {edition}." if edition else "."),
        "# Faite par `labelscore assign` : chaque candidature est confiée à "
        f"{assignment.per_application} jurés",
        "# (ou à tous ceux de sa catégorie s'ils sont moins nombreux ; il en faut "
        f"{assignment.minimum_jurors} pour",
        "# qu'elle soit classée), jamais à un juré en conflit d'intérêts avec elle. Dans",
        "# chaque catégorie, les charges sont aussi égales que les conflits le permettent,",
        f"# et chaque juré a au moins {MINIMUM_ENTRIES} candidatures quand la catégorie en "
        "compte assez.",
        "# Ce fichier peut être modifié à la main : un bloc par juré, ses candidatures par",
        "# catégorie.",
    ]
    if assignment.shortfalls:
        lines.append("# Candidatures sans tous leurs jurés :")
        for shortfall in assignment.shortfalls:
            enough = "assez pour être classée" if shortfall.rankable else "ne peut pas être classée"
            lines.append(
                f"#   {shortfall.application} ({shortfall.category}) : "
                f"{shortfall.eligible} sans conflit sur {shortfall.needed} demandés, {enough}"
            )
    lines.append("assignments:")
    for juror, categories in assignment.by_juror.items():
        lines.append(f"  - juror: {yaml_scalar(juror)}")
        if not categories:
            lines.append("    categories: {}")
            continue
        lines.append("    categories:")
        for category, applications in categories.items():
            if not applications:
                lines.append(f"      {yaml_scalar(category)}: []")
                continue
            lines.append(f"      {yaml_scalar(category)}:")
            lines.extend(f"        - {yaml_scalar(application)}" for application in applications)
    if not assignment.by_juror:
        lines[-1] = "assignments: []"
    return "\n".join(lines) + "\n"
