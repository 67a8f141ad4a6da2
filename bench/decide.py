"""Decisions per second for a 30-material item, next to plain dict lookups in the same run.

Target (issue: decision core): at least 20,000 decisions/s on one core.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from counterdesk.domain.catalog_format import parse_item  # noqa: E402
from counterdesk.domain.decision import MaterialReport, Scenario, decide  # noqa: E402
from counterdesk.services.holidays import build_calendar  # noqa: E402

MATERIALS = 30


def make_item():
    materials = []
    for index in range(MATERIALS):
        entry = {"id": f"m{index:02d}", "name": f"材料{index}", "form": "原件", "copies": 1}
        if index % 5 == 0:
            entry["when"] = {"by_agent": "是"}
        if index % 7 == 0:
            entry["max_age_days"] = 90
        materials.append(entry)
    return parse_item({
        "format": "counterdesk-catalog/1", "code": "BENCH-0001", "version": "2026-01-01",
        "name": "基准事项", "department": "基准局", "kind": "承诺件",
        "legal_limit_days": 20, "promised_limit_days": 10,
        "questions": [{"id": "by_agent", "text": "是否委托", "options": ["否", "是"]}],
        "materials": materials}, "bench")


def make_scenarios(item):
    received = dt.date(2026, 9, 30)
    complete = {m.id: MaterialReport(copies=1, issued_on=dt.date(2026, 9, 1))
                for m in item.materials}
    incomplete = dict(complete)
    for key in list(incomplete)[::4]:
        incomplete[key] = MaterialReport(defects=())
        del incomplete[key]
    return [Scenario("BENCH-0001", received, answers={"by_agent": "是"}, materials=complete),
            Scenario("BENCH-0001", received, answers={"by_agent": "否"}, materials=incomplete)]


def rate(func, seconds: float = 1.0) -> float:
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for _ in range(200):
            func()
        count += 200
    return count / elapsed


def main() -> dict[str, float]:
    item = make_item()
    calendar = build_calendar()
    scenarios = make_scenarios(item)
    table = {m.id: m for m in item.materials}
    keys = [m.id for m in item.materials]

    def baseline():
        for key in keys:
            table.get(key)

    state = {"i": 0}

    def one_decision():
        state["i"] ^= 1
        decide(item, scenarios[state["i"]], calendar)

    base = rate(baseline)
    decisions = rate(one_decision)
    print(f"decide: {decisions:,.0f} decisions/s (30 materials); baseline 30 dict lookups: "
          f"{base:,.0f}/s; ratio {base / decisions:.1f}x; target >= 20,000/s")
    return {"decisions_per_s": decisions, "baseline_per_s": base}


if __name__ == "__main__":
    main()
