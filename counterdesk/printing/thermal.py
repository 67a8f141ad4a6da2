"""受理回执 on 80 mm thermal paper: one page per copy, each as tall as its content."""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from counterdesk.domain.catalog import MaterialForm
from counterdesk.domain.documents import AcceptanceReceipt, CopyKind, ReceivedMaterial
from counterdesk.printing import words
from counterdesk.printing.fonts import ensure_font
from counterdesk.printing.layout import agent_words, id_for_copy, styles
from counterdesk.printing.lines import TextBlock
from counterdesk.printing.qr import QrFlowable, qr_payload
from counterdesk.printing.receipts import promise_words

PAPER_WIDTH = 80 * mm
SIDE = 4 * mm
END = 5 * mm  # blank paper above and below, so the cutter does not clip text
SLIP_WIDTH = PAPER_WIDTH - 2 * SIDE
SCALE = 0.82


@lru_cache(maxsize=1)
def _line_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    st = styles(SCALE)
    return st.office, st.title, st.cell, ParagraphStyle("centre", parent=st.cell,
                                                        alignment=TA_CENTER)


def _material_line(index: int, material: ReceivedMaterial) -> str:
    parts = [f"{index}. {material.name}", words.FORM_WORDS[material.form]]
    if material.form != MaterialForm.INSPECT_ORIGINAL:
        parts.append(f"{material.copies}份")
    return "｜".join(parts)


def _rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.6, dash=(2, 2), color=colors.black,
                      spaceBefore=3, spaceAfter=3)


PLEDGE_WORDS = {"tolerance": "容缺受理（已签署承诺书）", "commitment": "告知承诺（已签署承诺书）"}


def agent_lines(receipt: AcceptanceReceipt, copy: CopyKind) -> list[tuple[str, str]]:
    """The agent who applied, and how an incomplete application was accepted."""
    lines = []
    agent = receipt.applicant.agent
    if agent is not None:
        lines += [("代理人", agent_words(agent)), ("代理人证件", id_for_copy(agent, copy) or "—")]
    if receipt.pledge:
        lines.append(("受理方式", PLEDGE_WORDS.get(receipt.pledge, receipt.pledge)))
    return lines


def slip_story(receipt: AcceptanceReceipt, copy: CopyKind) -> list[Flowable]:
    office, title, line, centre = _line_styles()
    header, item = receipt.header, receipt.item
    lines = [
        ("文号", header.doc_number),
        ("跟踪号", header.tracking_number),
        ("申请人", receipt.applicant.name),
        ("证件号码", id_for_copy(receipt.applicant, copy)),
        *agent_lines(receipt, copy),
        ("事项", item.name),
        ("事项编码", item.code),
        ("指南版本", words.cn_date(item.version)),
        ("受理部门", item.department + (f"（{item.window}）" if item.window else "")),
        ("受理日期", words.cn_date(receipt.accepted_on)),
        ("承诺办结", promise_words(receipt)),
        ("法定时限", words.days(item.legal_limit_days)),
        ("收费", item.fee or "不收费"),
        ("咨询电话", item.phones.get("consult", "") or "—"),
        ("投诉电话", item.phones.get("complaint", "") or "—"),
        ("经办人", header.clerk_name + (f" {header.clerk_phone}" if header.clerk_phone else "")),
    ]
    mark = words.COPY_LABELS[copy]
    if header.reprinted_on is not None:
        mark += f"　【补打】{words.cn_date(header.reprinted_on)}"
    if header.specimen:
        mark += f"　【{words.SPECIMEN_MARK}】"
    story: list[Flowable] = [
        TextBlock(header.office_name, office),
        TextBlock("受理回执", title),
        TextBlock(mark, centre),
        _rule(),
        *(TextBlock(f"{label}：{value}", line) for label, value in lines),
    ]
    if receipt.materials_received:
        story += [_rule(), TextBlock(f"已接收材料（{len(receipt.materials_received)}项）", line)]
        story += [TextBlock(_material_line(i, m), line)
                  for i, m in enumerate(receipt.materials_received, start=1)]
    story += [_rule(), QrFlowable(qr_payload(header), 26 * mm),
              TextBlock(header.office_name, centre),
              TextBlock(f"（{header.seal_text}）", centre),
              TextBlock(words.cn_date(header.issued_on), centre)]
    if copy == CopyKind.ARCHIVE:
        story += [Spacer(0, 10), TextBlock("申请人签收：________________", line)]
    return story


def _height(story: list[Flowable]) -> float:
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(SLIP_WIDTH, 10_000)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def build_thermal(out: io.BytesIO, receipt: AcceptanceReceipt) -> None:
    header = receipt.header
    templates, story = [], []
    for index, copy in enumerate(header.copies):
        copy_story = slip_story(receipt, copy)
        # Paragraph leading rounding and table padding: a few points of slack so the
        # computed page never pushes the last line onto a second slip.
        height = _height(copy_story) + 2 * END + 6
        frame = Frame(SIDE, END, SLIP_WIDTH, height - 2 * END, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id=f"slip{index}", frames=[frame],
                                      pagesize=(PAPER_WIDTH, height)))
        if index:
            story += [NextPageTemplate(f"slip{index}"), PageBreak()]
        story += copy_story
    doc = BaseDocTemplate(out, pagesize=templates[0].pagesize, leftMargin=SIDE,
                          rightMargin=SIDE, topMargin=END, bottomMargin=END,
                          title=f"受理回执 {header.doc_number}", author=header.office_name,
                          subject=f"跟踪号 {header.tracking_number}", creator="CounterDesk",
                          initialFontName=ensure_font())
    doc.addPageTemplates(templates)
    doc.build(story)
