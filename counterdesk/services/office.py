"""Office settings (name, seal line, document number patterns, defaults) edited by an admin."""

from __future__ import annotations

import string
from dataclasses import dataclass, fields

from counterdesk.domain.ratings import MAX_FOLLOW_UP_DAYS
from counterdesk.domain.retention import parse_retention_years
from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.workspace import Workspace
from counterdesk.store.settings_repo import SettingsRepo

DOC_TYPES = ("acceptance_receipt", "supplement_notice", "rejection_notice", "materials_list",
             "guide_sheet", "revocation_notice", "pledge_letter", "extension_notice",
             "pause_notice")
_PATTERN_FIELDS = {"year", "seq", "office"}
_PRINTED_ON_EVERY_DOCUMENT = {"office_name", "office_short", "seal_text"}
# Yes/no settings, stored as "1" / "0".
_SWITCHES = {"office_is_issuer", "clerk_phone_printed", "backup_encryption_required"}


class SettingsError(ValueError):
    """A setting that cannot be used; the message names it and says what is allowed."""


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str = "政务服务中心"
    office_short: str = "政服"
    seal_text: str = "政务服务中心业务专用章"
    consult_phone: str = ""
    complaint_phone: str = "12345"
    reconsideration_body: str = ""
    court: str = ""
    idle_lock_minutes: int = 5
    # 好差评: a bad rating is followed up within this many working days (provinces set 3-15).
    rating_follow_up_days: int = 3
    language: str = "zh_CN"
    # GB/T 9704-2012 7.2.5: 年份、发文顺序号不编虚位 (1, not 0001).
    pattern_acceptance_receipt: str = "{office}受〔{year}〕{seq}号"
    pattern_supplement_notice: str = "{office}补〔{year}〕{seq}号"
    pattern_rejection_notice: str = "{office}不受〔{year}〕{seq}号"
    pattern_materials_list: str = "{office}收〔{year}〕{seq}号"
    pattern_guide_sheet: str = "{office}告〔{year}〕{seq}号"
    pattern_revocation_notice: str = "{office}撤〔{year}〕{seq}号"
    pattern_pledge_letter: str = "{office}诺〔{year}〕{seq}号"
    pattern_extension_notice: str = "{office}延〔{year}〕{seq}号"
    pattern_pause_notice: str = "{office}除〔{year}〕{seq}号"
    # "1": the hall is itself an issuer (行政审批局); items without an issuer are its own.
    office_is_issuer: str = "0"
    # "1": the clerk's own phone prints on documents (off: the consult phone only).
    clerk_phone_printed: str = "0"
    # Retention rule: personal data of cases finished more than this many years ago may be
    # anonymised (`counterdesk purge`); empty: no rule (domain/retention.py).
    retention_years: str = ""
    # "1": a backup copied out of the data folder (`backup --out`) must be encrypted.
    backup_encryption_required: str = "0"

    @property
    def issues_in_own_name(self) -> bool:
        return self.office_is_issuer == "1"

    @property
    def prints_clerk_phone(self) -> bool:
        return self.clerk_phone_printed == "1"

    def pattern(self, doc_type: str) -> str:
        return str(getattr(self, f"pattern_{doc_type}"))

    def doc_number(self, doc_type: str, year: int, seq: int) -> str:
        return self.pattern(doc_type).format(office=self.office_short, year=year, seq=seq)


def validate_pattern(pattern: str) -> None:
    """A number pattern must hold {seq} (else numbers repeat) and only known fields."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name}
    except ValueError as error:
        raise SettingsError(f"document number pattern {pattern!r} is malformed: {error}"
                            ) from None
    unknown = names - _PATTERN_FIELDS
    if unknown:
        raise SettingsError(f"document number pattern {pattern!r} uses unknown field(s) "
                            f"{', '.join(sorted(unknown))}; allowed: office, year, seq")
    try:
        pattern.format(office="X", year=2026, seq=1)
    except (ValueError, KeyError, IndexError) as error:
        raise SettingsError(f"document number pattern {pattern!r} is malformed: {error}"
                            ) from None
    for needed in ("seq", "year"):
        if needed not in names:
            # Without {year} the numbers of next year repeat this year's.
            raise SettingsError(f"document number pattern {pattern!r} needs {{{needed}}}")


class OfficeService:
    def __init__(self, space: Workspace):
        self.space = space

    def load(self) -> OfficeSettings:
        stored = SettingsRepo(self.space.db.conn).all()
        values: dict[str, object] = {}
        for spec in fields(OfficeSettings):
            if spec.name in stored:
                raw = stored[spec.name]
                values[spec.name] = int(raw) if spec.type in (int, "int") else raw
        return OfficeSettings(**values)  # type: ignore[arg-type]

    def save(self, admin: Actor, changes: dict[str, str]) -> OfficeSettings:
        require(admin, Role.ADMIN)
        known = {spec.name: spec for spec in fields(OfficeSettings)}
        for key, value in changes.items():
            if key not in known:
                raise SettingsError(f"unknown setting {key!r}")
            if key in _PRINTED_ON_EVERY_DOCUMENT and not value.strip():
                raise SettingsError(f"{key} is printed on every document and cannot be empty")
            if key.startswith("pattern_"):
                validate_pattern(value)
            if key == "retention_years":
                try:
                    parse_retention_years(value)
                except ValueError as error:
                    raise SettingsError(str(error)) from None
            if key in _SWITCHES and value not in ("0", "1"):
                raise SettingsError(f"{key} must be 0 (no) or 1 (yes)")
            if key == "rating_follow_up_days":
                if not value.isdigit() or not 1 <= int(value) <= MAX_FOLLOW_UP_DAYS:
                    raise SettingsError(f"{key} must be a whole number of working days from 1 "
                                        f"to {MAX_FOLLOW_UP_DAYS}")
            elif known[key].type in (int, "int"):
                if not value.isdigit() or not 1 <= int(value) <= 240:
                    raise SettingsError(f"{key} must be a whole number from 1 to 240")
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            repo = uow.settings
            for key, value in changes.items():
                repo.put(key, value)
            uow.audit(at=at, actor_id=admin.user_id, action="settings_change",
                      entity="settings", entity_id="office", details=dict(changes))
            uow.commit()
        return self.load()
