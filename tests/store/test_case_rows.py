"""A case row and the domain's Case map both ways, and a step writes only what it changed."""

import dataclasses
import datetime as dt

from counterdesk.domain.agents import Agent
from counterdesk.domain.cases import CaseStatus, completed, decided
from counterdesk.domain.completion import Completion, Delivery, ResultKind
from counterdesk.domain.decision import Decision, Outcome
from counterdesk.store.case_rows import case_columns, case_from_row, changed_columns
from tests.domain.test_case_lifecycle import AT, CASE, RECEIVED

ACCEPTED = decided(CASE, Decision(Outcome.ACCEPT, None, (), None, dt.date(2026, 10, 16)),
                   RECEIVED, (), AT).case
DONE = completed(dataclasses.replace(ACCEPTED, agent=Agent(
    "李四", "resident_id", "110105194912310038", "13900000000", "受托人")), AT, "已发证",
    Completion(ResultKind.GRANTED, "许字1号", dt.date(2026, 10, 12), Delivery.MAIL,
               "幸福路8号", "已发证"))


def test_every_case_comes_back_from_its_row_as_it_went_in():
    for case in (CASE, ACCEPTED, DONE):
        assert case_from_row({**case_columns(case), "row_version": 0}) == case


def test_a_step_writes_only_the_columns_it_changed():
    assert changed_columns(CASE, ACCEPTED) == {
        "status": "accepted", "received_on": "2026-09-30", "accepted_on": "2026-09-30",
        "promised_date": "2026-10-16", "updated_at": AT}
    assert changed_columns(CASE, CASE) == {}
    assert changed_columns(ACCEPTED, DONE)["status"] == CaseStatus.COMPLETED.value
    assert changed_columns(ACCEPTED, DONE)["delivery_address"] == "幸福路8号"
