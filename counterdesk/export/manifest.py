"""The manifest of an export folder: files, row counts, SHA-256s; and checking it."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counterdesk.private_files import create_private_file

MANIFEST_NAME = "manifest.json"
FORMAT = "counterdesk-export/1"
# The suffix of a hidden batch folder still being written (or left by an interrupted run).
PARTIAL = ".partial"
# A manifest lists a handful of files: anything much larger is not one.
MAX_MANIFEST_BYTES = 1 << 20
# A plain name inside the batch folder: no separator of any system, no "..", no drive.
FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}")
SHA256 = re.compile(r"[0-9a-fA-F]{64}")
SOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")


class ManifestError(Exception):
    """An export folder that cannot be trusted; the message names the file and what to do."""


@dataclass(frozen=True)
class FileEntry:
    name: str
    rows: int
    sha256: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(folder: Path, header: dict[str, Any], files: list[FileEntry]) -> Path:
    body = {"format": FORMAT, **header,
            "files": [{"name": f.name, "rows": f.rows, "sha256": f.sha256} for f in files]}
    path = folder / MANIFEST_NAME
    with create_private_file(path) as handle:
        handle.write((json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
    return path


def read_manifest(folder: Path) -> dict[str, Any]:
    """The manifest after checking its shape and every file's SHA-256 against it (row
    counts are checked by the loader, which counts while it reads). A manifest comes from
    another PC: nothing in it is trusted before it is checked, least of all file names."""
    path = folder / MANIFEST_NAME
    body = _parse(path)
    files = _check_shape(path, body)
    for entry in files:
        file_path = folder / entry.name
        if file_path.is_symlink() or not file_path.is_file():
            raise ManifestError(f"{file_path}: listed in the manifest but missing (or not a "
                                f"plain file); copy the export folder again")
        if sha256_of(file_path) != entry.sha256:
            raise ManifestError(f"{file_path}: SHA-256 does not match the manifest: the file "
                                f"was changed or damaged after export; export it again from "
                                f"the window PC")
    return body


def _parse(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_MANIFEST_BYTES + 1)
    except FileNotFoundError:
        raise ManifestError(f"{path}: no manifest; copy the whole export folder again") from None
    except OSError as error:
        raise ManifestError(f"{path}: cannot be read ({error.strerror})") from None
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ManifestError(f"{path}: larger than {MAX_MANIFEST_BYTES // 1024} KiB, not a "
                            f"CounterDesk export manifest; copy the export folder again")
    try:
        return json.loads(raw.decode("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ManifestError(f"{path}: the manifest is not valid JSON ({error}); copy the "
                            f"export folder again") from None
    except RecursionError:
        raise ManifestError(f"{path}: the manifest is nested too deeply to be one; copy the "
                            f"export folder again") from None


def _check_shape(path: Path, body: Any) -> list[FileEntry]:
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ManifestError(f"{path}: not a CounterDesk export manifest ({FORMAT})")

    def refuse(what: str) -> ManifestError:
        return ManifestError(f"{path}: {what}; the manifest was altered or damaged: copy the "
                             f"export folder again from the window PC")

    source = body.get("source_id")
    if not isinstance(source, str) or not SOURCE_ID.fullmatch(source):
        raise refuse("source_id must be the PC's id (letters, digits and '-')")
    batch_no = body.get("batch_no")
    if batch_no is not None and not (_is_int(batch_no) and batch_no >= 1):
        raise refuse(f"batch_no must be a whole number from 1 (or null), got {batch_no!r}")
    for key in ("after_version", "high_version"):
        if not (_is_int(body.get(key)) and body[key] >= 0):
            raise refuse(f"{key} must be a whole number, got {body.get(key)!r}")
    lineage = body.get("lineage")
    if lineage is not None and not (isinstance(lineage, str) and SOURCE_ID.fullmatch(lineage)):
        raise refuse("lineage must be the database's lineage id (letters, digits and '-')")
    start = body.get("series_start")
    if start is not None and not (_is_int(start) and start >= 1):
        raise refuse(f"series_start must be a whole number from 1, got {start!r:.40}")
    head = body.get("audit_head")
    if head is not None and not (isinstance(head, dict) and _is_int(head.get("seq"))
                                 and head["seq"] >= 0 and isinstance(head.get("hash"), str)
                                 and SHA256.fullmatch(head["hash"])):
        raise refuse("audit_head must name an audit entry (seq) and its 64-digit hash")
    prior = body.get("audit_prior")
    if prior is not None and not (isinstance(prior, dict) and _is_int(prior.get("seq"))
                                  and prior["seq"] >= 0 and isinstance(prior.get("hash"), str)
                                  and SHA256.fullmatch(prior["hash"])):
        raise refuse("audit_prior must name an audit entry (seq) and its 64-digit hash")
    if body.get("headers") not in (None, "en", "zh"):
        raise refuse(f"headers must be en or zh, got {body.get('headers')!r:.40}")
    listed = body.get("files")
    if not isinstance(listed, list):
        raise refuse("files must be a list")
    files: list[FileEntry] = []
    for entry in listed:
        if not isinstance(entry, dict):
            raise refuse(f"each file must be an object with name, rows and sha256, got "
                         f"{entry!r:.40}")
        name, rows, digest = entry.get("name"), entry.get("rows"), entry.get("sha256")
        if not isinstance(name, str) or not FILE_NAME.fullmatch(name):
            raise refuse(f"file name {name!r:.80} is not a plain file name inside the export "
                         f"folder")
        if not (_is_int(rows) and rows >= 0):
            raise refuse(f"rows of {name} must be a whole number, got {rows!r:.40}")
        if not isinstance(digest, str) or not SHA256.fullmatch(digest):
            raise refuse(f"sha256 of {name} must be 64 hexadecimal digits")
        if any(known.name == name for known in files):
            raise refuse(f"{name} is listed twice")
        files.append(FileEntry(name, rows, digest.lower()))
    return files


def audit_head(manifest: dict[str, Any]) -> tuple[int, str] | None:
    """(seq, hash) of the audit chain head the batch was exported at; None before it was
    recorded (exports of older versions)."""
    return _entry(manifest.get("audit_head"))


def audit_prior(manifest: dict[str, Any]) -> tuple[int, str] | None:
    """(seq, hash) of the previous batch's head entry as the exporting chain has it."""
    return _entry(manifest.get("audit_prior"))


def _entry(value: Any) -> tuple[int, str] | None:
    return (int(value["seq"]), str(value["hash"]).lower()) if isinstance(value, dict) else None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
