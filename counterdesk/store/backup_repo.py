"""Copy a live database with SQLite's online backup API, and check a copy before it is used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from counterdesk.store.db import StoreError, translate_error


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` even while another connection writes to it."""
    try:
        src = sqlite3.connect(str(source), timeout=5)
        try:
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst, pages=1024)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        raise translate_error(error) from error


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file it checks."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as error:
        raise translate_error(error) from error


def integrity(path: Path) -> str:
    """'ok', or what SQLite found wrong (an unreadable file is not ok either)."""
    try:
        conn = open_read_only(path)
    except StoreError as error:
        return str(error)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.Error as error:
        return str(translate_error(error))
    finally:
        conn.close()


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the main file before the files are moved aside."""
    try:
        conn = sqlite3.connect(str(path), timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise translate_error(error) from error
