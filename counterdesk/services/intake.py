"""The intake use cases: register a contact (首问登记), check materials, record the decision
and the numbered document that answers it, in one transaction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from counterdesk.domain.cases import (
    ApplicantKind,
    CaseStatus,
    Channel,
    Purpose,
    transition,
)
from counterdesk.domain.catalog import ServiceItem
from counterdesk.domain.decision import (
    Decision,
    MaterialReport,
    Outcome,
    Scenario,
    decide,
)
from counterdesk.domain.defects import Defect
from counterdesk.domain.ids import IdCheck, check_as, holder_name_key
from counterdesk.domain.validation import check_org_name, check_person_name, check_phone
from counterdesk.services.accounts import Actor
from counterdesk.services.documents import build_decision_document, issue_document
from counterdesk.services.office import OfficeService
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit
from counterdesk.store.case_repo import CaseRepo, new_id
from counterdesk.store.db import Connection

RESIDENT_ID = "resident_id"
# id_warning code: the number was on file under another applicant's name when registered.
OTHER_NAME = "other_name"


class IntakeError(Exception):
    """An intake step refused; `code` says why (the UI words it)."""

    def __init__(self, code: str, message: str = ""):
        self.code = code
        super().__init__(message or code)


class IdNeedsConfirmation(IntakeError):
    """The number fails its check: real documents with such numbers exist, so the clerk may
    confirm it after looking at the document again (never a hard block)."""

    def __init__(self, result: IdCheck):
        self.result = result
        super().__init__("id_unconfirmed", f"identity number fails its check: {result.reason}")


@dataclass(frozen=True)
class Applicant:
    kind: ApplicantKind
    name: str
    id_type: str = RESIDENT_ID  # an ids.IdKind value, or "other" (no rule to check)
    id_number: str = ""
    phone: str = ""
    contact_person: str = ""


@dataclass(frozen=True)
class OtherHolder:
    """An earlier case carrying the same identity number under another applicant name."""

    name: str
    tracking_no: str


@dataclass(frozen=True)
class Registration:
    purpose: Purpose
    channel: Channel
    applicant: Applicant
    item_code: str | None = None
    queue_ticket: str = ""
    id_warning_confirmed: bool = False
    note: str = ""


@dataclass(frozen=True)
class SubmissionInput:
    """What the clerk recorded at the window: answers, and a report per material brought
    (a required material without a report was not brought)."""

    answers: Mapping[str, str] = field(default_factory=dict)
    materials: Mapping[str, MaterialReport] = field(default_factory=dict)
    permit_required: bool = True
    in_jurisdiction: bool = True
    competent_office: str = ""
    received_on: dt.date | None = None  # materials left earlier; default today
    # What exactly is wrong with a material, in the clerk's words (第3页缺少申请人签字),
    # printed beside its problems on the notice; never read by the decision.
    details: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordedDecision:
    decision: Decision
    decision_id: str
    document_id: str
    doc_no: str
    doc_type: str
    deemed_accepted: bool = False


def check_applicant_id(applicant: Applicant, today: dt.date) -> IdCheck | None:
    if not applicant.id_number:
        return None
    return check_as(applicant.id_type, applicant.id_number, today)


def _holders_under_other_names(repo: CaseRepo, name: str, id_number: str
                               ) -> list[OtherHolder]:
    if not id_number:
        return []
    seen = {holder_name_key(name)}
    found = []
    for row in repo.names_on_id_number(id_number):
        key = holder_name_key(str(row["applicant_name"]))
        if key not in seen:
            seen.add(key)
            found.append(OtherHolder(str(row["applicant_name"]), str(row["tracking_no"])))
    return found


class IntakeService:
    def __init__(self, space: Workspace):
        self.space = space

    # -- 首问登记 ---------------------------------------------------------------------------

    def other_holders(self, applicant: Applicant) -> list[OtherHolder]:
        """Earlier cases with this applicant's identity number under another name, newest
        first: a typing slip or another person, for the clerk to look at before registering.
        A warning only: a person or a company may have changed its name."""
        result = check_applicant_id(applicant, self.space.today())
        number = result.normalized if result is not None else applicant.id_number.strip()
        return _holders_under_other_names(CaseRepo(self.space.db.conn), applicant.name,
                                          number)

    def register(self, actor: Actor, registration: Registration) -> dict[str, object]:
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
        item_version = None
        if registration.item_code:
            item_version = self.space.catalog.in_force(registration.item_code, today).version
        at = now.isoformat(timespec="seconds")
        case_id = new_id()
        with self.space.db.transaction() as conn:
            repo = CaseRepo(conn)
            day = today.strftime("%Y%m%d")
            seq = repo.next_tracking_seq(actor.window_id, day)
            tracking_no = f"{actor.window_id}-{day}-{seq:04d}"
            others = _holders_under_other_names(repo, applicant.name, id_number)
            if others:
                warning = ",".join(code for code in (warning, OTHER_NAME) if code)
            repo.insert_case({
                "id": case_id, "tracking_no": tracking_no, "window_id": actor.window_id,
                "owner_id": actor.user_id, "purpose": registration.purpose.value,
                "channel": registration.channel.value,
                "queue_ticket": registration.queue_ticket.strip(),
                "applicant_kind": applicant.kind.value, "applicant_name": named.value,
                "id_type": applicant.id_type if id_number else "", "id_number": id_number,
                "id_warning": warning, "phone": phone.value,
                "contact_person": applicant.contact_person.strip(),
                "item_code": registration.item_code,
                "item_version": item_version.isoformat() if item_version else None,
                "status": CaseStatus.OPEN.value, "registered_at": at,
                "note": registration.note, "updated_at": at})
            details = {"tracking_no": tracking_no, "id_warning": warning}
            if others:
                details["id_other_cases"] = "、".join(o.tracking_no for o in others)
            audit.append(conn, at=at, actor_id=actor.user_id, action="register", entity="case",
                         entity_id=case_id, details=details)
            self._drop_draft(conn, actor)
        return self.case(case_id)

    def case(self, case_id: str) -> dict[str, object]:
        found = CaseRepo(self.space.db.conn).get_case(case_id)
        if found is None:
            raise IntakeError("unknown_case", f"no case {case_id}")
        return found

    def set_item(self, actor: Actor, case_id: str, item_code: str) -> dict[str, object]:
        """Choose (or change) the item before any materials were received."""
        case = self._owned_open(actor, case_id)
        if case["received_on"]:
            raise IntakeError("item_fixed", "materials were received: the item is fixed")
        version = self.space.catalog.in_force(item_code, self.space.today()).version
        at = self.space.now_text()
        with self.space.db.transaction() as conn:
            CaseRepo(conn).update_case(case_id, {"item_code": item_code,
                                                 "item_version": version.isoformat(),
                                                 "updated_at": at})
            audit.append(conn, at=at, actor_id=actor.user_id, action="set_item", entity="case",
                         entity_id=case_id, details={"item": item_code,
                                                     "version": version.isoformat()})
        return self.case(case_id)

    def item_of(self, case: Mapping[str, object]) -> ServiceItem:
        """The guide version the case was received under, kept after the guide changes."""
        code, version = case.get("item_code"), case.get("item_version")
        if not code or not version:
            raise IntakeError("item_required", "choose the service item first")
        for item in self.space.catalog.versions(str(code)):
            if item.version.isoformat() == version:
                return item
        raise IntakeError("item_version_missing", f"guide {code}@{version} is not in the catalog")

    # -- materials check ---------------------------------------------------------------------

    def scenario(self, case: Mapping[str, object], submission: SubmissionInput) -> Scenario:
        """The submission as the decision engine reads it, decided today."""
        today = self.space.today()
        received_on = submission.received_on or self.receipt_day(case)
        return Scenario(item=str(case["item_code"]), received_on=received_on,
                        decided_on=max(today, received_on),
                        permit_required=submission.permit_required,
                        in_jurisdiction=submission.in_jurisdiction,
                        competent_office=submission.competent_office or None,
                        answers=dict(submission.answers), materials=dict(submission.materials))

    def receipt_day(self, case: Mapping[str, object]) -> dt.date:
        """The day a submission made now counts as received (validity is judged on it)."""
        return self.continues_from(case) or self.space.today()

    def continues_from(self, case: Mapping[str, object]) -> dt.date | None:
        """A case a supervisor reopened (a refusal revoked, an escalated refusal ordered
        accepted) is the application already received, not a new one (窗口无否决权): it
        continues from the day its materials were last received. None for any other case."""
        if case["status"] != CaseStatus.OPEN.value or not case["received_on"]:
            return None
        repo = CaseRepo(self.space.db.conn)
        days = [str(s["received_on"]) for s in repo.submissions(str(case["id"]))]
        days += [str(e["at"])[:10] for e in repo.events(str(case["id"]))
                 if e["kind"] == "escalation"]
        return dt.date.fromisoformat(max(days or [str(case["received_on"])]))

    def preview(self, case: Mapping[str, object], submission: SubmissionInput) -> Decision:
        """The live decision while the clerk works; nothing is written."""
        return decide(self.item_of(case), self.scenario(case, submission), self.space.calendar)

    def decide(self, actor: Actor, case_id: str, submission: SubmissionInput
               ) -> RecordedDecision:
        """Record the submission, its checks, the decision and its numbered document in one
        transaction, before anything prints (a printed document is always in the log)."""
        case = self._owned_open(actor, case_id)
        if CaseStatus(str(case["status"])) == CaseStatus.ESCALATED:
            raise IntakeError("escalated", "a supervisor is deciding this case")
        item = self.item_of(case)
        scenario = self.scenario(case, submission)
        if not scenario.in_jurisdiction and not scenario.competent_office:
            raise IntakeError("competent_office_required",
                              "name the competent office for an out-of-jurisdiction rejection")
        now = self.space.clock()
        today = now.date()
        decision = decide(item, scenario, self.space.calendar)
        deemed = decision.deemed_accepted
        settings = OfficeService(self.space).load()
        at = now.isoformat(timespec="seconds")
        with self.space.db.transaction() as conn:
            repo = CaseRepo(conn)
            earlier = repo.decisions(case_id)
            submission_id = self._insert_submission(repo, actor, case_id, item, scenario,
                                                    submission.details, at)
            first_visit = decision.outcome == Outcome.ACCEPT and not any(
                d["outcome"] in ("supplement", "reject") for d in earlier)
            decision_id = new_id()
            repo.insert_decision({
                "id": decision_id, "case_id": case_id, "submission_id": submission_id,
                "outcome": decision.outcome.value,
                "reason": decision.reason.value if decision.reason else "",
                "competent_office": scenario.competent_office or "",
                "problems": json.dumps(decision.to_json()["problems"], ensure_ascii=False),
                "notice_due": _iso(decision.notice_due),
                "promised_date": _iso(decision.promised_date),
                "decided_on": today.isoformat(), "decided_at": at, "clerk_id": actor.user_id,
                "first_visit": int(first_visit), "note": "deemed_accepted" if deemed else ""})
            status = {Outcome.ACCEPT: CaseStatus.ACCEPTED,
                      Outcome.SUPPLEMENT: CaseStatus.SUPPLEMENT_PENDING,
                      Outcome.REJECT: CaseStatus.REJECTED}[decision.outcome]
            changes: dict[str, object] = {
                "status": transition(CaseStatus(str(case["status"])), status).value,
                "updated_at": at}
            if not case["received_on"]:
                changes["received_on"] = scenario.received_on.isoformat()
            if decision.outcome == Outcome.ACCEPT:
                changes["accepted_on"] = scenario.received_on.isoformat()
                changes["promised_date"] = _iso(decision.promised_date)
            repo.update_case(case_id, changes)
            self._queue_reviews(repo, case_id, decision, decision_id, earlier, deemed, at)
            audit.append(conn, at=at, actor_id=actor.user_id, action="decide", entity="case",
                         entity_id=case_id, details={"decision": decision_id,
                                                     **decision.to_json()})
            document = build_decision_document(case, item, decision, scenario, settings,
                                               actor, today, submission.details)
            doc_id, doc_no = issue_document(conn, case_id, decision_id, actor, document,
                                            settings, today, at)
            self._drop_draft(conn, actor)
        return RecordedDecision(decision, decision_id, doc_id, doc_no,
                                document.header.doc_type.value, deemed)

    def _insert_submission(self, repo: CaseRepo, actor: Actor, case_id: str,
                           item: ServiceItem, scenario: Scenario, details: Mapping[str, str],
                           at: str) -> str:
        submission_id = new_id()
        repo.insert_submission({
            "id": submission_id, "case_id": case_id, "seq": repo.next_submission_seq(case_id),
            "received_on": scenario.received_on.isoformat(),
            "answers": json.dumps(dict(scenario.answers), ensure_ascii=False),
            "permit_required": int(scenario.permit_required),
            "in_jurisdiction": int(scenario.in_jurisdiction),
            "competent_office": scenario.competent_office or "", "clerk_id": actor.user_id,
            "created_at": at})
        for material in item.required_materials(scenario.answers):
            report = scenario.materials.get(material.id)
            received = report is not None and Defect.MISSING not in report.defects
            repo.insert_material_check({
                "id": new_id(), "submission_id": submission_id, "material_id": material.id,
                "name": material.name, "form": material.form.value,
                "required_copies": material.copies, "received": int(received),
                "copies": report.copies if report else None,
                "pages": report.pages if report else None,
                "issued_on": _iso(report.issued_on) if report else None,
                "defects": json.dumps([d.value for d in report.defects] if report else []),
                "corrected": json.dumps([d.value for d in report.corrected] if report else []),
                "detail": details.get(material.id, "").strip()})
        return submission_id

    def _queue_reviews(self, repo: CaseRepo, case_id: str, decision: Decision,
                       decision_id: str, earlier: list[dict[str, object]], deemed: bool,
                       at: str) -> None:
        if decision.outcome == Outcome.REJECT:
            repo.open_review(case_id, "rejection", decision_id, at)
        if deemed:
            repo.open_review(case_id, "late_notice", decision_id, at)
        if decision.outcome == Outcome.SUPPLEMENT:
            # 一次性告知: a later notice naming a problem of a material the first notice did not
            # mention was a problem the first check missed (expiry by elapsed time excepted).
            noticed: set[str] = set()
            for entry in earlier:
                if entry["outcome"] == "supplement":
                    noticed |= {p["material"] for p in json.loads(str(entry["problems"]))}
            if noticed:
                missed = [p for p in decision.problems
                          if p.material not in noticed and p.defect != Defect.EXPIRED]
                if missed:
                    repo.open_review(case_id, "second_notice", decision_id, at)

    # -- helpers ------------------------------------------------------------------------------

    def _owned_open(self, actor: Actor, case_id: str) -> dict[str, object]:
        case = self.case(case_id)
        if case["owner_id"] != actor.user_id and not actor.is_supervisor:
            raise IntakeError("not_owner", "only the first-responsible clerk acts on this case")
        if CaseStatus(str(case["status"])) in (CaseStatus.COMPLETED, CaseStatus.CLOSED):
            raise IntakeError("case_closed", "the case is closed")
        return case

    def _drop_draft(self, conn: Connection, actor: Actor) -> None:
        CaseRepo(conn).drop_draft(actor.user_id)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None

