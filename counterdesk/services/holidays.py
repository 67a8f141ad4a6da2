"""The hall's working-day calendar: chinesecalendar's statutory schedule, years entered by hand
in data/calendar.yaml, and local overrides (hall closures, extra workdays)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from counterdesk.domain.calendar import UnknownYearError, WorkCalendar, YearSchedule
from counterdesk.domain.decision import strict_date


class CalendarFileError(ValueError):
    """data/calendar.yaml cannot be understood."""


def statutory_workday(day: dt.date) -> bool:
    """China's statutory schedule with 调休, from the chinesecalendar package."""
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        raise UnknownYearError(day.year, _known_years()) from None


# lunardate's tables (and the 24 solar terms) are reliable over this range.
FIXED_HOLIDAY_YEARS = range(1901, 2100)


def fixed_statutory_holidays(year: int) -> frozenset[dt.date]:
    """《全国年节及纪念日放假办法》 (2024 revision) art. 2: the days off every year, before
    the State Council moves any of them: 元旦 1 Jan; 春节 农历除夕 to 正月初三; 清明节 (the
    清明 solar term); 劳动节 1–2 May; 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 1–3 Oct.
    Lunar dates from lunardate, the solar term from chinesecalendar."""
    if year not in FIXED_HOLIDAY_YEARS:
        raise UnknownYearError(year, f"{FIXED_HOLIDAY_YEARS[0]}–{FIXED_HOLIDAY_YEARS[-1]} "
                                     f"can be computed from the law")
    import chinese_calendar
    from lunardate import LunarDate

    new_year = LunarDate(year, 1, 1).to_solar_date()
    days = {dt.date(year, 1, 1), dt.date(year, 5, 1), dt.date(year, 5, 2),
            dt.date(year, 10, 1), dt.date(year, 10, 2), dt.date(year, 10, 3),
            LunarDate(year, 5, 5).to_solar_date(), LunarDate(year, 8, 15).to_solar_date()}
    days.update(new_year + dt.timedelta(days=offset) for offset in range(-1, 3))
    terms = chinese_calendar.get_solar_terms(dt.date(year, 4, 1), dt.date(year, 4, 30))
    days.update(day for day, name in terms if name == "清明")
    return frozenset(days)


def _known_years() -> str:
    import chinese_calendar

    years = sorted({d.year for d in chinese_calendar.holidays})
    return f"{years[0]}–{years[-1]}" if years else ""


def _dates(value: object, where: str) -> frozenset[dt.date]:
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        raise CalendarFileError(f"{where} must be a list of dates")
    result = set()
    for entry in value:
        if isinstance(entry, dt.date):
            result.add(entry)
        else:
            try:
                result.add(strict_date(str(entry)))
            except ValueError:
                raise CalendarFileError(f"{where}: {entry!r} is not a date like 2027-01-01"
                                        ) from None
    return frozenset(result)


def load_calendar_file(path: Path) -> tuple[dict[int, YearSchedule], dict[dt.date, bool]]:
    """Read `years:` (whole-year schedules) and `overrides:` from a calendar YAML file."""
    if not path.exists():
        return {}, {}
    from counterdesk.domain.catalog import CatalogError
    from counterdesk.services.catalog_files import read_yaml

    try:
        # The catalog's reader: size and depth bounded, no aliases (no "billion laughs").
        data = read_yaml(path).data or {}
    except CatalogError as error:
        raise CalendarFileError(" ".join(str(error).split())) from None
    if not isinstance(data, dict) or set(data) - {"years", "overrides"}:
        raise CalendarFileError(f"{path}: only 'years' and 'overrides' are allowed at the top")
    years: dict[int, YearSchedule] = {}
    for year, schedule in (data.get("years") or {}).items():
        if not isinstance(year, int) or not isinstance(schedule, dict) or \
                set(schedule) - {"holidays", "workdays"}:
            raise CalendarFileError(f"{path}: years.{year} needs 'holidays' and 'workdays' lists")
        holidays = _dates(schedule.get("holidays"), f"{path}: years.{year}.holidays")
        workdays = _dates(schedule.get("workdays"), f"{path}: years.{year}.workdays")
        stray = sorted(d for d in holidays | workdays if d.year != year)
        if stray:
            raise CalendarFileError(f"{path}: years.{year} lists {stray[0]} of another year")
        years[year] = YearSchedule(year, holidays, workdays)
    overrides: dict[dt.date, bool] = {}
    for entry in data.get("overrides") or []:
        if not isinstance(entry, dict) or "date" not in entry or \
                not isinstance(entry.get("workday"), bool):
            raise CalendarFileError(
                f"{path}: each override needs 'date' and 'workday: true|false', got {entry!r}")
        (day,) = _dates([entry["date"]], f"{path}: overrides")
        overrides[day] = entry["workday"]
    return years, overrides


DeclaredYears = Mapping[int, tuple[frozenset[dt.date], frozenset[dt.date]]]


def build_calendar(calendar_files: Path | Sequence[Path] | None = None,
                   overrides: Mapping[dt.date, bool] | None = None,
                   declared_years: DeclaredYears | None = None) -> WorkCalendar:
    """The calendar every deadline is computed with.

    Later files win over earlier ones (the bundled data/calendar.yaml, then the data folder's
    calendar.yaml), and the database's overrides win over both. A year an admin declared in
    the database (the State Council's holidays and make-up workdays) counts as known.
    """
    files = [calendar_files] if isinstance(calendar_files, Path) else list(calendar_files or [])
    years: dict[int, YearSchedule] = {}
    merged: dict[dt.date, bool] = {}
    for file in files:
        file_years, file_overrides = load_calendar_file(file)
        years.update(file_years)
        merged.update(file_overrides)
    # A year declared in the program (from the notice) wins over a file's copy of it.
    years.update({year: YearSchedule(year, off, on)
                  for year, (off, on) in (declared_years or {}).items()})
    merged.update(overrides or {})
    return WorkCalendar(statutory_workday, years, merged, fixed_statutory_holidays)


# Promised limits run up to a few dozen working days: warn this far ahead of a year whose
# holiday schedule is still unknown, before deadlines start running into it.
UNKNOWN_YEAR_WARNING_DAYS = 60


def unknown_year_ahead(calendar: WorkCalendar, today: dt.date,
                       days: int = UNKNOWN_YEAR_WARNING_DAYS) -> int | None:
    """The first year within `days` of today whose schedule the calendar does not know."""
    horizon = today + dt.timedelta(days=days)
    for year in range(today.year, horizon.year + 1):
        if not calendar.knows_year(year):
            return year
    return None
