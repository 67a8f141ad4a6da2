"""`counterdesk export`: one incremental batch of CSV files (UTF-8 with BOM) and a manifest."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from counterdesk.export.cells import safe_rows
from counterdesk.export.columns import text_columns
from counterdesk.export.manifest import PARTIAL, FileEntry, sha256_of, write_manifest
from counterdesk.services.accounts import Actor, PermissionDenied, Role, require
from counterdesk.services.paths import create_private_file, make_private_folders, sync_folder
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit
from counterdesk.store.db import StoreError
from counterdesk.store.log_repo import EXPORT_TABLES, ExportRepo
from counterdesk.store.settings_repo import SettingsRepo

SOURCE_SETTING = "export_source_id"
# Who asked, in the audit log, when no one signed in.
COMMAND_LINE = "command line"


class ExportError(Exception):
    """The export could not be written; the message says what to do."""


@dataclass(frozen=True)
class ExportResult:
    # None when nothing changed since batch `batch_no`: no folder and no batch were written.
    folder: Path | None
    batch_no: int | None  # None for a period extract, which is not part of the batch series
    rows: dict[str, int]


def source_id(space: Workspace) -> str:
    """The database's own id, so the central merge tells window PCs' batch series apart."""
    known = SettingsRepo(space.db.conn).get(SOURCE_SETTING)
    if known:
        return known
    created = str(uuid.uuid4())
    with space.db.transaction() as conn:
        SettingsRepo(conn).put(SOURCE_SETTING, created)
        audit.append(conn, at=space.now_text(), actor_id=None, action="settings_change",
                     entity="settings", entity_id=SOURCE_SETTING,
                     details={SOURCE_SETTING: created})
    return created


def _write_csv(path: Path, columns: list[str], rows: Iterable[Sequence[object]],
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


def export_batch(space: Workspace, actor: Actor | None, out: Path,
                 date_from: dt.date | None = None,
                 date_to: dt.date | None = None, full_ids: bool = False) -> ExportResult:
    """Without a period: the next batch, every row changed since the previous batch (none
    when nothing changed: `folder` is None and `batch_no` the last batch). With a
    period: a one-off extract of the cases registered in it, outside the batch series (a
    batch limited to a period would leave out changed rows of other periods).

    The files are written into a hidden `.….partial` folder; the batch is recorded (and
    audited) only when every file is on disk, and the folder then takes its name. A run
    that was killed leaves either a partial folder that was never recorded (removed by the
    next run, which writes the same batch again) or a recorded one (renamed by it)."""
    if full_ids:
        # Full resident ID numbers leave the PC only by a supervisor's choice, on record.
        if actor is None:
            raise PermissionDenied(Role.SUPERVISOR.value)
        require(actor, Role.SUPERVISOR)
    actor_id = actor.user_id if actor else None
    period = date_from is not None or date_to is not None
    if period and (date_from or dt.date.min) > (date_to or dt.date.max):
        raise ExportError(f"--from {date_from} is after --to {date_to}; swap the dates")
    source = source_id(space)
    repo = ExportRepo(space.db.conn)
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
        batch_no = None if period else (1 if last is None else int(last["batch_no"]) + 1)
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
            counts[table] = _write_csv(path, columns, rows, text_columns(table, columns))
            files.append(FileEntry(path.name, counts[table], sha256_of(path)))
        repo.end_snapshot()
        at = space.now_text()
        write_manifest(partial, {
            "source_id": source, "batch_no": batch_no, "after_version": after,
            "high_version": high, "created_at": at, "full_ids": full_ids,
            "period_from": date_from.isoformat() if date_from else None,
            "period_to": date_to.isoformat() if date_to else None}, files)
        sync_folder(partial)
        with space.db.transaction() as conn:
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
                                  "by": actor.username if actor else COMMAND_LINE})
    except OSError as error:
        repo.end_snapshot()
        _discard(partial, created)
        raise ExportError(f"cannot write the export to {out}: {error.strerror}; free disk "
                          f"space or choose another folder, then export again") from error
    except (StoreError, ExportError):
        repo.end_snapshot()
        _discard(partial, created)
        raise
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
