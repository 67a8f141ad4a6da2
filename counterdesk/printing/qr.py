"""The QR code on every page: tracking number and document number, drawn as one PDF form."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from counterdesk.domain.documents import DocumentHeader

QR_FORM = "CounterDeskQR"


def qr_payload(header: DocumentHeader) -> str:
    """What the QR code holds: tracking number and document number, UTF-8, '|' between."""
    return f"{header.tracking_number}|{header.doc_number}"


@lru_cache(maxsize=64)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR module matrix (error correction M) for `payload`, row 0 at the top."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


@lru_cache(maxsize=64)
def qr_operators(payload: str) -> str:
    """PDF operators filling each run of dark modules, one unit square per module."""
    modules = qr_modules(payload)
    count = len(modules)
    ops = ["0 g"]
    for row_index, row in enumerate(modules):
        start = None
        for col, dark in enumerate((*row, False)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                ops.append(f"{start} {count - row_index - 1} {col - start} 1 re")
                start = None
    ops.append("f")
    return "\n".join(ops)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code with its lower-left corner at (x, y).

    The modules go into one form XObject per file, reused by every page: the PDF stays small
    and the code can be read back from a single stream. Its operators are built once per
    payload, since formatting hundreds of rectangles costs more than a page of text.
    """
    count = len(qr_modules(payload))
    if not canvas.hasForm(QR_FORM):
        canvas.beginForm(QR_FORM, 0, 0, count, count)
        canvas.addLiteral(qr_operators(payload))
        canvas.endForm()
    quiet = 4  # the quiet zone of ISO/IEC 18004, in modules
    scale = size / (count + 2 * quiet)
    canvas.saveState()
    canvas.translate(x + quiet * scale, y + quiet * scale)
    canvas.scale(scale, scale)
    canvas.doForm(QR_FORM)
    canvas.restoreState()


class QrFlowable(Flowable):
    """The QR code as a centred flowable, for slips laid out top to bottom."""

    def __init__(self, payload: str, size: float):
        super().__init__()
        self.payload, self.size = payload, size
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.size)
