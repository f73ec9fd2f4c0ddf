"""explain's marks table keeps every juror's id whole: in the header when the table fits,
else as J1, J2... with a legend under the table."""

from __future__ import annotations

import io

from labelscore.api import rank
from labelscore.render.explain import print_explain
from labelscore.render.text import console
from tests.conftest import ROOT


def _explain(ident: str, width: int) -> str:
    result = rank(ROOT, draws=0).result
    entry = next(e for e in result.entries if e.id == ident)
    buffer = io.StringIO()
    print_explain(console(buffer, width=width), entry, result)
    return buffer.getvalue()


def test_narrow_console_numbers_the_jurors_and_names_them_below() -> None:
    text = _explain("lannion-tregor-cyber-bases", 80)
    header = next(line for line in text.splitlines() if "Criterion" in line)
    assert "J1" in header
    assert "J4" in header
    assert "…" not in header
    for number, juror in enumerate(
        ["claire-dubreuil", "michel-garnier", "nadia-benali", "sophie-le-bihan"], start=1
    ):
        assert f"J{number}: {juror}" in text
    assert all(len(line) <= 80 for line in text.splitlines())


def test_wide_console_keeps_the_ids_in_the_header() -> None:
    text = _explain("lannion-tregor-cyber-bases", 200)
    header = next(line for line in text.splitlines() if "Criterion" in line)
    assert "claire-dubreuil" in header
    assert "J1:" not in text
