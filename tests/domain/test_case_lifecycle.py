"""The case lifecycle in domain/cases.py: what each step does to a case, without a database."""

import dataclasses
import datetime as dt

import pytest

from counterdesk.domain.agents import Agent
from counterdesk.domain.cases import (
    Applicant,
    ApplicantKind,
    Case,
    CaseStatus,
    Channel,
    EarlierDecision,
    ItemFixedError,
    Purpose,
    ReviewKind,
    TransitionError,
    closed,
    completed,
    decided,
    escalated,
    received,
    reviewed,
    status_after,
    with_item,
)
from counterdesk.domain.completion import Completion, ResultKind
from counterdesk.domain.decision import Decision, Outcome, Problem, RejectReason
from counterdesk.domain.defects import Defect

AT = "2026-10-09T10:00:00+08:00"
RECEIVED = dt.date(2026, 9, 30)
CASE = Case(id="c1", tracking_no="W01-20260930-0001", window_id="W01", owner_id=2,
            purpose=Purpose.APPLY, channel=Channel.ONSITE,
            applicant=Applicant(ApplicantKind.PERSON, "王小明", "resident_id",
                                "11010519491231002X", "13800000000", ""),
            status=CaseStatus.OPEN, registered_at="2026-09-30T09:00:00+08:00",
            updated_at="2026-09-30T09:00:00+08:00", item_code="37082600SP-XK-0003",
            item_version=dt.date(2020, 7, 28))


def accept(deemed: bool = False) -> Decision:
    return Decision(Outcome.ACCEPT, None, (), dt.date(2026, 10, 9) if deemed else None,
                    dt.date(2026, 10, 16), deemed_accepted=deemed)


def supplement(*materials: str) -> Decision:
    return Decision(Outcome.SUPPLEMENT, None,
                    tuple(Problem(m, m, Defect.MISSING) for m in materials),
                    dt.date(2026, 10, 9), None)


def test_an_acceptance_dates_the_case_from_receipt_and_is_a_first_visit_pass():
    step = decided(CASE, accept(), RECEIVED, (), AT)
    assert step.case.status == CaseStatus.ACCEPTED
    assert (step.case.received_on, step.case.accepted_on, step.case.promised_date) == (
        RECEIVED, RECEIVED, dt.date(2026, 10, 16))
    assert step.first_visit and step.reviews == () and step.case.updated_at == AT
    assert CASE.status == CaseStatus.OPEN  # the case read is never changed in place


def test_an_acceptance_after_a_notice_is_no_first_visit_pass_and_keeps_the_first_receipt():
    waiting = dataclasses.replace(CASE, status=CaseStatus.SUPPLEMENT_PENDING,
                                  received_on=RECEIVED)
    step = decided(waiting, accept(), dt.date(2026, 10, 8),
                   (EarlierDecision("supplement", frozenset({"licence"})),), AT)
    assert not step.first_visit
    assert (step.case.received_on, step.case.accepted_on) == (RECEIVED, dt.date(2026, 10, 8))


def test_a_late_notice_is_a_deemed_acceptance_the_supervisors_review():
    step = decided(CASE, accept(deemed=True), RECEIVED, (), AT)
    assert step.deemed_accepted and step.reviews == (ReviewKind.LATE_NOTICE,)


def test_a_rejection_is_reviewed_afterwards():
    step = decided(CASE, Decision(Outcome.REJECT, RejectReason.OUT_OF_JURISDICTION, (),
                                  None, None), RECEIVED, (), AT)
    assert step.case.status == CaseStatus.REJECTED and step.reviews == (ReviewKind.REJECTION,)
    assert step.case.accepted_on is None and step.case.promised_date is None


def test_a_second_notice_naming_what_the_first_missed_goes_to_the_supervisors():
    waiting = dataclasses.replace(CASE, status=CaseStatus.SUPPLEMENT_PENDING)
    first = (EarlierDecision("supplement", frozenset({"licence"})),)
    assert decided(waiting, supplement("licence"), RECEIVED, first, AT).reviews == ()
    assert decided(waiting, supplement("contract"), RECEIVED, first, AT).reviews == (
        ReviewKind.SECOND_NOTICE,)
    # A first notice names what it finds: nothing was missed before it.
    assert decided(CASE, supplement("contract"), RECEIVED, (), AT).reviews == ()


def test_every_outcome_has_its_status():
    assert {status_after(outcome) for outcome in Outcome} == {
        CaseStatus.ACCEPTED, CaseStatus.SUPPLEMENT_PENDING, CaseStatus.REJECTED}


def test_a_decided_case_cannot_be_decided_again():
    accepted = decided(CASE, accept(), RECEIVED, (), AT).case
    with pytest.raises(TransitionError):
        decided(accepted, accept(), RECEIVED, (), AT)


def test_the_item_is_fixed_once_materials_were_received():
    changed = with_item(CASE, "37082600SP-SL-0001", dt.date(2024, 1, 1), AT)
    assert (changed.item_code, changed.item_version) == ("37082600SP-SL-0001",
                                                         dt.date(2024, 1, 1))
    with pytest.raises(ItemFixedError):
        with_item(received(CASE, RECEIVED, AT), "37082600SP-SL-0001", dt.date(2024, 1, 1), AT)


def test_receipt_and_escalation_keep_the_first_day_of_receipt():
    first = received(CASE, RECEIVED, AT)
    assert received(first, dt.date(2026, 10, 8), AT).received_on == RECEIVED
    up = escalated(first, dt.date(2026, 10, 8), AT)
    assert up.status == CaseStatus.ESCALATED and up.received_on == RECEIVED
    # A supervisor orders acceptance (back to OPEN) or upholds the refusal (REJECTED).
    assert reviewed(up, CaseStatus.OPEN, AT).status == CaseStatus.OPEN
    assert reviewed(up, CaseStatus.REJECTED, AT).status == CaseStatus.REJECTED
    with pytest.raises(TransitionError):
        reviewed(up, CaseStatus.ACCEPTED, AT)


def test_only_an_accepted_case_is_completed_and_only_an_undecided_one_closed():
    accepted = decided(CASE, accept(), RECEIVED, (), AT).case
    done = completed(accepted, AT, "已发证", Completion(ResultKind.GRANTED, "许字1号"))
    assert done.status == CaseStatus.COMPLETED and not done.is_open
    assert done.closing is not None and done.closing.completion is not None
    assert (done.closing.at, done.closing.result) == (AT, "已发证")
    with pytest.raises(TransitionError):
        completed(CASE, AT, "已发证")
    assert closed(CASE, AT, "已答复").status == CaseStatus.CLOSED
    with pytest.raises(TransitionError):
        closed(accepted, AT, "已答复")


def test_a_document_prints_the_applicant_with_the_agent_and_keeps_no_phone():
    with_agent = dataclasses.replace(CASE, agent=Agent("李四", "resident_id",
                                                       "110105194912310038", "13900000000",
                                                       "受托人"))
    printed = with_agent.printed_applicant
    assert (printed.name, printed.id_number, printed.phone) == ("王小明",
                                                                "11010519491231002X", "")
    assert printed.agent is not None
    assert (printed.agent.name, printed.agent.relation) == ("李四", "受托人")
    assert CASE.printed_applicant.agent is None
