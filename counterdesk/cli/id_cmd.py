"""`counterdesk id check VALUE`: resident ID / unified social credit code validation."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from counterdesk.domain.ids import check_any


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("id", help="identity numbers")
    sub = parser.add_subparsers(dest="id_command", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="validate a resident ID or unified social credit code")
    check.add_argument("value")
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace) -> int:
    result = check_any(args.value, today=dt.date.today())
    print(json.dumps({"kind": result.kind.value, "valid": result.valid,
                      "reason": result.reason.value if result.reason else None},
                     ensure_ascii=False))
    return 0 if result.valid else 1
