"""domain/deadlines.py: which date counts in which status, and when a case is late."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.domain.cases import CaseStatus
from counterdesk.domain.deadlines import (
    DeadlineKind,
    completed_late,
    completed_on_time,
    is_overdue,
    next_deadline_kind,
    urgency,
)

PROMISED = dt.date(2026, 10, 12)
LATER = PROMISED + dt.timedelta(days=3)


@pytest.mark.parametrize("status", [s for s in CaseStatus if s != CaseStatus.ACCEPTED])
def test_no_status_but_accepted_is_ever_overdue(status):
    # GIVEN a case in another status whose promised date passed days ago
    # WHEN the overdue rule is asked THEN it is not overdue
    assert not is_overdue(status, PROMISED, LATER)


def test_an_accepted_case_without_a_promised_date_is_not_overdue():
    assert not is_overdue(CaseStatus.ACCEPTED, None, LATER)
    assert is_overdue(CaseStatus.ACCEPTED, PROMISED, LATER)


def test_a_case_completed_after_its_promised_date_was_completed_late_not_on_time():
    # GIVEN a case completed the day after its promised date
    done = PROMISED + dt.timedelta(days=1)
    # THEN it was completed late; on the promised day itself it was on time
    assert completed_late(CaseStatus.COMPLETED, PROMISED, done)
    assert not completed_on_time(CaseStatus.COMPLETED, PROMISED, done)
    assert completed_on_time(CaseStatus.COMPLETED, PROMISED, PROMISED)
    assert not completed_late(CaseStatus.COMPLETED, PROMISED, PROMISED)
    # an accepted case is neither: it is not completed
    assert not completed_late(CaseStatus.ACCEPTED, PROMISED, done)


def test_each_status_names_the_date_the_office_must_meet_next():
    assert next_deadline_kind(CaseStatus.ACCEPTED) == DeadlineKind.PROMISED_DATE
    assert next_deadline_kind(CaseStatus.OPEN) == DeadlineKind.NOTICE_DUE
    assert next_deadline_kind(CaseStatus.SUPPLEMENT_PENDING) == DeadlineKind.AWAITING_APPLICANT
    assert next_deadline_kind(CaseStatus.CLOSED) is None


def test_urgency_of_an_accepted_case_is_overdue_exactly_when_the_rule_says_so():
    for today in (PROMISED - dt.timedelta(days=1), PROMISED, LATER):
        assert (urgency(PROMISED, today) == "overdue") == is_overdue(
            CaseStatus.ACCEPTED, PROMISED, today)
    assert urgency(PROMISED, PROMISED) == "today"
    assert urgency(None, LATER) == ""
