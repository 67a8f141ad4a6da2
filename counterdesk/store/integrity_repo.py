"""SQLite's own check of the database file, for the audit verification (services/integrity)."""

from __future__ import annotations

import sqlite3


def integrity_check(conn: sqlite3.Connection) -> str:
    """"ok", or what SQLite found damaged in the file."""
    return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
