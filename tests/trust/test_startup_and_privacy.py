"""Start-up: a damaged database offers the latest good backup, a second instance is refused;
the data folder is its owner's only; `counterdesk audit verify` exits non-zero on tampering."""

from __future__ import annotations

import datetime as dt
import stat

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from tampering import tamper

from counterdesk.cli import main
from counterdesk.services import backup, paths
from counterdesk.ui.startup import close_workspace, open_workspace


def answer_dialogs(qtbot, answers, seen):
    """Click the named button of each message box as it opens; note each box's title."""
    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and answers:
            seen.append(box.windowTitle())
            wanted = answers.pop(0)
            for button in box.buttons():
                if button.text() == wanted:
                    button.click()
                    break
        if answers:
            QTimer.singleShot(20, click)
    QTimer.singleShot(20, click)


def test_a_damaged_database_offers_the_latest_good_backup_and_restores_it(qtbot, space,
                                                                          history, clock):
    good = backup.manual_backup(space.home, dt.datetime(2026, 9, 30, 12))
    space.close()
    (space.home / "counterdesk.sqlite3").write_bytes(b"this is not a database" * 100)
    for name in ("counterdesk.sqlite3-wal", "counterdesk.sqlite3-shm"):
        (space.home / name).unlink(missing_ok=True)
    seen: list[str] = []
    answer_dialogs(qtbot, ["恢复此备份", "确定"], seen)
    opened = open_workspace(space.home, None, clock)
    assert seen == ["数据库已损坏", "已恢复备份"]
    assert opened is not None
    assert opened.db.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 3
    assert list((space.home / "backups").glob("replaced-*/counterdesk.sqlite3"))
    assert good.exists()
    close_workspace(opened)


def test_a_second_instance_gets_a_clear_message_and_no_workspace(qtbot, space, clock):
    space.close()
    first = open_workspace(space.home, None, clock)
    seen: list[str] = []
    answer_dialogs(qtbot, ["确定"], seen)
    assert open_workspace(space.home, None, clock) is None
    assert seen == ["程序已在运行"]
    close_workspace(first)
    assert (space.home / "backups" / "daily-2026-09-30.sqlite3").exists()


def test_the_data_folder_and_database_are_readable_by_their_owner_only(space, history):
    space.home.chmod(0o755)
    (space.home / "counterdesk.sqlite3").chmod(0o644)
    paths.home_dir(space.home)
    assert stat.S_IMODE(space.home.stat().st_mode) == 0o700
    assert stat.S_IMODE((space.home / "counterdesk.sqlite3").stat().st_mode) == 0o600


def test_audit_verify_exits_zero_when_intact_and_names_the_broken_entry_otherwise(
        space, history, capsys):
    home = str(space.home)
    assert main(["--home", home, "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    tamper(space.home, "UPDATE audit_log SET details = '{}' WHERE seq = 4")
    assert main(["--home", home, "audit", "verify"]) == 2
    assert "first broken entry: 4" in capsys.readouterr().out
