"""受理通知书 and 材料接收清单 on A4: what was accepted or received, and when."""

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
    applicant_rows,
    closing,
    copies_words,
    grid_table,
    heading,
    kv_table,
    opening,
    section,
    styles,
)
from counterdesk.printing.lines import TextBlock


def promise_words(receipt: AcceptanceReceipt) -> str:
    """即办件 finish on the spot; 承诺件 by the promised date in working days."""
    if receipt.item.kind == ItemKind.IMMEDIATE or receipt.promised_date is None:
        return words.IMMEDIATE_PROMISE
    return (f"{words.cn_date(receipt.promised_date)}前"
            f"（承诺{words.days(receipt.item.promised_limit_days)}）")


def phone_rows(item: ItemInfo) -> list[tuple[str, str]]:
    return [("咨询电话", item.phones.get("consult", "") or "—"),
            ("投诉电话", item.phones.get("complaint", "") or "—")]


def item_rows(item: ItemInfo) -> list[list[tuple[str, str]]]:
    where = item.department + (f"（{item.window}）" if item.window else "")
    return [
        [("事项名称", item.name)],
        [("事项编码", item.code), ("指南版本", words.cn_date(item.version))],
        [("受理部门", where)],
    ]


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
    statement = (
        f"你（单位）于{words.cn_date(receipt.accepted_on)}提出的“{item.name}”申请，"
        f"申请材料齐全、符合法定形式，根据{words.ACCEPT_GROUND}的规定，本机关决定予以受理。"
        f"请凭本通知书及跟踪号查询办理进度、领取结果。"
    )
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        applicant_rows(receipt.applicant, copy),
        *item_rows(item),
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
    story.append(closing(header, copy))
    return story


def materials_list_story(listing: MaterialsList, copy: CopyKind) -> list[Flowable]:
    st = styles()
    header, item = listing.header, listing.item
    title = words.DOCUMENT_TITLES[header.doc_type]
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        applicant_rows(listing.applicant, copy),
        *item_rows(item),
        [("接收日期", words.cn_date(listing.received_on)),
         ("材料项数", f"{len(listing.materials)}项")],
    ]
    confirm = (f"以上{len(listing.materials)}项材料已于{words.cn_date(listing.received_on)}"
               f"收到，经双方当面核对无误。本清单仅证明材料已接收，不代表申请已受理。")
    return [*heading(header, title), kv_table(rows), section("接收材料明细"),
            materials_table(listing.materials), TextBlock(confirm, st.after_table),
            closing(header, copy)]
