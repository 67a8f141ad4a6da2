"""What each printed document says, as plain frozen data (the printing layer's only input).

Codes stay codes here (defects, reject reasons, material forms); `printing/` turns them into
words. 行政许可法 art. 32 last paragraph: accepting or not accepting is answered with a
dated written certificate bearing the office's seal, so every document carries a header with
its number (文号), date and office.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from counterdesk.domain.cases import Applicant
from counterdesk.domain.catalog import (
    LICENSING_LAW_BASIS,
    Category,
    ItemKind,
    Material,
    MaterialForm,
    NoticeTiming,
    Question,
    ServiceItem,
)
from counterdesk.domain.decision import RejectReason
from counterdesk.domain.defects import Defect
from counterdesk.domain.refusal_grounds import (
    RefusalGround,
    RefusalGroundError,
    StatedGround,
    checked_ground,
)


class DocumentType(StrEnum):
    ACCEPTANCE_RECEIPT = "acceptance_receipt"  # 受理通知书
    SUPPLEMENT_NOTICE = "supplement_notice"  # 一次性告知书（补正材料通知书）
    REJECTION_NOTICE = "rejection_notice"  # 不予受理通知书
    MATERIALS_LIST = "materials_list"  # 材料接收清单
    GUIDE_SHEET = "guide_sheet"  # 办事指南告知单, a consultation handout
    REVOCATION_NOTICE = "revocation_notice"  # 撤销不予受理决定通知书
    PLEDGE_LETTER = "pledge_letter"  # 容缺受理承诺书 / 告知承诺书, signed by the applicant
    EXTENSION_NOTICE = "extension_notice"  # 延长办理期限告知书 (行政许可法 art. 42)
    PAUSE_NOTICE = "pause_notice"  # 除外时间告知书 (行政许可法 art. 45)


class CopyKind(StrEnum):
    APPLICANT = "applicant"  # 申请人联: leaves the hall, so personal numbers are masked
    ARCHIVE = "archive"  # 存根联: stays in the case file, in full



BOTH_COPIES: tuple[CopyKind, ...] = (CopyKind.APPLICANT, CopyKind.ARCHIVE)


@dataclass(frozen=True)
class DocumentHeader:
    """Fields every document prints: who issued it, its number and which copies to print."""

    doc_type: DocumentType
    # 本机关: the body that decides and seals (the item's 实施主体), and its seal text.
    office_name: str
    seal_text: str
    doc_number: str
    tracking_number: str
    issued_on: dt.date
    clerk_name: str
    clerk_phone: str = ""
    reprinted_on: dt.date | None = None
    copies: tuple[CopyKind, ...] = BOTH_COPIES
    # A specimen (样张) is rendered outside the case log, e.g. by `counterdesk render`; it
    # carries no document number and is marked invalid on every page so it is never handed
    # out as a decision.
    specimen: bool = False
    # The hall where the application was received, when it is not itself the issuer.
    received_at: str = ""

    @property
    def is_reprint(self) -> bool:
        """A reprint (补打) is marked on the page; the original's number and date stay."""
        return self.reprinted_on is not None


@dataclass(frozen=True)
class ItemInfo:
    """The service item as its guide version stood when the case was received."""

    code: str
    name: str
    version: dt.date
    department: str
    kind: ItemKind
    legal_limit_days: int
    promised_limit_days: int
    window: str = ""
    fee: str = ""
    legal_basis: tuple[str, ...] = ()
    reconsideration_body: str = ""
    court: str = ""
    phones: Mapping[str, str] = field(default_factory=dict)
    # The item's category and procedure decide which rule a document cites. The defaults
    # are those of a licence, as every document issued before categories existed was.
    category: Category = Category.LICENSE
    procedure_basis: str | None = LICENSING_LAW_BASIS
    notice_on_the_spot: bool = False
    notice_days: int = 5
    deemed_accepted: bool = True

    @property
    def is_licence(self) -> bool:
        return self.category == Category.LICENSE

    @classmethod
    def from_catalog(cls, item: ServiceItem) -> ItemInfo:
        procedure = item.procedure
        return cls(
            code=item.code, name=item.name, version=item.version, department=item.department,
            kind=item.kind, legal_limit_days=item.legal_limit_days,
            promised_limit_days=item.promised_limit_days, window=item.window, fee=item.fee,
            legal_basis=item.legal_basis, reconsideration_body=item.reconsideration_body,
            court=item.court, phones=dict(item.phones), category=item.category,
            procedure_basis=procedure.basis,
            notice_on_the_spot=procedure.notice == NoticeTiming.ON_THE_SPOT,
            notice_days=procedure.notice_days, deemed_accepted=procedure.deemed_accepted,
        )


@dataclass(frozen=True)
class ReceivedMaterial:
    """One material handed in at the window; `pages` only when the clerk counted them."""

    name: str
    form: MaterialForm
    copies: int
    pages: int | None = None


@dataclass(frozen=True)
class AcceptanceReceipt:
    header: DocumentHeader
    applicant: Applicant
    item: ItemInfo
    accepted_on: dt.date
    # None for 即办件, which finish on the day of acceptance.
    promised_date: dt.date | None
    materials_received: tuple[ReceivedMaterial, ...] = ()
    # Accepted because the office did not notify in time (行政许可法 art. 32 ¶1(4) and rules
    # like it): the receipt says so, with the day the notice was due.
    deemed_accepted: bool = False
    notice_due: dt.date | None = None
    # promised_date falls in a year whose holiday schedule is not published yet.
    provisional: bool = False
    # 容缺受理 ("tolerance") or 告知承诺 ("commitment"): accepted on the applicant's signed
    # pledge or commitment for these materials (the pledge letter lists their days).
    pledge: str = ""
    pledged_materials: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoticeProblem:
    """One defect of one material and what the applicant must bring instead."""

    material_name: str
    defect: Defect
    form: MaterialForm
    copies: int
    max_age_days: int | None = None
    notes: str = ""
    # What exactly is wrong, in the clerk's words (e.g. 第3页缺少申请人签字).
    detail: str = ""


@dataclass(frozen=True)
class SupplementNotice:
    header: DocumentHeader
    applicant: Applicant
    item: ItemInfo
    received_on: dt.date
    notice_due: dt.date
    problems: tuple[NoticeProblem, ...]
    provisional: bool = False
    # The materials received with no problem: the office keeps them, and the notice says so
    # (查验原件 among them were inspected and handed back).
    kept: tuple[ReceivedMaterial, ...] = ()


@dataclass(frozen=True)
class RejectionNotice:
    header: DocumentHeader
    applicant: Applicant
    item: ItemInfo
    received_on: dt.date
    reason: RejectReason
    # art. 32 ¶1 (二): the office the applicant should apply to instead.
    competent_office: str = ""
    legal_basis: tuple[str, ...] = ()
    reconsideration_body: str = ""
    court: str = ""
    # An upheld escalation: the supervisor's findings, and the lawful ground they fall
    # under (documents issued before grounds existed have none, and print no basis).
    stated_reason: str = ""
    ground: StatedGround | None = None

    @property
    def names_competent_office(self) -> bool:
        """art. 32 ¶1 (二): the slip says where to apply instead."""
        return self.reason == RejectReason.OUT_OF_JURISDICTION or (
            self.ground is not None and self.ground.ground == RefusalGround.OUT_OF_JURISDICTION)


@dataclass(frozen=True)
class MaterialsList:
    """材料接收凭证: what was handed over and when, printed at receipt before any decision."""

    header: DocumentHeader
    applicant: Applicant
    item: ItemInfo
    received_on: dt.date
    materials: tuple[ReceivedMaterial, ...]
    # The time of receipt (HH:MM) when it was recorded; lists issued before have none.
    received_time: str = ""
    # 窗口否决报备: the matter went to a supervisor, and the applicant is answered in writing
    # by this day (the item's notice period from receipt).
    referred_for_review: bool = False
    answer_due: dt.date | None = None


@dataclass(frozen=True)
class GuideSheet:
    """Everything an applicant must bring for one item, handed out at a consultation."""

    header: DocumentHeader
    item: ItemInfo
    category: Category
    conditions: str
    questions: tuple[Question, ...]
    materials: tuple[Material, ...]
    applicant: Applicant | None = None

    @classmethod
    def from_catalog(cls, header: DocumentHeader, item: ServiceItem,
                     applicant: Applicant | None = None) -> GuideSheet:
        return cls(header=header, item=ItemInfo.from_catalog(item), category=item.category,
                   conditions=item.conditions, questions=item.questions,
                   materials=item.materials, applicant=applicant)


@dataclass(frozen=True)
class RevocationNotice:
    """撤销不予受理决定通知书: a supervisor found the window's refusal wrong; the application
    stands as received and continues from its receipt date."""

    header: DocumentHeader
    applicant: Applicant
    item: ItemInfo
    received_on: dt.date
    revoked_doc_number: str
    revoked_on: dt.date
    reasons: str


Document = (AcceptanceReceipt | SupplementNotice | RejectionNotice | MaterialsList | GuideSheet
            | RevocationNotice)


def rejection_for(header: DocumentHeader, applicant: Applicant, item: ServiceItem,
                  received_on: dt.date, reason: RejectReason,
                  competent_office: str = "") -> RejectionNotice:
    """A rejection whose legal basis and remedies come from the item's guide."""
    return RejectionNotice(
        header=header, applicant=applicant, item=ItemInfo.from_catalog(item),
        received_on=received_on, reason=reason, competent_office=competent_office,
        legal_basis=item.legal_basis, reconsideration_body=item.reconsideration_body,
        court=item.court,
    )


class UnprintableDocumentError(ValueError):
    """A document lacks something the law requires it to print."""


class MissingRemedyError(UnprintableDocumentError):
    """A rejection cannot print without the bodies the applicant may turn to.

    行政复议法 art. 20 and 行政诉讼法 art. 46: the slip names the reconsideration body and
    the court, so the applicant knows where to challenge the decision.
    """

    def __init__(self, missing_field: str, item_code: str):
        self.field = missing_field
        self.item_code = item_code
        super().__init__(
            f"rejection for item {item_code} cannot print: catalog field "
            f"'{missing_field}' is empty (不予受理通知书缺少救济途径：{missing_field})"
        )


class MissingCompetentOfficeError(UnprintableDocumentError):
    """art. 32 ¶1 (二): an out-of-jurisdiction rejection must name where to apply instead."""

    def __init__(self, item_code: str):
        self.item_code = item_code
        super().__init__(
            f"rejection for item {item_code} (out_of_jurisdiction) cannot print without "
            f"competent_office (须告知申请人向有关行政机关申请)"
        )


def remedies_required(category: Category) -> bool:
    """A 公共服务 is no administrative act: its rejection names reconsideration and a court
    only where the guide does (catalog-format.md); every other category must name both."""
    return category != Category.PUBLIC_SERVICE


def check_rejection_printable(notice: RejectionNotice) -> None:
    """Raise MissingRemedyError / MissingCompetentOfficeError unless the slip is complete."""
    if remedies_required(notice.item.category):
        for name in ("reconsideration_body", "court"):
            if not getattr(notice, name).strip():
                raise MissingRemedyError(name, notice.item.code)
    if notice.names_competent_office and not notice.competent_office.strip():
        raise MissingCompetentOfficeError(notice.item.code)
    if notice.reason == RejectReason.ESCALATION_UPHELD and not notice.stated_reason.strip():
        raise UnprintableDocumentError(
            f"rejection for item {notice.item.code} upheld after escalation needs the stated "
            f"reasons (不予受理须说明理由)")
    if notice.ground is not None:
        try:
            checked_ground(notice.ground, notice.item.is_licence)
        except RefusalGroundError as error:
            raise UnprintableDocumentError(
                f"rejection for item {notice.item.code} cannot print its ground: {error}"
            ) from error
