"""Pledges (容缺受理/告知承诺), 失信 flags and clock changes (extensions, paused periods)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any


class AftercareRepo:
    """All statements run inside the caller's transaction (see Database.transaction)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # Pledges -------------------------------------------------------------------------------

    def insert_pledge(self, row: Mapping[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO pledges (id, case_id, kind, material_id, name, due_on, created_at,"
            " created_by) VALUES (:id, :case_id, :kind, :material_id, :name, :due_on,"
            " :created_at, :created_by)", row)

    def pledges(self, case_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM pledges WHERE case_id = :case ORDER BY due_on, material_id",
            {"case": case_id})]

    def pledge(self, pledge_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM pledges WHERE id = :id",
                                {"id": pledge_id}).fetchone()
        return dict(row) if row else None

    def settle_pledge(self, pledge_id: str, state: str, user_id: int, at: str,
                      note: str) -> bool:
        """Close an open pledge; False when it was settled already."""
        cursor = self.conn.execute(
            "UPDATE pledges SET state = :state, settled_by = :user, settled_at = :at,"
            " note = :note WHERE id = :id AND state = 'open'",
            {"state": state, "user": user_id, "at": at, "note": note, "id": pledge_id})
        return cursor.rowcount == 1

    def open_pledges_due_before(self, day: str) -> list[dict[str, Any]]:
        """Open pledges whose day has passed (due_on < day), with their case."""
        return [dict(r) for r in self.conn.execute(
            "SELECT p.*, c.tracking_no, c.applicant_name, c.owner_id FROM pledges p"
            " JOIN cases c ON c.id = p.case_id WHERE p.state = 'open' AND p.due_on < :day"
            " ORDER BY p.due_on, c.tracking_no", {"day": day})]

    # 失信 flags ----------------------------------------------------------------------------

    def active_flag(self, id_number: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT * FROM applicant_flags WHERE id_number = :n AND cleared_at IS NULL"
            " ORDER BY set_at DESC LIMIT 1", {"n": id_number}).fetchone()
        return dict(row) if row else None

    def insert_flag(self, row: Mapping[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO applicant_flags (id, id_number, name, reason, set_by, set_at)"
            " VALUES (:id, :id_number, :name, :reason, :set_by, :set_at)", row)

    def clear_flag(self, flag_id: str, user_id: int, at: str) -> bool:
        cursor = self.conn.execute(
            "UPDATE applicant_flags SET cleared_by = :user, cleared_at = :at"
            " WHERE id = :id AND cleared_at IS NULL", {"user": user_id, "at": at, "id": flag_id})
        return cursor.rowcount == 1

    # Clock changes -------------------------------------------------------------------------

    def clock_changes(self, case_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM clock_changes WHERE case_id = :case ORDER BY recorded_at, start_on",
            {"case": case_id})]

    def insert_clock_change(self, row: Mapping[str, Any]) -> None:
        values = {"days": None, "pause_kind": None, "end_on": None, "expected_end": None,
                  "approved_by": "", "reasons": "", **row}
        self.conn.execute(
            "INSERT INTO clock_changes (id, case_id, kind, days, pause_kind, start_on, end_on,"
            " expected_end, approved_by, reasons, base_promised, recorded_by, recorded_at)"
            " VALUES (:id, :case_id, :kind, :days, :pause_kind, :start_on, :end_on,"
            " :expected_end, :approved_by, :reasons, :base_promised, :recorded_by,"
            " :recorded_at)", values)

    def end_pause(self, change_id: str, end_on: str) -> bool:
        cursor = self.conn.execute(
            "UPDATE clock_changes SET end_on = :end WHERE id = :id AND kind = 'pause'"
            " AND end_on IS NULL", {"end": end_on, "id": change_id})
        return cursor.rowcount == 1

    def rebase_clock(self, case_id: str, base_promised: str) -> None:
        """The promised date before any change, recomputed (a declared year)."""
        self.conn.execute("UPDATE clock_changes SET base_promised = :b WHERE case_id = :case",
                          {"b": base_promised, "case": case_id})

