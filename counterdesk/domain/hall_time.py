"""The hall's clock zone: times that leave the PC (exports) are written in it, whatever
zone the PC itself is set to. China keeps one zone all year (UTC+8, no daylight saving)."""

from __future__ import annotations

import datetime as dt

HALL_OFFSET_HOURS = 8
HALL_ZONE = dt.timezone(dt.timedelta(hours=HALL_OFFSET_HOURS))
HALL_OFFSET_TEXT = "+08:00"


def in_hall_time(stamp: str) -> str:
    """An ISO 8601 time with any offset as the hall's local time with its offset,
    `2026-12-02T02:15:00+00:00` → `2026-12-02T10:15:00+08:00`; a time without an offset
    is taken as UTC (how SQLite reads it, so the export's SQL and this agree)."""
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(HALL_ZONE).isoformat(timespec="seconds")
