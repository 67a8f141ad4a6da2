"""`counterdesk catalog validate|import|list|lint|test|import-list`: the service-item guides."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from counterdesk.cli.common import CliError, parse_date, workspace
from counterdesk.domain.calendar import CalendarGapError, UnknownYearError
from counterdesk.domain.catalog import CatalogError
from counterdesk.domain.item_list import FIELDS, ItemListError
from counterdesk.services.catalog_files import load_path
from counterdesk.services.catalog_lint import proofs_without_legal_basis
from counterdesk.services.catalog_service import import_catalog, imported_items
from counterdesk.services.holidays import CalendarFileError
from counterdesk.services.item_list_import import ListImportReport, import_item_list
from counterdesk.services.item_tests import ItemTestsError, run_item_tests


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
    lint = sub.add_parser("lint", help="list every 证明材料 (proof: true) without its own "
                                       "legal_basis")
    lint.add_argument("path", type=Path)
    lint.set_defaults(handler=_lint)
    test = sub.add_parser("test", help="run the item tests (<item>.tests.yaml) beside the "
                                       "item files")
    test.add_argument("path", type=Path)
    test.set_defaults(handler=_test)
    _register_import_list(sub)


def _register_import_list(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("import-list", help="import a province's item list (.xlsx or .csv)"
                                                " as items marked 待完善")
    parser.add_argument("file", type=Path)
    parser.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                        type=_header_mapping,
                        help=f"read column HEADER as FIELD ({', '.join(FIELDS)}); repeatable")
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help="import the readable rows even when others are bad")
    parser.add_argument("--dry-run", action="store_true", help="show what would be imported")
    # Not --version: the top-level parser takes that anywhere on the line (program version).
    parser.add_argument("--item-version", type=parse_date, metavar="DATE",
                        help="version (effective date) of the items; default today")
    parser.set_defaults(handler=_import_list)


def _header_mapping(text: str) -> tuple[str, str]:
    header, sep, field = text.rpartition("=")
    if not sep or not header.strip() or field.strip() not in FIELDS:
        raise argparse.ArgumentTypeError(f"{text!r}: write HEADER=FIELD with FIELD one of "
                                         f"{', '.join(FIELDS)}")
    return header.strip(), field.strip()


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
        items = imported_items(space)
    finally:
        space.close()
    if not items:
        raise CliError("no catalog is imported yet; import one with `counterdesk catalog import "
                       "PATH` (the program imports the bundled one at first start)")
    for item in items:
        print(f"{item.code}\t{item.version.isoformat()}\t{item.kind.value}\t{item.name}\t"
              f"{item.department}\t{item.status.value}")
    return 0


def _lint(args: argparse.Namespace) -> int:
    result = load_path(args.path)
    if not result.ok:
        _report_problems(result.problems)
        return 1
    findings = proofs_without_legal_basis(result.items)
    for finding in findings:
        print(finding)
    if findings:
        return 1
    print(f"{len(result.items)} item version(s): no proofs without a legal basis")
    return 0


def _test(args: argparse.Namespace) -> int:
    space = workspace(args)
    try:
        run = run_item_tests(args.path, space.calendar, space.today())
    except CatalogError as error:
        _report_problems(error.problems)
        return 1
    except (ItemTestsError, UnknownYearError, CalendarGapError, CalendarFileError) as error:
        raise CliError(str(error)) from error
    finally:
        space.close()
    for failure in run.failures:
        print(failure)
    print(run.summary)
    return 1 if run.failures else 0


def _import_list(args: argparse.Namespace) -> int:
    space = workspace(args)
    try:
        report = import_item_list(space, args.file, mapping=dict(args.map),
                                  version=args.item_version, skip_bad_rows=args.skip_bad_rows,
                                  dry_run=args.dry_run)
    except ItemListError as error:
        raise CliError(str(error)) from error
    finally:
        space.close()
    _print_list_report(args.file, report)
    return 1 if report.refused else 0


def _print_list_report(file: Path, report: ListImportReport) -> None:
    for problem in report.problems:
        print(f"{file}: {problem}", file=sys.stderr)
    for listed in report.skipped:
        print(f"{file}: row {listed.row}: {listed.item.code} skipped: the catalog has a "
              f"complete guide for it", file=sys.stderr)
    if report.refused:
        print(f"nothing imported: {len(report.problems)} bad row(s); fix them or give "
              f"--skip-bad-rows", file=sys.stderr)
        return
    verb = "would import" if report.dry_run else "imported"
    if report.dry_run:
        for listed in report.imported:
            print(f"row {listed.row}\t{listed.item.code}\t{listed.item.name}")
    bad = f", {len(report.problems)} bad row(s) left out" if report.problems else ""
    print(f"{verb} {len(report.imported)} item(s) marked 待完善, skipped "
          f"{len(report.skipped)}{bad}")
