"""The retention rule's SQL: find finished cases closed before a day, and empty their personal
fields in every table that holds them (what is emptied is decided in domain/retention.py)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence

from counterdesk.domain.retention import (
    EVENT_KEYS,
    FINISHED,
    PERSONAL_COLUMNS,
    PERSONAL_KEYS,
    scrub,
)

# Ids per statement: well under SQLite's limit of bound parameters.
_BATCH = 500


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}


def _table_exists(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :t",
                        {"t": table}).fetchone() is not None


def _personal(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    """The personal columns this database's `table` has, with their anonymised values."""
    present = _columns(conn, table)
    return {column: value for column, value in PERSONAL_COLUMNS[table].items()
            if column in present}


def due_cases(conn: sqlite3.Connection, before: str) -> list[str]:
    """Ids of the finished cases closed before the day `before` (YYYY-MM-DD) that still
    hold personal data in the case row (anonymised ones are not counted again)."""
    personal = _personal(conn, "cases")
    params: dict[str, object] = {"before": before,
                                 **{f"s{i}": status for i, status in enumerate(FINISHED)}}
    differs = []
    for number, (column, value) in enumerate(personal.items()):
        params[f"v{number}"] = value
        differs.append(f"{column} <> :v{number}")
    statuses = ", ".join(f":s{i}" for i in range(len(FINISHED)))
    return [str(row[0]) for row in conn.execute(
        f"SELECT id FROM cases WHERE status IN ({statuses}) AND closed_at IS NOT NULL"
        f" AND substr(closed_at, 1, 10) < :before AND ({' OR '.join(differs)})"
        f" ORDER BY closed_at, id", params)]


def _batches(ids: Sequence[str]) -> Iterator[tuple[str, dict[str, object]]]:
    for start in range(0, len(ids), _BATCH):
        part = ids[start:start + _BATCH]
        yield ", ".join(f":id{i}" for i in range(len(part))), \
            {f"id{i}": case_id for i, case_id in enumerate(part)}


def _set(conn: sqlite3.Connection, table: str, where: str, params: dict[str, object]) -> None:
    personal = _personal(conn, table) if table in PERSONAL_COLUMNS else {}
    if not personal:
        return
    values = {f"p{i}": value for i, value in enumerate(personal.values())}
    assignments = ", ".join(f"{column} = :p{i}" for i, column in enumerate(personal))
    conn.execute(f"UPDATE {table} SET {assignments} WHERE {where}", {**params, **values})


def _scrub_json(conn: sqlite3.Connection, table: str, column: str, where: str,
                params: dict[str, object], keys: frozenset[str]) -> list[str]:
    """Rewrite the JSON of `column` without its personal text; ids of every row seen."""
    seen = []
    for row_id, text in conn.execute(f"SELECT id, {column} FROM {table} WHERE {where}",
                                     params).fetchall():
        seen.append(str(row_id))
        try:
            value = json.loads(text)
        except (TypeError, ValueError):
            continue  # not JSON: nothing this rule knows how to keep; left as it is
        cleaned = scrub(value, keys)
        if cleaned != value:
            conn.execute(f"UPDATE {table} SET {column} = :v WHERE id = :id",
                         {"v": json.dumps(cleaned, ensure_ascii=False), "id": row_id})
    return seen


def erase_freed_content(conn: sqlite3.Connection, on: bool) -> None:
    """While on, SQLite overwrites what it frees with zeros: the old names do not linger
    in free pages of the file (set outside a transaction)."""
    conn.execute(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


def fold_log(conn: sqlite3.Connection) -> None:
    """Copy the write-ahead log into the file and empty it: the pages holding the old
    values are overwritten in the file, and the log no longer keeps them either."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error:
        pass  # a reader holds the log; SQLite folds it at its next checkpoint


def anonymise(conn: sqlite3.Connection, case_ids: Sequence[str]) -> list[str]:
    """Empty the personal fields of these cases and of everything under them (submissions,
    material checks, decisions, events, reviews, documents), inside the caller's
    transaction; returns the ids of the cases' documents (their bodies were rewritten)."""
    documents: list[str] = []
    terms = _table_exists(conn, "case_name_terms")
    for marks, params in _batches(case_ids):
        if terms:  # the name search index must not keep pieces of the old names
            conn.execute(f"DELETE FROM case_name_terms WHERE case_rowid IN"
                         f" (SELECT rowid FROM cases WHERE id IN ({marks}))", params)
        _set(conn, "cases", f"id IN ({marks})", params)
        _set(conn, "submissions", f"case_id IN ({marks})", params)
        _set(conn, "material_checks", f"submission_id IN (SELECT id FROM submissions"
                                      f" WHERE case_id IN ({marks}))", params)
        _set(conn, "decisions", f"case_id IN ({marks})", params)
        _set(conn, "reviews", f"case_id IN ({marks})", params)
        for table in ("pledges", "clock_changes"):
            if _table_exists(conn, table):
                _set(conn, table, f"case_id IN ({marks})", params)
        _scrub_json(conn, "case_events", "details", f"case_id IN ({marks})", params,
                    EVENT_KEYS)
        documents += _scrub_json(conn, "documents", "body", f"case_id IN ({marks})", params,
                                 PERSONAL_KEYS)
    return documents
