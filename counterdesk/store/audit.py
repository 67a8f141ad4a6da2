"""The hash-chained audit log: every state change appends one entry chained to the last."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

GENESIS = "0" * 64


def _canonical(payload: dict[str, object]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, seq: int, at: str, actor_id: int | None, action: str,
               entity: str, entity_id: str, details: str) -> str:
    body = _canonical({"seq": seq, "at": at, "actor": actor_id, "action": action,
                       "entity": entity, "entity_id": entity_id, "details": details})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(conn: sqlite3.Connection, *, at: str, actor_id: int | None, action: str,
           entity: str, entity_id: str, details: dict[str, object] | None = None) -> int:
    """Append an entry inside the caller's transaction; returns its sequence number."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    text = _canonical(details or {})
    digest = entry_hash(prev, seq, at, actor_id, action, entity, entity_id, text)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, details,"
        " prev_hash, hash) VALUES (:seq, :at, :actor, :action, :entity, :entity_id,"
        " :details, :prev, :hash)",
        {"seq": seq, "at": at, "actor": actor_id, "action": action, "entity": entity,
         "entity_id": entity_id, "details": text, "prev": prev, "hash": digest},
    )
    return seq


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    entries: int
    first_broken: int | None = None
    problem: str = ""


def verify_chain(conn: sqlite3.Connection) -> ChainVerdict:
    """Walk the chain from the start; name the first entry that was altered or removed."""
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
        prev, expected_seq = row[8], seq + 1
    return ChainVerdict(True, count)
