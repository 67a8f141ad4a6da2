"""Bulk writing of many finished cases at once, with their row digests (their audit entries
go through `audit.append_many`, the log's one writer)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from hashlib import sha256
from json.encoder import c_encode_basestring, c_make_encoder  # type: ignore[attr-defined]
from operator import itemgetter
from typing import Any

from counterdesk.store.audit import Entry, head_entry
from counterdesk.store.state_digest import EXCLUDED_COLUMNS, LATE_COLUMNS

INSERT_ORDER = ("cases", "submissions", "material_checks", "decisions", "documents",
                "case_events", "reviews")
# Tables whose secondary indexes are rebuilt after a bulk load into an empty database.
REINDEXED_TABLES = (*INSERT_ORDER, "audit_log")
# Random UUID keys touch pages all over each index: a large page cache keeps the bulk insert
# from re-reading them (256 MiB, this connection only).
BULK_CACHE_KIB = 262_144


def _literal(default: str | None) -> Any:
    """A column's declared DEFAULT as the value SQLite would store."""
    if default is None or default.upper() == "NULL":
        return None
    if default.startswith("'"):
        return default[1:-1].replace("''", "'")
    return int(default) if default.lstrip("-").isdigit() else default


# The C encoder behind json.dumps(ensure_ascii=False, separators=(",", ":")), which row_hash
# uses, called without the Python layers around it (one call per row).
_ENCODE = (c_make_encoder(None, None, c_encode_basestring, None, ":", ",", False, False, True)
           if c_make_encoder and c_encode_basestring else None)
_FALLBACK = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


class RowDigester:
    """`state_digest.row_hash` of one table's rows without sorting each row: the columns'
    order is worked out once and each row is encoded in one call. Rows hold text, integers
    and NULL (a BLOB would be refused by the encoder, never hashed differently)."""

    def __init__(self, table: str, columns: Sequence[str]):
        kept = sorted((name, index) for index, name in enumerate(columns)
                      if name not in EXCLUDED_COLUMNS)
        self.names = tuple(name for name, _ in kept)
        positions = [index for _, index in kept]
        self._pick = (itemgetter(*positions) if len(positions) > 1
                      else lambda row: tuple(row[index] for index in positions))
        self.prefix = table + "\x1f"
        self.late = {name: value for name, value in LATE_COLUMNS.get(table, {}).items()
                     if name in self.names}

    def text(self, row: Sequence[object]) -> str:
        pairs = list(zip(self.names, self._pick(row), strict=True))
        if self.late:
            pairs = [(name, value) for name, value in pairs
                     if name not in self.late or value != self.late[name]]
        if _ENCODE is None:
            return self.prefix + _FALLBACK.encode(pairs)
        return self.prefix + "".join(_ENCODE(pairs, 0))

    def hash(self, row: Sequence[object]) -> int:
        return int.from_bytes(sha256(self.text(row).encode("utf-8")).digest(), "big")


class TableShape:
    """A table's columns in order and their defaults: turns a dict of some columns into the
    full row that `SELECT *` reads back."""

    def __init__(self, conn: sqlite3.Connection, table: str):
        info = list(conn.execute(f"PRAGMA table_info({table})"))
        self.table = table
        self.names = [str(row[1]) for row in info]
        self.defaults = {str(row[1]): _literal(row[4]) for row in info}
        self._pick = itemgetter(*self.names)
        self.digester = RowDigester(table, self.names)

    def row(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        return self._pick({**self.defaults, **values})  # type: ignore[no-any-return]


def is_empty(conn: sqlite3.Connection) -> bool:
    """No case yet: nothing a clerk registered is at stake in a fast, unjournaled load."""
    return conn.execute("SELECT 1 FROM cases LIMIT 1").fetchone() is None


@contextmanager
def bulk_load(conn: sqlite3.Connection, into_empty: bool) -> Iterator[None]:
    """Settings for a bulk load on this connection, restored afterwards (outside any
    transaction).

    Every row written is built complete by the caller, so foreign keys are not re-checked row
    by row. Into an empty database (no case yet, so no clerk's work at stake) the journal is
    kept in memory without syncing, and the secondary indexes are dropped and rebuilt once at
    the end: an interrupted load of an empty database leaves a database to throw away. Into
    a database holding cases, WAL stays on with synchronous NORMAL, which never corrupts the
    file and at most loses the last chunks on a power cut."""
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    conn.execute("PRAGMA foreign_keys = OFF")
    indexes: list[str] = []
    if into_empty:
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
        indexes = _drop_secondary_indexes(conn)
    else:
        conn.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        if indexes:
            conn.execute("BEGIN IMMEDIATE")
            for sql in indexes:
                conn.execute(sql)
            conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = {cache}")


def _drop_secondary_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the CREATE INDEX indexes of the bulk-loaded tables; returns their SQL."""
    marks = ", ".join(f":t{n}" for n in range(len(REINDEXED_TABLES)))
    found = [(str(name), str(sql)) for name, sql in conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name",
        {f"t{n}": table for n, table in enumerate(REINDEXED_TABLES)})]
    conn.execute("BEGIN IMMEDIATE")
    for name, _ in found:
        conn.execute(f'DROP INDEX "{name}"')
    conn.execute("COMMIT")
    return [sql for _, sql in found]


class BulkLoadConflictError(Exception):
    """Another program wrote to the database during a bulk load."""


@dataclass
class LogPosition:
    """Where the log stands: the change counter, the audit chain's newest seq and the
    tracking and document number counters. A bulk writer keeps it in memory between chunks."""

    versions: int
    audit_seq: int
    tracking: dict[tuple[str, str], int]
    documents: dict[tuple[str, int], int]


@dataclass
class Chunk:
    """Finished rows by table (every column, in `TableShape.names` order), the audit entries
    that report them (chained by `audit.append_many` when written), and the position the log
    reaches once they are written."""

    rows: dict[str, list[tuple[Any, ...]]]
    audit: list[Entry]
    before: LogPosition
    after: LogPosition


class BulkLogWriter:
    """Writes many finished cases at once (executemany in one transaction per chunk).

    Rows carry row versions taken from the change counter, so the per-row triggers stay idle
    and an export after the bulk write still takes every row once."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def shapes(self) -> dict[str, TableShape]:
        return {table: TableShape(self.conn, table) for table in INSERT_ORDER}

    def position(self) -> LogPosition:
        versions = int(self.conn.execute("SELECT value FROM change_counter WHERE id = 1")
                       .fetchone()[0])
        audit_seq, _ = head_entry(self.conn)
        tracking = {(str(r[0]), str(r[1])): int(r[2]) for r in self.conn.execute(
            "SELECT window_id, day, last_seq FROM tracking_counters")}
        documents = {(str(r[0]), int(r[1])): int(r[2]) for r in self.conn.execute(
            "SELECT doc_type, year, last_seq FROM doc_counters")}
        return LogPosition(versions, audit_seq, tracking, documents)

    def write(self, chunk: Chunk) -> None:
        """Insert one chunk's rows, parents first, in the caller's transaction; refused when
        the log moved on since the chunk was built (another program wrote to it). The
        caller then appends the chunk's audit entries (`UnitOfWork.audit_many`)."""
        versions = int(self.conn.execute("SELECT value FROM change_counter WHERE id = 1")
                       .fetchone()[0])
        if versions != chunk.before.versions or head_entry(self.conn)[0] != \
                chunk.before.audit_seq:
            raise BulkLoadConflictError("another program wrote to the database while it was "
                                        "being seeded; close it and seed again")
        for table in INSERT_ORDER:
            batch = chunk.rows.get(table)
            if batch:
                marks = ", ".join("?" for _ in batch[0])
                self.conn.executemany(f"INSERT INTO {table} VALUES ({marks})", batch)
        after = chunk.after
        self.conn.execute("UPDATE change_counter SET value = :value WHERE id = 1",
                          {"value": after.versions})
        self.conn.executemany(
            "INSERT INTO tracking_counters (window_id, day, last_seq) VALUES (?, ?, ?)"
            " ON CONFLICT (window_id, day) DO UPDATE SET last_seq = excluded.last_seq",
            [(*key, seq) for key, seq in after.tracking.items()
             if chunk.before.tracking.get(key) != seq])
        self.conn.executemany(
            "INSERT INTO doc_counters (doc_type, year, last_seq) VALUES (?, ?, ?)"
            " ON CONFLICT (doc_type, year) DO UPDATE SET last_seq = excluded.last_seq",
            [(*key, seq) for key, seq in after.documents.items()
             if chunk.before.documents.get(key) != seq])
