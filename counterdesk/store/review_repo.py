"""The supervisors' review queue: listing, deciding, and queueing overdue cases."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from typing import Any

from counterdesk.store.log_repo import OVERDUE_SQL


class ReviewRepo:
    """All statements run inside the caller's transaction (see Database.transaction)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def listing(self, status: str, kind: str = "", limit: int = 500) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"status": status, "kind": kind, "limit": limit}
        kind_sql = " AND r.kind = :kind" if kind else ""
        return [dict(row) for row in self.conn.execute(
            "SELECT r.*, c.tracking_no, c.applicant_name, c.status AS case_status,"
            " c.item_code, c.item_version, c.received_on, c.window_id, c.promised_date,"
            " c.owner_id,"
            " u.display_name AS owner_name, v.display_name AS reviewer_name,"
            " (SELECT e.details FROM case_events e WHERE e.id = r.subject_id) AS event_details,"
            " (SELECT d.reason FROM decisions d WHERE d.id = r.subject_id) AS decision_reason"
            " FROM reviews r JOIN cases c ON c.id = r.case_id"
            " JOIN users u ON u.id = c.owner_id"
            " LEFT JOIN users v ON v.id = r.reviewer_id"
            " WHERE r.status = :status" + kind_sql +
            " ORDER BY COALESCE(r.due_on, substr(r.created_at, 1, 10)), r.created_at"
            " LIMIT :limit", params)]

    def get(self, review_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM reviews WHERE id = :id",
                                {"id": review_id}).fetchone()
        return dict(row) if row else None

    def decide(self, review_id: str, status: str, reviewer_id: int, at: str,
               comment: str) -> bool:
        """Close an open review; False when someone else decided it first."""
        cursor = self.conn.execute(
            "UPDATE reviews SET status = :status, reviewer_id = :reviewer, decided_at = :at,"
            " comment = :comment WHERE id = :id AND status = 'open'",
            {"status": status, "reviewer": reviewer_id, "at": at, "comment": comment,
             "id": review_id})
        return cursor.rowcount == 1

    def queue_overdue(self, today: str, at: str) -> list[Mapping[str, Any]]:
        """Queue every overdue case (`domain.deadlines.OVERDUE`: accepted and past its
        promised date, 行政许可法 art. 42) once per promised date; returns the newly queued."""
        missing = [dict(row) for row in self.conn.execute(
            "SELECT c.id AS case_id, c.id || '@' || c.promised_date AS subject_id,"
            f" c.promised_date FROM cases c WHERE {OVERDUE_SQL}"
            " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.kind = 'overdue'"
            "  AND r.subject_id = c.id || '@' || c.promised_date)", {"today": today})]
        self.conn.executemany(
            "INSERT INTO reviews (id, case_id, kind, subject_id, created_at, due_on)"
            " VALUES (:id, :case_id, 'overdue', :subject_id, :at, :promised_date)",
            [{**row, "id": str(uuid.uuid4()), "at": at} for row in missing])
        return missing
