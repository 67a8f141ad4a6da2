"""Time to open the log browser and apply filters on a big database, next to opening it on an
empty one in the same run.

Target (issue: supervisors' desk): opening and filtering 1,000,000 cases feels instant
(`--cases 1000000`; the default 100,000 is the quick run). Each figure includes the first
page of rows and the count shown above the table.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common_seed import BENCH_PASSWORD, seeded_home  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counterdesk.services.accounts import AccountService  # noqa: E402
from counterdesk.services.catalog_service import import_bundled_if_empty  # noqa: E402
from counterdesk.services.demo import DemoSeeder  # noqa: E402
from counterdesk.services.workspace import Workspace  # noqa: E402
from counterdesk.ui.supervisor.log_page import LogBrowserPage  # noqa: E402


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure(home: Path) -> dict[str, float]:
    space = Workspace(home)
    actor = AccountService(space).log_in("demo_supervisor", BENCH_PASSWORD, "W01")
    figures: dict[str, float] = {}
    page: list[LogBrowserPage] = []
    figures["open"] = timed(lambda: page.append(LogBrowserPage(space, actor)))
    browser = page[0]

    def by(**choices: object) -> None:
        for box_name, value in choices.items():
            box = getattr(browser, box_name)
            box.setCurrentIndex(box.findData(value))
        browser.apply_filter()

    figures["filter window+status"] = timed(lambda: by(window="W02", status="accepted"))
    figures["filter clerk"] = timed(lambda: by(window="", status="",
                                               clerk=browser.clerk.itemData(3)))
    figures["filter outcome=reject"] = timed(lambda: by(clerk=None, outcome="reject"))
    figures["sort by tracking no"] = timed(lambda: browser.model.sort(0))
    browser.overdue.setChecked(True)
    figures["overdue only"] = timed(lambda: by(outcome=""))
    space.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as scratch:
        empty_home = Path(scratch)
        space = Workspace(empty_home)
        import_bundled_if_empty(space)
        # the demo staff and one case: an "empty" log
        DemoSeeder(space, password=BENCH_PASSWORD).seed(1, 1)
        space.close()
        empty = measure(empty_home)
    home, _ = seeded_home(args.cases)
    big = measure(home)
    for name, millis in big.items():
        print(f"{name}: {millis:.0f} ms on {args.cases} cases, {empty[name]:.0f} ms on 1 case "
              f"({millis / max(empty[name], 0.1):.1f}x)")


if __name__ == "__main__":
    main()
