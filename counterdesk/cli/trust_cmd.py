"""`counterdesk audit verify`, `counterdesk backup` and `counterdesk restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from counterdesk.cli.common import CliError, workspace
from counterdesk.services import backup, paths
from counterdesk.services.instance_lock import AlreadyRunningError, InstanceLock
from counterdesk.services.integrity import IntegrityInputError, verify_log
from counterdesk.services.workspace import local_now
from counterdesk.store.db import StoreError

# Who asked, in the audit log, when no one signs in: the person at the shell.
COMMAND_LINE = "command line"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser("audit", help="the tamper-evident audit log")
    sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = sub.add_parser("verify", help="exit 0 when the chain and every audited row are "
                                           "intact; otherwise name the first broken entry")
    verify.add_argument("--against", type=Path, nargs="+", metavar="DIR", default=[],
                        help="also check that each export folder's recorded chain head is on "
                             "this chain")
    verify.set_defaults(handler=_verify)
    make = commands.add_parser("backup", help="back up the database now (online, while the "
                                              "program runs)")
    make.add_argument("--out", type=Path, help="also copy the backup to this file (or into this "
                                               "folder); recorded in the audit log")
    make.set_defaults(handler=_backup)
    restore = commands.add_parser("restore", help="replace the database by a checked backup; "
                                                  "the current one is kept aside")
    restore.add_argument("file", type=Path, nargs="?",
                         help="backup file (default: the latest good backup)")
    restore.set_defaults(handler=_restore)


def _verify(args: argparse.Namespace) -> int:
    space = workspace(args)
    try:
        verdict = verify_log(space, args.against)
    except (StoreError, IntegrityInputError) as error:
        raise CliError(str(error)) from error
    finally:
        space.close()
    print(verdict.headline())
    if verdict.ok:
        return 0
    for finding in verdict.findings:
        where = f"entry {finding.seq}: " if finding.seq is not None else ""
        print(f"  {finding.code}\t{where}{finding.message}")
    return 2


def _home(args: argparse.Namespace) -> Path:
    try:
        return paths.home_dir(args.home)
    except OSError as error:
        raise CliError(f"cannot use the data folder: {error}") from error


def _backup(args: argparse.Namespace) -> int:
    home = _home(args)
    try:
        made = backup.manual_backup(home, local_now(), args.out, by=COMMAND_LINE)
    except backup.BackupError as error:
        raise CliError(str(error)) from error
    print(f"backed up to {made}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    home = _home(args)
    chosen = args.file
    if chosen is None:
        good = backup.latest_good_backup(home)
        if good is None:
            raise CliError(f"no intact backup in {home / backup.BACKUP_DIR}")
        chosen = good.path
    try:
        # Never under a running program: it would keep writing to the file moved aside.
        with InstanceLock(home):
            aside = backup.restore(home, chosen, local_now(), by=COMMAND_LINE)
    except AlreadyRunningError as error:
        raise CliError(f"{error}; close the program, then restore") from error
    except backup.BackupError as error:
        raise CliError(str(error)) from error
    print(f"restored {chosen}; the previous database is kept in {aside}")
    return 0
