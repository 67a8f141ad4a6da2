"""The case log for supervisors: filtered, sorted pages of cases, and the export queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from counterdesk.domain.ids import mask_id

# Sort keys the log browser offers, mapped to columns; anything else is refused.
SORT_COLUMNS = {
    "registered_at": "c.registered_at",
    "tracking_no": "c.tracking_no",
    "window_id": "c.window_id",
    "owner": "c.owner_id",
    "item_code": "c.item_code",
    "status": "c.status",
    "promised_date": "c.promised_date",
}


@dataclass(frozen=True)
class LogFilter:
    """Empty fields do not filter. `overdue` needs `today` (ISO date)."""

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


# A case is overdue when it was accepted and its promised date has passed (art. 42 limits).
OVERDUE_SQL = "(c.status = 'accepted' AND c.promised_date < :today)"


def _where(spec: LogFilter) -> tuple[str, dict[str, Any]]:
    parts: list[str] = []
    params: dict[str, Any] = {}
    if spec.date_from:
        parts.append("c.registered_at >= :date_from")
        params["date_from"] = spec.date_from
    if spec.date_to:
        # registered_at is a timestamp: everything on date_to is before the next day's text.
        parts.append("c.registered_at < :date_to_end")
        params["date_to_end"] = spec.date_to + "T99"
    if spec.clerk_id is not None:
        parts.append("c.owner_id = :clerk_id")
        params["clerk_id"] = spec.clerk_id
    if spec.window_id:
        parts.append("c.window_id = :window_id")
        params["window_id"] = spec.window_id
    if spec.item_code:
        parts.append("c.item_code = :item_code")
        params["item_code"] = spec.item_code
    if spec.department:
        parts.append("c.item_code IN (SELECT code FROM catalog_items"
                     " WHERE department = :department)")
        params["department"] = spec.department
    if spec.outcome:
        parts.append("c.id IN (SELECT d.case_id FROM decisions d WHERE d.outcome = :outcome)")
        params["outcome"] = spec.outcome
    if spec.status:
        parts.append("c.status = :status")
        params["status"] = spec.status
    if spec.overdue:
        parts.append(OVERDUE_SQL)
    params["today"] = spec.today
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


class LogRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def count(self, spec: LogFilter) -> int:
        where, params = _where(spec)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM cases c{where}", params)
                   .fetchone()[0])

    def page(self, spec: LogFilter, sort: str, descending: bool, offset: int, limit: int
             ) -> list[dict[str, Any]]:
        """One page of the log; rowid breaks ties so pages never overlap or skip."""
        column = SORT_COLUMNS.get(sort)
        if column is None:
            raise ValueError(f"cannot sort the log by {sort!r}; use one of "
                             f"{', '.join(SORT_COLUMNS)}")
        where, params = _where(spec)
        direction = "DESC" if descending else "ASC"
        params.update({"limit": limit, "offset": offset})
        sql = (
            "SELECT c.id, c.tracking_no, c.registered_at, c.window_id, c.owner_id,"
            " u.display_name AS owner_name, c.item_code, i.name AS item_name,"
            " i.department, c.applicant_name, c.purpose, c.channel, c.status,"
            " c.promised_date, (SELECT d.outcome FROM decisions d WHERE d.case_id = c.id"
            "  ORDER BY d.decided_at DESC, d.rowid DESC LIMIT 1) AS last_outcome,"
            f" {OVERDUE_SQL} AS overdue"
            " FROM (SELECT rowid FROM cases c" + where +
            f" ORDER BY {column} {direction}, c.rowid {direction}"
            " LIMIT :limit OFFSET :offset) AS picked"
            " JOIN cases c ON c.rowid = picked.rowid"
            " JOIN users u ON u.id = c.owner_id"
            " LEFT JOIN catalog_items i ON i.code = c.item_code AND i.version = c.item_version"
            f" ORDER BY {column} {direction}, c.rowid {direction}")
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
_DEFECT_CODES = ("replace(replace(replace(replace({0}, '\", \"', ';'), '\"', ''), '[', ''),"
                 " ']', '')")
EXPORT_QUERIES: dict[str, str] = {
    "cases": (
        "SELECT c.id AS uuid, c.window_id, c.tracking_no, u.username AS owner, c.purpose,"
        " c.channel, c.applicant_kind, c.id_type, {id_number} AS id_number, c.item_code,"
        " c.item_version, c.status, c.registered_at, c.received_on, c.accepted_on,"
        " c.promised_date, c.closed_at, c.updated_at, c.row_version"
        " FROM cases c JOIN users u ON u.id = c.owner_id WHERE c.row_version > :after"
        " AND c.row_version <= :high"),
    "submissions": (
        "SELECT s.id AS uuid, c.window_id, s.case_id AS case_uuid, s.seq, s.received_on,"
        " s.permit_required, s.in_jurisdiction, s.competent_office, u.username AS clerk,"
        " s.created_at, s.row_version FROM submissions s JOIN cases c ON c.id = s.case_id"
        " JOIN users u ON u.id = s.clerk_id WHERE s.row_version > :after"
        " AND s.row_version <= :high"),
    "material_checks": (
        "SELECT m.id AS uuid, c.window_id, m.submission_id AS submission_uuid,"
        " s.case_id AS case_uuid, m.material_id, m.name, m.form, m.required_copies,"
        " m.received, m.copies, m.pages, m.issued_on, "
        + _DEFECT_CODES.format("m.defects") + " AS defects, "
        + _DEFECT_CODES.format("m.corrected") + " AS corrected, m.row_version"
        " FROM material_checks m JOIN submissions s ON s.id = m.submission_id"
        " JOIN cases c ON c.id = s.case_id WHERE m.row_version > :after"
        " AND m.row_version <= :high"),
    "decisions": (
        "SELECT d.id AS uuid, c.window_id, d.case_id AS case_uuid,"
        " d.submission_id AS submission_uuid, d.outcome, d.reason, d.competent_office,"
        " (SELECT group_concat(json_extract(p.value, '$.material') || ':'"
        "  || json_extract(p.value, '$.defect'), ';') FROM json_each(d.problems) p)"
        " AS problems, d.notice_due, d.promised_date, d.decided_on, d.decided_at,"
        " u.username AS clerk, d.first_visit, d.note, d.row_version"
        " FROM decisions d JOIN cases c ON c.id = d.case_id JOIN users u ON u.id = d.clerk_id"
        " WHERE d.row_version > :after AND d.row_version <= :high"),
    "documents": (
        "SELECT o.id AS uuid, c.window_id, o.case_id AS case_uuid,"
        " o.decision_id AS decision_uuid, o.doc_type, o.doc_no, o.year, o.seq, o.issued_at,"
        " u.username AS clerk, o.row_version FROM documents o JOIN cases c ON c.id = o.case_id"
        " JOIN users u ON u.id = o.clerk_id WHERE o.row_version > :after"
        " AND o.row_version <= :high"),
    "ratings": (
        "SELECT e.id AS uuid, c.window_id, e.case_id AS case_uuid, e.at AS rated_at,"
        " json_extract(e.details, '$.rating') AS rating,"
        " json_extract(e.details, '$.comment') AS comment, u.username AS recorded_by,"
        " e.row_version FROM case_events e JOIN cases c ON c.id = e.case_id"
        " LEFT JOIN users u ON u.id = e.user_id WHERE e.kind = 'rating'"
        " AND e.row_version > :after AND e.row_version <= :high"),
    "reviews": (
        "SELECT r.id AS uuid, c.window_id, r.case_id AS case_uuid, r.kind,"
        " r.subject_id AS subject, r.created_at, r.due_on, r.status,"
        " u.username AS reviewer, r.decided_at, r.comment, r.row_version"
        " FROM reviews r JOIN cases c ON c.id = r.case_id"
        " LEFT JOIN users u ON u.id = r.reviewer_id WHERE r.row_version > :after"
        " AND r.row_version <= :high"),
}
EXPORT_TABLES = tuple(EXPORT_QUERIES)


def export_sql(table: str, masked: bool, period: bool) -> str:
    """The SELECT of one exported table; `masked` routes id numbers through mask_id()."""
    sql = EXPORT_QUERIES[table].format(id_number="mask_id(c.id_number)" if masked
                                       else "c.id_number")
    if period:
        sql += " AND c.registered_at >= :date_from AND c.registered_at < :date_to_end"
    return sql


def _mask_or_empty(number: str | None) -> str:
    return mask_id(number) if number else ""


class ExportRepo:
    """Reads one consistent snapshot for an export and records the batches."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        conn.create_function("mask_id", 1, _mask_or_empty, deterministic=True)

    def begin_snapshot(self) -> None:
        # A read transaction in WAL mode: every table is read as of this moment, so the
        # batch's high-water mark and its rows agree even while clerks keep working.
        self.conn.execute("BEGIN")

    def end_snapshot(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def high_version(self) -> int:
        return int(self.conn.execute("SELECT value FROM change_counter WHERE id = 1")
                   .fetchone()[0])

    def last_batch(self) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM export_batches ORDER BY batch_no DESC LIMIT 1"
                                ).fetchone()
        return dict(row) if row else None

    def rows(self, table: str, params: Mapping[str, Any], masked: bool
             ) -> tuple[list[str], sqlite3.Cursor]:
        """Column names and a cursor yielding plain tuples."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute(export_sql(table, masked, "date_from" in params), dict(params))
        return [column[0] for column in cursor.description], cursor

    def record_batch(self, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO export_batches (batch_no, source_id, after_version, high_version,"
            " created_at, actor_id, full_ids, row_count, folder) VALUES (:batch_no,"
            " :source_id, :after_version, :high_version, :created_at, :actor_id, :full_ids,"
            " :row_count, :folder)", dict(values))
