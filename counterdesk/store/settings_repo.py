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

    def declared_years(self) -> dict[int, tuple[frozenset[dt.date], frozenset[dt.date]]]:
        """Each year whose State Council schedule was entered: (holidays, make-up workdays)."""
        years: dict[int, tuple[set[dt.date], set[dt.date]]] = {
            int(row[0]): (set(), set())
            for row in self.conn.execute("SELECT year FROM calendar_years")}
        for year, day, workday in self.conn.execute(
                "SELECT year, day, workday FROM calendar_year_days"):
            years[int(year)][1 if workday else 0].add(dt.date.fromisoformat(day))
        return {year: (frozenset(off), frozenset(on)) for year, (off, on) in years.items()}

    def replace_year(self, year: int, holidays: list[dt.date], workdays: list[dt.date],
                     source: str, user_id: int | None, at: str) -> None:
        """Store a year's schedule, replacing every day of an earlier declaration."""
        self.conn.execute("DELETE FROM calendar_years WHERE year = :year", {"year": year})
        self.conn.execute(
            "INSERT INTO calendar_years (year, source, declared_by, declared_at)"
            " VALUES (:year, :source, :user, :at)",
            {"year": year, "source": source, "user": user_id, "at": at})
        self.conn.executemany(
            "INSERT INTO calendar_year_days (day, year, workday) VALUES (:day, :year, :workday)",
            [{"day": day.isoformat(), "year": year, "workday": int(workday)}
             for days, workday in ((holidays, False), (workdays, True)) for day in days])

    def calendar_override_rows(self) -> list[tuple[dt.date, bool, str, bool]]:
        """(day, workday, note, moves_promised) of every override, by day."""
        return [(dt.date.fromisoformat(row[0]), bool(row[1]), str(row[2]), bool(row[3]))
                for row in self.conn.execute(
                    "SELECT o.day, o.workday, o.note, COALESCE(e.moves_promised, 1)"
                    " FROM calendar_overrides o"
                    " LEFT JOIN calendar_override_effects e ON e.day = o.day ORDER BY o.day")]

    def promise_overrides(self) -> dict[dt.date, bool]:
        """The overrides that move the hall's promised dates (never statutory ones)."""
        return {day: workday for day, workday, _, moves in self.calendar_override_rows()
                if moves}

    def put_calendar_override(self, day: dt.date, workday: bool, note: str, user_id: int | None,
                              at: str, moves_promised: bool = True) -> None:
        self.conn.execute(
            "INSERT INTO calendar_overrides (day, workday, note, created_by, created_at)"
            " VALUES (:day, :workday, :note, :user, :at) ON CONFLICT (day) DO UPDATE SET"
            " workday = excluded.workday, note = excluded.note,"
            " created_by = excluded.created_by, created_at = excluded.created_at",
            {"day": day.isoformat(), "workday": int(workday), "note": note, "user": user_id,
             "at": at})
        self.conn.execute(
            "INSERT INTO calendar_override_effects (day, moves_promised) VALUES (:day, :moves)"
            " ON CONFLICT (day) DO UPDATE SET moves_promised = excluded.moves_promised",
            {"day": day.isoformat(), "moves": int(moves_promised)})

    def delete_calendar_override(self, day: dt.date) -> bool:
        return self.conn.execute("DELETE FROM calendar_overrides WHERE day = :day",
                                 {"day": day.isoformat()}).rowcount > 0
