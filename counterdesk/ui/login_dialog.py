"""Log-in: user name, password and the window the clerk sits at."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.accounts import AccountService, Actor
from counterdesk.ui import operations

# The window icon and the minimise/close buttons beside the title, in pixels.
TITLE_BAR_ROOM = 160


class LoginDialog(QDialog):
    def __init__(self, accounts: AccountService, parent: QWidget | None = None):
        super().__init__(parent)
        self.accounts = accounts
        self.actor: Actor | None = None
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.window_choice = QComboBox()
        for window in accounts.windows():
            self.window_choice.addItem(f"{window['id']}  {window['name']}", window["id"])
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.username)
        self.form.addRow(QLabel(), self.password)
        self.form.addRow(QLabel(), self.window_choice)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("登录 — CounterDesk 窗口受理台"))
        self.title.setText(self.tr("窗口受理台 登录"))
        for row, text in enumerate((self.tr("用户名"), self.tr("密码"), self.tr("窗口"))):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.setMinimumWidth(self.width_for_title())

    def width_for_title(self) -> int:
        """Wide enough that the title bar shows the whole title (a small dialog's title is
        cut off, "登录 — CounterD…"): the title in the title bar's bold font, plus room for
        the icon and the bar's buttons, and never narrower than the heading."""
        bold = QFont(self.font())
        bold.setBold(True)
        title = QFontMetrics(bold).horizontalAdvance(self.windowTitle())
        return max(title + TITLE_BAR_ROOM, self.title.sizeHint().width()
                   + self.layout().contentsMargins().left() * 2)

    def log_in(self) -> None:
        actor = operations.run(self, lambda: self.accounts.log_in(
            self.username.text(), self.password.text(), self.window_choice.currentData() or ""))
        if actor is None:
            self.password.clear()
            self.password.setFocus()
            return
        self.actor = actor
        self.accept()
