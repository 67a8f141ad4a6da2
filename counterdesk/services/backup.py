"""Backups of the data folder: daily at first start and on exit (30 daily, 12 monthly kept),
on demand, each checked; the restore of one is services/restore.py."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from counterdesk.services.instance_lock import AlreadyRunningError, InstanceLock
from counterdesk.services.integrity import IntegrityReport, verify_connection
from counterdesk.services.paths import (
    DATABASE_FILES,
    create_private_file,
    make_private_folders,
    sync_folder,
)
from counterdesk.store import backup_repo
from counterdesk.store.db import (
    DB_FILENAME,
    StoreError,
    open_database,
)
from counterdesk.store.settings_repo import SettingsRepo
from counterdesk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:  # the cryptography package loads only when a backup is encrypted
    from counterdesk.services.backup_crypto import OfficeKey

BACKUP_DIR = "backups"
DAILY_KEEP = 30
MONTHLY_KEEP = 12
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
ENCRYPTION_REQUIRED_KEY = "backup_encryption_required"
ENCRYPTED_SUFFIX = ".enc"  # a name for people; an encrypted backup is known by its header
RESTORING = f".{DB_FILENAME}.restoring"
# A backup of a big database takes a while; another one waits for it rather than failing.
LOCK_WAIT_SECONDS = 60.0


class BackupError(Exception):
    """A backup or restore refused; `code` says why (the UI words it), the message what to do."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    integrity: str
    verdict: IntegrityReport | None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.verdict is not None and self.verdict.ok

    def problem(self) -> str:
        if self.integrity != "ok":
            return f"the file is damaged or not a CounterDesk database: {self.integrity}"
        return self.verdict.headline() if self.verdict else "the audit log could not be read"


def backups_dir(home: Path) -> Path:
    folder = home / BACKUP_DIR
    make_private_folders(folder)
    return folder


@contextmanager
def locked(home: Path) -> Iterator[Path]:
    """One writer of backups per data folder at a time (the program's exit backup and a
    scheduled `counterdesk backup` may meet). Whoever holds the lock knows that any
    `.partial` leftover is from a run that was killed, and removes it."""
    folder = backups_dir(home)
    lock = InstanceLock(folder)
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            lock.acquire()
            break
        except AlreadyRunningError:
            if time.monotonic() > deadline:
                raise BackupError("backup_busy", f"another backup is being written into "
                                                 f"{folder}; try again when it has finished"
                                  ) from None
            time.sleep(0.1)
    try:
        _remove_leftovers(home, folder)
        yield folder
    finally:
        lock.release()


def _remove_leftovers(home: Path, folder: Path) -> None:
    """What an interrupted backup or restore left: half-written copies, never a whole one."""
    for path in [*folder.glob(f".*{PARTIAL}*"), *home.glob(f"{RESTORING}*")]:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def private_copy(source: Path, target: Path) -> None:
    """A byte copy readable by its owner only from its first byte, synced to disk."""
    with source.open("rb") as src, create_private_file(target) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def publish(partial: Path, target: Path) -> None:
    partial.replace(target)
    sync_folder(target.parent)


def _make(home: Path, folder: Path, name: str) -> Path:
    """Copy to a partial file, check it, then rename: a backup on disk is always whole."""
    partial = folder / f".{name}{PARTIAL}"
    target = folder / name
    try:
        create_private_file(partial).close()
        backup_repo.copy_database(home / DB_FILENAME, partial)
        found = backup_repo.integrity(partial)
        if found != "ok":
            raise BackupError("source_damaged", f"the database is damaged ({found}); it was not "
                                                f"backed up: restore the latest good backup")
        publish(partial, target)
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
    with locked(home) as folder:
        if (folder / f"daily-{today.isoformat()}{SUFFIX}").exists():
            return None
        return _daily(home, folder, today)


def exit_backup(home: Path, today: dt.date) -> Path:
    """On exit the day's backup is replaced by the state at closing time."""
    with locked(home) as folder:
        return _daily(home, folder, today)


def _daily(home: Path, folder: Path, today: dt.date) -> Path:
    daily = _make(home, folder, f"daily-{today.isoformat()}{SUFFIX}")
    monthly = folder / f"monthly-{today:%Y-%m}{SUFFIX}"
    if not monthly.exists():
        partial = folder / f".{monthly.name}{PARTIAL}"
        try:
            private_copy(daily, partial)
            publish(partial, monthly)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise BackupError("backup_failed", f"the monthly backup could not be written to "
                                               f"{folder}: {error.strerror}; free some disk "
                                               f"space") from error
    _rotate(folder)
    return daily


def manual_backup(home: Path, now: dt.datetime, out: Path | None = None,
                  by: str = "command line", key: OfficeKey | None = None) -> Path:
    """`counterdesk backup`: never rotated away; optionally copied to a chosen file (or into
    a chosen folder), encrypted with the office `key` when one is given. A copy that leaves
    the backups folder is recorded in the audit log, saying who made it (`by`), where it
    went and whether it is encrypted."""
    if key is not None and out is None:
        raise BackupError("encrypt_needs_out", "only a copy written with --out is encrypted; "
                                               "name the file or folder with --out")
    if out is not None and key is None and not _inside(home, out) \
            and _encryption_required(home):
        raise BackupError("encryption_required", "the office requires backups copied out of "
                                                 "the data folder to be encrypted: add "
                                                 "--encrypt (or --key-file FILE)")
    with locked(home) as folder:
        made = _make(home, folder, f"manual-{now:%Y%m%d-%H%M%S}{SUFFIX}")
        if out is None:
            return made
        name = made.name + (ENCRYPTED_SUFFIX if key is not None else "")
        target = out / name if out.is_dir() else out
        _check_copy_target(home, target)
        partial = target.parent / f".{target.name}{PARTIAL}"
        try:
            partial.unlink(missing_ok=True)  # left by a copy that was interrupted
            if key is None:
                private_copy(made, partial)
            else:
                _encrypted_copy(made, partial, key)
            db = open_database(home)
            try:
                with UnitOfWork(db) as uow:
                    uow.audit(at=now.isoformat(timespec="seconds"), actor_id=None,
                              action="backup_copy", entity="backup", entity_id=made.name,
                              details={"by": by, "path": str(target.resolve()),
                                       **({"encrypted": True} if key else {})})
                    uow.commit()
            finally:
                db.close()
            publish(partial, target)
        except OSError as error:
            raise BackupError("backup_failed", f"cannot write {target}: {error.strerror}; "
                                               f"nothing was written there") from error
        except StoreError as error:
            raise BackupError("backup_failed", f"the copy to {target} was not made: {error}"
                              ) from error
        finally:
            partial.unlink(missing_ok=True)
    return target


def _inside(home: Path, out: Path) -> bool:
    return out.resolve().is_relative_to(home.resolve())


def _encryption_required(home: Path) -> bool:
    """The office setting `backup_encryption_required` (services/office.py)."""
    db = open_database(home)
    try:
        return SettingsRepo(db.conn).get(ENCRYPTION_REQUIRED_KEY) == "1"
    finally:
        db.close()


def _encrypted_copy(source: Path, target: Path, key: OfficeKey) -> None:
    """The backup sealed with the office key, readable by its owner only from its first
    byte, synced, then read back once: a copy that does not open is never published."""
    from counterdesk.services import backup_crypto

    with source.open("rb") as src, create_private_file(target) as dst:
        backup_crypto.encrypt_stream(src, dst, key)
        dst.flush()
        os.fsync(dst.fileno())
    try:
        with target.open("rb") as sealed:
            backup_crypto.decrypt_stream(sealed, _Discard(), key)
    except backup_crypto.BackupKeyError as error:
        raise BackupError("backup_failed", f"the encrypted copy {target} does not read back "
                                           f"({error}); nothing was written") from error


class _Discard:
    """A sink for the read-back check."""

    def write(self, data: bytes) -> int:
        return len(data)


def _check_copy_target(home: Path, target: Path) -> None:
    if not target.parent.is_dir():
        raise BackupError("no_such_folder", f"no folder {target.parent} to write the backup "
                                            f"into; create it first")
    if is_live(home, target):
        raise BackupError("live_database", f"{target} is the live database; choose another "
                                           f"file for the copy")


def is_live(home: Path, path: Path) -> bool:
    """`path` names one of the data folder's live database files (by any route)."""
    for name in DATABASE_FILES:
        live = home / name
        if path.resolve() == live.resolve():
            return True
        if live.exists() and path.exists() and os.path.samefile(path, live):
            return True
    return False


def rotate(home: Path) -> list[Path]:
    """Keep the newest 30 daily and 12 monthly backups; manual ones are never removed."""
    with locked(home) as folder:
        return _rotate(folder)


def _rotate(folder: Path) -> list[Path]:
    removed = []
    for prefix, keep in (("daily-", DAILY_KEEP), ("monthly-", MONTHLY_KEEP)):
        found = sorted(folder.glob(f"{prefix}*{SUFFIX}"), reverse=True)
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


def is_encrypted(path: Path) -> bool:
    """A backup sealed with an office key (recognised by its header, not its name)."""
    from counterdesk.services import backup_crypto

    return backup_crypto.is_encrypted(path)
