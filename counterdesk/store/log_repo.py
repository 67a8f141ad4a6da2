"""The case log for supervisors: filtered, searched and sorted pages of cases; the overdue
and on-time SQL derived from the domain's rule (the export queries are in export_repo.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from counterdesk.domain.cases import CaseStatus
from counterdesk.domain.deadlines import OVERDUE

# Sort keys the log browser offers, mapped to what they order by; anything else is refused.
# Under one value the cases follow their registration, then their rowid: each order is an
# index (migrations 0002 and 0007), and a page continues after the last row of the one before.
SORT_KEYS = {
    "registered_at": "c.registered_at",
    "tracking_no": "c.tracking_no",
    "window_id": "c.window_id",
    "owner": "c.owner_id",
    "item_code": "ifnull(c.item_code, '')",
    "status": "c.status",
    "promised_date": "ifnull(c.promised_date, '')",
}


@dataclass(frozen=True)
class LogFilter:
    """Empty fields do not filter. `overdue` needs `today` (ISO date). `search` is what was
    typed in the search box (see `search_sql`)."""

    date_from: str = ""
    date_to: str = ""
    clerk_id: int | None = None
    window_id: str = ""
    item_code: str = ""
    department: str = ""
    outcome: str = ""
    status: str = ""
    overdue: bool = False
    today: str = ""
    search: str = ""


def _status_sql(column: str, statuses: Iterable[CaseStatus]) -> str:
    values = sorted(status.value for status in statuses)
    if len(values) == 1:
        return f"{column} = '{values[0]}'"
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def overdue_sql(column: Callable[[str], str] = lambda name: f"c.{name}",
                today: str = ":today") -> str:
    """The condition of `domain.deadlines.OVERDUE` on a case: `column` names the case's
    columns, `today` is the parameter (or literal) holding today's ISO date."""
    return (f"({_status_sql(column('status'), OVERDUE.statuses)}"
            f" AND {column(OVERDUE.date.value)} < {today})")


def completed_on_time_sql(column: Callable[[str], str] = lambda name: f"c.{name}") -> str:
    """The condition of `domain.deadlines.completed_on_time`: completed (the day of
    `closed_at`) by the promised date."""
    return (f"({column('status')} = '{CaseStatus.COMPLETED.value}'"
            f" AND substr({column('closed_at')}, 1, 10) <= {column('promised_date')})")


OVERDUE_SQL = overdue_sql()

# Past this many cases a filter or a search is broad: a page is then read down the sort's own
# index, keeping the cases that match, which fills it sooner than sorting every match; below
# it the matches are looked up and sorted.
BROAD = 20_000
_TO_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def search_sql(text: str, serial: bool = False) -> tuple[str, dict[str, Any]]:
    """The condition on case `c` for a search: part of the applicant's name (ASCII letters in
    any case), the ID number whole or its last four characters, the phone, the tracking
    number or the number (文号) of one of its documents. With `serial` (a clerk's own cases),
    four digits also match the serial that ends the tracking number (W01-20261202-0001: the
    number on the applicant's receipt a clerk reads out)."""
    typed = text.strip()
    params: dict[str, Any] = {"search": typed, "search_name": typed.translate(_TO_LOWER),
                              "search_code": typed.upper()}
    last_four = " OR substr(c.id_number, -4) = :search_code" if len(typed) == 4 else ""
    if serial and len(typed) == 4 and typed.isdigit():
        last_four += " OR substr(c.tracking_no, -5) = '-' || :search"
    return ("(instr(lower(c.applicant_name), :search_name) > 0"
            " OR c.id_number = :search_code" + last_four +
            " OR c.phone = :search OR c.tracking_no = :search_code"
            " OR c.id IN (SELECT o.case_id FROM documents o WHERE o.doc_no = :search))", params)


def _search_hits(text: str) -> str:
    """The rowids of every case a search can match, each from an index: the cases whose name
    holds the first three characters typed, and the exact matches of the other fields."""
    last_four = (" UNION SELECT rowid FROM cases WHERE substr(id_number, -4) = :search_code"
                 if len(text.strip()) == 4 else "")
    return ("SELECT case_rowid AS hit FROM case_name_terms WHERE term = :search_term"
            " UNION SELECT rowid FROM cases WHERE id_number = :search_code" + last_four +
            " UNION SELECT rowid FROM cases WHERE phone = :search"
            " UNION SELECT rowid FROM cases WHERE tracking_no = :search_code"
            " UNION SELECT c.rowid FROM documents o JOIN cases c ON c.id = o.case_id"
            " WHERE o.doc_no = :search")


# The case's column of each sort key whose name is not the column's (see `_where`'s
# `unindexed`).
_SORT_COLUMN = {"owner": "owner_id"}


def _where(spec: LogFilter, unindexed: str = "", outcome: bool = True,
           search: bool = True) -> tuple[list[str], dict[str, Any]]:
    """The conditions of the filter on case `c`. `unindexed`: the filters on the case's own
    columns are not read from their indexes (`+`), except one on this column, so that the
    sort's index drives the read; `outcome` and `search` leave those conditions out when the
    caller reads from their matches instead."""

    def column(name: str) -> str:
        return f"{'+' if unindexed and name != unindexed else ''}c.{name}"

    parts: list[str] = []
    params: dict[str, Any] = {"today": spec.today}
    if spec.date_from:
        parts.append(f"{column('registered_at')} >= :date_from")
        params["date_from"] = spec.date_from
    if spec.date_to:
        # registered_at is a timestamp: everything on date_to is before the next day's text.
        parts.append(f"{column('registered_at')} < :date_to_end")
        params["date_to_end"] = spec.date_to + "T99"
    if spec.clerk_id is not None:
        parts.append(f"{column('owner_id')} = :clerk_id")
        params["clerk_id"] = spec.clerk_id
    if spec.window_id:
        parts.append(f"{column('window_id')} = :window_id")
        params["window_id"] = spec.window_id
    if spec.item_code:
        parts.append(f"{column('item_code')} = :item_code")
        params["item_code"] = spec.item_code
    if spec.department:
        parts.append(f"{column('item_code')} IN (SELECT code FROM catalog_items"
                     " WHERE department = :department)")
        params["department"] = spec.department
    if spec.status:
        parts.append(f"{column('status')} = :status")
        params["status"] = spec.status
    if spec.overdue:
        parts.append(overdue_sql(column))
    if spec.outcome:
        params["outcome"] = spec.outcome
        if outcome:
            parts.append("EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = c.id"
                         " AND d.outcome = :outcome)")
    if spec.search.strip():
        condition, search_params = search_sql(spec.search)
        params.update(search_params, search_term=search_params["search_name"][:3])
        if search:
            parts.append(condition)
    return parts, params


def _joined(parts: list[str]) -> str:
    return (" WHERE " + " AND ".join(parts)) if parts else ""


_HITS = "({hits}) AS h CROSS JOIN cases c ON c.rowid = h.hit"
_OUTCOMES = ("(SELECT DISTINCT case_id FROM decisions WHERE outcome = :outcome) AS o"
             " CROSS JOIN cases c ON c.id = o.case_id")


class LogRepo:
    """Which index drives a read is chosen here, from how many cases match (SQLite has no
    statistics on a desk's database): a CROSS JOIN makes SQLite read the small side first."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def _more_than(self, limit: int, sql: str, params: Mapping[str, Any]) -> bool:
        return bool(self.conn.execute(f"SELECT COUNT(*) > :limit FROM ({sql} LIMIT :limit + 1)",
                                      {**params, "limit": limit}).fetchone()[0])

    def _broad(self, spec: LogFilter) -> bool:
        """The filters on the case's own columns match many cases (none is not broad)."""
        parts, params = _where(spec, outcome=False, search=False)
        return bool(parts) and self._more_than(BROAD, f"SELECT 1 FROM cases c{_joined(parts)}",
                                               params)

    def count(self, spec: LogFilter) -> int:
        """The cases the filter and the search match: a search counts its candidates; an
        outcome among broad filters counts the cases with that outcome."""
        parts, params = _where(spec)
        source = "cases c"
        if spec.search.strip():
            source = _HITS.format(hits=_search_hits(spec.search))
        elif spec.outcome:
            others = _where(spec, outcome=False)[0]
            if not others:
                return int(self.conn.execute(
                    "SELECT COUNT(DISTINCT case_id) FROM decisions WHERE outcome = :outcome",
                    params).fetchone()[0])
            if self._broad(spec):
                parts, source = others, _OUTCOMES
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {source}{_joined(parts)}", params)
                   .fetchone()[0])

    def _page_source(self, spec: LogFilter, sort: str) -> tuple[str, str]:
        """(the cases a page reads, the column whose index should drive the read or ''). A
        search reads its candidates, unless it is alone and many names hold what was typed:
        then the log is read in order, keeping the matches. Broad filters under another sort
        leave the read to the sort's index."""
        if spec.search.strip():
            others, params = _where(spec, search=False)
            if others or not self._more_than(
                    BROAD, "SELECT 1 FROM case_name_terms WHERE term = :search_term", params):
                return _HITS.format(hits=_search_hits(spec.search)), ""
            return "cases c", ""
        if sort != "registered_at" and self._broad(spec):
            return "cases c", _SORT_COLUMN.get(sort, sort)
        return "cases c", ""

    def page(self, spec: LogFilter, sort: str, descending: bool, offset: int = 0,
             limit: int = 200, after: Mapping[str, Any] | None = None
             ) -> list[dict[str, Any]]:
        """One page of the log: from `offset`, or after the row `after` (the last row of the
        page before, found in its index however far down the log it is). The registration
        time and the rowid break ties, so pages never overlap or skip."""
        key = SORT_KEYS.get(sort)
        if key is None:
            raise ValueError(f"cannot sort the log by {sort!r}; use one of "
                             f"{', '.join(SORT_KEYS)}")
        source, driver = self._page_source(spec, sort)
        parts, params = _where(spec, unindexed=driver)
        direction = "DESC" if descending else "ASC"
        order = [key] if sort == "registered_at" else [key, "c.registered_at"]
        order.append("c.rowid")
        if after is not None:
            marks = [":after_key", ":after_registered", ":after_rowid"][-len(order):]
            parts.append(f"({', '.join(order)}) {'<' if descending else '>'}"
                         f" ({', '.join(marks)})")
            params.update(after_key=after["sort_key"], after_registered=after["registered_at"],
                          after_rowid=after["log_rowid"])
        ordering = ", ".join(f"{term} {direction}" for term in order)
        params.update({"limit": limit, "offset": offset})
        sql = (
            "SELECT c.id, c.tracking_no, c.registered_at, c.window_id, c.owner_id,"
            " u.display_name AS owner_name, c.item_code, i.name AS item_name,"
            " i.department, c.applicant_name, c.purpose, c.channel, c.status,"
            " c.promised_date, (SELECT d.outcome FROM decisions d WHERE d.case_id = c.id"
            "  ORDER BY d.decided_at DESC, d.rowid DESC LIMIT 1) AS last_outcome,"
            # where the 督查 review of a refusal stands (only for the page's rows)
            " (SELECT r.status FROM reviews r WHERE r.case_id = c.id"
            "  AND r.kind IN ('rejection', 'escalation')"
            "  ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1) AS refusal_review,"
            f" {OVERDUE_SQL} AS overdue, {key} AS sort_key, c.rowid AS log_rowid"
            f" FROM (SELECT c.rowid AS picked FROM {source}{_joined(parts)}"
            f" ORDER BY {ordering} LIMIT :limit OFFSET :offset) AS page"
            " JOIN cases c ON c.rowid = page.picked"
            " JOIN users u ON u.id = c.owner_id"
            " LEFT JOIN catalog_items i ON i.code = c.item_code AND i.version = c.item_version"
            f" ORDER BY {ordering}")
        return [dict(row) for row in self.conn.execute(sql, params)]

    def audit_entries(self, case_id: str) -> list[dict[str, Any]]:
        """Audit entries about the case and about its documents (numbering, prints and
        reprints are filed against the document)."""
        return [dict(row) for row in self.conn.execute(
            "SELECT a.seq, a.at, a.action, a.details, u.display_name AS actor_name"
            " FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id"
            " WHERE (a.entity = 'case' AND a.entity_id = :c)"
            " OR (a.entity = 'document'"
            "     AND a.entity_id IN (SELECT id FROM documents WHERE case_id = :c))"
            " ORDER BY a.seq", {"c": case_id})]

    def choices(self) -> dict[str, list[dict[str, Any]]]:
        """What the filter boxes offer: clerks, windows, items and departments."""
        return {
            "clerks": [dict(r) for r in self.conn.execute(
                "SELECT id, display_name FROM users ORDER BY display_name")],
            "windows": [dict(r) for r in self.conn.execute(
                "SELECT id, name FROM windows ORDER BY id")],
            "items": [dict(r) for r in self.conn.execute(
                "SELECT code, name, MAX(version) AS version FROM catalog_items"
                " GROUP BY code ORDER BY code")],
            "departments": [r[0] for r in self.conn.execute(
                "SELECT DISTINCT department FROM catalog_items ORDER BY department")],
        }


# The exported tables, each a SELECT of (uuid, window_id, …, row_version) over rows whose
# version lies in (:after, :high]; `c` is the row's case, for the window and the period.
