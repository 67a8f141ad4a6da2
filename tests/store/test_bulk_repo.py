"""The bulk writer: row digests equal to the audited ones, and refusal of a moved-on log."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counterdesk.store.bulk_repo import (
    BulkLoadConflictError,
    BulkLogWriter,
    Chunk,
    LogPosition,
    RowDigester,
)
from counterdesk.store.db import Database
from counterdesk.store.state_digest import row_hash

COLUMNS = ["id", "name", "row_version", "copies", "note"]
VALUES = st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1), st.text())


@given(st.tuples(VALUES, VALUES, VALUES, VALUES, VALUES))
def test_bulk_row_digest_equals_the_digest_audit_verify_recomputes(row):
    assert RowDigester("cases", COLUMNS).hash(row) == row_hash("cases", COLUMNS, row)


def test_a_table_with_one_digested_column_hashes_like_row_hash():
    columns = ["id", "row_version"]
    assert RowDigester("t", columns).hash(("x", 3)) == row_hash("t", columns, ("x", 3))


@given(st.tuples(VALUES, st.one_of(st.just(""), st.text())))
def test_a_column_added_later_hashes_like_row_hash_and_not_at_all_when_empty(row):
    columns = ["id", "detail"]
    digest = RowDigester("material_checks", columns).hash(row)
    assert digest == row_hash("material_checks", columns, row)
    if row[1] == "":
        assert digest == row_hash("material_checks", ["id"], row[:1])


def test_a_chunk_built_before_another_program_wrote_is_refused_and_leaves_nothing(tmp_path):
    database = Database(tmp_path / "bulk.sqlite3")
    position = BulkLogWriter(database.conn).position()
    entry = ("2026-01-05T09:00:00+08:00", None, "demo_seed", "case", "c1", "{}")
    after = LogPosition(position.versions, 1, {}, {})
    chunk = Chunk({}, [entry], position, after)
    with database.transaction() as conn:
        conn.execute("UPDATE change_counter SET value = value + 1 WHERE id = 1")
    with pytest.raises(BulkLoadConflictError, match="another program wrote"):
        with database.transaction() as conn:
            BulkLogWriter(conn).write(chunk)
    assert database.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == 0
    database.close()
