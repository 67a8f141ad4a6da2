"""Shared A4 page furniture: styles, the QR code, copy labels, the 补打 mark, tables, closing."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counterdesk.domain.documents import (
    Applicant,
    ApplicantKind,
    CopyKind,
    DocumentHeader,
)
from counterdesk.domain.ids import mask_id
from counterdesk.printing import words
from counterdesk.printing.fonts import ensure_font
from counterdesk.printing.qr import draw_qr, qr_payload

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP_BAND = 30 * mm  # QR code, copy label and 补打 mark live above the frame on every page
FOOTER = 10 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 24 * mm
STAMP_RED = colors.Color(0.80, 0.05, 0.05)
GRID_GREY = colors.Color(0.35, 0.35, 0.35)
HEAD_FILL = colors.Color(0.90, 0.90, 0.90)


@dataclass(frozen=True)
class Styles:
    font: str
    office: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    section: ParagraphStyle


@lru_cache(maxsize=4)
def styles(scale: float = 1.0) -> Styles:
    """Paragraph styles, built once per size (A4 = 1.0, thermal slips smaller)."""
    font = ensure_font()

    def style(name: str, size: float, **extra: Any) -> ParagraphStyle:
        size *= scale
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.45,
                              wordWrap="CJK", **extra)

    return Styles(
        font=font,
        office=style("office", 14, alignment=TA_CENTER),
        title=style("title", 20, alignment=TA_CENTER, spaceBefore=2, spaceAfter=2),
        number=style("number", 10.5, alignment=TA_CENTER, spaceAfter=8),
        body=style("body", 10.5, firstLineIndent=21 * scale, spaceAfter=4),
        label=style("label", 9.5),
        cell=style("cell", 9.5),
        head=style("head", 9.5, alignment=TA_CENTER),
        small=style("small", 8.5, textColor=GRID_GREY),
        right=style("right", 10.5, alignment=TA_RIGHT),
        section=style("section", 11, spaceBefore=8, spaceAfter=3),
    )


def esc(text: object) -> str:
    """Paragraph text is mini-XML: escape what the clerk or the catalog typed."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def reprint_stamp(canvas: Canvas, header: DocumentHeader, x: float, y: float) -> None:
    """A red boxed 补打 with the reprint date; the original's number and date stay unchanged."""
    if header.reprinted_on is None:
        return
    font = ensure_font()
    canvas.saveState()
    canvas.setStrokeColor(STAMP_RED)
    canvas.setFillColor(STAMP_RED)
    canvas.setLineWidth(1.6)
    canvas.roundRect(x, y, 27 * mm, 13 * mm, 2 * mm, stroke=1, fill=0)
    canvas.setFont(font, 22)
    canvas.drawCentredString(x + 13.5 * mm, y + 3.6 * mm, "补 打")
    canvas.setFont(font, 8)
    canvas.drawString(x, y - 4 * mm, f"补打日期：{words.cn_date(header.reprinted_on)}")
    canvas.restoreState()


class CopyTracker:
    """Which copy the page being finished belongs to, and its page number within that copy."""

    def __init__(self) -> None:
        self.copy = CopyKind.APPLICANT
        self.page = 0


class CopyStart(Flowable):
    """Zero-size marker at the top of each copy's story; resets the copy's page count."""

    def __init__(self, tracker: CopyTracker, copy: CopyKind):
        super().__init__()
        self.tracker, self.copy = tracker, copy
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.tracker.copy, self.tracker.page = self.copy, 0


def _decorate(canvas: Canvas, header: DocumentHeader, tracker: CopyTracker) -> None:
    tracker.page += 1
    font = ensure_font()
    top = PAGE_HEIGHT - 10 * mm
    draw_qr(canvas, qr_payload(header), PAGE_WIDTH - MARGIN - QR_SIZE + 4 * mm,
            top - QR_SIZE, QR_SIZE)
    label = words.COPY_LABELS[tracker.copy]
    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.rect(MARGIN, top - 10 * mm, 24 * mm, 9 * mm, stroke=1, fill=0)
    canvas.setFont(font, 13)
    canvas.drawCentredString(MARGIN + 12 * mm, top - 7.2 * mm, label)
    canvas.setFont(font, 8)
    canvas.setFillColor(GRID_GREY)
    hint = "交申请人收执" if tracker.copy == CopyKind.APPLICANT else "留存归档"
    canvas.drawString(MARGIN, top - 14 * mm, hint)
    if tracker.page > 1:
        canvas.drawString(MARGIN, top - 18 * mm, f"（续页，接第{tracker.page - 1}页）")
    footer = (f"文号：{header.doc_number}　跟踪号：{header.tracking_number}　"
              f"{label}　第{tracker.page}页")
    if header.is_reprint:
        footer += "　本件为补打件"
    canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN - 4 * mm, footer)
    canvas.restoreState()
    reprint_stamp(canvas, header, PAGE_WIDTH / 2 - 13.5 * mm, top - 14 * mm)


def build_a4(out: io.BytesIO, header: DocumentHeader, title: str,
             copy_story: Callable[[CopyKind], list[Flowable]]) -> None:
    """Lay out one story per copy in `header.copies`, each copy starting on a new page."""
    tracker = CopyTracker()
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=TOP_BAND, bottomMargin=MARGIN + FOOTER,
        title=f"{title} {header.doc_number}".strip(), author=header.office_name,
        subject=f"跟踪号 {header.tracking_number}", creator="CounterDesk",
    )
    frame = Frame(MARGIN, MARGIN + FOOTER, CONTENT_WIDTH,
                  PAGE_HEIGHT - TOP_BAND - MARGIN - FOOTER, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(
        id="a4", frames=[frame],
        onPageEnd=lambda canvas, _doc: _decorate(canvas, header, tracker),
    )])
    story: list[Flowable] = []
    for index, copy in enumerate(header.copies):
        if index:
            story.append(PageBreak())
        story.append(CopyStart(tracker, copy))
        story.extend(copy_story(copy))
    doc.build(story)


def heading(header: DocumentHeader, title: str) -> list[Flowable]:
    """Office, title and document number (文号) at the top of each copy."""
    st = styles()
    parts: list[Flowable] = [
        Paragraph(esc(header.office_name), st.office),
        Paragraph(esc(title), st.title),
    ]
    if header.doc_number:
        parts.append(Paragraph(esc(header.doc_number), st.number))
    else:
        parts.append(Spacer(0, 6))
    return parts


def id_for_copy(applicant: Applicant, copy: CopyKind) -> str:
    """The applicant copy leaves the hall: only the last 4 characters of the number show."""
    if copy == CopyKind.APPLICANT:
        return mask_id(applicant.id_number, keep_head=0, keep_tail=4)
    return applicant.id_number


def applicant_rows(applicant: Applicant, copy: CopyKind) -> list[tuple[str, str]]:
    name_label = "申请人" if applicant.kind == ApplicantKind.PERSON else "申请单位"
    return [(name_label, applicant.name),
            (words.APPLICANT_ID_LABELS[applicant.kind], id_for_copy(applicant, copy))]


Row = Sequence[tuple[str, str]]


def kv_table(rows: Sequence[Row], width: float = CONTENT_WIDTH,
             label_width: float = 27 * mm, scale: float = 1.0) -> Table:
    """Label/value grid: a row holds one pair across the full width or two side by side."""
    st = styles(scale)
    half = width / 2
    col_widths = [label_width, half - label_width, label_width, half - label_width]
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    for index, row in enumerate(rows):
        cells: list[Any] = []
        for label, value in row:
            cells += [Paragraph(esc(label), st.label), Paragraph(esc(value), st.cell)]
        if len(row) == 1:
            cells += ["", ""]
            commands.append(("SPAN", (1, index), (3, index)))
        data.append(cells)
    table = Table(data, colWidths=col_widths)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
        ("BACKGROUND", (2, 0), (2, -1), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *commands,
    ]))
    return table


def grid_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
               col_widths: Sequence[float], scale: float = 1.0) -> Table:
    """A ruled table whose cells wrap and whose header row repeats on every page."""
    st = styles(scale)
    data = [[Paragraph(esc(h), st.head) for h in headers]]
    data += [[Paragraph(esc(cell), st.cell) for cell in row] for row in rows]
    table = Table(data, colWidths=list(col_widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def section(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().section)


def closing(header: DocumentHeader, copy: CopyKind, sign_off: bool = True) -> KeepTogether:
    """Clerk, seal line and date; on the archive stub, the applicant's signature for receipt."""
    st = styles()
    clerk = f"经办人：{header.clerk_name}"
    if header.clerk_phone:
        clerk += f"　联系电话：{header.clerk_phone}"
    parts: list[Flowable] = [Spacer(0, 8), Paragraph(esc(clerk), st.cell), Spacer(0, 10),
                             Paragraph(esc(header.office_name), st.right),
                             Paragraph(esc(f"（{header.seal_text}）"), st.right),
                             Paragraph(esc(words.cn_date(header.issued_on)), st.right)]
    if sign_off and copy == CopyKind.ARCHIVE:
        parts += [Spacer(0, 12), Paragraph(
            "申请人（代理人）签收：____________________　　签收日期：______年____月____日",
            st.cell)]
    return KeepTogether(parts)
