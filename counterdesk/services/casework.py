"""After the first decision: my cases (首问跟踪), escalation, referral, completion, ratings,
closing a consultation, and the case timeline."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from counterdesk.domain.cases import (
    OPEN_STATUSES,
    Case,
    CaseStatus,
    Rating,
    ReviewKind,
    closed,
    completed,
)
from counterdesk.domain.catalog import UnknownItemError
from counterdesk.domain.deadlines import DeadlineKind, next_deadline_kind, urgency
from counterdesk.domain.decision import notice_due
from counterdesk.services.accounts import Actor
from counterdesk.services.intake import IntakeError, IntakeService
from counterdesk.services.workspace import Workspace
from counterdesk.store.case_repo import CaseRepo
from counterdesk.store.document_repo import DocumentRepo
from counterdesk.store.users_repo import UsersRepo


@dataclass(frozen=True)
class CaseSummary:
    case_id: str
    tracking_no: str
    applicant_name: str
    item_code: str
    item_name: str
    status: CaseStatus
    next_deadline: dt.date | None
    # notice_due | promised_date | awaiting_applicant (待补正: the notice was given, the next
    # move is the applicant's) | ""
    deadline_kind: str
    registered_at: str

    def urgency(self, today: dt.date) -> str:
        """overdue | today | "" — the list colours rows by this (domain/deadlines.py)."""
        return urgency(self.next_deadline, today)


@dataclass(frozen=True)
class TimelineEntry:
    at: str
    kind: str
    summary: dict[str, object]


class CaseworkService:
    def __init__(self, space: Workspace):
        self.space = space
        self.intake = IntakeService(space)

    def my_cases(self, actor: Actor, search: str = "") -> list[CaseSummary]:
        """Every case the clerk owns that is not closed, soonest deadline first; with a
        search, those whose applicant's name holds it, or whose ID number (whole or its last
        four), phone, tracking number or document number it is."""
        repo = CaseRepo(self.space.db.conn)
        names: dict[tuple[str, str], str] = {}
        summaries = []
        # A listing (a read model for the table): the columns "my cases" shows, not cases.
        for row in repo.owned_cases_found(actor.user_id, {s.value for s in OPEN_STATUSES},
                                          search):
            status = CaseStatus(row["status"])
            deadline, kind = self._next_deadline(row, status)
            code = row["item_code"] or ""
            key = (code, row["item_version"] or "")
            if key not in names:
                names[key] = self._item_name(*key)
            summaries.append(CaseSummary(row["id"], row["tracking_no"], row["applicant_name"],
                                         code, names[key], status, deadline, kind,
                                         row["registered_at"]))
        far = dt.date.max
        return sorted(summaries, key=lambda s: (s.next_deadline or far, s.registered_at))

    def _next_deadline(self, row: Mapping[str, object], status: CaseStatus
                       ) -> tuple[dt.date | None, str]:
        """What the office must do next, by when. Accepted: decide by the promised date.
        Materials received but not decided: tell what is missing by the notice deadline
        (行政许可法 art. 32, or the item's own rule), counted from receipt as a decision
        would count it. Told to supplement: the notice was given in time, nothing is due
        until the applicant comes back."""
        if status == CaseStatus.ESCALATED:
            # 窗口否决报备: the receipt promised the applicant a written answer by this day.
            due = self.intake.escalation_answer_due(self.intake.case(str(row["id"])))
            return due, "answer_due" if due is not None else ""
        kind = next_deadline_kind(status)
        if kind == DeadlineKind.PROMISED_DATE and row["promised_date"]:
            return dt.date.fromisoformat(str(row["promised_date"])), kind.value
        if kind == DeadlineKind.AWAITING_APPLICANT:
            return None, kind.value
        if kind != DeadlineKind.NOTICE_DUE:
            return None, ""
        case = self.intake.case(str(row["id"]))
        received = self.intake.recorded_receipt_day(case)  # an undecided case's receipt
        if received is not None and case.item_code:
            try:
                item = self.intake.item_of(case)
            except IntakeError:
                return None, ""  # its guide version is gone: `check` and decide say so
            # 责令受理: the supervisor sent the escalated case back to be accepted.
            worded = "acceptance_ordered" if self.intake.acceptance_ordered(case) \
                else kind.value
            return notice_due(item.procedure, received, self.space.calendar), worded
        return None, ""

    def item_name_of(self, case: Case) -> str:
        """The item's name in the guide version the case was received under."""
        return self._item_name(case.item_code or "",
                               case.item_version.isoformat() if case.item_version else "")

    def _item_name(self, code: str, version: str) -> str:
        """The item's name in the guide version the case was received under."""
        if not code:
            return ""
        try:
            versions = self.space.catalog.versions(code)
        except UnknownItemError:
            return ""
        return next((item.name for item in versions if item.version.isoformat() == version),
                    versions[-1].name)

    def _change(self, actor: Actor, case_id: str, action: str, details: dict[str, object],
                step: Callable[[Case, str], Case] | None = None,
                review: ReviewKind | None = None, review_due: str | None = None) -> None:
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            repo = uow.cases
            case = self.intake._owned_open(actor, case_id, uow)
            event_id = repo.insert_event(case_id, at, actor.user_id, action, details)
            repo.save_case(case, step(case, at) if step is not None
                           else dataclasses.replace(case, updated_at=at))
            if review:
                repo.open_review(case_id, review, event_id, at, review_due)
            uow.audit(at=at, actor_id=actor.user_id, action=action, entity="case",
                      entity_id=case_id, details=details)
            uow.commit()

    def escalate(self, actor: Actor, case_id: str, reason: str) -> None:
        """窗口无否决权: a refusal on any ground but art. 32 ¶1–2 goes to a supervisor; the
        case stays open meanwhile. The desk escalates through IntakeService.escalate, which
        also records the materials ticked and prints the applicant's receipt."""
        self.intake.escalate(actor, case_id, reason)

    def close_consultation(self, actor: Actor, case_id: str, note: str) -> None:
        case = self.intake.case(case_id)
        if case.received_on is not None:
            raise IntakeError("has_materials", "materials were received: complete the case")
        self._change(actor, case_id, "close", {"note": note.strip()},
                     lambda case, at: closed(case, at, note.strip()))

    def refer(self, actor: Actor, case_id: str, to_window: str, to_department: str,
              note: str) -> None:
        """转办: another window does the work; the first-responsible owner stays the same."""
        if not (to_window.strip() or to_department.strip()):
            raise IntakeError("referral_target_required", "name the window or department")
        known = {str(w["id"]) for w in UsersRepo(self.space.db.conn).windows()}
        if to_window.strip() and to_window.strip() not in known:
            raise IntakeError("unknown_window", f"window '{to_window.strip()}' is not set up "
                                                f"(windows: {', '.join(sorted(known))})")
        self._change(actor, case_id, "referral", {"to_window": to_window.strip(),
                                                  "to_department": to_department.strip(),
                                                  "note": note.strip()})

    def complete(self, actor: Actor, case_id: str, result: str) -> None:
        """办结, with the result the applicant was given."""
        if not result.strip():
            raise IntakeError("result_required", "record the result of the case")
        self._change(actor, case_id, "completion", {"result": result.strip()},
                     lambda case, at: completed(case, at, result.strip()))

    def rate(self, actor: Actor, case_id: str, rating: Rating, comment: str = "") -> None:
        """好差评 as the applicant chose it on the rating screen (services/ratings.py): one
        rating per service event; a bad one goes to the supervisors with its follow-up date."""
        from counterdesk.services.ratings import RatingService

        RatingService(self.space).record_applicant(actor, case_id, rating, (), comment)

    def refusal_review(self, case_id: str) -> str | None:
        """Where the 督查 review of the case's latest refusal stands (open, confirmed), if
        the case was refused or escalated."""
        reviews = [r for r in CaseRepo(self.space.db.conn).reviews(case_id)
                   if r["kind"] in (ReviewKind.REJECTION, ReviewKind.ESCALATION)]
        return str(reviews[-1]["status"]) if reviews else None

    def timeline(self, case_id: str) -> list[TimelineEntry]:
        """Registration, submissions, decisions, documents with prints, events, reviews."""
        conn = self.space.db.conn
        repo = CaseRepo(conn)
        case = self.intake.case(case_id)
        entries = [TimelineEntry(case.registered_at, "register",
                                 {"tracking_no": case.tracking_no,
                                  "purpose": case.purpose.value,
                                  "channel": case.channel.value})]
        for submission in repo.submissions(case_id):
            checks = repo.material_checks(submission["id"])
            entries.append(TimelineEntry(submission["created_at"], "submission", {
                "seq": submission["seq"], "received_on": submission["received_on"],
                "received": sum(c["received"] for c in checks), "required": len(checks)}))
        for decision in repo.decisions(case_id):
            entries.append(TimelineEntry(decision["decided_at"], "decision", {
                "outcome": decision["outcome"], "reason": decision["reason"],
                "problems": len(json.loads(decision["problems"])),
                "notice_due": decision["notice_due"],
                "promised_date": decision["promised_date"], "note": decision["note"]}))
        for document in DocumentRepo(conn).for_case(case_id):
            entries.append(TimelineEntry(document["issued_at"], "document", {
                "doc_no": document["doc_no"], "doc_type": document["doc_type"],
                "prints": document["prints"]}))
        for event in repo.events(case_id):
            entries.append(TimelineEntry(event["at"], event["kind"], json.loads(event["details"])))
        for review in repo.reviews(case_id):
            # Each row says what was known at its time: the review as it was opened; its
            # verdict is the "review" event recorded when it was given.
            entries.append(TimelineEntry(review["created_at"], "review", {
                "kind": review["kind"], "status": "open"}))
        return sorted(entries, key=lambda e: e.at)
