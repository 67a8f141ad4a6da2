"""Numbered documents (文号) and every print of them."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any


class DocumentRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def counter(self, doc_type: str, year: int) -> int:
        """The last number issued of this type and year (0: none yet)."""
        row = self.conn.execute("SELECT last_seq FROM doc_counters WHERE doc_type = :t"
                                " AND year = :y", {"t": doc_type, "y": year}).fetchone()
        return int(row[0]) if row else 0

    def next_seq(self, doc_type: str, year: int, floor: int = 0) -> int:
        """Per type and year, and above `floor` (a number known to be issued already); moves
        in the caller's transaction together with the document row, so a crash before
        commit neither skips nor reuses a number."""
        self.conn.execute(
            "INSERT INTO doc_counters (doc_type, year, last_seq) VALUES (:t, :y, :first)"
            " ON CONFLICT (doc_type, year) DO UPDATE SET last_seq = max(last_seq + 1, :first)",
            {"t": doc_type, "y": year, "first": max(floor, 0) + 1})
        row = self.conn.execute("SELECT last_seq FROM doc_counters WHERE doc_type = :t"
                                " AND year = :y", {"t": doc_type, "y": year}).fetchone()
        return int(row[0])

    def insert(self, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO documents (id, case_id, decision_id, doc_type, doc_no, year, seq,"
            " issued_at, clerk_id, body) VALUES (:id, :case_id, :decision_id, :doc_type,"
            " :doc_no, :year, :seq, :issued_at, :clerk_id, :body)", dict(values))

    def get(self, document_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = :id",
                                {"id": document_id}).fetchone()
        return dict(row) if row else None

    def for_decision(self, decision_id: str) -> dict[str, Any] | None:
        """The document that answered a decision (each decision is answered once)."""
        row = self.conn.execute("SELECT * FROM documents WHERE decision_id = :d"
                                " ORDER BY issued_at, seq LIMIT 1",
                                {"d": decision_id}).fetchone()
        return dict(row) if row else None

    def for_case(self, case_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT d.*, (SELECT COUNT(*) FROM document_prints p WHERE p.document_id = d.id)"
            " AS prints FROM documents d WHERE case_id = :c ORDER BY issued_at, seq",
            {"c": case_id})]

    def print_count(self, document_id: str) -> int:
        row = self.conn.execute("SELECT COUNT(*) FROM document_prints WHERE document_id = :d",
                                {"d": document_id}).fetchone()
        return int(row[0])

    def record_print(self, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO document_prints (id, document_id, printed_at, user_id, reprint, target)"
            " VALUES (:id, :document_id, :printed_at, :user_id, :reprint, :target)",
            dict(values))
