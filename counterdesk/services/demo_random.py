"""Random but valid values for demo cases: time-ordered ids, weighted picks, ID numbers."""

from __future__ import annotations

import datetime as dt
import os
import random
from typing import Any

from counterdesk.domain.ids import check_resident_id


class SequentialIds:
    """UUID texts in the version 7 layout (the seeding start in milliseconds, random bits,
    then a counter): they sort in the order they are made, so each bulk insert appends to
    the end of every key index instead of touching pages all over it."""

    def __init__(self, start: dt.datetime):
        millis = int(start.timestamp() * 1000) & (2**48 - 1)
        entropy = int.from_bytes(os.urandom(4), "big")
        stamp = f"{millis:012x}"
        self._prefix = (f"{stamp[:8]}-{stamp[8:]}-7{entropy & 0xFFF:03x}-"
                        f"{0x8000 | (entropy >> 12) & 0x3FFF:04x}-")
        self._count = 0

    def __call__(self) -> str:
        self._count += 1
        return f"{self._prefix}{self._count:012x}"


class Weights:
    """A weighted choice with its cumulative weights worked out once."""

    def __init__(self, weighted: tuple[tuple[Any, int], ...]):
        self.values = [value for value, _ in weighted]
        self.cumulative = []
        total = 0
        for _, weight in weighted:
            total += weight
            self.cumulative.append(total)

    def pick(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


def resident_ids(rng: random.Random, count: int) -> list[str]:
    """Resident ID numbers with a valid check digit, born 1950–2004 in the hall's county."""
    found: list[str] = []
    while len(found) < count:
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20000))
        body = f"370826{birth:%Y%m%d}{rng.randrange(1000):03d}"
        found += [body + check for check in "0123456789X"
                  if check_resident_id(body + check).valid][:1]
    return found
