"""The QR code on every page: tracking number and document number, drawn as one PDF form."""

from __future__ import annotations

import re
from functools import lru_cache

import zxingcpp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from counterdesk.domain.documents import DocumentHeader

QR_FORM = "CounterDeskQR"


def qr_payload(header: DocumentHeader) -> str:
    """What the QR code holds: tracking number and document number, UTF-8, '|' between."""
    return f"{header.tracking_number}|{header.doc_number}"


@lru_cache(maxsize=64)
def _symbol(payload: str) -> tuple[int, bytes]:
    """(modules per side, one byte per module row by row: 0 dark, 255 light).

    zxing-cpp encodes it (in C++: a pure-Python encoder takes longer than the rest of the
    document); the text is UTF-8 and says so with an ECI, so scanners show the Chinese of
    the document number as written."""
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = memoryview(code.to_image(scale=1, add_quiet_zones=False))
    rows, cols = image.shape
    if rows != cols:
        raise ValueError(f"QR symbol is not square: {rows}x{cols}")
    return cols, image.tobytes()


def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR module matrix (error correction M) for `payload`, row 0 at the top."""
    count, pixels = _symbol(payload)
    return tuple(tuple(pixel < 128 for pixel in pixels[row * count:(row + 1) * count])
                 for row in range(count))


_DARK_RUN = re.compile(rb"\x00+")


@lru_cache(maxsize=64)
def qr_operators(payload: str) -> str:
    """PDF operators filling each run of dark modules, one unit square per module."""
    count, pixels = _symbol(payload)
    ops = ["0 g"]
    for row in range(count):
        y = count - row - 1
        for run in _DARK_RUN.finditer(pixels, row * count, (row + 1) * count):
            start = run.start() - row * count
            ops.append(f"{start} {y} {run.end() - run.start()} 1 re")
    ops.append("f")
    return "\n".join(ops)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code with its lower-left corner at (x, y).

    The modules go into one form XObject per file, reused by every page: the PDF stays small
    and the code can be read back from a single stream. Its operators are built once per
    payload, since formatting hundreds of rectangles costs more than a page of text.
    """
    count, _ = _symbol(payload)
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
