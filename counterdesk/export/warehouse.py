"""Opening the central DuckDB file: only a DuckDB file, and never any DuckDB extension."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# A DuckDB file starts with an 8-byte checksum, then these four bytes.
MAGIC, MAGIC_AT = b"DUCK", 8
# The merge runs offline on files that came from other PCs: DuckDB must not fetch code
# (INSTALL) nor load an extension it guesses a query wants (autoload, e.g. for a path
# that looks like a URL), and the query text cannot switch that back on (locked).
SAFE_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False,
               "allow_community_extensions": False, "lock_configuration": True}


class WarehouseError(Exception):
    """The file cannot be used as the hall's DuckDB database; the message says why."""


def is_duckdb_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(MAGIC_AT + len(MAGIC))
    except OSError:
        return False
    return head[MAGIC_AT:] == MAGIC


def connect(path: Path, read_only: bool = False) -> Any:
    import duckdb  # the analytics extra: only the central merge and report need it

    try:
        return duckdb.connect(str(path), read_only=read_only, config=dict(SAFE_CONFIG))
    except duckdb.Error as error:
        raise WarehouseError(f"{path}: cannot be opened ({str(error).splitlines()[0]})"
                             ) from error
