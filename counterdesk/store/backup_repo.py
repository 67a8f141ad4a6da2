"""Copy a live database with SQLite's online backup API, check a copy before it is used, and
write to a copy before it goes live."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
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


def checkpoint(path: Path) -> bool:
    """Fold the write-ahead log into the main file and empty it before the file is copied
    aside; False when another connection kept it from finishing."""
    try:
        conn = sqlite3.connect(str(path), timeout=5)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise translate_error(error) from error
    return not busy


@contextmanager
def writing(path: Path) -> Iterator[sqlite3.Connection]:
    """A write transaction on a copy that is not live yet: rollback journal, no migration,
    committed (and synced) only when the block finishes without error."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=5)
    except sqlite3.Error as error:
        raise translate_error(error) from error
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        raise translate_error(error) from error
    finally:
        conn.close()


def raise_document_counters(conn: sqlite3.Connection, floors: dict[str, int]
                            ) -> dict[str, list[int]]:
    """Move each "doc_type/year" counter up to the highest number ever issued (from the head
    record), so a restored database never issues one again; returns the numbers skipped,
    per counter, as [first, last]."""
    skipped: dict[str, list[int]] = {}
    for key, highest in sorted(floors.items()):
        doc_type, _, year = key.rpartition("/")
        if not doc_type or not year.isdigit() or not isinstance(highest, int):
            continue
        row = conn.execute("SELECT last_seq FROM doc_counters WHERE doc_type = :t AND year = :y",
                           {"t": doc_type, "y": int(year)}).fetchone()
        current = int(row[0]) if row else 0
        if highest <= current:
            continue
        conn.execute("INSERT INTO doc_counters (doc_type, year, last_seq) VALUES (:t, :y, :s)"
                     " ON CONFLICT (doc_type, year) DO UPDATE SET last_seq = excluded.last_seq",
                     {"t": doc_type, "y": int(year), "s": highest})
        skipped[key] = [current + 1, highest]
    return skipped


def document_counters(conn: sqlite3.Connection) -> dict[str, tuple[int, int, int]]:
    """Per "doc_type/year": (counter, documents numbered, highest number)."""
    return {f"{row[0]}/{row[1]}": (int(row[2]), int(row[3]), int(row[4])) for row in conn.execute(
        "SELECT c.doc_type, c.year, c.last_seq, COUNT(d.id), COALESCE(MAX(d.seq), 0)"
        " FROM doc_counters c LEFT JOIN documents d ON d.doc_type = c.doc_type"
        " AND d.year = c.year GROUP BY c.doc_type, c.year")}
