"""A write that fails for lack of space leaves the database as it was and says so."""

from __future__ import annotations

import pytest
from conftest import ALL_PRESENT, ANSWERS, register

from counterdesk.services.intake import IntakeService, SubmissionInput
from counterdesk.services.integrity import verify_log
from counterdesk.store.db import DiskFullError

TABLES = ("cases", "submissions", "material_checks", "decisions", "documents", "doc_counters",
          "reviews", "audit_log")


def snapshot(space):
    conn = space.db.conn
    return {table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in TABLES}


def fill_the_disk(space):
    """SQLite may not grow the file by a single page: what a full disk looks like to it."""
    conn = space.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_decision_on_a_full_disk_raises_disk_full_and_writes_nothing(space, people):
    case = register(space, people["clerk"])
    # Big enough answers that the decision needs new pages.
    form = SubmissionInput({**ANSWERS}, ALL_PRESENT, competent_office="局" * 20000)
    before = snapshot(space)
    fill_the_disk(space)
    with pytest.raises(DiskFullError) as raised:
        IntakeService(space).decide(people["clerk"], case.id, form)
    assert "nothing of this write was saved" in str(raised.value)
    assert snapshot(space) == before
    assert IntakeService(space).case(case.id).status == "open"
    space.db.conn.execute("PRAGMA max_page_count = 1073741823")
    recorded = IntakeService(space).decide(people["clerk"], case.id, form)  # same form
    assert recorded.doc_no.endswith("〔2026〕1号")
    assert verify_log(space).ok
