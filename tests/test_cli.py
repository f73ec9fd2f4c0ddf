"""Every command and exit code, through typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from labelscore.cli.commands import app
from tests.conftest import FIXTURES, ROOT

runner = CliRunner()
ENV = {"COLUMNS": "160", "NO_COLOR": "1", "TERM": "dumb"}
VALID_APPLICATION = FIXTURES / "valid" / "applications" / "corsica.yaml"
INVALID_APPLICATION = FIXTURES / "invalid" / "applications" / "many-problems.yaml"


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args], env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def edition_copy(mini_edition: Path, tmp_path: Path) -> Path:
    target = tmp_path / "edition"
    shutil.copytree(mini_edition, target)
    return target


def test_validate_clean_file_exits_0() -> None:
    code, out, _ = invoke("validate", VALID_APPLICATION)
    assert code == 0
    assert "No problems found" in out


def test_validate_reports_every_problem_with_place_and_exits_1() -> None:
    code, out, _ = invoke("validate", INVALID_APPLICATION)
    assert code == 1
    lines = [line for line in out.splitlines() if "many-problems.yaml:" in line]
    assert len(lines) == 4
    assert "many-problems.yaml:1:5: id: " in lines[0]
    assert lines[0].endswith("[LS207]")
    assert "4 errors, 0 warnings in 1 file." in out


def test_validate_json_gives_each_problem_its_code_and_place() -> None:
    code, out, _ = invoke("validate", "--json", INVALID_APPLICATION)
    assert code == 1
    document = json.loads(out)
    assert document["summary"] == {"errors": 4, "warnings": 0, "files": 1}
    first = document["problems"][0]
    assert first["file"].endswith("many-problems.yaml")
    assert (first["line"], first["column"], first["field"]) == (1, 5, "id")
    assert (first["code"], first["rule"], first["severity"]) == ("LS207", "bad-identifier", "error")
    assert "not a valid identifier" in first["message"]


def test_validate_missing_path_is_a_usage_error() -> None:
    code, _, err = invoke("validate", "no-such-file.yaml")
    assert code == 2
    assert "does not exist" in err


def test_validate_without_arguments_checks_the_edition_it_is_run_in(
    mini_edition: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(mini_edition)
    code, out, _ = invoke("validate")
    assert code == 0
    assert "ana.yaml:6:12: scores.1.marks: warning: no mark for 'usages'" in out
    monkeypatch.chdir(tmp_path)  # not an edition: say what to give, check nothing
    code, out, err = invoke("validate")
    assert code == 2
    assert out == ""
    assert "give the files or folders to check (the current folder is not an edition's" in err


def test_a_command_run_inside_an_edition_names_the_edition(
    mini_edition: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(mini_edition / "applications")
    code, _, err = invoke("rank")
    assert code == 2
    assert (
        "the current folder is not an edition folder: no labelscore.yaml; the edition is "
        "probably the folder ..: run the command from there" in err
    )


def test_validate_edition_folder_prints_warnings_and_exits_0(mini_edition: Path) -> None:
    code, out, _ = invoke("validate", mini_edition)
    assert code == 0
    assert "ana.yaml:6:12: scores.1.marks: warning: no mark for 'usages'" in out


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_validate_broken_edition_exits_1_with_placed_problems(edition_copy: Path) -> None:
    """Every kind of broken reference is in tests/fixtures/edition-cases.yaml; here, the CLI."""
    _replace(edition_copy / "applications/d-lyon.yaml", "category: ecole", "category: ecol")
    code, out, _ = invoke("validate", edition_copy)
    assert code == 1
    assert "applications/d-lyon.yaml:2:11: category: there is no category 'ecol'" in out
    assert "1 error, 1 warning in 11 files." in out


def test_rank_prints_award_tables_and_summary(mini_edition: Path) -> None:
    code, out, err = invoke("rank", mini_edition)
    assert code == 0, err
    assert "Accès pour tous" in out
    assert "Summary" in out
    assert "2 of 2" in out
    assert "Wifi [phase 2]" in out
    assert "1 warning;" in err


def test_rank_json_is_the_full_result(mini_edition: Path) -> None:
    code, out, _ = invoke("rank", mini_edition, "--json")
    assert code == 0
    document = json.loads(out)
    assert document["labels"] == {"available": 2, "awarded": 2, "pending": 0}
    entries = {e["id"]: e for c in document["categories"] for e in c["entries"]}
    assert entries["a-ajaccio"]["score"] == pytest.approx(63.3333)
    assert entries["a-ajaccio"]["territory"]["insee"] == "2A004"
    assert entries["b-bourg"]["labelled"] is True


def test_rank_outside_an_edition_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke("rank", tmp_path)
    assert code == 2
    assert "not an edition folder" in err


def test_rank_with_broken_files_lists_problems_and_exits_1(edition_copy: Path) -> None:
    (edition_copy / "applications/a-ajaccio.yaml").write_text("id: [\n", "utf-8")
    code, out, err = invoke("rank", edition_copy)
    assert code == 1
    assert out == ""
    assert "a-ajaccio.yaml:2:1: the file cannot be read as YAML" in err
    assert "Traceback" not in err


def test_export_to_stdout(mini_edition: Path) -> None:
    code, out, _ = invoke("export", mini_edition, "--output", "-")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == [
        "category",
        "rank",
        "application",
        "territory",
        "insee",
        "siren",
        "title",
        "score",
        "jurors",
        "status",
        "p_label",
        "zone",
        "expected_rank",
        "rank_low",
        "rank_high",
        "margin_to_label_line",
        "weight_sensitive",
        "edition_digest",
    ]
    digest = json.loads(invoke("rank", mini_edition, "--json")[1])["digest"]
    assert digest.startswith("sha256:")
    bourg = ["acces", "2", "b-bourg", "Bourg-en-Bresse", "01053", "", "Points d'accès"]
    assert [row[:10] + row[-1:] for row in rows[1:]] == [
        [*bourg, "76.67", "2", "labelled", digest],
        ["ecole", "1", "d-lyon", "Lyon", "69123", "", "ENT", "62.50", "2", "labelled", digest],
    ]
    assert all(row[11] in ("sure", "close_call", "out") for row in rows[1:])


def test_export_of_a_provisional_result_is_refused_unless_asked(tmp_path: Path) -> None:
    tie = FIXTURES / "editions" / "tie"
    target = tmp_path / "winners.csv"
    code, _, err = invoke("export", tie, "--output", target)
    assert code == 1
    assert "the result is provisional: 1 label waiting for a jury vote" in err
    assert not target.exists()
    code, _, _ = invoke("export", tie, "--output", target, "--provisional")
    assert code == 0
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8"))))
    assert [(row[2], row[9]) for row in rows[1:]] == [
        ("c-brest", "labelled"),
        ("a-ajaccio", "tie_pending"),
        ("b-bourg", "tie_pending"),
        ("d-lyon", "labelled"),
    ]


def test_export_excel_fr_writes_a_file_a_french_spreadsheet_opens(
    mini_edition: Path, tmp_path: Path
) -> None:
    target = tmp_path / "laureats.csv"
    code, _, _ = invoke("export", mini_edition, "--output", target, "--dialect", "excel-fr")
    assert code == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][4] == "01053"
    assert rows[1][7] == "76,67"


def test_export_refuses_to_write_among_the_inputs(edition_copy: Path) -> None:
    target = edition_copy / "applications" / "winners.csv"
    code, _, err = invoke("export", edition_copy, "--output", target)
    assert code == 2
    assert "inside the edition's applications/ folder" in err
    assert not target.exists()


def test_schema_matches_the_committed_schema_file() -> None:
    code, out, _ = invoke("schema", ROOT)
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "territory" in schema["properties"]
    assert out == (ROOT / "schema" / "application.schema.json").read_text("utf-8")


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "labelscore", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "validate" in done.stdout


def test_rank_on_the_sample_shows_conflicts_and_short_applications() -> None:
    code, out, _ = invoke("rank", ROOT)
    assert code == 0
    assert "Needs more scores" in out
    assert "albi-cite-episcopale-augmentee" in out
    assert "Conflicts of interest" in out
    assert "discuss: jurors" in out
    assert "labelled with z-scores" in out


def test_rank_options_override_the_rules() -> None:
    code, out, _ = invoke("rank", ROOT, "--json", "--normalize", "zscore", "--aggregate", "median")
    assert code == 0
    document = json.loads(out)
    assert document["scoring"] == {"aggregate": "median", "normalize": "zscore"}
    assert invoke("rank", ROOT, "--normalize", "sometimes")[0] == 2


def test_export_follows_the_normalisation_option() -> None:
    _, raw, _ = invoke("export", ROOT, "--output", "-", "--provisional")
    _, normalised, _ = invoke(
        "export", ROOT, "--output", "-", "--provisional", "--normalize", "zscore"
    )
    assert "chambery-eclairage-pilote" not in raw
    assert "chambery-eclairage-pilote" in normalised


def test_jury_shows_every_juror_flags_and_agreement() -> None:
    code, out, _ = invoke("jury", ROOT)
    assert code == 0
    rows = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert "harsh" in rows["claire-dubreuil"]
    assert "lenient" in rows["helene-rigaud"]
    assert "harsh" not in rows["michel-garnier"]
    assert "lenient" not in rows["michel-garnier"]
    assert "Krippendorff" in out
    code, out, _ = invoke("jury", ROOT, "--json")
    document = json.loads(out)
    assert len(document["jurors"]) == 12
    assert {a["scope"] for a in document["agreement"]} >= {"internet-social", "*"}


def test_explain_shows_the_marks_the_exclusion_and_the_outcome() -> None:
    code, out, _ = invoke("explain", "chambery-eclairage-pilote", ROOT)
    assert code == 0
    assert "helene-rigaud (excluded)" in out
    assert "automatic conflict" in out
    assert "Rank in category: 8" in out
    assert "With z-scores it would be labelled." in out


def test_explain_an_unknown_application_is_a_usage_error() -> None:
    code, _, err = invoke("explain", "brest-appropriation-social", ROOT)
    assert code == 2
    assert "did you mean 'brest-appropriation-sociale'?" in err


def test_validate_a_folder_without_yaml_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke("validate", tmp_path)
    assert code == 2
    assert "no YAML file" in err


def test_validate_says_how_many_files_it_read(mini_edition: Path) -> None:
    code, out, _ = invoke("validate", VALID_APPLICATION)
    assert code == 0
    assert "No problems found in 1 file." in out


_PROCESS = """
import sys
sys.argv = ["labelscore", "validate", *sys.argv[1:]]
from labelscore import i18n
i18n.setup()
from labelscore.cli.commands import main
try:
    main()
except SystemExit as done:
    print("exit", done.code, "metadata" if "importlib.metadata" in sys.modules else "-")
"""


def test_the_cli_process_skips_pydantic_plugin_discovery() -> None:
    """Validation works the same with the stand-in loader, and importlib.metadata is
    never imported (it is what the stand-in saves)."""
    env = {"PATH": "", "COLUMNS": "160", "NO_COLOR": "1", "LABELSCORE_LANG": "en"}
    runs = {
        path.name: subprocess.run(
            [sys.executable, "-c", _PROCESS, str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        for path in (VALID_APPLICATION, INVALID_APPLICATION)
    }
    assert runs["corsica.yaml"].stdout.splitlines()[-1] == "exit 0 -"
    invalid = runs["many-problems.yaml"].stdout.splitlines()
    assert invalid[-1] == "exit 1 -"
    assert invoke("validate", INVALID_APPLICATION)[1].splitlines() == invalid[:-1]


def test_plugin_stand_in_only_when_plugins_are_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from labelscore.cli import commands

    name = "pydantic.plugin._loader"
    monkeypatch.setitem(sys.modules, name, ModuleType(name))  # undone last: restores it
    monkeypatch.delitem(sys.modules, name)
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "some-plugin")
    commands._skip_plugin_lookup()
    assert name not in sys.modules
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")
    commands._skip_plugin_lookup()
    assert sys.modules[name].get_plugins() == ()


def test_jury_table_fits_80_columns() -> None:
    result = runner.invoke(app, ["jury", str(ROOT)], env={**ENV, "COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if line.startswith("Juror "))
    assert header.split()[-2:] == ["Confl.", "Missing"]
    claire = next(line for line in lines if line.startswith("claire-dubreuil"))
    assert claire.split()[1:5] == ["harsh", "41", "33.3", "16.0"]
    assert claire.split()[-3:] == ["0.96", "0", "2"]


def test_validate_reports_a_broken_link_given_by_name_and_refuses_a_missing_path(
    tmp_path: Path,
) -> None:
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    (tmp_path / "dangling.yaml").symlink_to("nowhere.yaml")
    code, out, _ = invoke("validate", tmp_path / "loop.yaml", tmp_path / "dangling.yaml")
    assert code == 1
    assert "loop of symbolic links" in out
    assert "'nowhere.yaml', which does not exist" in out
    code, _, err = invoke("validate", tmp_path / "missing.yaml")
    assert code == 2
    assert "missing.yaml does not exist" in err


def test_export_refuses_a_spreadsheet_name_it_would_fill_with_csv(tmp_path: Path) -> None:
    """A .xlsx name gives a workbook (tests/test_export_xlsx.py); other spreadsheets' names,
    and a .xlsx name with --format csv, are refused."""
    for name, options in (("laureats.ods", ()), ("laureats.xlsx", ("--format", "csv"))):
        target = tmp_path / name
        code, _, err = invoke(
            "export", FIXTURES / "editions" / "mini", "--output", target, *options
        )
        assert code == 2
        assert "but this writes a CSV file; write to a .csv file" in err
        assert not target.exists()


def test_a_thousands_separator_in_a_whole_number_gets_the_right_fix(tmp_path: Path) -> None:
    source = (FIXTURES / "valid" / "applications" / "corsica.yaml").read_text("utf-8")
    broken = tmp_path / "population.yaml"
    population = next(line for line in source.splitlines() if "population:" in line)
    broken.write_text(source.replace(population, "  population: 142,097"), "utf-8")
    code, out, _ = invoke("validate", broken)
    assert code == 1
    assert "'142,097' is not a whole number: write 142097" in out


def test_explain_an_unranked_application_says_why_it_has_no_score() -> None:
    code, out, _ = invoke("explain", "albi-cite-episcopale-augmentee", ROOT)
    assert code == 0
    assert "Score: none; 2 jurors without a conflict counted, 1 more needed" in out


@pytest.mark.parametrize("command", ["rank", "export", "jury", "progress", "assign"])
def test_an_edition_that_is_a_file_or_missing_is_said_in_french(command: str) -> None:
    for given, said in (
        ("labelscore.yaml", "labelscore.yaml est un fichier, pas un dossier"),
        ("nulle-part", "il n'y a pas de dossier «\u202fnulle-part\u202f»"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "labelscore", "--lang", "fr", command, given],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 2
        assert said in done.stderr
        assert "Invalid value" not in done.stderr
