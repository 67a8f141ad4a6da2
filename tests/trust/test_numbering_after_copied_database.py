"""A database copied over the live one by hand (not through `restore`) never issues a
document number that was already printed: the head record beside it keeps the highest."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import ALL_PRESENT, ANSWERS, register

from counterdesk.services.intake import IntakeService, SubmissionInput
from counterdesk.services.integrity import verify_log
from counterdesk.services.workspace import Workspace

DB = "counterdesk.sqlite3"


def accept_one(space, clerk) -> int:
    case = register(space, clerk)
    IntakeService(space).decide(clerk, case.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    row = space.db.conn.execute("SELECT seq FROM documents WHERE case_id = :c",
                                {"c": case.id}).fetchone()
    return int(row[0])


def put_back(home: Path, older: Path) -> None:
    """What someone does in a file manager: the old file over the live one."""
    for suffix in ("-wal", "-shm"):
        (home / f"{DB}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(older, home / DB)


def test_a_document_after_an_older_copy_was_put_back_gets_a_higher_number(
        space, people, tmp_path):
    clerk = people["clerk"]
    # GIVEN two receipts numbered, a copy of the database taken, two more numbered
    issued = [accept_one(space, clerk), accept_one(space, clerk)]
    space.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(space.home / DB, older)
    issued += [accept_one(space, clerk), accept_one(space, clerk)]
    assert issued == [1, 2, 3, 4]
    space.close()
    # WHEN the older copy is put over the live database and a receipt is issued
    put_back(space.home, older)
    again = Workspace(space.home, clock=space.clock)
    number = accept_one(again, clerk)
    # THEN its number is higher than every number issued before the copy
    assert number == 5
    # AND verify names the rolled-back database, but not the skipped numbers: they are
    # on record in the document's audit entry
    verdict = verify_log(again)
    codes = {finding.code for finding in verdict.findings}
    assert not verdict.ok and "anchor" in codes and "counter" not in codes
    entry = again.db.conn.execute("SELECT details FROM audit_log WHERE action ="
                                  " 'document_number' ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert '"numbers_skipped":{"acceptance_receipt/2026":[3,4]}' in entry
    again.close()


def test_the_same_old_copy_put_back_twice_still_never_reuses_a_number(space, people,
                                                                      tmp_path):
    clerk = people["clerk"]
    accept_one(space, clerk)
    space.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(space.home / DB, older)
    accept_one(space, clerk)
    space.close()
    numbers = []
    for _ in range(2):
        put_back(space.home, older)
        again = Workspace(space.home, clock=space.clock)
        numbers.append(accept_one(again, clerk))
        again.close()
    # the first copy continued after 2; the second after the 3 the first copy printed
    assert numbers == [3, 4]


def test_numbering_of_an_untouched_database_is_unchanged(space, people):
    clerk = people["clerk"]
    assert [accept_one(space, clerk) for _ in range(3)] == [1, 2, 3]
    assert verify_log(space).ok
    conn = sqlite3.connect(space.home / DB)
    try:
        skipped = conn.execute("SELECT COUNT(*) FROM audit_log WHERE details LIKE"
                               " '%numbers_skipped%'").fetchone()[0]
    finally:
        conn.close()
    assert skipped == 0
