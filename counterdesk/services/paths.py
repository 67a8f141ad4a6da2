"""Where CounterDesk keeps its data folder and finds its bundled resources, and how it
creates the folders and files that hold personal data (readable by their owner only)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from counterdesk.bundle import (  # noqa: F401 - the services' names for them
    bundle_root,
    bundled_calendar_file,
    bundled_catalog_dir,
    resources_dir,
)
from counterdesk.private_files import (  # noqa: F401 - the services' names for them
    create_private_file,
    make_private_folders,
    sync_folder,
)

APP_NAME = "CounterDesk"
HOME_ENV = "COUNTERDESK_HOME"


def home_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--home wins, then $COUNTERDESK_HOME, then the platform's user data folder.

    The folder holds applicants' ID numbers: created readable by its owner only, with an
    empty database file created 0600 before SQLite first opens it (SQLite gives its
    write-ahead log the database file's mode). A folder that already existed keeps its
    mode unless it is this program's own data folder (see `restrict_to_owner`).
    """
    if explicit:
        home = Path(explicit)
    elif os.environ.get(HOME_ENV):
        home = Path(os.environ[HOME_ENV])
    else:
        from platformdirs import user_data_dir

        home = Path(user_data_dir(APP_NAME, appauthor=False))
    make_private_folders(home)
    database = home / DATABASE_FILES[0]
    if not database.exists():
        try:
            create_private_file(database).close()
        except FileExistsError:
            pass  # another process created it a moment ago
    restrict_to_owner(home)
    return home


DATABASE_FILES = ("counterdesk.sqlite3", "counterdesk.sqlite3-wal", "counterdesk.sqlite3-shm")


def restrict_to_owner(home: Path) -> None:
    """Tighten the data folder to 0700 and its database files to 0600.

    The folder is tightened only when it is CounterDesk's own: it holds the database, it
    belongs to this user, and it is not a shared folder (world-writable or sticky, like
    /tmp with mode 1777) that other users and programs rely on. `--home /tmp` must not
    lock everyone else out of /tmp; the database files inside are private all the same.
    """
    if os.name == "nt":
        return  # the per-user profile folder already keeps other users out
    for name in DATABASE_FILES:
        if (home / name).exists():
            (home / name).chmod(0o600)
    if _own_data_folder(home):
        home.chmod(0o700)


def _own_data_folder(folder: Path) -> bool:
    info = folder.stat()
    shared = info.st_mode & (stat.S_ISVTX | stat.S_IWOTH)
    return (folder / DATABASE_FILES[0]).exists() and not shared \
        and info.st_uid == os.getuid()


def file_name_part(text: str, limit: int = 80) -> str:
    """`text` (an item code) as part of one file name on any system: letters and digits of
    any script, '-' and '_' are kept; separators, dots, NUL, ':' and the rest become '_'."""
    return "".join(char if char.isalnum() or char in "-_" else "_" for char in text[:limit]) \
        or "_"
