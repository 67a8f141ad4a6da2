"""Exporting a batch for central reporting: who may ask for what, then export/ writes it.

Full ID numbers leave the PC only by a supervisor's choice, and that choice is on record
(the batch's audit entry is `export_full_ids`, naming who and where)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counterdesk.export.batch import (
    COMMAND_LINE,
    BatchRequest,
    ExportError,
    ExportResult,
    write_batch,
)
from counterdesk.export.batch import source_id as _source_id
from counterdesk.export.dictionary import HEADER_STYLES
from counterdesk.services.accounts import Actor, PermissionDenied, Role, require
from counterdesk.services.workspace import Workspace

__all__ = ["HEADER_STYLES", "ExportError", "ExportResult", "export_batch", "source_id"]


def source_id(space: Workspace) -> str:
    """The data folder's source id in the batches it exports (made when missing)."""
    return _source_id(space.db, space.home, space.now_text)


def export_batch(space: Workspace, actor: Actor | None, out: Path,
                 date_from: dt.date | None = None, date_to: dt.date | None = None,
                 full_ids: bool = False, headers: str = "en") -> ExportResult:
    """The next batch (or, with a period, a one-off extract) into `out`: see
    export/batch.write_batch. `headers` is "en" (the column names merge and COPY read) or
    "zh" (the dictionary's Chinese names; merge reads them too)."""
    if full_ids:
        if actor is None:
            raise PermissionDenied(Role.SUPERVISOR.value)
        require(actor, Role.SUPERVISOR)
    return write_batch(space.db, space.home, space.now_text, BatchRequest(
        out, date_from, date_to, full_ids, headers,
        actor.user_id if actor else None, actor.username if actor else COMMAND_LINE))
