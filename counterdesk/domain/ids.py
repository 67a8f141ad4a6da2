"""Identity numbers: resident ID (GB 11643-1999) and unified social credit code (GB 32100-2015)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class IdKind(StrEnum):
    RESIDENT_ID = "resident_id"
    USCC = "uscc"
    UNKNOWN = "unknown"


class IdReason(StrEnum):
    """Why a number failed; None on the result means it passed."""

    EMPTY = "empty"
    LENGTH = "length"
    CHARSET = "charset"
    REGION = "region"
    BIRTH_DATE = "birth_date"
    CHECKSUM = "checksum"


@dataclass(frozen=True)
class IdCheck:
    kind: IdKind
    valid: bool
    reason: IdReason | None
    normalized: str

    @property
    def checksum_only(self) -> bool:
        """Failed only on the check digit: real documents with such numbers exist, so the
        intake warns and lets the clerk confirm instead of blocking."""
        return self.reason == IdReason.CHECKSUM


_RID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RID_CHECK = "10X98765432"
# First two digits: province-level divisions (GB/T 2260), plus 83 for the
# residence permits of Taiwan residents (国务院令第663号 style numbers use 81-83).
_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {ch: index for index, ch in enumerate(_USCC_CHARS)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def normalize(value: str) -> str:
    return "".join(value.split()).upper()


def check_resident_id(value: str, today: dt.date | None = None) -> IdCheck:
    number = normalize(value)
    kind = IdKind.RESIDENT_ID

    def fail(reason: IdReason) -> IdCheck:
        return IdCheck(kind, False, reason, number)

    if not number:
        return fail(IdReason.EMPTY)
    if len(number) != 18:
        return fail(IdReason.LENGTH)
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return fail(IdReason.CHARSET)
    if number[:2] not in _PROVINCES:
        return fail(IdReason.REGION)
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return fail(IdReason.BIRTH_DATE)
    if birth.year < 1880 or (today is not None and birth > today):
        return fail(IdReason.BIRTH_DATE)
    total = sum(int(digit) * weight for digit, weight in zip(number, _RID_WEIGHTS, strict=False))
    if _RID_CHECK[total % 11] != number[17]:
        return fail(IdReason.CHECKSUM)
    return IdCheck(kind, True, None, number)


def check_uscc(value: str) -> IdCheck:
    code = normalize(value)
    kind = IdKind.USCC

    def fail(reason: IdReason) -> IdCheck:
        return IdCheck(kind, False, reason, code)

    if not code:
        return fail(IdReason.EMPTY)
    if len(code) != 18:
        return fail(IdReason.LENGTH)
    if any(ch not in _USCC_VALUE for ch in code):
        return fail(IdReason.CHARSET)
    total = sum(_USCC_VALUE[ch] * w for ch, w in zip(code, _USCC_WEIGHTS, strict=False))
    expected = _USCC_CHARS[(31 - total % 31) % 31]
    if code[17] != expected:
        return fail(IdReason.CHECKSUM)
    return IdCheck(kind, True, None, code)


def check_any(value: str, today: dt.date | None = None) -> IdCheck:
    """Tell which kind of number this is and whether it is valid."""
    number = normalize(value)
    if not number:
        return IdCheck(IdKind.UNKNOWN, False, IdReason.EMPTY, number)
    resident = check_resident_id(number, today)
    if resident.valid:
        return resident
    uscc = check_uscc(number)
    if uscc.valid:
        return uscc
    if len(number) != 18:
        return IdCheck(IdKind.UNKNOWN, False, IdReason.LENGTH, number)
    if number[:17].isdigit():
        return resident
    if all(ch in _USCC_VALUE for ch in number):
        return uscc
    return IdCheck(IdKind.UNKNOWN, False, IdReason.CHARSET, number)


def mask_id(number: str, keep_head: int = 6, keep_tail: int = 4) -> str:
    """Mask the middle of an identity number, e.g. 110101********1234."""
    if len(number) <= keep_head + keep_tail:
        return "*" * len(number)
    return number[:keep_head] + "*" * (len(number) - keep_head - keep_tail) + number[-keep_tail:]
