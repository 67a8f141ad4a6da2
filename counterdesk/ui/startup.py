"""Open the data folder for the GUI, explaining in a dialog anything that stops it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from counterdesk.services.catalog_service import import_bundled_if_empty
from counterdesk.services.workspace import Workspace
from counterdesk.store.db import StoreError


def open_workspace(home: Path, parent: QWidget | None = None) -> Workspace | None:
    """The opened workspace with the bundled catalog imported on first start, or None after
    telling the user what went wrong and what to do."""
    space = Workspace(home)
    try:
        space.db  # noqa: B018 - opening the database runs the migrations
        result = import_bundled_if_empty(space)
    except StoreError as error:
        QMessageBox.critical(parent, QMessageBox.tr("无法打开数据库"), str(error))
        return None
    if result is not None and not result.ok:
        QMessageBox.warning(parent, QMessageBox.tr("事项目录有错误"),
                            "\n".join(str(p) for p in result.problems[:10]))
    return space
