"""A province's item list (实施清单): its rows as guides marked 待完善, or why a row is not one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from counterdesk.domain import item_codes
from counterdesk.domain.catalog import (
    FORMAT_TAG,
    CatalogError,
    Category,
    ItemKind,
    ItemStatus,
    ServiceItem,
)
from counterdesk.domain.catalog_format import parse_item

# The fields a column can fill, and the headers provincial lists use for them (first wins:
# the 实施编码 of one implementing body over the 事项编码 every county shares).
FIELDS = ("name", "code", "department", "category", "kind", "legal_limit_days",
          "promised_limit_days")
STANDARD_HEADERS: Mapping[str, tuple[str, ...]] = {
    "name": ("事项名称",),
    "code": ("实施编码", "事项编码"),
    "department": ("实施主体",),
    "category": ("事项类型",),
    "kind": ("办件类型",),
    "legal_limit_days": ("法定办结时限",),
    "promised_limit_days": ("承诺办结时限",),
}
# Powers a hall does not receive applications for under their own heading (inspection,
# penalty, coercion) are 其他行政权力 here; the legacy 其他 is read the same way.
CATEGORY_NAMES: Mapping[str, Category] = {
    **{category.value: category for category in Category if category != Category.OTHER},
    "行政检查": Category.OTHER_POWER,
    "行政处罚": Category.OTHER_POWER,
    "行政强制": Category.OTHER_POWER,
    "其他": Category.OTHER_POWER,
}
KIND_NAMES: Mapping[str, ItemKind] = {"即办件": ItemKind.IMMEDIATE, "即办": ItemKind.IMMEDIATE,
                                      "承诺件": ItemKind.PROMISED, "承诺": ItemKind.PROMISED}
_WORKDAYS = re.compile(r"(\d{1,4})(?:个?工作日)?")
_IMMEDIATE = {"即办", "即办件"}


class ItemListError(ValueError):
    """A list that cannot be read at all (no name or code column, an unknown field)."""


class _BadRowError(ValueError):
    """One row that cannot become an item; the message says why."""


@dataclass(frozen=True)
class RowProblem:
    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass(frozen=True)
class ListedItem:
    row: int
    item: ServiceItem


@dataclass(frozen=True)
class ItemListReading:
    items: tuple[ListedItem, ...]
    problems: tuple[RowProblem, ...]


def normalize_header(cell: object) -> str:
    """Headers are typed with stray spaces, line breaks and 'required' stars."""
    return "".join(str(cell or "").split()).strip("*＊")


def columns(headers: Sequence[object], mapping: Mapping[str, str]) -> dict[str, list[int]]:
    """For each field, the columns to read in order of preference; `mapping` (header →
    field) comes before the standard headers."""
    unknown = sorted(set(mapping.values()) - set(FIELDS))
    if unknown:
        raise ItemListError(f"unknown field(s) {', '.join(unknown)} in --map; fields: "
                            f"{', '.join(FIELDS)}")
    index = {normalize_header(cell): number for number, cell in enumerate(headers)
             if normalize_header(cell)}
    found: dict[str, list[int]] = {field: [] for field in FIELDS}
    for header, field in mapping.items():
        if normalize_header(header) not in index:
            raise ItemListError(f"--map names the column '{header}', which the list does not "
                                f"have (columns: {', '.join(index)})")
        found[field].append(index[normalize_header(header)])
    for field, headers_of_field in STANDARD_HEADERS.items():
        found[field].extend(index[h] for h in headers_of_field
                            if h in index and index[h] not in found[field])
    for field in ("name", "code"):
        if not found[field]:
            wanted = " or ".join(STANDARD_HEADERS[field])
            raise ItemListError(f"the list has no column {wanted} (columns: "
                                f"{', '.join(index)}); name it with --map HEADER={field}")
    return {field: numbers for field, numbers in found.items() if numbers}


def find_header_row(rows: Sequence[tuple[int, Sequence[object]]], mapping: Mapping[str, str]
                    ) -> int:
    """Position of the header row: the first row naming the item name column (lists often
    carry a title row above it)."""
    names = {normalize_header(h) for h in mapping if mapping[h] == "name"}
    names.update(STANDARD_HEADERS["name"])
    for position, (_, cells) in enumerate(rows[:10]):
        if names & {normalize_header(cell) for cell in cells}:
            return position
    raise ItemListError(f"no header row with {' or '.join(sorted(names))} in the first rows; "
                        f"name the item name column with --map HEADER=name")


def _text(cell: object) -> str:
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return "" if cell is None else " ".join(str(cell).split())


def _cell(cells: Sequence[object], numbers: Sequence[int]) -> str:
    """The first non-empty cell among the field's columns."""
    for number in numbers:
        text = _text(cells[number]) if number < len(cells) else ""
        if text:
            return text
    return ""


def parse_workdays(text: str) -> int | None:
    """"20", "20个工作日", "20工作日" → 20; 即办 → 0; anything else (天, 自然日) → None,
    since calendar days cannot be turned into working days without a rule."""
    compact = "".join(text.split())
    if compact in _IMMEDIATE:
        return 0
    match = _WORKDAYS.fullmatch(compact)
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class _Row:
    number: int
    values: Mapping[str, str]
    has_column: frozenset[str]


def read_rows(rows: Sequence[tuple[int, Sequence[object]]], mapping: Mapping[str, str],
              version: dt.date, source: str, office_name: str) -> ItemListReading:
    """Every data row as an item marked 待完善, or a problem naming its row and why.

    `rows` are (row number as the spreadsheet shows it, cells); the header row is found
    among them. Without a 实施主体 column the items are the office's own."""
    header_at = find_header_row(rows, mapping)
    wanted = columns(rows[header_at][1], mapping)
    items: list[ListedItem] = []
    problems: list[RowProblem] = []
    for number, cells in rows[header_at + 1:]:
        if not any(_text(cell) for cell in cells):
            continue
        row = _Row(number, {f: _cell(cells, n) for f, n in wanted.items()}, frozenset(wanted))
        try:
            items.append(ListedItem(number, _item(row, version, source, office_name)))
        except _BadRowError as error:
            problems.append(RowProblem(number, str(error)))
    duplicates = _duplicate_codes(items)
    problems.extend(duplicates)
    bad_rows = {problem.row for problem in duplicates}
    kept = tuple(listed for listed in items if listed.row not in bad_rows)
    return ItemListReading(kept, tuple(sorted(problems, key=lambda p: p.row)))


def _duplicate_codes(items: Sequence[ListedItem]) -> list[RowProblem]:
    """Two rows with one code: which one is meant? Neither is imported."""
    rows_by_code: dict[str, list[int]] = {}
    for listed in items:
        rows_by_code.setdefault(listed.item.code, []).append(listed.row)
    return [RowProblem(row, f"code {code} is also on row(s) "
                            f"{', '.join(str(r) for r in rows if r != row)}")
            for code, rows in rows_by_code.items() if len(rows) > 1 for row in rows]


def _item(row: _Row, version: dt.date, source: str, office_name: str) -> ServiceItem:
    name, code = row.values.get("name", ""), row.values.get("code", "")
    if not name:
        raise _BadRowError("missing 事项名称 (the item name)")
    if not code:
        raise _BadRowError(f"{name}: missing 实施编码/事项编码 (the item code)")
    # A code becomes part of file names and document numbers (domain/item_codes.py).
    found = item_codes.problem(code)
    if found is not None:
        raise _BadRowError(f"{name}: {item_codes.message(code, found)}")
    department = _department(row, office_name)
    legal, promised, kind = _limits(row)
    data: dict[str, object] = {
        "format": FORMAT_TAG, "code": code, "version": version.isoformat(), "name": name,
        "department": department, "category": _category(row).value, "kind": kind.value,
        "legal_limit_days": legal, "promised_limit_days": promised,
        "status": ItemStatus.INCOMPLETE.value, "materials": [],
    }
    if "department" in row.has_column:
        data["issuer"] = {"name": department}
    try:
        return parse_item(data, f"{source}, row {row.number}")
    except CatalogError as error:
        raise _BadRowError(f"{code}: " + "; ".join(f"{p.key}: {p.message}"
                                                for p in error.problems)) from None


def _department(row: _Row, office_name: str) -> str:
    if "department" not in row.has_column:
        return office_name
    department = row.values.get("department", "")
    if not department:
        raise _BadRowError(f"{row.values['code']}: 实施主体 is empty")
    return department


def _category(row: _Row) -> Category:
    if "category" not in row.has_column:
        return Category.OTHER
    text = "".join(row.values.get("category", "").split())
    if text not in CATEGORY_NAMES:
        raise _BadRowError(f"{row.values['code']}: unknown 事项类型 {text!r} (known: "
                         f"{', '.join(CATEGORY_NAMES)})")
    return CATEGORY_NAMES[text]


def _limits(row: _Row) -> tuple[int, int, ItemKind]:
    """法定/承诺办结时限 in working days, and 即办件 or 承诺件 (from 办件类型, else from
    whether any time is promised)."""
    code = row.values["code"]
    given: dict[str, int | None] = {}
    for field, header in (("legal_limit_days", "法定办结时限"),
                          ("promised_limit_days", "承诺办结时限")):
        text = row.values.get(field, "")
        given[field] = parse_workdays(text) if text else None
        if text and given[field] is None:
            raise _BadRowError(f"{code}: bad time limit {header} {text!r}: write working days "
                             f"like 20 or 20个工作日, or 即办")
    kind_text = "".join(row.values.get("kind", "").split())
    if kind_text and kind_text not in KIND_NAMES:
        raise _BadRowError(f"{code}: unknown 办件类型 {kind_text!r} "
                           f"(known: {', '.join(KIND_NAMES)})")
    legal, promised = given["legal_limit_days"], given["promised_limit_days"]
    kind = KIND_NAMES.get(kind_text)
    if kind is None:
        days = promised if promised is not None else legal
        kind = ItemKind.PROMISED if days else ItemKind.IMMEDIATE
    if promised is None:
        promised = 0 if kind == ItemKind.IMMEDIATE else legal or 0
    if legal is None:
        legal = promised
    return legal, promised, kind
