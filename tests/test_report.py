"""`labelscore report`: one self-contained HTML page, the same bytes on every run, every
text from the files escaped (tests/test_report_browser.py opens it in a real browser)."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from labelscore.api import rank
from labelscore.cli.commands import app
from labelscore.render.report import nombre, pourcent, report_html, visible
from tests.conftest import FIXTURES, ROOT
from tests.imports import loaded_by

runner = CliRunner()
ENV = {"COLUMNS": "160", "NO_COLOR": "1", "TERM": "dumb"}

PAYLOAD = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> "double" \'single\' & '
    "</td></tr><!-- ]]> {{ 7*7 }} {% raw %} שלום مرحبا"
)
"""Markup, quotes, a template's own syntax and right-to-left letters: what any text field
of an edition may hold (control and bidi format characters are refused when read)."""


class Page(HTMLParser):
    """What a browser would build, roughly: the elements, their attributes, the text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attributes: list[tuple[str, str, str | None]] = []
        self.chunks: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        self.attributes += [(tag, name, value) for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


@cache
def report_2010() -> str:
    ranked = rank(ROOT)
    return report_html(ranked.edition, ranked.result)


def hostile_edition(target: Path) -> dict[str, str]:
    """The mini edition with PAYLOAD (tagged with its field, so that no two fields are
    equal, which would make conflicts) in every free-text field; the texts by field."""
    shutil.copytree(FIXTURES / "editions" / "mini", target)
    texts: dict[str, str] = {}

    def text(field: str) -> str:
        texts[field] = f"{PAYLOAD} [{field}]"
        return texts[field]

    def rewrite(path: Path, change: Any) -> None:
        data = yaml.safe_load(path.read_text("utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")

    def rules(data: dict[str, Any]) -> None:
        data["name"] = text("edition-name")
        for question in data["awards"]["preselection"]["criteria"]:
            question["question"] = text(f"question-{question['id']}")

    rewrite(target / "labelscore.yaml", rules)
    for path in sorted((target / "criteria").glob("*.yaml")):

        def category(data: dict[str, Any]) -> None:
            data["title"] = text(f"category-{data['id']}")
            for criterion in data["criteria"]:
                criterion["title"] = text(f"criterion-{data['id']}-{criterion['id']}")
                criterion["guidance"] = text(f"guidance-{data['id']}-{criterion['id']}")

        rewrite(path, category)
    for path in sorted((target / "applications").glob("*.yaml")):
        written = yaml.load(path.read_text("utf-8"), Loader=yaml.BaseLoader)

        def application(data: dict[str, Any], written: dict[str, Any] = written) -> None:
            ident = data["id"]
            for code in ("insee", "siren", "intercommunality_siren", "postal_code"):
                if code in data["territory"]:  # as written: 01053 is no octal number
                    data["territory"][code] = written["territory"][code]
            data["title"] = text(f"title-{ident}")
            data["territory"]["name"] = text(f"territory-{ident}")
            data["summary"] = text(f"summary-{ident}")
            data["transferability"] = text(f"transferability-{ident}")
            data["partners"] = [text(f"partner-{ident}")]
            data["website"] = text(f"website-{ident}")
            data["contact"]["name"] = text(f"contact-{ident}")
            data["contact"]["role"] = text(f"role-{ident}")
            data["contact"]["phone"] = text(f"phone-{ident}")

        rewrite(path, application)

    def roster(data: dict[str, Any]) -> None:
        for juror in data["jurors"]:
            juror["name"] = text(f"juror-{juror['id']}")
            juror["organisation"] = text(f"organisation-{juror['id']}")

    rewrite(target / "jury" / "roster.yaml", roster)
    for path in sorted((target / "jury" / "scores").glob("*.yaml")):

        def sheet(data: dict[str, Any]) -> None:
            for score in data["scores"]:
                score["comment"] = text(f"comment-{data['juror']}-{score['application']}")

        rewrite(path, sheet)
    return texts


def report_of(folder: Path) -> str:
    ranked = rank(folder)
    return report_html(ranked.edition, ranked.result)


# --- the page ----------------------------------------------------------------------------


def test_the_report_is_the_same_bytes_on_every_run() -> None:
    first = report_2010()
    ranked = rank(ROOT)
    assert report_html(ranked.edition, ranked.result) == first
    assert ranked.result.digest in first


def test_the_page_loads_nothing_and_runs_nothing() -> None:
    html = report_2010()
    page = Page(html)
    assert html.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert "default-src 'none'; style-src 'unsafe-inline'; img-src data:" in html
    assert page.tags["script"] == 0
    assert page.tags["img"] == page.tags["link"] == page.tags["iframe"] == 0
    references = [
        value
        for _, name, value in page.attributes
        if name in ("src", "href", "xlink:href", "action", "srcset") and value is not None
    ]
    assert references, "the page links to its own sections"
    assert all(value.startswith("#") for value in references), references
    assert not re.search(r"url\(\s*['\"]?(?!#)", html), "CSS may only refer to the page itself"
    assert not [name for _, name, _ in page.attributes if name.startswith("on")]


def test_the_page_has_real_tables_and_text_for_its_charts() -> None:
    page = Page(report_2010())
    scopes = [value for tag, name, value in page.attributes if tag == "th" and name == "scope"]
    assert {"col", "row", "rowgroup"} <= set(scopes)
    assert page.tags["caption"] >= 6 + 3
    assert page.tags["table"] == page.tags["caption"]
    # Every marks chart has a text equivalent; the bars sit beside their figure.
    assert page.tags["title"] - 1 == sum(
        1 for tag, name, value in page.attributes if tag == "svg" and value == "img"
    )
    assert "Notes des jurés\xa0: 79,23\u202f; 95,38\u202f; 94,62\u202f; 86,92." in page.text


def test_the_page_prints_one_category_per_page_without_cut_rows() -> None:
    html = report_2010()
    assert "@page { size: A4;" in html
    assert ".page + .page { break-before: page;" in html
    assert "tr, li, .bloc, .provisoire, .chiffres { break-inside: avoid; }" in html
    assert html.count('<section class="page categorie"') == 6


def test_the_report_says_the_result_is_provisional() -> None:
    text = Page(report_2010()).text
    assert "Résultat provisoire" in text
    assert "1 note attendue manque encore" in text
    assert "Palmarès provisoire" in text


def test_the_palmares_lists_the_labelled_entries() -> None:
    html = report_2010()
    palmares = Page(html[html.index('<section class="page" id="palmares"') :])
    ranked = rank(ROOT)
    labelled = [e for e in ranked.result.entries if e.labelled]
    assert palmares.tags["li"] == len(labelled) == 25
    for entry in labelled:
        assert entry.application.title in palmares.text


def test_french_numbers() -> None:
    assert nombre(89.0385) == "89,04"
    assert nombre(-3.077) == "\u22123,08"
    assert nombre(-0.001) == "0,00"
    assert nombre(1000, 0) == "1\u202f000"  # from four digits, as typography.number
    assert nombre(12500.5, 1) == "12\u202f500,5"
    from labelscore.engine.result import Zone

    assert pourcent(0.896, Zone.CLOSE_CALL) == "89\u202f%"
    assert pourcent(0.104, Zone.CLOSE_CALL) == "11\u202f%"
    assert pourcent(1.0, Zone.SURE) == "100\u202f%"


# --- escaping ----------------------------------------------------------------------------


def test_every_text_from_the_files_is_escaped(tmp_path: Path) -> None:
    texts = hostile_edition(tmp_path / "hostile")
    html = report_of(tmp_path / "hostile")
    page = Page(html)
    plain = Page(report_of(FIXTURES / "editions" / "mini"))
    # The same elements as the same edition without the payload: nothing was injected.
    assert page.tags == plain.tags
    assert "<script>" not in html
    assert "<img" not in html
    shown = [
        "edition-name",
        "question-realise",
        "category-acces",
        "criterion-acces-innovation",
        "title-a-ajaccio",
        "territory-a-ajaccio",
        "juror-ana",
        "organisation-bob",
    ]
    for field in shown:
        assert texts[field] in page.text, field
    assert "{{ 7*7 }}" in page.text


def test_invisible_characters_are_shown_whatever_reaches_the_page() -> None:
    from labelscore.render.report import _environment

    template = _environment().from_string('<p>{{ text }}</p><p title="{{ text }}"></p>')
    out = template.render(text='a\u202eb\u2066c\x1b<i>"')
    assert out == (
        "<p>a[U+202E]b[U+2066]c[U+001B]&lt;i&gt;&#34;</p>"
        '<p title="a[U+202E]b[U+2066]c[U+001B]&lt;i&gt;&#34;"></p>'
    )
    assert visible("Saint-Étienne\u00a0: שלום") == "Saint-Étienne\u00a0: שלום"


def test_no_template_marks_a_value_safe() -> None:
    folder = ROOT / "src" / "labelscore" / "render" / "templates"
    for template in folder.iterdir():
        text = template.read_text("utf-8")
        assert "|safe" not in text.replace(" ", "")
        assert "autoescape false" not in text


# --- the command -------------------------------------------------------------------------


def invoke(*args: str | Path) -> tuple[int, bytes, str]:
    result = runner.invoke(app, [str(a) for a in args], env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout_bytes, result.stderr


def test_report_writes_the_page(tmp_path: Path) -> None:
    target = tmp_path / "palmares.html"
    code, out, err = invoke("report", FIXTURES / "editions" / "mini", "--output", target)
    assert code == 0, err
    assert out == b""
    assert f"Wrote {target}" in err
    assert target.read_text("utf-8") == report_of(FIXTURES / "editions" / "mini")
    code, again, _ = invoke("report", FIXTURES / "editions" / "mini", "--output", "-")
    assert code == 0
    assert again == target.read_bytes()


def test_report_refuses_to_write_among_the_inputs(tmp_path: Path) -> None:
    edition = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", edition)
    for target, words in (
        (edition / "applications" / "palmares.html", "inside the edition's applications/"),
        (tmp_path / "palmares.yaml", "is a YAML file name; write the output to a .html file"),
        (tmp_path / "missing" / "palmares.html", "does not exist"),
        (tmp_path, "is a folder; give a file name, such as"),
    ):
        code, out, err = invoke("report", edition, "--output", target)
        assert code == 2, target
        assert out == b""
        assert words in err, err
    assert sorted(p.name for p in (edition / "applications").iterdir()) == sorted(
        p.name for p in (FIXTURES / "editions" / "mini" / "applications").iterdir()
    )


def test_report_of_an_edition_with_errors_exits_1(tmp_path: Path) -> None:
    edition = tmp_path / "edition"
    shutil.copytree(FIXTURES / "editions" / "mini", edition)
    (edition / "applications" / "a-ajaccio.yaml").write_text("id: [\n", "utf-8")
    code, out, err = invoke("report", edition, "--output", tmp_path / "p.html")
    assert code == 1
    assert out == b""
    assert "applications/a-ajaccio.yaml" in err
    assert not (tmp_path / "p.html").exists()


@pytest.mark.parametrize("command", [["rank"], ["validate", "applications"], ["rank", "--json"]])
def test_only_the_report_imports_jinja2(command: list[str]) -> None:
    assert loaded_by(command, ("jinja2", "markupsafe", "labelscore.render.report")) == []
