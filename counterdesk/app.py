"""Start the desktop program: the Qt application, translations, log-in and the main window."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from counterdesk.services import paths
from counterdesk.services.accounts import AccountService, Actor
from counterdesk.services.workspace import Workspace

# The translators installed now; a new language (another clerk signing in) replaces them.
_installed: list[QTranslator] = []


def qt_translations_dir() -> str:
    """Where Qt's own translations are: the PySide6 wheel's, or the bundle's copy of them."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translation(app: QCoreApplication, language: str) -> QTranslator | None:
    """Chinese is the source language; any other language loads its compiled .qm. Qt's own
    dialogs and buttons (QFileDialog's 查找范围, 确定/取消) come from Qt's qtbase translation
    of the same language, so they speak the interface language too. Replaces the language
    installed before."""
    while _installed:
        # already removed and deleted by its owner (a test): nothing left to remove
        with contextlib.suppress(RuntimeError):
            app.removeTranslator(_installed.pop())
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_translations_dir()):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language.startswith("zh"):
        # Texts Qt renamed after its qtbase_zh_CN was made (QFileDialog's 查找范围).
        extra = QTranslator(app)
        if extra.load(str(paths.resources_dir() / "i18n" / "qt_extra_zh_CN.qm")):
            app.installTranslator(extra)
            _installed.append(extra)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return None
    translator = QTranslator(app)
    if not translator.load(str(paths.resources_dir() / "i18n" / f"counterdesk_{language}.qm")):
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return translator


def apply_preferences(space: Workspace, actor: Actor) -> None:
    """At log-in (and on switching user) the desk takes the account's own language; the log-in
    screen of this PC then speaks it too."""
    from counterdesk.services.preferences import PreferencesService
    from counterdesk.ui.settings_page import chosen_language, remember_login_language

    language = PreferencesService(space).load(actor).language
    app = QCoreApplication.instance()
    if app is not None:
        install_translation(app, language)
    if chosen_language(space.home) != language:
        remember_login_language(space.home, language)


def sign_in(space: Workspace) -> Actor | None:
    """First start creates the first admin (no default password); then the log-in."""
    from counterdesk.ui.first_admin_dialog import FirstAdminDialog
    from counterdesk.ui.login_dialog import LoginDialog

    accounts = AccountService(space)
    if accounts.needs_first_admin():
        first = FirstAdminDialog(accounts)
        _report_ready_for_smoke_test(first, "first_admin")
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
    login = LoginDialog(accounts)
    # Between two clerks (Ctrl+Shift+L) it is the only window: closing it must not end the
    # program before the answer is read.
    login.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
    _report_ready_for_smoke_test(login, "login")
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.actor


class DeskSession:
    """The clerks who sign in and out of one data folder in turn (log out: Ctrl+Shift+L)."""

    def __init__(self, space: Workspace):
        self.space = space
        self.window: QMainWindow | None = None

    def open(self, actor: Actor) -> None:
        # the desk's pages and their services load once someone is signed in, not before
        # the log-in screen (about a fifth of a second of start-up)
        from counterdesk.ui.main_window import MainWindow

        apply_preferences(self.space, actor)
        window = MainWindow(self.space, actor)
        # Queued: the log-in waits until the closed window has finished its key press.
        window.log_out_requested.connect(self.switch_user, Qt.ConnectionType.QueuedConnection)
        self.window = window
        window.showMaximized()
        window.warn_unknown_year()
        window.offer_draft()

    def switch_user(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        actor = sign_in(self.space)
        if actor is None:
            QApplication.quit()
            return
        self.open(actor)


SMOKE_ENV = "COUNTERDESK_SMOKE_EXIT"


def _report_ready_for_smoke_test(dialog: QDialog, screen: str) -> None:
    """With COUNTERDESK_SMOKE_EXIT=1 (bundle smoke test, start-up benchmark) the first screen
    reports itself once the event loop runs, i.e. when it is ready for typing, and closes."""
    if os.environ.get(SMOKE_ENV) != "1":
        return

    def ready() -> None:
        print(f"counterdesk: ready: {screen}", flush=True)
        dialog.reject()

    QTimer.singleShot(0, ready)


def run_gui(home: str | None = None) -> int:
    from counterdesk.ui.settings_page import chosen_language
    from counterdesk.ui.startup import open_workspace

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("CounterDesk")
    folder: Path = paths.home_dir(home)
    install_translation(app, chosen_language(folder))
    space = open_workspace(folder)
    if space is None:
        return 1
    try:
        actor = sign_in(space)
        if actor is None:
            return 0
        session = DeskSession(space)
        session.open(actor)
        return app.exec()
    finally:
        space.close()
