"""Regenerate the golden outputs of tests/golden from the commands of cases.yaml.

    python tools/golden.py

Then read `git diff tests/golden`: a change is committed only when it is meant, and the
commit says why."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.golden_outputs import GOLDEN, cases, paths, run


def main() -> int:
    names = set()
    for case in cases():
        found = run(case)
        out, err = paths(case)
        out.write_bytes(found.stdout)
        err.write_bytes(found.stderr)
        names.add(case.name)
        flag = "" if found.exit == case.exit else f"  (exit {found.exit}, expected {case.exit})"
        print(f"{case.name}: {len(found.stdout)} bytes{flag}")
    for stale in GOLDEN.iterdir():
        if stale.suffix in (".out", ".err") and stale.stem not in names:
            stale.unlink()
            print(f"removed {stale.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
