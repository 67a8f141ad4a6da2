"""Schema 2 adds change tracking to a version-1 database without losing a row."""

from __future__ import annotations

from counterdesk.store.db import Database


def test_a_version_1_database_with_cases_migrates_and_its_rows_enter_the_first_batch(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, migrate_to=1)
    with old.transaction() as conn:
        conn.execute("INSERT INTO windows (id, name) VALUES ('W01', '窗口')")
        conn.execute("INSERT INTO users (id, username, display_name, role, password_hash,"
                     " created_at) VALUES (1, 'zhang', '张敏', 'clerk', 'x', '2026-09-30')")
        conn.execute("INSERT INTO cases (id, tracking_no, window_id, owner_id, purpose, channel,"
                     " applicant_kind, applicant_name, status, registered_at, updated_at)"
                     " VALUES ('c1', 'W01-20260930-0001', 'W01', 1, 'consult', 'onsite',"
                     " 'person', '王小明', 'open', '2026-09-30T09:00:00+08:00',"
                     " '2026-09-30T09:00:00+08:00')")
    assert old.version == 1
    old.close()
    new = Database(path, migrate_to=2)  # this migration alone; later ones test themselves
    assert new.version == 2
    row = new.conn.execute("SELECT applicant_name, row_version FROM cases").fetchone()
    assert tuple(row) == ("王小明", 1)
    assert new.conn.execute("SELECT value FROM change_counter").fetchone()[0] == 1
    new.close()


def test_inserting_and_changing_a_row_gives_it_a_new_version_from_one_counter(tmp_path):
    db = Database(tmp_path / "db.sqlite3")
    with db.transaction() as conn:
        conn.execute("INSERT INTO windows (id, name) VALUES ('W01', '窗口')")
        conn.execute("INSERT INTO users (id, username, display_name, role, password_hash,"
                     " created_at) VALUES (1, 'zhang', '张敏', 'clerk', 'x', '2026-09-30')")
        for case_id in ("a", "b"):
            conn.execute("INSERT INTO cases (id, tracking_no, window_id, owner_id, purpose,"
                         " channel, applicant_kind, applicant_name, status, registered_at,"
                         " updated_at) VALUES (:id, :id, 'W01', 1, 'consult', 'onsite',"
                         " 'person', '某', 'open', 't', 't')", {"id": case_id})
    versions = dict(db.conn.execute("SELECT id, row_version FROM cases").fetchall())
    assert versions == {"a": 2, "b": 3}
    with db.transaction() as conn:
        conn.execute("UPDATE cases SET status = 'closed' WHERE id = 'a'")
    assert db.conn.execute("SELECT row_version FROM cases WHERE id = 'a'").fetchone()[0] == 4
    db.close()
