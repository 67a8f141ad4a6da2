"""Chinese words for the codes the domain hands over: defects, reject reasons, forms, dates."""

from __future__ import annotations

import datetime as dt

from counterdesk.domain.catalog import ItemKind, MaterialForm
from counterdesk.domain.decision import RejectReason
from counterdesk.domain.defects import Defect
from counterdesk.domain.documents import ApplicantKind, CopyKind, DocumentType

DOCUMENT_TITLES: dict[DocumentType, str] = {
    DocumentType.ACCEPTANCE_RECEIPT: "受理通知书",
    DocumentType.SUPPLEMENT_NOTICE: "一次性告知书（补正材料通知书）",
    DocumentType.REJECTION_NOTICE: "不予受理通知书",
    DocumentType.MATERIALS_LIST: "材料接收清单",
    DocumentType.GUIDE_SHEET: "办事指南告知单",
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

LICENSING_LAW = "《中华人民共和国行政许可法》"

# 行政许可法 第三十二条第一款: the two grounds on which a window may refuse to accept.
REJECT_GROUNDS: dict[RejectReason, tuple[str, str]] = {
    RejectReason.NO_PERMIT_NEEDED: (
        "申请事项依法不需要取得行政许可的",
        f"{LICENSING_LAW}第三十二条第一款第（一）项",
    ),
    RejectReason.OUT_OF_JURISDICTION: (
        "申请事项依法不属于本行政机关职权范围的",
        f"{LICENSING_LAW}第三十二条第一款第（二）项",
    ),
    # The window may not refuse on other grounds; the office's supervisor reviewed the
    # escalated refusal and upheld it, with reasons printed from the decision.
    RejectReason.ESCALATION_UPHELD: (
        "经窗口否决报备，本机关督查复核后维持不予受理",
        "本机关复核决定（理由见上）",
    ),
}

SUPPLEMENT_GROUND = f"{LICENSING_LAW}第三十二条第一款第（四）项"
ACCEPT_GROUND = f"{LICENSING_LAW}第三十二条第一款第（五）项"

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


def reject_statement(reason: RejectReason, stated_reason: str = "") -> str:
    if reason == RejectReason.ESCALATION_UPHELD:
        return f"{stated_reason.rstrip('。')}。经本机关复核，决定不予受理。"
    ground, article = REJECT_GROUNDS[reason]
    return f"经审查，你（单位）的申请属于“{ground}”情形，根据{article}的规定，本机关决定不予受理。"


def remedies(reconsideration_body: str, court: str) -> tuple[str, str]:
    """The two remedies every rejection must name (行政复议法 art. 20, 行政诉讼法 art. 46)."""
    return (
        f"如不服本决定，可以自收到本通知书之日起六十日内向{reconsideration_body}申请行政复议"
        f"（{RECONSIDERATION_LAW}）；",
        f"也可以自知道或者应当知道本决定之日起六个月内向{court}提起行政诉讼"
        f"（{LITIGATION_LAW}）。",
    )

SPECIMEN_MARK = "样张：未登记，不作为受理凭证"
