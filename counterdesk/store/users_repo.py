"""Accounts and windows, and the log-in attempts of names that have no account."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any


class UsersRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM users").fetchone()[0])

    def by_username(self, username: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM users WHERE username = :u",
                                {"u": username}).fetchone()
        return dict(row) if row else None

    def by_id(self, user_id: int) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM users WHERE id = :id", {"id": user_id}).fetchone()
        return dict(row) if row else None

    def last_name_attempt(self, name: str) -> dict[str, Any] | None:
        """The details of the newest refused log-in under a name that has no account: its
        failure count and lockout live only in these audit entries, as no row holds them."""
        row = self.conn.execute(
            "SELECT details FROM audit_log WHERE entity = 'login_name' AND entity_id = :name"
            " ORDER BY seq DESC LIMIT 1", {"name": name}).fetchone()
        if row is None:
            return None
        details = json.loads(row[0])
        return details if isinstance(details, dict) else None

    def case_owners(self) -> set[int]:
        """The accounts that own at least one case."""
        return {int(row[0]) for row in self.conn.execute("SELECT DISTINCT owner_id FROM cases")}

    def all(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM users ORDER BY username")]

    def insert(self, values: Mapping[str, Any]) -> int:
        cursor = self.conn.execute(
            "INSERT INTO users (username, display_name, role, password_hash, phone, created_at)"
            " VALUES (:username, :display_name, :role, :password_hash, :phone, :created_at)",
            dict(values))
        return int(cursor.lastrowid or 0)

    def update(self, user_id: int, values: Mapping[str, Any]) -> None:
        assignments = ", ".join(f"{key} = :{key}" for key in values)
        self.conn.execute(f"UPDATE users SET {assignments} WHERE id = :user_id",
                          {**values, "user_id": user_id})

    def windows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM windows ORDER BY id")]

    def upsert_window(self, window_id: str, name: str, department: str = "") -> None:
        self.conn.execute(
            "INSERT INTO windows (id, name, department) VALUES (:id, :name, :dept)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
            " department = excluded.department",
            {"id": window_id, "name": name, "dept": department})
