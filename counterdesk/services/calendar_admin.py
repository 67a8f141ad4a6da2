"""Local calendar overrides entered by an administrator: hall closures and extra workdays."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.workspace import Workspace
from counterdesk.store.case_repo import CaseRepo
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
    # A closure never moves a statutory date (行政许可法 art. 82 excludes only 法定节假日);
    # it moves the hall's own promised dates only when the administrator says so.
    moves_promised: bool = False


@dataclass(frozen=True)
class CaseDue:
    tracking_no: str
    applicant_name: str
    promised_date: dt.date


class CalendarAdminService:
    def __init__(self, space: Workspace):
        self.space = space

    def overrides(self) -> list[CalendarOverride]:
        rows = SettingsRepo(self.space.db.conn).calendar_override_rows()
        return [CalendarOverride(day, workday, note, moves) for day, workday, note, moves in rows]

    def cases_due_on(self, day: dt.date) -> list[CaseDue]:
        """Accepted cases whose promised date is `day`: shown before a closure is saved."""
        return [CaseDue(case.tracking_no, case.applicant.name, day)
                for case in CaseRepo(self.space.db.conn).accepted_cases_due_on(day.isoformat())]

    def set_override(self, admin: Actor, day: dt.date, workday: bool, note: str,
                     moves_promised: bool = False) -> None:
        """A hall closure or extra workday. Statutory dates (notice periods, legal limits)
        never move for it; promised dates computed after it do when `moves_promised`."""
        require(admin, Role.ADMIN)
        if not note.strip():
            # Supervisors reading a changed deadline must find why the day changed.
            raise CalendarOverrideError("note_required", "say why the day is changed")
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            uow.settings.put_calendar_override(day, workday, note.strip(), admin.user_id,
                                               at, moves_promised)
            uow.audit(at=at, actor_id=admin.user_id, action="calendar_override",
                      entity="calendar", entity_id=day.isoformat(),
                      details={"day": day.isoformat(), "workday": workday,
                               "note": note.strip(), "moves_promised": moves_promised})
            uow.commit()
        self.space.reload_calendar()

    def delete_override(self, admin: Actor, day: dt.date, reason: str) -> None:
        """Remove a closure or extra workday entered by mistake; the reason is audited."""
        require(admin, Role.ADMIN)
        if not reason.strip():
            raise CalendarOverrideError("note_required", "say why the entry is deleted")
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            if not uow.settings.delete_calendar_override(day):
                raise CalendarOverrideError("not_found", f"no calendar entry on {day}")
            uow.audit(at=at, actor_id=admin.user_id,
                      action="calendar_override_delete", entity="calendar",
                      entity_id=day.isoformat(),
                      details={"day": day.isoformat(), "reason": reason.strip()})
            uow.commit()
        self.space.reload_calendar()
