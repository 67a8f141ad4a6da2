"""Import a province's item list (.xlsx or .csv) as guides marked 待完善, all rows or none."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from counterdesk.domain.catalog import Catalog, ItemStatus, UnknownItemError
from counterdesk.domain.item_list import (
    ItemListError,
    ItemListReading,
    ListedItem,
    RowProblem,
    read_rows,
)
from counterdesk.services.catalog_service import import_bundled_if_empty, import_catalog
from counterdesk.services.office import OfficeService
from counterdesk.services.workspace import Workspace

# A county's list is a few thousand rows; a file far larger is not one.
MAX_LIST_BYTES = 64 * 1024 * 1024

Rows = list[tuple[int, Sequence[object]]]


@dataclass(frozen=True)
class ListImportReport:
    """What an import did (or, refused or dry, would do): rows imported, skipped, bad."""

    imported: tuple[ListedItem, ...]
    skipped: tuple[ListedItem, ...]
    problems: tuple[RowProblem, ...]
    refused: bool
    dry_run: bool


def read_table(path: Path) -> Rows:
    """The rows of the first sheet of an .xlsx, or of a .csv, numbered as a spreadsheet
    shows them (the first row is 1)."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ItemListError(f"{path}: read .xlsx or .csv only; save the list in one of them")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ItemListError(f"cannot read {path}: {error.strerror}") from None
    if size > MAX_LIST_BYTES:
        raise ItemListError(f"{path} is larger than {MAX_LIST_BYTES // 2**20} MiB; "
                            f"an item list is far smaller")
    return _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)


def _xlsx_rows(path: Path) -> Rows:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ItemListError(f"{path} is not a readable .xlsx workbook ({error}); open it in a "
                            f"spreadsheet program and save it again as .xlsx") from None
    try:
        sheet = workbook.worksheets[0]
        return [(number, row) for number, row in
                enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()


def _csv_rows(path: Path) -> Rows:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ItemListError(f"{path} is neither UTF-8 nor GB18030 text; save it as CSV UTF-8")
    try:
        return [(number, row) for number, row in
                enumerate(csv.reader(io.StringIO(text, newline="")), start=1)]
    except csv.Error as error:
        raise ItemListError(f"{path} is not readable CSV: {error}") from None


def _has_complete_guide(catalog: Catalog, code: str) -> bool:
    try:
        return any(v.status == ItemStatus.COMPLETE for v in catalog.versions(code))
    except UnknownItemError:
        return False


def import_item_list(space: Workspace, path: Path, *, mapping: Mapping[str, str] | None = None,
                     version: dt.date | None = None, skip_bad_rows: bool = False,
                     dry_run: bool = False, actor_id: int | None = None) -> ListImportReport:
    """Read the list and import its rows as items marked 待完善 (audited like any import).

    Nothing is imported from a list with a bad row unless `skip_bad_rows`. A code with a
    complete guide in the catalog is skipped: a list row must not overwrite a real guide."""
    office_name = OfficeService(space).load().office_name
    reading: ItemListReading = read_rows(read_table(path), mapping or {},
                                         version or space.today(), path.name, office_name)
    catalog = space.catalog
    skipped = tuple(li for li in reading.items if _has_complete_guide(catalog, li.item.code))
    fresh = tuple(li for li in reading.items if li not in skipped)
    refused = bool(reading.problems) and not skip_bad_rows
    imported = () if refused else fresh
    if imported and not dry_run:
        # The workspace shows the bundled guides only while nothing is imported: keep them.
        import_bundled_if_empty(space)
        import_catalog(space, [li.item for li in imported], actor_id)
    return ListImportReport(imported, skipped, reading.problems, refused, dry_run)
