"""Messages that give the fix: an application id typed short, a category that no
edition file defines (found in a new chair's trial)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from labelscore import i18n
from labelscore.problems import did_you_mean, likely
from tests.conftest import ROOT


def test_an_id_typed_short_is_found_when_only_one_holds_it() -> None:
    known = ["amiens-numerique-quartiers", "angers-wifi", "besancon-telereleve-eau"]
    assert likely("amiens", known) == "amiens-numerique-quartiers"
    assert likely("telereleve", known) == "besancon-telereleve-eau"
    assert likely("a", known) is None  # held by several: no guess
    assert likely("angers-wif", known) == "angers-wifi"  # close enough already
    assert likely("zzz", known) is None
    # written as a person writes a place (applicant and chair trial)
    assert likely("Amiens", known) == "amiens-numerique-quartiers"
    assert likely("Besançon", known) == "besancon-telereleve-eau"
    assert likely("Angers Wifi", known) == "angers-wifi"


def test_explain_suggests_the_application_an_id_typed_short_means() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "labelscore", "--lang", "en", "explain", "brest"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "did you mean 'brest-appropriation-sociale'?" in done.stderr


def test_an_unknown_category_lists_the_edition_s_categories() -> None:
    with i18n.speaking("fr"):
        listed = did_you_mean("zzz", ["b", "a"], listing="checks.known_categories")
    assert (
        listed == "\u202f; les catégories de cette édition sont «\u202fa\u202f» et «\u202fb\u202f»"
    )
    with i18n.speaking("en"):
        close = did_you_mean(
            "ecole-numeriqe", ["ecole-numerique"], listing="checks.known_categories"
        )
    assert "did you mean 'ecole-numerique'" in close


def test_validate_lists_the_categories_when_none_is_close(tmp_path: Path) -> None:
    edition = tmp_path / "edition"
    shutil.copytree(ROOT, edition, ignore=shutil.ignore_patterns(".*", "src", "tests", "bench"))
    target = edition / "applications" / "brest-appropriation-sociale.yaml"
    text = target.read_text(encoding="utf-8").replace(
        "category: internet-social", "category: sport-et-loisirs"
    )
    target.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "labelscore", "--lang", "en", "validate", str(edition)],
        capture_output=True,
        text=True,
        check=False,
    )
    line = next(line for line in done.stdout.splitlines() if "[LS302]" in line)
    assert "there is no category 'sport-et-loisirs' in this edition" in line
    assert "this edition's categories are 'e-tourisme', 'ecole-numerique'" in line
