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


def test_a_hall_closure_moves_deadlines_at_once(space, people):
    assert space.calendar.add_workdays(dt.date(2026, 10, 14), 1) == THURSDAY
    CalendarAdminService(space).set_override(people["admin"], THURSDAY, False, "停电闭厅")
    assert space.calendar.add_workdays(dt.date(2026, 10, 14), 1) == dt.date(2026, 10, 16)


def test_an_extra_workday_is_listed_and_audited_with_its_reason(space, people):
    service = CalendarAdminService(space)
    service.set_override(people["admin"], SATURDAY, True, "集中办理日")
    assert service.overrides() == [CalendarOverride(SATURDAY, True, "集中办理日")]
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
