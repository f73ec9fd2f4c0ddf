"""The report in a real browser: headless Chromium renders it to PNG and PDF, with the
network off, and gives the page as a person reads it (--dump-dom).

CI installs Debian's chromium (.ci/run); where no browser can be had, these tests skip
and say why."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.test_report import Page, hostile_edition, report_of

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    # The network off: every host name resolves to nothing.
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
FIXED_PAGES = 4
"""Pages besides one per category: the summary, the rules, the jury, the palmarès."""


@pytest.fixture(scope="module")
def browser() -> str:
    found = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if found is None:
        pytest.skip(
            "no Chromium on this machine (looked for: "
            f"{', '.join(BROWSERS)}); install it with: apt-get install chromium"
        )
    return found


def run_browser(browser: str, profile: Path, page: Path, *options: str) -> bytes:
    done = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *options, page.resolve().as_uri()],
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("report")


@pytest.fixture(scope="module")
def page_2010(folder: Path) -> Path:
    """The 2010 report, written by the command as a user runs it."""
    target = folder / "palmares.html"
    subprocess.run(
        [sys.executable, "-m", "labelscore", "report", "--output", str(target)],
        cwd=ROOT,
        capture_output=True,
        timeout=180,
        check=True,
    )
    return target


def page_count(pdf: bytes) -> int:
    """The pages of a PDF: its /Type /Page objects (not the /Pages tree)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_the_pdf_has_one_page_per_category_and_the_summary_pages(
    browser: str, folder: Path, page_2010: Path
) -> None:
    pdf = folder / "palmares.pdf"
    run_browser(
        browser,
        folder / "profile-pdf",
        page_2010,
        f"--print-to-pdf={pdf}",
        "--no-pdf-header-footer",
    )
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    categories = len(list((ROOT / "criteria").glob("*.yaml")))
    # A category whose rows no longer fit on its A4 page makes one page more.
    assert page_count(data) == categories + FIXED_PAGES
    boxes = re.findall(rb"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", data)
    assert boxes
    assert all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1 for w, h in boxes), "A4"


def test_the_screenshot_is_a_picture_of_the_page(
    browser: str, folder: Path, page_2010: Path
) -> None:
    png = folder / "palmares.png"
    run_browser(
        browser, folder / "profile-png", page_2010, f"--screenshot={png}", "--window-size=1280,2400"
    )
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2400)
    assert len(data) > 50_000, "a blank page compresses to a few kilobytes"


def page_requests(netlog: Path) -> list[str]:
    """The URLs the page itself asked for (the browser's own background requests, such as
    its update checks, have no initiator: 'not an origin')."""
    log = json.loads(netlog.read_text("utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        event["params"]["url"]
        for event in log["events"]
        if event["type"] == start
        and "url" in event.get("params", {})
        and event["params"].get("initiator") != "not an origin"
    ]


@pytest.fixture(scope="module")
def dom_2010(browser: str, folder: Path, page_2010: Path) -> tuple[str, list[str]]:
    netlog = folder / "netlog.json"
    dom = run_browser(
        browser, folder / "profile-dom", page_2010, "--dump-dom", f"--log-net-log={netlog}"
    )
    return dom.decode("utf-8"), page_requests(netlog)


def test_no_request_leaves_the_page(
    browser: str, folder: Path, dom_2010: tuple[str, list[str]]
) -> None:
    _, requests = dom_2010
    assert requests == []
    # The check sees a page that does load something.
    control = folder / "control.html"
    control.write_text('<img src="http://example.org/logo.png">', "utf-8")
    netlog = folder / "control.json"
    run_browser(
        browser, folder / "profile-control", control, "--dump-dom", f"--log-net-log={netlog}"
    )
    assert page_requests(netlog) == ["http://example.org/logo.png"]


def test_the_palmares_a_person_reads_lists_exactly_the_labelled_entries(
    dom_2010: tuple[str, list[str]],
) -> None:
    dom, _ = dom_2010
    palmares = dom[dom.index('<section class="page" id="palmares"') :]
    read = sorted(
        re.sub(r"\s+", " ", Page(item).text).strip()
        for item in re.findall(r'<li class="laureat">(.*?)</li>', palmares, re.DOTALL)
    )
    ranked = subprocess.run(
        [sys.executable, "-m", "labelscore", "rank", "--json"],
        cwd=ROOT,
        capture_output=True,
        timeout=180,
        check=True,
    )
    result = json.loads(ranked.stdout)
    labelled = sorted(
        f"{entry['title']} {entry['territory']['name']}"
        for category in result["categories"]
        for entry in category["entries"]
        if entry["labelled"]
    )
    assert read == labelled
    assert len(read) == result["labels"]["awarded"]


def test_a_hostile_edition_renders_escaped(browser: str, folder: Path) -> None:
    texts = hostile_edition(folder / "hostile")
    hostile = folder / "hostile.html"
    hostile.write_text(report_of(folder / "hostile"), "utf-8")
    plain = folder / "plain.html"
    plain.write_text(report_of(FIXTURES / "editions" / "mini"), "utf-8")
    dom = Page(run_browser(browser, folder / "profile-h", hostile, "--dump-dom").decode("utf-8"))
    expected = Page(run_browser(browser, folder / "profile-p", plain, "--dump-dom").decode("utf-8"))
    assert dom.tags == expected.tags, "an element was injected"
    assert not [name for _, name, _ in dom.attributes if name.startswith("on")]
    for field in ("title-a-ajaccio", "territory-b-bourg", "category-acces", "juror-ana"):
        assert texts[field] in dom.text, field
