"""When a case is late: the one "overdue" rule (超期未办结) and the office's next deadline.

Which of a case's dates holds the office to account depends on where the case stands:

- accepted: the promised date (承诺办结日, within the limits of 行政许可法 art. 42); past it
  the case is overdue.
  An extension (art. 42) or a period not counted (art. 45) moves the promised date
  (`domain/clock.py`); while the clock is stopped the case has no promised date and so is
  never overdue.
- open with materials received: the notice deadline (art. 32: tell the applicant what is
  missing). Past it the next step is late, but the case is not overdue: a late notice counts
  as acceptance where the item's procedure says so, and the decision queues it for review
  (`late_notice`). The database keeps no notice deadline of an undecided case: it is counted
  from the receipt with the item's procedure when needed.
- supplement_pending: none; the notice was given in time and the next move is the
  applicant's.
- escalated: a supervisor decides; the case is not overdue ("my cases" shows the day the
  escalation receipt promised the applicant an answer).
- completed: the promised date against the day of completion; after it the case was
  completed late (it counts against the on-time rate), never overdue.
- rejected, closed: none.

`OVERDUE` states the overdue rule as data (which statuses, which date), so that the SQL
filters of the log, the review queue and the statistics are built from it
(`store/log_repo.py`, `overdue_sql`) and agree with `is_overdue`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counterdesk.domain.cases import CaseStatus


class DeadlineKind(StrEnum):
    PROMISED_DATE = "promised_date"  # 承诺办结日 of an accepted case
    NOTICE_DUE = "notice_due"  # the day the applicant must be told (art. 32)
    AWAITING_APPLICANT = "awaiting_applicant"  # 待补正: nothing is due from the office


@dataclass(frozen=True)
class OverdueRule:
    """A case is overdue when its status is one of `statuses` and the day is past its
    `date`; a case without that date is never overdue."""

    statuses: frozenset[CaseStatus]
    date: DeadlineKind


OVERDUE = OverdueRule(frozenset({CaseStatus.ACCEPTED}), DeadlineKind.PROMISED_DATE)

# The office's next deadline in each status (see the table above); a status not named has
# none.
_NEXT_DEADLINE: dict[CaseStatus, DeadlineKind] = {
    CaseStatus.ACCEPTED: DeadlineKind.PROMISED_DATE,
    CaseStatus.OPEN: DeadlineKind.NOTICE_DUE,
    CaseStatus.SUPPLEMENT_PENDING: DeadlineKind.AWAITING_APPLICANT,
}


def is_overdue(status: CaseStatus, promised_date: dt.date | None, today: dt.date) -> bool:
    """超期未办结: accepted and the promised date has passed (it is not overdue on the day
    itself)."""
    dates = {DeadlineKind.PROMISED_DATE: promised_date}
    day = dates.get(OVERDUE.date)
    return status in OVERDUE.statuses and day is not None and day < today


def completed_late(status: CaseStatus, promised_date: dt.date | None,
                   completed_on: dt.date | None) -> bool:
    """Completed after the promised date: not overdue, but not on time either."""
    return (status == CaseStatus.COMPLETED and promised_date is not None
            and completed_on is not None and completed_on > promised_date)


def completed_on_time(status: CaseStatus, promised_date: dt.date | None,
                      completed_on: dt.date | None) -> bool:
    """Completed by the promised date (the on-time rate counts these)."""
    return (status == CaseStatus.COMPLETED and promised_date is not None
            and completed_on is not None and completed_on <= promised_date)


def next_deadline_kind(status: CaseStatus) -> DeadlineKind | None:
    """Which date the office must meet next in this status, or None."""
    return _NEXT_DEADLINE.get(status)


def urgency(deadline: dt.date | None, today: dt.date) -> str:
    """overdue | today | "" for the office's next deadline. For an accepted case this is
    `is_overdue`; for an open one it says the notice is late (see the module's table)."""
    if deadline is None:
        return ""
    if deadline < today:
        return "overdue"
    return "today" if deadline == today else ""
