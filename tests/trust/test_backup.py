"""Backups: daily and on exit with rotation, on demand, and a restore that checks first."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys

import pytest
from tampering import tamper

from counterdesk.cli import main
from counterdesk.services import backup, restore
from counterdesk.services.instance_lock import AlreadyRunningError, InstanceLock
from counterdesk.services.workspace import Workspace

DAY = dt.date(2026, 9, 30)


def case_count(home):
    space = Workspace(home)
    try:
        return space.db.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
    finally:
        space.close()


def test_the_first_start_of_a_day_makes_one_checked_backup_readable_by_its_owner_only(
        space, history):
    made = backup.daily_backup_if_due(space.home, DAY)
    assert made is not None and made.name == "daily-2026-09-30.sqlite3"
    assert backup.daily_backup_if_due(space.home, DAY) is None
    assert (space.home / "backups" / "monthly-2026-09.sqlite3").exists()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert backup.check_backup(made).ok


def test_a_backup_taken_while_the_program_writes_holds_every_committed_case(space, history):
    made = backup.manual_backup(space.home, dt.datetime(2026, 9, 30, 12))
    assert case_count(space.home) == 3
    restored_home = space.home.parent / "other"
    restored_home.mkdir()
    restore.restore(restored_home, made, dt.datetime(2026, 9, 30, 12, 5))
    assert case_count(restored_home) == 3


def test_rotation_keeps_thirty_daily_and_twelve_monthly_backups(space):
    for offset in range(400):
        backup.exit_backup(space.home, DAY - dt.timedelta(days=offset))
    folder = space.home / "backups"
    daily = sorted(p.name for p in folder.glob("daily-*"))
    assert len(daily) == 30 and daily[-1] == "daily-2026-09-30.sqlite3"
    assert len(list(folder.glob("monthly-*"))) == 12


def test_restore_checks_the_backup_and_keeps_the_current_database_aside(space, people,
                                                                       history):
    made = backup.manual_backup(space.home, dt.datetime(2026, 9, 30, 12))
    tamper(space.home, "DELETE FROM cases WHERE id = :case", case=history["pending"].id)
    space.close()
    aside = restore.restore(space.home, made, dt.datetime(2026, 9, 30, 13))
    assert case_count(space.home) == 3
    assert (aside / "counterdesk.sqlite3").exists()
    assert case_count_at(aside) == 2


def case_count_at(folder):
    conn = sqlite3.connect(folder / "counterdesk.sqlite3")
    try:
        return conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
    finally:
        conn.close()


def test_a_backup_whose_audit_chain_is_broken_is_not_restored(space, people, history):
    made = backup.manual_backup(space.home, dt.datetime(2026, 9, 30, 12))
    conn = sqlite3.connect(made)
    with conn:
        conn.execute("UPDATE decisions SET outcome = 'accept'")
    conn.close()
    space.close()
    with pytest.raises(backup.BackupError) as raised:
        restore.restore(space.home, made, dt.datetime(2026, 9, 30, 13))
    assert raised.value.code == "backup_not_intact"
    assert case_count(space.home) == 3


def test_a_damaged_file_is_not_restored_and_the_newest_good_backup_is_offered(space, history):
    good = backup.manual_backup(space.home, dt.datetime(2026, 9, 30, 12))
    damaged = space.home / "backups" / "daily-2026-10-01.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    assert not backup.check_backup(damaged).ok
    assert backup.latest_good_backup(space.home).path == good
    with pytest.raises(backup.BackupError):
        restore.restore(space.home, damaged, dt.datetime(2026, 9, 30, 13))


def test_the_backup_and_restore_commands_work_from_the_shell(space, history, tmp_path, capsys):
    space.close()
    out = tmp_path / "copy.sqlite3"
    assert main(["--home", str(space.home), "backup", "--out", str(out)]) == 0
    assert out.exists()
    assert main(["--home", str(space.home), "restore", str(out)]) == 0
    assert "kept in" in capsys.readouterr().out


def test_restore_is_refused_while_the_program_runs_on_the_folder(space, history, capsys):
    made = backup.manual_backup(space.home, dt.datetime(2026, 9, 30, 12))
    with InstanceLock(space.home):
        assert main(["--home", str(space.home), "restore", str(made)]) == 1
    assert "already running" in capsys.readouterr().err


def test_a_second_instance_on_the_same_folder_is_refused_until_the_first_quits(tmp_path):
    first = InstanceLock(tmp_path).acquire()
    with pytest.raises(AlreadyRunningError) as raised:
        InstanceLock(tmp_path).acquire()
    assert str(os.getpid()) in str(raised.value)
    first.release()
    InstanceLock(tmp_path).acquire().release()


def test_a_killed_program_leaves_no_lock_behind(tmp_path):
    script = ("import sys, os; from pathlib import Path;"
              "from counterdesk.services.instance_lock import InstanceLock;"
              "InstanceLock(Path(sys.argv[1])).acquire(); print('held', flush=True);"
              "os.kill(os.getpid(), 9)")
    finished = subprocess.run([sys.executable, "-c", script, str(tmp_path)],
                              capture_output=True, text=True, timeout=60)
    assert "held" in finished.stdout and (tmp_path / "counterdesk.lock").exists()
    InstanceLock(tmp_path).acquire().release()
