"""Files and folders that hold personal data: created readable by their owner only, and
renames made durable. A leaf module, so any layer may use it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO


def make_private_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents, each 0700; returns those created. Folders
    that already exist keep their mode: only what the program creates is changed."""
    missing: list[Path] = []
    probe = folder
    while not os.path.lexists(probe) and probe.parent != probe:
        missing.append(probe)
        probe = probe.parent
    created = []
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made by someone else meanwhile: not ours to change
        if os.name != "nt":
            path.chmod(0o700)  # mkdir's mode is cut by the umask, never widened
        created.append(path)
    if not folder.is_dir():
        raise NotADirectoryError(20, "not a folder", str(folder))
    return created


def create_private_file(path: Path) -> BinaryIO:
    """A new file open for writing, 0600 from its first byte; never an existing file or
    the target of a planted link (O_EXCL)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def sync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable across a power cut (POSIX; Windows has no
    directory handles to flush)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
