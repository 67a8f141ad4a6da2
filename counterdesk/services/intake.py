"""The intake use cases: register a contact (首问登记), check materials, record the decision
and the numbered document that answers it, in one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from counterdesk.domain.agents import answers_for
from counterdesk.domain.cases import (
    RESIDENT_ID,
    Applicant,
    ApplicantKind,
    Case,
    CaseStatus,
    EarlierDecision,
    ItemFixedError,
    Purpose,
    decided,
    noticed_materials,
    with_item,
)
from counterdesk.domain.catalog import ServiceItem
from counterdesk.domain.decision import Decision, Scenario, decide
from counterdesk.domain.pledges import PledgeKind, PledgeOffer, PledgeUnavailable
from counterdesk.domain.receipt import ReceiptDateError, answer_due, check_receipt_date
from counterdesk.domain.validation import check_org_name, check_person_name, check_phone
from counterdesk.services.accounts import Actor
from counterdesk.services.decisions import record_decision
from counterdesk.services.documents import (
    build_decision_document,
    issue_document,
)
from counterdesk.services.identity_checks import (
    check_applicant_id,
    checked_agent,
    holders_under_other_names,
)
from counterdesk.services.intake_types import (
    OTHER_NAME,
    IdNeedsConfirmation,
    IntakeError,
    OtherHolder,
    RecordedDecision,
    RecordedReceipt,
    Registration,
    SubmissionInput,
    backdate_details,
    is_acceptance_order,
    iso_day,
)
from counterdesk.services.office import OfficeService
from counterdesk.services.pledge_intake import decision_on_pledge, pledge_offer, record_pledges
from counterdesk.services.receiving import ReceivingSteps
from counterdesk.services.workspace import Workspace
from counterdesk.store.case_repo import CaseRepo, new_id
from counterdesk.store.unit_of_work import UnitOfWork

# The intake's inputs, results and refusals live in intake_types; callers take them from here.
__all__ = ["OTHER_NAME", "RESIDENT_ID", "Applicant", "IdNeedsConfirmation", "IntakeError",
           "IntakeService", "OtherHolder", "RecordedDecision", "RecordedReceipt", "Registration",
           "SubmissionInput"]

class IntakeService(ReceivingSteps):
    def __init__(self, space: Workspace):
        self.space = space

    # -- 首问登记 ---------------------------------------------------------------------------

    def other_holders(self, applicant: Applicant) -> list[OtherHolder]:
        """Earlier cases with this applicant's identity number under another name, newest
        first: a typing slip or another person, for the clerk to look at before registering.
        A warning only: a person or a company may have changed its name."""
        result = check_applicant_id(applicant, self.space.today())
        number = result.normalized if result is not None else applicant.id_number.strip()
        return holders_under_other_names(CaseRepo(self.space.db.conn), applicant.name,
                                          number)

    def register(self, actor: Actor, registration: Registration) -> Case:
        """Every contact gets a tracking number; the clerk becomes its first-responsible
        owner (首问责任) until it is closed. What the clerk registered past is kept as codes
        in id_warning (`checksum`, `other_name`, or both: `checksum,other_name`)."""
        applicant = registration.applicant
        named = (check_person_name(applicant.name) if applicant.kind == ApplicantKind.PERSON
                 else check_org_name(applicant.name))
        if named.reason == "empty":
            raise IntakeError("applicant_name_required", "the applicant's name is required")
        if not named.ok:
            # A name no document can print would leave a numbered decision unprintable.
            raise IntakeError(f"applicant_name_{named.reason}",
                              f"the applicant's name is not usable ({named.reason})")
        phone = check_phone(applicant.phone)
        if not phone.ok:
            raise IntakeError("phone_invalid", f"the phone number is not usable ({phone.reason})")
        if registration.purpose == Purpose.APPLY and not registration.item_code:
            raise IntakeError("item_required", "an application needs a service item")
        now = self.space.clock()
        today = now.date()
        id_result = check_applicant_id(applicant, today)
        warning = ""
        id_number = applicant.id_number.strip()
        if id_result is not None:
            id_number = id_result.normalized
            if not id_result.valid:
                if not registration.id_warning_confirmed:
                    raise IdNeedsConfirmation(id_result)
                warning = str(id_result.reason)
        agent, agent_warning = checked_agent(registration.agent, today,
                                                      registration.id_warning_confirmed)
        item_version = None
        if registration.item_code:
            item_version = self.space.catalog.in_force(registration.item_code, today).version
        at = now.isoformat(timespec="seconds")
        case_id = new_id()
        with self.space.unit_of_work() as uow:
            repo = uow.cases
            day = today.strftime("%Y%m%d")
            seq = repo.next_tracking_seq(actor.window_id, day)
            tracking_no = f"{actor.window_id}-{day}-{seq:04d}"
            others = holders_under_other_names(repo, applicant.name, id_number)
            if others:
                warning = ",".join(code for code in (warning, OTHER_NAME) if code)
            case = Case(
                id=case_id, tracking_no=tracking_no, window_id=actor.window_id,
                owner_id=actor.user_id, purpose=registration.purpose,
                channel=registration.channel, status=CaseStatus.OPEN,
                applicant=Applicant(applicant.kind, named.value,
                                    applicant.id_type if id_number else "", id_number,
                                    phone.value, applicant.contact_person.strip()),
                registered_at=at, updated_at=at,
                queue_ticket=registration.queue_ticket.strip(), id_warning=warning,
                note=registration.note, agent=agent, item_code=registration.item_code,
                item_version=item_version)
            repo.insert_case(case)
            details = {"tracking_no": tracking_no, "id_warning": warning}
            if agent is not None:
                details["agent"] = agent.name
                details["agent_relation"] = agent.relation
            if agent_warning:
                details["agent_id_warning"] = agent_warning
            if others:
                details["id_other_cases"] = "、".join(o.tracking_no for o in others)
            uow.audit(at=at, actor_id=actor.user_id, action="register", entity="case",
                      entity_id=case_id, details=details)
            self._drop_draft(uow, actor)
            uow.commit()
        return self.case(case_id)

    def case(self, case_id: str) -> Case:
        found = CaseRepo(self.space.db.conn).get_case(case_id)
        if found is None:
            raise IntakeError("unknown_case", f"no case {case_id}")
        return found

    def set_item(self, actor: Actor, case_id: str, item_code: str) -> Case:
        """Choose (or change) the item before any materials were received."""
        case = self._owned_open(actor, case_id)
        version = self.space.catalog.in_force(item_code, self.space.today()).version
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            case = self._owned_open(actor, case_id, uow)
            try:
                uow.cases.save_case(case, with_item(case, item_code, version, at))
            except ItemFixedError as error:
                raise IntakeError("item_fixed", str(error)) from None
            uow.audit(at=at, actor_id=actor.user_id, action="set_item", entity="case",
                      entity_id=case_id, details={"item": item_code,
                                                  "version": version.isoformat()})
            uow.commit()
        return self.case(case_id)

    def item_of(self, case: Case) -> ServiceItem:
        """The guide version the case was received under, kept after the guide changes."""
        code, version = case.item_code, case.item_version
        if not code or not version:
            raise IntakeError("item_required", "choose the service item first")
        for item in self.space.catalog.versions(code):
            if item.version == version:
                return item
        raise IntakeError("item_version_missing", f"guide {code}@{version} is not in the catalog")

    # -- materials check ---------------------------------------------------------------------

    def scenario(self, case: Case, submission: SubmissionInput) -> Scenario:
        """The submission as the decision engine reads it, decided today."""
        today = self.space.today()
        received_on = submission.received_on or self.receipt_day(case)
        # 是否委托代理人办理 follows the registration: an agent's application needs the
        # item's 授权委托书, the applicant's own does not (domain/agents.py).
        answers = answers_for(self.item_of(case), submission.answers, case.agent is not None)
        return Scenario(item=str(case.item_code), received_on=received_on,
                        decided_on=max(today, received_on),
                        permit_required=submission.permit_required,
                        in_jurisdiction=submission.in_jurisdiction,
                        competent_office=submission.competent_office or None,
                        answers=answers, materials=dict(submission.materials))

    def receipt_day(self, case: Case) -> dt.date:
        """The day a submission made now counts as received (validity is judged on it)."""
        return self.recorded_receipt_day(case) or self.space.today()

    def recorded_receipt_day(self, case: Case) -> dt.date | None:
        """The day of receipt the case already holds for the step at hand: materials
        received (收件) and not yet decided, or an application a supervisor sent back."""
        pending = self.pending_receipt(case)
        if pending is not None:
            return dt.date.fromisoformat(str(pending["received_on"]))
        return self.continues_from(case)

    def pending_receipt(self, case: Case) -> dict[str, object] | None:
        """The case's last submission when no decision answered it yet: materials received
        at this visit (or before an escalation), the clocks running from its day."""
        if case.status not in (CaseStatus.OPEN, CaseStatus.SUPPLEMENT_PENDING,
                               CaseStatus.ESCALATED):
            return None
        repo = CaseRepo(self.space.db.conn)
        submissions = repo.submissions(case.id)
        if not submissions:
            return None
        answered = {d["submission_id"] for d in repo.decisions(case.id)}
        return None if submissions[-1]["id"] in answered else submissions[-1]

    def escalation_answer_due(self, case: Case) -> dt.date | None:
        """The day an escalated case's applicant is answered in writing by (as the receipt
        printed it); escalations recorded before receipts printed it count from receipt."""
        events = [e for e in CaseRepo(self.space.db.conn).events(case.id)
                  if e["kind"] == "escalation"]
        if not events:
            return None
        details = json.loads(str(events[-1]["details"]))
        if details.get("answer_due"):
            return dt.date.fromisoformat(str(details["answer_due"]))
        if not case.item_code:
            return None
        try:
            item = self.item_of(case)
        except IntakeError:
            return None
        received = details.get("received_on") or case.received_on or str(events[-1]["at"])[:10]
        if not isinstance(received, dt.date):
            received = dt.date.fromisoformat(str(received))
        return answer_due(item.procedure, received, self.space.calendar)

    def acceptance_ordered(self, case: Case) -> bool:
        """True for an open case a supervisor sent back with 责令受理 after the window's
        escalation, not yet decided since: the clerk's task is to accept it, continuing from
        the original day of receipt."""
        if case.status != CaseStatus.OPEN:
            return False
        repo = CaseRepo(self.space.db.conn)
        ordered = [str(e["at"]) for e in repo.events(case.id) if e["kind"] == "review"
                   and is_acceptance_order(json.loads(str(e["details"])))]
        if not ordered:
            return False
        return not any(str(d["decided_at"]) >= ordered[-1]
                       for d in repo.decisions(case.id))

    def checked_receipt_day(self, case: Case, submission: SubmissionInput
                            ) -> dt.date:
        """The day of receipt a step records: the one the case holds, or the one the clerk
        gave (never after today, never before the case's last decision, and with a reason
        when it is earlier than today)."""
        today = self.space.today()
        recorded = self.recorded_receipt_day(case)
        day = submission.received_on or recorded or today
        if day == recorded:
            return day
        decided_on = [str(d["decided_on"]) for d in
                      CaseRepo(self.space.db.conn).decisions(case.id)]
        not_before = dt.date.fromisoformat(max(decided_on)) if decided_on else None
        try:
            return check_receipt_date(day, today, submission.backdate_reason,
                                      not_before=not_before)
        except ReceiptDateError as error:
            raise IntakeError(error.problem.value, str(error)) from None

    def continues_from(self, case: Case) -> dt.date | None:
        """A case a supervisor reopened (a refusal revoked, an escalated refusal ordered
        accepted) is the application already received, not a new one (窗口无否决权): it
        continues from the day its materials were last received. None for any other case."""
        if case.status != CaseStatus.OPEN or case.received_on is None:
            return None
        repo = CaseRepo(self.space.db.conn)
        days = [str(s["received_on"]) for s in repo.submissions(case.id)]
        # An escalation keeps the day its materials were received; older ones only their day.
        days += [str(json.loads(str(e["details"])).get("received_on") or str(e["at"])[:10])
                 for e in repo.events(case.id) if e["kind"] == "escalation"]
        return dt.date.fromisoformat(max(days or [case.received_on.isoformat()]))

    def preview(self, case: Case, submission: SubmissionInput) -> Decision:
        """The live decision while the clerk works; nothing is written."""
        return decide(self.item_of(case), self.scenario(case, submission), self.space.calendar)

    def decide(self, actor: Actor, case_id: str, submission: SubmissionInput
               ) -> RecordedDecision:
        """Record the submission, its checks, the decision and its numbered document in one
        transaction, before anything prints (a printed document is always in the log)."""
        case = self._owned_open(actor, case_id)
        if case.status == CaseStatus.ESCALATED:
            raise IntakeError("escalated", "a supervisor is deciding this case")
        item = self.item_of(case)
        received_on = self.checked_receipt_day(case, submission)
        scenario = self.scenario(case, dataclasses.replace(submission, received_on=received_on))
        if not scenario.in_jurisdiction and not scenario.competent_office:
            raise IntakeError("competent_office_required",
                              "name the competent office for an out-of-jurisdiction rejection")
        now = self.space.clock()
        today = now.date()
        decision = decide(item, scenario, self.space.calendar)
        pledged = None
        if submission.pledge:
            decision, pledged = decision_on_pledge(self.space, case, item, decision,
                                                  scenario.received_on, submission.pledge)
        deemed = decision.deemed_accepted
        settings = OfficeService(self.space).load()
        at = now.isoformat(timespec="seconds")
        with self.space.unit_of_work() as uow:
            repo = uow.cases
            case = self._owned_open(actor, case_id, uow)  # as it is now, inside the write
            if case.status == CaseStatus.ESCALATED:
                raise IntakeError("escalated", "a supervisor is deciding this case")
            earlier = [EarlierDecision(str(d["outcome"]),
                                       noticed_materials(json.loads(str(d["problems"]))))
                       for d in repo.decisions(case_id)]
            submission_id = self._insert_submission(repo, actor, case, item, scenario,
                                                    submission, at, decided_on_receipt=True)
            step = decided(case, decision, scenario.received_on, earlier, at)
            decision_id = record_decision(
                uow, case_id=case_id, submission_id=submission_id,
                outcome=decision.outcome.value,
                reason=decision.reason.value if decision.reason else "",
                competent_office=scenario.competent_office or "",
                problems=json.dumps(decision.to_json()["problems"], ensure_ascii=False),
                notice_due=iso_day(decision.notice_due),
                promised_date=iso_day(decision.promised_date),
                decided_on=today.isoformat(), decided_at=at, clerk_id=actor.user_id,
                first_visit=step.first_visit,
                note="deemed_accepted" if deemed else
                     (f"pledge:{pledged.kind.value}" if pledged else ""))
            repo.save_case(case, step.case)
            for kind in step.reviews:
                repo.open_review(case_id, kind, decision_id, at)
            letter = ("", "")
            if pledged is not None:  # the pledges are case rows: recorded before the entry
                letter = record_pledges(uow, self.space, actor, case, item, pledged,
                                        scenario.received_on, settings, today, at)
            uow.audit(at=at, actor_id=actor.user_id, action="decide", entity="case",
                      entity_id=case_id, details={"decision": decision_id,
                                                  **decision.to_json(),
                                                  **backdate_details(scenario.received_on, today,
                                                               submission),
                                                  **({"pledge": pledged.kind.value}
                                                     if pledged else {})})
            document = build_decision_document(case, item, decision, scenario, settings,
                                               actor, today, submission.details)
            if pledged is not None:
                document = dataclasses.replace(
                    document, pledge=pledged.kind.value,  # type: ignore[call-arg]
                    pledged_materials=tuple(m.name for m in pledged.materials))
            doc_id, doc_no = issue_document(uow, case_id, decision_id, actor, document,
                                            settings, today, at)
            self._drop_draft(uow, actor)
            uow.commit()
        return RecordedDecision(decision, decision_id, doc_id, doc_no,
                                document.header.doc_type.value, deemed, *letter)

    def pledge_offer(self, case: Case, submission: SubmissionInput,
                     kind: str) -> PledgeOffer | PledgeUnavailable:
        """Whether the applicant may be accepted on a pledge or commitment now, and on what
        terms (materials and their days); nothing is written."""
        received_on = self.checked_receipt_day(case, submission)
        scenario = self.scenario(case, dataclasses.replace(submission, received_on=received_on))
        decision = decide(self.item_of(case), scenario, self.space.calendar)
        return pledge_offer(self.space, case, self.item_of(case), decision, received_on,
                            PledgeKind(kind))

    # -- helpers ------------------------------------------------------------------------------

    def _owned_open(self, actor: Actor, case_id: str, uow: UnitOfWork | None = None
                    ) -> Case:
        """The case, if the actor may act on it and it is not closed; read inside `uow` when
        given, so a step checks the state its writes build on."""
        case = self.case(case_id) if uow is None else uow.cases.get_case(case_id)
        if case is None:
            raise IntakeError("unknown_case", f"no case {case_id}")
        if case.owner_id != actor.user_id and not actor.is_supervisor:
            raise IntakeError("not_owner", "only the first-responsible clerk acts on this case")
        if not case.is_open:
            raise IntakeError("case_closed", "the case is closed")
        return case

    def _drop_draft(self, uow: UnitOfWork, actor: Actor) -> None:
        uow.cases.drop_draft(actor.user_id)
