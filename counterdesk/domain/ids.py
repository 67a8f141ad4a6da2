"""Identity numbers: the resident ID (GB 11643-1999) and the cards numbered like it, passports,
and the unified social credit code (GB 32100-2015)."""

from __future__ import annotations

import datetime as dt
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from counterdesk.domain.nationalities import FOREIGN_NATIONALITIES


class IdKind(StrEnum):
    RESIDENT_ID = "resident_id"
    # 外国人永久居留身份证, 2023 version: 9, issuing province, nationality, birth date,
    # sequence and a GB 11643 check character.
    FOREIGN_PERMANENT_RESIDENT = "foreign_permanent_resident"
    # 港澳台居民居住证 (国办发〔2018〕81号): 810000 / 820000 / 830000, birth date, sequence
    # and a GB 11643 check character.
    HK_MACAU_TAIWAN_RESIDENCE = "hk_macau_taiwan_residence"
    PASSPORT = "passport"
    USCC = "uscc"
    UNKNOWN = "unknown"


class IdReason(StrEnum):
    """Why a number failed; None on the result means it passed."""

    EMPTY = "empty"
    LENGTH = "length"
    CHARSET = "charset"
    PREFIX = "prefix"  # the leading digits are not the ones this kind of card carries
    REGION = "region"
    NATIONALITY = "nationality"
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
# residence permits of Taiwan residents (国务院令第663号 style numbers use 81-83). The resident
# ID check keeps accepting the permits' 81-83, as it did before they had a kind of their own,
# so numbers registered that way still check; check_any tells them apart. The foreign
# permanent resident's card names its issuing province from the same table.
_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
# The whole address code of a residence permit names only the region the holder is from.
_HMT_RESIDENCE_PREFIXES = frozenset({"810000", "820000", "830000"})
_PASSPORT_CHARS = frozenset(string.ascii_uppercase + string.digits)
PASSPORT_LENGTHS = range(5, 18)

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {ch: index for index, ch in enumerate(_USCC_CHARS)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def normalize(value: str) -> str:
    return "".join(value.split()).upper()


def _check_character(body: str) -> str:
    """The GB 11643 MOD 11-2 check character of the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(body, _RID_WEIGHTS, strict=True))
    return _RID_CHECK[total % 11]


def _check_gb11643(kind: IdKind, value: str, today: dt.date | None,
                   head_problem: Callable[[str], IdReason | None]) -> IdCheck:
    """The 18-character layout the resident ID and the cards numbered like it share: a
    six-digit head (each kind its own rule), birth date, sequence, check character."""
    number = normalize(value)

    def fail(reason: IdReason) -> IdCheck:
        return IdCheck(kind, False, reason, number)

    if not number:
        return fail(IdReason.EMPTY)
    if len(number) != 18:
        return fail(IdReason.LENGTH)
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return fail(IdReason.CHARSET)
    problem = head_problem(number[:6])
    if problem is not None:
        return fail(problem)
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return fail(IdReason.BIRTH_DATE)
    if birth.year < 1880 or (today is not None and birth > today):
        return fail(IdReason.BIRTH_DATE)
    if _check_character(number[:17]) != number[17]:
        return fail(IdReason.CHECKSUM)
    return IdCheck(kind, True, None, number)


def _resident_head(head: str) -> IdReason | None:
    return None if head[:2] in _PROVINCES else IdReason.REGION


def _foreign_permanent_head(head: str) -> IdReason | None:
    if head[0] != "9":
        return IdReason.PREFIX
    if head[1:3] not in _PROVINCES:
        return IdReason.REGION
    if head[3:6] not in FOREIGN_NATIONALITIES:
        return IdReason.NATIONALITY
    return None


def _hmt_residence_head(head: str) -> IdReason | None:
    return None if head in _HMT_RESIDENCE_PREFIXES else IdReason.PREFIX


def check_resident_id(value: str, today: dt.date | None = None) -> IdCheck:
    return _check_gb11643(IdKind.RESIDENT_ID, value, today, _resident_head)


def check_foreign_permanent_resident(value: str, today: dt.date | None = None) -> IdCheck:
    return _check_gb11643(IdKind.FOREIGN_PERMANENT_RESIDENT, value, today,
                          _foreign_permanent_head)


def check_hk_macau_taiwan_residence(value: str, today: dt.date | None = None) -> IdCheck:
    return _check_gb11643(IdKind.HK_MACAU_TAIWAN_RESIDENCE, value, today, _hmt_residence_head)


def check_passport(value: str) -> IdCheck:
    """Passports follow no common numbering or check digit across countries: only the form
    is checked (letters and digits, 5 to 17 of them)."""
    number = normalize(value)

    def fail(reason: IdReason) -> IdCheck:
        return IdCheck(IdKind.PASSPORT, False, reason, number)

    if not number:
        return fail(IdReason.EMPTY)
    if any(ch not in _PASSPORT_CHARS for ch in number):
        return fail(IdReason.CHARSET)
    if len(number) not in PASSPORT_LENGTHS:
        return fail(IdReason.LENGTH)
    return IdCheck(IdKind.PASSPORT, True, None, number)


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


_CHECKS: dict[IdKind, Callable[[str, dt.date | None], IdCheck]] = {
    IdKind.RESIDENT_ID: check_resident_id,
    IdKind.FOREIGN_PERMANENT_RESIDENT: check_foreign_permanent_resident,
    IdKind.HK_MACAU_TAIWAN_RESIDENCE: check_hk_macau_taiwan_residence,
    IdKind.PASSPORT: lambda value, _today: check_passport(value),
    IdKind.USCC: lambda value, _today: check_uscc(value),
}


def check_as(kind: str, value: str, today: dt.date | None = None) -> IdCheck | None:
    """Check a number as the kind the clerk chose; None for a kind with no rule (其他证件)."""
    try:
        rule = _CHECKS.get(IdKind(kind))
    except ValueError:
        return None
    return rule(value, today) if rule is not None else None


def kind_by_shape(value: str) -> IdKind | None:
    """Which GB 11643-numbered card an 18-character number is, by its leading digits alone:
    9 starts a foreign permanent resident's card, 810000 / 820000 / 830000 a residence
    permit, anything else a resident ID. None when it is not such a number at all."""
    number = normalize(value)
    if len(number) != 18 or not number[:17].isdigit():
        return None
    if number[0] == "9":
        return IdKind.FOREIGN_PERMANENT_RESIDENT
    if number[:6] in _HMT_RESIDENCE_PREFIXES:
        return IdKind.HK_MACAU_TAIWAN_RESIDENCE
    return IdKind.RESIDENT_ID


def check_any(value: str, today: dt.date | None = None) -> IdCheck:
    """Tell which kind of number this is and whether it is valid. Passports have no form of
    their own to recognise them by, so only a clerk's choice makes a number one."""
    number = normalize(value)
    if not number:
        return IdCheck(IdKind.UNKNOWN, False, IdReason.EMPTY, number)
    shaped = kind_by_shape(number)
    by_shape = _CHECKS[shaped](number, today) if shaped is not None else None
    if by_shape is not None and by_shape.valid:
        return by_shape
    uscc = check_uscc(number)
    if uscc.valid:
        return uscc
    if len(number) != 18:
        return IdCheck(IdKind.UNKNOWN, False, IdReason.LENGTH, number)
    if by_shape is not None:
        return by_shape
    if all(ch in _USCC_VALUE for ch in number):
        return uscc
    return IdCheck(IdKind.UNKNOWN, False, IdReason.CHARSET, number)


def holder_name_key(name: str) -> str:
    """A name as two registrations of one person are compared: width, case, spaces and the
    separating dot of transliterated names (约翰·史密斯, JOHN SMITH) do not tell people apart."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "·•・.")


# What of a personal ID number may leave the hall (the applicant's copy of a document, an
# export without --full-ids): its last 4 characters, as the documents always printed it.
RELEASED_TAIL = 4


def release_id(number: str) -> str:
    """The one masking style for an ID number outside the hall: ************002X. Printed
    documents and exports both call this, so a number reads the same on paper and in a file."""
    return mask_id(number, keep_head=0, keep_tail=RELEASED_TAIL)


def mask_id(number: str, keep_head: int = 6, keep_tail: int = 4) -> str:
    """Mask the middle of an identity number, e.g. 110101********1234."""
    if len(number) <= keep_head + keep_tail:
        return "*" * len(number)
    return number[:keep_head] + "*" * (len(number) - keep_head - keep_tail) + number[-keep_tail:]
