"""收件: materials are received before anything is decided, and every clock runs from the day
of receipt (行政许可法 art. 32: the notice period counts from receiving the application).

A day of receipt earlier than the day it is recorded (the materials were left yesterday and
are recorded today) needs the clerk's reason; a day in the future is a typing error.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.catalog import Procedure
from counterdesk.domain.decision import notice_due

# The longest a backdating reason may be: one line on the timeline.
REASON_MAX_CHARS = 200


class ReceiptProblem(StrEnum):
    IN_FUTURE = "receipt_in_future"
    REASON_REQUIRED = "backdate_reason_required"
    REASON_TOO_LONG = "backdate_reason_too_long"
    BEFORE_EARLIER_STEP = "receipt_before_earlier_step"


class ReceiptDateError(ValueError):
    def __init__(self, problem: ReceiptProblem, message: str):
        self.problem = problem
        super().__init__(message)


def is_backdated(received_on: dt.date, today: dt.date, recorded: dt.date | None = None) -> bool:
    """True when the day is earlier than today and not the day the case already holds (a
    receipt recorded earlier, or an application a supervisor sent back, continues from it)."""
    return received_on < today and received_on != recorded


def check_receipt_date(received_on: dt.date, today: dt.date, reason: str = "",
                       recorded: dt.date | None = None,
                       not_before: dt.date | None = None) -> dt.date:
    """The day of receipt as given, or ReceiptDateError: not after today, not before the
    case's last step (`not_before`, e.g. the day a one-time notice was given), and with a
    reason when it is earlier than today (see is_backdated)."""
    if received_on > today:
        raise ReceiptDateError(ReceiptProblem.IN_FUTURE,
                               f"the day of receipt {received_on} is after today ({today})")
    if not_before is not None and received_on < not_before:
        raise ReceiptDateError(ReceiptProblem.BEFORE_EARLIER_STEP,
                               f"the day of receipt {received_on} is before the case's last "
                               f"step on {not_before}")
    if is_backdated(received_on, today, recorded):
        if not reason.strip():
            raise ReceiptDateError(ReceiptProblem.REASON_REQUIRED,
                                   f"materials received on {received_on}, before today: "
                                   f"say why they are recorded only now")
        if len(reason.strip()) > REASON_MAX_CHARS:
            raise ReceiptDateError(ReceiptProblem.REASON_TOO_LONG,
                                   f"the reason is longer than {REASON_MAX_CHARS} characters")
    return received_on


def answer_due(procedure: Procedure, received_on: dt.date, calendar: WorkCalendar) -> dt.date:
    """窗口否决报备: the applicant whose application the window would refuse is told in
    writing by this day, the item's notice period counted from receipt (the same period
    within which an incomplete application must be told what is missing)."""
    return notice_due(procedure, received_on, calendar)
