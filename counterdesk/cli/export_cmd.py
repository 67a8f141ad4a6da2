"""`counterdesk export|merge|report|demo`: central reporting and demonstration data."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from counterdesk.cli.common import CliError, parse_date, workspace
from counterdesk.export.figures import format_figures


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="write the next incremental CSV batch for "
                                                "central reporting")
    export.add_argument("--out", type=Path, required=True, help="folder to write the batch into")
    export.add_argument("--from", dest="date_from", type=parse_date,
                        help="one-off extract of cases registered from this date (not a batch)")
    export.add_argument("--to", dest="date_to", type=parse_date,
                        help="one-off extract of cases registered up to this date (not a batch)")
    export.add_argument("--full-ids", action="store_true",
                        help="unmasked resident ID numbers (a supervisor's choice, audited)")
    export.add_argument("--user", help="supervisor user name (needed with --full-ids); the "
                                       "password is asked for, or read from "
                                       "COUNTERDESK_PASSWORD")
    export.add_argument("--headers", choices=("en", "zh"), default="en",
                        help="column headers: en (the names merge and COPY read, default) or "
                             "zh (the data dictionary's Chinese names; merge reads them too)")
    export.set_defaults(handler=_export)

    merge = commands.add_parser("merge", help="merge windows' export batches into DuckDB")
    merge.add_argument("folders", type=Path, nargs="+", metavar="EXPORT_DIR")
    merge.add_argument("--out", type=Path, required=True, help="the DuckDB file, e.g. hall.duckdb")
    merge.set_defaults(handler=_merge)

    report = commands.add_parser("report", help="hall-wide figures of a merged DuckDB file")
    report.add_argument("database", type=Path)
    report.add_argument("--from", dest="date_from", type=parse_date)
    report.add_argument("--to", dest="date_to", type=parse_date)
    report.add_argument("--csv", type=Path, help="also write each figure as CSV into this folder")
    report.set_defaults(handler=_report)

    demo = commands.add_parser("demo", help="demonstration data")
    demo_sub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    seed = demo_sub.add_parser("seed", help="fill the database with synthetic cases")
    seed.add_argument("--cases", type=int, required=True)
    seed.add_argument("--days", type=int, default=90, help="spread over the last D days")
    seed.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    seed.add_argument("--password", help="password of the demo accounts (default: a random "
                                         "one, printed once)")
    seed.set_defaults(handler=_seed)


def _supervisor(space, username: str | None):  # type: ignore[no-untyped-def]
    from counterdesk.services.accounts import AccountError, AccountService

    if not username:
        raise CliError("--full-ids needs --user: a supervisor's user name")
    password = os.environ.get("COUNTERDESK_PASSWORD") or _ask_password()
    accounts = AccountService(space)
    windows = accounts.windows()
    if not windows:
        raise CliError("no window is set up in this database")
    try:
        return accounts.log_in(username, password, str(windows[0]["id"]))
    except AccountError as error:
        raise CliError(f"cannot log in as {username}: {error}") from error


NO_PASSWORD = "no password to read: set COUNTERDESK_PASSWORD or run it in a terminal"


def _ask_password() -> str:
    """The password typed at a terminal; a scheduled or piped run has none to type at."""
    # Without a terminal getpass would read a visible password from a pipe, or fail with a
    # traceback when there is nothing to read.
    if sys.stdin is None or sys.stdin.closed or not sys.stdin.isatty():
        raise CliError(NO_PASSWORD)
    try:
        return getpass.getpass("password: ")
    except EOFError:
        raise CliError(NO_PASSWORD) from None


def _export(args: argparse.Namespace) -> int:
    from counterdesk.services.accounts import PermissionDenied
    from counterdesk.services.errors import StoreError
    from counterdesk.services.exporting import ExportError, export_batch

    space = workspace(args)
    try:
        actor = _supervisor(space, args.user) if args.full_ids else None
        result = export_batch(space, actor, args.out, args.date_from, args.date_to,
                              args.full_ids, args.headers)
    except PermissionDenied as error:
        raise CliError(f"--full-ids: {error}; ask a supervisor") from error
    except (ExportError, StoreError) as error:
        raise CliError(str(error)) from error
    finally:
        space.close()
    if result.folder is None:
        print(f"nothing changed since batch {result.batch_no}; no new batch was written")
        return 0
    what = f"batch {result.batch_no}" if result.batch_no is not None else "extract"
    total = sum(result.rows.values())
    print(f"{what}: {total} rows in {result.folder}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from counterdesk.export.merge import MergeError, merge

    try:
        result = merge(args.folders, args.out)
    except MergeError as error:
        raise CliError(str(error)) from error
    except ModuleNotFoundError as error:
        raise CliError("duckdb is not installed: pip install 'counterdesk[analytics]'"
                       ) from error
    print(f"loaded {len(result.loaded)} batch(es), {len(result.skipped)} already merged")
    for table, count in result.rows.items():
        print(f"{table}\t{count}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from counterdesk.export.figures import write_figures
    from counterdesk.export.report import ReportError, hall_figures

    try:
        figures = hall_figures(args.database, args.date_from, args.date_to)
    except ReportError as error:
        raise CliError(str(error)) from error
    except ModuleNotFoundError as error:
        raise CliError("duckdb is not installed: pip install 'counterdesk[analytics]'"
                       ) from error
    sys.stdout.write(format_figures(figures))
    if args.csv:
        try:
            write_figures(figures, args.csv)
        except OSError as error:
            raise CliError(f"cannot write the figures into {args.csv}: {error.strerror}"
                           ) from error
    return 0


def _seed(args: argparse.Namespace) -> int:
    from counterdesk.services.accounts import AccountError
    from counterdesk.services.demo import DemoError, seed_folder
    from counterdesk.services.errors import StoreError

    try:
        result = seed_folder(workspace(args).home, args.cases, args.days, args.seed,
                             args.password, lambda done: print(
                                 f"\r{done}/{args.cases} cases", end="", file=sys.stderr,
                                 flush=True))
    except (DemoError, AccountError, StoreError) as error:
        raise CliError(str(error)) from error
    print(file=sys.stderr)
    print(f"seeded {result.cases} cases; demo users demo_zhang … demo_supervisor, "
          f"password {result.password}")
    return 0
