"""A supervisor extends an accepted case or stops its clock; the promised date follows."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.domain.clock import ClockError, ClockRefusal, PauseKind
from counterdesk.services.accounts import PermissionDenied
from counterdesk.services.case_clock import ClockService
from counterdesk.services.integrity import verify_log
from tests.services.test_declared_year_recompute import accepted_on
from tests.services.test_intake import rows

D = dt.date


@pytest.fixture
def accepted(space, people, clock):
    # 不动产登记 promises one working day: accepted Monday 2 November 2026, due 3 November.
    recorded = accepted_on(space, people["clerk"], clock, D(2026, 11, 2))
    assert recorded.decision.promised_date == D(2026, 11, 3)
    return rows(space, "SELECT id FROM cases")[0]["id"]


def promised(space):
    return rows(space, "SELECT promised_date FROM cases")[0]["promised_date"]


def test_an_extension_moves_the_promised_date_and_is_on_the_timeline(space, people, accepted):
    state = ClockService(space).extend(people["supervisor"], accepted, 10, "王主任",
                                       "需要实地核查")
    assert state.due.date == D(2026, 11, 17)
    assert promised(space) == "2026-11-17"
    kinds = [r["kind"] for r in rows(space, "SELECT kind FROM case_events")]
    assert "clock_extension" in kinds
    assert verify_log(space).ok


def test_a_clerk_cannot_extend_and_a_second_extension_stays_within_ten_days(
        space, people, accepted):
    service = ClockService(space)
    with pytest.raises(PermissionDenied):
        service.extend(people["clerk"], accepted, 5, "王主任", "核查")
    service.extend(people["supervisor"], accepted, 6, "王主任", "核查")
    with pytest.raises(ClockError) as raised:
        service.extend(people["supervisor"], accepted, 5, "王主任", "再核查")
    assert raised.value.reason == ClockRefusal.DAYS_OUT_OF_RANGE
    assert promised(space) == "2026-11-11"


def test_a_paused_case_has_no_due_date_until_the_period_ends(space, people, accepted, clock):
    service = ClockService(space)
    state = service.pause(people["supervisor"], accepted, PauseKind.EXPERT_REVIEW,
                          D(2026, 11, 3), "组织专家评审", D(2026, 11, 5))
    assert state.due.date is None and state.due.paused
    assert promised(space) is None  # never overdue while the clock is stopped
    clock.set_day(D(2026, 11, 6))
    state = service.resume(people["supervisor"], accepted, D(2026, 11, 5))
    # 3–5 November (three working days) are not counted: due three working days later.
    assert state.due.date == D(2026, 11, 6)
    assert promised(space) == "2026-11-06"
    assert verify_log(space).ok


def test_a_pause_cannot_end_before_it_began_nor_be_resumed_twice(space, people, accepted):
    service = ClockService(space)
    with pytest.raises(Exception, match="expected to end"):  # art. 45: say how long
        service.pause(people["supervisor"], accepted, PauseKind.TESTING, D(2026, 11, 3), "检测")
    service.pause(people["supervisor"], accepted, PauseKind.TESTING, D(2026, 11, 3), "检测",
                  D(2026, 11, 4))
    with pytest.raises(ClockError):
        service.resume(people["supervisor"], accepted, D(2026, 11, 2))
    service.resume(people["supervisor"], accepted, D(2026, 11, 3))
    with pytest.raises(Exception, match="not stopped"):
        service.resume(people["supervisor"], accepted, D(2026, 11, 4))


def test_each_step_issues_its_notice_to_the_applicant_in_the_item_s_own_name(
        space, people, accepted, clock, tmp_path):
    from counterdesk.services.documents import DocumentService

    service = ClockService(space)
    extended = service.extend(people["supervisor"], accepted, 2, "王主任", "需要实地核查")
    stopped = service.pause(people["supervisor"], accepted, PauseKind.TESTING, D(2026, 11, 4),
                            "房屋需检测", D(2026, 11, 6))
    clock.set_day(D(2026, 11, 9))
    restarted = service.resume(people["supervisor"], accepted, D(2026, 11, 6))
    documents = rows(space, "SELECT doc_type, doc_no FROM documents ORDER BY issued_at, seq")
    issued = [(d["doc_type"], d["doc_no"]) for d in documents][-3:]
    assert issued == [("extension_notice", extended.doc_no), ("pause_notice", stopped.doc_no),
                      ("pause_notice", restarted.doc_no)]
    _row, notice = DocumentService(space).load(restarted.document_id)
    assert notice.end == D(2026, 11, 6)  # type: ignore[union-attr]
    assert notice.expected_end == D(2026, 11, 6)  # type: ignore[union-attr]
    # The promise moved within the licence's legal limit: art. 42 is not cited for it.
    _row, extension = DocumentService(space).load(extended.document_id)
    assert extension.beyond_legal_limit is False  # type: ignore[union-attr]
    # Due 5 November after the extension; 4–6 November not counted: three working days on.
    assert notice.new_due == restarted.due.date == D(2026, 11, 10)  # type: ignore[union-attr]
    DocumentService(space).render(people["supervisor"], restarted.document_id,
                                  tmp_path / "notice.pdf")
    assert (tmp_path / "notice.pdf").stat().st_size > 10_000
    assert verify_log(space).ok
