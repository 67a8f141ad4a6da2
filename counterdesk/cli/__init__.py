"""The `counterdesk` command: the program with no arguments, tools for scripting otherwise."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from counterdesk import __version__
from counterdesk.cli import (
    catalog_cmd,
    check_cmd,
    export_cmd,
    id_cmd,
    render_cmd,
    trust_cmd,
    workdays_cmd,
)
from counterdesk.cli.common import CliError, fail

COMMAND_MODULES = (catalog_cmd, check_cmd, render_cmd, workdays_cmd, id_cmd, export_cmd,
                   trust_cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterdesk",
        description="CounterDesk window-intake desk. With no command, opens the program.",
    )
    parser.add_argument("--version", action="version", version=f"counterdesk {__version__}")
    parser.add_argument("--home", help="data folder (default: $COUNTERDESK_HOME, else the "
                                       "user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from counterdesk.app import run_gui

        return run_gui(args.home)
    try:
        return int(args.handler(args) or 0)
    except CliError as error:
        return fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
