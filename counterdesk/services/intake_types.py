"""What the intake steps take and give back: the registration, the clerk's record of a
submission, the recorded receipt and decision, and the intake's named refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from counterdesk.domain.agents import Agent
from counterdesk.domain.cases import Applicant, Channel, Purpose
from counterdesk.domain.decision import Decision, MaterialReport
from counterdesk.domain.ids import IdCheck

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

    def __init__(self, result: IdCheck, code: str = "id_unconfirmed"):
        self.result = result
        super().__init__(code, f"identity number fails its check: {result.reason}")


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
    # 代理人: someone applying for the applicant (None: the applicant came in person).
    agent: Agent | None = None


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
    # Why materials received before today are recorded only now (required then; audited).
    backdate_reason: str = ""
    # "tolerance" (容缺受理) or "commitment" (告知承诺): accept what would be a supplement on
    # the applicant's signed pledge or commitment (domain/pledges.py says when that is open).
    pledge: str = ""


@dataclass(frozen=True)
class RecordedReceipt:
    """收件 recorded: the day of receipt and the 材料接收凭证 issued for it."""

    submission_id: str
    received_on: dt.date
    document_id: str
    doc_no: str
    answer_due: dt.date | None = None


@dataclass(frozen=True)
class RecordedDecision:
    decision: Decision
    decision_id: str
    document_id: str
    doc_no: str
    doc_type: str
    deemed_accepted: bool = False
    # The pledge or commitment letter the applicant signs, when accepted on one.
    pledge_document_id: str = ""
    pledge_doc_no: str = ""


def iso_day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def is_acceptance_order(details: Mapping[str, object]) -> bool:
    """A review event recording that a supervisor ordered an escalated case accepted."""
    return details.get("kind") == "escalation" and details.get("status") == "overturned"


def backdate_details(received_on: dt.date, today: dt.date, submission: SubmissionInput
               ) -> dict[str, str]:
    """What the audit log keeps of a day of receipt earlier than today: the clerk's reason."""
    if received_on < today and submission.backdate_reason.strip():
        return {"backdate_reason": submission.backdate_reason.strip()}
    return {}
