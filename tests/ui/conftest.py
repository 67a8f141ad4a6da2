"""GUI fixtures: the real main window over a Workspace with the FakeClock; modal helpers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def window(qtbot, space, people):
    from counterdesk.ui.main_window import MainWindow

    main = MainWindow(space, people["clerk"])
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.idle_lock.stop()


def when_modal(qtbot, act: Callable[[QWidget], None]) -> list[str]:
    """Answer the next modal dialog like a user (keys or clicks); returns its text."""
    seen: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(getattr(modal, "text", lambda: "")())
        act(modal)

    QTimer.singleShot(0, answer)
    return seen


def rows(space, sql, **params):
    return [dict(r) for r in space.db.conn.execute(sql, params)]
