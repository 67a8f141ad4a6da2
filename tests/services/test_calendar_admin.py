"""Calendar overrides entered by an administrator change deadlines at once and are audited."""

import datetime as dt
import json

import pytest

from counterdesk.services.accounts import PermissionDenied
from counterdesk.services.calendar_admin import (
    CalendarAdminService,
    CalendarOverride,
    CalendarOverrideError,
)

THURSDAY = dt.date(2026, 10, 15)
SATURDAY = dt.date(2026, 10, 17)


def test_a_hall_closure_marked_so_moves_promised_dates_at_once(space, people):
    assert space.calendar.add_workdays(dt.date(2026, 10, 14), 1) == THURSDAY
    CalendarAdminService(space).set_override(people["admin"], THURSDAY, False, "停电闭厅",
                                             moves_promised=True)
    assert space.calendar.add_workdays(dt.date(2026, 10, 14), 1) == dt.date(2026, 10, 16)
    # 行政许可法 art. 82 excludes statutory holidays only: the statutory count is unchanged.
    assert space.calendar.statutory().add_workdays(dt.date(2026, 10, 14), 1) == THURSDAY


def test_a_hall_closure_not_marked_moves_no_date(space, people):
    CalendarAdminService(space).set_override(people["admin"], THURSDAY, False, "停电闭厅")
    assert space.calendar.add_workdays(dt.date(2026, 10, 14), 1) == THURSDAY


def test_a_closure_never_moves_the_notice_deadline_of_a_licence(space, people):
    from counterdesk.domain.catalog import NoticeTiming, Procedure
    from counterdesk.domain.decision import notice_due

    CalendarAdminService(space).set_override(people["admin"], THURSDAY, False, "停电闭厅",
                                             moves_promised=True)
    due = notice_due(Procedure(notice=NoticeTiming.WORKDAYS, notice_days=1),
                     dt.date(2026, 10, 14), space.calendar)
    assert due == THURSDAY


def test_a_closure_on_a_promised_date_lists_the_cases_due_that_day(space, people):
    from counterdesk.services.intake import IntakeService, SubmissionInput
    from tests.services.test_intake import ALL_PRESENT, ANSWERS, register

    case = register(space, people["clerk"])
    recorded = IntakeService(space).decide(people["clerk"], case.id,
                                           SubmissionInput(ANSWERS, ALL_PRESENT))
    due = CalendarAdminService(space).cases_due_on(recorded.decision.promised_date)
    assert [c.tracking_no for c in due] == [case.tracking_no]
    assert CalendarAdminService(space).cases_due_on(THURSDAY) == []


def test_an_entry_is_deleted_only_with_a_reason_and_the_deletion_is_audited(space, people):
    service = CalendarAdminService(space)
    service.set_override(people["admin"], THURSDAY, False, "停电闭厅", moves_promised=True)
    with pytest.raises(CalendarOverrideError):
        service.delete_override(people["admin"], THURSDAY, " ")
    service.delete_override(people["admin"], THURSDAY, "录错日期")
    assert service.overrides() == []
    assert space.calendar.is_workday(THURSDAY)
    entry = space.db.conn.execute("SELECT details FROM audit_log WHERE action ="
                                  " 'calendar_override_delete'").fetchone()
    assert json.loads(entry["details"])["reason"] == "录错日期"


def test_an_extra_workday_is_listed_and_audited_with_its_reason(space, people):
    service = CalendarAdminService(space)
    service.set_override(people["admin"], SATURDAY, True, "集中办理日", moves_promised=True)
    assert service.overrides() == [CalendarOverride(SATURDAY, True, "集中办理日", True)]
    assert space.calendar.is_workday(SATURDAY)
    entry = space.db.conn.execute("SELECT action, entity_id, details FROM audit_log"
                                  " WHERE entity = 'calendar'").fetchone()
    assert entry["action"] == "calendar_override" and entry["entity_id"] == "2026-10-17"
    assert json.loads(entry["details"])["note"] == "集中办理日"


def test_an_override_needs_a_reason(space, people):
    with pytest.raises(CalendarOverrideError) as refused:
        CalendarAdminService(space).set_override(people["admin"], THURSDAY, False, "  ")
    assert refused.value.code == "note_required"
    assert CalendarAdminService(space).overrides() == []


def test_only_an_admin_changes_the_calendar(space, people):
    with pytest.raises(PermissionDenied):
        CalendarAdminService(space).set_override(people["supervisor"], THURSDAY, False, "闭厅")
