"""Declare a year's holiday schedule (the State Council notice) when chinesecalendar lacks it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from counterdesk.domain.calendar import UnknownYearError
from counterdesk.domain.holiday_notice import NoticeSchedule
from counterdesk.services.holidays import statutory_workday
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit
from counterdesk.store.settings_repo import SettingsRepo


class DeclareYearError(ValueError):
    """The schedule cannot be used; the message says what to correct."""


def check_schedule(year: int, holidays: Iterable[dt.date], workdays: Iterable[dt.date]
                   ) -> tuple[list[dt.date], list[dt.date]]:
    """The days sorted, or DeclareYearError naming the first thing wrong."""
    if not 1901 <= year <= 2099:
        raise DeclareYearError(f"{year} is not a year the program can keep a schedule for "
                               f"(1901–2099)")
    off, on = sorted(set(holidays)), sorted(set(workdays))
    try:
        statutory_workday(dt.date(year, 1, 1))
    except UnknownYearError:
        pass
    else:
        raise DeclareYearError(f"chinesecalendar already has the official {year} schedule")
    stray = [d for d in [*off, *on] if d.year != year]
    if stray:
        raise DeclareYearError(f"{stray[0].isoformat()} is not in {year}")
    both = set(off) & set(on)
    if both:
        raise DeclareYearError(f"{min(both).isoformat()} is listed as holiday and workday")
    weekdays = [d for d in on if d.weekday() < 5]
    if weekdays:
        raise DeclareYearError(f"make-up workdays fall on weekends; {weekdays[0].isoformat()} "
                               f"is a weekday")
    if not off:
        raise DeclareYearError(f"enter the {year} statutory holidays (at least New Year's Day)")
    return off, on


def declare_year(space: Workspace, year: int, holidays: Iterable[dt.date],
                 workdays: Iterable[dt.date], actor_id: int | None, source: str = "") -> None:
    """Store the State Council's schedule for `year`, replacing any earlier declaration of
    that year completely; audited as a change of the calendar.

    Refused for a year chinesecalendar already knows: its official data must not be replaced
    by a hand-entered copy.
    """
    off, on = check_schedule(year, holidays, workdays)
    at = space.now_text()
    with space.db.transaction() as conn:
        SettingsRepo(conn).replace_year(year, off, on, source, actor_id, at)
        audit.append(conn, at=at, actor_id=actor_id, action="calendar_declare_year",
                     entity="calendar", entity_id=str(year),
                     details={"year": year, "source": source,
                              "holidays": [d.isoformat() for d in off],
                              "workdays": [d.isoformat() for d in on]})
    space.reload_calendar()


def declare_notice(space: Workspace, schedule: NoticeSchedule, actor_id: int | None) -> None:
    """Store what the State Council notice says for its year."""
    declare_year(space, schedule.year, schedule.holidays, schedule.workdays, actor_id,
                 source="notice")
