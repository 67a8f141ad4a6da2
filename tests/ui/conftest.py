"""GUI fixtures: the real main window over a Workspace with the FakeClock; modal helpers."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from counterdesk.services.accounts import AccountService, Actor, Role
from counterdesk.services.catalog_service import import_bundled_if_empty
from counterdesk.services.workspace import Workspace

# The suite's fixed_now; `space` checks the clock still agrees before using the templates.
TEMPLATE_NOW = dt.datetime(2026, 9, 30, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def _template(folder: Path, with_people: bool) -> dict[str, Actor]:
    space = Workspace(folder, clock=lambda: TEMPLATE_NOW)
    import_bundled_if_empty(space)
    people: dict[str, Actor] = {}
    if with_people:
        # The same accounts as the suite-wide `people` fixture (tests/conftest.py).
        accounts = AccountService(space)
        admin = accounts.create_first_admin("admin", "管理员", "admin-pass-1", "W01",
                                            "综合窗口1")
        accounts.add_window(admin, "W02", "不动产窗口")
        accounts.create_user(admin, "zhang", "张敏", "clerk-pass-1", Role.CLERK,
                             "0537-8000001")
        accounts.create_user(admin, "li", "李强", "super-pass-1", Role.SUPERVISOR)
        people = {"admin": admin, "clerk": accounts.log_in("zhang", "clerk-pass-1", "W01"),
                  "supervisor": accounts.log_in("li", "super-pass-1", "W01")}
    space.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    space.close()
    return people


@pytest.fixture(scope="session")
def desk_templates(tmp_path_factory) -> dict[str, tuple[Path, dict[str, Actor]]]:
    """Data folders made once per run and copied into each GUI test: importing the catalog
    and hashing the passwords again for every test would double the GUI suite's time."""
    templates = {}
    for name, with_people in (("catalog", False), ("people", True)):
        folder = tmp_path_factory.mktemp(f"desk-{name}")
        templates[name] = (folder, _template(folder, with_people))
    return templates


def _copy_into(template: Path, home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    for entry in template.iterdir():
        if entry.is_file():
            shutil.copy2(entry, home / entry.name)


@pytest.fixture
def space(private_home, clock, desk_templates):
    """As the suite-wide `space`: an opened data folder with the bundled catalog imported."""
    assert clock() == TEMPLATE_NOW, "tests/conftest.py fixed_now changed: update TEMPLATE_NOW"
    _copy_into(desk_templates["catalog"][0], private_home)
    workspace = Workspace(private_home, clock=clock)
    yield workspace
    workspace.close()


@pytest.fixture
def people(space, desk_templates):
    """As the suite-wide `people`: an admin, a clerk and a supervisor at window W01."""
    folder, actors = desk_templates["people"]
    space.close()
    space.__dict__.pop("db", None)
    space.reload_catalog()
    space.reload_calendar()
    _copy_into(folder, space.home)
    return actors


@pytest.fixture
def window(qtbot, space, people):
    from counterdesk.ui.main_window import MainWindow

    main = MainWindow(space, people["clerk"])
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    # Keys go to the focused widget, which exists only once the window is active.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=2000)
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


def confirm_yes(box: QWidget) -> None:
    """Answer a confirmation (rejection, escalation) with Yes, as the clerk would."""
    from PySide6.QtWidgets import QMessageBox

    box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def no_language_left_behind(qapp):
    """A test that signs in installs the account's language (and Qt's own translation of
    it) application-wide; take it away again so the next test starts in the source language."""
    yield
    import contextlib

    from counterdesk import app

    while app._installed:
        with contextlib.suppress(RuntimeError):
            qapp.removeTranslator(app._installed.pop())
