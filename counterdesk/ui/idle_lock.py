"""Lock the desk after idle minutes: every window of the program is hidden, and only the same
clerk's password, checked and counted as at log-in, opens it again; on a shared PC the next
clerk may instead end that clerk's session (切换用户) and sign in."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.accounts import AccountError, AccountService, Actor
from counterdesk.services.errors import StoreError
from counterdesk.ui import operations, words

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel}
# Menus and tool tips are closed by the lock, not brought back after it.
_TRANSIENT = {Qt.WindowType.Popup, Qt.WindowType.ToolTip}


class UnlockDialog(QDialog):
    """Esc does not close it: an applicant at the window must not see the last case."""

    unlocked = Signal()  # the password was accepted; emitted before the dialog closes
    # Another clerk takes the window: the locked clerk is logged out as by Ctrl+Shift+L.
    switch_user_requested = Signal()

    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.accounts, self.actor = accounts, actor
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # Closing it while every other window is hidden must not end the program.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.try_unlock)
        # Never the default button: Enter in the password field unlocks.
        self.switch_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_user_requested)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.password, self.error, self.buttons):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("受理台已锁定"))
        self.message.setText(self.tr("受理台因长时间无操作已锁定。请 {name} 输入密码解锁。")
                             .format(name=self.actor.display_name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("解锁"))
        self.switch_button.setText(self.tr("切换用户"))
        self.switch_button.setToolTip(self.tr("退出 {name} 的登录（未完成的登记保存为其草稿），"
                                              "由其他工作人员登录").format(
                                                  name=self.actor.display_name))

    def try_unlock(self) -> None:
        try:
            self.accounts.unlock(self.actor, self.password.text())
        except AccountError as error:
            self._refused(self._refusal_text(error))
            return
        except StoreError as error:
            self._refused(operations.explain(error)[1])
            return
        self.unlocked.emit()
        self.accept()

    def _refused(self, text: str) -> None:
        self.password.clear()
        self.password.setFocus()
        self.error.setText(text)

    def _refusal_text(self, error: AccountError) -> str:
        if error.code == "locked" and error.locked_until:
            return words.account_locked(error.locked_until)
        if error.code == "account_inactive":
            return self.tr("该账户已被管理员停用，不能解锁。请联系管理员。")
        return self.tr("密码不正确，请重新输入。")

    def reject(self) -> None:
        self.error.setText(self.tr("必须输入密码才能解锁。"))


class _Cover(QWidget):
    """Covers the content of a dialog that cannot be hidden: hiding a dialog that runs its
    own event loop (exec, as every QMessageBox question does) would end that loop and
    answer the question for the clerk."""

    def __init__(self, dialog: QWidget, title: str):
        super().__init__(dialog)
        self.dialog, self.title = dialog, dialog.windowTitle()
        dialog.setWindowTitle(title)
        self.setAutoFillBackground(True)
        self.setGeometry(dialog.rect())
        self.raise_()
        self.show()
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.dialog.rect())
        return False

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        self.dialog.setWindowTitle(self.title)
        self.hide()
        self.setParent(None)  # owned by Python again: gone with the lock's last reference


class IdleLock(QObject):
    """Any key or mouse activity in the program restarts the countdown."""

    # 切换用户 on the lock: the window logs the locked clerk out (MainWindow.log_out); the
    # lock itself shows nothing of theirs again.
    switch_user_requested = Signal()

    def __init__(self, window: QWidget, accounts: AccountService, actor: Actor, minutes: int):
        super().__init__(window)
        self.window, self.accounts, self.actor = window, accounts, actor
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.lock_now)
        self.dialog: UnlockDialog | None = None
        self._hidden: list[QWidget] = []
        self._covers: list[_Cover] = []
        self._active: QWidget | None = None
        self._focus: QWidget | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _ACTIVITY and not self.locked:
            self.timer.start()
        elif kind == QEvent.Type.Show and self.locked and isinstance(watched, QWidget) \
                and watched.isWindow() and watched is not self.dialog \
                and watched.windowType() not in _TRANSIENT:
            # A window that opens while the desk is locked (a message on a timer) is hidden
            # like the others; a covered question would take the keyboard from the unlock
            # dialog as the newest modal window, so that is shown on top again.
            self._conceal(watched)
            if watched.windowModality() == Qt.WindowModality.ApplicationModal:
                QTimer.singleShot(0, self._show_dialog)
        return False

    def lock_now(self) -> None:
        if self.locked:
            return
        self._active = QApplication.activeWindow()
        self._focus = QApplication.focusWidget()
        # Parentless: the program's windows, its own parent among them, are all hidden.
        self.dialog = UnlockDialog(self.accounts, self.actor)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.switch_user_requested.connect(self._switch_user)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self.dialog:
                self._conceal(widget)
        self._show_dialog()

    def _show_dialog(self) -> None:
        if self.dialog is None:
            return
        self.dialog.hide()  # shown again, it is the newest modal window, the one that types
        self.dialog.show()
        self.dialog.activateWindow()
        self.dialog.password.setFocus()

    def _conceal(self, widget: QWidget) -> None:
        if widget.windowType() in _TRANSIENT:
            widget.hide()
        elif widget.windowModality() == Qt.WindowModality.ApplicationModal:
            if not any(cover.dialog is widget for cover in self._covers):
                self._covers.append(_Cover(widget, self.tr("受理台已锁定")))
        elif widget not in self._hidden:
            widget.hide()
            self._hidden.append(widget)

    def _unlocked(self) -> None:
        """Bring every window back as it was, before the unlock dialog closes."""
        # A window the program deleted meanwhile is not brought back.
        for cover in self._covers:
            if shiboken6.isValid(cover) and shiboken6.isValid(cover.dialog):
                cover.remove()
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        active, focus = self._active, self._focus
        if active is not None and _alive(active):
            active.activateWindow()
        if focus is not None and _alive(focus):
            focus.setFocus()
        self._forget()
        self.timer.start()

    def _switch_user(self) -> None:
        """A question left open under the lock gets its cancelling answer (Esc's): it belongs
        to the session that ends, and must not stay on screen for the next clerk."""
        for cover in self._covers:
            if shiboken6.isValid(cover.dialog) and isinstance(cover.dialog, QDialog) \
                    and not cover.dialog.close():  # a box without an Esc answer refuses it
                cover.dialog.reject()
        self.switch_user_requested.emit()

    def _forget(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self._hidden, self._covers = [], []
        self._active = self._focus = None

    def stop(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self._forget()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and widget.isVisible()
