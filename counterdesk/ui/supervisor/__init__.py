"""The supervisors' desk: log browser, review queue, statistics, export."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counterdesk.services.accounts import Actor
from counterdesk.services.workspace import Workspace


def build_pages(space: Workspace, actor: Actor) -> list[tuple[str, QWidget]]:
    """(title, page) pairs the main window adds for a supervisor or admin."""
    return []
