"""`counterdesk workdays add|between`: the hall's working-day arithmetic."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from counterdesk.cli.common import CliError, parse_date, workspace
from counterdesk.domain.calendar import CalendarGapError, UnknownYearError
from counterdesk.domain.holiday_notice import NoticeError, NoticeSchedule, parse_notice
from counterdesk.services.calendar_years import (
    DeclareYearError,
    declare_year,
    export_year_text,
    import_year_file,
)
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
    declare.add_argument("--from-notice", type=Path, metavar="FILE",
                         help="the State Council notice's text (replaces --holidays/--workdays)")
    declare.add_argument("--holidays", type=_date_list,
                         help="comma-separated dates, e.g. 2027-01-01,2027-02-06")
    declare.add_argument("--workdays", default=[], type=_date_list,
                         help="comma-separated make-up workdays (调休上班) on weekends")
    declare.set_defaults(handler=_declare)
    export = sub.add_parser("export-year", help="write a declared year as a hall calendar "
                                                "file for the other window PCs")
    export.add_argument("year", type=int)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.set_defaults(handler=_export_year)
    load = sub.add_parser("import-year", help="declare every year of a hall calendar file "
                                              "(as written by export-year)")
    load.add_argument("file", type=Path)
    load.set_defaults(handler=_import_year)
    parse = sub.add_parser("parse-notice", help="read a State Council holiday notice and print "
                                                "its year, holidays and make-up workdays as JSON")
    parse.add_argument("file", type=Path)
    parse.set_defaults(handler=_parse_notice)


# The longest limit in any law a hall applies is well under a year of working days.
MAX_WORKDAYS = 1000


def _date_list(text: str) -> list[dt.date]:
    return [parse_date(part.strip()) for part in text.split(",") if part.strip()]


# A notice is about two pages; anything far larger is not one.
MAX_NOTICE_BYTES = 256 * 1024


def read_notice(path: Path) -> NoticeSchedule:
    """The notice in FILE, read completely, or a one-line CliError."""
    try:
        if path.stat().st_size > MAX_NOTICE_BYTES:
            raise CliError(f"{path} is larger than a holiday notice can be "
                           f"({MAX_NOTICE_BYTES // 1024} KiB)")
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror}") from error
    except UnicodeDecodeError:
        raise CliError(f"{path} is not UTF-8 text; save the notice as UTF-8") from None
    try:
        return parse_notice(text)
    except NoticeError as error:
        raise CliError(f"{path}: {error}") from error


def _export_year(args: argparse.Namespace) -> int:
    space = workspace(args)
    try:
        text = export_year_text(space, args.year)
    except (DeclareYearError, UnknownYearError) as error:
        raise CliError(str(error)) from error
    finally:
        space.close()
    partial = args.out.with_name(args.out.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(args.out)  # never a half-written calendar file
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CliError(f"cannot write {args.out}: {error.strerror}") from error
    print(args.out)
    return 0


def _import_year(args: argparse.Namespace) -> int:
    space = workspace(args)
    try:
        moved = import_year_file(space, args.file, actor_id=None)
    except DeclareYearError as error:
        raise CliError(str(error)) from error
    finally:
        space.close()
    for year, cases in moved.items():
        print(f"{year}: declared; {len(cases)} open case(s) got a new promised date")
    return 0


def _parse_notice(args: argparse.Namespace) -> int:
    print(json.dumps(read_notice(args.file).to_json(), ensure_ascii=False))
    return 0


def _declare(args: argparse.Namespace) -> int:
    if args.from_notice is not None:
        if args.holidays or args.workdays:
            raise CliError("give either --from-notice or --holidays/--workdays, not both")
        schedule = read_notice(args.from_notice)
        if schedule.year != args.year:
            raise CliError(f"the notice is for {schedule.year}, not {args.year}")
        holidays, workdays = list(schedule.holidays), list(schedule.workdays)
        source = "notice"
    elif args.holidays:
        holidays, workdays, source = args.holidays, args.workdays, "dates"
    else:
        raise CliError("give --from-notice FILE or --holidays DATES")
    space = workspace(args)
    try:
        declare_year(space, args.year, holidays, workdays, actor_id=None, source=source)
    except DeclareYearError as error:
        raise CliError(str(error)) from error
    finally:
        space.close()
    print(json.dumps({"year": args.year, "holidays": [d.isoformat() for d in holidays],
                      "workdays": [d.isoformat() for d in workdays]}, ensure_ascii=False))
    print(f"{args.year}: {len(holidays)} holiday(s), {len(workdays)} make-up workday(s) "
          f"recorded", file=sys.stderr)
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
