"""The unit of work: nothing is kept until `commit()`; the head record moves once per commit."""

import sqlite3

import pytest

from counterdesk.store import audit
from counterdesk.store.db import DiskFullError, open_database
from counterdesk.store.unit_of_work import UnitOfWork


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path)
    yield database
    database.close()


def _window(uow: UnitOfWork, window_id: str = "W09") -> None:
    uow.users.upsert_window(window_id, "测试窗口")
    uow.audit(at="2026-03-02T09:00:00+08:00", actor_id=None, action="window_save",
              entity="window", entity_id=window_id, details={"name": "测试窗口"})


def _windows(db) -> list[str]:
    return [str(row[0]) for row in db.query("SELECT id FROM windows")]


def test_a_block_without_commit_writes_nothing(db):
    with UnitOfWork(db) as uow:
        _window(uow)
    assert _windows(db) == []
    assert db.query("SELECT * FROM audit_log") == []
    assert not db.conn.in_transaction


def test_an_exception_rolls_back(db):
    with pytest.raises(RuntimeError), UnitOfWork(db) as uow:
        _window(uow)
        raise RuntimeError("power cut")
    assert _windows(db) == []
    assert audit.head(db.conn) is None
    assert not db.conn.in_transaction


def test_a_failed_commit_check_is_translated_and_rolled_back(db):


    with pytest.raises(DiskFullError), UnitOfWork(db) as uow:
        _window(uow)
        raise sqlite3.OperationalError("database or disk is full")
    assert _windows(db) == []


def test_commit_writes_and_moves_the_head_record_once(db, tmp_path):
    calls = []
    db.after_commit.append(lambda conn: calls.append(audit.head_entry(conn)))
    with UnitOfWork(db) as uow:
        _window(uow)
        uow.commit()
    assert _windows(db) == ["W09"]
    seq, digest = audit.head_entry(db.conn)
    assert seq == 1 and calls == [(1, digest)]
    anchor = audit.read_anchor(tmp_path)
    assert anchor is not None and (anchor["seq"], anchor["hash"]) == (1, digest)
    assert audit.verify_chain(db.conn).ok


def test_writes_after_a_commit_need_another_commit(db):
    with UnitOfWork(db) as uow:
        _window(uow, "W09")
        uow.commit()
        _window(uow, "W10")
    assert _windows(db) == ["W09"]
    assert audit.head_entry(db.conn)[0] == 1


def test_reads_inside_see_the_units_own_writes(db):
    with UnitOfWork(db) as uow:
        _window(uow)
        assert [w["id"] for w in uow.users.windows()] == ["W09"]
        assert audit.head_entry(uow.conn)[0] == 1
    assert _windows(db) == []


def test_the_workspace_hands_out_units_of_work(space):
    with space.unit_of_work() as uow:
        uow.settings.put("office_name", "测试")
        uow.commit()
    assert space.db.query("SELECT value FROM settings WHERE key = 'office_name'")[0][0] == "测试"
