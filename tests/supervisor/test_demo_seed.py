"""Demo seeding: realistic cases in bulk that every other part of the program accepts.

Seeding goes only into a folder without real data, so these tests seed the suite's `space`
(the bundled catalog and nothing else) and work as the demo staff."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.services.accounts import AccountError, AccountService
from counterdesk.services.demo import DemoSeeder, seed_folder
from counterdesk.services.exporting import export_batch
from counterdesk.services.integrity import verify_log
from counterdesk.services.review import ReviewService
from counterdesk.services.stats import StatsService
from counterdesk.services.workspace import Workspace
from tests.supervisor.conftest import CaseMaker


def count(space, sql):
    return space.db.conn.execute(sql).fetchone()[0]


def demo_staff(space, password):
    accounts = AccountService(space)
    return (accounts.log_in("demo_zhang", password, "W01"),
            accounts.log_in("demo_supervisor", password, "W01"))


def test_seeded_cases_keep_the_audit_chain_valid_and_cover_every_outcome(space):
    result = DemoSeeder(space, seed=7).seed(600, 30)
    assert result.cases == 600 and count(space, "SELECT COUNT(*) FROM cases") == 600
    verdict = verify_log(space)
    assert verdict.ok, verdict.headline()
    outcomes = {row[0] for row in space.db.conn.execute("SELECT outcome FROM decisions")}
    assert outcomes == {"accept", "supplement", "reject"}
    statuses = {row[0] for row in space.db.conn.execute("SELECT status FROM cases")}
    assert {"completed", "accepted", "supplement_pending", "escalated", "closed"} <= statuses
    kinds = {row[0] for row in space.db.conn.execute("SELECT kind FROM reviews")}
    assert {"rejection", "escalation", "bad_rating"} <= kinds


def test_work_after_seeding_gets_fresh_numbers_and_exports_every_seeded_row(space, tmp_path):
    seeded = DemoSeeder(space, seed=7).seed(300, 10)
    clerk, _ = demo_staff(space, seeded.password)
    case_id = CaseMaker(space, clerk).accepted()  # numbers continue, never collide
    assert count(space, "SELECT COUNT(DISTINCT doc_no) FROM documents") == \
        count(space, "SELECT COUNT(*) FROM documents")
    result = export_batch(space, None, tmp_path / "out")
    assert result.rows["cases"] == 301
    assert result.rows["material_checks"] == count(space, "SELECT COUNT(*) FROM material_checks")
    assert case_id in (result.folder / "cases.csv").read_text(encoding="utf-8-sig")
    verdict = verify_log(space)
    assert verdict.ok, verdict.headline()


def test_seeded_data_fills_the_dashboard_and_the_overdue_queue(space):
    seeded = DemoSeeder(space, seed=3).seed(800, 40)
    _, supervisor = demo_staff(space, seeded.password)
    board = StatsService(space).dashboard(supervisor, dt.date(2026, 1, 1),
                                          dt.date(2026, 12, 31))
    assert sum(row[1] for row in board.figure("volume_by_day").rows) == 800
    ReviewService(space).refresh_overdue(supervisor)
    assert ReviewService(space).queue(supervisor, kind="overdue")
    verdict = verify_log(space)
    assert verdict.ok, verdict.headline()


def test_seeded_documents_rebuild_from_the_log_with_their_own_case_and_dates(space):
    from counterdesk.services import document_codec

    DemoSeeder(space, seed=5).seed(200, 20)
    rows = space.db.conn.execute(
        "SELECT d.doc_type, d.body, d.doc_no, c.tracking_no, c.received_on, c.promised_date"
        " FROM documents d JOIN cases c ON c.id = d.case_id WHERE d.doc_type ="
        " 'acceptance_receipt'").fetchall()
    assert rows
    for doc_type, body, doc_no, tracking_no, received_on, promised_date in rows:
        document = document_codec.loads(doc_type, body)
        assert document.header.tracking_number == tracking_no
        assert document.header.doc_number == doc_no
        assert document.accepted_on.isoformat() <= (promised_date or "9999")
        assert document.header.issued_on.isoformat() >= received_on


def test_seeding_a_new_folder_restores_its_indexes_journal_and_foreign_keys(space, tmp_path,
                                                                           clock):
    indexes = {row[0] for row in space.db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    home = tmp_path / "new-folder"
    home.mkdir()
    (home / "counterdesk.sqlite3").touch()  # the empty file paths.home_dir creates
    seed_folder(home, 150, 15, seed=11)
    seeded = Workspace(home, clock=clock)
    conn = seeded.db.conn
    assert {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")} == indexes
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 150
    seeded.close()


def test_seeding_twice_continues_the_audit_chain_and_every_counter(space):
    DemoSeeder(space, seed=1).seed(120, 10)
    DemoSeeder(space, seed=2).seed(130, 10)
    assert count(space, "SELECT COUNT(*) FROM cases") == 250
    assert count(space, "SELECT COUNT(DISTINCT id) FROM cases") == 250
    assert count(space, "SELECT COUNT(DISTINCT tracking_no) FROM cases") == 250
    assert space.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    verdict = verify_log(space)
    assert verdict.ok, verdict.headline()


def test_seeded_rows_carry_distinct_export_versions_up_to_the_change_counter(space):
    DemoSeeder(space, seed=4).seed(100, 10)
    versions = [row[0] for row in space.db.conn.execute(
        "SELECT row_version FROM cases UNION ALL SELECT row_version FROM material_checks"
        " UNION ALL SELECT row_version FROM documents UNION ALL SELECT row_version FROM reviews")]
    assert len(versions) == len(set(versions))
    assert max(versions) <= count(space, "SELECT value FROM change_counter")


def test_demo_accounts_get_a_random_password_unless_one_is_given(space):
    first = DemoSeeder(space, seed=9).seed(5, 2)
    assert len(first.password) >= 8
    assert demo_staff(space, first.password)[1].username == "demo_supervisor"
    with pytest.raises(AccountError):
        DemoSeeder(space, seed=9, password="short")


def test_seeding_again_gives_the_demo_accounts_the_password_it_prints(space):
    first = DemoSeeder(space, seed=1).seed(5, 2)
    again = DemoSeeder(space, seed=2, password="again-pass-1").seed(5, 2)
    assert again.password == "again-pass-1"
    assert demo_staff(space, "again-pass-1")[0].username == "demo_zhang"
    with pytest.raises(AccountError):
        AccountService(space).log_in("demo_zhang", first.password, "W01")
