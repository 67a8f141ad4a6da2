"""The hash-chained audit log: every state change appends one entry chained to the last,
recording a digest of the rows it changed and moving the chain head kept in settings."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from counterdesk.store import state_digest

GENESIS = "0" * 64
# The newest entry's "seq:hash", written in the same transaction as the entry: deleting the
# newest entries (which leaves a valid but shorter chain) no longer matches it.
HEAD_KEY = "audit_head"
STATE_KEY = "_state"


def canonical_json(payload: dict[str, object]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, seq: int, at: str, actor_id: int | None, action: str,
               entity: str, entity_id: str, details: str) -> str:
    body = canonical_json({"seq": seq, "at": at, "actor": actor_id, "action": action,
                       "entity": entity, "entity_id": entity_id, "details": details})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(conn: sqlite3.Connection, *, at: str, actor_id: int | None, action: str,
           entity: str, entity_id: str, details: dict[str, object] | None = None) -> int:
    """Append an entry inside the caller's transaction, after the rows it reports were
    written; returns its sequence number.

    For an entity with a known family (case, document, user, window, settings, catalog,
    calendar, export; a review counts as its case) the entry also records the digest of the
    entity's rows as they are now, which `counterdesk audit verify` recomputes later; an
    entry about several cases lists their ids under details["cases"] (documents under
    details["documents"]).
    """
    payload = dict(details or {})
    pairs = state_digest.resolve(conn, entity, entity_id, payload)
    # An entry about several documents (a retention purge) lists them under "documents".
    listed = payload.get("documents")
    if isinstance(listed, list):
        pairs += [("document", str(key)) for key in listed if ("document", str(key)) not in pairs]
    states = [{"family": family, "id": key, "digest": state_digest.digest(conn, family, key)}
              for family, key in pairs]
    if states:
        payload[STATE_KEY] = states
    seq, _ = append_many(conn, [(at, actor_id, action, entity, entity_id,
                                 canonical_json(payload))])
    return seq


Entry: TypeAlias = tuple[str, int | None, str, str, str, str]
"""(at, actor_id, action, entity, entity_id, details as canonical JSON) of one new entry."""


def append_many(conn: sqlite3.Connection, entries: list[Entry]) -> tuple[int, str]:
    """The log's one writer: chain the entries after the newest one, insert them and move
    the chain head, in the caller's transaction; returns the new head (seq, hash).

    `append` calls it with one entry whose state digests it worked out; a bulk writer (the
    demo seeder) passes many at once, their details holding the digests it computed."""
    seq, prev = head_entry(conn)
    rows = []
    for at, actor_id, action, entity, entity_id, text in entries:
        seq += 1
        digest = entry_hash(prev, seq, at, actor_id, action, entity, entity_id, text)
        rows.append((seq, at, actor_id, action, entity, entity_id, text, prev, digest))
        prev = digest
    if not rows:
        return seq, prev
    conn.executemany(
        "INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, details,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO settings (key, value) VALUES (:key, :value)"
                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 {"key": HEAD_KEY, "value": f"{seq}:{prev}"})
    return seq, prev


def recorded_states(details: str) -> list[tuple[str, str, str]]:
    """(family, id, digest) of each entity an entry recorded the state of."""
    try:
        states = json.loads(details).get(STATE_KEY)
    except (ValueError, AttributeError):
        return []
    if not isinstance(states, list):
        return []
    return [(str(state.get("family")), str(state.get("id")), str(state.get("digest")))
            for state in states if isinstance(state, dict)]


def head(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = :key",
                       {"key": HEAD_KEY}).fetchone()
    return str(row[0]) if row else None


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    entries: int
    first_broken: int | None = None
    problem: str = ""


def verify_chain(conn: sqlite3.Connection) -> ChainVerdict:
    """Walk the chain from the start; name the first entry that was altered or removed,
    including the newest ones (checked against the chain head)."""
    return _walk(conn, None)


def chain_states(conn: sqlite3.Connection
                 ) -> tuple[ChainVerdict, dict[tuple[str, str], tuple[int, str]]]:
    """The chain verdict and, per (family, id), the newest entry's seq and recorded digest."""
    latest: dict[tuple[str, str], tuple[int, str]] = {}
    return _walk(conn, latest), latest


def _walk(conn: sqlite3.Connection, latest: dict[tuple[str, str], tuple[int, str]] | None
          ) -> ChainVerdict:
    prev, expected_seq, count = GENESIS, 1, 0
    for row in conn.execute("SELECT seq, at, actor_id, action, entity, entity_id, details,"
                            " prev_hash, hash FROM audit_log ORDER BY seq"):
        count += 1
        seq = row[0]
        if seq != expected_seq:
            return ChainVerdict(False, count, expected_seq,
                                f"audit entry {expected_seq} is missing (deleted)")
        if row[7] != prev:
            return ChainVerdict(False, count, seq,
                                f"audit entry {seq} does not chain to entry {seq - 1}")
        if entry_hash(prev, seq, row[1], row[2], row[3], row[4], row[5], row[6]) != row[8]:
            return ChainVerdict(False, count, seq, f"audit entry {seq} was altered")
        if latest is not None:
            for family, key, recorded in recorded_states(row[6]):
                latest[(family, key)] = (seq, recorded)
        prev, expected_seq = row[8], seq + 1
    stored_head = head(conn)
    if count == 0 and stored_head is None:
        return ChainVerdict(True, 0)
    if stored_head != f"{expected_seq - 1}:{prev}":
        recorded_seq = (stored_head or "0:").split(":", 1)[0]
        if stored_head is None:
            problem = "the chain head (settings 'audit_head') was deleted"
        elif recorded_seq.isdigit() and int(recorded_seq) > expected_seq - 1:
            problem = (f"audit entries {expected_seq}..{recorded_seq} were deleted "
                       f"(the chain head names entry {recorded_seq})")
        else:
            problem = "the chain head (settings 'audit_head') does not match the newest entry"
        return ChainVerdict(False, count, expected_seq if stored_head else expected_seq - 1,
                            problem)
    return ChainVerdict(True, count)


# The chain head kept OUTSIDE the database file, beside it in the data folder: a database
# cut short or swapped for an older copy still has a valid chain and a matching head inside,
# but no longer reaches the head written here. It also keeps the highest batch and document
# numbers ever issued, so that a restored database never issues one of them again.
ANCHOR_FILE = "audit-head.json"
ANCHOR_FORMAT = "counterdesk-audit-head/1"
LINEAGE_KEY = "lineage_id"  # regenerated by every restore: a new branch of the history
INSTALL_KEY = "install_id"  # the data folder this database belongs to
SOURCE_KEY = "export_source_id"  # the export series' source id, kept for a restored backup


class AnchorError(Exception):
    """The head record beside the database cannot be read; the message says what to do."""


def head_entry(conn: sqlite3.Connection) -> tuple[int, str]:
    """(seq, hash) of the newest entry; (0, GENESIS) for an empty log."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def hash_at(conn: sqlite3.Connection, seq: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = :seq", {"seq": seq}).fetchone()
    return str(row[0]) if row else None


def issued_numbers(conn: sqlite3.Connection) -> tuple[int, dict[str, int]]:
    """The highest export batch and, per "doc_type/year", the highest document number this
    database has issued."""
    batch = conn.execute("SELECT COALESCE(MAX(batch_no), 0) FROM export_batches").fetchone()
    documents = {f"{row[0]}/{row[1]}": int(row[2]) for row in conn.execute(
        "SELECT doc_type, year, last_seq FROM doc_counters")}
    return int(batch[0]), documents


def setting(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = :key", {"key": key}).fetchone()
    return str(row[0]) if row else ""


def read_anchor(home: Path) -> dict[str, Any] | None:
    """The head record, or None when the folder has none yet."""
    path = home / ANCHOR_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise AnchorError(f"{path} cannot be read ({error.strerror})") from None
    try:
        body = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        body = None
    if not (isinstance(body, dict) and body.get("format") == ANCHOR_FORMAT
            and isinstance(body.get("seq"), int) and isinstance(body.get("hash"), str)):
        raise AnchorError(f"{path} is damaged or not a CounterDesk head record; run "
                          f"`counterdesk audit verify` on a backup you trust")
    return body


def write_anchor(home: Path, body: dict[str, Any]) -> None:
    """Replace the record atomically: a power cut leaves the old one or the new one."""
    path = home / ANCHOR_FILE
    partial = home / f".{ANCHOR_FILE}.partial"
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(json.dumps({**body, "format": ANCHOR_FORMAT}, ensure_ascii=False,
                                sort_keys=True, indent=1).encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    if os.name != "nt":
        folder = os.open(home, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def anchor_from(conn: sqlite3.Connection, home: Path,
                previous: dict[str, Any] | None) -> dict[str, Any]:
    """The record brought up to this database's head; the numbers never go down, and the
    folder's identity (install id, host, folder) is kept from the record it replaces."""
    seq, digest = head_entry(conn)
    batch, documents = issued_numbers(conn)
    before = previous or {}
    known = before.get("documents") if isinstance(before.get("documents"), dict) else {}
    for key, number in known.items():
        if isinstance(number, int):
            documents[key] = max(documents.get(key, 0), number)
    highest_batch = before.get("highest_batch")
    return {
        "seq": seq, "hash": digest, "lineage": setting(conn, LINEAGE_KEY),
        "install_id": before.get("install_id") or setting(conn, INSTALL_KEY),
        "source_id": before.get("source_id") or setting(conn, SOURCE_KEY),
        "host": before.get("host") or platform.node(),
        "folder": before.get("folder") or str(home.resolve()),
        "highest_batch": max(batch, highest_batch if isinstance(highest_batch, int) else 0),
        "export_seq": before.get("export_seq") if isinstance(before.get("export_seq"), int)
        else 0,
        "documents": documents}


def extends(conn: sqlite3.Connection, anchor: dict[str, Any]) -> bool:
    """This database's chain reaches the recorded head, in the recorded lineage (or the
    head a restore that stopped before its rename was replacing)."""
    pending = anchor.get("pending_from")
    if isinstance(pending, dict) and _reaches(conn, pending):
        return True
    return _reaches(conn, anchor)


def _reaches(conn: sqlite3.Connection, anchor: dict[str, Any]) -> bool:
    lineage = anchor.get("lineage") or ""
    if lineage and lineage != setting(conn, LINEAGE_KEY):
        return False
    seq = anchor.get("seq")
    if not isinstance(seq, int) or seq == 0:
        return True
    return hash_at(conn, seq) == anchor.get("hash")


class AnchorKeeper:
    """Called after each commit: rewrites the record when the chain head moved."""

    def __init__(self, home: Path):
        self.home = home
        self.written: tuple[int, str] | None = None

    def __call__(self, conn: sqlite3.Connection) -> None:
        current = head_entry(conn)
        if current == self.written:
            return
        try:
            previous = read_anchor(self.home)
        except AnchorError:
            return  # a damaged record is reported by `audit verify`, not overwritten
        if previous is not None and not extends(conn, previous):
            # Not the history the record follows (`audit verify` reports it), but the numbers
            # it issues still count: a number is never issued twice in this folder.
            _raise_numbers(self.home, conn, previous)
            return
        try:
            write_anchor(self.home, anchor_from(conn, self.home, previous))
        except OSError:
            return  # the write itself is committed; the next commit writes the record again
        self.written = current


def _raise_numbers(home: Path, conn: sqlite3.Connection, previous: dict[str, Any]) -> None:
    """Only the record's highest document numbers move (up) to this database's."""
    _, issued = issued_numbers(conn)
    recorded = previous.get("documents")
    known: dict[str, Any] = recorded if isinstance(recorded, dict) else {}
    higher = {key: number for key, number in issued.items()
              if number > (value if isinstance(value := known.get(key), int) else 0)}
    if not higher:
        return
    try:
        write_anchor(home, {**previous, "documents": {**known, **higher}})
    except OSError:
        return  # the next commit tries again


def document_floor(conn: sqlite3.Connection, doc_type: str, year: int) -> int:
    """The highest number of this type and year the head record beside the database says
    was ever issued in its data folder (0: none, no record, or an in-memory database). A
    database copied over the live one by hand continues after it."""
    row = next((r for r in conn.execute("PRAGMA database_list") if r[1] == "main"), None)
    if row is None or not row[2]:
        return 0
    try:
        anchor = read_anchor(Path(str(row[2])).parent)
    except AnchorError:
        return 0  # `audit verify` reports a damaged record
    documents = (anchor or {}).get("documents")
    number = documents.get(f"{doc_type}/{year}") if isinstance(documents, dict) else None
    return number if isinstance(number, int) and number > 0 else 0


def skipped_numbers(conn: sqlite3.Connection) -> dict[str, int]:
    """Per "doc_type/year", how many document numbers were skipped: by restores (issued in a
    history the restore replaced) and by documents numbered after a database copied over
    the live one (issued in the history it replaced), from the entries' details."""
    skipped: dict[str, int] = {}
    for (details,) in conn.execute("SELECT details FROM audit_log WHERE action = 'restore'"
                                   " OR (action = 'document_number'"
                                   " AND details LIKE '%numbers_skipped%')"):
        try:
            ranges = json.loads(details).get("numbers_skipped") or {}
        except (ValueError, AttributeError):
            continue
        if not isinstance(ranges, dict):
            continue
        for key, span in ranges.items():
            if isinstance(span, list) and len(span) == 2 and all(
                    isinstance(n, int) for n in span):
                skipped[key] = skipped.get(key, 0) + span[1] - span[0] + 1
    return skipped


def replaced_lineages(conn: sqlite3.Connection) -> set[str]:
    """Every lineage a restore replaced, from the restore entries' details."""
    found = set()
    for (details,) in conn.execute("SELECT details FROM audit_log WHERE action = 'restore'"):
        try:
            body = json.loads(details)
            replaced = body.get("replaced_head") or {}
            names = [body.get("previous_lineage"), replaced.get("lineage")]
        except (ValueError, AttributeError):
            continue
        found.update(name for name in names if isinstance(name, str) and name)
    return found
