"""Open the case database: WAL, foreign keys, numbered migrations, transactions that roll back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

DB_FILENAME = "counterdesk.sqlite3"

Connection = sqlite3.Connection
"""The connection type services pass between repositories inside one transaction."""
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The database could not do what was asked; the message says what to do."""


class DatabaseBusyError(StoreError):
    """Another program holds the database lock."""


class DiskFullError(StoreError):
    """The disk is full; nothing of the write was kept."""


class DatabaseCorruptError(StoreError):
    """The file is not a readable CounterDesk database."""


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) of every migration, in order."""
    found = []
    for entry in resources.files("counterdesk.store.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [number for number, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise StoreError(f"migrations are not numbered 1..n without gaps: {numbers}")
    return found


LATEST_VERSION = len(migrations())


def translate_error(error: sqlite3.Error) -> StoreError:
    """Turn SQLite's errors into ones a clerk can act on."""
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError("the disk is full: nothing of this write was saved; "
                             "free some disk space and save again")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return DatabaseBusyError("the database is locked by another program; "
                                 "wait a moment and try again")
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "not a database" in text \
            or "malformed" in text:
        return DatabaseCorruptError(f"the database file is damaged or unreadable ({error}); "
                                    f"restore the latest backup")
    return StoreError(str(error))


class Database:
    """One connection to the case database; writes go through `transaction()`."""

    def __init__(self, path: Path | str, migrate_to: int | None = None):
        self.path = Path(path) if str(path) != ":memory:" else path
        # Run after each successful commit (the audit head record beside the database).
        self.after_commit: list[Callable[[sqlite3.Connection], None]] = []
        try:
            self.conn = sqlite3.connect(str(path), isolation_level=None,
                                        timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a decision the clerk saw as saved survives a power cut.
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.migrate(LATEST_VERSION if migrate_to is None else migrate_to)
        except sqlite3.Error as error:
            raise translate_error(error) from error

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int) -> None:
        current = self.version
        if current > LATEST_VERSION:
            raise StoreError(f"the database is from a newer CounterDesk (schema {current}); "
                             f"install that version or newer")
        for number, _name, sql in migrations():
            if current < number <= target:
                self._apply(number, sql)

    def _apply(self, number: int, sql: str) -> None:
        # executescript commits implicitly, so the whole migration runs as one script
        # inside its own BEGIN/COMMIT, with user_version bumped in the same transaction.
        script = f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;"
        try:
            self.conn.executescript(script)
        except sqlite3.Error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def begin(self) -> None:
        """Start a write transaction (IMMEDIATE: the write lock is taken now)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise translate_error(error) from error

    def commit(self) -> None:
        """Commit the open transaction, then run the after-commit hooks once."""
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise translate_error(error) from error
        for hook in self.after_commit:
            hook(self.conn)

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that commits when the block finishes without error (the
        services use `store.unit_of_work.UnitOfWork`, which commits only when told)."""
        self.begin()
        try:
            yield self.conn
        except BaseException as error:
            self.rollback()
            if isinstance(error, sqlite3.Error):
                raise translate_error(error) from error
            raise
        self.commit()

    def query(self, sql: str, params: dict[str, object] | None = None) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params or {}).fetchall()
        except sqlite3.Error as error:
            raise translate_error(error) from error

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self.conn.close()


def open_database(home: Path) -> Database:
    from counterdesk.store.audit import AnchorKeeper

    database = Database(home / DB_FILENAME)
    database.after_commit.append(AnchorKeeper(home))
    return database
