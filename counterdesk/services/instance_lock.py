"""One program per data folder: an OS file lock that dies with the process holding it."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

LOCK_FILENAME = "counterdesk.lock"


class AlreadyRunningError(Exception):
    """Another CounterDesk has this data folder open."""

    def __init__(self, home: Path, holder: str):
        self.home = home
        self.holder = holder
        super().__init__(f"CounterDesk is already running on {home}"
                         + (f" (process {holder})" if holder else "")
                         + "; switch to that window, or close it first")


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class InstanceLock:
    """Held while the GUI runs. A crash or kill releases it with the process, so a stale
    lock file never keeps the clerk out. The command-line tools do not take it: SQLite
    itself orders their writes with the program's."""

    def __init__(self, home: Path):
        self.path = home / LOCK_FILENAME
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            try:
                holder = os.read(fd, 32).decode("ascii", "replace").strip()
            except OSError:
                holder = ""  # Windows refuses reading a locked byte range
            os.close(fd)
            raise AlreadyRunningError(self.path.parent, holder)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd
        return self

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.release()
