"""Chinese words for the codes the domain hands over: defects, reject reasons, forms, dates."""

from __future__ import annotations

import datetime as dt

from counterdesk.domain.cases import ApplicantKind
from counterdesk.domain.catalog import ItemKind, MaterialForm
from counterdesk.domain.decision import RejectReason
from counterdesk.domain.defects import Defect
from counterdesk.domain.documents import (
    CopyKind,
    DocumentType,
    ItemInfo,
    RejectionNotice,
)
from counterdesk.domain.refusal_grounds import (
    RefusalGround,
    StatedGround,
    ground_basis,
    receiving_citation,
)

DOCUMENT_TITLES: dict[DocumentType, str] = {
    DocumentType.ACCEPTANCE_RECEIPT: "受理通知书",
    DocumentType.SUPPLEMENT_NOTICE: "一次性告知书（补正材料通知书）",
    DocumentType.REJECTION_NOTICE: "不予受理通知书",
    DocumentType.MATERIALS_LIST: "材料接收凭证",
    DocumentType.GUIDE_SHEET: "办事指南告知单",
    DocumentType.REVOCATION_NOTICE: "撤销不予受理决定通知书",
    DocumentType.PLEDGE_LETTER: "承诺书",  # 容缺受理承诺书 or 告知承诺书 (printing/aftercare.py)
    DocumentType.EXTENSION_NOTICE: "延长办理期限告知书",
    DocumentType.PAUSE_NOTICE: "除外时间告知书",
}

COPY_LABELS: dict[CopyKind, str] = {
    CopyKind.APPLICANT: "申请人联",
    CopyKind.ARCHIVE: "存根联",
}

DEFECT_WORDS: dict[Defect, str] = {
    Defect.MISSING: "未提交",
    Defect.WRONG_FORM: "形式不符（如应交原件却交复印件）",
    Defect.TOO_FEW_COPIES: "份数不足",
    Defect.UNSIGNED: "缺少签字",
    Defect.FILL_ERROR: "填写错误",
    Defect.UNSEALED: "缺少盖章",
    Defect.EXPIRED: "超过有效期",
    Defect.ILLEGIBLE: "内容不清",
    Defect.INCONSISTENT: "信息不一致",
}

FORM_WORDS: dict[MaterialForm, str] = {
    MaterialForm.ORIGINAL: "原件",
    MaterialForm.COPY: "复印件",
    MaterialForm.ORIGINAL_AND_COPY: "原件和复印件",
    MaterialForm.INSPECT_ORIGINAL: "查验原件（核对后退还）",
    MaterialForm.ELECTRONIC: "电子材料",
}

ITEM_KIND_WORDS: dict[ItemKind, str] = {
    ItemKind.IMMEDIATE: "即办件",
    ItemKind.PROMISED: "承诺件",
}

APPLICANT_ID_LABELS: dict[ApplicantKind, str] = {
    ApplicantKind.PERSON: "身份证件号码",
    ApplicantKind.ORG: "统一社会信用代码",
}

# 行政许可法 第三十二条第一款 (一)(二) and 第七十八条: the situations in which a licence
# application is not accepted, in the law's own words.
LICENCE_GROUND_WORDS: dict[RefusalGround, str] = {
    RefusalGround.NO_PERMIT_NEEDED: "申请事项依法不需要取得行政许可的",
    RefusalGround.OUT_OF_JURISDICTION: "申请事项依法不属于本行政机关职权范围的",
    RefusalGround.FALSE_MATERIALS: "申请人隐瞒有关情况或者提供虚假材料申请行政许可的",
}
# The same situations for an item that is not a licence, in words that do not speak of a
# 行政许可.
OTHER_GROUND_WORDS: dict[RefusalGround, str] = {
    RefusalGround.NO_PERMIT_NEEDED: "申请事项依法无需办理本事项的",
    RefusalGround.OUT_OF_JURISDICTION: "申请事项依法不属于本机关职权范围的",
    RefusalGround.FALSE_MATERIALS: "申请人隐瞒有关情况或者提供虚假材料申请的",
}

PROVISIONAL_MARK = "暂计"
PROVISIONAL_NOTE = ("注：标注“暂计”的日期所在年度的节假日安排尚未公布，暂按《全国年节及纪念日"
                    "放假办法》规定的法定节假日计算；国务院公布该年度节假日安排后，以公布的安排为准。")


def step_citation(item: ItemInfo, clause: str) -> str | None:
    """The rule a document cites for one step of receiving an application (see
    refusal_grounds.receiving_citation: never 行政许可法 for an item that is not a licence)."""
    return receiving_citation(item.is_licence, item.procedure_basis, clause)


def according_to(citation: str | None) -> str:
    return f"根据{citation}的规定，" if citation else ""


def notice_period(item: ItemInfo) -> str:
    """When the office had to tell an incomplete application what is missing."""
    if item.notice_on_the_spot:
        return "当场"
    return f"自收到申请材料之日起{item.notice_days}个工作日内"


def dated(day: dt.date, provisional: bool, inclusive: bool = True) -> str:
    """A deadline in one form everywhere: 2026年10月13日（含）, marked when provisional."""
    marks = [mark for mark, on in (("含", inclusive), (PROVISIONAL_MARK, provisional)) if on]
    return cn_date(day) + (f"（{'，'.join(marks)}）" if marks else "")

RECONSIDERATION_LAW = "《中华人民共和国行政复议法》第二十条"
LITIGATION_LAW = "《中华人民共和国行政诉讼法》第四十六条"

NOTICE_IS_COMPLETE = "本通知一次性告知全部需补正的材料"
IMMEDIATE_PROMISE = "即办（当场办结）"


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def days(count: int) -> str:
    return f"{count}个工作日"


def requirement(form: MaterialForm, copies: int, max_age_days: int | None,
                notes: str = "") -> str:
    """What exactly to bring: form, number of copies, validity and the guide's note."""
    parts = [FORM_WORDS[form]]
    if form != MaterialForm.INSPECT_ORIGINAL and copies > 0:
        parts.append(f"{copies}份")
    if max_age_days is not None:
        parts.append(f"须为提交前{max_age_days}日内出具")
    if notes:
        parts.append(notes)
    return "，".join(parts)


def reject_ground(notice: RejectionNotice) -> tuple[str, str | None]:
    """The refusal's ground in words and the rule it cites (None: the guide names none).

    A window refuses on art. 32 ¶1 (一)(二) only; an upheld escalation on the ground the
    supervisor chose. An upheld escalation issued before grounds were recorded prints its
    reasons and no basis rather than one it never had."""
    item = notice.item
    if notice.reason == RejectReason.ESCALATION_UPHELD:
        if notice.ground is None:
            return notice.stated_reason, None
        stated = notice.ground
    else:
        stated = StatedGround(RefusalGround(notice.reason.value))
    basis = ground_basis(stated, item.is_licence, item.procedure_basis)
    if stated.ground == RefusalGround.OTHER:
        return notice.stated_reason, basis
    ground_words = LICENCE_GROUND_WORDS if item.is_licence else OTHER_GROUND_WORDS
    return ground_words[stated.ground], basis


def reject_statement(notice: RejectionNotice) -> str:
    ground, basis = reject_ground(notice)
    decided = f"{according_to(basis)}本机关决定不予受理。"
    if notice.reason != RejectReason.ESCALATION_UPHELD:
        return f"经审查，你（单位）的申请属于“{ground}”情形，{decided}"
    facts = f"{notice.stated_reason.strip().rstrip('。')}。"
    if notice.ground is None or notice.ground.ground == RefusalGround.OTHER:
        return facts + decided
    return f"{facts}你（单位）的申请属于“{ground}”情形，{decided}"


def remedies(reconsideration_body: str, court: str) -> tuple[str, str]:
    """The two remedies every rejection must name (行政复议法 art. 20, 行政诉讼法 art. 46)."""
    return (
        f"如不服本决定，可以自收到本通知书之日起六十日内向{reconsideration_body}申请行政复议"
        f"（{RECONSIDERATION_LAW}）；",
        f"也可以自知道或者应当知道本决定之日起六个月内向{court}提起行政诉讼"
        f"（{LITIGATION_LAW}）。",
    )

SPECIMEN_MARK = "样张：未登记，不作为受理凭证"
