"""Working-day calendar: statutory holidays, make-up workdays (调休) and local overrides.

行政许可法 art. 82: every time limit in the law is counted in working days,
excluding statutory holidays. A year whose schedule is unknown is an error,
never a Monday-to-Friday guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

ONE_DAY = dt.timedelta(days=1)
# A run of this many days without a working day means the calendar data is wrong.
_MAX_GAP_DAYS = 366


class UnknownYearError(LookupError):
    """The calendar has no holiday schedule for this year."""

    def __init__(self, year: int, known: str = ""):
        self.year = year
        known_text = f" (it knows {known})" if known else ""
        super().__init__(
            f"the working-day calendar has no holiday schedule for {year}{known_text}. "
            f"Update the chinesecalendar package once the State Council publishes the {year} "
            f"schedule, or enter the {year} holidays and make-up workdays yourself: "
            f"`counterdesk workdays declare-year {year} --holidays ... --workdays ...`, or "
            f"under 'years:' in calendar.yaml (data/ or the data folder)."
        )


class CalendarGapError(ValueError):
    """No working day for a whole year: the calendar data must be wrong."""


@dataclass(frozen=True)
class YearSchedule:
    """A year entered by hand: weekdays work except `holidays`; weekends rest except `workdays`."""

    year: int
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()

    def is_workday(self, day: dt.date) -> bool:
        if day in self.holidays:
            return False
        if day in self.workdays:
            return True
        return day.weekday() < 5


BaseSchedule = Callable[[dt.date], bool]
"""Statutory schedule: True for a working day; raises UnknownYearError for an unknown year."""


@dataclass
class WorkCalendar:
    base: BaseSchedule
    years: Mapping[int, YearSchedule] = field(default_factory=dict)
    overrides: Mapping[dt.date, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._cache: dict[dt.date, bool] = {}

    def is_workday(self, day: dt.date) -> bool:
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        if day in self.overrides:
            result = self.overrides[day]
        elif day.year in self.years:
            result = self.years[day.year].is_workday(day)
        else:
            result = self.base(day)
        self._cache[day] = result
        return result

    def add_workdays(self, start: dt.date, count: int) -> dt.date:
        """The `count`-th working day after `start`; `start` itself is not counted."""
        if count < 0:
            raise ValueError(f"working days to add must be 0 or more, got {count}")
        day, found, gap = start, 0, 0
        while found < count:
            day += ONE_DAY
            if self.is_workday(day):
                found, gap = found + 1, 0
            else:
                gap += 1
                if gap > _MAX_GAP_DAYS:
                    raise CalendarGapError(f"no working day for a year after {start.isoformat()}")
        return day

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Working days d with start < d <= end (negative when end is before start)."""
        if end < start:
            return -self.workdays_between(end, start)
        count, day = 0, start
        while day < end:
            day += ONE_DAY
            if self.is_workday(day):
                count += 1
        return count
