"""The hall's own guides: check a draft as `catalog validate` would, run its item tests,
publish it as a new version, export it as YAML, import a folder of guides."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from counterdesk.domain.catalog import (
    CatalogError,
    CatalogProblem,
    ItemStatus,
    ServiceItem,
    UnknownItemError,
)
from counterdesk.domain.catalog_format import item_to_data, parse_item
from counterdesk.services import paths
from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.catalog_files import CATALOG_SUFFIXES, load_path
from counterdesk.services.catalog_lint import ProofWithoutBasis, proofs_without_legal_basis
from counterdesk.services.catalog_service import import_bundled_if_empty, import_catalog
from counterdesk.services.item_tests import (
    ItemTestRun,
    ItemTestsError,
    read_item_tests,
    run_item_test,
    run_item_tests,
    tests_file_for,
)
from counterdesk.services.workspace import Workspace

TESTS_SUFFIX = ".tests.yaml"


class GuideEditingError(Exception):
    """A draft refused; `code` says why (invalid | tests_failed | version_published |
    version_in_past | empty_folder), with the problems or the failed tests behind it."""

    def __init__(self, code: str, message: str, problems: Sequence[CatalogProblem] = (),
                 run: ItemTestRun | None = None):
        self.code = code
        self.problems = tuple(problems)
        self.run = run
        super().__init__(message)


@dataclass(frozen=True)
class DraftCheck:
    """A draft as `catalog validate` sees it: the item it makes, or every problem at once;
    and the certificates no law is named for (`catalog lint`), which do not block."""

    item: ServiceItem | None
    problems: tuple[CatalogProblem, ...]
    lint: tuple[ProofWithoutBasis, ...]

    @property
    def ok(self) -> bool:
        return self.item is not None


def draft_source(data: Mapping[str, Any]) -> str:
    """The file a draft would be exported as; validator messages name it like a file."""
    code = data.get("code")
    return f"{code.strip()}.yaml" if isinstance(code, str) and code.strip() else "draft.yaml"


def with_status(data: Mapping[str, Any]) -> dict[str, Any]:
    """A draft's status follows its materials: without any it stays 待完善 (consultation
    only); the first material completes it, so a finished guide is never left undecidable."""
    draft = {key: value for key, value in data.items() if key != "status"}
    if draft.get("materials") == []:
        draft["status"] = ItemStatus.INCOMPLETE.value
    return draft


def item_yaml(item: ServiceItem) -> str:
    """One item version as a counterdesk-catalog/1 file; `load_file` of it gives the item."""
    data = item_to_data(item)
    data["version"] = item.version  # written as a plain date, as the bundled files have it
    name = " ".join(item.name.split())  # a comment is one line, whatever the name holds
    head = f"# {name}（{item.code}，{item.version.isoformat()}版）\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000,
                                 default_flow_style=False)


class GuideEditingService:
    def __init__(self, space: Workspace):
        self.space = space

    def items(self) -> list[ServiceItem]:
        """The latest version of every item, those still 待完善 first, then by code."""
        return sorted(self.space.catalog.latest(),
                      key=lambda item: (item.decidable, item.code))

    def versions(self, code: str) -> tuple[ServiceItem, ...]:
        return self.space.catalog.versions(code)

    def check(self, data: Mapping[str, Any]) -> DraftCheck:
        draft = with_status(data)
        try:
            item = parse_item(draft, draft_source(draft))
        except CatalogError as error:
            return DraftCheck(None, error.problems, ())
        return DraftCheck(item, (), tuple(proofs_without_legal_basis([item])))

    def bundled_tests(self, code: str, version: dt.date) -> str:
        """The tests shipped beside the guide this draft starts from (the latest version on
        or before its date that came from a bundled file), or "" when there are none."""
        try:
            versions = self.space.catalog.versions(code)
        except UnknownItemError:
            return ""
        folder = paths.bundled_catalog_dir()
        for earlier in sorted(versions, key=lambda v: v.version, reverse=True):
            name = Path(earlier.source).name
            if earlier.version > version or not name.endswith(CATALOG_SUFFIXES):
                continue
            tests_file = tests_file_for(folder / name)
            if tests_file is not None:
                return tests_file.read_text(encoding="utf-8")
        return ""

    def run_tests(self, data: Mapping[str, Any], tests_text: str | None) -> ItemTestRun:
        """The draft's item tests: the given text, or (None) the bundled tests. Raises
        GuideEditingError for a draft that does not validate, ItemTestsError for tests
        that cannot be run (naming the entry)."""
        check = self.check(data)
        if check.item is None:
            raise GuideEditingError("invalid", "the draft does not validate", check.problems)
        item = check.item
        text = self.bundled_tests(item.code, item.version) if tests_text is None else tests_text
        if not text.strip():
            return ItemTestRun(())
        shown = Path(Path(item.source).stem + TESTS_SUFFIX)
        with tempfile.TemporaryDirectory(prefix="counterdesk-tests-") as folder:
            tests_file = Path(folder) / shown.name
            tests_file.write_text(text, encoding="utf-8")
            try:
                tests = read_item_tests(tests_file)
            except ItemTestsError as error:
                raise ItemTestsError(str(error).replace(str(tests_file), str(shown))) from None
        calendar, today = self.space.calendar, self.space.today()
        return ItemTestRun(tuple(run_item_test(item, test, shown, calendar, today)
                                 for test in tests))

    def publish(self, admin: Actor, data: Mapping[str, Any], tests_text: str | None
                ) -> ServiceItem:
        """Store the draft as a new version from its date on (audited as a catalog import).

        Cases already received keep the version they were received under; so a published
        complete version is never rewritten, and a version cannot start before today."""
        require(admin, Role.ADMIN)
        check = self.check(data)
        if check.item is None:
            raise GuideEditingError("invalid", "the draft does not validate", check.problems)
        item = check.item
        if item.version < self.space.today():
            raise GuideEditingError("version_in_past", f"version {item.version} is before "
                                                       f"today")
        published = {v.version: v for v in self._versions_or_none(item.code)}
        same_day = published.get(item.version)
        # A 待完善 version was never decided on: completing it on the same day is allowed.
        if same_day is not None and same_day.decidable:
            raise GuideEditingError("version_published", f"version {item.version} of "
                                                         f"{item.code} is already published")
        run = self.run_tests(data, tests_text)
        if run.failures:
            raise GuideEditingError("tests_failed", run.summary, run=run)
        import_bundled_if_empty(self.space)
        import_catalog(self.space, [item], admin.user_id)
        return item

    def _versions_or_none(self, code: str) -> tuple[ServiceItem, ...]:
        try:
            return self.space.catalog.versions(code)
        except UnknownItemError:
            return ()

    def export(self, data: Mapping[str, Any], target: Path, tests_text: str) -> list[Path]:
        """Write the draft as a catalog file (and its tests beside it, when there are any);
        a draft that would not import is not written."""
        check = self.check(data)
        if check.item is None:
            raise GuideEditingError("invalid", "the draft does not validate", check.problems)
        target.write_text(item_yaml(check.item), encoding="utf-8")
        written = [target]
        if tests_text.strip():
            tests_file = target.with_name(target.stem + TESTS_SUFFIX)
            tests_file.write_text(tests_text, encoding="utf-8")
            written.append(tests_file)
        return written

    def import_folder(self, admin: Actor, folder: Path) -> tuple[ServiceItem, ...]:
        """Every guide under the folder, all or none, and only when every item test beside
        them passes (`catalog import` after `catalog test`)."""
        require(admin, Role.ADMIN)
        try:
            run = run_item_tests(folder, self.space.calendar, self.space.today())
        except CatalogError as error:
            raise GuideEditingError("invalid", "the folder does not validate",
                                    error.problems) from None
        if run.failures:
            raise GuideEditingError("tests_failed", run.summary, run=run)
        items = load_path(folder).items
        if not items:
            raise GuideEditingError("empty_folder", f"no guide files under {folder}")
        import_bundled_if_empty(self.space)
        import_catalog(self.space, items, admin.user_id)
        return items
