"""Backup copies are private and on record wherever they go; a restore never leaves the data
folder without a database, is on record in the restored log, and a full disk changes
nothing; `--home` changes the mode only of what the program creates."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ALL_PRESENT, ANSWERS, register

from counterdesk.cli import main
from counterdesk.services import backup, paths, restore
from counterdesk.services.intake import IntakeService, SubmissionInput
from counterdesk.services.integrity import verify_log
from counterdesk.services.workspace import Workspace

NOON = dt.datetime(2026, 9, 30, 12)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The usual umask of a desktop session: new files 0644 unless the program says else."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def last_entry(database: Path) -> tuple[str, dict[str, object]]:
    conn = sqlite3.connect(database)
    try:
        action, details = conn.execute(
            "SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return action, json.loads(details)


def cases_in(database: Path) -> int:
    conn = sqlite3.connect(database)
    try:
        return conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
    finally:
        conn.close()


def test_backup_out_writes_a_private_copy_and_records_who_and_where(
        space, history, tmp_path, capsys, open_umask):
    # GIVEN a copy target that already exists, readable by everyone
    space.close()
    target = tmp_path / "usb" / "copy.sqlite3"
    target.parent.mkdir(mode=0o755)
    target.write_bytes(b"old")
    target.chmod(0o644)
    # WHEN the database is backed up to it from the shell
    assert main(["--home", str(space.home), "backup", "--out", str(target)]) == 0
    # THEN the copy and the backups are readable by their owner only
    assert mode(target) == 0o600 and mode(target.parent) == 0o755
    assert backup.check_backup(target).ok
    assert mode(space.home / "backups") == 0o700
    assert {mode(p) for p in (space.home / "backups").glob("*.sqlite3")} == {0o600}
    # AND the live audit log says who copied it where; the log is still intact
    action, details = last_entry(space.home / "counterdesk.sqlite3")
    assert action == "backup_copy"
    assert details == {"by": "command line", "path": str(target.resolve())}
    assert main(["--home", str(space.home), "audit", "verify"]) == 0
    assert not list(target.parent.glob(".*"))


def test_backup_out_into_a_folder_puts_the_backup_in_it(space, history, tmp_path):
    space.close()
    made = backup.manual_backup(space.home, NOON, tmp_path)
    assert made.parent == tmp_path and made.name == "manual-20260930-120000.sqlite3"
    assert mode(made) == 0o600


@pytest.mark.parametrize("where, words", [
    (lambda home, tmp: tmp / "missing" / "copy.sqlite3", "no folder"),
    (lambda home, tmp: home / "counterdesk.sqlite3", "is the live database"),
    (lambda home, tmp: home / "counterdesk.sqlite3-wal", "is the live database"),
])
def test_a_backup_copy_that_cannot_go_where_asked_is_one_line_and_writes_nothing(
        space, history, tmp_path, capsys, where, words):
    space.close()
    target = where(space.home, tmp_path)
    before = cases_in(space.home / "counterdesk.sqlite3")
    code = main(["--home", str(space.home), "backup", "--out", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and words in err
    assert not (tmp_path / "missing").exists()
    assert cases_in(space.home / "counterdesk.sqlite3") == before
    assert verify_log(Workspace(space.home)).ok


def test_restore_is_recorded_in_the_restored_database_and_keeps_the_old_one(
        space, people, history, capsys):
    made = backup.manual_backup(space.home, NOON)
    register(space, people["clerk"])
    space.close()
    assert main(["--home", str(space.home), "restore", str(made)]) == 0
    live = space.home / "counterdesk.sqlite3"
    action, details = last_entry(live)
    assert action == "restore" and details["by"] == "command line"
    assert details["path"] == str(made.resolve())
    aside = Path(str(details["kept_aside"]))
    assert cases_in(live) == 3 and cases_in(aside / "counterdesk.sqlite3") == 4
    assert mode(live) == 0o600 and mode(aside) == 0o700
    assert verify_log(Workspace(space.home)).ok
    assert not list(space.home.glob(".*restoring*"))


def test_restoring_the_live_database_itself_is_refused(space, history, capsys):
    space.close()
    live = space.home / "counterdesk.sqlite3"
    for chosen in (live, space.home / "." / "counterdesk.sqlite3"):
        code = main(["--home", str(space.home), "restore", str(chosen)])
        err = capsys.readouterr().err
        assert code == 1 and "is the live database itself" in err
    assert not (space.home / "backups").exists() or not list(
        (space.home / "backups").glob("replaced-*"))
    assert cases_in(live) == 3


def test_a_link_to_the_live_database_is_refused_as_well(space, history, tmp_path):
    space.close()
    link = tmp_path / "looks-like-a-backup.sqlite3"
    link.symlink_to(space.home / "counterdesk.sqlite3")
    with pytest.raises(backup.BackupError) as raised:
        restore.restore(space.home, link, NOON)
    assert raised.value.code == "live_database"


# The shell's own limit on the size of a file this process writes: past it, a write fails
# as on a full disk (EFBIG instead of ENOSPC), with no mock in the program.
LIMITED = ("import resource, sys; from counterdesk.cli import main;"
           "limit = int(sys.argv[1]); resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit));"
           "sys.exit(main(sys.argv[2:]))")


def test_a_full_disk_during_restore_leaves_the_old_database_in_place(space, people, history,
                                                                    tmp_path):
    # GIVEN a small backup and a big one (long texts in twenty decisions)
    small = backup.manual_backup(space.home, NOON)
    for _ in range(20):
        case = register(space, people["clerk"])
        IntakeService(space).decide(people["clerk"], case.id, SubmissionInput(
            ANSWERS, ALL_PRESENT, competent_office="局" * 20000))
    big = backup.manual_backup(space.home, NOON + dt.timedelta(hours=1))
    space.close()
    restore.restore(space.home, small, NOON + dt.timedelta(hours=2))
    live = space.home / "counterdesk.sqlite3"
    limit = (small.stat().st_size + big.stat().st_size) // 2
    assert live.stat().st_size + 65536 < limit < big.stat().st_size
    asides = set((space.home / "backups").glob("replaced-*"))
    # WHEN the big one is restored with room for less than it
    finished = subprocess.run([sys.executable, "-c", LIMITED, str(limit), "--home",
                               str(space.home), "restore", str(big)],
                              capture_output=True, text=True, timeout=120)
    # THEN one line says the database was not changed, and it was not
    assert finished.returncode == 1
    assert len(finished.stderr.strip().splitlines()) == 1
    assert "the database was not changed" in finished.stderr
    assert cases_in(live) == 3
    assert verify_log(Workspace(space.home)).ok
    assert not list(space.home.glob(".*restoring*"))
    assert set((space.home / "backups").glob("replaced-*")) == asides


def test_home_on_an_existing_shared_folder_leaves_its_mode_and_keeps_the_database_private(
        tmp_path, open_umask):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    for _ in range(2):  # the second time the folder holds the database
        home = paths.home_dir(shared)
        Workspace(home).db.close()
    assert mode(shared) == 0o1777
    assert mode(shared / "counterdesk.sqlite3") == 0o600


def test_home_creates_each_missing_folder_readable_by_its_owner_only(tmp_path, open_umask):
    parent = tmp_path / "existing"
    parent.mkdir(mode=0o755)
    home = paths.home_dir(parent / "a" / "b")
    assert mode(parent) == 0o755
    assert mode(parent / "a") == mode(home) == 0o700
    assert mode(home / "counterdesk.sqlite3") == 0o600


def test_backups_of_a_database_in_a_shared_folder_are_private(tmp_path, open_umask):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    home = paths.home_dir(shared)
    Workspace(home).db.close()
    made = backup.daily_backup_if_due(home, NOON.date())
    assert mode(home / "backups") == 0o700
    assert {mode(p) for p in (home / "backups").glob("*.sqlite3")} == {0o600}
    assert mode(made) == 0o600 and mode(shared) == 0o1777
