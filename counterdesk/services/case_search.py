"""Finding cases in the supervisors' log as they type: the filters and the search of a
`LogFilter` (part of the applicant's name, the ID number whole or its last four, the phone,
the tracking number or a document number), read page after page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from counterdesk.services.review import LogService
from counterdesk.store.log_repo import LogFilter, LogRepo


class CaseLogSearch(LogService):
    """Each page continues after the last row shown rather than at a row number, so the
    thousandth page of a million cases costs what the first one does."""

    def page_after(self, spec: LogFilter, sort: str = "registered_at", descending: bool = True,
                   after: Mapping[str, Any] | None = None,
                   limit: int = LogService.PAGE_SIZE) -> list[dict[str, Any]]:
        """The page after the row `after` (a row of the page before; None: the first)."""
        return LogRepo(self.space.db.conn).page(self.with_today(spec), sort, descending,
                                                limit=limit, after=after)
