"""The storage errors a caller of the services may meet, named here so that the UI and the
CLI need not import the store (layers point down: ui → services → store)."""

from __future__ import annotations

from counterdesk.store.db import (
    DatabaseBusyError,
    DatabaseCorruptError,
    DiskFullError,
    StoreError,
)

__all__ = ["DatabaseBusyError", "DatabaseCorruptError", "DiskFullError", "StoreError"]
