"""Shared helpers of the command-line tools: opening the data folder and reporting errors."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from counterdesk.services import paths
from counterdesk.services.errors import StoreError
from counterdesk.services.workspace import Workspace


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def fail(message: str, exit_code: int = 1) -> int:
    """One line on stderr, as scripts expect."""
    print(f"counterdesk: error: {' '.join(message.split())}", file=sys.stderr)
    return exit_code


def workspace(args: argparse.Namespace) -> Workspace:
    try:
        return Workspace(paths.home_dir(args.home))
    except OSError as error:
        raise CliError(f"cannot use the data folder: {error}") from error
    except StoreError as error:
        raise CliError(str(error)) from error


def parse_date(text: str) -> dt.date:
    from counterdesk.domain.decision import strict_date

    try:
        return strict_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
