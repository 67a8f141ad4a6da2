"""`counterdesk check SCENARIO.json`: the art. 32 decision as JSON (catalog-format.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from counterdesk.cli.common import CliError, workspace
from counterdesk.domain.calendar import CalendarGapError, UnknownYearError
from counterdesk.domain.catalog import (
    Catalog,
    NoVersionInForceError,
    ServiceItem,
    UnknownItemError,
)
from counterdesk.domain.decision import Decision, Scenario, ScenarioError, decide, parse_scenario
from counterdesk.services.catalog_files import load_path
from counterdesk.services.holidays import CalendarFileError
from counterdesk.services.workspace import Workspace


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("check", help="decide a scenario and print the decision JSON")
    add_scenario_arguments(parser)
    parser.set_defaults(handler=_check)


def add_scenario_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", type=Path, help="scenario JSON file ('-' for stdin)")
    parser.add_argument("--catalog", type=Path, help="catalog file or folder to use instead "
                                                     "of the imported catalog")


def decide_scenario(args: argparse.Namespace
                    ) -> tuple[Workspace, ServiceItem, Scenario, Decision]:
    """Read, validate and decide the scenario; any bad input is a one-line CliError."""
    data = read_scenario(args.scenario)
    space = workspace(args)
    catalog = _catalog(args, space)
    try:
        scenario = parse_scenario(data, space.today())
        item = catalog.in_force(scenario.item, scenario.received_on)
        return space, item, scenario, decide(item, scenario, space.calendar)
    except (ScenarioError, UnknownItemError, NoVersionInForceError, UnknownYearError,
            CalendarGapError, CalendarFileError) as error:
        raise CliError(str(error)) from error


# A scenario is a few hundred bytes; a bigger file is a mistake, not a scenario.
MAX_SCENARIO_BYTES = 1 << 20


def read_scenario(source: Path) -> object:
    """The scenario's JSON, refused in one line when it is too big, nested beyond what the
    parser can follow, or names its item with control characters (a NUL in a code would cut
    a file name or a database key short)."""
    try:
        if str(source) == "-":
            stdin = getattr(sys.stdin, "buffer", None)
            if stdin is None or stdin.closed:
                raise CliError("no standard input to read the scenario from")
            raw = stdin.read(MAX_SCENARIO_BYTES + 1)
        else:
            with source.open("rb") as handle:
                raw = handle.read(MAX_SCENARIO_BYTES + 1)
    except OSError as error:
        raise CliError(f"cannot read the scenario {source}: {error.strerror}") from error
    if len(raw) > MAX_SCENARIO_BYTES:
        raise CliError(f"the scenario {source} is larger than 1 MiB; a scenario is one "
                       f"application, a few hundred bytes")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CliError(f"the scenario {source} is not valid JSON: {error}") from error
    except RecursionError:
        raise CliError(f"the scenario {source} is nested too deeply to be a scenario") from None
    item = data.get("item") if isinstance(data, dict) else None
    if isinstance(item, str) and any(ord(char) < 32 or ord(char) == 127 for char in item):
        raise CliError(f"the scenario {source}: \"item\" {item!r} holds a control character "
                       f"(such as NUL); write the item code as printed in the catalog")
    return data


def _catalog(args: argparse.Namespace, space: Workspace) -> Catalog:
    if args.catalog is None:
        return space.catalog
    result = load_path(args.catalog)
    if not result.ok:
        more = f" (and {len(result.problems) - 1} more)" if len(result.problems) > 1 else ""
        raise CliError(f"catalog error: {result.problems[0]}{more}")
    return Catalog(result.items)


def _check(args: argparse.Namespace) -> int:
    space, _, _, decision = decide_scenario(args)
    space.close()
    print(json.dumps(decision.to_json(), ensure_ascii=False, indent=2))
    return 0
