"""The hall's working-day calendar: chinesecalendar's statutory schedule, years entered by hand
in data/calendar.yaml, and local overrides (hall closures, extra workdays)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import yaml

from counterdesk.domain.calendar import UnknownYearError, WorkCalendar, YearSchedule


class CalendarFileError(ValueError):
    """data/calendar.yaml cannot be understood."""


def statutory_workday(day: dt.date) -> bool:
    """China's statutory schedule with 调休, from the chinesecalendar package."""
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        raise UnknownYearError(day.year, _known_years()) from None


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
                result.add(dt.date.fromisoformat(str(entry)))
            except ValueError:
                raise CalendarFileError(f"{where}: {entry!r} is not a date like 2027-01-01"
                                        ) from None
    return frozenset(result)


def load_calendar_file(path: Path) -> tuple[dict[int, YearSchedule], dict[dt.date, bool]]:
    """Read `years:` (whole-year schedules) and `overrides:` from a calendar YAML file."""
    if not path.exists():
        return {}, {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise CalendarFileError(f"{path}: not valid YAML: {error}") from None
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


def build_calendar(calendar_file: Path | None = None,
                   overrides: Mapping[dt.date, bool] | None = None) -> WorkCalendar:
    """The calendar every deadline is computed with; database overrides win over the file."""
    years, file_overrides = load_calendar_file(calendar_file) if calendar_file else ({}, {})
    merged = dict(file_overrides)
    merged.update(overrides or {})
    return WorkCalendar(statutory_workday, years, merged)
