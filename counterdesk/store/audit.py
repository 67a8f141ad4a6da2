"""The hash-chained audit log: every state change appends one entry chained to the last,
recording a digest of the rows it changed and moving the chain head kept in settings."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

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
    entry about several cases lists their ids under details["cases"].
    """
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    payload = dict(details or {})
    states = [{"family": family, "id": key, "digest": state_digest.digest(conn, family, key)}
              for family, key in state_digest.resolve(conn, entity, entity_id, payload)]
    if states:
        payload[STATE_KEY] = states
    text = canonical_json(payload)
    digest = entry_hash(prev, seq, at, actor_id, action, entity, entity_id, text)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, details,"
        " prev_hash, hash) VALUES (:seq, :at, :actor, :action, :entity, :entity_id,"
        " :details, :prev, :hash)",
        {"seq": seq, "at": at, "actor": actor_id, "action": action, "entity": entity,
         "entity_id": entity_id, "details": text, "prev": prev, "hash": digest},
    )
    conn.execute("INSERT INTO settings (key, value) VALUES (:key, :value)"
                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 {"key": HEAD_KEY, "value": f"{seq}:{digest}"})
    return seq


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
