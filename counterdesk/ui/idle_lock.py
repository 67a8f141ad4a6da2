"""Lock the desk after idle minutes; only the same clerk's password opens it again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.accounts import AccountService, Actor

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel}


class UnlockDialog(QDialog):
    """Esc does not close it: an applicant at the window must not see the last case."""

    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.accounts, self.actor = accounts, actor
        self.setModal(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.password, self.error, self.buttons):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("受理台已锁定"))
        self.message.setText(self.tr("受理台因长时间无操作已锁定。请 {name} 输入密码解锁。")
                             .format(name=self.actor.display_name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("解锁"))

    def try_unlock(self) -> None:
        if self.accounts.verify(self.actor, self.password.text()):
            self.accept()
            return
        self.password.clear()
        self.error.setText(self.tr("密码不正确，请重新输入。"))

    def reject(self) -> None:
        self.error.setText(self.tr("必须输入密码才能解锁。"))


class IdleLock(QObject):
    """Any key or mouse activity in the program restarts the countdown."""

    def __init__(self, window: QWidget, accounts: AccountService, actor: Actor, minutes: int):
        super().__init__(window)
        self.window, self.accounts, self.actor = window, accounts, actor
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.lock_now)
        self.dialog: UnlockDialog | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and not self.locked:
            self.timer.start()
        return False

    def lock_now(self) -> None:
        if self.locked:
            return
        central = getattr(self.window, "centralWidget", None)
        if central is not None and central() is not None:
            central().setVisible(False)
        self.dialog = UnlockDialog(self.accounts, self.actor, self.window)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()
        self.dialog.password.setFocus()

    def _unlocked(self) -> None:
        central = getattr(self.window, "centralWidget", None)
        if central is not None and central() is not None:
            central().setVisible(True)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
