"""The command line in French: help texts, typer's words that can be replaced, messages,
and --lang over LABELSCORE_LANG."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from labelscore import i18n
from labelscore.cli.output import OutputError, check_output_path
from labelscore.i18n.typography import NBSP, NNBSP
from labelscore.new_edition import OutputError as InitError
from labelscore.new_edition import new_edition
from labelscore.problems import ProblemsFoundError

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, lang: str = "fr", cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "TMPDIR")}
    env.update({"COLUMNS": "100", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8", "TERM": "dumb"})
    env["LABELSCORE_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "labelscore", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("command", "words"),
    [
        ("rank", ["Classer les candidatures", "Dossier de l'édition", "celui du règlement"]),
        ("export", ["Écrire les candidatures labellisées", "virgule décimale", "égalités"]),
        ("collect", ["Lire les cartes de notation", "Laisser les cartes remplacer"]),
        ("init", ["Commencer une nouvelle édition", "le dossier courant"]),
    ],
)
def test_help_of_a_command_in_french(command: str, words: list[str]) -> None:
    done = _run(command, "--help")
    assert done.returncode == 0, done.stderr
    for word in words:
        assert word in done.stdout
    # typer's words that can be replaced, with French spacing before the colon
    assert f"Options{NBSP}:" in done.stdout
    assert f"[défaut{NBSP}:" in done.stdout or command == "collect"
    assert "Default:" not in done.stdout
    assert "Show this message and exit." in done.stdout  # typer 0.29: stays English


def test_the_commands_are_listed_in_french() -> None:
    done = _run("--help")
    assert f"Commandes{NBSP}:" in done.stdout
    assert "Vérifier les candidatures, les noter" in done.stdout
    assert "Afficher la version de labelscore" in done.stdout


def test_a_usage_error_in_french() -> None:
    done = _run("validate", "no-such-file.yaml")
    assert done.returncode == 2
    assert done.stderr == (
        f"labelscore{NBSP}: no-such-file.yaml n'existe pas (aucun fichier ni dossier ne "
        "porte ce nom)\n"
    )
    unknown = _run("nope")
    assert unknown.returncode == 2
    assert f"Pas de commande «{NNBSP}nope{NNBSP}»." in unknown.stderr


def test_export_refuses_a_provisional_result_in_french() -> None:
    done = _run("export", "--output", "-")  # the 2010 edition: one application not marked
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.endswith(
        f"labelscore{NBSP}: le résultat est provisoire{NBSP}: 1 note attendue manque "
        "encore (labelscore progress dit laquelle). Rien n'a été écrit"
        f"{NNBSP}; pour l'exporter quand même, avec les égalités et leur statut, ajoutez "
        "--provisional\n"
    )


def test_lang_on_the_command_line_beats_labelscore_lang() -> None:
    done = _run("rank", "--help", "--lang", "en")
    assert "Rank the applications of every category" in done.stdout
    assert "Options:" in done.stdout
    refused = _run("--lang=en", "export", "--output", "-")
    assert refused.returncode == 1
    assert "labelscore: the result is provisional: 1 expected mark still missing" in refused.stderr
    french = _run("rank", "--help", "--lang", "fr", lang="en")
    assert "Classer les candidatures" in french.stdout


@pytest.fixture
def french() -> Iterator[None]:
    was = i18n.language()
    i18n.use("fr")
    yield
    i18n.use(was)


@pytest.mark.usefixtures("french")
def test_output_and_init_messages_in_french(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as refused:
        check_output_path(tmp_path / "winners.xlsx", tmp_path, example="winners.csv")
    assert str(refused.value) == (
        f"{tmp_path / 'winners.xlsx'} est le nom d'un classeur, mais cette commande écrit un "
        f"fichier CSV{NNBSP}; écrivez dans un fichier .csv"
    )
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    with pytest.raises(InitError) as not_empty:
        new_edition(tmp_path)
    assert str(not_empty.value).startswith(
        f"{tmp_path} n'est pas vide (il contient a.txt et 1 autre){NNBSP}; rien n'a été écrit."
    )
    assert str(ProblemsFoundError([])) == "0 problème trouvé"
