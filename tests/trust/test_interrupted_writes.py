"""Backups, restores and exports killed with SIGKILL at random moments: the data folder always
has a whole database, and the next run cleans or finishes what the killed one left."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import register

from counterdesk.services import backup, restore
from counterdesk.services.integrity import verify_log
from counterdesk.services.workspace import Workspace
from counterdesk.store import backup_repo

LOOPER = Path(__file__).with_name("crash_looper.py")
KILLS = 25
NOON = dt.datetime(2026, 9, 30, 12)


def kill_loop(args: list[str], seed: int, longest: float,
              meanwhile: Callable[[], None] = lambda: None) -> list[str]:
    """Start the looper, let each child work for a random moment (calling `meanwhile` all
    along), kill it; the lines it printed."""
    chance = random.Random(seed)
    looper = subprocess.Popen([sys.executable, str(LOOPER), *args], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, bufsize=1)
    assert looper.stdin is not None and looper.stdout is not None
    acks: list[str] = []
    try:
        for _ in range(KILLS):
            looper.stdin.write("go\n")
            looper.stdin.flush()
            line = looper.stdout.readline()
            assert line.startswith("child "), line
            pid = int(line.split()[1])
            deadline = time.monotonic() + chance.uniform(0.0, longest)
            while time.monotonic() < deadline:
                meanwhile()
            os.kill(pid, signal.SIGKILL)
            for line in looper.stdout:
                if line.startswith("done "):
                    break
                acks.append(line.strip())
        looper.stdin.close()
        looper.wait(timeout=30)
    finally:
        if looper.poll() is None:
            looper.kill()
    return acks


def leftovers(*folders: Path) -> list[Path]:
    return [path for folder in folders for path in folder.rglob(".*")
            if path.name.endswith((".partial", ".partial-journal"))
            or ".restoring" in path.name]


def test_backups_killed_at_random_moments_leave_no_half_file_that_outlives_the_next_one(
        space, history, tmp_path):
    space.close()
    out = tmp_path / "usb"
    out.mkdir()
    acks = kill_loop(["backup", str(space.home), str(out)], seed=20261002, longest=0.08)
    assert any(ack.startswith("backup ") for ack in acks), "no backup finished: proves nothing"
    # every backup that is there under its name is whole
    for made in [*(space.home / "backups").glob("*.sqlite3"), *out.glob("*.sqlite3")]:
        assert backup.check_backup(made).ok, made
    # the next run is not blocked by what the killed ones left, and cleans it
    backup.manual_backup(space.home, NOON, out / "copy.sqlite3")
    assert leftovers(space.home, out) == []
    assert verify_log(Workspace(space.home)).ok


def test_restores_killed_at_random_moments_never_leave_the_folder_without_a_database(
        space, people, history):
    # GIVEN two good backups, of 3 and of 4 cases
    three = backup.manual_backup(space.home, NOON)
    register(space, people["clerk"])
    four = backup.manual_backup(space.home, NOON + dt.timedelta(hours=1))
    space.close()
    live = space.home / "counterdesk.sqlite3"
    absent = []

    def watch() -> None:
        if not live.exists():
            absent.append(time.monotonic())

    # WHEN restores of one and the other are killed again and again, the file watched all along
    acks = kill_loop(["restore", str(space.home), str(three), str(four)], seed=20261003,
                     longest=0.12, meanwhile=watch)
    # THEN the live file was never missing, and what is there is one of the two, whole
    assert any(ack.startswith("restored ") for ack in acks), "no restore finished"
    assert absent == []
    assert backup_repo.integrity(live) == "ok"
    reopened = Workspace(space.home)
    assert reopened.db.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] in (3, 4)
    assert verify_log(reopened).ok
    reopened.close()
    # AND the next restore runs, cleans up, and every folder kept aside holds a database
    restore.restore(space.home, four, NOON + dt.timedelta(hours=2))
    assert leftovers(space.home) == []
    for aside in (space.home / "backups").glob("replaced-*"):
        assert (aside / "counterdesk.sqlite3").is_file()


def test_exports_killed_at_random_moments_merge_to_every_case_exactly_once(
        space, people, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    from counterdesk.export.merge import merge
    from counterdesk.services.exporting import export_batch

    space.close()
    out = tmp_path / "exports"
    kill_loop(["export", str(space.home), str(out), str(people["clerk"].user_id)],
              seed=20261004, longest=0.15)
    # the next export finishes or removes what the killed ones left
    reopened = Workspace(space.home)
    register(reopened, people["clerk"])
    export_batch(reopened, None, out)
    assert leftovers(out) == []
    recorded = [row[0] for row in reopened.db.conn.execute(
        "SELECT batch_no FROM export_batches ORDER BY batch_no")]
    assert recorded == list(range(1, len(recorded) + 1))
    assert len(list(out.iterdir())) == len(recorded)
    cases = {row[0] for row in reopened.db.conn.execute("SELECT id FROM cases")}
    assert verify_log(reopened).ok
    reopened.close()
    hall = tmp_path / "hall.duckdb"
    merge([out], hall)
    con = duckdb.connect(str(hall), read_only=True)
    try:
        merged = [row[0] for row in con.execute("SELECT uuid FROM cases").fetchall()]
    finally:
        con.close()
    assert sorted(merged) == sorted(cases)
