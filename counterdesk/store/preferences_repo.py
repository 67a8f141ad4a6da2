"""Each account's desk preferences: one (key, value) row per preference set."""

from __future__ import annotations

import sqlite3


class PreferencesRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def of_user(self, user_id: int) -> dict[str, str]:
        return {str(row[0]): str(row[1]) for row in self.conn.execute(
            "SELECT key, value FROM user_preferences WHERE user_id = :user", {"user": user_id})}

    def put(self, user_id: int, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO user_preferences (user_id, key, value) VALUES (:user, :key, :value)"
            " ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value",
            {"user": user_id, "key": key, "value": value})

    def delete(self, user_id: int, key: str) -> None:
        self.conn.execute("DELETE FROM user_preferences WHERE user_id = :user AND key = :key",
                          {"user": user_id, "key": key})
