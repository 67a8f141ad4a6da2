"""`counterdesk catalog validate|import|list`: the service-item guides."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from counterdesk.cli.common import CliError, workspace
from counterdesk.services.catalog_files import load_path
from counterdesk.services.catalog_service import import_catalog
from counterdesk.store.catalog_repo import CatalogRepo


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("catalog", help="service-item guides (办事指南)")
    sub = parser.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    validate = sub.add_parser("validate", help="check catalog files without importing them")
    validate.add_argument("path", type=Path)
    validate.set_defaults(handler=_validate)
    do_import = sub.add_parser("import", help="import catalog files; nothing is imported "
                                              "when any file has an error")
    do_import.add_argument("path", type=Path)
    do_import.set_defaults(handler=_import)
    listing = sub.add_parser("list", help="list the imported items")
    listing.set_defaults(handler=_list)


def _report_problems(problems: tuple[object, ...]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def _validate(args: argparse.Namespace) -> int:
    result = load_path(args.path)
    if not result.ok:
        _report_problems(result.problems)
        return 1
    print(f"{len(result.items)} item version(s) valid")
    return 0


def _import(args: argparse.Namespace) -> int:
    result = load_path(args.path)
    if not result.ok:
        _report_problems(result.problems)
        print(f"nothing imported: {len(result.problems)} problem(s)", file=sys.stderr)
        return 1
    space = workspace(args)
    try:
        count = import_catalog(space, result.items, actor_id=None)
    finally:
        space.close()
    print(f"imported {count} item version(s)")
    return 0


def _list(args: argparse.Namespace) -> int:
    space = workspace(args)
    try:
        items = CatalogRepo(space.db.conn).load().latest()
    finally:
        space.close()
    if not items:
        raise CliError("no catalog is imported yet; import one with `counterdesk catalog import "
                       "PATH` (the program imports the bundled one at first start)")
    for item in items:
        print(f"{item.code}\t{item.version.isoformat()}\t{item.kind.value}\t{item.name}\t"
              f"{item.department}")
    return 0
