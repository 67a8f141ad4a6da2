"""收件 and 窗口否决报备: materials received before anything is decided, with their 材料接收凭证,
and a refusal referred to the supervisors with the day its written answer is due.

The steps of `IntakeService` (services/intake.py) that receive rather than decide, and the
recording of a submission with its checks that both use; kept in their own module, they use
the service's case, item and receipt-day rules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from counterdesk.domain import documents as docs
from counterdesk.domain.cases import Case, CaseStatus, ReviewKind, escalated, received, transition
from counterdesk.domain.catalog import MaterialForm, ServiceItem
from counterdesk.domain.decision import Scenario, validate_against_item
from counterdesk.domain.defects import Defect
from counterdesk.domain.receipt import answer_due
from counterdesk.services.accounts import Actor
from counterdesk.services.documents import issue_document, materials_receipt, received_materials
from counterdesk.services.intake_types import (
    IntakeError,
    RecordedReceipt,
    SubmissionInput,
    backdate_details,
    iso_day,
)
from counterdesk.services.office import OfficeService, OfficeSettings
from counterdesk.store.case_repo import CaseRepo, new_id
from counterdesk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from counterdesk.services.workspace import Workspace


class ReceivingSteps:
    """收件 and 窗口否决报备 for IntakeService."""

    space: Workspace

    def receive(self, actor: Actor, case_id: str, submission: SubmissionInput
                ) -> RecordedReceipt:
        """收件: record what was handed over, before anything is decided, and issue its
        材料接收凭证 in the same transaction. The day of receipt is the case's from now on:
        the notice period, the promised date and deemed acceptance count from it."""
        case = self._owned_open(actor, case_id)
        if case.status not in (CaseStatus.OPEN, CaseStatus.SUPPLEMENT_PENDING):
            raise IntakeError("receipt_not_open",
                              "materials are received only before the case is decided")
        item = self.item_of(case)
        received_on = self.checked_receipt_day(case, submission)
        submission = dataclasses.replace(submission, received_on=received_on)
        scenario = self.scenario(case, submission)
        validate_against_item(scenario, item)
        if not received_materials(item, scenario):
            raise IntakeError("nothing_received", "tick what the applicant handed over first")
        now = self.space.clock()
        today, at = now.date(), now.isoformat(timespec="seconds")
        settings = OfficeService(self.space).load()
        with self.space.unit_of_work() as uow:
            repo = uow.cases
            case = self._owned_open(actor, case_id, uow)  # as it is now, inside the write
            if case.status not in (CaseStatus.OPEN, CaseStatus.SUPPLEMENT_PENDING):
                raise IntakeError("receipt_not_open",
                                  "materials are received only before the case is decided")
            submission_id = self._insert_submission(repo, actor, case, item, scenario,
                                                    submission, at)
            repo.save_case(case, received(case, received_on, at))
            uow.audit(at=at, actor_id=actor.user_id, action="receive", entity="case",
                      entity_id=case_id, details={
                          "submission": submission_id,
                          "received_on": received_on.isoformat(),
                          **backdate_details(received_on, today, submission)})
            doc_id, doc_no = self._issue_receipt(uow, actor, case, item, submission_id,
                                                 settings, now, None)
            self._drop_draft(uow, actor)
            uow.commit()
        return RecordedReceipt(submission_id, received_on, doc_id, doc_no)

    def escalate(self, actor: Actor, case_id: str, reason: str,
                 submission: SubmissionInput | None = None) -> RecordedReceipt:
        """窗口否决报备 (窗口无否决权): a refusal on any ground but art. 32 ¶1–2 goes to a
        supervisor. What was handed over is recorded first (unless a receipt of this visit
        already records it and nothing is ticked now), and the applicant leaves with the
        材料接收凭证 saying the matter was referred for review and by which day a written
        answer comes: the item's notice period from receipt. The supervisors' queue holds
        the same day."""
        if not reason.strip():
            raise IntakeError("reason_required", "an escalation needs the clerk's reason")
        case = self._owned_open(actor, case_id)
        transition(case.status, CaseStatus.ESCALATED)
        item = self.item_of(case)
        pending = self.pending_receipt(case)
        ticked = submission is not None and any(
            Defect.MISSING not in report.defects for report in submission.materials.values())
        record = submission is not None and (pending is None or ticked)
        received_on = self.checked_receipt_day(case, submission or SubmissionInput())
        due = answer_due(item.procedure, received_on, self.space.calendar)
        now = self.space.clock()
        today, at = now.date(), now.isoformat(timespec="seconds")
        settings = OfficeService(self.space).load()
        with self.space.unit_of_work() as uow:
            repo = uow.cases
            case = self._owned_open(actor, case_id, uow)  # as it is now, inside the write
            transition(case.status, CaseStatus.ESCALATED)
            submission_id: str | None = str(pending["id"]) if pending is not None else None
            extra: dict[str, str] = {}
            if record and submission is not None:
                submission = dataclasses.replace(submission, received_on=received_on)
                scenario = self.scenario(case, submission)
                validate_against_item(scenario, item)
                submission_id = self._insert_submission(repo, actor, case, item, scenario,
                                                        submission, at)
                extra = backdate_details(received_on, today, submission)
            details: dict[str, object] = {
                "reason": reason.strip(), "received_on": received_on.isoformat(),
                "answer_due": due.isoformat(), **extra}
            if submission_id:
                details["submission"] = submission_id
            event_id = repo.insert_event(case_id, at, actor.user_id, "escalation", details)
            repo.save_case(case, escalated(case, received_on, at))
            repo.open_review(case_id, ReviewKind.ESCALATION, event_id, at, due.isoformat())
            uow.audit(at=at, actor_id=actor.user_id, action="escalation",
                      entity="case", entity_id=case_id, details=details)
            doc_id, doc_no = self._issue_receipt(uow, actor, case, item, submission_id,
                                                 settings, now, due)
            self._drop_draft(uow, actor)
            uow.commit()
        return RecordedReceipt(submission_id or "", received_on, doc_id, doc_no, due)

    def issue_receipt(self, actor: Actor, case_id: str) -> RecordedReceipt:
        """The 材料接收凭证 of the case's last receipt, as recorded (F6), at any later time;
        an escalated case's names the day its written answer is due."""
        case = self.case(case_id)
        item = self.item_of(case)
        repo = CaseRepo(self.space.db.conn)
        submissions = repo.submissions(case_id)
        escalations = [json.loads(str(e["details"])) for e in repo.events(case_id)
                       if e["kind"] == "escalation"]
        if not submissions and not escalations:
            raise IntakeError("nothing_received", "no materials were received for this case")
        due = None
        if case.status == CaseStatus.ESCALATED and escalations:
            text = escalations[-1].get("answer_due")
            due = dt.date.fromisoformat(text) if text else answer_due(
                item.procedure, self.receipt_day(case), self.space.calendar)
        submission_id = str(submissions[-1]["id"]) if submissions else None
        now = self.space.clock()
        settings = OfficeService(self.space).load()
        with self.space.unit_of_work() as uow:
            doc_id, doc_no = self._issue_receipt(uow, actor, case, item, submission_id,
                                                 settings, now, due)
            uow.commit()
        day = (dt.date.fromisoformat(str(submissions[-1]["received_on"])) if submissions
               else case.received_on)
        assert day is not None  # an escalation records the day of receipt on the case
        return RecordedReceipt(submission_id or "", day, doc_id, doc_no, due)

    def _issue_receipt(self, uow: UnitOfWork, actor: Actor, case: Case,
                       item: ServiceItem, submission_id: str | None, settings: OfficeSettings,
                       now: dt.datetime, due: dt.date | None) -> tuple[str, str]:
        """Number and store the 材料接收凭证 of one recorded submission (none: nothing was
        ticked before an escalation, and the receipt lists no material)."""
        repo = uow.cases
        received_on, received_time = now.date(), ""
        materials: tuple[docs.ReceivedMaterial, ...] = ()
        if submission_id is not None:
            row = next(s for s in repo.submissions(case.id) if s["id"] == submission_id)
            received_on = dt.date.fromisoformat(str(row["received_on"]))
            received_time = str(row["received_at"] or "")[11:16]
            materials = tuple(
                docs.ReceivedMaterial(str(c["name"]), MaterialForm(str(c["form"])),
                                      int(c["required_copies"] if c["copies"] is None
                                          else c["copies"]), c["pages"])
                for c in repo.material_checks(submission_id) if c["received"])
        elif case.received_on is not None:
            received_on = case.received_on
        document = materials_receipt(case, item, received_on, materials, settings, actor,
                                     now.date(), received_time, due)
        return issue_document(uow, case.id, None, actor, document, settings,
                              now.date(), now.isoformat(timespec="seconds"))

    def _insert_submission(self, repo: CaseRepo, actor: Actor, case: Case,
                           item: ServiceItem, scenario: Scenario, submission: SubmissionInput,
                           at: str, decided_on_receipt: bool = False) -> str:
        """The submission and a check per required material. Received today, it keeps the
        time; received earlier, the clerk's reason; a receipt already recorded for this
        visit lends its time to the decision made on it. With `decided_on_receipt`, the
        decision on materials received (F6) at this visit finishes that submission's checks
        instead of recording a second submission of the same visit."""
        case_id, details = case.id, submission.details
        pending = self.pending_receipt(case)
        received_at, reason = "", ""
        same_visit = pending is not None and \
            str(pending["received_on"]) == scenario.received_on.isoformat()
        if pending is not None and same_visit:
            received_at = str(pending["received_at"] or "")
            reason = str(pending["backdate_reason"] or "")
        elif scenario.received_on.isoformat() == at[:10]:
            received_at = at
        else:
            reason = submission.backdate_reason.strip()
        required = item.required_materials(scenario.answers)
        checks = {material.id: self._check_values(material.id, scenario, details)
                  for material in required}
        if decided_on_receipt and pending is not None and same_visit and \
                json.loads(str(pending["answers"])) == dict(scenario.answers) and \
                {str(c["material_id"]) for c in repo.material_checks(str(pending["id"]))} \
                == set(checks):
            submission_id = str(pending["id"])
            repo.update_submission(submission_id, {
                "permit_required": int(scenario.permit_required),
                "in_jurisdiction": int(scenario.in_jurisdiction),
                "competent_office": scenario.competent_office or ""})
            for material_id, values in checks.items():
                repo.update_material_check(submission_id, material_id, values)
            return submission_id
        submission_id = new_id()
        repo.insert_submission({
            "id": submission_id, "case_id": case_id, "seq": repo.next_submission_seq(case_id),
            "received_on": scenario.received_on.isoformat(),
            "answers": json.dumps(dict(scenario.answers), ensure_ascii=False),
            "permit_required": int(scenario.permit_required),
            "in_jurisdiction": int(scenario.in_jurisdiction),
            "competent_office": scenario.competent_office or "", "clerk_id": actor.user_id,
            "created_at": at, "received_at": received_at, "backdate_reason": reason})
        for material in required:
            repo.insert_material_check({
                "id": new_id(), "submission_id": submission_id, "material_id": material.id,
                "name": material.name, "form": material.form.value,
                "required_copies": material.copies, **checks[material.id]})
        return submission_id

    @staticmethod
    def _check_values(material_id: str, scenario: Scenario, details: Mapping[str, str]
                      ) -> dict[str, object]:
        report = scenario.materials.get(material_id)
        received = report is not None and Defect.MISSING not in report.defects
        return {
            "received": int(received), "copies": report.copies if report else None,
            "pages": report.pages if report else None,
            "issued_on": iso_day(report.issued_on) if report else None,
            "defects": json.dumps([d.value for d in report.defects] if report else []),
            "corrected": json.dumps([d.value for d in report.corrected] if report else []),
            "detail": details.get(material_id, "").strip()}
