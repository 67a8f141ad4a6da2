"""The database file: pragmas, migrations and transactions."""

import datetime as dt
import sqlite3

import pytest

from counterdesk.store.db import LATEST_VERSION, Database, StoreError, migrations


def test_a_new_database_is_migrated_to_the_latest_version_with_wal_and_foreign_keys(tmp_path):
    db = Database(tmp_path / "c.sqlite3")
    assert db.version == LATEST_VERSION >= 1
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.integrity_check() == "ok"


def test_migrations_are_numbered_without_gaps():
    numbers = [number for number, _, _ in migrations()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_each_migration_applies_on_top_of_the_previous_version(tmp_path):
    path = tmp_path / "c.sqlite3"
    for target in range(1, LATEST_VERSION + 1):
        db = Database(path, migrate_to=target)
        assert db.version == target
        assert db.integrity_check() == "ok"
        db.close()


def test_a_failing_transaction_leaves_nothing_behind(tmp_path):
    db = Database(tmp_path / "c.sqlite3")
    with pytest.raises(RuntimeError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
            raise RuntimeError("power cut")
    assert db.query("SELECT * FROM settings") == []


def test_a_foreign_key_violation_is_refused(tmp_path):
    db = Database(tmp_path / "c.sqlite3")
    with pytest.raises(StoreError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO tracking_counters (window_id, day, last_seq)"
                         " VALUES ('NOPE', '20260101', 1)")


def test_a_database_from_a_newer_program_is_refused_clearly(tmp_path):
    path = tmp_path / "c.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer CounterDesk"):
        Database(path)


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path):
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="damaged or unreadable"):
        Database(path)


def test_migration_3_indexes_the_lookups_a_case_audit_entry_makes(tmp_path):
    path = tmp_path / "c.sqlite3"
    Database(path, migrate_to=2).close()
    db = Database(path, migrate_to=3)
    plan = " ".join(str(tuple(row)) for row in db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM reviews WHERE case_id = 'x'"))
    assert "reviews_case" in plan
    plan = " ".join(str(tuple(row)) for row in db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM document_prints WHERE document_id = 'x'"))
    assert "document_prints_document" in plan


def test_migration_4_moves_declared_years_out_of_the_settings(tmp_path):
    path = tmp_path / "c.sqlite3"
    db = Database(path, migrate_to=3)
    with db.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES"
                     " ('calendar_declared_years', '2027,2028')")
    db.close()
    db = Database(path, migrate_to=4)
    years = [row[0] for row in db.conn.execute("SELECT year FROM calendar_years ORDER BY year")]
    assert years == [2027, 2028]
    assert db.conn.execute("SELECT COUNT(*) FROM settings"
                           " WHERE key = 'calendar_declared_years'").fetchone()[0] == 0


def test_migration_5_keeps_earlier_overrides_moving_promised_dates(tmp_path):
    from counterdesk.store.settings_repo import SettingsRepo

    path = tmp_path / "c.sqlite3"
    db = Database(path, migrate_to=4)
    with db.transaction() as conn:
        conn.execute("INSERT INTO calendar_overrides (day, workday, note, created_by,"
                     " created_at) VALUES ('2026-10-15', 0, '停电闭厅', NULL, '2026-10-01')")
    db.close()
    db = Database(path, migrate_to=5)
    assert SettingsRepo(db.conn).promise_overrides() == {dt.date(2026, 10, 15): False}


def test_migration_6_keeps_the_cases_checked_before_it_verified(space, people):
    from counterdesk.services.integrity import verify_connection
    from tests.supervisor.conftest import CaseMaker

    # GIVEN a case whose materials were checked by a version-5 program (no clerk's words)
    CaseMaker(space, people["clerk"]).supplement()
    path = space.db.path
    space.db.conn.execute("ALTER TABLE material_checks DROP COLUMN detail")
    space.db.conn.execute("PRAGMA user_version = 5")
    assert verify_connection(space.db.conn).ok
    space.close()
    # WHEN the database is opened by this version
    db = Database(path, migrate_to=6)
    # THEN every earlier check has no words and the audit log still matches every case
    assert {row[0] for row in db.conn.execute("SELECT detail FROM material_checks")} == {""}
    verdict = verify_connection(db.conn)
    assert verdict.ok, verdict.headline()
    db.close()


def test_migration_7_makes_the_names_already_registered_searchable(tmp_path):
    from counterdesk.store.log_repo import LogFilter, LogRepo

    # GIVEN a case registered by a version-6 program
    path = tmp_path / "c.sqlite3"
    db = Database(path, migrate_to=6)
    with db.transaction() as conn:
        conn.execute("INSERT INTO windows (id, name) VALUES ('W01', '综合窗口')")
        conn.execute("INSERT INTO users (id, username, display_name, role, password_hash,"
                     " created_at) VALUES (1, 'zhang', '张敏', 'clerk', 'x', '2026-09-30')")
        conn.execute("INSERT INTO cases (id, tracking_no, window_id, owner_id, purpose, channel,"
                     " applicant_kind, applicant_name, id_number, status, registered_at,"
                     " updated_at) VALUES ('c1', 'W01-20260930-0001', 'W01', 1, 'consult',"
                     " 'onsite', 'person', '欧阳娜娜', '37082619850101123X', 'open',"
                     " '2026-09-30T09:00:00+08:00', '2026-09-30T09:00:00+08:00')")
    db.close()
    # WHEN this version opens it
    db = Database(path, migrate_to=7)
    log = LogRepo(db.conn)
    # THEN part of the name and the ID number's last four find it, each from an index
    for typed in ("阳娜", "123x"):
        assert [row["id"] for row in log.page(LogFilter(search=typed), "registered_at", True)
                ] == ["c1"]
    plan = " ".join(str(tuple(row)) for row in db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT case_rowid FROM case_name_terms WHERE term = '阳娜'"
        " UNION SELECT rowid FROM cases WHERE substr(id_number, -4) = '123X'"))
    assert "PRIMARY KEY" in plan and "cases_id_last4" in plan and "SCAN" not in plan
    db.close()
