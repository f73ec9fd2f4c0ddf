"""A value cut short by a comment is an error in every file kind and every place; a comment
written as one (a blank after '#', or on a line of its own where no value goes on) is not."""

from __future__ import annotations

import pytest

from labelscore.reading import strict_yaml

CUT = [
    ("title: Projet #1 vélo\n", (1, 8), "title"),
    ("title: Projet  #1 vélo\n", (1, 8), "title"),
    ("title: Projet\t#1 vélo\n", (1, 8), "title"),
    ("title: Projet ##1 vélo\n", (1, 8), "title"),
    ("title: Projet\n  #1 vélo\n", (1, 8), "title"),
    ("title: Projet\n\n  #1 vélo\nid: x\n", (1, 8), "title"),
    ("scores:\n  - comment: Bon projet\n      #2 à suivre\n", (2, 14), "scores.0.comment"),
    ("partners:\n- Mairie\n  #2\n", (2, 3), "partners.0"),
    ("partners: [Mairie,\n  Centre #2\n  ]\n", (2, 3), "partners.1"),
    ("a:\n  b: x\n   #c\n", (2, 6), "a.b"),
    ("? clé #1\n: x\n", (1, 3), "clé"),
]

NOT_CUT = [
    "title: Projet # une note\n",
    "title: Projet  # une note\n",
    "title: Projet #\n",
    "title: Projet ## une note\n",
    "title: Projet\n# old_title: Ancien\n",
    "title: Projet\n  # une note\n",
    "territory:\n  name: Brest\n  #insee: 29019\n",
    "partners:\n  - Mairie\n  #- Centre\n",
    "title: 'Projet #1'\n",
    'title: "Projet #1"\n',
    "title: Projet#1\n",
    "summary: |\n  Ligne\n  #2 dans le texte\n",
    "summary: >\n  Ligne\n  #2 dans le texte\n",
]


@pytest.mark.parametrize(("text", "place", "field"), CUT)
def test_a_value_cut_by_a_comment_is_an_error(
    text: str, place: tuple[int, int], field: str
) -> None:
    _, problems = strict_yaml.read(text.encode(), "f.yaml")
    (problem,) = problems
    assert (problem.line, problem.column) == place
    assert problem.field == field
    assert "starts a comment; put the whole value in quotes" in problem.message


@pytest.mark.parametrize("text", NOT_CUT)
def test_a_comment_written_as_one_is_fine(text: str) -> None:
    document, problems = strict_yaml.read(text.encode(), "f.yaml")
    assert problems == []
    assert document is not None


@pytest.mark.parametrize(
    "text",
    [
        "a: {b: 1, c: Bon #2}\n",
        "scores:\n  - {application: x, comment: Bon projet #2 à suivre}\n",
        "partners: [Mairie, Centre #2]\n",
        "partners: [Mairie,\n  Centre #2,\n  École]\n",
    ],
)
def test_a_comment_inside_brackets_is_pointed_at(text: str) -> None:
    _, problems = strict_yaml.read(text.encode(), "f.yaml")
    (problem,) = problems
    assert problem.column == text.splitlines()[problem.line - 1].index(" #") + 2
    assert "' #' inside [...] or {...} starts a comment" in problem.message


def test_quotes_inside_brackets_are_not_taken_for_a_comment() -> None:
    _, problems = strict_yaml.read(b'a: {b: "x #y", c: 1\n', "f.yaml")
    (problem,) = problems
    assert "starts a comment" not in problem.message
