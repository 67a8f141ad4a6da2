"""Local calendar overrides entered by an administrator: hall closures and extra workdays."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit
from counterdesk.store.settings_repo import SettingsRepo


class CalendarOverrideError(Exception):
    """An override refused; `code` says why (the UI words it)."""

    def __init__(self, code: str, message: str = ""):
        self.code = code
        super().__init__(message or code)


@dataclass(frozen=True)
class CalendarOverride:
    day: dt.date
    workday: bool
    note: str = ""


class CalendarAdminService:
    def __init__(self, space: Workspace):
        self.space = space

    def overrides(self) -> list[CalendarOverride]:
        rows = SettingsRepo(self.space.db.conn).calendar_override_rows()
        return [CalendarOverride(day, workday, note) for day, workday, note in rows]

    def set_override(self, admin: Actor, day: dt.date, workday: bool, note: str) -> None:
        """行政许可法 art. 82: time limits count working days, so a hall closure or an extra
        workday changes every deadline computed after it; the calendar is rebuilt at once."""
        require(admin, Role.ADMIN)
        if not note.strip():
            # Supervisors reading a changed deadline must find why the day changed.
            raise CalendarOverrideError("note_required", "say why the day is changed")
        at = self.space.now_text()
        with self.space.db.transaction() as conn:
            SettingsRepo(conn).put_calendar_override(day, workday, note.strip(), admin.user_id,
                                                     at)
            audit.append(conn, at=at, actor_id=admin.user_id, action="calendar_override",
                         entity="calendar", entity_id=day.isoformat(),
                         details={"day": day.isoformat(), "workday": workday,
                                  "note": note.strip()})
        self.space.reload_calendar()
