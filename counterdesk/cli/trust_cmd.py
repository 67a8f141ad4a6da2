"""`counterdesk audit verify`, `counterdesk backup`, `counterdesk restore FILE` and
`counterdesk backup-key FILE`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from counterdesk.cli.common import CliError, workspace
from counterdesk.services import backup, paths, restore
from counterdesk.services.errors import StoreError
from counterdesk.services.instance_lock import AlreadyRunningError, InstanceLock
from counterdesk.services.integrity import IntegrityInputError, verify_log
from counterdesk.services.workspace import local_now

if TYPE_CHECKING:
    from counterdesk.services.backup_crypto import OfficeKey

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
    make.add_argument("--encrypt", action="store_true",
                      help="encrypt the --out copy with the office key: the passphrase in "
                           "$COUNTERDESK_BACKUP_KEY, or --key-file")
    make.add_argument("--key-file", type=Path, metavar="FILE",
                      help="the office key file (see `backup-key`); implies --encrypt")
    make.set_defaults(handler=_backup)
    new_key = commands.add_parser("backup-key", help="write a new random office key file for "
                                                     "encrypted backups (readable by you only)")
    new_key.add_argument("file", type=Path, help="the key file to create (never overwritten)")
    new_key.set_defaults(handler=_backup_key)
    restoring = commands.add_parser("restore", help="replace the database by a checked backup; "
                                                    "the current one is kept aside")
    restoring.add_argument("file", type=Path, nargs="?",
                           help="backup file (default: the latest good backup)")
    restoring.add_argument("--key-file", type=Path, metavar="FILE",
                           help="the office key file of an encrypted backup (else the "
                                "passphrase in $COUNTERDESK_BACKUP_KEY, else asked for in a "
                                "terminal)")
    restoring.set_defaults(handler=_restore)
    purge = commands.add_parser("purge", help="anonymise the personal data of cases closed or "
                                              "completed before a day (retention rule)")
    purge.add_argument("--before", required=True, metavar="YYYY-MM-DD",
                       help="cases closed or completed before this day")
    purge.add_argument("--dry-run", action="store_true", help="only count them")
    purge.add_argument("--yes", action="store_true",
                       help="purge although the office has no retention rule")
    purge.set_defaults(handler=_purge)


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


def _office_key(key_file: Path | None, confirm: bool) -> OfficeKey:
    """The office key, never from the command line itself (it would show in the process
    list and the shell history): a key file, the environment, or typed in a terminal."""
    from getpass import getpass

    from counterdesk.services.backup_crypto import ENV_KEY, BackupKeyError, OfficeKey

    try:
        if key_file is not None:
            return OfficeKey.from_file(key_file)
        if os.environ.get(ENV_KEY):
            return OfficeKey.passphrase(os.environ[ENV_KEY])
        if not sys.stdin.isatty():
            raise CliError(f"give the office key: the passphrase in {ENV_KEY} or --key-file "
                           f"FILE")
        typed = getpass("backup passphrase: ")
        if confirm and getpass("the same passphrase again: ") != typed:
            raise CliError("the two passphrases differ; nothing was written")
        return OfficeKey.passphrase(typed)
    except BackupKeyError as error:
        raise CliError(str(error)) from error
    except EOFError:
        raise CliError("no passphrase was typed") from None


def _backup_key(args: argparse.Namespace) -> int:
    from counterdesk.services.backup_crypto import write_key_file

    try:
        write_key_file(args.file)
    except FileExistsError:
        raise CliError(f"{args.file} exists; it may be the key of earlier backups, so it is "
                       f"not overwritten: choose another name") from None
    except OSError as error:
        raise CliError(f"cannot write {args.file}: {error.strerror}") from error
    print(f"wrote a new office key to {args.file}; keep a copy away from this PC: without it "
          f"the backups encrypted with it cannot be restored")
    return 0


def _backup(args: argparse.Namespace) -> int:
    home = _home(args)
    key = None
    if args.encrypt or args.key_file is not None:
        if args.out is None:
            raise CliError("only a copy written with --out is encrypted; name the file or "
                           "folder with --out")
        key = _office_key(args.key_file, confirm=True)
    try:
        made = backup.manual_backup(home, local_now(), args.out, by=COMMAND_LINE, key=key)
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
    key = None
    if chosen.is_file() and backup.is_encrypted(chosen):
        key = _office_key(args.key_file, confirm=False)
    try:
        # Never under a running program: it would keep writing to the file moved aside.
        with InstanceLock(home):
            aside = restore.restore(home, chosen, local_now(), by=COMMAND_LINE, key=key)
    except AlreadyRunningError as error:
        raise CliError(f"{error}; close the program, then restore") from error
    except backup.BackupError as error:
        raise CliError(str(error)) from error
    print(f"restored {chosen}; the previous database is kept in {aside}")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from counterdesk.domain.decision import strict_date
    from counterdesk.services.retention import RetentionError, purge

    try:
        before = strict_date(args.before)
    except ValueError as error:
        raise CliError(f"--before {args.before!r} is not a day: {error}") from None
    space = workspace(args)
    try:
        done = purge(space, before, by=COMMAND_LINE, dry_run=args.dry_run,
                     confirmed=args.yes)
    except (RetentionError, StoreError) as error:
        raise CliError(str(error)) from error
    finally:
        space.close()
    if done.dry_run:
        print(f"{done.count} case(s) closed before {done.before} would be anonymised")
    else:
        print(f"anonymised {done.count} case(s) closed before {done.before} (audit entry "
              f"{done.audit_seq})")
    return 0
