"""What the supervisors' case log is filtered on (the fields of the log browser), named here
so that the UI need not import the store."""

from __future__ import annotations

from counterdesk.store.log_repo import LogFilter

__all__ = ["LogFilter"]
