"""`counterdesk merge`: load many windows' export batches into one DuckDB file, each row once."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counterdesk.export.columns import ADDED_TABLES, TABLES, duckdb_columns
from counterdesk.export.dictionary import canonical_names
from counterdesk.export.manifest import (
    MANIFEST_NAME,
    PARTIAL,
    ManifestError,
    audit_head,
    audit_prior,
    read_manifest,
)
from counterdesk.export.warehouse import WarehouseError, connect, is_duckdb_file


class MergeError(Exception):
    """The batches cannot be merged without losing or repeating rows; the message says why."""


@dataclass(frozen=True)
class MergeResult:
    loaded: list[tuple[str, int]]  # (source_id, batch_no) loaded by this run
    skipped: list[tuple[str, int]]  # already in the database
    rows: dict[str, int]  # distinct rows per table after the merge


# DuckDB's read_csv expands these in a path: a folder named so would read other files.
GLOB_CHARACTERS = frozenset("*?[]{}")


def find_batches(paths: Sequence[Path]) -> list[tuple[Path, dict[str, Any]]]:
    """Every export folder under the given paths, each verified against its manifest.
    Hidden folders are skipped: `.….partial` is an export still being written, or one that
    was interrupted."""
    folders: list[Path] = []
    for path in paths:
        if (path / MANIFEST_NAME).is_file():
            if path.name.endswith(PARTIAL):
                raise MergeError(f"{path}: an export that was not finished; export again on "
                                 f"the window PC")
            folders.append(path)
        elif path.is_dir():
            folders.extend(sorted(
                m.parent for m in path.rglob(MANIFEST_NAME)
                if not any(part.startswith(".") for part in m.relative_to(path).parts)))
        else:
            raise MergeError(f"{path}: not an export folder; give the folders `counterdesk "
                             f"export` wrote")
    if not folders:
        raise MergeError("no export folders (with manifest.json) found under "
                         + ", ".join(str(p) for p in paths))
    batches = []
    for folder in folders:
        folder = folder.absolute()
        if GLOB_CHARACTERS & set(str(folder)):
            raise MergeError(f"{folder}: a folder name with any of * ? [ ] {{ }} cannot be "
                             f"read safely; rename the folder, then merge again")
        manifest = read_manifest(folder)
        if manifest.get("batch_no") is None:
            raise MergeError(f"{folder}: a period extract, not a batch; merge only batches "
                             f"(`counterdesk export` without --from/--to)")
        batches.append((folder, manifest))
    return sorted(batches, key=lambda b: (b[1]["source_id"], b[1]["batch_no"]))


def check_out(out: Path) -> None:
    """--out is the hall's DuckDB file, or a new file in an existing folder."""
    if out.exists() or out.is_symlink():
        if not out.is_file() or not is_duckdb_file(out):
            raise MergeError(f"{out}: exists and is not a DuckDB database; give the hall's "
                             f".duckdb file or a new file name (nothing was written)")
    elif not out.parent.is_dir():
        raise MergeError(f"{out.parent}: no such folder; create it or choose another --out "
                         f"(nothing was written)")


def _connect(out: Path) -> Any:
    con = connect(out)
    con.execute("CREATE TABLE IF NOT EXISTS loaded_batches (source_id VARCHAR,"
                " batch_no INTEGER, folder VARCHAR, loaded_at VARCHAR,"
                " PRIMARY KEY (source_id, batch_no))")
    # Where each batch's history stood (older hall files lack these columns).
    for column, kind in (("lineage", "VARCHAR"), ("head_seq", "BIGINT"),
                         ("head_hash", "VARCHAR")):
        con.execute(f"ALTER TABLE loaded_batches ADD COLUMN IF NOT EXISTS {column} {kind}")
    for table in TABLES:
        columns = ", ".join(f"{name} {kind}" for name, kind in duckdb_columns(table).items())
        con.execute(f"CREATE TABLE IF NOT EXISTS raw_{table} ({columns},"
                    f" source_id VARCHAR, batch_no INTEGER)")
        # A hall file made before a column was exported (cases.item_name) gains it.
        for name, kind in duckdb_columns(table).items():
            con.execute(f"ALTER TABLE raw_{table} ADD COLUMN IF NOT EXISTS {name} {kind}")
    return con


def _check_series(con: Any, batches: list[tuple[Path, dict[str, Any]]]) -> None:
    """Each window PC's batches must follow on without a gap, else rows would be missing."""
    known: dict[str, set[int]] = {}
    for source, number in con.execute("SELECT source_id, batch_no FROM loaded_batches"
                                      ).fetchall():
        known.setdefault(source, set()).add(int(number))
    for _folder, manifest in batches:
        known.setdefault(manifest["source_id"], set()).add(int(manifest["batch_no"]))
    # A series starts at 1, or where a cloned PC's new source id began (its manifests say).
    declared: dict[str, int] = {}
    for _folder, manifest in batches:
        source = manifest["source_id"]
        declared[source] = min(declared.get(source, 1 << 62),
                               int(manifest.get("series_start") or 1))
    for source, numbers in known.items():
        expected = set(range(declared.get(source, min(numbers)), max(numbers) + 1))
        if numbers != expected:
            gap = min(expected - numbers)
            raise MergeError(f"batch {gap} of source {source} is missing; add its export "
                             f"folder (batches must be merged without gaps)")


# batch_no, lineage, (head seq, head hash), the previous batch's head as this batch's chain has it
Mark = tuple[int, str, tuple[int, str] | None, tuple[int, str] | None]


def _check_history(con: Any, batches: list[tuple[Path, dict[str, Any]]]) -> None:
    """Each source's batches must follow one history: within a lineage every batch's audit
    chain head extends the previous batch's (a lower entry, or the same entry with another
    hash, is a database cut short, rolled back or rewritten); a restore starts a new lineage
    with the next batch number, and a replaced lineage never comes back (a cloned PC or an
    old copy exporting under the same source id)."""
    marks: dict[str, dict[int, Mark]] = {}
    for source, number, lineage, seq, digest in con.execute(
            "SELECT source_id, batch_no, lineage, head_seq, head_hash FROM loaded_batches"
            ).fetchall():
        head = (int(seq), str(digest)) if seq is not None else None
        marks.setdefault(source, {})[int(number)] = (int(number), lineage or "", head, None)
    for folder, manifest in batches:
        source, number = str(manifest["source_id"]), int(manifest["batch_no"])
        mark = (number, str(manifest.get("lineage") or ""), audit_head(manifest),
                audit_prior(manifest))
        seen = marks.setdefault(source, {}).get(number)
        if seen is not None and seen[1:3] != mark[1:3] and seen[2] is not None:
            raise MergeError(f"{folder}: batch {number} of source {source} was already merged "
                             f"from another history (a cloned PC or a database copied back); "
                             f"nothing was merged: ask the window for `counterdesk audit verify`")
        marks[source][number] = mark
    for source, by_number in marks.items():
        replaced: set[str] = set()
        previous: Mark | None = None
        for mark in (by_number[n] for n in sorted(by_number)):
            if previous is not None and mark[1] != previous[1]:
                if mark[1] in replaced:
                    raise MergeError(f"batch {mark[0]} of source {source} comes from history "
                                     f"{mark[1]}, which a restore had replaced (an old copy or "
                                     f"a cloned PC); nothing was merged")
                replaced.add(previous[1])
            elif previous is not None and mark[2] is not None and previous[2] is not None:
                (seq, digest), (last_seq, last_digest) = mark[2], previous[2]
                prior = mark[3]
                rebuilt = prior is not None and prior[0] == last_seq and prior[1] != last_digest
                if seq < last_seq or (seq == last_seq and digest != last_digest) or rebuilt:
                    raise MergeError(f"batch {mark[0]} of source {source} was exported at audit "
                                     f"entry {seq}, which does not extend batch {previous[0]}'s "
                                     f"entry {last_seq}: the window's history was cut short, "
                                     f"rolled back or rewritten; nothing was merged")
            previous = mark


def merge(paths: Sequence[Path], out: Path) -> MergeResult:
    try:
        batches = find_batches(paths)
    except ManifestError as error:
        raise MergeError(str(error)) from error
    check_out(out)
    created = not out.exists()
    try:
        con = _connect(out)
    except WarehouseError as error:
        raise MergeError(f"{error}; give the hall's .duckdb file or a new file name") from error
    try:
        _check_series(con, batches)
        _check_history(con, batches)
        con.execute("BEGIN TRANSACTION")
        try:
            loaded, skipped = _load_all(con, batches)
            rows = {table: _rebuild(con, table) for table in TABLES}
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    except BaseException:
        con.close()
        if created:  # a file this run began holds nothing worth keeping
            for leftover in (out, Path(f"{out}.wal")):
                leftover.unlink(missing_ok=True)
        raise
    con.close()
    return MergeResult(loaded, skipped, rows)


def _load_all(con: Any, batches: list[tuple[Path, dict[str, Any]]]
              ) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    loaded, skipped = [], []
    for folder, manifest in batches:
        key = (str(manifest["source_id"]), int(manifest["batch_no"]))
        if con.execute("SELECT 1 FROM loaded_batches WHERE source_id = ? AND batch_no = ?",
                       list(key)).fetchone():
            skipped.append(key)
            continue
        _load_batch(con, folder, manifest)
        head = audit_head(manifest)
        con.execute("INSERT INTO loaded_batches (source_id, batch_no, folder, loaded_at,"
                    " lineage, head_seq, head_hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [*key, str(folder), dt.datetime.now().astimezone().isoformat(),
                     manifest.get("lineage"), head[0] if head else None,
                     head[1] if head else None])
        loaded.append(key)
    return loaded, skipped


def _load_batch(con: Any, folder: Path, manifest: dict[str, Any]) -> None:
    import duckdb

    expected = {entry["name"]: int(entry["rows"]) for entry in manifest["files"]}
    # Batches of this version name their tables; one that lacks a file it names is damaged.
    carried = manifest.get("tables")
    for table in TABLES:
        name = f"{table}.csv"
        if name not in expected and table in ADDED_TABLES and not isinstance(carried, list):
            continue  # a batch of a version before this file: none of its rows
        if name not in expected:
            raise MergeError(f"{folder / name}: missing from the manifest; export again")
        kinds = duckdb_columns(table)
        columns = _file_columns(folder / name, table)
        spec = "{" + ", ".join(f"'{c}': '{kinds[c]}'" for c in columns) + "}"
        listed = ", ".join(columns)
        path = str(folder / name).replace("'", "''")
        before = con.execute(f"SELECT COUNT(*) FROM raw_{table}").fetchone()[0]
        try:
            con.execute(
                f"INSERT INTO raw_{table} ({listed}, source_id, batch_no) SELECT {listed}, ?, ?"
                f" FROM read_csv('{path}', header = true, delim = ',', quote = '\"',"
                f" escape = '\"', columns = {spec})",
                [manifest["source_id"], manifest["batch_no"]])
        except duckdb.Error as error:
            raise MergeError(f"{folder / name}: cannot be read as the {table} table "
                             f"({str(error).splitlines()[0]}); export the batch again") from error
        added = con.execute(f"SELECT COUNT(*) FROM raw_{table}").fetchone()[0] - before
        if added != expected[name]:
            raise MergeError(f"{folder / name}: {added} rows read but the manifest lists "
                             f"{expected[name]}; export the batch again")


def _file_columns(path: Path, table: str) -> list[str]:
    """The file's columns by their English names, in the file's order, from its header row
    in either style (English names, or the data dictionary's Chinese ones). A column the
    file lacks (a batch of an older version) is left empty; one the merge does not know
    stops it."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            first = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise MergeError(f"{path}: its header row cannot be read ({error}); export the batch "
                         f"again") from error
    names = canonical_names(table)
    unknown = [title for title in first if title not in names]
    if unknown or not first:
        raise MergeError(f"{path}: unknown column {unknown[0] if unknown else '(none)'!r:.60} "
                         f"in the header row; merge batches written by `counterdesk export`")
    columns = [names[title] for title in first]
    if len(set(columns)) != len(columns) or "uuid" not in columns:
        raise MergeError(f"{path}: the header row names a column twice or lacks uuid; export "
                         f"the batch again")
    return columns


def _rebuild(con: Any, table: str) -> int:
    """De-duplicate by UUID keeping the latest version: later batches first, then the higher
    row version (a row changed after one batch is exported again in the next)."""
    con.execute(
        f"CREATE OR REPLACE TABLE {table} AS SELECT * EXCLUDE (latest) FROM ("
        f" SELECT *, row_number() OVER (PARTITION BY uuid ORDER BY batch_no DESC,"
        f" row_version DESC) AS latest FROM raw_{table}) WHERE latest = 1")
    return int(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
