"""一次性告知书 (all problems at once, art. 32 ¶1 (四)) and 不予受理通知书 with remedies."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from counterdesk.domain.decision import RejectReason
from counterdesk.domain.documents import CopyKind, RejectionNotice, SupplementNotice
from counterdesk.printing import words
from counterdesk.printing.layout import (
    CONTENT_WIDTH,
    applicant_rows,
    closing,
    grid_table,
    heading,
    kv_table,
    opening,
    section,
    styles,
)
from counterdesk.printing.lines import TextBlock
from counterdesk.printing.receipts import item_rows, phone_rows


def supplement_story(notice: SupplementNotice, copy: CopyKind) -> list[Flowable]:
    st = styles()
    header, item = notice.header, notice.item
    title = words.DOCUMENT_TITLES[header.doc_type]
    received = words.cn_date(notice.received_on)
    name = notice.applicant.name
    statement = (
        f"本机关于{received}收到你（单位）提交的“{item.name}”申请材料。经审查，"
        f"申请材料不齐全或者不符合法定形式，根据{words.SUPPLEMENT_GROUND}的规定，"
        f"现将需要补正的全部内容一次性告知如下（共{len(notice.problems)}项）："
    )
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        applicant_rows(notice.applicant, copy),
        *item_rows(item),
        [("收到材料日期", received), ("告知期限", f"{words.cn_date(notice.notice_due)}（含）")],
        phone_rows(item),
    ]
    problems = [
        (str(index), p.material_name, words.DEFECT_WORDS[p.defect],
         words.requirement(p.form, p.copies, p.max_age_days, p.notes))
        for index, p in enumerate(notice.problems, start=1)
    ]
    widths = [12 * mm, 58 * mm, 36 * mm, CONTENT_WIDTH - 106 * mm]
    closing_words = (
        f"{words.NOTICE_IS_COMPLETE}，共{len(notice.problems)}项，本机关不再要求补正本通知以外的"
        f"材料。你（单位）按本通知要求提交全部补正材料后，本机关即予受理，受理日期以补齐全部材料"
        f"之日为准；补正时请携带本通知书。本通知书依法应最迟于{words.cn_date(notice.notice_due)}"
        f"（收到申请材料之日起第五个工作日）告知，逾期未告知的，自收到申请材料之日起即为受理。"
    )
    return [
        *heading(header, title), *opening(name, statement), kv_table(rows),
        section("需补正材料清单"),
        grid_table(["序号", "材料名称", "存在问题", "补正要求（形式、份数、有效期）"],
                   problems, widths),
        TextBlock(closing_words, st.after_table),
        closing(header, copy),
    ]


def rejection_story(notice: RejectionNotice, copy: CopyKind) -> list[Flowable]:
    st = styles()
    header, item = notice.header, notice.item
    title = words.DOCUMENT_TITLES[header.doc_type]
    received = words.cn_date(notice.received_on)
    ground, article = words.REJECT_GROUNDS[notice.reason]
    name = notice.applicant.name
    statement = (
        f"本机关于{received}收到你（单位）提出的“{item.name}”申请。"
        + words.reject_statement(notice.reason, notice.stated_reason)
    )
    body: list[Flowable] = [*heading(header, title), *opening(name, statement)]
    if notice.reason == RejectReason.OUT_OF_JURISDICTION:
        body.append(TextBlock(
            f"该申请事项请向{notice.competent_office}提出申请。", st.body))
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        applicant_rows(notice.applicant, copy),
        *item_rows(item),
        [("收到申请日期", received), ("决定日期", words.cn_date(header.issued_on))],
        [("不予受理理由", notice.stated_reason or ground)],
        [("法律依据", article)],
    ]
    if notice.reason == RejectReason.OUT_OF_JURISDICTION:
        rows.append([("有权受理机关", notice.competent_office)])
    if notice.legal_basis:
        rows.append([("事项设定依据", "；".join(notice.legal_basis))])
    reconsider, sue = words.remedies(notice.reconsideration_body, notice.court)
    body += [
        kv_table(rows),
        KeepTogether([
            section("救济途径"),
            TextBlock(reconsider + sue, st.body),
            kv_table([[("行政复议机关", notice.reconsideration_body)],
                      [("人民法院", notice.court)], phone_rows(item)]),
        ]),
        closing(header, copy),
    ]
    return body
