"""容缺受理 and 告知承诺: when an incomplete application may be accepted on a pledge."""

import dataclasses
import datetime as dt

from counterdesk.domain.decision import Outcome, decide, parse_scenario
from counterdesk.domain.pledges import (
    PledgeKind,
    PledgeOffer,
    PledgeRefusal,
    PledgeState,
    PledgeUnavailable,
    offer,
    pledge_overdue,
)
from counterdesk.services.catalog_files import load_file
from tests.conftest import FIXTURES

ITEM = load_file(FIXTURES / "example-item.yaml")
RECEIVED = dt.date(2026, 9, 30)  # a Wednesday before the National Day week


def item_with(tolerable=(), commitment_replaces=None, tolerable_days=10):
    materials = tuple(dataclasses.replace(m, tolerable=m.id in tolerable,
                                          tolerable_days=tolerable_days)
                      for m in ITEM.materials)
    changes = {"materials": materials}
    if commitment_replaces is not None:
        changes.update(commitment=True, commitment_replaces=tuple(commitment_replaces))
    return dataclasses.replace(ITEM, **changes)


def decision_missing(item, calendar, *missing):
    materials = {"application": {"copies": 1}, "marriage_proof": {},
                 "tax_receipt": {"copies": 1, "issued_on": "2026-09-01"}}
    for material in missing:
        materials[material] = {"defects": ["missing"]}
    scenario = parse_scenario({"item": item.code, "received_on": RECEIVED.isoformat(),
                               "answers": {"applicant_type": "夫妻", "by_agent": "否"},
                               "materials": materials}, RECEIVED)
    return decide(item, scenario, calendar)


def test_a_tolerable_missing_material_is_due_its_working_days_after_receipt(calendar):
    item = item_with(tolerable=("tax_receipt",))
    decision = decision_missing(item, calendar, "tax_receipt")
    assert decision.outcome == Outcome.SUPPLEMENT
    result = offer(PledgeKind.TOLERANCE, item, decision, RECEIVED, calendar, discredited=False)
    assert isinstance(result, PledgeOffer)
    # 1–8 October 2026 are holidays; ten working days after 30 September land on 20 October.
    assert [(m.material, m.due) for m in result.materials] == [
        ("tax_receipt", dt.date(2026, 10, 20))]
    assert result.promised_date == calendar.add_workdays(RECEIVED, item.promised_limit_days)


def test_a_material_that_cannot_wait_blocks_the_pledge_and_is_named(calendar):
    item = item_with(tolerable=("tax_receipt",))
    decision = decision_missing(item, calendar, "tax_receipt", "marriage_proof")
    result = offer(PledgeKind.TOLERANCE, item, decision, RECEIVED, calendar, discredited=False)
    assert result == PledgeUnavailable(PledgeKind.TOLERANCE, PledgeRefusal.NOT_TOLERABLE,
                                       ("marriage_proof",))


def test_a_discredited_applicant_can_use_neither_pledge_nor_commitment(calendar):
    item = item_with(tolerable=("tax_receipt",), commitment_replaces=("tax_receipt",))
    decision = decision_missing(item, calendar, "tax_receipt")
    for kind in PledgeKind:
        result = offer(kind, item, decision, RECEIVED, calendar, discredited=True)
        assert result == PledgeUnavailable(kind, PledgeRefusal.DISCREDITED)


def test_a_commitment_replaces_only_the_materials_the_item_names(calendar):
    item = item_with(commitment_replaces=("tax_receipt",))
    good = offer(PledgeKind.COMMITMENT, item, decision_missing(item, calendar, "tax_receipt"),
                 RECEIVED, calendar, discredited=False)
    assert isinstance(good, PledgeOffer)
    # The office verifies the commitment by the promised date.
    assert good.last_due == good.promised_date
    bad = offer(PledgeKind.COMMITMENT, item,
                decision_missing(item, calendar, "marriage_proof"), RECEIVED, calendar,
                discredited=False)
    assert bad == PledgeUnavailable(PledgeKind.COMMITMENT, PledgeRefusal.NO_COMMITMENT,
                                    ("marriage_proof",))


def test_an_item_without_commitment_offers_none(calendar):
    decision = decision_missing(ITEM, calendar, "tax_receipt")
    result = offer(PledgeKind.COMMITMENT, ITEM, decision, RECEIVED, calendar, discredited=False)
    assert result == PledgeUnavailable(PledgeKind.COMMITMENT, PledgeRefusal.NO_COMMITMENT)


def test_a_complete_application_has_nothing_to_pledge(calendar):
    item = item_with(tolerable=("tax_receipt",))
    decision = decision_missing(item, calendar)
    assert decision.outcome == Outcome.ACCEPT
    result = offer(PledgeKind.TOLERANCE, item, decision, RECEIVED, calendar, discredited=False)
    assert result == PledgeUnavailable(PledgeKind.TOLERANCE, PledgeRefusal.NOT_A_SUPPLEMENT)


def test_only_an_open_pledge_past_its_day_is_overdue():
    due = dt.date(2026, 10, 20)
    assert not pledge_overdue(PledgeState.OPEN, due, due)
    assert pledge_overdue(PledgeState.OPEN, due, due + dt.timedelta(days=1))
    assert not pledge_overdue(PledgeState.FULFILLED, due, due + dt.timedelta(days=30))
