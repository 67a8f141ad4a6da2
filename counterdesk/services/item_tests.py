"""Item tests (`<item>.tests.yaml`): scenarios beside a guide and the decision each must give."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.catalog import CatalogError, ServiceItem
from counterdesk.domain.decision import ScenarioError, decide, parse_scenario
from counterdesk.services.catalog_files import (
    ITEM_TESTS_SUFFIXES,
    is_item_tests_file,
    load_path,
    read_yaml,
)

TEST_KEYS = ("name", "scenario", "expect")
# The keys of the decision JSON of catalog-format.md; `expect` may give any of them.
DECISION_KEYS = ("outcome", "reason", "problems", "notice_due", "promised_date",
                 "deemed_accepted", "provisional")


class ItemTestsError(ValueError):
    """A tests file that cannot be run; the message names the file and the entry."""


@dataclass(frozen=True)
class ItemTest:
    name: str
    scenario: dict[str, Any]
    expect: dict[str, Any]
    line: int | None = None


@dataclass(frozen=True)
class Difference:
    key: str
    expected: object
    got: object

    def __str__(self) -> str:
        return (f"{self.key}: expected {json.dumps(self.expected, ensure_ascii=False)}, "
                f"got {json.dumps(self.got, ensure_ascii=False)}")


@dataclass(frozen=True)
class ItemTestResult:
    tests_file: Path
    name: str
    differences: tuple[Difference, ...]

    @property
    def passed(self) -> bool:
        return not self.differences

    def __str__(self) -> str:
        return f"{self.tests_file}: test '{self.name}': " + "; ".join(map(str, self.differences))


@dataclass(frozen=True)
class ItemTestRun:
    results: tuple[ItemTestResult, ...]

    @property
    def failures(self) -> tuple[ItemTestResult, ...]:
        return tuple(result for result in self.results if not result.passed)

    @property
    def summary(self) -> str:
        failed = len(self.failures)
        return f"{len(self.results) - failed} passed, {failed} failed"


def tests_file_for(item_file: Path) -> Path | None:
    """The tests beside an item file: `X.yaml` → `X.tests.yaml` (or `.tests.yml`)."""
    for suffix in ITEM_TESTS_SUFFIXES:
        candidate = item_file.with_name(item_file.stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def _plain(value: object) -> object:
    """YAML reads 2026-09-30 as a date; scenarios and decisions write dates as text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(entry) for key, entry in value.items()}
    if isinstance(value, list):
        return [_plain(entry) for entry in value]
    return value


def read_item_tests(tests_file: Path) -> list[ItemTest]:
    """Every test of one tests file, or ItemTestsError naming the file and the entry."""
    try:
        document = read_yaml(tests_file)
    except CatalogError as error:
        problem = error.problems[0]
        where = f"{tests_file}:{problem.line}" if problem.line else str(tests_file)
        raise ItemTestsError(f"{where}: {problem.message}") from None
    if document.duplicates:
        line, key = document.duplicates[0]
        raise ItemTestsError(f"{tests_file}:{line}: key '{key}' appears twice")
    if not isinstance(document.data, list) or not document.data:
        raise ItemTestsError(f"{tests_file}: must be a list of tests, each with name, scenario "
                             f"and expect")
    tests: list[ItemTest] = []
    for index, entry in enumerate(document.data):
        line = document.lines.get((index,))
        where = f"{tests_file}:{line or '?'}: test {index + 1}"
        test = _read_entry(entry, where, line)
        if test.name in {earlier.name for earlier in tests}:
            raise ItemTestsError(f"{where}: the name '{test.name}' is used twice")
        tests.append(test)
    return tests


def _read_entry(entry: object, where: str, line: int | None) -> ItemTest:
    if not isinstance(entry, dict) or set(entry) != set(TEST_KEYS):
        raise ItemTestsError(f"{where}: must be a mapping with exactly the keys "
                             f"{', '.join(TEST_KEYS)}")
    name, scenario, expect = (_plain(entry[key]) for key in TEST_KEYS)
    if not isinstance(name, str) or not name.strip():
        raise ItemTestsError(f"{where}: name must be non-empty text")
    where = f"{where} ('{name}')"
    if not isinstance(scenario, dict):
        raise ItemTestsError(f"{where}: scenario must be a mapping (a check scenario)")
    if "item" in scenario:
        raise ItemTestsError(f"{where}: scenario must not name an item: it tests the item of "
                             f"its own file")
    if not isinstance(expect, dict) or not expect:
        raise ItemTestsError(f"{where}: expect must map decision keys to values")
    unknown = sorted(set(expect) - set(DECISION_KEYS))
    if unknown:
        raise ItemTestsError(f"{where}: expect has unknown key(s) {', '.join(map(str, unknown))}"
                             f" (decision keys: {', '.join(DECISION_KEYS)})")
    return ItemTest(name.strip(), scenario, expect, line)


def run_item_test(item: ServiceItem, test: ItemTest, tests_file: Path, calendar: WorkCalendar,
                  today: dt.date) -> ItemTestResult:
    """Decide the test's scenario on its item; compare only the keys the test expects."""
    try:
        scenario = parse_scenario({"item": item.code, **test.scenario}, today)
        got = decide(item, scenario, calendar).to_json()
    except ScenarioError as error:
        line = test.line or "?"
        raise ItemTestsError(f"{tests_file}:{line}: test '{test.name}': the scenario cannot "
                             f"be decided: {error}") from None
    differences = tuple(Difference(key, expected, got[key])
                        for key, expected in test.expect.items() if got[key] != expected)
    return ItemTestResult(tests_file, test.name, differences)


def run_item_tests(path: Path, calendar: WorkCalendar, today: dt.date) -> ItemTestRun:
    """Every test of every item under the path (a file or a folder).

    Raises CatalogError when the items do not load, ItemTestsError for a tests file that
    cannot be run (or one with no item file beside it)."""
    loaded = load_path(path)
    if not loaded.ok:
        raise CatalogError(loaded.problems)
    _refuse_orphans(path, {Path(item.source) for item in loaded.items})
    results: list[ItemTestResult] = []
    for item in sorted(loaded.items, key=lambda i: i.source):
        tests_file = tests_file_for(Path(item.source))
        if tests_file is None:
            continue
        for test in read_item_tests(tests_file):
            results.append(run_item_test(item, test, tests_file, calendar, today))
    return ItemTestRun(tuple(results))


def _refuse_orphans(path: Path, item_files: set[Path]) -> None:
    """A tests file whose item file is misnamed would otherwise never run."""
    if not path.is_dir():
        return
    for tests_file in sorted(p for p in path.rglob("*") if is_item_tests_file(p)):
        suffix = next(s for s in ITEM_TESTS_SUFFIXES if tests_file.name.endswith(s))
        stem = tests_file.name[:-len(suffix)]
        if not any(tests_file.with_name(stem + ext) in item_files for ext in (".yaml", ".yml")):
            raise ItemTestsError(f"{tests_file}: no item file {stem}.yaml beside it; name it "
                                 f"after the item file it tests")
