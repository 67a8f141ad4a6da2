"""Working days: statutory holidays, make-up workdays, overrides, unknown years."""

import datetime as dt

import pytest

from counterdesk.domain.calendar import UnknownYearError, WorkCalendar, YearSchedule
from counterdesk.services.holidays import (
    build_calendar,
    fixed_statutory_holidays,
    statutory_workday,
)

D = dt.date


def test_adding_five_working_days_skips_national_day_and_counts_the_make_up_saturday(calendar):
    # Saturday 2026-10-10 is a make-up working day (调休); Oct 1–7 are holidays.
    assert calendar.add_workdays(D(2026, 9, 30), 5) == D(2026, 10, 13)


def test_a_make_up_saturday_in_february_is_a_working_day(calendar):
    assert calendar.add_workdays(D(2026, 2, 13), 1) == D(2026, 2, 14)


def test_the_start_day_is_not_counted_and_zero_days_is_the_same_day(calendar):
    assert calendar.add_workdays(D(2026, 11, 23), 1) == D(2026, 11, 24)
    assert calendar.add_workdays(D(2026, 11, 23), 0) == D(2026, 11, 23)


def test_working_days_between_is_the_inverse_of_adding(calendar):
    start = D(2026, 9, 25)
    for n in range(0, 25):
        assert calendar.workdays_between(start, calendar.add_workdays(start, n)) == n


def _knows_until_2026(day: dt.date) -> bool:
    """The statutory schedule as chinesecalendar 1.11 has it: 2027 not published yet."""
    if day.year > 2026:
        raise UnknownYearError(day.year)
    return statutory_workday(day)


@pytest.fixture
def undeclared_2027() -> WorkCalendar:
    return WorkCalendar(_knows_until_2026, fixed_holidays=fixed_statutory_holidays)


def test_an_unknown_year_is_computed_from_the_fixed_holidays_and_marked_provisional(
        undeclared_2027):
    # New Year's Day 2027 is a Friday: the first working day after 2026-12-31 is Monday.
    due = undeclared_2027.add_workdays(D(2026, 12, 31), 1)
    assert due == D(2027, 1, 4)
    assert undeclared_2027.is_provisional(due)
    assert not undeclared_2027.is_provisional(D(2026, 12, 31))


def test_spring_festival_2027_runs_from_new_years_eve_to_the_third_day(undeclared_2027):
    # 农历除夕 2027 is Friday 5 February, 正月初三 Monday 8 February (lunardate).
    assert [undeclared_2027.is_workday(D(2027, 2, d)) for d in range(4, 10)] == \
        [True, False, False, False, False, True]
    assert undeclared_2027.add_workdays(D(2027, 2, 4), 1) == D(2027, 2, 9)


def test_provisional_2027_has_the_law_s_thirteen_days_and_no_make_up_workdays():
    days = fixed_statutory_holidays(2027)
    assert sorted(days) == [
        D(2027, 1, 1), D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8),
        D(2027, 4, 5), D(2027, 5, 1), D(2027, 5, 2), D(2027, 6, 9), D(2027, 9, 15),
        D(2027, 10, 1), D(2027, 10, 2), D(2027, 10, 3)]


def test_the_fixed_holidays_agree_with_published_years_on_every_festival_day():
    # Under the 2024 revision (in force from 2025) every fixed holiday of a published year is
    # a day off: the notice only adds days.
    for year in (2025, 2026):
        for day in fixed_statutory_holidays(year):
            assert not statutory_workday(day), day


def test_a_year_the_law_cannot_compute_is_an_error_naming_the_year():
    with pytest.raises(UnknownYearError) as raised:
        fixed_statutory_holidays(2100)
    assert "2100" in str(raised.value)


def test_without_fixed_holidays_an_unknown_year_is_an_error_never_a_guess():
    strict = WorkCalendar(_knows_until_2026)
    with pytest.raises(UnknownYearError) as raised:
        strict.add_workdays(D(2026, 12, 20), 15)
    assert "2027" in str(raised.value)


def test_a_year_entered_by_hand_makes_the_unknown_year_usable(tmp_path):
    # GIVEN a calendar file with a (test-only) 2027 schedule
    file = tmp_path / "calendar.yaml"
    file.write_text("years:\n  2027:\n    holidays: [2027-01-01]\n    workdays: []\n",
                    encoding="utf-8")
    # WHEN a deadline crosses into 2027
    calendar = build_calendar(file)
    # THEN Friday 2027-01-01 is skipped and the weekend too
    assert calendar.add_workdays(D(2026, 12, 31), 1) == D(2027, 1, 4)


def test_a_local_closure_override_moves_the_deadline(calendar):
    closed = build_calendar(None, {D(2026, 11, 24): False})
    assert closed.add_workdays(D(2026, 11, 23), 1) == D(2026, 11, 25)


def test_year_schedule_rests_on_weekends_unless_listed_as_workday():
    schedule = YearSchedule(2030, frozenset({D(2030, 1, 1)}), frozenset({D(2030, 1, 5)}))
    assert not schedule.is_workday(D(2030, 1, 1))
    assert schedule.is_workday(D(2030, 1, 5))
    assert not schedule.is_workday(D(2030, 1, 6))


def test_negative_days_are_refused():
    calendar = WorkCalendar(lambda day: day.weekday() < 5)
    with pytest.raises(ValueError):
        calendar.add_workdays(D(2026, 1, 5), -1)


def test_a_year_without_a_schedule_is_announced_sixty_days_ahead(calendar):
    from counterdesk.services.holidays import unknown_year_ahead

    assert unknown_year_ahead(calendar, D(2026, 10, 1)) is None
    assert unknown_year_ahead(calendar, D(2026, 11, 25)) == 2027


def test_an_impossible_date_in_the_calendar_file_is_a_clear_error(tmp_path):
    from counterdesk.services.holidays import CalendarFileError

    file = tmp_path / "calendar.yaml"
    file.write_text("overrides:\n  - {date: 2027-02-30, workday: false}\n", encoding="utf-8")
    with pytest.raises(CalendarFileError, match="2027-02-30. is not a date"):
        build_calendar(file)
