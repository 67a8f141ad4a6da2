"""Where the program's own files are: data/ and resources/ in the source tree or in the
PyInstaller bundle. A leaf module, so any layer may ask it."""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder holding data/ and resources/: the PyInstaller bundle or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[1]


def bundled_catalog_dir() -> Path:
    return bundle_root() / "data" / "catalog"


def bundled_calendar_file() -> Path:
    return bundle_root() / "data" / "calendar.yaml"


def resources_dir() -> Path:
    return bundle_root() / "resources"
