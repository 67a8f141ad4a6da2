"""The supervisors' log browser and a clerk's "my cases", driven as their users drive them, on
a big seeded database next to the same on 10,000 seeded cases in the same run.

Target (issue #16): with 1,000,000 cases (`--cases 1000000`; the default 100,000 is the quick
run) every filter and sort of the log, the search typed key by key into the log and into
"my cases", and "my cases" of a clerk who owns about 10,000 open cases each answer within
100 ms, median. Every log figure includes the Qt model reset, the first page of rows and the
count shown above the table; a search figure is the median over its keystrokes (each one
a search) and the slowest keystroke is printed beside it. Each figure is the median of
REPEATS runs; the ratio is against the 10,000-case database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common_seed import BENCH_PASSWORD, seeded_home  # noqa: E402
from PySide6.QtCore import QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counterdesk.services.accounts import AccountService, Actor  # noqa: E402
from counterdesk.services.casework import CaseworkService  # noqa: E402
from counterdesk.services.demo import CLERKS, SUPERVISOR  # noqa: E402
from counterdesk.services.documents import DocumentService  # noqa: E402
from counterdesk.services.intake import IntakeService  # noqa: E402
from counterdesk.services.workspace import Workspace  # noqa: E402
from counterdesk.ui.my_cases_page import MyCasesPage  # noqa: E402
from counterdesk.ui.supervisor.log_model import COLUMNS  # noqa: E402
from counterdesk.ui.supervisor.log_page import LogBrowserPage  # noqa: E402

# PySide6 6.12.0 (the cp310-abi3 wheels) releases a reference to None, True or False it never
# took on every void Qt call and every Python override returning None, on Python 3.11: this
# bench makes more such calls than the interpreter holds references, and would abort with
# "none_dealloc" (docs/performance.md). It holds enough references of its own to finish, and
# leaves without tearing the interpreter down, which would release them.
_SPARE_REFERENCES = [None, True, False] * 3_000_000
BASELINE = 10_000
REPEATS = 5
TARGET_MS = 100
SCROLL_PAGES = 50
Figure = tuple[float, float | None]  # median ms, slowest keystroke ms (searches only)


def median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def typed_ms(type_key: Callable[[str], object], text: str) -> Figure:
    """Each prefix of `text` searched as its key is typed, from an empty box each repeat."""
    per_key: list[list[float]] = [[] for _ in text]
    for _ in range(REPEATS):
        type_key("")
        for position in range(len(text)):
            start = time.perf_counter()
            type_key(text[:position + 1])
            per_key[position].append((time.perf_counter() - start) * 1000)
    keys = [statistics.median(timings) for timings in per_key]
    return statistics.median(keys), max(keys)


def targets(space: Workspace, clerk: Actor) -> dict[str, str]:
    """What would be typed to find one of the clerk's accepted cases, read through the
    services: its applicant's name (and the name's last character alone, a broad search), ID
    number, the number's last four, phone, tracking and document numbers."""
    summary = next(s for s in CaseworkService(space).my_cases(clerk)
                   if s.deadline_kind == "promised_date")
    case = IntakeService(space).case(summary.case_id)
    doc_no = DocumentService(space).for_case(summary.case_id)[0]["doc_no"]
    return {"name": str(case.applicant.name), "given name": str(case.applicant.name)[-1],
            "ID number": str(case.applicant.id_number),
            "ID last 4": str(case.applicant.id_number)[-4:],
            "phone": str(case.applicant.phone), "tracking no": str(case.tracking_no).lower(),
            "document no": str(doc_no)}


def measure(home: Path) -> dict[str, Figure]:
    space = Workspace(home)
    accounts = AccountService(space)
    supervisor = accounts.log_in(SUPERVISOR[0], BENCH_PASSWORD, "W01")
    clerk = accounts.log_in(CLERKS[0][0], BENCH_PASSWORD, "W01")
    wanted = targets(space, clerk)
    figures: dict[str, Figure] = {}
    pages: list[LogBrowserPage] = []
    figures["log: open"] = (median_ms(lambda: pages.append(LogBrowserPage(space, supervisor))),
                            None)
    browser = pages[-1]
    boxes = ("clerk", "window", "item", "department", "outcome", "status")

    def by(**choices: object) -> Callable[[], None]:
        def apply() -> None:
            browser.overdue.setChecked(bool(choices.get("overdue")))
            browser.date_from.setText(str(choices.get("date_from", "")))
            for name in boxes:
                box = getattr(browser, name)
                box.setCurrentIndex(max(0, box.findData(choices.get(name))))
            browser.apply_filter()
        return apply

    filters = {
        "last 30 days": by(date_from=(space.today() - dt.timedelta(days=30)).isoformat()),
        "clerk": by(clerk=clerk.user_id), "window": by(window="W02"),
        "item": by(item=browser.item.itemData(2)), "department": by(department="微山县民政局"),
        "outcome=reject": by(outcome="reject"), "outcome=supplement": by(outcome="supplement"),
        "status=accepted": by(status="accepted"), "status=completed": by(status="completed"),
        "window+status": by(window="W02", status="accepted"),
        "clerk+outcome": by(clerk=clerk.user_id, outcome="reject"),
        "overdue only": by(overdue=True)}
    for name, apply in filters.items():
        figures[f"log filter: {name}"] = (median_ms(apply), None)
    by()()
    for column, (key, _field) in enumerate(COLUMNS):
        if key is None:
            continue
        for order, word in ((Qt.SortOrder.AscendingOrder, "ascending"),
                            (Qt.SortOrder.DescendingOrder, "descending")):
            figures[f"log sort: {key} {word}"] = (
                median_ms(lambda c=column, o=order: browser.table.sortByColumn(c, o)), None)
    browser.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)

    def scroll_far() -> None:
        browser.model.reload()
        for _ in range(SCROLL_PAGES - 1):
            browser.model.fetchMore(QModelIndex())

    scroll_far()
    figures[f"log scroll: page {SCROLL_PAGES + 1}"] = (
        median_ms(lambda: browser.model.fetchMore(QModelIndex())), None)

    def type_into_log(text: str) -> None:
        browser.search.setText(text)
        browser.apply_filter()

    for name, text in wanted.items():
        figures[f"log search: {name}"] = typed_ms(type_into_log, text)
    browser.search.clear()
    mine: list[MyCasesPage] = []
    figures["my cases: open"] = (median_ms(lambda: mine.append(MyCasesPage(space, clerk))), None)
    figures["my cases: refresh"] = (median_ms(mine[-1].refresh), None)
    figures["my cases: open cases listed"] = (float(len(mine[-1].summaries)), None)

    def type_into_mine(text: str) -> None:
        mine[-1].search.setText(text)
        mine[-1].refresh()

    for name, text in wanted.items():
        figures[f"my cases search: {name}"] = typed_ms(type_into_mine, text)
    space.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv)
    small = measure(seeded_home(BASELINE)[0])
    big = measure(seeded_home(args.cases)[0])
    slowest = ("", 0.0)
    for name, (millis, worst) in big.items():
        base, base_worst = small[name]
        if name.endswith("listed"):
            print(f"{name}: {millis:.0f} on {args.cases:,} cases, {base:.0f} on {BASELINE:,}")
            continue
        keys = "" if worst is None else (f" (slowest key {worst:.0f} ms; "
                                         f"{base_worst or 0:.0f} ms)")
        print(f"{name}: {millis:.1f} ms on {args.cases:,} cases, {base:.1f} ms on "
              f"{BASELINE:,} ({millis / max(base, 0.1):.1f}x){keys}")
        slowest = max(slowest, (name, millis), key=lambda pair: pair[1])
    print(f"slowest median on {args.cases:,} cases: {slowest[0]} {slowest[1]:.1f} ms "
          f"(target <= {TARGET_MS} ms)", flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
