"""好差评 rules: one rating per service event, the clerk records only 未评价, the follow-up
date in working days, and a bad rating's 回访, 整改 and 申诉复核."""

import datetime as dt

import pytest

from counterdesk.domain.cases import Rating
from counterdesk.domain.ratings import (
    NOT_RATED,
    AppealDecision,
    AppealVerdict,
    BadReason,
    RatingError,
    RatingRecord,
    RatingSource,
    ServiceEvent,
    ServiceKind,
    Visit,
    check_appeal,
    check_choice,
    check_follow_up_days,
    check_rectification,
    check_visit,
    follow_up_due,
    service_to_rate,
)

D = dt.date
REGISTERED = ServiceEvent(ServiceKind.REGISTRATION, "case-1", "2026-09-30T09:00:00+08:00")
ACCEPTED = ServiceEvent(ServiceKind.DECISION, "dec-1", "2026-09-30T09:20:00+08:00")
COMPLETED = ServiceEvent(ServiceKind.COMPLETION, "ev-9", "2026-10-12T15:00:00+08:00")


def bad(**changes) -> RatingRecord:
    base = {"rating": Rating.VERY_DISSATISFIED.value, "rated_on": D(2026, 9, 30),
            "follow_up_due": D(2026, 10, 10)}
    return RatingRecord(**{**base, **changes})


def refusal(call) -> str:
    with pytest.raises(RatingError) as raised:
        call()
    return raised.value.code


def test_given_a_case_served_three_times_when_asked_then_the_latest_service_is_rated():
    assert service_to_rate([COMPLETED, REGISTERED, ACCEPTED], set()) == COMPLETED
    assert COMPLETED.key == "completion:ev-9"


def test_given_the_latest_service_rated_when_asked_again_then_it_is_refused():
    assert refusal(lambda: service_to_rate([REGISTERED, ACCEPTED], {ACCEPTED.key})) \
        == "already_rated"
    # an earlier service rated does not stop the latest from being rated
    assert service_to_rate([REGISTERED, ACCEPTED], {REGISTERED.key}) == ACCEPTED


def test_given_no_service_when_asked_then_there_is_nothing_to_rate():
    assert refusal(lambda: service_to_rate([], set())) == "no_service"


def test_given_the_clerk_when_recording_a_rating_then_only_not_rated_is_allowed():
    assert refusal(lambda: check_choice(RatingSource.CLERK, Rating.SATISFIED)) \
        == "clerk_records_not_rated"
    assert check_choice(RatingSource.CLERK, None) == ()


def test_given_the_applicant_when_choosing_nothing_then_a_rating_is_required():
    assert refusal(lambda: check_choice(RatingSource.APPLICANT, None)) == "rating_required"


def test_given_reasons_when_the_rating_is_good_then_they_are_refused_and_bad_keeps_them():
    assert refusal(lambda: check_choice(RatingSource.APPLICANT, Rating.SATISFIED,
                                        [BadReason.ATTITUDE])) == "reasons_for_bad_only"
    chosen = check_choice(RatingSource.APPLICANT, Rating.DISSATISFIED,
                          [BadReason.OTHER, BadReason.ATTITUDE, BadReason.OTHER])
    assert chosen == (BadReason.ATTITUDE, BadReason.OTHER)


def test_given_three_follow_up_days_when_rated_before_national_day_then_due_skips_holidays(
        calendar):
    # Oct 1–7 are holidays; Oct 8, Oct 9 and the make-up Saturday Oct 10 are working days.
    assert follow_up_due(D(2026, 9, 30), 3, calendar) == D(2026, 10, 10)
    assert follow_up_due(D(2026, 9, 30), 15, calendar) == D(2026, 10, 27)


def test_given_follow_up_days_outside_one_to_thirty_then_they_are_refused():
    assert refusal(lambda: check_follow_up_days(0)) == "follow_up_days_range"
    assert refusal(lambda: check_follow_up_days(31)) == "follow_up_days_range"
    assert check_follow_up_days(15) == 15


def test_given_a_bad_rating_when_visited_then_who_when_and_what_are_required():
    today = D(2026, 10, 9)
    visit = check_visit(bad(), Visit(" 李强 ", D(2026, 10, 8), " 已致歉并说明 "), today)
    assert visit == Visit("李强", D(2026, 10, 8), "已致歉并说明")
    assert refusal(lambda: check_visit(bad(), Visit("", today, "x"), today)) \
        == "visitor_required"
    assert refusal(lambda: check_visit(bad(), Visit("李强", today, " "), today)) \
        == "visit_words_required"
    assert refusal(lambda: check_visit(bad(), Visit("李强", D(2026, 10, 10), "x"), today)) \
        == "visit_in_future"
    assert refusal(lambda: check_visit(bad(), Visit("李强", D(2026, 9, 29), "x"), today)) \
        == "visit_before_rating"


def test_given_a_good_rating_or_not_rated_then_there_is_nothing_to_follow_up():
    good = bad(rating=Rating.SATISFIED.value, follow_up_due=None)
    assert refusal(lambda: check_rectification(good, "改进")) == "not_bad_rating"
    none = bad(rating=NOT_RATED, follow_up_due=None)
    assert refusal(lambda: check_visit(none, Visit("李强", D(2026, 9, 30), "x"),
                                       D(2026, 9, 30))) == "not_bad_rating"


def test_given_a_rectification_then_what_was_changed_is_required():
    assert check_rectification(bad(), " 窗口增设材料样表 ") == "窗口增设材料样表"
    assert refusal(lambda: check_rectification(bad(), "  ")) == "rectification_required"


def test_given_an_appeal_then_it_is_decided_once_with_a_reason():
    decision = AppealDecision(" 申请人称评价误触 ", AppealVerdict.OVERTURNED, " 录像证实误触 ")
    assert check_appeal(bad(), decision) == AppealDecision(
        "申请人称评价误触", AppealVerdict.OVERTURNED, "录像证实误触")
    assert refusal(lambda: check_appeal(bad(verdict=AppealVerdict.UPHELD), decision)) \
        == "appeal_decided"
    assert refusal(lambda: check_appeal(bad(), AppealDecision("", AppealVerdict.UPHELD,
                                                              "x"))) == "appeal_required"
    assert refusal(lambda: check_appeal(bad(), AppealDecision("x", AppealVerdict.UPHELD,
                                                              ""))) == "appeal_reason_required"


def test_given_an_overturned_bad_rating_then_it_is_kept_but_not_counted_nor_followed_up():
    overturned = bad(verdict=AppealVerdict.OVERTURNED)
    assert overturned.rating == Rating.VERY_DISSATISFIED.value and not overturned.counted
    assert bad(verdict=AppealVerdict.UPHELD).counted
    assert not bad(rating=NOT_RATED).counted
    assert refusal(lambda: check_rectification(overturned, "x")) == "rating_overturned"
    assert not overturned.overdue(D(2026, 11, 1))


def test_given_a_bad_rating_unvisited_past_its_date_then_it_is_overdue_until_visited():
    assert not bad().overdue(D(2026, 10, 10))
    assert bad().overdue(D(2026, 10, 11))
    assert not bad(visits=1).overdue(D(2026, 10, 11))
