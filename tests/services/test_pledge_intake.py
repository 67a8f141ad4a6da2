"""容缺受理 and 告知承诺 at the window: accepted on a signed pledge, tracked afterwards."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.domain.cases import Channel, Purpose
from counterdesk.domain.decision import MaterialReport, Outcome
from counterdesk.domain.pledges import PledgeKind, PledgeOffer, PledgeState
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import IntakeError, IntakeService, Registration, SubmissionInput
from counterdesk.services.integrity import verify_log
from counterdesk.services.pledges import PledgeService
from counterdesk.services.review import ReviewService
from tests.services.test_intake import PERSON, rows

FOOD = "37082600SP-XK-0003"  # 食品经营许可（新办）: the rules list is tolerable, 3 days promised
FOOD_ANSWERS = {"business_type": "食品销售经营者", "vending_machine": "否", "by_agent": "否"}
FOOD_BROUGHT = {**{m: MaterialReport() for m in ("application", "business_license",
                                                  "legal_rep_id", "facilities")},
                "health_certificates": MaterialReport(issued_on=dt.date(2026, 6, 1))}
FREIGHT = "37082600SP-XK-0006"  # 道路货物运输经营许可: a commitment replaces the safety rules
FREIGHT_ANSWERS = {"vehicles": "已购置", "by_agent": "否"}
FREIGHT_BROUGHT = {m: MaterialReport() for m in ("application", "operator_id",
                                                  "vehicle_license", "drivers")}


def registered(space, clerk, item):
    return IntakeService(space).register(
        clerk, Registration(Purpose.APPLY, Channel.ONSITE, PERSON, item))


def test_a_missing_tolerable_material_is_accepted_on_a_pledge_with_its_letter(
        space, people, tmp_path):
    clerk = people["clerk"]
    case = registered(space, clerk, FOOD)
    submission = SubmissionInput(FOOD_ANSWERS, FOOD_BROUGHT, pledge=PledgeKind.TOLERANCE.value)
    offered = IntakeService(space).pledge_offer(case, submission, "tolerance")
    assert isinstance(offered, PledgeOffer)
    recorded = IntakeService(space).decide(clerk, str(case.id), submission)
    assert recorded.decision.outcome == Outcome.ACCEPT
    assert [p.material for p in recorded.decision.problems] == ["rules_list"]
    assert rows(space, "SELECT status FROM cases")[0]["status"] == "accepted"
    pledges = PledgeService(space).pledges(str(case.id))
    # Received Wednesday 30 September 2026; ten working days after the National Day week.
    assert [(p["material_id"], p["due_on"], p["state"]) for p in pledges] == [
        ("rules_list", offered.materials[0].due.isoformat(), "open")]
    assert recorded.pledge_doc_no
    documents = DocumentService(space)
    _row, receipt = documents.load(recorded.document_id)
    assert receipt.pledge == "tolerance"  # type: ignore[union-attr]
    documents.render(clerk, recorded.document_id, tmp_path / "receipt.pdf")
    documents.render(clerk, recorded.pledge_document_id, tmp_path / "pledge.pdf")
    assert verify_log(space).ok


def test_a_material_that_cannot_wait_is_named_and_nothing_is_recorded(space, people):
    clerk = people["clerk"]
    case = registered(space, clerk, FOOD)
    brought = {k: v for k, v in FOOD_BROUGHT.items() if k != "facilities"}
    with pytest.raises(IntakeError) as raised:
        IntakeService(space).decide(clerk, str(case.id),
                                    SubmissionInput(FOOD_ANSWERS, brought, pledge="tolerance"))
    assert raised.value.code == "pledge_not_tolerable" and "facilities" in str(raised.value)
    assert rows(space, "SELECT COUNT(*) AS n FROM decisions")[0]["n"] == 0


def test_a_commitment_replaces_the_named_material_and_is_verified_by_the_promised_date(
        space, people):
    clerk = people["clerk"]
    case = registered(space, clerk, FREIGHT)
    recorded = IntakeService(space).decide(
        clerk, str(case.id), SubmissionInput(FREIGHT_ANSWERS, FREIGHT_BROUGHT,
                                                pledge="commitment"))
    pledge = PledgeService(space).pledges(str(case.id))[0]
    assert pledge["kind"] == "commitment" and pledge["material_id"] == "safety_rules"
    assert pledge["due_on"] == recorded.decision.promised_date.isoformat()


def test_a_discredited_applicant_is_refused_both_and_the_desk_is_told_why(space, people):
    clerk, supervisor = people["clerk"], people["supervisor"]
    PledgeService(space).set_flag(supervisor, PERSON.id_number, PERSON.name, "承诺不实")
    case = registered(space, clerk, FOOD)
    with pytest.raises(IntakeError) as raised:
        IntakeService(space).decide(clerk, str(case.id), SubmissionInput(
            FOOD_ANSWERS, FOOD_BROUGHT, pledge="tolerance"))
    assert raised.value.code == "pledge_discredited"
    assert verify_log(space).ok


def test_an_overdue_pledge_lands_in_the_supervisors_queue_once_and_is_settled(
        space, people, clock):
    clerk, supervisor = people["clerk"], people["supervisor"]
    case = registered(space, clerk, FOOD)
    IntakeService(space).decide(clerk, str(case.id), SubmissionInput(
        FOOD_ANSWERS, FOOD_BROUGHT, pledge="tolerance"))
    pledge = PledgeService(space).pledges(str(case.id))[0]
    clock.set_day(dt.date.fromisoformat(pledge["due_on"]) + dt.timedelta(days=1))
    reviews = ReviewService(space)
    reviews.refresh_overdue(supervisor)
    reviews.refresh_overdue(supervisor)
    queued = [r for r in reviews.queue(supervisor) if r["kind"] == "pledge_overdue"]
    assert len(queued) == 1 and queued[0]["subject_id"] == pledge["id"]
    with pytest.raises(Exception, match="reason"):
        reviews.confirm(supervisor, queued[0]["id"])  # a broken pledge is found in words
    reviews.confirm(supervisor, queued[0]["id"], "逾期未补交")
    assert PledgeService(space).pledges(str(case.id))[0]["state"] == PledgeState.BROKEN
    with pytest.raises(IntakeError):
        PledgeService(space).settle(supervisor, str(pledge["id"]), PledgeState.FULFILLED)
    assert verify_log(space).ok
