"""Key presses of an accept-on-first-visit intake of a five-material item, counted offscreen.

Runs the same scenario as tests/ui/test_intake_flows.py (the key presses after the
applicant's details are typed) and prints the count against the hall's budget of 25.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUDGET = 25


def main() -> int:
    import pytest

    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "keys.txt"
        os.environ["COUNTERDESK_KEY_REPORT"] = str(report)
        code = pytest.main(["-q", "-p", "no:cacheprovider", str(ROOT / "tests" / "ui"
                            / "test_intake_flows.py"), "-k", "first_visit_acceptance"])
        if code != 0 or not report.exists():
            print("key-count scenario failed", file=sys.stderr)
            return 1
        presses = int(report.read_text())
    print(f"accept-on-first-visit, 5 materials: {presses} key presses "
          f"(budget {BUDGET}, ratio {presses / BUDGET:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
