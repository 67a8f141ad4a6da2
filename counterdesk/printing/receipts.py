"""受理通知书 and 材料接收凭证 (材料接收清单) on A4: what was accepted or received, and when."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from counterdesk.domain.catalog import ItemKind
from counterdesk.domain.documents import (
    AcceptanceReceipt,
    CopyKind,
    ItemInfo,
    MaterialsList,
    ReceivedMaterial,
)
from counterdesk.printing import words
from counterdesk.printing.layout import (
    CONTENT_WIDTH,
    closing,
    copies_words,
    grid_table,
    heading,
    kv_table,
    opening,
    person_rows,
    section,
    styles,
)
from counterdesk.printing.lines import TextBlock


def promise_words(receipt: AcceptanceReceipt) -> str:
    """即办件 finish on the spot; 承诺件 within their promised working days, by a date."""
    if receipt.item.kind == ItemKind.IMMEDIATE or receipt.promised_date is None:
        return words.IMMEDIATE_PROMISE
    return (f"{words.dated(receipt.promised_date, receipt.provisional)}"
            f"（承诺{receipt.item.promised_limit_days}个工作日内办结）")


def phone_rows(item: ItemInfo) -> list[tuple[str, str]]:
    return [("咨询电话", item.phones.get("consult", "") or "—"),
            ("投诉电话", item.phones.get("complaint", "") or "—")]


def item_rows(item: ItemInfo, received_at: str = "") -> list[list[tuple[str, str]]]:
    """The item, its department and, when the hall is not the issuer, where it was received."""
    where = item.department + (f"（{item.window}）" if item.window else "")
    rows = [
        [("事项名称", item.name)],
        [("事项编码", item.code), ("指南版本", words.cn_date(item.version))],
        [("受理部门", where)],
    ]
    if received_at:
        rows.append([("收件地点", received_at)])
    return rows


def materials_table(materials: tuple[ReceivedMaterial, ...]) -> Flowable:
    rows = [
        (str(index), m.name, words.FORM_WORDS[m.form], copies_words(m.form, m.copies),
         "—" if m.pages is None else str(m.pages))
        for index, m in enumerate(materials, start=1)
    ]
    widths = [12 * mm, CONTENT_WIDTH - 88 * mm, 44 * mm, 16 * mm, 16 * mm]
    return grid_table(["序号", "材料名称", "形式", "份数", "页数"], rows, widths)


def acceptance_story(receipt: AcceptanceReceipt, copy: CopyKind) -> list[Flowable]:
    header, item = receipt.header, receipt.item
    title = words.DOCUMENT_TITLES[header.doc_type]
    name = receipt.applicant.name
    statement = acceptance_statement(receipt) + "请凭本通知书及跟踪号查询办理进度、领取结果。"
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        *person_rows(receipt.applicant, copy),
        *item_rows(item, header.received_at),
        [("受理日期", words.cn_date(receipt.accepted_on)),
         ("办件类型", words.ITEM_KIND_WORDS[item.kind])],
        [("承诺办结", promise_words(receipt)),
         ("法定时限", words.days(item.legal_limit_days))],
        [("收费标准", item.fee or "不收费")],
        phone_rows(item),
    ]
    story: list[Flowable] = [*heading(header, title), *opening(name, statement),
                             kv_table(rows)]
    if receipt.materials_received:
        story += [section(f"已接收材料（共{len(receipt.materials_received)}项）"),
                  materials_table(receipt.materials_received)]
    if receipt.provisional:
        story.append(TextBlock(words.PROVISIONAL_NOTE, styles().after_table))
    story.append(closing(header, copy))
    return story


def acceptance_statement(receipt: AcceptanceReceipt) -> str:
    """Accepted on its merits, or deemed accepted because nobody told the applicant in time
    (the ground, the day the notice was due, and acceptance from the day of receipt)."""
    item, received = receipt.item, words.cn_date(receipt.accepted_on)
    if receipt.deemed_accepted:
        due = f"（最迟{words.cn_date(receipt.notice_due)}）" if receipt.notice_due else ""
        return (f"本机关于{received}收到你（单位）提交的“{item.name}”申请材料，未在"
                f"{words.notice_period(item)}{due}书面告知需要补正的内容，"
                f"{words.according_to(words.step_citation(item, '四'))}"
                f"自收到申请材料之日即{received}起视为受理。")
    names = "、".join(f"“{name}”" for name in receipt.pledged_materials)
    if receipt.pledge == "tolerance":
        # 容缺受理: the application is not complete; the applicant signed a pledge.
        return (f"你（单位）于{received}提出的“{item.name}”申请，{names}暂缺。你（单位）已签署"
                f"容缺受理承诺书，承诺在承诺书所列期限内补交，本机关决定予以受理（容缺受理）。"
                f"逾期未补交的，本机关将依规定终止办理。")
    if receipt.pledge == "commitment":
        return (f"你（单位）于{received}提出的“{item.name}”申请，对{names}，你（单位）已签署"
                f"告知承诺书，以书面承诺代替提交，本机关决定予以受理（告知承诺），并将依法"
                f"核查承诺内容。")
    return (f"你（单位）于{received}提出的“{item.name}”申请，申请材料齐全、符合法定形式，"
            f"{words.according_to(words.step_citation(item, '五'))}本机关决定予以受理。")


def materials_list_story(listing: MaterialsList, copy: CopyKind) -> list[Flowable]:
    """材料接收凭证: what was handed over, and when, before anything is decided; for a matter
    referred for review (窗口否决报备), by which day the written answer comes."""
    st = styles()
    header, item = listing.header, listing.item
    title = words.DOCUMENT_TITLES[header.doc_type]
    received = words.cn_date(listing.received_on)
    when = received + (f" {listing.received_time}" if listing.received_time else "")
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        *person_rows(listing.applicant, copy),
        *item_rows(item, header.received_at),
        [("接收时间", when), ("材料项数", f"{len(listing.materials)}项")],
    ]
    if listing.referred_for_review and listing.answer_due is not None:
        rows.append([("书面答复期限", words.dated(listing.answer_due, False))])
    story: list[Flowable] = [*heading(header, title), kv_table(rows)]
    if listing.referred_for_review:
        story.append(TextBlock(referral_words(listing), st.after_table))
    if listing.materials:
        confirm = (f"以上{len(listing.materials)}项材料已于{when}收到，经双方当面核对无误。"
                   f"本凭证仅证明材料已接收，不代表申请已受理；有关期限自收到材料之日起计算。")
        story += [section("接收材料明细"), materials_table(listing.materials)]
    else:
        # Nothing was ticked before a referral: the paper certifies no material.
        confirm = (f"本次未接收申请材料原件或复印件。本凭证仅证明{when}已提出申请，"
                   f"不代表申请已受理；有关期限自提出申请之日起计算。")
    story += [TextBlock(confirm, st.after_table), closing(header, copy)]
    return story


def referral_words(listing: MaterialsList) -> str:
    """窗口无否决权: the window does not refuse; a supervisor decides, and the applicant is
    answered in writing within the item's notice period from receipt."""
    # The day itself counts, as the table above says: "最迟于…（含）", never "于…前".
    due = (f"最迟于{words.dated(listing.answer_due, False)}" if listing.answer_due is not None
           else "在规定期限内")
    return (f"你（单位）提交的“{listing.item.name}”申请材料，窗口经办人认为存在不予受理的情形。"
            f"窗口无权作出不予受理决定，本申请已提交本机关审核，本机关将{due}"
            f"书面告知你（单位）审核结果。")
