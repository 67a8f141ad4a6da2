"""好差评 in the case log: the services a case had, its ratings and their follow-up steps.

Ratings and steps are case events (see migrations/0008_ratings.sql); the SQL below mirrors
`domain/ratings.py` (`RatingRecord.counted`, `followed_up`) for the statistics."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from counterdesk.domain.ratings import FollowUpStep

STEP_KINDS = tuple(step.value for step in FollowUpStep)


def _steps_of(alias: str) -> str:
    """The follow-up steps of rating `e`, worded so the partial index of 0008 answers them
    (`+e.id` has no column affinity, as the index's expression has none; `+kind` keeps the
    planner off the index by kind, which would read every step of every case)."""
    kinds = ", ".join(f"'{kind}'" for kind in STEP_KINDS)
    return (f"json_extract({alias}.details, '$.rating_event') = +e.id"
            f" AND +{alias}.kind IN ({kinds})")


# A rating event `e` that counts in the statistics: a rating (not 未评价), one per service
# event — ratings from before 0008 name no service, and only the first of them per case
# counts — and not overturned on appeal.
COUNTED_RATING_SQL = (
    "e.kind = 'rating' AND json_extract(e.details, '$.rating') <> 'not_rated'"
    " AND (json_extract(e.details, '$.service') IS NOT NULL OR NOT EXISTS ("
    "  SELECT 1 FROM case_events f WHERE f.case_id = e.case_id AND f.kind = 'rating'"
    "  AND json_extract(f.details, '$.service') IS NULL"
    "  AND (f.at < e.at OR (f.at = e.at AND f.rowid < e.rowid))))"
    f" AND NOT EXISTS (SELECT 1 FROM case_events a WHERE {_steps_of('a')}"
    "  AND +a.kind = 'rating_appeal' AND json_extract(a.details, '$.verdict') = 'overturned')")
BAD_RATING_SQL = ("json_extract(e.details, '$.rating') IN ('dissatisfied',"
                  " 'very_dissatisfied')")
# A bad rating followed up: a 回访 recorded, or its review confirmed by a supervisor (how
# follow-ups were recorded before 0008, and still the supervisor's closing word).
FOLLOWED_UP_SQL = (
    f"(EXISTS (SELECT 1 FROM case_events v WHERE {_steps_of('v')} AND +v.kind = 'rating_visit')"
    " OR EXISTS (SELECT 1 FROM reviews r WHERE r.kind = 'bad_rating' AND r.subject_id = e.id"
    "  AND r.status = 'confirmed'))")


class RatingRepo:
    """All statements run inside the caller's transaction (see Database.transaction)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def services(self, case_id: str) -> list[tuple[str, str, str]]:
        """(kind, id, at) of every service event of the case: its registration, decisions,
        completion and close."""
        return [(str(row[0]), str(row[1]), str(row[2])) for row in self.conn.execute(
            "SELECT 'register', id, registered_at FROM cases WHERE id = :c"
            " UNION ALL SELECT 'decision', id, decided_at FROM decisions WHERE case_id = :c"
            " UNION ALL SELECT kind, id, at FROM case_events WHERE case_id = :c"
            "  AND kind IN ('completion', 'close')", {"c": case_id})]

    def rated_services(self, case_id: str) -> set[str]:
        return {str(row[0]) for row in self.conn.execute(
            "SELECT json_extract(details, '$.service') FROM case_events"
            " WHERE case_id = :c AND kind = 'rating'"
            " AND json_extract(details, '$.service') IS NOT NULL", {"c": case_id})}

    def rating(self, event_id: str) -> dict[str, Any] | None:
        """The rating event with its details decoded and its follow-up due date."""
        row = self.conn.execute(
            "SELECT e.*, (SELECT r.due_on FROM reviews r WHERE r.kind = 'bad_rating'"
            " AND r.subject_id = e.id) AS follow_up_due FROM case_events e"
            " WHERE e.id = :id AND e.kind = 'rating'", {"id": event_id}).fetchone()
        if row is None:
            return None
        return {**dict(row), "details": json.loads(row["details"])}

    def steps(self, event_id: str) -> list[dict[str, Any]]:
        """The follow-up steps of one rating, oldest first, details decoded."""
        marks = ", ".join(f"'{kind}'" for kind in STEP_KINDS)
        return [{**dict(row), "details": json.loads(row["details"])} for row in self.conn.execute(
            "SELECT * FROM case_events WHERE json_extract(details, '$.rating_event') = :id"
            f" AND kind IN ({marks}) ORDER BY at, rowid", {"id": event_id})]

    def step_counts(self, event_ids: list[str]) -> dict[str, dict[str, int]]:
        """{rating event id: {step kind: count}} for several ratings at once (the queue)."""
        if not event_ids:
            return {}
        marks = ", ".join(f"'{kind}'" for kind in STEP_KINDS)
        found: dict[str, dict[str, int]] = {}
        for start in range(0, len(event_ids), 500):
            chunk = event_ids[start:start + 500]
            params = {f"i{n}": value for n, value in enumerate(chunk)}
            holders = ", ".join(f":{name}" for name in params)
            for rating_id, kind, count in self.conn.execute(
                    "SELECT json_extract(details, '$.rating_event') AS rating, kind, COUNT(*)"
                    f" FROM case_events WHERE json_extract(details, '$.rating_event')"
                    f" IN ({holders}) AND kind IN ({marks}) GROUP BY rating, kind", params):
                found.setdefault(str(rating_id), {})[str(kind)] = int(count)
        return found

    def verdicts(self, event_ids: list[str]) -> dict[str, str]:
        """{rating event id: appeal verdict} of the ratings whose appeal was decided."""
        found: dict[str, str] = {}
        for start in range(0, len(event_ids), 500):
            chunk = event_ids[start:start + 500]
            params = {f"i{n}": value for n, value in enumerate(chunk)}
            holders = ", ".join(f":{name}" for name in params)
            for rating_id, verdict in self.conn.execute(
                    "SELECT json_extract(details, '$.rating_event'),"
                    " json_extract(details, '$.verdict') FROM case_events"
                    f" WHERE json_extract(details, '$.rating_event') IN ({holders})"
                    " AND kind = 'rating_appeal'", params):
                found[str(rating_id)] = str(verdict)
        return found
