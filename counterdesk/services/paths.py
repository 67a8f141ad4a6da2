"""Where CounterDesk keeps its data folder and finds its bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CounterDesk"
HOME_ENV = "COUNTERDESK_HOME"


def bundle_root() -> Path:
    """The folder holding data/ and resources/: the PyInstaller bundle or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def bundled_catalog_dir() -> Path:
    return bundle_root() / "data" / "catalog"


def bundled_calendar_file() -> Path:
    return bundle_root() / "data" / "calendar.yaml"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def home_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--home wins, then $COUNTERDESK_HOME, then the platform's user data folder.

    The folder is created readable by its owner only: it holds applicants' ID numbers.
    """
    if explicit:
        home = Path(explicit)
    elif os.environ.get(HOME_ENV):
        home = Path(os.environ[HOME_ENV])
    else:
        from platformdirs import user_data_dir

        home = Path(user_data_dir(APP_NAME, appauthor=False))
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    restrict_to_owner(home)
    return home


DATABASE_FILES = ("counterdesk.sqlite3", "counterdesk.sqlite3-wal", "counterdesk.sqlite3-shm")


def restrict_to_owner(home: Path) -> None:
    """A folder made by an older version or by hand is tightened too: 0700 for the folder,
    0600 for the database files (mkdir's mode is also cut by the umask, never widened)."""
    if os.name == "nt":
        return  # the per-user profile folder already keeps other users out
    home.chmod(0o700)
    for name in DATABASE_FILES:
        if (home / name).exists():
            (home / name).chmod(0o600)
