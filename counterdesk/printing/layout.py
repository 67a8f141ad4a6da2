"""Shared A4 page furniture: styles, the QR code, copy labels, the 补打 mark, tables, closing."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab import rl_config
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
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from counterdesk.domain.cases import AgentInfo, Applicant, ApplicantKind
from counterdesk.domain.catalog import MaterialForm
from counterdesk.domain.documents import CopyKind, DocumentHeader
from counterdesk.domain.ids import release_id
from counterdesk.printing import words
from counterdesk.printing.fonts import ensure_font
from counterdesk.printing.grid import Cell, GridTable, Padding, SignatureBlock
from counterdesk.printing.lines import TextBlock
from counterdesk.printing.qr import draw_qr, qr_payload

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
BAND_TOP = 10 * mm  # copy label, 补打 mark and QR code hang from here on every page
FIRST_TOP = 13 * mm  # a copy's first page: the centred heading sits between label and QR
LATER_TOP = 40 * mm  # continuation pages: the body starts below label, mark and QR
STAMP_WIDTH = 26 * mm
FOOTER = 10 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 24 * mm
STAMP_RED = colors.Color(0.80, 0.05, 0.05)
GRID_GREY = colors.Color(0.35, 0.35, 0.35)
HEAD_FILL = colors.Color(0.90, 0.90, 0.90)


# Streams are Flate-compressed binary; ASCII85 on top only makes files larger and slower.
rl_config.useA85 = 0


@dataclass(frozen=True)
class Styles:
    font: str
    office: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    right: ParagraphStyle
    section: ParagraphStyle
    salutation: ParagraphStyle
    after_table: ParagraphStyle


@lru_cache(maxsize=4)
def styles(scale: float = 1.0) -> Styles:
    """Text styles, built once per size (A4 = 1.0, thermal slips smaller)."""
    font = ensure_font()

    def style(name: str, size: float, **extra: Any) -> ParagraphStyle:
        size *= scale
        extra.setdefault("leading", size * 1.45)
        return ParagraphStyle(name, fontName=font, fontSize=size, **extra)

    return Styles(
        font=font,
        office=style("office", 14, alignment=TA_CENTER),
        title=style("title", 20, alignment=TA_CENTER, spaceBefore=2, spaceAfter=2),
        number=style("number", 10.5, alignment=TA_CENTER, spaceAfter=8),
        body=style("body", 10.5, firstLineIndent=21 * scale, spaceAfter=4),
        cell=style("cell", 9.5, leading=9.5 * scale * 1.32),
        right=style("right", 10.5, alignment=TA_RIGHT),
        section=style("section", 11, spaceBefore=8, spaceAfter=3),
        salutation=style("salutation", 10.5, spaceAfter=2),
        after_table=style("after_table", 10.5, firstLineIndent=21 * scale, spaceBefore=5,
                          spaceAfter=4),
    )


def reprint_stamp(canvas: Canvas, header: DocumentHeader, x: float, y: float) -> None:
    """A red boxed 补打 with the reprint date; the original's number and date stay unchanged."""
    if header.reprinted_on is None:
        return
    font = ensure_font()
    canvas.saveState()
    canvas.setStrokeColor(STAMP_RED)
    canvas.setFillColor(STAMP_RED)
    canvas.setLineWidth(1.6)
    canvas.roundRect(x, y, STAMP_WIDTH, 13 * mm, 1.5 * mm, stroke=1, fill=0)
    canvas.setFont(font, 17)
    canvas.drawCentredString(x + STAMP_WIDTH / 2, y + 6 * mm, "补　打")
    canvas.setFont(font, 6.5)
    canvas.drawCentredString(x + STAMP_WIDTH / 2, y + 2 * mm,
                             words.cn_date(header.reprinted_on))
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
    top = PAGE_HEIGHT - BAND_TOP
    draw_qr(canvas, qr_payload(header), PAGE_WIDTH - MARGIN - QR_SIZE + 3 * mm,
            top - QR_SIZE + 3 * mm, QR_SIZE)
    label = words.COPY_LABELS[tracker.copy]
    hint = "交申请人收执" if tracker.copy == CopyKind.APPLICANT else "留存归档"
    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.rect(MARGIN, top - 12 * mm, STAMP_WIDTH, 12 * mm, stroke=1, fill=0)
    canvas.setFont(font, 13)
    canvas.drawCentredString(MARGIN + STAMP_WIDTH / 2, top - 6 * mm, label)
    canvas.setFont(font, 7)
    canvas.drawCentredString(MARGIN + STAMP_WIDTH / 2, top - 10 * mm, hint)
    canvas.setFont(font, 8)
    canvas.setFillColor(GRID_GREY)
    if tracker.page > 1:
        canvas.drawString(MARGIN + STAMP_WIDTH + 3 * mm, top - 10 * mm,
                          f"（续页，接第{tracker.page - 1}页）")
    footer = "　".join(part for part in (
        f"文号：{header.doc_number}" if header.doc_number else "",
        f"跟踪号：{header.tracking_number}", label, f"第{tracker.page}页") if part)
    if header.is_reprint:
        footer += "　本件为补打件"
    if header.specimen:
        footer += "　" + words.SPECIMEN_MARK
    canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN - 4 * mm, footer)
    canvas.restoreState()
    reprint_stamp(canvas, header, MARGIN, top - 27 * mm)
    if header.specimen:
        specimen_watermark(canvas)


def specimen_watermark(canvas: Canvas) -> None:
    """Diagonal 样张 across the page: a specimen is not in the case log and is not valid."""
    canvas.saveState()
    canvas.setFillColor(STAMP_RED)
    canvas.setFillAlpha(0.18)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    canvas.setFont(ensure_font(), 96)
    canvas.drawCentredString(0, 0, "样张")
    canvas.setFont(ensure_font(), 22)
    canvas.drawCentredString(0, -32 * mm, words.SPECIMEN_MARK)
    canvas.restoreState()


def build_a4(out: io.BytesIO, header: DocumentHeader, title: str,
             copy_story: Callable[[CopyKind], list[Flowable]]) -> None:
    """Lay out one story per copy in `header.copies`, each copy starting on a new page.

    A copy's first page starts its heading beside the copy label and QR code; later pages
    start below them, where the continued table picks up with its header row repeated.
    """
    tracker = CopyTracker()
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=FIRST_TOP, bottomMargin=MARGIN + FOOTER,
        title=f"{title} {header.doc_number}".strip(), author=header.office_name,
        subject=f"跟踪号 {header.tracking_number}", creator="CounterDesk",
        # the canvas default (Helvetica) would add a non-embedded font to every page
        initialFontName=ensure_font(),
    )

    def decorate(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        _decorate(canvas, header, tracker)

    templates = []
    for name, top, following in (("first", FIRST_TOP, "later"), ("later", LATER_TOP, None)):
        frame = Frame(MARGIN, MARGIN + FOOTER, CONTENT_WIDTH,
                      PAGE_HEIGHT - top - MARGIN - FOOTER, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id=name)
        templates.append(PageTemplate(id=name, frames=[frame], onPageEnd=decorate,
                                      autoNextPageTemplate=following))
    doc.addPageTemplates(templates)
    story: list[Flowable] = []
    for index, copy in enumerate(header.copies):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story.append(CopyStart(tracker, copy))
        story.extend(copy_story(copy))
    doc.build(story)


def heading(header: DocumentHeader, title: str) -> list[Flowable]:
    """Office, title and document number (文号) at the top of each copy."""
    st = styles()
    parts: list[Flowable] = [
        TextBlock(header.office_name, st.office),
        TextBlock(title, st.title),
    ]
    if header.doc_number:
        parts.append(TextBlock(header.doc_number, st.number))
    else:
        parts.append(Spacer(0, 6))
    return parts


def opening(name: str, text: str) -> list[Flowable]:
    """'王秀兰：' flush left, then the indented statement."""
    st = styles()
    return [TextBlock(f"{name}：", st.salutation), TextBlock(text, st.body)]


def copies_words(form: MaterialForm, copies: int) -> str:
    """查验原件 are inspected and handed back, so no copy count applies."""
    return "—" if form == MaterialForm.INSPECT_ORIGINAL else str(copies)


def id_for_copy(applicant: Applicant | AgentInfo, copy: CopyKind) -> str:
    """The applicant copy leaves the hall: only the last 4 characters of the number show."""
    if copy == CopyKind.APPLICANT:
        return release_id(applicant.id_number)
    return applicant.id_number


def applicant_rows(applicant: Applicant, copy: CopyKind) -> list[tuple[str, str]]:
    name_label = "申请人" if applicant.kind == ApplicantKind.PERSON else "申请单位"
    return [(name_label, applicant.name),
            (words.APPLICANT_ID_LABELS[applicant.kind], id_for_copy(applicant, copy))]


Row = Sequence[tuple[str, str]]


def agent_words(agent: AgentInfo) -> str:
    """'李四（受托人）'."""
    return agent.name + (f"（{agent.relation}）" if agent.relation else "")


def person_rows(applicant: Applicant, copy: CopyKind) -> list[Row]:
    """The applicant's row and, when an agent applied, the agent's beside it (its number
    masked on the applicant copy like the applicant's)."""
    rows: list[Row] = [applicant_rows(applicant, copy)]
    if applicant.agent is not None:
        rows.append([("代理人", agent_words(applicant.agent)),
                     ("代理人证件号码", id_for_copy(applicant.agent, copy) or "—")])
    return rows


CELL_PADDING = Padding(left=5, right=5, top=2.5, bottom=3.5)


def kv_table(rows: Sequence[Row], width: float = CONTENT_WIDTH,
             label_width: float = 27 * mm, scale: float = 1.0) -> GridTable:
    """Label/value grid: a row holds one pair across the full width or two side by side."""
    half = width / 2
    col_widths = [label_width, half - label_width, label_width, half - label_width]
    cells: list[list[Cell]] = []
    for row in rows:
        if len(row) == 1:
            ((label, value),) = row
            cells.append([Cell(str(label), fill=HEAD_FILL), Cell(str(value), span=3)])
        else:
            cells.append([cell for label, value in row
                          for cell in (Cell(str(label), fill=HEAD_FILL), Cell(str(value)))])
    return GridTable(cells, col_widths, styles(scale).cell, CELL_PADDING, rule=GRID_GREY)


def grid_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
               col_widths: Sequence[float], scale: float = 1.0) -> GridTable:
    """A ruled table whose cells wrap and whose header row repeats on every page."""
    head = [Cell(str(text), fill=HEAD_FILL, align=TA_CENTER) for text in headers]
    return GridTable([head, *([Cell(str(text)) for text in row] for row in rows)], col_widths,
                     styles(scale).cell, CELL_PADDING, header_rows=1, rule=GRID_GREY)


def section(text: str) -> TextBlock:
    return TextBlock(text, styles().section)


def closing(header: DocumentHeader, copy: CopyKind, sign_off: bool = True,
            phones: Sequence[tuple[str, str]] = ()) -> SignatureBlock:
    """Clerk and phones on the left, office, seal line and date on the right; on the archive
    stub, a line for the applicant to sign for the copy they took."""
    st = styles()
    clerk = f"经办人：{header.clerk_name}"
    if header.clerk_phone:
        clerk += f"　电话：{header.clerk_phone}"
    left = [TextBlock(clerk, st.cell)]
    left += [TextBlock(f"{label}：{number}", st.cell) for label, number in phones]
    right = [TextBlock(header.office_name, st.right),
             TextBlock(f"（{header.seal_text}）", st.right),
             TextBlock(words.cn_date(header.issued_on), st.right)]
    below = None
    if sign_off and copy == CopyKind.ARCHIVE:
        below = TextBlock(
            "申请人（代理人）签收：____________________　　签收日期：______年____月____日",
            st.cell)
    return SignatureBlock([(CONTENT_WIDTH * 0.45, left), (CONTENT_WIDTH * 0.55, right)], below)
