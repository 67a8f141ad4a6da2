"""Start the desktop program: the Qt application, translations and the main window."""

from __future__ import annotations

import sys


def run_gui(home: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(QApplication.translate("app", "CounterDesk 窗口受理"))
    label.resize(480, 200)
    label.show()
    return app.exec()
