"""收件: the day of receipt a step may record, and the answer-by day of an escalation."""

import dataclasses
import datetime as dt

import pytest

from counterdesk.domain.catalog import NoticeTiming, Procedure
from counterdesk.domain.decision import notice_due
from counterdesk.domain.receipt import (
    ReceiptDateError,
    ReceiptProblem,
    answer_due,
    check_receipt_date,
    is_backdated,
)

TODAY = dt.date(2026, 9, 30)
YESTERDAY = dt.date(2026, 9, 29)


def problem(**kwargs) -> ReceiptProblem:
    with pytest.raises(ReceiptDateError) as raised:
        check_receipt_date(**{"today": TODAY, **kwargs})
    return raised.value.problem


def test_given_materials_received_today_when_checked_then_no_reason_is_needed():
    assert check_receipt_date(TODAY, TODAY) == TODAY
    assert not is_backdated(TODAY, TODAY)


def test_given_a_day_after_today_when_checked_then_it_is_refused_as_a_typing_error():
    assert problem(received_on=dt.date(2026, 10, 1)) == ReceiptProblem.IN_FUTURE
    # a reason does not make a future day possible
    assert problem(received_on=dt.date(2026, 10, 1), reason="提前") == ReceiptProblem.IN_FUTURE


def test_given_materials_left_yesterday_when_recorded_today_then_a_reason_is_required():
    assert problem(received_on=YESTERDAY) == ReceiptProblem.REASON_REQUIRED
    assert problem(received_on=YESTERDAY, reason="   ") == ReceiptProblem.REASON_REQUIRED
    assert check_receipt_date(YESTERDAY, TODAY, "昨日下班前收件，今日录入") == YESTERDAY
    assert problem(received_on=YESTERDAY, reason="很" * 201) == ReceiptProblem.REASON_TOO_LONG


def test_given_a_day_the_case_already_holds_when_checked_then_no_new_reason_is_asked():
    # a receipt recorded yesterday (with its reason) is decided today from the same day
    assert check_receipt_date(YESTERDAY, TODAY, recorded=YESTERDAY) == YESTERDAY
    assert not is_backdated(YESTERDAY, TODAY, recorded=YESTERDAY)
    assert is_backdated(dt.date(2026, 9, 28), TODAY, recorded=YESTERDAY)


def test_given_a_one_time_notice_on_the_28th_when_the_return_is_dated_before_it_then_refused():
    assert problem(received_on=dt.date(2026, 9, 27), reason="补录",
                   not_before=dt.date(2026, 9, 28)) == ReceiptProblem.BEFORE_EARLIER_STEP
    assert check_receipt_date(dt.date(2026, 9, 28), TODAY, "补录",
                              not_before=dt.date(2026, 9, 28)) == dt.date(2026, 9, 28)


def test_given_an_escalation_when_answered_then_by_the_notice_period_from_receipt(calendar):
    five_days = Procedure()
    on_the_spot = dataclasses.replace(five_days, notice=NoticeTiming.ON_THE_SPOT)
    # 行政许可法 art. 32: five working days from receipt, across the National Day holidays
    assert answer_due(five_days, TODAY, calendar) == notice_due(five_days, TODAY, calendar)
    assert answer_due(five_days, TODAY, calendar) > dt.date(2026, 10, 8)
    # counted from the day of receipt, not from the day it was recorded
    assert answer_due(five_days, YESTERDAY, calendar) < answer_due(five_days, TODAY, calendar)
    # an item told on the spot answers the same day
    assert answer_due(on_the_spot, TODAY, calendar) == TODAY
