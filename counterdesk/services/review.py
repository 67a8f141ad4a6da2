"""Supervision: the case log with its timelines, and the review queue (confirm, overturn,
decide escalations), every decision audited."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from counterdesk.domain import documents as docs
from counterdesk.domain.calendar import UnknownYearError
from counterdesk.domain.cases import Case, CaseStatus, ReviewKind, ReviewStatus, reviewed
from counterdesk.domain.catalog import Category, ServiceItem
from counterdesk.domain.decision import RejectReason
from counterdesk.domain.pledges import PledgeState
from counterdesk.domain.ratings import FollowUpStep
from counterdesk.domain.refusal_grounds import (
    RefusalGroundError,
    StatedGround,
    checked_ground,
    ground_basis,
)
from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.casework import CaseworkService, TimelineEntry
from counterdesk.services.decisions import record_decision
from counterdesk.services.documents import applicant_of, header, issue_document, item_info
from counterdesk.services.intake import IntakeService
from counterdesk.services.office import OfficeService
from counterdesk.services.pledges import PledgeService
from counterdesk.services.workspace import Workspace
from counterdesk.store.log_repo import LogFilter, LogRepo
from counterdesk.store.rating_repo import RatingRepo
from counterdesk.store.review_repo import ReviewRepo
from counterdesk.store.unit_of_work import UnitOfWork

# The queue's filters take the domain's codes (domain/cases.py ReviewKind, ReviewStatus).
REVIEW_KINDS = tuple(kind.value for kind in ReviewKind)
REVIEW_STATUSES = tuple(status.value for status in ReviewStatus)
ESCALATION_UPHELD = RejectReason.ESCALATION_UPHELD.value


# Issues a decision's written answer inside the review's transaction; returns what the
# audit entry records of it.
Answer = Callable[[UnitOfWork, dt.datetime], dict[str, object]]


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
        with self.space.unit_of_work() as uow:
            today = self.space.today().isoformat()
            queued = [str(row["case_id"]) for row in uow.reviews.queue_overdue(today, at)]
            # 容缺受理/告知承诺: a pledge still open after its day (the material never came,
            # or the commitment is due for verification).
            queued += PledgeService.queue_overdue(uow, today, at)
            if queued:
                uow.audit(at=at, actor_id=actor.user_id, action="overdue_queued",
                          entity="reviews", entity_id="overdue",
                          details={"cases": sorted(set(queued))})
            uow.commit()
        return len(queued)

    def queue(self, actor: Actor, status: str = "open", kind: str = "") -> list[dict[str, Any]]:
        """The items of one status (and kind), each with `answer_by` (an escalation: the
        item's notice deadline from the day of receipt, by when the applicant must have the
        answer; a bad rating: its follow-up date; others: their due date, if any) and
        `overdue` (an open item past it); bad ratings also with their follow-up so far
        (`visits`, `rectifications`, `verdict`)."""
        require(actor, Role.SUPERVISOR)
        if status not in REVIEW_STATUSES or (kind and kind not in REVIEW_KINDS):
            raise ReviewError("bad_filter", f"unknown review status {status!r} or kind {kind!r}")
        conn = self.space.db.conn
        rows = ReviewRepo(conn).listing(status, kind)
        rated = [str(row["subject_id"]) for row in rows if row["kind"] == ReviewKind.BAD_RATING]
        steps = RatingRepo(conn).step_counts(rated)
        verdicts = RatingRepo(conn).verdicts(rated)
        today = self.space.today()
        for row in rows:
            answer_by = row["due_on"]
            followed = False
            if row["kind"] == ReviewKind.ESCALATION:
                answer_by = self._answer_by(row)
            elif row["kind"] == ReviewKind.BAD_RATING:
                counts = steps.get(str(row["subject_id"]), {})
                row["visits"] = counts.get(FollowUpStep.VISIT.value, 0)
                row["rectifications"] = counts.get(FollowUpStep.RECTIFICATION.value, 0)
                row["verdict"] = verdicts.get(str(row["subject_id"]), "")
                followed = bool(row["visits"]) or bool(row["verdict"])
            row["answer_by"] = answer_by
            row["overdue"] = (row["status"] == ReviewStatus.OPEN and not followed
                              and bool(answer_by) and str(answer_by) < today.isoformat())
        return rows

    def _answer_by(self, row: dict[str, Any]) -> str | None:
        """窗口否决报备: the day the applicant must be answered in writing by — the item's
        notice period from the day of receipt, as the materials receipt printed it."""
        intake = IntakeService(self.space)
        try:
            due = intake.escalation_answer_due(intake.case(str(row["case_id"])))
        except UnknownYearError:
            return None  # the calendar lacks the year: the desk says so where it decides
        return due.isoformat() if due is not None else None

    def confirm(self, actor: Actor, review_id: str, comment: str = "") -> None:
        """The supervisor agrees with what the window did."""
        review = self._open_review(actor, review_id)
        if review["kind"] == ReviewKind.ESCALATION:
            raise ReviewError("decide_escalation",
                              "an escalation is decided: uphold the refusal or order acceptance")
        if review["kind"] == ReviewKind.PLEDGE_OVERDUE:
            # Confirmed: the pledge is broken (the material never came, or the commitment
            # proved untrue) — a supervisor's finding, in words.
            comment = _required(comment)
            self._close(actor, review, ReviewStatus.CONFIRMED, comment, "review_confirm",
                        answer=self._settle(review, actor, PledgeState.BROKEN, comment))
            return
        self._close(actor, review, ReviewStatus.CONFIRMED, comment, "review_confirm")

    @staticmethod
    def _settle(review: dict[str, Any], actor: Actor, state: PledgeState, comment: str
                ) -> Answer:
        def answer(uow: UnitOfWork, now: dt.datetime) -> dict[str, object]:
            at = now.isoformat(timespec="seconds")
            uow.aftercare.settle_pledge(str(review["subject_id"]), state.value,
                                        actor.user_id, at, comment.strip())
            return {"pledge": str(review["subject_id"]), "pledge_state": state.value}
        return answer

    def overturn(self, actor: Actor, review_id: str, comment: str) -> str | None:
        """The supervisor disagrees; an overturned rejection reopens the case for its owner
        (窗口无否决权: a rejection outside art. 32 ¶1–2 does not stand) and is answered with a
        revocation notice, whose document id is returned (None for other kinds)."""
        review = self._open_review(actor, review_id)
        if review["kind"] == ReviewKind.ESCALATION:
            raise ReviewError("decide_escalation",
                              "an escalation is decided: uphold the refusal or order acceptance")
        if review["kind"] == ReviewKind.BAD_RATING:
            raise ReviewError("rating_appeal_only",
                              "a bad rating is set aside only by deciding the applicant's "
                              "appeal (申诉复核)")
        comment = _required(comment)
        if review["kind"] == ReviewKind.PLEDGE_OVERDUE:  # not a problem: the material came
            return self._close(actor, review, ReviewStatus.OVERTURNED, comment,
                               "review_overturn",
                               answer=self._settle(review, actor, PledgeState.FULFILLED,
                                                   comment))
        if review["kind"] != ReviewKind.REJECTION:
            return self._close(actor, review, ReviewStatus.OVERTURNED, comment,
                               "review_overturn")
        return self._close(actor, review, ReviewStatus.OVERTURNED, comment, "review_overturn",
                           CaseStatus.OPEN,
                           lambda uow, now: self._revoke_refusal(uow, review, actor, comment,
                                                                  now))

    def decide_escalation(self, actor: Actor, review_id: str, uphold: bool, reason: str,
                          ground: StatedGround | None = None) -> str | None:
        """Uphold the window's refusal as a reasoned rejection on a lawful ground (the id of
        its 不予受理通知书 is returned, to be handed or sent to the applicant), or order
        acceptance so the clerk proceeds with the case (None)."""
        review = self._open_review(actor, review_id)
        if review["kind"] != ReviewKind.ESCALATION:
            raise ReviewError("not_escalation", "only an escalation is decided this way")
        reason = _required(reason)
        if not uphold:
            return self._close(actor, review, ReviewStatus.OVERTURNED, reason,
                               "escalation_acceptance_ordered", CaseStatus.OPEN)
        if ground is None:
            raise ReviewError("ground_required", "choose the lawful ground of the refusal")
        case = IntakeService(self.space).case(str(review["case_id"]))
        item = IntakeService(self.space).item_of(case)
        try:
            stated = checked_ground(ground, item.category == Category.LICENSE)
        except RefusalGroundError as error:
            raise ReviewError(error.code, str(error)) from error
        return self._close(actor, review, ReviewStatus.CONFIRMED, reason, "escalation_upheld",
                           CaseStatus.REJECTED,
                           lambda uow, now: self._uphold_refusal(uow, case, item, actor,
                                                                  reason, stated, now))

    def cited_basis(self, actor: Actor, review_id: str, ground: StatedGround) -> str | None:
        """The rule a refusal upheld on this ground would cite for the case's item (None: a
        non-licence item whose guide names no procedure)."""
        require(actor, Role.SUPERVISOR)
        review = ReviewRepo(self.space.db.conn).get(review_id)
        if review is None:
            raise ReviewError("unknown_review", f"no review {review_id}")
        intake = IntakeService(self.space)
        item = intake.item_of(intake.case(str(review["case_id"])))
        licence = item.category == Category.LICENSE
        # A ground still being typed shows as typed; deciding says what is missing.
        with contextlib.suppress(RefusalGroundError):
            ground = checked_ground(ground, licence)
        return ground_basis(ground, licence, item.procedure.basis)

    def _open_review(self, actor: Actor, review_id: str) -> dict[str, Any]:
        require(actor, Role.SUPERVISOR)
        review = ReviewRepo(self.space.db.conn).get(review_id)
        if review is None:
            raise ReviewError("unknown_review", f"no review {review_id}")
        if review["status"] != ReviewStatus.OPEN:
            raise ReviewError("already_decided", "this review was already decided; "
                                                 "refresh the queue")
        return review

    def _close(self, actor: Actor, review: dict[str, Any], status: ReviewStatus, comment: str,
               action: str, case_status: CaseStatus | None = None,
               answer: Answer | None = None) -> str | None:
        """Close the review, move the case, and issue the written answer the decision calls
        for, all in one transaction; the id of the document issued to the applicant, if
        one was."""
        now = self.space.clock()
        at = now.isoformat(timespec="seconds")
        case_id = str(review["case_id"])
        with self.space.unit_of_work() as uow:
            repo = uow.cases
            if not uow.reviews.decide(review["id"], status, actor.user_id, at,
                                      comment.strip()):
                raise ReviewError("already_decided", "this review was already decided; "
                                                     "refresh the queue")
            details: dict[str, object] = {"review": review["id"], "kind": review["kind"],
                                          "status": status.value, "comment": comment.strip()}
            if case_status is not None:
                case = repo.get_case(case_id)
                assert case is not None
                after = reviewed(case, case_status, at)
                repo.save_case(case, after)
                details["case_status"] = after.status.value
            if answer is not None:
                details.update(answer(uow, now))
            repo.insert_event(case_id, at, actor.user_id, "review", details)
            uow.audit(at=at, actor_id=actor.user_id, action=action, entity="case",
                      entity_id=case_id, details=details)
            uow.commit()
        document = details.get("document")
        return str(document) if document else None

    def _uphold_refusal(self, uow: UnitOfWork, case: Case, item: ServiceItem,
                        actor: Actor, reasons: str, ground: StatedGround, now: dt.datetime
                        ) -> dict[str, object]:
        """Record the refusal as the case's decision and answer it with a numbered
        不予受理通知书 citing the ground's law, dated from the day the application was
        received (never the day of the review)."""
        at, today = now.isoformat(timespec="seconds"), now.date()
        decision_id = record_decision(
            uow, case_id=case.id, submission_id=None, outcome="reject",
            reason=ESCALATION_UPHELD, competent_office=ground.competent_office, problems="[]",
            notice_due=None, promised_date=None, decided_on=today.isoformat(), decided_at=at,
            clerk_id=actor.user_id, first_visit=False, note=reasons)
        settings = OfficeService(self.space).load()
        info = item_info(item, settings)
        notice = docs.RejectionNotice(
            header=header(docs.DocumentType.REJECTION_NOTICE, case, settings, actor, today,
                          item=item),
            applicant=applicant_of(case), item=info,
            received_on=self._received_on(uow, case),
            reason=RejectReason.ESCALATION_UPHELD,
            competent_office=ground.competent_office, legal_basis=item.legal_basis,
            reconsideration_body=info.reconsideration_body, court=info.court,
            stated_reason=reasons, ground=ground)
        docs.check_rejection_printable(notice)
        document_id, doc_no = issue_document(uow, case.id, decision_id, actor, notice,
                                             settings, today, at)
        basis = ground_basis(ground, info.is_licence, info.procedure_basis)
        return {"decision": decision_id, "ground": ground.ground.value,
                "ground_basis": basis or "", "competent_office": ground.competent_office,
                "document": document_id, "doc_no": doc_no}

    def _revoke_refusal(self, uow: UnitOfWork, review: dict[str, Any], actor: Actor,
                        reasons: str, now: dt.datetime) -> dict[str, object]:
        """An overturned window refusal is answered in writing: the applicant is told the
        refusal (its number and date) is revoked and the application continues from the
        day it was received."""
        at, today = now.isoformat(timespec="seconds"), now.date()
        case = uow.cases.get_case(str(review["case_id"]))
        assert case is not None
        refusal = uow.documents.for_decision(str(review["subject_id"]))
        if refusal is None:
            raise ReviewError("refusal_document_missing",
                              "the refusal being overturned has no document in the log")
        settings = OfficeService(self.space).load()
        item = IntakeService(self.space).item_of(case)
        notice = docs.RevocationNotice(
            header=header(docs.DocumentType.REVOCATION_NOTICE, case, settings, actor, today,
                          item=item),
            applicant=applicant_of(case), item=item_info(item, settings),
            received_on=self._received_on(uow, case, str(review["subject_id"])),
            revoked_doc_number=str(refusal["doc_no"]),
            revoked_on=dt.date.fromisoformat(str(refusal["issued_at"])[:10]), reasons=reasons)
        document_id, doc_no = issue_document(uow, case.id, None, actor, notice,
                                             settings, today, at)
        return {"revoked": refusal["doc_no"], "document": document_id, "doc_no": doc_no}

    @staticmethod
    def _received_on(uow: UnitOfWork, case: Case,
                     decision_id: str = "") -> dt.date:
        """The day the refused application was received, never the day of the review: that
        of the refused submission, else the case's. A case escalated before escalations
        recorded the day of receipt has its escalation day, when the materials were in hand."""
        repo = uow.cases
        decided = next((d for d in repo.decisions(case.id) if d["id"] == decision_id),
                       None)
        if decided is not None and decided["submission_id"]:
            submission = next(s for s in repo.submissions(case.id)
                              if s["id"] == decided["submission_id"])
            return dt.date.fromisoformat(str(submission["received_on"]))
        # An escalation records the day its materials were received (a return visit's too).
        recorded = [json.loads(str(e["details"])).get("received_on")
                    for e in repo.events(case.id) if e["kind"] == "escalation"]
        if recorded and recorded[-1]:
            return dt.date.fromisoformat(str(recorded[-1]))
        if case.received_on is not None:
            return case.received_on
        escalated = [e["at"] for e in repo.events(case.id) if e["kind"] == "escalation"]
        return dt.date.fromisoformat(str(escalated[-1])[:10])


def _required(comment: str) -> str:
    if not comment.strip():
        raise ReviewError("comment_required", "write the reason for this decision")
    return comment.strip()
