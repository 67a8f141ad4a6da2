"""Backups of the data folder: daily at first start and on exit (30 daily, 12 monthly kept),
on demand, and a restore that checks the copy and keeps the current database aside."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from counterdesk.services.integrity import Verdict, verify_connection
from counterdesk.store import backup_repo
from counterdesk.store.db import DB_FILENAME, StoreError

BACKUP_DIR = "backups"
DAILY_KEEP = 30
MONTHLY_KEEP = 12
SUFFIX = ".sqlite3"
_DB_FILES = (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm")


class BackupError(Exception):
    """A backup or restore refused; `code` says why (the UI words it), the message what to do."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    integrity: str
    verdict: Verdict | None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.verdict is not None and self.verdict.ok

    def problem(self) -> str:
        if self.integrity != "ok":
            return f"the file is damaged or not a CounterDesk database: {self.integrity}"
        return self.verdict.headline() if self.verdict else "the audit log could not be read"


def backups_dir(home: Path) -> Path:
    folder = home / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _make(home: Path, name: str) -> Path:
    """Copy to a partial file, check it, then rename: a backup on disk is always whole."""
    folder = backups_dir(home)
    partial = folder / f".{name}.partial"
    target = folder / name
    try:
        backup_repo.copy_database(home / DB_FILENAME, partial)
        found = backup_repo.integrity(partial)
        if found != "ok":
            raise BackupError("source_damaged", f"the database is damaged ({found}); it was not "
                                                f"backed up: restore the latest good backup")
        partial.chmod(0o600)
        partial.replace(target)
    except StoreError as error:
        raise BackupError("backup_failed", f"the backup failed: {error}") from error
    except OSError as error:
        raise BackupError("backup_failed", f"the backup could not be written to {folder}: "
                                           f"{error.strerror}; free some disk space") from error
    finally:
        partial.unlink(missing_ok=True)
    return target


def daily_backup_if_due(home: Path, today: dt.date) -> Path | None:
    """The first start of a day backs up what the previous day left."""
    if (backups_dir(home) / f"daily-{today.isoformat()}{SUFFIX}").exists():
        return None
    return _daily(home, today)


def exit_backup(home: Path, today: dt.date) -> Path:
    """On exit the day's backup is replaced by the state at closing time."""
    return _daily(home, today)


def _daily(home: Path, today: dt.date) -> Path:
    daily = _make(home, f"daily-{today.isoformat()}{SUFFIX}")
    monthly = backups_dir(home) / f"monthly-{today:%Y-%m}{SUFFIX}"
    if not monthly.exists():
        shutil.copyfile(daily, monthly)
        monthly.chmod(0o600)
    rotate(home)
    return daily


def manual_backup(home: Path, now: dt.datetime, out: Path | None = None) -> Path:
    """`counterdesk backup`: never rotated away; optionally copied to a chosen file."""
    made = _make(home, f"manual-{now:%Y%m%d-%H%M%S}{SUFFIX}")
    if out is None:
        return made
    try:
        shutil.copyfile(made, out)
    except OSError as error:
        raise BackupError("backup_failed", f"cannot write {out}: {error.strerror}") from error
    return out


def rotate(home: Path) -> list[Path]:
    """Keep the newest 30 daily and 12 monthly backups; manual ones are never removed."""
    removed = []
    for prefix, keep in (("daily-", DAILY_KEEP), ("monthly-", MONTHLY_KEEP)):
        found = sorted(backups_dir(home).glob(f"{prefix}*{SUFFIX}"), reverse=True)
        for old in found[keep:]:
            old.unlink()
            removed.append(old)
    return removed


def list_backups(home: Path) -> list[Path]:
    """Every backup, newest first."""
    folder = home / BACKUP_DIR
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)


def check_backup(path: Path) -> BackupCheck:
    """Integrity and the full audit verification, on a read-only connection."""
    found = backup_repo.integrity(path)
    if found != "ok":
        return BackupCheck(path, found, None)
    try:
        conn = backup_repo.open_read_only(path)
    except StoreError as error:
        return BackupCheck(path, str(error), None)
    try:
        return BackupCheck(path, found, verify_connection(conn))
    except Exception as error:  # any unreadable content means "not good", never a crash
        return BackupCheck(path, f"unreadable: {error}", None)
    finally:
        conn.close()


def latest_good_backup(home: Path) -> BackupCheck | None:
    for path in list_backups(home):
        check = check_backup(path)
        if check.ok:
            return check
    return None


def restore(home: Path, backup: Path, now: dt.datetime) -> Path:
    """Replace the database by a checked backup; the current files go to backups/replaced-…
    (returned), so a restore never loses anything either."""
    if not backup.is_file():
        raise BackupError("no_such_file", f"no backup file {backup}")
    check = check_backup(backup)
    if not check.ok:
        raise BackupError("backup_not_intact", f"{backup} was not restored: {check.problem()}")
    aside = backups_dir(home) / f"replaced-{now:%Y%m%d-%H%M%S}"
    try:
        current = home / DB_FILENAME
        if current.exists():
            try:
                backup_repo.checkpoint(current)
            except StoreError:
                pass  # a damaged file is moved aside as it is, write-ahead log included
        aside.mkdir(mode=0o700)
        for name in _DB_FILES:
            if (home / name).exists():
                (home / name).replace(aside / name)
        incoming = home / f".{DB_FILENAME}.restoring"
        shutil.copyfile(backup, incoming)
        incoming.chmod(0o600)
        incoming.replace(current)
    except OSError as error:
        raise BackupError("restore_failed", f"the restore failed ({error.strerror}); the "
                                            f"previous database is in {aside}") from error
    return aside
