"""The figures of the supervisors' statistics, over cases registered in a period."""

from __future__ import annotations

import math
import sqlite3
from typing import Any

from counterdesk.store.log_repo import OVERDUE_SQL, completed_on_time_sql
from counterdesk.store.rating_repo import BAD_RATING_SQL, COUNTED_RATING_SQL, FOLLOWED_UP_SQL

# Period filter on the case's registration day; a case's later decisions count with it.
_PERIOD = "c.registered_at >= :date_from AND c.registered_at < :date_to_end"
_FINAL = "('accept', 'reject')"


class StatsRepo:
    def __init__(self, conn: sqlite3.Connection, date_from: str, date_to: str, today: str):
        self.conn = conn
        self.params: dict[str, Any] = {"date_from": date_from, "date_to_end": date_to + "T99",
                                       "today": today}

    def _rows(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.conn.execute(sql, self.params)]

    def volume_by_day(self) -> list[tuple[Any, ...]]:
        return self._rows(f"SELECT substr(c.registered_at, 1, 10) AS day, COUNT(*) FROM cases c"
                          f" WHERE {_PERIOD} GROUP BY day ORDER BY day")

    def volume_by_item(self) -> list[tuple[Any, ...]]:
        return self._rows(
            "SELECT c.item_code, (SELECT i.name FROM catalog_items i WHERE i.code = c.item_code"
            " ORDER BY i.version DESC LIMIT 1), COUNT(*) AS n FROM cases c"
            f" WHERE {_PERIOD} AND c.item_code IS NOT NULL GROUP BY c.item_code"
            " ORDER BY n DESC, c.item_code")

    def volume_by_clerk(self) -> list[tuple[Any, ...]]:
        return self._rows(
            "SELECT u.username, u.display_name, COUNT(*) AS n FROM cases c"
            f" JOIN users u ON u.id = c.owner_id WHERE {_PERIOD}"
            " GROUP BY u.id ORDER BY n DESC, u.username")

    def volume_by_window(self) -> list[tuple[Any, ...]]:
        return self._rows(f"SELECT c.window_id, COUNT(*) AS n FROM cases c WHERE {_PERIOD}"
                          " GROUP BY c.window_id ORDER BY c.window_id")

    def outcomes(self) -> list[tuple[Any, ...]]:
        return self._rows("SELECT d.outcome, COUNT(*) FROM decisions d"
                          f" JOIN cases c ON c.id = d.case_id WHERE {_PERIOD}"
                          " GROUP BY d.outcome ORDER BY d.outcome")

    def first_pass(self) -> tuple[int, int]:
        """(applications accepted on the first visit, applications decided)."""
        row = self.conn.execute(
            "SELECT COALESCE(SUM(d.outcome = 'accept' AND d.first_visit = 1), 0),"
            " COUNT(DISTINCT d.case_id) FROM decisions d JOIN cases c ON c.id = d.case_id"
            f" WHERE {_PERIOD} AND d.outcome IN {_FINAL}", self.params).fetchone()
        return int(row[0]), int(row[1])

    def on_time(self) -> tuple[int, int]:
        """(completed by the promised date, completed or already past the promised date)."""
        row = self.conn.execute(
            f"SELECT COALESCE(SUM({completed_on_time_sql()}), 0),"
            f" COALESCE(SUM(c.status = 'completed' OR {OVERDUE_SQL}), 0)"
            f" FROM cases c WHERE {_PERIOD} AND c.promised_date IS NOT NULL",
            self.params).fetchone()
        return int(row[0]), int(row[1])

    def handling_hours(self) -> tuple[int, float | None, float | None]:
        """(cases, mean, 90th percentile by nearest rank) of the hours from registration
        to the first accept or reject decision."""
        hours = (
            "SELECT (julianday(MIN(d.decided_at)) - julianday(c.registered_at)) * 24 AS h"
            " FROM cases c JOIN decisions d ON d.case_id = c.id"
            f" WHERE {_PERIOD} AND d.outcome IN {_FINAL} GROUP BY c.id")
        count, mean = self.conn.execute(f"SELECT COUNT(*), AVG(h) FROM ({hours})",
                                        self.params).fetchone()
        if not count:
            return 0, None, None
        rank = math.ceil(0.9 * count)
        p90 = self.conn.execute(f"SELECT h FROM ({hours}) ORDER BY h LIMIT 1 OFFSET :k",
                                {**self.params, "k": rank - 1}).fetchone()[0]
        return int(count), float(mean), float(p90)

    def ratings(self) -> list[tuple[Any, ...]]:
        """Counts per rating: one per service event, 未评价 and overturned appeals left out."""
        return self._rows(
            "SELECT json_extract(e.details, '$.rating') AS rating, COUNT(*) FROM case_events e"
            f" JOIN cases c ON c.id = e.case_id WHERE {COUNTED_RATING_SQL} AND {_PERIOD}"
            " GROUP BY rating")

    def bad_rating_follow_up(self) -> tuple[int, int]:
        """(counted bad ratings followed up with a 回访, counted bad ratings)."""
        row = self.conn.execute(
            f"SELECT COALESCE(SUM({FOLLOWED_UP_SQL}), 0), COUNT(*) FROM case_events e"
            f" JOIN cases c ON c.id = e.case_id WHERE {COUNTED_RATING_SQL}"
            f" AND {BAD_RATING_SQL} AND {_PERIOD}", self.params).fetchone()
        return int(row[0]), int(row[1])

    def channels(self) -> list[tuple[Any, ...]]:
        return self._rows(f"SELECT c.channel, COUNT(*) FROM cases c WHERE {_PERIOD}"
                          " GROUP BY c.channel ORDER BY c.channel")
