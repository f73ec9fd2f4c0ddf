"""Which modules a command loads: run in a fresh process, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence

from tests.conftest import ROOT

_PROGRAM = """
import json, sys
watched = sys.argv[1].split(",")
sys.argv = ["labelscore", *sys.argv[2:]]
from labelscore.cli.commands import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in watched if m in sys.modules)))
"""


def loaded_by(command: Sequence[str], modules: Sequence[str]) -> list[str]:
    """Those of `modules` that `labelscore COMMAND` imports, run from the repository root."""
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, ",".join(modules), *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    found: list[str] = json.loads(done.stdout.splitlines()[-1])
    return found
