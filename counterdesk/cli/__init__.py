"""The `counterdesk` command: the program with no arguments, tools for scripting otherwise."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from counterdesk import __version__

# Loaded when a command is given: opening the program needs none of them (they import the
# services, the catalog reader and more, a quarter of a second of the start-up otherwise).
COMMAND_MODULES = ("catalog_cmd", "check_cmd", "render_cmd", "workdays_cmd", "id_cmd",
                   "export_cmd", "trust_cmd")


def _top_parser(add_help: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterdesk", add_help=add_help,
        description="CounterDesk window-intake desk. With no command, opens the program.",
    )
    parser.add_argument("--version", action="version", version=f"counterdesk {__version__}")
    parser.add_argument("--home", help="data folder (default: $COUNTERDESK_HOME, else the "
                                       "user data folder)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _top_parser(add_help=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    top, rest = _top_parser(add_help=False).parse_known_args(args_list)
    if not rest:  # no command (and no -h): open the program
        from counterdesk.app import run_gui

        return run_gui(top.home)
    args = build_parser().parse_args(args_list)
    if args.command is None:
        from counterdesk.app import run_gui

        return run_gui(args.home)
    from counterdesk.cli.common import CliError, fail

    try:
        return int(args.handler(args) or 0)
    except CliError as error:
        return fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
