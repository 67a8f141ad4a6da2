"""Verify the audit log: the hash chain, its head, and that every audited row is as logged."""

from __future__ import annotations

from dataclasses import dataclass

from counterdesk.services.workspace import Workspace
from counterdesk.store import audit, state_digest
from counterdesk.store.db import Connection


@dataclass(frozen=True)
class Finding:
    """One thing wrong. `code` is for the UI to word; `message` is the English detail."""

    code: str  # database | chain | row_changed | row_unaudited | orphan_rows | counter
    message: str
    seq: int | None = None  # the audit entry this breaks, when there is one


@dataclass(frozen=True)
class Verdict:
    entries: int
    entities: int
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def first_broken(self) -> int | None:
        """The lowest audit entry that no longer holds, or None."""
        seqs = [finding.seq for finding in self.findings if finding.seq is not None]
        return min(seqs) if seqs else None

    def headline(self) -> str:
        if self.ok:
            return (f"audit log intact: {self.entries} entries, {self.entities} audited "
                    f"records match the database")
        first = self.first_broken
        where = f"first broken entry: {first}; " if first is not None else ""
        return f"audit log NOT intact: {where}{self.findings[0].message}"


def verify_connection(conn: Connection) -> Verdict:
    """Everything `counterdesk audit verify` checks, on one open connection."""
    findings: list[Finding] = []
    integrity = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    if integrity != "ok":
        findings.append(Finding("database", f"SQLite integrity check failed: {integrity}"))
    chain, latest = audit.chain_states(conn)
    if not chain.ok:
        findings.append(Finding("chain", chain.problem, chain.first_broken))
    entities = 0
    for name in state_digest.FAMILIES:
        if not state_digest.available(conn, name):
            continue
        now, roots, orphans = state_digest.every_digest(conn, name)
        for orphan in orphans:
            findings.append(Finding("orphan_rows", f"{orphan.count} row(s) of {orphan.table} "
                                    f"belong to no {name} (their {name} row was deleted)"))
        logged = {key: value for (family, key), value in latest.items() if family == name}
        entities += len(logged)
        for key, (seq, recorded) in logged.items():
            current = now.get(key, state_digest.ABSENT)
            if current != recorded:
                what = "deleted" if current == state_digest.ABSENT else "changed"
                label = f"{name} {key}" if key else name
                findings.append(Finding("row_changed", f"{label} was {what} outside the program "
                                        f"after audit entry {seq}", seq))
        for key in sorted(roots - logged.keys()):
            label = f"{name} {key}" if key else name
            findings.append(Finding("row_unaudited", f"{label} has no audit entry: it was "
                                    f"written outside the program"))
    for problem in state_digest.counter_problems(conn):
        findings.append(Finding("counter", problem))
    findings.sort(key=lambda f: (f.seq is None, f.seq or 0))
    return Verdict(chain.entries, entities, tuple(findings))


def verify_log(space: Workspace) -> Verdict:
    """The verdict the supervisors' desk shows and `counterdesk audit verify` prints."""
    return verify_connection(space.db.conn)
