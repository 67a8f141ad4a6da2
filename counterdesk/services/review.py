"""Supervision: the case log with its timelines, and the review queue (confirm, overturn,
decide escalations), every decision audited."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from counterdesk.domain import documents as docs
from counterdesk.domain.cases import CaseStatus, transition
from counterdesk.domain.decision import RejectReason
from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.casework import CaseworkService, TimelineEntry
from counterdesk.services.documents import applicant_of, header, issue_document, item_info
from counterdesk.services.intake import IntakeService
from counterdesk.services.office import OfficeService
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit
from counterdesk.store.case_repo import CaseRepo, new_id
from counterdesk.store.db import Connection
from counterdesk.store.log_repo import LogFilter, LogRepo
from counterdesk.store.review_repo import ReviewRepo

REVIEW_KINDS = ("rejection", "escalation", "bad_rating", "overdue", "late_notice",
                "second_notice", "deadline_moved")
REVIEW_STATUSES = ("open", "confirmed", "overturned")
ESCALATION_UPHELD = RejectReason.ESCALATION_UPHELD.value


class ReviewError(Exception):
    """A review action refused; `code` says why (the UI words it)."""

    def __init__(self, code: str, message: str = ""):
        self.code = code
        super().__init__(message or code)


@dataclass(frozen=True)
class LogPage:
    rows: list[dict[str, Any]]
    offset: int


class LogService:
    """Read-only browsing of every case; only supervisors and admins see the whole log."""

    PAGE_SIZE = 200

    def __init__(self, space: Workspace, actor: Actor):
        require(actor, Role.SUPERVISOR)
        self.space = space
        self.actor = actor

    def with_today(self, spec: LogFilter) -> LogFilter:
        return LogFilter(**{**spec.__dict__, "today": self.space.today().isoformat()})

    def count(self, spec: LogFilter) -> int:
        return LogRepo(self.space.db.conn).count(self.with_today(spec))

    def page(self, spec: LogFilter, sort: str = "registered_at", descending: bool = True,
             offset: int = 0, limit: int = PAGE_SIZE) -> LogPage:
        rows = LogRepo(self.space.db.conn).page(self.with_today(spec), sort, descending,
                                                offset, limit)
        return LogPage(rows, offset)

    def choices(self) -> dict[str, list[Any]]:
        return LogRepo(self.space.db.conn).choices()

    def timeline(self, case_id: str) -> list[TimelineEntry]:
        """The case's own timeline plus every audit entry about the case."""
        entries = CaseworkService(self.space).timeline(case_id)
        for row in LogRepo(self.space.db.conn).audit_entries(case_id):
            details = json.loads(row["details"])
            entries.append(TimelineEntry(row["at"], "audit", {
                "seq": row["seq"], "action": row["action"],
                "actor": row["actor_name"] or "", **details}))
        return sorted(entries, key=lambda entry: entry.at)


class ReviewService:
    def __init__(self, space: Workspace):
        self.space = space

    def refresh_overdue(self, actor: Actor) -> int:
        """Queue accepted cases past their promised date; run when the queue opens."""
        require(actor, Role.SUPERVISOR)
        at = self.space.now_text()
        with self.space.db.transaction() as conn:
            queued = ReviewRepo(conn).queue_overdue(self.space.today().isoformat(), at)
            if queued:
                audit.append(conn, at=at, actor_id=actor.user_id, action="overdue_queued",
                             entity="reviews", entity_id="overdue",
                             details={"cases": sorted(str(row["case_id"]) for row in queued)})
        return len(queued)

    def queue(self, actor: Actor, status: str = "open", kind: str = "") -> list[dict[str, Any]]:
        require(actor, Role.SUPERVISOR)
        if status not in REVIEW_STATUSES or (kind and kind not in REVIEW_KINDS):
            raise ReviewError("bad_filter", f"unknown review status {status!r} or kind {kind!r}")
        return ReviewRepo(self.space.db.conn).listing(status, kind)

    def open_counts(self, actor: Actor) -> dict[str, int]:
        require(actor, Role.SUPERVISOR)
        return ReviewRepo(self.space.db.conn).counts()

    def confirm(self, actor: Actor, review_id: str, comment: str = "") -> None:
        """The supervisor agrees with what the window did."""
        review = self._open_review(actor, review_id)
        if review["kind"] == "escalation":
            raise ReviewError("decide_escalation",
                              "an escalation is decided: uphold the refusal or order acceptance")
        self._close(actor, review, "confirmed", comment, "review_confirm")

    def overturn(self, actor: Actor, review_id: str, comment: str) -> None:
        """The supervisor disagrees; an overturned rejection reopens the case for its owner
        (窗口无否决权: a rejection outside art. 32 ¶1–2 does not stand)."""
        review = self._open_review(actor, review_id)
        if review["kind"] == "escalation":
            raise ReviewError("decide_escalation",
                              "an escalation is decided: uphold the refusal or order acceptance")
        comment = _required(comment)
        reopen = review["kind"] == "rejection"
        self._close(actor, review, "overturned", comment, "review_overturn",
                    CaseStatus.OPEN if reopen else None)

    def decide_escalation(self, actor: Actor, review_id: str, uphold: bool,
                          reason: str) -> None:
        """Uphold the window's refusal as a reasoned rejection, or order acceptance so the
        clerk proceeds with the case."""
        review = self._open_review(actor, review_id)
        if review["kind"] != "escalation":
            raise ReviewError("not_escalation", "only an escalation is decided this way")
        reason = _required(reason)
        if uphold:
            self._close(actor, review, "confirmed", reason, "escalation_upheld",
                        CaseStatus.REJECTED, record_rejection=True)
        else:
            self._close(actor, review, "overturned", reason, "escalation_acceptance_ordered",
                        CaseStatus.OPEN)

    def _open_review(self, actor: Actor, review_id: str) -> dict[str, Any]:
        require(actor, Role.SUPERVISOR)
        review = ReviewRepo(self.space.db.conn).get(review_id)
        if review is None:
            raise ReviewError("unknown_review", f"no review {review_id}")
        if review["status"] != "open":
            raise ReviewError("already_decided", "this review was already decided; "
                                                 "refresh the queue")
        return review

    def _close(self, actor: Actor, review: dict[str, Any], status: str, comment: str,
               action: str, case_status: CaseStatus | None = None,
               record_rejection: bool = False) -> None:
        now = self.space.clock()
        at = now.isoformat(timespec="seconds")
        case_id = str(review["case_id"])
        with self.space.db.transaction() as conn:
            repo = CaseRepo(conn)
            if not ReviewRepo(conn).decide(review["id"], status, actor.user_id, at,
                                           comment.strip()):
                raise ReviewError("already_decided", "this review was already decided; "
                                                     "refresh the queue")
            details: dict[str, object] = {"review": review["id"], "kind": review["kind"],
                                          "status": status, "comment": comment.strip()}
            if case_status is not None:
                case = repo.get_case(case_id)
                assert case is not None
                new_status = transition(CaseStatus(case["status"]), case_status)
                repo.update_case(case_id, {"status": new_status.value, "updated_at": at})
                details["case_status"] = new_status.value
            if record_rejection:
                decision_id = new_id()
                repo.insert_decision({
                    "id": decision_id, "case_id": case_id, "submission_id": None,
                    "outcome": "reject", "reason": ESCALATION_UPHELD, "competent_office": "",
                    "problems": "[]", "notice_due": None, "promised_date": None,
                    "decided_on": now.date().isoformat(), "decided_at": at,
                    "clerk_id": actor.user_id, "first_visit": 0, "note": comment.strip()})
                details["decision"] = decision_id
                case = repo.get_case(case_id)
                assert case is not None
                # Every outcome is answered in writing: the upheld refusal gets its numbered
                # 不予受理通知书 with the supervisor's reasons and the remedies.
                document_id, doc_no = self._issue_upheld_rejection(
                    conn, case, decision_id, actor, comment.strip(), now.date(), at)
                details["document"], details["doc_no"] = document_id, doc_no
            repo.insert_event(case_id, at, actor.user_id, "review", details)
            audit.append(conn, at=at, actor_id=actor.user_id, action=action, entity="case",
                         entity_id=case_id, details=details)


    def _issue_upheld_rejection(self, conn: Connection, case: dict[str, Any],
                                decision_id: str, actor: Actor, reasons: str,
                                today: dt.date, at: str) -> tuple[str, str]:
        settings = OfficeService(self.space).load()
        item = IntakeService(self.space).item_of(case)
        info = item_info(item, settings)
        received = case["received_on"] or today.isoformat()
        notice = docs.RejectionNotice(
            header=header(docs.DocumentType.REJECTION_NOTICE, case, settings, actor, today,
                          item=item),
            applicant=applicant_of(case), item=info,
            received_on=dt.date.fromisoformat(str(received)),
            reason=RejectReason.ESCALATION_UPHELD, legal_basis=item.legal_basis,
            reconsideration_body=info.reconsideration_body, court=info.court,
            stated_reason=reasons)
        docs.check_rejection_printable(notice)
        return issue_document(conn, str(case["id"]), decision_id, actor, notice, settings,
                              today, at)


def _required(comment: str) -> str:
    if not comment.strip():
        raise ReviewError("comment_required", "write the reason for this decision")
    return comment.strip()
