"""The manifest of an export folder: files, row counts, SHA-256s; and checking it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.json"
FORMAT = "counterdesk-export/1"


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
    path.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_manifest(folder: Path) -> dict[str, Any]:
    """The manifest after checking every file's SHA-256 against it (row counts are
    checked by the loader, which counts while it reads)."""
    path = folder / MANIFEST_NAME
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path}: no manifest; copy the whole export folder again") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ManifestError(f"{path}: the manifest is not valid JSON ({error}); copy the "
                            f"export folder again") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ManifestError(f"{path}: not a CounterDesk export manifest ({FORMAT})")
    for entry in body.get("files", []):
        file_path = folder / str(entry["name"])
        if not file_path.is_file():
            raise ManifestError(f"{file_path}: listed in the manifest but missing; copy the "
                                f"export folder again")
        if sha256_of(file_path) != entry["sha256"]:
            raise ManifestError(f"{file_path}: SHA-256 does not match the manifest: the file "
                                f"was changed or damaged after export; export it again from "
                                f"the window PC")
    return body
