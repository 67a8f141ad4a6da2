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
    space = workspace(args)
    try:
        text = sys.stdin.read() if str(args.scenario) == "-" else \
            args.scenario.read_text(encoding="utf-8-sig")
        data = json.loads(text)
    except OSError as error:
        raise CliError(f"cannot read the scenario {args.scenario}: {error.strerror}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CliError(f"the scenario {args.scenario} is not valid JSON: {error}") from error
    catalog = _catalog(args, space)
    try:
        scenario = parse_scenario(data, space.today())
        item = catalog.in_force(scenario.item, scenario.received_on)
        return space, item, scenario, decide(item, scenario, space.calendar)
    except (ScenarioError, UnknownItemError, NoVersionInForceError, UnknownYearError,
            CalendarGapError, CalendarFileError) as error:
        raise CliError(str(error)) from error


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
