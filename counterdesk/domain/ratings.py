"""好差评 (国办发〔2019〕51号): the applicant rates each service themself, once; the clerk may
only record that the applicant did not rate (未评价); a bad rating is followed up (回访, 整改)
within the office's working days, and the applicant's appeal (申诉复核) is decided by a
supervisor — an overturned bad rating stays on record but no longer counts.

A *service event* is one contact at the window the applicant can rate: the registration
(首问登记), each decision on materials (受理, 一次性告知, 不予受理), the completion (办结)
or the close of a consultation. The applicant rates the latest one; each is rated at most
once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.cases import BAD_RATINGS, Rating

__all__ = ["BAD_RATINGS", "Rating"]  # the five choices live with the case lifecycle

NOT_RATED = "not_rated"
"""未评价: the only thing a clerk may record in place of the applicant's rating."""

DEFAULT_FOLLOW_UP_DAYS = 3
MAX_FOLLOW_UP_DAYS = 30  # provinces set 3, 5 or 15 working days


class BadReason(StrEnum):
    """Why the applicant is dissatisfied (optional, any number)."""

    ATTITUDE = "attitude"  # 态度
    EFFICIENCY = "efficiency"  # 效率
    UNCLEAR_MATERIALS = "unclear_materials"  # 材料要求不清
    REPEATED_VISITS = "repeated_visits"  # 多次跑
    OTHER = "other"  # 其他


class RatingSource(StrEnum):
    APPLICANT = "applicant"  # on the rating screen, by the applicant's own choice
    CLERK = "clerk"  # 未评价, recorded by the clerk


class ServiceKind(StrEnum):
    REGISTRATION = "register"
    DECISION = "decision"
    COMPLETION = "completion"
    CLOSE = "close"


class FollowUpStep(StrEnum):
    """The case event kinds of a bad rating's follow-up."""

    VISIT = "rating_visit"  # 回访
    RECTIFICATION = "rating_rectification"  # 整改
    APPEAL = "rating_appeal"  # 申诉复核


class AppealVerdict(StrEnum):
    UPHELD = "upheld"  # the bad rating stands
    OVERTURNED = "overturned"  # kept on record, excluded from the statistics


class RatingError(ValueError):
    """A rating or follow-up step refused; `code` says why (the UI words it)."""

    def __init__(self, code: str, message: str = ""):
        self.code = code
        super().__init__(message or code)


@dataclass(frozen=True)
class ServiceEvent:
    kind: ServiceKind
    ref: str  # the id of the case, decision or case event
    at: str  # ISO timestamp

    @property
    def key(self) -> str:
        """What the stored rating points at; unique among all ratings."""
        return f"{self.kind.value}:{self.ref}"


def service_to_rate(services: Iterable[ServiceEvent], rated: Iterable[str]) -> ServiceEvent:
    """The latest service of the case, which the applicant is asked to rate; refused when the
    case has had no service yet or the latest one was already rated (or marked 未评价)."""
    ordered = sorted(services, key=lambda service: service.at)
    if not ordered:
        raise RatingError("no_service", "the case has no service to rate yet")
    latest = ordered[-1]
    if latest.key in set(rated):
        raise RatingError("already_rated", "this service was already rated")
    return latest


def check_choice(source: RatingSource, rating: Rating | None,
                 reasons: Iterable[BadReason] = ()) -> tuple[BadReason, ...]:
    """The rating as it may be recorded, with its reasons in a fixed order and no repeats."""
    chosen = tuple(reason for reason in BadReason if reason in set(reasons))
    if source == RatingSource.CLERK and rating is not None:
        raise RatingError("clerk_records_not_rated",
                          "only the applicant rates; the clerk may record 未评价 only")
    if source == RatingSource.APPLICANT and rating is None:
        raise RatingError("rating_required", "choose one of the five ratings")
    if chosen and rating not in BAD_RATINGS:
        raise RatingError("reasons_for_bad_only", "reasons are given for a bad rating only")
    return chosen


def follow_up_due(rated_on: dt.date, days: int, calendar: WorkCalendar) -> dt.date:
    """A bad rating is followed up within `days` working days of the rating day."""
    check_follow_up_days(days)
    return calendar.add_workdays(rated_on, days)


def check_follow_up_days(days: int) -> int:
    if not 1 <= days <= MAX_FOLLOW_UP_DAYS:
        raise RatingError("follow_up_days_range",
                          f"follow-up days must be 1 to {MAX_FOLLOW_UP_DAYS} working days")
    return days


@dataclass(frozen=True)
class Visit:
    """回访: who called or met the applicant, on which day, what was said."""

    visited_by: str
    visited_on: dt.date
    said: str


@dataclass(frozen=True)
class AppealDecision:
    """申诉复核: the applicant's appeal and the supervisor's verdict with its reason."""

    appeal: str
    verdict: AppealVerdict
    reason: str


@dataclass(frozen=True)
class RatingRecord:
    """A recorded rating with its follow-up so far."""

    rating: str  # a Rating value or NOT_RATED
    rated_on: dt.date
    follow_up_due: dt.date | None
    visits: int = 0
    rectifications: int = 0
    verdict: AppealVerdict | None = None

    @property
    def bad(self) -> bool:
        return self.rating in {rating.value for rating in BAD_RATINGS}

    @property
    def counted(self) -> bool:
        """In the statistics: a rating (not 未评价) whose appeal did not overturn it."""
        return self.rating != NOT_RATED and self.verdict != AppealVerdict.OVERTURNED

    @property
    def followed_up(self) -> bool:
        return self.visits > 0

    def overdue(self, today: dt.date) -> bool:
        """A counted bad rating nobody has visited by its due date."""
        return (self.bad and self.counted and not self.followed_up
                and self.follow_up_due is not None and self.follow_up_due < today)


def _follow_up_of(record: RatingRecord) -> None:
    if not record.bad:
        raise RatingError("not_bad_rating", "only a bad rating is followed up")
    if record.verdict == AppealVerdict.OVERTURNED:
        raise RatingError("rating_overturned", "the appeal overturned this bad rating")


def check_visit(record: RatingRecord, visit: Visit, today: dt.date) -> Visit:
    _follow_up_of(record)
    who, said = visit.visited_by.strip(), visit.said.strip()
    if not who:
        raise RatingError("visitor_required", "name who followed the applicant up")
    if not said:
        raise RatingError("visit_words_required", "write what was said in the follow-up")
    if visit.visited_on > today:
        raise RatingError("visit_in_future", "a follow-up cannot be dated after today")
    if visit.visited_on < record.rated_on:
        raise RatingError("visit_before_rating", "a follow-up cannot be before the rating")
    return Visit(who, visit.visited_on, said)


def check_rectification(record: RatingRecord, change: str) -> str:
    _follow_up_of(record)
    if not change.strip():
        raise RatingError("rectification_required", "write what was changed")
    return change.strip()


def check_appeal(record: RatingRecord, decision: AppealDecision) -> AppealDecision:
    if not record.bad:
        raise RatingError("not_bad_rating", "only a bad rating can be appealed")
    if record.verdict is not None:
        raise RatingError("appeal_decided", "the appeal against this rating was decided")
    if not decision.appeal.strip():
        raise RatingError("appeal_required", "write what the applicant's appeal says")
    if not decision.reason.strip():
        raise RatingError("appeal_reason_required", "write the reason for the decision")
    return AppealDecision(decision.appeal.strip(), decision.verdict, decision.reason.strip())
