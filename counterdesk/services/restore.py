"""Restore a backup: the copy is checked beside the live database (integrity and the whole
audit verification), gets a new lineage in its own audit log, and replaces the live file by
one rename; the database it replaces is kept aside, so a restore never loses anything."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from counterdesk.services.backup import (
    BACKUP_DIR,
    PARTIAL,
    RESTORING,
    BackupError,
    check_backup,
    is_encrypted,
    is_live,
    locked,
    private_copy,
    publish,
)
from counterdesk.services.paths import (
    DATABASE_FILES,
    create_private_file,
    make_private_folders,
    sync_folder,
)
from counterdesk.store import audit, backup_repo
from counterdesk.store.db import (
    DB_FILENAME,
    Connection,
    DatabaseBusyError,
    DatabaseCorruptError,
    StoreError,
)
from counterdesk.store.settings_repo import SettingsRepo

if TYPE_CHECKING:  # the cryptography package loads only when a backup is encrypted
    from counterdesk.services.backup_crypto import OfficeKey


def restore(home: Path, backup: Path, now: dt.datetime, by: str = "program",
            key: OfficeKey | None = None) -> Path:
    """Replace the database by a checked backup; the current files are kept in
    backups/replaced-… (returned), so a restore never loses anything either.

    The data folder is never without a database: the backup is copied beside the live
    file, checked (integrity and the whole audit verification), the restore is recorded
    in the copy's audit log (`by`: "command line", or "program" for the start-up dialog,
    where no one is signed in yet), and only then does one rename replace the live file.
    Any failure before that rename (a full disk, a damaged copy) leaves the live database
    as it was. An encrypted backup (`is_encrypted`) is decrypted with the office `key`
    into that same copy beside the live file; a wrong key or a file altered in any way
    changes nothing."""
    if not backup.is_file():
        raise BackupError("no_such_file", f"no backup file {backup}")
    encrypted = is_encrypted(backup)
    if encrypted and key is None:
        raise BackupError("key_needed", f"{backup} is encrypted: give the office key with "
                                        f"COUNTERDESK_BACKUP_KEY or --key-file")
    if is_live(home, backup):
        raise BackupError("live_database", f"{backup} is the live database itself; choose a "
                                           f"backup file, e.g. in {home / BACKUP_DIR}")
    live = home / DB_FILENAME
    incoming = home / RESTORING
    with locked(home) as folder:
        aside = _unused(folder / f"replaced-{now:%Y%m%d-%H%M%S}")
        kept: Path | None = None
        touched = False
        try:
            if encrypted:
                assert key is not None
                _decrypt_into(backup, incoming, key)
            else:
                create_private_file(incoming).close()
                backup_repo.copy_database(backup, incoming)
            check = check_backup(incoming)
            if not check.ok:
                raise BackupError("backup_not_intact",
                                  f"{backup} was not restored: {check.problem()}")
            anchor = _anchor_or_none(home)
            with backup_repo.writing(incoming) as conn:
                _new_lineage(conn, now, backup, by, aside, anchor)
            kept = _keep_aside(home, aside)
            # A write-ahead log left beside the new file would be replayed into it; its
            # frames are checkpointed or kept aside by now, and the copy aside stays.
            touched, kept = True, None
            _reanchor(home, anchor, incoming, pending=True)
            for name in DATABASE_FILES[1:]:
                (home / name).unlink(missing_ok=True)
            incoming.replace(live)
        except DatabaseCorruptError as error:
            _undo(incoming, kept)
            raise BackupError("backup_not_intact", f"{backup} was not restored: {error}"
                              ) from error
        except StoreError as error:
            _undo(incoming, kept)
            raise BackupError("restore_failed", f"the restore failed ({error}); the database "
                                                f"was not changed") from error
        except OSError as error:
            _undo(incoming, kept)
            raise BackupError("restore_failed", f"the restore failed ({error.strerror}); the "
                                                f"database was not changed"
                              + (f" (a copy is in {aside})" if touched else "")) from error
        except BackupError:
            _undo(incoming, kept)
            raise
        try:
            sync_folder(home)
        except OSError:
            pass  # the rename is done; only its durability across a power cut is not sure
        _reanchor(home, anchor, live)
    return aside


def _decrypt_into(backup: Path, incoming: Path, key: OfficeKey) -> None:
    from counterdesk.services import backup_crypto

    with backup.open("rb") as src, create_private_file(incoming) as dst:
        try:
            backup_crypto.decrypt_stream(src, dst, key)
        except backup_crypto.BackupKeyError as error:
            raise BackupError(error.code, str(error)) from error
        dst.flush()
        os.fsync(dst.fileno())


def _anchor_or_none(home: Path) -> dict[str, object] | None:
    try:
        return audit.read_anchor(home)
    except audit.AnchorError:
        return None  # a damaged record gives no numbers to skip; a new one replaces it


def _new_lineage(conn: Connection, now: dt.datetime, backup: Path, by: str,
                 aside: Path, anchor: dict[str, object] | None) -> None:
    """The restored copy starts a new lineage of the history (the centre takes its batches
    as new, not as repeats of the replaced history's), and its document counters move past
    every number the replaced history issued, so none is issued twice."""
    at = now.isoformat(timespec="seconds")
    previous = audit.setting(conn, audit.LINEAGE_KEY)
    lineage = str(uuid.uuid4())
    SettingsRepo(conn).put(audit.LINEAGE_KEY, lineage)
    audit.append(conn, at=at, actor_id=None, action="settings_change", entity="settings",
                 entity_id=audit.LINEAGE_KEY, details={audit.LINEAGE_KEY: lineage})
    documents = anchor.get("documents") if anchor else None
    skipped = backup_repo.raise_document_counters(
        conn, documents if isinstance(documents, dict) else {})
    replaced = {"seq": anchor.get("seq"), "hash": anchor.get("hash"),
                "lineage": anchor.get("lineage")} if anchor else None
    audit.append(conn, at=at, actor_id=None, action="restore", entity="backup",
                 entity_id=backup.name,
                 details={"by": by, "path": str(backup.resolve()), "kept_aside": str(aside),
                          "previous_lineage": previous, "lineage": lineage,
                          "replaced_head": replaced, "numbers_skipped": skipped})


def _reanchor(home: Path, anchor: dict[str, object] | None, database: Path,
              pending: bool = False) -> None:
    """The head record follows the restored database; its numbers never go down. Written
    once before the rename (still accepting the replaced database, should the restore stop
    there) and once after it."""
    try:
        conn = backup_repo.open_read_only(database)
    except StoreError:
        return
    try:
        body = audit.anchor_from(conn, home, anchor)
        if pending and anchor is not None:
            body["pending_from"] = {key: anchor.get(key) for key in ("seq", "hash", "lineage")}
        audit.write_anchor(home, body)
    except OSError:
        pass  # `audit verify` names the mismatch; the next commit cannot repair it
    finally:
        conn.close()


def _unused(path: Path) -> Path:
    """Two restores within one second each keep their own folder."""
    candidate, number = path, 1
    while os.path.lexists(candidate):
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


def _keep_aside(home: Path, aside: Path) -> Path:
    """The live database files, whole, in `aside`: hard links where the file system has
    them (no extra space, no moment without a live file), copies otherwise."""
    live = home / DB_FILENAME
    if live.exists():
        try:
            finished = backup_repo.checkpoint(live)
        except DatabaseBusyError:
            finished = False
        except StoreError:
            finished = True  # a damaged file is kept as it is, write-ahead log included
        if not finished:
            raise BackupError("database_busy", "another program has the database open; "
                                               "close it, then restore again")
    partial = aside.with_name(f".{aside.name}{PARTIAL}")
    make_private_folders(partial)
    for name in DATABASE_FILES:
        if (home / name).exists():
            try:
                os.link(home / name, partial / name)
            except OSError:
                private_copy(home / name, partial / name)
    publish(partial, aside)
    return aside


def _undo(incoming: Path, kept: Path | None) -> None:
    """Nothing changed: the copy goes; a copy of the live files kept aside is not needed."""
    incoming.unlink(missing_ok=True)
    Path(f"{incoming}-journal").unlink(missing_ok=True)
    if kept is not None:
        shutil.rmtree(kept, ignore_errors=True)
