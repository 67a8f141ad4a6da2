"""撤销不予受理决定通知书: the applicant is told in writing that the refusal is revoked and
the application continues from the day it was received."""

from __future__ import annotations

from reportlab.platypus import Flowable

from counterdesk.domain.documents import CopyKind, RevocationNotice
from counterdesk.printing import words
from counterdesk.printing.layout import (
    closing,
    heading,
    kv_table,
    opening,
    person_rows,
    styles,
)
from counterdesk.printing.lines import TextBlock
from counterdesk.printing.receipts import item_rows, phone_rows


def revocation_story(notice: RevocationNotice, copy: CopyKind) -> list[Flowable]:
    header, item = notice.header, notice.item
    title = words.DOCUMENT_TITLES[header.doc_type]
    received = words.cn_date(notice.received_on)
    refused = words.cn_date(notice.revoked_on)
    statement = (
        f"本机关于{received}收到你（单位）提出的“{item.name}”申请，于{refused}作出不予受理"
        f"决定（{notice.revoked_doc_number}）。经复查，{notice.reasons.strip().rstrip('。')}。"
        f"原不予受理决定不当，本机关决定予以撤销。"
    )
    # 窗口无否决权: the refusal never stood, so the application keeps its day of receipt and
    # every period runs from it, as if the refusal had not been made.
    consequence = (f"你（单位）无需重新提出申请，本机关以{received}为收到申请之日继续办理。"
                   f"如有疑问，请拨打咨询电话。")
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        *person_rows(notice.applicant, copy),
        *item_rows(item, header.received_at),
        [("收到申请日期", received), ("撤销日期", words.cn_date(header.issued_on))],
        [("撤销的决定", f"不予受理通知书 {notice.revoked_doc_number}（{refused}作出）")],
        phone_rows(item),
    ]
    return [*heading(header, title), *opening(notice.applicant.name, statement),
            TextBlock(consequence, styles().body), kv_table(rows), closing(header, copy)]
