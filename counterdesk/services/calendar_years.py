"""Declare a year's holiday schedule (the State Council notice) when chinesecalendar lacks it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from counterdesk.domain.calendar import UnknownYearError
from counterdesk.domain.cases import ReviewKind, with_promised_date
from counterdesk.domain.decision import promised_date
from counterdesk.domain.holiday_notice import NoticeSchedule
from counterdesk.services.case_clock import moved_promised_date
from counterdesk.services.holidays import statutory_workday
from counterdesk.services.workspace import Workspace
from counterdesk.store.unit_of_work import UnitOfWork


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
                 workdays: Iterable[dt.date], actor_id: int | None, source: str = ""
                 ) -> list[MovedDeadline]:
    """Store the State Council's schedule for `year`, replacing any earlier declaration of
    that year completely, and recompute the open cases' provisional promised dates, all in
    one transaction; audited as a change of the calendar and of each case that moved.

    Refused for a year chinesecalendar already knows: its official data must not be replaced
    by a hand-entered copy.
    """
    off, on = check_schedule(year, holidays, workdays)
    at = space.now_text()
    try:
        with space.unit_of_work() as uow:
            uow.settings.replace_year(year, off, on, source, actor_id, at)
            space.reload_calendar()  # the calendar read inside this transaction sees the year
            moved = recompute_promised_dates(space, uow, year, actor_id, at)
            uow.audit(at=at, actor_id=actor_id, action="calendar_declare_year",
                      entity="calendar", entity_id=str(year),
                      details={"year": year, "source": source,
                               "holidays": [d.isoformat() for d in off],
                               "workdays": [d.isoformat() for d in on],
                               "cases": [m.case_id for m in moved]})
            uow.commit()
    finally:
        space.reload_calendar()
    return moved


def declare_notice(space: Workspace, schedule: NoticeSchedule, actor_id: int | None
                   ) -> list[MovedDeadline]:
    """Store what the State Council notice says for its year."""
    return declare_year(space, schedule.year, schedule.holidays, schedule.workdays, actor_id,
                        source="notice")


@dataclass(frozen=True)
class MovedDeadline:
    """An open case whose provisional promised date changed when its year became known."""

    case_id: str
    tracking_no: str
    owner_id: int
    before: dt.date
    after: dt.date


def recompute_promised_dates(space: Workspace, uow: UnitOfWork, year: int,
                             actor_id: int | None, at: str) -> list[MovedDeadline]:
    """Inside the declaring transaction: every accepted case whose promised date fell in the
    newly known year was computed provisionally; count it again with the real schedule.
    Paper already printed is not reprinted; the case follows the real calendar from now on
    and supervisors see each moved date in their queue (kind `deadline_moved`)."""
    calendar = space.calendar
    catalog = space.catalog
    repo = uow.cases
    moved: list[MovedDeadline] = []
    for case in repo.accepted_cases_promised_within(f"{year}-01-01", f"{year}-12-31"):
        if case.accepted_on is None or not case.item_code or case.promised_date is None:
            continue
        item = next((v for v in catalog.versions(case.item_code)
                     if v.version == case.item_version), None)
        if item is None:
            continue
        before = case.promised_date
        after = promised_date(item, case.accepted_on, calendar)
        changes = uow.aftercare.clock_changes(case.id)
        if changes:  # extensions and closed pauses move the recomputed date again
            uow.aftercare.rebase_clock(case.id, after.isoformat())
            after = moved_promised_date(changes, after, calendar, space.today()) or after
        if after == before:
            continue
        repo.save_case(case, with_promised_date(case, after, at))
        details = {"year": year, "before": before.isoformat(), "after": after.isoformat()}
        event_id = repo.insert_event(case.id, at, actor_id, "deadline_moved", details)
        repo.open_review(case.id, ReviewKind.DEADLINE_MOVED, event_id, at)
        moved.append(MovedDeadline(case.id, case.tracking_no, case.owner_id, before, after))
    return moved


def year_days(space: Workspace, year: int) -> tuple[list[dt.date], list[dt.date]]:
    """A known year's weekdays off and weekend working days, as the calendar counts them
    without the hall's own closures; DeclareYearError for a year only known provisionally."""
    calendar = space.calendar
    if not calendar.knows_year(year):
        raise DeclareYearError(f"the {year} schedule is not known yet; a provisional year is "
                               f"not exported (enter the State Council notice first)")
    statutory = calendar.statutory()
    day, off, on = dt.date(year, 1, 1), [], []
    while day.year == year:
        working = statutory.is_workday(day)
        if day.weekday() < 5 and not working:
            off.append(day)
        elif day.weekday() >= 5 and working:
            on.append(day)
        day += dt.timedelta(days=1)
    return off, on


def export_year_text(space: Workspace, year: int) -> str:
    """The year as a hall calendar file (calendar.yaml's `years:`), for every window PC."""
    off, on = year_days(space, year)
    lines = [f"# CounterDesk hall calendar: the State Council's {year} holiday schedule",
             "years:", f"  {year}:",
             f"    holidays: [{', '.join(d.isoformat() for d in off)}]",
             f"    workdays: [{', '.join(d.isoformat() for d in on)}]", ""]
    return "\n".join(lines)


def import_year_file(space: Workspace, path: Path, actor_id: int | None
                     ) -> dict[int, list[MovedDeadline]]:
    """Declare every year of a hall calendar file (as exported by another window)."""
    from counterdesk.services.holidays import CalendarFileError, load_calendar_file

    try:
        years, overrides = load_calendar_file(path)
    except CalendarFileError as error:
        raise DeclareYearError(str(error)) from None
    if overrides:
        raise DeclareYearError(f"{path}: a hall calendar file holds whole years only "
                               f"(no 'overrides:')")
    if not years:
        raise DeclareYearError(f"{path}: no year in the file (expected 'years:')")
    for year, schedule in years.items():
        check_schedule(year, schedule.holidays, schedule.workdays)
    return {year: declare_year(space, year, schedule.holidays, schedule.workdays, actor_id,
                               source="file")
            for year, schedule in sorted(years.items())}
