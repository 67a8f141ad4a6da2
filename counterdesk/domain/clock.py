"""The accepted case's clock: extensions (行政许可法 art. 42) and paused periods (art. 45).

After acceptance the deciding body may extend the limit once its head approves, with written
reasons to the applicant (art. 42: ten working days unless a law says otherwise), and the
time for a hearing, testing, inspection, quarantine, appraisal or expert review is not counted
(art. 45), also with a written notice. Neither makes a case overdue: the due date moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from counterdesk.domain.calendar import ONE_DAY, WorkCalendar

DEFAULT_MAX_EXTENSION_DAYS = 10  # 行政许可法 art. 42 ¶1


class PauseKind(StrEnum):
    """行政许可法 art. 45: periods not counted in the limit."""

    HEARING = "hearing"  # 听证
    TENDER = "tender"  # 招标、拍卖
    TESTING = "testing"  # 检验、检测、检疫
    APPRAISAL = "appraisal"  # 鉴定
    EXPERT_REVIEW = "expert_review"  # 专家评审


class ClockRefusal(StrEnum):
    """Why an extension or a pause cannot be recorded."""

    NO_REASONS = "no_reasons"  # an extension needs written reasons
    NO_APPROVER = "no_approver"  # and the approval of the body's head
    DAYS_OUT_OF_RANGE = "days_out_of_range"  # 1..the days the law still allows
    TOO_LATE = "too_late"  # an extension is decided within the limit, not after it
    PAUSE_BEFORE_ACCEPTANCE = "pause_before_acceptance"
    PAUSE_END_BEFORE_START = "pause_end_before_start"
    PAUSE_OVERLAPS = "pause_overlaps"  # periods do not overlap; one open period at a time


class ClockError(ValueError):
    def __init__(self, reason: ClockRefusal, detail: str = ""):
        self.reason = reason
        super().__init__(f"{reason.value}{': ' + detail if detail else ''}")


@dataclass(frozen=True)
class Extension:
    days: int
    approved_by: str
    reasons: str
    decided_on: dt.date


@dataclass(frozen=True)
class Pause:
    kind: PauseKind
    start: dt.date
    end: dt.date | None = None  # None: the clock is still stopped

    def workdays(self, calendar: WorkCalendar, today: dt.date) -> int:
        """Working days inside the period, both ends counted (an open one up to today)."""
        last = self.end if self.end is not None else today
        if last < self.start:
            return 0
        return calendar.workdays_between(self.start - ONE_DAY, last)


@dataclass(frozen=True)
class Due:
    date: dt.date | None  # None while the clock is stopped
    paused: bool
    extended_days: int
    paused_days: int


def check_extension(extension: Extension, earlier: Sequence[Extension], current_due: dt.date,
                    max_days: int = DEFAULT_MAX_EXTENSION_DAYS) -> None:
    """Raise ClockError unless the extension is lawful on top of the earlier ones."""
    if not extension.reasons.strip():
        raise ClockError(ClockRefusal.NO_REASONS)
    if not extension.approved_by.strip():
        raise ClockError(ClockRefusal.NO_APPROVER)
    left = max_days - sum(e.days for e in earlier)
    if not 1 <= extension.days <= left:
        raise ClockError(ClockRefusal.DAYS_OUT_OF_RANGE, f"1 to {max(left, 0)} working days")
    if extension.decided_on > current_due:
        raise ClockError(ClockRefusal.TOO_LATE, current_due.isoformat())


def check_pause(pause: Pause, earlier: Sequence[Pause], accepted_on: dt.date) -> None:
    """Raise ClockError unless the period can be recorded beside the earlier ones."""
    if pause.start < accepted_on:
        raise ClockError(ClockRefusal.PAUSE_BEFORE_ACCEPTANCE, accepted_on.isoformat())
    if pause.end is not None and pause.end < pause.start:
        raise ClockError(ClockRefusal.PAUSE_END_BEFORE_START)
    far = dt.date.max
    for other in earlier:
        if other.end is None and pause.end is None:
            raise ClockError(ClockRefusal.PAUSE_OVERLAPS, other.start.isoformat())
        if pause.start <= (other.end or far) and other.start <= (pause.end or far):
            raise ClockError(ClockRefusal.PAUSE_OVERLAPS, other.start.isoformat())


def current_due(promised: dt.date, extensions: Sequence[Extension], pauses: Sequence[Pause],
                calendar: WorkCalendar, today: dt.date) -> Due:
    """The promised date moved by every extension and every closed pause; no date while a
    pause is open (the clock is stopped, so the case cannot be overdue)."""
    extended = sum(e.days for e in extensions)
    paused_days = sum(p.workdays(calendar, today) for p in pauses)
    if any(p.end is None for p in pauses):
        return Due(None, True, extended, paused_days)
    return Due(calendar.add_workdays(promised, extended + paused_days), False, extended,
               paused_days)
