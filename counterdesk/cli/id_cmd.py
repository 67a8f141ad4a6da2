"""`counterdesk id check VALUE`: identity number validation (resident ID and the cards numbered
like it, passports, unified social credit code)."""

from __future__ import annotations

import argparse
import json

from counterdesk.domain.ids import IdKind, check_any, check_as
from counterdesk.services.workspace import local_now

_CHOSEN_KINDS = [kind.value for kind in IdKind if kind != IdKind.UNKNOWN]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("id", help="identity numbers")
    sub = parser.add_subparsers(dest="id_command", metavar="ACTION", required=True)
    check = sub.add_parser(
        "check", help="validate an identity number; prints its kind, validity and reason",
        description="Without --kind the kind is told from the number (a passport never is: "
                    "it has no form of its own, so check one with --kind passport).")
    check.add_argument("value")
    check.add_argument("--kind", choices=_CHOSEN_KINDS,
                       help="check the number as this kind instead of telling it")
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace) -> int:
    today = local_now().date()  # the hall's day
    result = check_as(args.kind, args.value, today) if args.kind else None
    if result is None:
        result = check_any(args.value, today=today)
    print(json.dumps({"kind": result.kind.value, "valid": result.valid,
                      "reason": result.reason.value if result.reason else None},
                     ensure_ascii=False))
    return 0 if result.valid else 1
