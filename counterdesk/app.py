"""Start the desktop program: the Qt application, translations, log-in and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from counterdesk.services import paths
from counterdesk.services.accounts import AccountService, Actor
from counterdesk.services.workspace import Workspace


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Chinese is the source language; any other language loads its compiled .qm."""
    if language.startswith("zh"):
        return None
    translator = QTranslator(app)
    if not translator.load(str(paths.resources_dir() / "i18n" / f"counterdesk_{language}.qm")):
        return None
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return translator


def sign_in(space: Workspace) -> Actor | None:
    """First start creates the first admin (no default password); then the log-in."""
    from counterdesk.ui.first_admin_dialog import FirstAdminDialog
    from counterdesk.ui.login_dialog import LoginDialog

    accounts = AccountService(space)
    if accounts.needs_first_admin():
        first = FirstAdminDialog(accounts)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
    login = LoginDialog(accounts)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.actor


def run_gui(home: str | None = None) -> int:
    from counterdesk.ui.main_window import MainWindow
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
        window = MainWindow(space, actor)
        window.showMaximized()
        window.offer_draft()
        return app.exec()
    finally:
        space.close()
