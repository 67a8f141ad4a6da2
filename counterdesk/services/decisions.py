"""The one writer of decision rows: the window's art. 32 decision and a supervisor's upheld
refusal are both recorded here, inside the caller's unit of work."""

from __future__ import annotations

from counterdesk.store.case_repo import new_id
from counterdesk.store.unit_of_work import UnitOfWork


def record_decision(uow: UnitOfWork, *, case_id: str, submission_id: str | None,
                    outcome: str, reason: str, competent_office: str, problems: str,
                    notice_due: str | None, promised_date: str | None, decided_on: str,
                    decided_at: str, clerk_id: int, first_visit: bool, note: str) -> str:
    """Insert the decision row; its new id. The caller records the audit entry after the
    rows the decision changes (case status, reviews, document) are written."""
    decision_id = new_id()
    uow.cases.insert_decision({
        "id": decision_id, "case_id": case_id, "submission_id": submission_id,
        "outcome": outcome, "reason": reason, "competent_office": competent_office,
        "problems": problems, "notice_due": notice_due, "promised_date": promised_date,
        "decided_on": decided_on, "decided_at": decided_at, "clerk_id": clerk_id,
        "first_visit": int(first_visit), "note": note})
    return decision_id
