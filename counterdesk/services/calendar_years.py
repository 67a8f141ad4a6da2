"""Declare a year's holiday schedule by hand when the installed chinesecalendar lacks it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from counterdesk.domain.calendar import UnknownYearError
from counterdesk.services.holidays import statutory_workday
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit
from counterdesk.store.settings_repo import SettingsRepo


class DeclareYearError(ValueError):
    """The schedule cannot be used; the message says what to correct."""


def declare_year(space: Workspace, year: int, holidays: Iterable[dt.date],
                 workdays: Iterable[dt.date], actor_id: int | None, note: str = "") -> None:
    """Record the State Council's schedule for `year` as overrides and mark the year known.

    Refused for a year chinesecalendar already knows: its official data must not be replaced
    by a hand-entered copy.
    """
    holidays, workdays = sorted(set(holidays)), sorted(set(workdays))
    try:
        statutory_workday(dt.date(year, 1, 1))
    except UnknownYearError:
        pass
    else:
        raise DeclareYearError(f"chinesecalendar already has the official {year} schedule")
    stray = [d for d in [*holidays, *workdays] if d.year != year]
    if stray:
        raise DeclareYearError(f"{stray[0].isoformat()} is not in {year}")
    both = set(holidays) & set(workdays)
    if both:
        raise DeclareYearError(f"{min(both).isoformat()} is listed as holiday and workday")
    weekdays = [d for d in workdays if d.weekday() < 5]
    if weekdays:
        raise DeclareYearError(f"make-up workdays fall on weekends; {weekdays[0].isoformat()} "
                               f"is a weekday")
    if not holidays:
        raise DeclareYearError(f"enter the {year} statutory holidays (at least New Year's Day)")
    at = space.now_text()
    with space.db.transaction() as conn:
        settings = SettingsRepo(conn)
        for day in holidays:
            settings.put_calendar_override(day, False, note or "法定节假日", actor_id, at)
        for day in workdays:
            settings.put_calendar_override(day, True, note or "调休上班", actor_id, at)
        settings.declare_year(year)
        audit.append(conn, at=at, actor_id=actor_id, action="calendar_declare_year",
                     entity="calendar", entity_id=str(year),
                     details={"holidays": [d.isoformat() for d in holidays],
                              "workdays": [d.isoformat() for d in workdays]})
    space.reload_calendar()
