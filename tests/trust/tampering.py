"""Edits made with another program (the sqlite3 shell), outside CounterDesk."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def tamper(home: Path, sql: str, **params) -> None:
    """An edit made with another program (the sqlite3 shell), outside CounterDesk."""
    conn = sqlite3.connect(home / "counterdesk.sqlite3")
    with conn:
        conn.execute(sql, params)
    conn.close()


def tamper_script(home: Path, script: str) -> None:
    conn = sqlite3.connect(home / "counterdesk.sqlite3")
    conn.executescript(script)
    conn.close()
