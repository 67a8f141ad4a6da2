"""好差评 through the services: the applicant's rating once per service, 未评价 by the clerk,
the office's follow-up days, 回访 / 整改 / 申诉复核 by a supervisor, the queue and the figures,
every write audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from counterdesk.domain.cases import Rating
from counterdesk.domain.ratings import AppealVerdict, BadReason
from counterdesk.services.accounts import PermissionDenied
from counterdesk.services.casework import CaseworkService
from counterdesk.services.intake import IntakeError
from counterdesk.services.integrity import verify_log
from counterdesk.services.office import OfficeService, SettingsError
from counterdesk.services.ratings import RatingService
from counterdesk.services.review import ReviewError, ReviewService
from counterdesk.services.stats import StatsService
from counterdesk.store import audit
from counterdesk.store.case_repo import CaseRepo
from tests.supervisor.conftest import CaseMaker

PERIOD = (dt.date(2026, 9, 1), dt.date(2026, 12, 31))


@pytest.fixture
def cases(space, people) -> CaseMaker:
    return CaseMaker(space, people["clerk"])


def rows(space, sql, **params):
    return [dict(r) for r in space.db.conn.execute(sql, params)]


def ratings(space):
    return [json.loads(r["details"]) for r in rows(
        space, "SELECT details FROM case_events WHERE kind = 'rating' ORDER BY rowid")]


def figures(space, people):
    board = StatsService(space).dashboard(people["supervisor"], *PERIOD)
    counts = {r[0]: r[1] for r in board.figure("ratings").rows}
    rates = {r[0]: r[3] for r in board.figure("rates").rows}
    return counts, rates


def refused(call) -> str:
    with pytest.raises(IntakeError) as raised:
        call()
    return raised.value.code


def test_given_an_accepted_case_when_the_applicant_rates_badly_then_it_is_rated_and_queued(
        space, people, cases):
    case_id = cases.accepted()
    decision = CaseRepo(space.db.conn).decisions(case_id)[-1]["id"]
    rating_id = RatingService(space).record_applicant(
        people["clerk"], case_id, Rating.VERY_DISSATISFIED,
        [BadReason.REPEATED_VISITS, BadReason.ATTITUDE], " 跑了两次 ")
    assert ratings(space) == [{"rating": "very_dissatisfied",
                               "reasons": ["attitude", "repeated_visits"],
                               "comment": "跑了两次", "service": f"decision:{decision}",
                               "source": "applicant"}]
    # three working days: Oct 8, Oct 9 and the make-up Saturday Oct 10
    assert rows(space, "SELECT kind, subject_id, due_on FROM reviews") == [
        {"kind": "bad_rating", "subject_id": rating_id, "due_on": "2026-10-10"}]
    entry = rows(space, "SELECT action, actor_id FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert entry == [{"action": "rating", "actor_id": people["clerk"].user_id}]
    assert verify_log(space).ok, verify_log(space).headline()


def test_given_a_rated_service_when_rated_again_then_refused_until_the_next_service(
        space, people, cases):
    case_id = cases.accepted()
    service = RatingService(space)
    service.record_applicant(people["clerk"], case_id, Rating.SATISFIED)
    assert refused(lambda: service.record_applicant(people["clerk"], case_id,
                                                    Rating.VERY_SATISFIED)) == "already_rated"
    assert refused(lambda: service.record_not_rated(people["clerk"], case_id)) \
        == "already_rated"
    CaseworkService(space).complete(people["clerk"], case_id, "已发证")
    assert service.service_to_rate(people["clerk"], case_id).kind.value == "completion"
    service.record_applicant(people["clerk"], case_id, Rating.VERY_SATISFIED)
    counts, _ = figures(space, people)
    assert counts["satisfied"] == 1 and counts["very_satisfied"] == 1


def test_given_the_database_when_a_second_rating_names_the_same_service_then_it_is_refused(
        space, people, cases):
    case_id = cases.accepted()
    RatingService(space).record_applicant(people["clerk"], case_id, Rating.SATISFIED)
    service = ratings(space)[0]["service"]
    with pytest.raises(Exception, match="UNIQUE"), space.db.transaction() as conn:
        CaseRepo(conn).insert_event(case_id, space.now_text(), people["clerk"].user_id,
                                    "rating", {"rating": "very_satisfied", "service": service})


def test_given_the_clerk_when_the_applicant_does_not_rate_then_not_rated_is_recorded_uncounted(
        space, people, cases):
    case_id = cases.accepted()
    RatingService(space).record_not_rated(people["clerk"], case_id)
    assert ratings(space)[0]["rating"] == "not_rated"
    assert ratings(space)[0]["source"] == "clerk"
    assert rows(space, "SELECT * FROM reviews WHERE kind = 'bad_rating'") == []
    counts, _ = figures(space, people)
    assert sum(counts.values()) == 0


def test_given_another_clerks_case_when_asked_to_rate_then_refused(space, people, cases):
    from counterdesk.services.accounts import AccountService, Role

    AccountService(space).create_user(people["admin"], "wang", "王芳", "clerk-pass-2",
                                      Role.CLERK)
    other = AccountService(space).log_in("wang", "clerk-pass-2", "W01")
    case_id = cases.accepted()
    assert refused(lambda: RatingService(space).record_applicant(
        other, case_id, Rating.SATISFIED)) == "not_owner"


def test_given_fifteen_follow_up_days_in_the_office_settings_then_the_bad_rating_is_due_later(
        space, people, cases):
    OfficeService(space).save(people["admin"], {"rating_follow_up_days": "15"})
    with pytest.raises(SettingsError):
        OfficeService(space).save(people["admin"], {"rating_follow_up_days": "31"})
    assert OfficeService(space).load().rating_follow_up_days == 15
    case_id = cases.accepted()
    RatingService(space).record_applicant(people["clerk"], case_id, Rating.DISSATISFIED)
    assert rows(space, "SELECT due_on FROM reviews") == [{"due_on": "2026-10-27"}]


def test_given_a_bad_rating_when_a_supervisor_visits_and_rectifies_then_the_follow_up_counts(
        space, people, cases, clock):
    case_id = cases.accepted()
    service = RatingService(space)
    rating_id = service.record_applicant(people["clerk"], case_id, Rating.DISSATISFIED)
    _, rates = figures(space, people)
    assert rates["bad_rating_follow_up_rate"] == 0.0
    with pytest.raises(PermissionDenied):
        service.record_visit(people["clerk"], rating_id, "张敏", dt.date(2026, 9, 30), "x")
    clock.set_day(dt.date(2026, 10, 9))
    service.record_visit(people["supervisor"], rating_id, "李强", dt.date(2026, 10, 8),
                         "电话回访，已致歉并说明所需材料")
    service.record_rectification(people["supervisor"], rating_id, "窗口增设材料样表")
    record = service.record(rating_id)
    assert (record.visits, record.rectifications, record.followed_up) == (1, 1, True)
    steps = [(s["kind"], s["details"]) for s in service.steps(rating_id)]
    assert steps == [
        ("rating_visit", {"rating_event": rating_id, "visited_by": "李强",
                          "visited_on": "2026-10-08", "said": "电话回访，已致歉并说明所需材料"}),
        ("rating_rectification", {"rating_event": rating_id, "change": "窗口增设材料样表"})]
    _, rates = figures(space, people)
    assert rates["bad_rating_follow_up_rate"] == 1.0
    actions = [r["action"] for r in rows(space, "SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-2:] == ["rating_visit", "rating_rectification"]
    assert verify_log(space).ok, verify_log(space).headline()


def test_given_an_appeal_overturned_then_the_bad_rating_stays_but_leaves_the_figures(
        space, people, cases):
    case_id = cases.accepted()
    service = RatingService(space)
    rating_id = service.record_applicant(people["clerk"], case_id, Rating.VERY_DISSATISFIED)
    with pytest.raises(PermissionDenied):
        service.decide_appeal(people["clerk"], rating_id, "误触", AppealVerdict.OVERTURNED, "x")
    service.decide_appeal(people["supervisor"], rating_id, "申请人称误触评价按钮",
                          AppealVerdict.OVERTURNED, "现场录像证实误触")
    assert refused(lambda: service.decide_appeal(
        people["supervisor"], rating_id, "再次申诉", AppealVerdict.UPHELD, "x")) \
        == "appeal_decided"
    assert ratings(space)[0]["rating"] == "very_dissatisfied"  # kept on record
    assert rows(space, "SELECT status, comment FROM reviews") == [
        {"status": "overturned", "comment": "现场录像证实误触"}]
    counts, rates = figures(space, people)
    assert counts["very_dissatisfied"] == 0
    assert rates["bad_rating_follow_up_rate"] is None  # no counted bad rating left
    assert refused(lambda: service.record_rectification(people["supervisor"], rating_id,
                                                        "x")) == "rating_overturned"
    assert verify_log(space).ok, verify_log(space).headline()


def test_given_an_appeal_upheld_then_the_bad_rating_still_counts(space, people, cases):
    case_id = cases.accepted()
    service = RatingService(space)
    rating_id = service.record_applicant(people["clerk"], case_id, Rating.DISSATISFIED)
    service.decide_appeal(people["supervisor"], rating_id, "认为评价不公", AppealVerdict.UPHELD,
                          "材料一次性告知无误，但等候过长属实")
    counts, _ = figures(space, people)
    assert counts["dissatisfied"] == 1
    assert rows(space, "SELECT status FROM reviews") == [{"status": "open"}]


def test_given_ratings_recorded_before_0008_then_each_case_counts_once_and_the_log_verifies(
        space, people, cases):
    case_id = cases.accepted()
    with space.db.transaction() as conn:  # as CaseworkService.rate recorded them then
        for rating in ("very_dissatisfied", "satisfied"):
            details = {"rating": rating, "comment": ""}
            CaseRepo(conn).insert_event(case_id, space.now_text(), people["clerk"].user_id,
                                        "rating", details)
            audit.append(conn, at=space.now_text(), actor_id=people["clerk"].user_id,
                         action="rating", entity="case", entity_id=case_id, details=details)
    counts, _ = figures(space, people)
    assert counts == {**dict.fromkeys(counts, 0), "very_dissatisfied": 1}
    # the applicant may still rate the service itself now
    RatingService(space).record_applicant(people["clerk"], case_id, Rating.SATISFIED)
    assert figures(space, people)[0]["satisfied"] == 1
    assert verify_log(space).ok, verify_log(space).headline()


def test_given_a_bad_rating_row_then_the_queue_shows_its_follow_up_and_overdue_date(
        space, people, cases, clock):
    case_id = cases.accepted()
    rating_id = RatingService(space).record_applicant(people["clerk"], case_id,
                                                      Rating.DISSATISFIED)
    review = ReviewService(space).queue(people["supervisor"], kind="bad_rating")[0]
    assert (review["answer_by"], review["overdue"], review["visits"]) == ("2026-10-10", False, 0)
    with pytest.raises(ReviewError) as raised:
        ReviewService(space).overturn(people["supervisor"], review["id"], "不算")
    assert raised.value.code == "rating_appeal_only"
    clock.set_day(dt.date(2026, 10, 12))
    assert ReviewService(space).queue(people["supervisor"], kind="bad_rating")[0]["overdue"]
    RatingService(space).record_visit(people["supervisor"], rating_id, "李强",
                                      dt.date(2026, 10, 12), "已回访")
    review = ReviewService(space).queue(people["supervisor"], kind="bad_rating")[0]
    assert (review["overdue"], review["visits"]) == (False, 1)


def test_given_an_escalation_then_the_queue_shows_its_answer_by_date_and_marks_it_overdue(
        space, people, cases, clock):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "申请人材料真实性存疑")
    review = ReviewService(space).queue(people["supervisor"], kind="escalation")[0]
    # received 2026-09-30; the item's guide answers on the spot (当场告知)
    assert (review["answer_by"], review["overdue"]) == ("2026-09-30", False)
    clock.set_day(dt.date(2026, 10, 8))
    review = ReviewService(space).queue(people["supervisor"], kind="escalation")[0]
    assert review["overdue"] is True
