"""`counterdesk workdays add|between`: the hall's working-day arithmetic."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from counterdesk.cli.common import CliError, parse_date, workspace
from counterdesk.domain.calendar import CalendarGapError, UnknownYearError
from counterdesk.services.calendar_years import DeclareYearError, declare_year
from counterdesk.services.holidays import CalendarFileError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("workdays", help="working-day arithmetic (statutory holidays "
                                                  "and make-up workdays)")
    sub = parser.add_subparsers(dest="workdays_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="print the N-th working day after DATE (DATE not counted)")
    add.add_argument("date", type=parse_date)
    add.add_argument("n", type=int)
    add.set_defaults(handler=_add)
    between = sub.add_parser("between", help="count working days after D1 up to and "
                                             "including D2")
    between.add_argument("start", type=parse_date)
    between.add_argument("end", type=parse_date)
    between.set_defaults(handler=_between)
    declare = sub.add_parser("declare-year", help="enter a year's statutory holidays and "
                                                  "make-up workdays that chinesecalendar lacks")
    declare.add_argument("year", type=int)
    declare.add_argument("--holidays", required=True, type=_date_list,
                         help="comma-separated dates, e.g. 2027-01-01,2027-02-06")
    declare.add_argument("--workdays", default=[], type=_date_list,
                         help="comma-separated make-up workdays (调休上班) on weekends")
    declare.set_defaults(handler=_declare)


# The longest limit in any law a hall applies is well under a year of working days.
MAX_WORKDAYS = 1000


def _date_list(text: str) -> list[dt.date]:
    return [parse_date(part.strip()) for part in text.split(",") if part.strip()]


def _declare(args: argparse.Namespace) -> int:
    space = workspace(args)
    try:
        declare_year(space, args.year, args.holidays, args.workdays, actor_id=None)
    except DeclareYearError as error:
        raise CliError(str(error)) from error
    finally:
        space.close()
    print(f"{args.year}: {len(args.holidays)} holiday(s), {len(args.workdays)} make-up "
          f"workday(s) recorded")
    return 0


def _add(args: argparse.Namespace) -> int:
    if args.n < 0:
        raise CliError("N must be 0 or more")
    if args.n > MAX_WORKDAYS:
        raise CliError(f"N must be at most {MAX_WORKDAYS} working days")
    with_calendar = workspace(args)
    try:
        calendar = with_calendar.calendar
        day = calendar.add_workdays(args.date, args.n)
        print(day.isoformat())
        if calendar.is_provisional(day):
            print(f"note: {day.year} has no State Council holiday schedule in the program yet; "
                  f"{day.isoformat()} is provisional (statutory holidays only, no 调休)",
                  file=sys.stderr)
    except (UnknownYearError, CalendarGapError, CalendarFileError) as error:
        raise CliError(str(error)) from error
    finally:
        with_calendar.close()
    return 0


def _between(args: argparse.Namespace) -> int:
    with_calendar = workspace(args)
    try:
        print(with_calendar.calendar.workdays_between(args.start, args.end))
    except (UnknownYearError, CalendarFileError) as error:
        raise CliError(str(error)) from error
    finally:
        with_calendar.close()
    return 0
