"""Declaring a year recomputes the provisional promised dates of open cases in it."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.domain.holiday_notice import parse_notice
from counterdesk.services.calendar_years import declare_notice
from counterdesk.services.casework import CaseworkService
from counterdesk.services.intake import IntakeService, SubmissionInput
from counterdesk.services.integrity import verify_log
from tests.conftest import FIXTURES
from tests.services.test_intake import ALL_PRESENT, ANSWERS, register, rows

NOTICE_2027 = FIXTURES / "notices-test" / "2027-invented.txt"


@pytest.fixture
def undeclared_2027(space):
    if space.calendar.knows_year(2027):
        pytest.skip("chinesecalendar already knows 2027")
    return space


def accepted_on(space, clerk, clock, day: dt.date):
    clock.set_day(day)
    case = register(space, clerk)
    return IntakeService(space).decide(clerk, case.id, SubmissionInput(ANSWERS, ALL_PRESENT))


def test_a_declared_year_moves_a_provisional_promised_date_and_tells_the_supervisors(
        undeclared_2027, people, clock):
    space = undeclared_2027
    # 不动产登记 promises 1 working day: accepted Thursday 2027-02-04, the law alone gives
    # Tuesday 9 February (除夕 5 Feb – 初三 8 Feb); the notice gives 5–12 February off.
    recorded = accepted_on(space, people["clerk"], clock, dt.date(2027, 2, 4))
    assert recorded.decision.promised_date == dt.date(2027, 2, 9)
    assert recorded.decision.provisional
    moved = declare_notice(space, parse_notice(NOTICE_2027.read_text(encoding="utf-8")),
                           people["admin"].user_id)
    assert [(m.before, m.after) for m in moved] == [(dt.date(2027, 2, 9),
                                                      dt.date(2027, 2, 15))]
    case = rows(space, "SELECT promised_date FROM cases")[0]
    assert case["promised_date"] == "2027-02-15"
    assert [r["kind"] for r in rows(space, "SELECT kind FROM reviews")] == ["deadline_moved"]
    mine = CaseworkService(space).my_cases(people["clerk"])
    assert mine[0].next_deadline == dt.date(2027, 2, 15)
    assert verify_log(space).ok


def test_a_date_the_notice_does_not_change_is_left_alone(undeclared_2027, people, clock):
    space = undeclared_2027
    accepted_on(space, people["clerk"], clock, dt.date(2027, 3, 1))  # due 2 March either way
    moved = declare_notice(space, parse_notice(NOTICE_2027.read_text(encoding="utf-8")),
                           people["admin"].user_id)
    assert moved == []
    assert rows(space, "SELECT COUNT(*) AS n FROM reviews")[0]["n"] == 0
