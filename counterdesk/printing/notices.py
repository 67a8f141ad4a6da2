"""一次性告知书 (all problems at once, art. 32 ¶1 (四)) and 不予受理通知书 with remedies."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from counterdesk.domain.catalog import MaterialForm
from counterdesk.domain.documents import (
    CopyKind,
    ReceivedMaterial,
    RejectionNotice,
    SupplementNotice,
)
from counterdesk.printing import words
from counterdesk.printing.layout import (
    CONTENT_WIDTH,
    closing,
    grid_table,
    heading,
    kv_table,
    opening,
    person_rows,
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
        f"申请材料不齐全或者不符合法定形式，"
        f"{words.according_to(words.step_citation(item, '四'))}"
        f"现将需要补正的全部内容一次性告知如下（共{len(notice.problems)}项）："
    )
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        *person_rows(notice.applicant, copy),
        *item_rows(item, header.received_at),
        [("收到材料日期", received),
         ("本机关告知期限", words.dated(notice.notice_due, notice.provisional))],
        phone_rows(item),
    ]
    problems = [
        (str(index), p.material_name,
         words.DEFECT_WORDS[p.defect] + (f"：{p.detail}" if p.detail else ""),
         words.requirement(p.form, p.copies, p.max_age_days, p.notes))
        for index, p in enumerate(notice.problems, start=1)
    ]
    widths = [12 * mm, 58 * mm, 36 * mm, CONTENT_WIDTH - 106 * mm]
    story: list[Flowable] = [
        *heading(header, title), *opening(name, statement), kv_table(rows),
        section("需补正材料清单"),
        grid_table(["序号", "材料名称", "存在问题", "补正要求（形式、份数、有效期）"],
                   problems, widths),
        TextBlock(supplement_closing(notice), st.after_table),
    ]
    if notice.provisional:
        story.append(TextBlock(words.PROVISIONAL_NOTE, st.after_table))
    story.append(closing(header, copy))
    return story


def supplement_closing(notice: SupplementNotice) -> str:
    """What happens next: no further requests (the supplements' own problems excepted), when
    the office had to tell, what a late notice means where the item's rule says so, and
    what became of the materials handed in."""
    item, count = notice.item, len(notice.problems)
    text = (f"{words.NOTICE_IS_COMPLETE}，共{count}项。除补正材料本身存在的问题外，本机关不再"
            f"要求补正本通知以外的材料。你（单位）按本通知要求提交全部补正材料后，本机关即予受理，"
            f"受理日期以补齐全部材料之日为准；补正时请携带本通知书。")
    if item.notice_on_the_spot:
        text += (f"依照规定，本通知书应于收到申请材料时当场"
                 f"（{words.cn_date(notice.received_on)}）告知")
        late = "未当场书面告知的，视为受理。"
    else:
        text += (f"依照规定，本通知书应于{words.notice_period(item)}告知，即最迟于"
                 f"{words.dated(notice.notice_due, notice.provisional)}告知")
        late = "逾期未告知的，自收到申请材料之日起即为受理。"
    text += "；" + late if item.deemed_accepted else "。"
    return text + materials_kept(notice.kept)


def materials_kept(kept: tuple[ReceivedMaterial, ...]) -> str:
    """What became of the materials handed in without a problem: the office keeps them,
    save originals that were only inspected (查验原件, catalog-format.md), handed back."""
    inspected = any(m.form == MaterialForm.INSPECT_ORIGINAL for m in kept)
    if any(m.form != MaterialForm.INSPECT_ORIGINAL for m in kept):
        return "已接收且无需补正的申请材料由本机关留存" + (
            "（查验的原件已当场退还）。" if inspected else "。")
    return "查验的原件已当场退还。" if inspected else ""


def rejection_story(notice: RejectionNotice, copy: CopyKind) -> list[Flowable]:
    st = styles()
    header, item = notice.header, notice.item
    title = words.DOCUMENT_TITLES[header.doc_type]
    received = words.cn_date(notice.received_on)
    ground, article = words.reject_ground(notice)
    name = notice.applicant.name
    statement = (
        f"本机关于{received}收到你（单位）提出的“{item.name}”申请。"
        + words.reject_statement(notice)
    )
    body: list[Flowable] = [*heading(header, title), *opening(name, statement)]
    if notice.names_competent_office:
        body.append(TextBlock(
            f"该申请事项请向{notice.competent_office}提出申请。", st.body))
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        *person_rows(notice.applicant, copy),
        *item_rows(item, header.received_at),
        [("收到申请日期", received), ("决定日期", words.cn_date(header.issued_on))],
        [("不予受理理由", ground)],
    ]
    if article:
        rows.append([("法律依据", article)])
    if notice.names_competent_office:
        rows.append([("有权受理机关", notice.competent_office)])
    if notice.legal_basis:
        rows.append([("事项设定依据", "；".join(notice.legal_basis))])
    body += [kv_table(rows), KeepTogether(remedy_block(notice)), closing(header, copy)]
    return body


def remedy_block(notice: RejectionNotice) -> list[Flowable]:
    """Reconsideration and court where the issuer's guide names them (every administrative
    act must); a 公共服务 without them prints the complaint phone only."""
    st = styles()
    item = notice.item
    block: list[Flowable] = [section("救济途径")]
    if notice.reconsideration_body and notice.court:
        reconsider, sue = words.remedies(notice.reconsideration_body, notice.court)
        block += [TextBlock(reconsider + sue, st.body),
                  kv_table([[("行政复议机关", notice.reconsideration_body)],
                            [("人民法院", notice.court)], phone_rows(item)])]
    else:
        block += [TextBlock("如对本决定有异议，可以向本机关或拨打投诉电话反映。", st.body),
                  kv_table([phone_rows(item)])]
    return block
