"""Extensions (art. 42) and paused periods (art. 45) move the due date; neither is overdue."""

import datetime as dt

import pytest

from counterdesk.domain.clock import (
    ClockError,
    ClockRefusal,
    Extension,
    Pause,
    PauseKind,
    check_extension,
    check_pause,
    current_due,
)

D = dt.date
PROMISED = D(2026, 11, 20)  # a Friday
TODAY = D(2026, 11, 10)


def ext(days, on=TODAY, approver="张局长", reasons="需要现场核查"):
    return Extension(days, approver, reasons, on)


def test_an_extension_adds_working_days_to_the_promised_date(calendar):
    due = current_due(PROMISED, [ext(10)], [], calendar, TODAY)
    assert due.date == D(2026, 12, 4) and not due.paused and due.extended_days == 10


def test_a_closed_pause_adds_the_working_days_it_lasted(calendar):
    # Monday 16 to Wednesday 18 November: three working days not counted.
    pause = Pause(PauseKind.EXPERT_REVIEW, D(2026, 11, 16), D(2026, 11, 18))
    due = current_due(PROMISED, [], [pause], calendar, TODAY)
    assert due.date == D(2026, 11, 25) and due.paused_days == 3


def test_an_open_pause_stops_the_clock_so_there_is_no_due_date(calendar):
    pause = Pause(PauseKind.HEARING, D(2026, 11, 16))
    due = current_due(PROMISED, [], [pause], calendar, D(2026, 11, 30))
    assert due.date is None and due.paused


@pytest.mark.parametrize(("extension", "reason"), [
    (ext(3, reasons=" "), ClockRefusal.NO_REASONS),
    (ext(3, approver=""), ClockRefusal.NO_APPROVER),
    (ext(0), ClockRefusal.DAYS_OUT_OF_RANGE),
    (ext(11), ClockRefusal.DAYS_OUT_OF_RANGE),
    (ext(3, on=D(2026, 11, 23)), ClockRefusal.TOO_LATE),
])
def test_an_unlawful_extension_is_refused_with_its_reason(extension, reason):
    with pytest.raises(ClockError) as raised:
        check_extension(extension, [], PROMISED)
    assert raised.value.reason == reason


def test_extensions_together_stay_within_the_law_s_ten_days():
    check_extension(ext(4), [ext(6)], PROMISED)
    with pytest.raises(ClockError) as raised:
        check_extension(ext(5), [ext(6)], PROMISED)
    assert raised.value.reason == ClockRefusal.DAYS_OUT_OF_RANGE
    check_extension(ext(15), [], PROMISED, max_days=20)  # where the item's law allows more


def test_pauses_start_after_acceptance_and_never_overlap():
    accepted = D(2026, 11, 2)
    first = Pause(PauseKind.TESTING, D(2026, 11, 5), D(2026, 11, 9))
    check_pause(Pause(PauseKind.HEARING, D(2026, 11, 10)), [first], accepted)
    for pause, reason in [
        (Pause(PauseKind.HEARING, D(2026, 11, 1)), ClockRefusal.PAUSE_BEFORE_ACCEPTANCE),
        (Pause(PauseKind.HEARING, D(2026, 11, 12), D(2026, 11, 11)),
         ClockRefusal.PAUSE_END_BEFORE_START),
        (Pause(PauseKind.HEARING, D(2026, 11, 9), D(2026, 11, 12)), ClockRefusal.PAUSE_OVERLAPS),
    ]:
        with pytest.raises(ClockError) as raised:
            check_pause(pause, [first], accepted)
        assert raised.value.reason == reason
    with pytest.raises(ClockError):
        check_pause(Pause(PauseKind.HEARING, D(2026, 11, 20)),
                    [Pause(PauseKind.TESTING, D(2026, 11, 12))], accepted)
