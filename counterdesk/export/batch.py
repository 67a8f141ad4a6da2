"""`counterdesk export`: one incremental batch of CSV files (UTF-8 with BOM), its data
dictionary and a manifest. Who may export what is the service's to decide
(services/exporting.py); this module is given plain values."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import platform
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from counterdesk.domain.hall_time import in_hall_time
from counterdesk.export.cells import safe_rows
from counterdesk.export.columns import text_columns
from counterdesk.export.dictionary import (
    DICTIONARY_HEADERS,
    DICTIONARY_NAME,
    HEADER_STYLES,
    dictionary_rows,
    header,
)
from counterdesk.export.manifest import PARTIAL, FileEntry, sha256_of, write_manifest
from counterdesk.private_files import create_private_file, make_private_folders, sync_folder
from counterdesk.store import audit
from counterdesk.store.db import Database, StoreError
from counterdesk.store.export_repo import EXPORT_TABLES, ExportRepo
from counterdesk.store.settings_repo import SettingsRepo

SOURCE_SETTING = audit.SOURCE_KEY
# The batch a source id's series starts at: 1, or the next number when a clone got its own id.
SERIES_SETTING = "export_series_start"
IDENTITY_KEYS = (SOURCE_SETTING, audit.LINEAGE_KEY, audit.INSTALL_KEY, SERIES_SETTING)
# Who asked, in the audit log, when no one signed in.
COMMAND_LINE = "command line"


class ExportError(Exception):
    """The export could not be written; the message says what to do."""


@dataclass(frozen=True)
class BatchRequest:
    """What to write, decided by the caller: the period of an extract, whether ID numbers
    go in full (the caller has checked the right to), the header style, and who asked."""

    out: Path
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    full_ids: bool = False
    headers: str = "en"
    actor_id: int | None = None
    actor_name: str = COMMAND_LINE


@dataclass(frozen=True)
class ExportResult:
    # None when nothing changed since batch `batch_no`: no folder and no batch were written.
    folder: Path | None
    batch_no: int | None  # None for a period extract, which is not part of the batch series
    rows: dict[str, int]


def source_id(db: Database, home: Path, now: Callable[[], str]) -> str:
    """The database's own id, so the central merge tells window PCs' batch series apart."""
    return identity(db, home, now)[SOURCE_SETTING]


def identity(db: Database, home: Path, now: Callable[[], str]) -> dict[str, str]:
    """The source id, lineage, install id and the batch its series starts at, created when
    missing. A database that is not this data folder's (its install id differs from the head
    record's) or a data folder copied to another PC or place (the record names another host
    or folder) is a clone: it gets its own source id, so two PCs never share one series."""
    settings = SettingsRepo(db.conn)
    try:
        anchor = audit.read_anchor(home)
    except audit.AnchorError as error:
        raise ExportError(str(error)) from error
    known = {key: settings.get(key) for key in IDENTITY_KEYS}
    cloned = anchor is not None and known[audit.INSTALL_KEY] != "" and (
        anchor.get("install_id") not in ("", None, known[audit.INSTALL_KEY])
        or anchor.get("host") != platform.node()
        or anchor.get("folder") != str(home.resolve()))
    wanted = dict(known)
    if cloned:
        wanted = {key: "" for key in IDENTITY_KEYS}
    elif anchor is not None:
        # A database from before the first export carries no ids: the folder's are kept (a
        # copy put back by hand stays in its history, where the merge sees it rolled back).
        for key, recorded in ((SOURCE_SETTING, "source_id"), (audit.INSTALL_KEY, "install_id"),
                              (audit.LINEAGE_KEY, "lineage")):
            wanted[key] = wanted[key] or str(anchor.get(recorded) or "")
    for key in (SOURCE_SETTING, audit.LINEAGE_KEY, audit.INSTALL_KEY):
        wanted[key] = wanted[key] or str(uuid.uuid4())
    if not wanted[SERIES_SETTING]:
        last = ExportRepo(db.conn).last_batch()
        wanted[SERIES_SETTING] = "1" if last is None or not cloned else \
            str(_next_batch_no(last, anchor))
    if wanted == known:
        return known
    with db.transaction() as conn:
        repo = SettingsRepo(conn)
        for key in IDENTITY_KEYS:
            if wanted[key] != known[key]:
                repo.put(key, wanted[key])
                audit.append(conn, at=now(), actor_id=None,
                             action="settings_change", entity="settings", entity_id=key,
                             details={key: wanted[key], "cloned": cloned})
    if cloned or anchor is None:
        # The record now belongs to this copy: its host, folder and install id.
        fresh = {"documents": anchor.get("documents"), "highest_batch":
                 anchor.get("highest_batch")} if anchor else None
        try:
            audit.write_anchor(home, audit.anchor_from(db.conn, home, fresh))
        except OSError as error:
            raise ExportError(f"cannot write {home / audit.ANCHOR_FILE} "
                              f"({error.strerror}); free disk space, then export again"
                              ) from error
    return wanted


def _next_batch_no(last: object, anchor: dict[str, object] | None) -> int:
    """After the highest batch this database or the head record knows: a restored (older)
    database never numbers a batch again that was already exported."""
    in_database = 0 if last is None else int(last["batch_no"])  # type: ignore[index]
    recorded = anchor.get("highest_batch") if anchor else None
    return max(in_database, recorded if isinstance(recorded, int) else 0) + 1


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]],
               text_at: Sequence[int]) -> int:
    """One table's file, readable by its owner only (it may hold full ID numbers), synced
    to disk before the batch is recorded."""
    count = 0

    def counted() -> Iterator[Sequence[object]]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    with create_private_file(path) as raw:
        # The BOM once by hand: Python's utf-8-sig codec is pure Python and per write call.
        raw.write(codecs.BOM_UTF8)
        with io.TextIOWrapper(raw, encoding="utf-8", newline="",
                              write_through=False) as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(safe_rows(counted(), text_at))
            handle.flush()
            os.fsync(raw.fileno())
    return count


def write_batch(db: Database, home: Path, now: Callable[[], str],
                request: BatchRequest) -> ExportResult:
    """Without a period: the next batch, every row changed since the previous batch (none
    when nothing changed: `folder` is None and `batch_no` the last batch). With a
    period: a one-off extract of the cases registered in it, outside the batch series (a
    batch limited to a period would leave out changed rows of other periods).

    The files are written into a hidden `.….partial` folder; the batch is recorded (and
    audited) only when every file is on disk, and the folder then takes its name. A run
    that was killed leaves either a partial folder that was never recorded (removed by the
    next run, which writes the same batch again) or a recorded one (renamed by it)."""
    out, date_from, date_to = request.out, request.date_from, request.date_to
    full_ids, actor_id = request.full_ids, request.actor_id
    if request.headers not in HEADER_STYLES:
        raise ExportError(f"--headers {request.headers}: choose one of "
                          f"{', '.join(HEADER_STYLES)}")
    period = date_from is not None or date_to is not None
    if period and (date_from or dt.date.min) > (date_to or dt.date.max):
        raise ExportError(f"--from {date_from} is after --to {date_to}; swap the dates")
    ids = identity(db, home, now)
    source = ids[SOURCE_SETTING]
    try:
        anchor = audit.read_anchor(home)
    except audit.AnchorError as error:
        raise ExportError(str(error)) from error
    repo = ExportRepo(db.conn)
    created: list[Path] = []
    partial: Path | None = None
    try:
        _recover(repo, out, source)
        repo.begin_snapshot()
        high = repo.high_version()
        last = repo.last_batch()
        after = 0 if period or last is None else int(last["high_version"])
        if not period and last is not None and high == after:
            # An empty batch would only lengthen the series the merge checks for gaps; the
            # numbers advance only when a batch is written, so skipping one leaves no gap.
            repo.end_snapshot()
            return ExportResult(None, int(last["batch_no"]), {})
        batch_no = None if period else _next_batch_no(last, anchor)
        head_seq, head_hash = audit.head_entry(db.conn)
        # Where the previous batch stood, as this chain has it: the centre compares it with
        # that batch's head, so a chain rebuilt after it (even a longer one) is caught.
        prior_seq = int(anchor.get("export_seq") or 0) if anchor else 0
        prior_hash = audit.hash_at(db.conn, prior_seq) if prior_seq else None
        name = (f"batch-{batch_no:06d}" if batch_no is not None else
                f"extract-{date_from or 'start'}-{date_to or 'end'}")
        folder = out.absolute() / f"{source[:8]}-{name}"
        if folder.exists():
            raise ExportError(f"{folder} already exists; choose an empty output folder")
        created = make_private_folders(out)
        partial = folder.with_name(f".{folder.name}{PARTIAL}")
        make_private_folders(partial)
        params: dict[str, object] = {"after": after, "high": high}
        if period:
            params["date_from"] = (date_from or dt.date.min).isoformat()
            params["date_to_end"] = (date_to or dt.date.max).isoformat() + "T99"
        counts: dict[str, int] = {}
        files = []
        for table in EXPORT_TABLES:
            columns, rows = repo.rows(table, params, masked=not full_ids)
            path = partial / f"{table}.csv"
            counts[table] = _write_csv(path, header(table, columns, request.headers), rows,
                                       text_columns(table, columns))
            files.append(FileEntry(path.name, counts[table], sha256_of(path)))
        repo.end_snapshot()
        path = partial / DICTIONARY_NAME
        described = _write_csv(path, DICTIONARY_HEADERS[request.headers], dictionary_rows(),
                               range(len(DICTIONARY_HEADERS["en"])))
        files.append(FileEntry(path.name, described, sha256_of(path)))
        at = now()
        write_manifest(partial, {
            "source_id": source, "batch_no": batch_no, "after_version": after,
            "high_version": high, "created_at": in_hall_time(at), "full_ids": full_ids,
            "headers": request.headers, "dictionary": DICTIONARY_NAME,
            "tables": list(EXPORT_TABLES),
            "period_from": date_from.isoformat() if date_from else None,
            "period_to": date_to.isoformat() if date_to else None,
            "lineage": ids[audit.LINEAGE_KEY], "series_start": int(ids[SERIES_SETTING]),
            "audit_head": {"seq": head_seq, "hash": head_hash},
            "audit_prior": {"seq": prior_seq, "hash": prior_hash or audit.GENESIS}
            if batch_no is not None and prior_seq else None}, files)
        sync_folder(partial)
        with db.transaction() as conn:
            if batch_no is not None:
                ExportRepo(conn).record_batch({
                    "batch_no": batch_no, "source_id": source, "after_version": after,
                    "high_version": high, "created_at": at, "actor_id": actor_id,
                    "full_ids": int(full_ids), "row_count": sum(counts.values()),
                    "folder": str(folder)})
            audit.append(conn, at=at, actor_id=actor_id,
                         action="export_full_ids" if full_ids else "export",
                         entity="export", entity_id=folder.name,
                         details={"batch_no": batch_no, "rows": counts,
                                  "full_ids": full_ids, "path": str(folder),
                                  "by": request.actor_name})
    except OSError as error:
        repo.end_snapshot()
        _discard(partial, created)
        raise ExportError(f"cannot write the export to {out}: {error.strerror}; free disk "
                          f"space or choose another folder, then export again") from error
    except (StoreError, ExportError):
        repo.end_snapshot()
        _discard(partial, created)
        raise
    if batch_no is not None:
        _note_export_head(db, home, head_seq)
    try:
        partial.rename(folder)
    except OSError as error:
        then = "the next export finishes it" if batch_no is not None else \
            "remove it and run the extract again"
        raise ExportError(f"the export was written but {partial} could not be renamed to "
                          f"{folder.name} ({error.strerror}); {then}") from error
    try:
        sync_folder(folder.parent)
    except OSError:
        pass  # the rename is done; only its durability across a power cut is not sure
    return ExportResult(folder, batch_no, counts)


def _note_export_head(db: Database, home: Path, head_seq: int) -> None:
    """The head record remembers where the newest batch stood (not over a record this
    database does not extend: that is evidence for `audit verify`)."""
    try:
        anchor = audit.read_anchor(home)
        if anchor is None or not audit.extends(db.conn, anchor):
            return
        audit.write_anchor(home, {**audit.anchor_from(db.conn, home, anchor),
                                  "export_seq": head_seq})
    except (audit.AnchorError, OSError):
        return  # the batch is recorded; the next one is then checked against an older one


def _recover(repo: ExportRepo, out: Path, source: str) -> None:
    """Leftovers of an interrupted export: the recorded batch gets its name; a partial
    folder that was never recorded is removed (its rows go into the next batch)."""
    last = repo.last_batch()
    if last is not None:
        final = Path(str(last["folder"]))
        recorded = final.with_name(f".{final.name}{PARTIAL}")
        if recorded.is_dir() and not final.exists():
            recorded.rename(final)
    if out.is_dir():
        for leftover in out.glob(f".{source[:8]}-*{PARTIAL}"):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)


def _discard(partial: Path | None, created: list[Path]) -> None:
    """An unfinished batch is removed, and the folders made for it; the batch series did
    not advance, so the next export covers the same rows again."""
    if partial is not None and partial.exists():
        shutil.rmtree(partial, ignore_errors=True)
    for folder in reversed(created):
        try:
            folder.rmdir()
        except OSError:
            break  # not empty: someone else put something there
