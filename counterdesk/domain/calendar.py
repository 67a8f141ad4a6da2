"""Working-day calendar: statutory holidays, make-up workdays (调休) and local overrides.

行政许可法 art. 82: every time limit in the law is counted in working days,
excluding statutory holidays. A year whose State Council schedule is not known yet is
computed provisionally from the holidays fixed by 《全国年节及纪念日放假办法》 (never a plain
Monday-to-Friday guess), and every date so computed says it is provisional.
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

FixedHolidays = Callable[[int], frozenset[dt.date]]
"""The days off fixed by law in a year (元旦, 春节 除夕–初三, 清明, 劳动节, 端午, 中秋, 国庆);
raises UnknownYearError where even those cannot be computed."""


@dataclass
class WorkCalendar:
    base: BaseSchedule
    years: Mapping[int, YearSchedule] = field(default_factory=dict)
    overrides: Mapping[dt.date, bool] = field(default_factory=dict)
    # Without it an unknown year is an error (tests of the strict path use that).
    fixed_holidays: FixedHolidays | None = None

    def __post_init__(self) -> None:
        self._cache: dict[dt.date, bool] = {}
        self._known: dict[int, bool] = {}
        self._provisional: dict[int, YearSchedule] = {}
        self._statutory: WorkCalendar | None = None

    def statutory(self) -> WorkCalendar:
        """The same calendar without the hall's own overrides: the State Council's days only
        (行政许可法 art. 82 excludes statutory holidays, not hall closures)."""
        if not self.overrides:
            return self
        if self._statutory is None:
            self._statutory = WorkCalendar(self.base, self.years, {}, self.fixed_holidays)
        return self._statutory

    def knows_year(self, year: int) -> bool:
        """True when the year's real schedule (State Council notice) is known."""
        known = self._known.get(year)
        if known is None:
            if year in self.years:
                known = True
            else:
                try:
                    self.base(dt.date(year, 1, 1))
                    known = True
                except UnknownYearError:
                    known = False
            self._known[year] = known
        return known

    def is_provisional(self, day: dt.date) -> bool:
        return not self.knows_year(day.year)

    def any_provisional(self, *days: dt.date | None) -> bool:
        """Whether any of the dates falls in a year computed provisionally."""
        return any(day is not None and not self.knows_year(day.year) for day in days)

    def provisional_schedule(self, year: int) -> YearSchedule:
        """The year as the law fixes it: weekdays minus statutory holidays, no 调休."""
        schedule = self._provisional.get(year)
        if schedule is None:
            if self.fixed_holidays is None:
                raise UnknownYearError(year)
            schedule = YearSchedule(year, self.fixed_holidays(year))
            self._provisional[year] = schedule
        return schedule

    def is_workday(self, day: dt.date) -> bool:
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        if day in self.overrides:
            result = self.overrides[day]
        elif day.year in self.years:
            result = self.years[day.year].is_workday(day)
        elif self.knows_year(day.year):
            result = self.base(day)
        else:
            result = self.provisional_schedule(day.year).is_workday(day)
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
