"""Checks of typed fields (names, phone numbers, dates) that return reason codes for the UI."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

MAX_NAME_LENGTH = 60
# Mobile numbers (11 digits from 13–19), landlines with an area code (0537-8000001,
# 05378000001), service numbers such as 12345 and 95xxx, and extensions (…-123 / 转123).
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")
_SERVICE = re.compile(r"(1\d{4}|9\d{4}|400\d{7}|800\d{7})")
_EXTENSION = re.compile(r"(?:-|转)\d{1,6}$")
# Middle dots used in transliterated names (维吾尔族、外籍人士): 阿依古丽·买买提.
_NAME_DOTS = "·•‧・"


@dataclass(frozen=True)
class FieldCheck:
    """`reason` is None when the value is fine; `value` is the value to store."""

    value: str
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


def check_person_name(text: str) -> FieldCheck:
    """A person's name: CJK (including rare characters outside the BMP such as 𠮷), Latin
    letters, and a middle dot between parts. Reasons: empty, too_long, bad_character,
    misplaced_dot."""
    name = unicodedata.normalize("NFC", " ".join(text.split()))
    for dot in _NAME_DOTS[1:]:
        name = name.replace(dot, "·")
    if not name:
        return FieldCheck(name, "empty")
    if len(name) > MAX_NAME_LENGTH:
        return FieldCheck(name, "too_long")
    if name.startswith("·") or name.endswith("·") or "··" in name:
        return FieldCheck(name, "misplaced_dot")
    for char in name:
        if char in "· " or char.isalpha() or unicodedata.category(char) == "Mn":
            continue
        return FieldCheck(name, "bad_character")
    return FieldCheck(name, None)


# A unit's registered name (统一社会信用代码 holders) is longer than a person's, but bounded:
# it prints in one table cell of every document.
MAX_ORG_NAME_LENGTH = 100


def check_org_name(text: str) -> FieldCheck:
    """A unit's name as registered: any printable text up to MAX_ORG_NAME_LENGTH characters.
    Reasons: empty, too_long, bad_character."""
    name = unicodedata.normalize("NFC", " ".join(text.split()))
    if not name:
        return FieldCheck(name, "empty")
    if len(name) > MAX_ORG_NAME_LENGTH:
        return FieldCheck(name, "too_long")
    if not name.isprintable():
        return FieldCheck(name, "bad_character")
    return FieldCheck(name, None)


def check_phone(text: str) -> FieldCheck:
    """A contact phone; empty is allowed (not every applicant leaves one). Reasons:
    bad_character, bad_format."""
    phone = "".join(text.split()).replace("（", "(").replace("）", ")")
    phone = phone.replace("(", "").replace(")", "-") if phone.startswith("(") else phone
    if phone.startswith("+86"):
        phone = phone[3:].lstrip("-")
    if not phone:
        return FieldCheck("", None)
    main = _EXTENSION.sub("", phone) if _LANDLINE.match(phone) else phone
    if not re.fullmatch(r"[\d-]+", main):
        return FieldCheck(phone, "bad_character")
    if _MOBILE.fullmatch(main) or _LANDLINE.fullmatch(main) or _SERVICE.fullmatch(main):
        return FieldCheck(phone, None)
    return FieldCheck(phone, "bad_format")


def check_date(text: str, earliest: dt.date | None = None, latest: dt.date | None = None
               ) -> tuple[dt.date | None, str | None]:
    """A date typed as 2026-09-30, 2026/9/30, 2026.9.30 or 2026年9月30日. Reasons: empty,
    bad_format, no_such_day, too_early, too_late."""
    cleaned = text.strip()
    if not cleaned:
        return None, "empty"
    match = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", cleaned)
    if not match:
        return None, "bad_format"
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None, "no_such_day"
    if earliest is not None and day < earliest:
        return day, "too_early"
    if latest is not None and day > latest:
        return day, "too_late"
    return day, None
