"""`demo seed` never writes into real data: it refuses a folder holding anything a person
made, runs without a journal only on a file it created, and one seed at a time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counterdesk.services import demo
from counterdesk.services.catalog_service import import_catalog
from counterdesk.services.demo import DemoBusyError, DemoSeeder, RealDataError, seed_folder
from counterdesk.services.instance_lock import LOCK_FILENAME, InstanceLock
from counterdesk.services.integrity import verify_log
from counterdesk.services.workspace import Workspace
from counterdesk.store.settings_repo import SettingsRepo

REPO = Path(__file__).resolve().parents[2]


def cli(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "counterdesk", "--home", str(home), "demo",
                             "seed", *args], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def snapshot(home: Path) -> dict[str, object]:
    space = Workspace(home)
    try:
        conn = space.db.conn
        return {"users": [tuple(r) for r in conn.execute(
                    "SELECT username, password_hash FROM users ORDER BY id")],
                "cases": conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0],
                "audit": conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0],
                "windows": conn.execute("SELECT COUNT(*) FROM windows").fetchone()[0]}
    finally:
        space.close()


def wait_for_lock(home: Path, pid: int) -> None:
    """Until the process wrote its id into the lock file, which it does once it holds it."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        lock = home / LOCK_FILENAME
        if lock.exists() and lock.read_text(errors="replace").strip() == str(pid):
            return
        time.sleep(0.02)
    raise AssertionError("the seed never took the folder lock")


def test_a_folder_with_real_accounts_and_cases_is_refused_and_left_as_it_was(space, people,
                                                                             tmp_path):
    from tests.supervisor.conftest import CaseMaker

    CaseMaker(space, people["clerk"]).accepted()
    space.close()
    before = snapshot(space.home)
    with pytest.raises(RealDataError, match="the account 'admin'"):
        seed_folder(space.home, 20, 5, password="chosen-pass-1")
    assert snapshot(space.home) == before


def change_setting(space):
    with space.db.transaction() as conn:
        SettingsRepo(conn).put("hall_name", "大县政务服务中心")


def adjust_calendar(space):
    with space.db.transaction() as conn:
        SettingsRepo(conn).put_calendar_override(dt.date(2026, 10, 10), False, "停电", None,
                                                 space.now_text())


def import_own_guide(space):
    item = space.catalog.latest()[0]
    import_catalog(space, [dataclasses.replace(item, name=item.name + "（本地修订）")], None)


@pytest.mark.parametrize("make_real", [change_setting, adjust_calendar, import_own_guide])
def test_a_folder_with_a_setting_a_calendar_entry_or_an_own_guide_is_refused(space,
                                                                             make_real):
    make_real(space)
    users = space.db.conn.execute("SELECT COUNT(*) FROM users").fetchone()[0]
    with pytest.raises(RealDataError):
        DemoSeeder(space, seed=1).seed(10, 5)
    assert space.db.conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == users == 0
    assert space.db.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 0


def test_the_command_refuses_a_real_folder_in_one_line_and_a_chosen_password_changes_nothing(
        space, people):
    space.close()
    before = snapshot(space.home)
    seed = cli(space.home, "--cases", "10", "--password", "chosen-pass-1")
    out, err = seed.communicate(timeout=60)
    assert seed.returncode != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and "real data" in err
    assert snapshot(space.home) == before


def test_the_journal_is_switched_off_only_for_a_database_file_the_seed_created(
        tmp_path, monkeypatch, space):
    unjournaled: list[bool] = []
    real_bulk_load = demo.bulk_load

    def watched(conn, into_empty):
        unjournaled.append(into_empty)
        return real_bulk_load(conn, into_empty)

    monkeypatch.setattr(demo, "bulk_load", watched)
    home = tmp_path / "new"
    home.mkdir()
    (home / "counterdesk.sqlite3").touch()  # as paths.home_dir leaves a new folder
    seed_folder(home, 10, 5)
    seed_folder(home, 10, 5)  # a demo folder seeded again is no new file
    DemoSeeder(space, seed=1).seed(10, 5)  # a folder opened by someone else
    assert unjournaled == [True, False, False]


def test_a_second_seed_at_the_same_time_is_told_the_folder_is_busy_and_writes_nothing(
        tmp_path):
    home = tmp_path / "hall"
    first = cli(home, "--cases", "10000", "--days", "60")
    wait_for_lock(home, first.pid)
    second = cli(home, "--cases", "50", "--password", "second-pass-1")
    _, err = second.communicate(timeout=60)
    assert second.returncode != 0
    assert len(err.strip().splitlines()) == 1 and "busy" in err
    out, _ = first.communicate(timeout=120)
    assert first.returncode == 0, out
    after = snapshot(home)
    assert after["cases"] == 10000 and len(after["users"]) == 13
    space = Workspace(home)
    try:
        verdict = verify_log(space)
        assert verdict.ok, verdict.headline()
    finally:
        space.close()


def test_a_seed_while_the_desk_has_the_folder_open_is_busy(space):
    space.close()
    before = snapshot(space.home)
    with InstanceLock(space.home), pytest.raises(DemoBusyError, match="busy"):
        seed_folder(space.home, 10, 5)
    assert snapshot(space.home) == before


def test_a_seed_killed_in_its_first_write_leaves_no_demo_account_behind(space):
    space.close()
    before = snapshot(space.home)
    seed = cli(space.home, "--cases", "20000", "--days", "60")
    wait_for_lock(space.home, seed.pid)
    time.sleep(2.0)  # past start-up and the password hashing: inside the first write
    os.kill(seed.pid, signal.SIGKILL)
    seed.communicate(timeout=30)
    assert seed.returncode == -signal.SIGKILL  # killed, not finished
    assert snapshot(space.home) == before
