"""The audit verify finds any row edited or deleted outside the program, in any table."""

from __future__ import annotations

import pytest
from tampering import tamper, tamper_script

from counterdesk.services.accounts import AccountError, AccountService, Role
from counterdesk.services.integrity import verify_log
from counterdesk.store import audit


def test_a_log_written_only_by_the_program_verifies_intact(space, people, history):
    verdict = verify_log(space)
    assert verdict.ok, verdict.findings
    assert verdict.entries >= 20 and verdict.entities >= 8
    assert verdict.first_broken is None


EDITS = {
    "cases": "UPDATE cases SET applicant_name = '李四' WHERE id = :case",
    "submissions": "UPDATE submissions SET received_on = '2026-09-01' WHERE case_id = :case",
    "material_checks": "UPDATE material_checks SET received = 1 - received WHERE submission_id"
                       " IN (SELECT id FROM submissions WHERE case_id = :case)",
    "decisions": "UPDATE decisions SET outcome = 'reject' WHERE case_id = :case",
    "case_events": "UPDATE case_events SET details = '{}' WHERE case_id = :case",
    "reviews": "UPDATE reviews SET status = 'confirmed' WHERE case_id = :case",
    "documents": "UPDATE documents SET body = '{}' WHERE case_id = :case",
    "document_prints": "UPDATE document_prints SET reprint = 0",
    "users": "UPDATE users SET role = 'supervisor' WHERE username = 'zhang'",
    "windows": "UPDATE windows SET name = '改' WHERE id = 'W02'",
    "settings": "UPDATE settings SET value = '别的法院' WHERE key = 'court'",
    "catalog_items": "UPDATE catalog_items SET name = '改' WHERE rowid = 1",
    "doc_counters": "UPDATE doc_counters SET last_seq = last_seq - 1",
    "tracking_counters": "UPDATE tracking_counters SET last_seq = 1",
}
DELETES = {
    "cases": "DELETE FROM cases WHERE id = :case",
    "submissions": "DELETE FROM submissions WHERE case_id = :case",
    "material_checks": "DELETE FROM material_checks WHERE rowid = (SELECT MAX(rowid) FROM"
                       " material_checks)",
    "decisions": "DELETE FROM decisions WHERE case_id = :case",
    "case_events": "DELETE FROM case_events WHERE case_id = :case",
    "reviews": "DELETE FROM reviews",
    "documents": "DELETE FROM documents WHERE case_id = :case",
    "document_prints": "DELETE FROM document_prints WHERE rowid = 2",
    "users": "DELETE FROM users WHERE username = 'li'",
    "windows": "DELETE FROM windows WHERE id = 'W02'",
    "settings": "DELETE FROM settings WHERE key = 'court'",
    "catalog_items": "DELETE FROM catalog_items WHERE rowid = 1",
    "doc_counters": "DELETE FROM doc_counters",
    "tracking_counters": "DELETE FROM tracking_counters",
    "audit_log": "DELETE FROM audit_log WHERE seq = 3",
    "audit_head": "DELETE FROM settings WHERE key = 'audit_head'",
}


@pytest.mark.parametrize("table", sorted(EDITS))
def test_an_edited_row_in_any_table_is_found(space, people, history, table):
    case_id = history["accepted"].id
    tamper(space.home, EDITS[table], case=case_id)
    verdict = verify_log(space)
    assert not verdict.ok
    assert "NOT intact" in verdict.headline()


@pytest.mark.parametrize("table", sorted(DELETES))
def test_a_deleted_row_in_any_table_is_found(space, people, history, table):
    case_id = history["rejected"].id if table == "reviews" else history["accepted"].id
    tamper(space.home, DELETES[table], case=case_id)
    assert not verify_log(space).ok


def test_an_edited_case_names_the_latest_entry_about_it(space, people, history):
    case_id = history["pending"].id
    last_about_case = space.db.conn.execute(
        "SELECT MAX(seq) FROM audit_log WHERE entity = 'case' AND entity_id = :c",
        {"c": case_id}).fetchone()[0]
    tamper(space.home, "UPDATE cases SET phone = '13900000000' WHERE id = :case", case=case_id)
    verdict = verify_log(space)
    assert verdict.first_broken == last_about_case
    assert verdict.findings[0].code == "row_changed"
    assert case_id in verdict.findings[0].message


def test_deleting_the_newest_audit_entries_is_found_by_the_chain_head(space, people, history):
    newest = space.db.conn.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0]
    tamper(space.home, "DELETE FROM audit_log WHERE seq > :keep", keep=newest - 2)
    chain = [f for f in verify_log(space).findings if f.code == "chain"]
    assert chain and f"{newest - 1}..{newest}" in chain[0].message


def test_an_altered_audit_entry_is_named(space, people, history):
    tamper(space.home, "UPDATE audit_log SET action = 'login' WHERE seq = 5")
    verdict = verify_log(space)
    assert verdict.first_broken == 5 and verdict.findings[0].code == "chain"


def test_a_case_inserted_outside_the_program_has_no_audit_entry(space, people, history):
    tamper_script(space.home, """
        CREATE TEMP TABLE forged AS SELECT * FROM cases LIMIT 1;
        UPDATE forged SET id = 'forged', tracking_no = 'W01-20260930-9999';
        INSERT INTO cases SELECT * FROM forged;""")
    codes = {finding.code for finding in verify_log(space).findings}
    assert "row_unaudited" in codes


def test_a_review_entry_records_the_state_of_its_case(space, people, history):
    review_id = space.db.conn.execute("SELECT id FROM reviews WHERE kind = 'rejection'"
                                      ).fetchone()[0]
    supervisor = people["supervisor"]
    with space.db.transaction() as conn:
        conn.execute("UPDATE reviews SET status = 'confirmed', reviewer_id = :u WHERE id = :r",
                     {"u": supervisor.user_id, "r": review_id})
        audit.append(conn, at=space.now_text(), actor_id=supervisor.user_id,
                     action="review_confirm", entity="review", entity_id=review_id)
    assert verify_log(space).ok


def test_failed_log_ins_and_account_changes_keep_the_log_intact(space, people):
    accounts = AccountService(space)
    accounts.create_user(people["admin"], "wang", "王芳", "clerk-pass-2", Role.CLERK)
    for _ in range(2):
        with pytest.raises(AccountError):
            accounts.log_in("wang", "wrong-password", "W01")
    with pytest.raises(AccountError):
        accounts.log_in("nobody", "wrong-password", "W01")
    assert verify_log(space).ok
