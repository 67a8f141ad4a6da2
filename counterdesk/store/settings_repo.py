"""Office settings and local calendar overrides."""

from __future__ import annotations

import datetime as dt
import sqlite3


class SettingsRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = :key",
                                {"key": key}).fetchone()
        return str(row[0]) if row else default

    def all(self) -> dict[str, str]:
        return {row[0]: row[1] for row in self.conn.execute("SELECT key, value FROM settings")}

    def put(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO settings (key, value) VALUES (:key, :value)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                          {"key": key, "value": value})

    def declared_years(self) -> list[int]:
        """Years whose holiday schedule an admin entered by hand (a comma-separated setting)."""
        text = self.get("calendar_declared_years")
        return sorted({int(part) for part in text.split(",") if part.strip().isdigit()})

    def declare_year(self, year: int) -> None:
        years = set(self.declared_years()) | {year}
        self.put("calendar_declared_years", ",".join(str(y) for y in sorted(years)))

    def calendar_override_rows(self) -> list[tuple[dt.date, bool, str]]:
        """(day, workday, note) of every override, by day."""
        return [(dt.date.fromisoformat(row[0]), bool(row[1]), str(row[2]))
                for row in self.conn.execute("SELECT day, workday, note FROM calendar_overrides"
                                             " ORDER BY day")]

    def calendar_overrides(self) -> dict[dt.date, bool]:
        return {dt.date.fromisoformat(row[0]): bool(row[1])
                for row in self.conn.execute("SELECT day, workday FROM calendar_overrides")}

    def put_calendar_override(self, day: dt.date, workday: bool, note: str, user_id: int | None,
                              at: str) -> None:
        self.conn.execute(
            "INSERT INTO calendar_overrides (day, workday, note, created_by, created_at)"
            " VALUES (:day, :workday, :note, :user, :at) ON CONFLICT (day) DO UPDATE SET"
            " workday = excluded.workday, note = excluded.note,"
            " created_by = excluded.created_by, created_at = excluded.created_at",
            {"day": day.isoformat(), "workday": int(workday), "note": note, "user": user_id,
             "at": at})
