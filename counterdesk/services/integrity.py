"""Verify the audit log: the hash chain, its head, and that every audited row is as logged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from counterdesk.services.workspace import Workspace
from counterdesk.store import audit, backup_repo, state_digest
from counterdesk.store.db import Connection
from counterdesk.store.integrity_repo import integrity_check


@dataclass(frozen=True)
class Finding:
    """One thing wrong. `code` is for the UI to word; `message` is the English detail."""

    code: str  # database | chain | row_changed | row_unaudited | orphan_rows | counter
    message: str
    seq: int | None = None  # the audit entry this breaks, when there is one


@dataclass(frozen=True)
class IntegrityReport:
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


def verify_connection(conn: Connection) -> IntegrityReport:
    """Everything `counterdesk audit verify` checks, on one open connection."""
    findings: list[Finding] = []
    integrity = integrity_check(conn)
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
    skipped = audit.skipped_numbers(conn)
    explained = {f"document numbers {key.replace('/', ' ')}:"
                 for key, (counter, count, highest) in backup_repo.document_counters(conn).items()
                 if key in skipped and count + skipped[key] == counter and highest <= counter}
    for problem in state_digest.counter_problems(conn):
        if not any(problem.startswith(prefix) for prefix in explained):
            findings.append(Finding("counter", problem))
    findings.sort(key=lambda f: (f.seq is None, f.seq or 0))
    return IntegrityReport(chain.entries, entities, tuple(findings))


def verify_log(space: Workspace, against: Sequence[Path] = ()) -> IntegrityReport:
    """The verdict the supervisors' desk shows and `counterdesk audit verify` prints: the
    database, the head record beside it, and the chain heads of the given export folders."""
    verdict = verify_connection(space.db.conn)
    extra = [*anchor_findings(space.db.conn, space.home),
             *manifest_findings(space.db.conn, against)]
    if not extra:
        return verdict
    findings = sorted([*verdict.findings, *extra], key=lambda f: (f.seq is None, f.seq or 0))
    return IntegrityReport(verdict.entries, verdict.entities, tuple(findings))


def anchor_findings(conn: Connection, home: Path) -> list[Finding]:
    """A database cut short or replaced by an older copy no longer reaches the head record
    kept outside it (written after every commit that appended to the chain)."""
    try:
        anchor = audit.read_anchor(home)
    except audit.AnchorError as error:
        return [Finding("anchor", str(error))]
    if anchor is None or audit.extends(conn, anchor):
        return []
    seq, digest = int(anchor["seq"]), str(anchor["hash"])
    lineage = str(anchor.get("lineage") or "")
    newest, _ = audit.head_entry(conn)
    current = audit.setting(conn, audit.LINEAGE_KEY)
    if lineage and current and lineage != current:
        return [Finding("anchor", f"the database is not the history the head record "
                        f"{audit.ANCHOR_FILE} follows (lineage {lineage}): it was replaced "
                        f"by another copy without `counterdesk restore`")]
    if seq > newest:
        return [Finding("anchor", f"the head record names entry {seq} but the database ends "
                        f"at entry {newest}: entries were cut off or the database was "
                        f"rolled back to an older copy", newest + 1)]
    if seq and audit.hash_at(conn, seq) != digest:
        return [Finding("anchor", f"entry {seq} differs from the head record "
                        f"{audit.ANCHOR_FILE}: the history was rewritten", seq)]
    return []


def manifest_findings(conn: Connection, folders: Sequence[Path]) -> list[Finding]:
    """Each export's recorded chain head must be an entry of this chain, unless the export
    came from a history a restore replaced (named in the restore's audit entry)."""
    from counterdesk.export.manifest import MANIFEST_NAME, ManifestError, audit_head, read_manifest

    lineage = audit.setting(conn, audit.LINEAGE_KEY)
    replaced = audit.replaced_lineages(conn)
    findings = []
    for folder in _export_folders(folders, MANIFEST_NAME):
        try:
            manifest = read_manifest(folder)
        except ManifestError as error:
            raise IntegrityInputError(str(error)) from None
        head = audit_head(manifest)
        if head is None:
            continue  # exported before heads were recorded
        from_lineage = str(manifest.get("lineage") or "")
        if from_lineage and lineage and from_lineage != lineage:
            if from_lineage not in replaced:
                findings.append(Finding("export", f"{folder}: exported from history "
                                        f"{from_lineage}, which this database never had "
                                        f"(another PC's export, or a history removed "
                                        f"without a restore)"))
            continue
        if audit.hash_at(conn, head[0]) != head[1]:
            findings.append(Finding("export", f"{folder}: exported at audit entry {head[0]}, "
                                    f"which this database no longer has as it was: the "
                                    f"history was cut short, rolled back or rewritten",
                                    head[0]))
    return findings


class IntegrityInputError(Exception):
    """A folder given to check against cannot be read; the message says which and why."""


def _export_folders(paths: Sequence[Path], manifest_name: str) -> list[Path]:
    found = []
    for path in paths:
        if (path / manifest_name).is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(sorted(m.parent for m in path.rglob(manifest_name)
                                if not any(p.startswith(".")
                                           for p in m.relative_to(path).parts)))
        else:
            raise IntegrityInputError(f"{path}: not an export folder; give the folders "
                                      f"`counterdesk export` wrote")
    if paths and not found:
        raise IntegrityInputError("no export folders (with manifest.json) under "
                                  + ", ".join(str(p) for p in paths))
    return found
