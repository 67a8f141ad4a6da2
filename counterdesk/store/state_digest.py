"""Digests of the rows behind each audited entity, so an edit outside the program shows."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

ABSENT = "0" * 64
# Bookkeeping columns that triggers may bump after the audited change (export change tracking).
EXCLUDED_COLUMNS = frozenset({"row_version"})
# Columns a later migration added, with the value it gave every earlier row: hashed only when
# a row holds something else, so rows audited before the migration keep their digests (an
# old case would otherwise read as altered outside the program). Clearing such a value
# outside the program still changes the digest.
LATE_COLUMNS: dict[str, dict[str, object]] = {"material_checks": {"detail": ""}}
_MODULUS = 2**256


@dataclass(frozen=True)
class Part:
    """One table of a family: how to select an entity's rows, and all rows with their owner."""

    table: str
    one: str  # rows of one entity (:id)
    every: str  # every row, first column `_owner` (NULL when the owner row is gone)


@dataclass(frozen=True)
class Family:
    """The rows one audit entity stands for. `whole_table` families have a single state."""

    name: str
    root: str  # SQL listing the ids that must each have an audit entry
    parts: tuple[Part, ...]
    whole_table: bool = False


def _child(table: str, key: str, root: str) -> Part:
    return Part(table, f"SELECT * FROM {table} WHERE {key} = :id",
                f"SELECT r.id AS _owner, c.* FROM {table} c LEFT JOIN {root} r ON r.id = c.{key}")


FAMILIES: dict[str, Family] = {family.name: family for family in (
    Family("case", "SELECT id FROM cases", (
        Part("cases", "SELECT * FROM cases WHERE id = :id",
             "SELECT id AS _owner, * FROM cases"),
        _child("submissions", "case_id", "cases"),
        Part("material_checks",
             "SELECT m.* FROM material_checks m JOIN submissions s ON s.id = m.submission_id"
             " WHERE s.case_id = :id",
             "SELECT c.id AS _owner, m.* FROM material_checks m LEFT JOIN submissions s"
             " ON s.id = m.submission_id LEFT JOIN cases c ON c.id = s.case_id"),
        _child("decisions", "case_id", "cases"),
        _child("case_events", "case_id", "cases"),
        _child("reviews", "case_id", "cases"),
        _child("pledges", "case_id", "cases"),
        _child("clock_changes", "case_id", "cases"),
    )),
    Family("document", "SELECT id FROM documents", (
        Part("documents", "SELECT * FROM documents WHERE id = :id",
             "SELECT id AS _owner, * FROM documents"),
        _child("document_prints", "document_id", "documents"),
    )),
    Family("applicant_flag", "SELECT id FROM applicant_flags", (
        Part("applicant_flags", "SELECT * FROM applicant_flags WHERE id = :id",
             "SELECT id AS _owner, * FROM applicant_flags"),
    )),
    Family("user", "SELECT id FROM users", (
        Part("users", "SELECT * FROM users WHERE id = :id", "SELECT id AS _owner, * FROM users"),
        # An account's own desk preferences (0009) are part of the account.
        _child("user_preferences", "user_id", "users"),
    )),
    Family("window", "SELECT id FROM windows", (
        Part("windows", "SELECT * FROM windows WHERE id = :id",
             "SELECT id AS _owner, * FROM windows"),
    )),
    Family("settings", "SELECT '' WHERE EXISTS (SELECT 1 FROM settings WHERE key <> 'audit_head')",
           (Part("settings", "SELECT * FROM settings WHERE key <> 'audit_head'",
                 "SELECT '' AS _owner, * FROM settings WHERE key <> 'audit_head'"),),
           whole_table=True),
    Family("catalog", "SELECT '' WHERE EXISTS (SELECT 1 FROM catalog_items)",
           (Part("catalog_items", "SELECT * FROM catalog_items",
                 "SELECT '' AS _owner, * FROM catalog_items"),), whole_table=True),
    Family("calendar", "SELECT '' WHERE EXISTS (SELECT 1 FROM calendar_overrides)"
                       " OR EXISTS (SELECT 1 FROM calendar_years)", tuple(
        Part(table, f"SELECT * FROM {table}", f"SELECT '' AS _owner, * FROM {table}")
        for table in ("calendar_overrides", "calendar_override_effects", "calendar_years",
                      "calendar_year_days")),
        whole_table=True),
    Family("export", "SELECT '' WHERE EXISTS (SELECT 1 FROM export_batches)",
           (Part("export_batches", "SELECT * FROM export_batches",
                 "SELECT '' AS _owner, * FROM export_batches"),), whole_table=True),
)}
# Entities whose rows belong to another family's entity: (family, SQL giving that entity's id).
ALIASES = {"review": ("case", "SELECT case_id FROM reviews WHERE id = :id")}


def row_hash(table: str, columns: list[str], row: tuple[object, ...]) -> int:
    late = LATE_COLUMNS.get(table, {})
    values = sorted((name, value.hex() if isinstance(value, bytes) else value)
                    for name, value in zip(columns, row, strict=True)
                    if name not in EXCLUDED_COLUMNS
                    and (name not in late or value != late[name]))
    text = table + "\x1f" + json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest(), "big")


def digest_hex(total: int) -> str:
    return f"{total % _MODULUS:064x}"


def resolve(conn: sqlite3.Connection, entity: str, entity_id: str,
            details: Mapping[str, object]) -> list[tuple[str, str]]:
    """The (family, id) pairs whose state an audit entry records: its own entity, and each
    case an entry about several cases lists under details["cases"]."""
    found: list[tuple[str, str]] = []
    if entity in ALIASES:
        family, sql = ALIASES[entity]
        row = conn.execute(sql, {"id": entity_id}).fetchone()
        if row:
            found.append((family, str(row[0])))
    elif entity in FAMILIES and available(conn, entity):
        found.append((entity, "" if FAMILIES[entity].whole_table else entity_id))
    listed = details.get("cases")
    if isinstance(listed, list | tuple):
        found.extend(("case", str(case_id)) for case_id in listed
                     if ("case", str(case_id)) not in found)
    return found


def available(conn: sqlite3.Connection, family: str) -> bool:
    """A family whose tables exist in this database (older schemas lack later tables)."""
    tables = [part.table for part in FAMILIES[family].parts]
    marks = ", ".join(f":t{i}" for i in range(len(tables)))
    row = conn.execute(f"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                       f" AND name IN ({marks})",
                       {f"t{i}": table for i, table in enumerate(tables)}).fetchone()
    return int(row[0]) == len(tables)


def digest(conn: sqlite3.Connection, family: str, entity_id: str) -> str:
    """The digest of one entity's rows now: an order-free sum of row hashes (no rows: ABSENT)."""
    total = 0
    for part in FAMILIES[family].parts:
        cursor = conn.execute(part.one, {"id": entity_id})
        columns = [d[0] for d in cursor.description]
        for row in cursor:
            total += row_hash(part.table, columns, tuple(row))
    return digest_hex(total)


@dataclass(frozen=True)
class Orphan:
    table: str
    count: int


def every_digest(conn: sqlite3.Connection, family: str
                 ) -> tuple[dict[str, str], set[str], list[Orphan]]:
    """All entities' digests in one pass per table (verification of a big log), the ids that
    must be audited, and rows whose owner row is gone."""
    spec = FAMILIES[family]
    totals: dict[str, int] = {}
    orphans: list[Orphan] = []
    for part in spec.parts:
        cursor = conn.execute(part.every)
        columns = [d[0] for d in cursor.description][1:]
        lost = 0
        for row in _rows(cursor):
            owner = row[0]
            if owner is None:
                lost += 1
                continue
            key = str(owner)
            totals[key] = totals.get(key, 0) + row_hash(part.table, columns, tuple(row[1:]))
        if lost:
            orphans.append(Orphan(part.table, lost))
    roots = {str(row[0]) for row in conn.execute(spec.root)}
    return {key: digest_hex(total) for key, total in totals.items()}, roots, orphans


def _rows(cursor: sqlite3.Cursor) -> Iterator[tuple[object, ...]]:
    while batch := cursor.fetchmany(5000):
        yield from batch


def counter_problems(conn: sqlite3.Connection) -> list[str]:
    """Counters must match what they counted: a lowered counter would reuse a number, a
    raised one would skip numbers; a gap in the documents means one was deleted."""
    problems = []
    for doc_type, year, last_seq, count, highest in conn.execute(
            "SELECT c.doc_type, c.year, c.last_seq, COUNT(d.id), COALESCE(MAX(d.seq), 0)"
            " FROM doc_counters c LEFT JOIN documents d ON d.doc_type = c.doc_type"
            " AND d.year = c.year GROUP BY c.doc_type, c.year"):
        if last_seq != highest or count != highest:
            problems.append(f"document numbers {doc_type} {year}: counter at {last_seq}, "
                            f"{count} document(s) numbered up to {highest}")
    for doc_type, year in conn.execute(
            "SELECT DISTINCT d.doc_type, d.year FROM documents d LEFT JOIN doc_counters c"
            " ON c.doc_type = d.doc_type AND c.year = d.year WHERE c.doc_type IS NULL"):
        problems.append(f"document numbers {doc_type} {year}: the counter row is missing")
    counted = {(str(window_id), str(day)): int(count) for window_id, day, count in conn.execute(
        "SELECT window_id, replace(substr(registered_at, 1, 10), '-', ''), COUNT(*)"
        " FROM cases GROUP BY 1, 2")}
    counters = {(str(window_id), str(day)): int(last_seq) for window_id, day, last_seq
                in conn.execute("SELECT window_id, day, last_seq FROM tracking_counters")}
    for key in sorted(counted.keys() | counters.keys()):
        if counted.get(key, 0) != counters.get(key, 0):
            problems.append(f"tracking numbers {key[0]} {key[1]}: counter at "
                            f"{counters.get(key, 0)}, {counted.get(key, 0)} case(s)")
    return problems
