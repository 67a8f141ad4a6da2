"""Plain text broken into lines by the Chinese line-breaking rules, and a flowable drawing it.

Documents use these instead of reportlab Paragraphs: the markup parser and per-glyph
fragments of a Paragraph cost more than the rest of a document put together, and every
text here is plain (one font, one size per block).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from counterdesk.printing.fonts import font_runs

# GB/T 15834: closing punctuation never starts a line, opening punctuation never ends one.
CANNOT_START = frozenset("，。、；：？！）》〉」』】〕”’%％·…—,.;:?!)]}")
CANNOT_END = frozenset("（《〈「『【〔“‘([{")
HANG = 0.5  # in ems
# Latin words and numbers (IDs, phone numbers, dates) stay whole unless longer than a line.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/:@*]*|.", re.DOTALL)


@lru_cache(maxsize=8192)
def _unit_width(font: str, token: str) -> float:
    return sum(pdfmetrics.stringWidth(run, used, 1.0) for used, run in font_runs(token, font))


def text_width(text: str, font: str, size: float) -> float:
    return sum(_unit_width(font, token) for token in _TOKEN.findall(text)) * size


@lru_cache(maxsize=4096)
def fit_lines(text: str, width: float, font: str, size: float,
              first_indent: float = 0) -> tuple[str, ...]:
    """`text` broken into lines no wider than `width` (the first one `first_indent` narrower);
    existing newlines are kept. Remembered: labels and sentences recur on both copies and in
    every document."""
    limit = width / size
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _break(paragraph, limit, font, first_indent / size if not lines else 0)
    return tuple(lines)


def _break(text: str, limit: float, font: str, indent: float = 0) -> list[str]:
    lines: list[str] = []
    line: list[str] = []
    used = indent
    for token in _TOKEN.findall(text):
        width = _unit_width(font, token)
        # a closing mark may hang half an em into the margin or cell padding: its ink is
        # in its left half
        hangs = token in CANNOT_START and used + width <= limit + HANG
        if used + width <= limit or hangs or not line and width <= limit:
            line.append(token)
            used += width
            continue
        if not line:
            # a word longer than the whole line: cut it where it must be cut
            pieces = _break_word(token, limit, font)
            lines += pieces[:-1]
            line, used = [pieces[-1]], _unit_width(font, pieces[-1])
            continue
        carried: list[str] = []
        # a closing mark may not start the next line: take the character before it (and any
        # closing marks in between) down with it
        if token in CANNOT_START:
            while len(line) > 1 and line[-1] in CANNOT_START:
                carried.insert(0, line.pop())
            if len(line) > 1:
                carried.insert(0, line.pop())
        # an opening mark may not end this line: move it down too
        while len(line) > 1 and line[-1] in CANNOT_END:
            carried.insert(0, line.pop())
        if carried and sum(_unit_width(font, t) for t in (*carried, token)) > limit:
            # the rules would overflow the next line: break here after all
            line += carried
            carried = []
        lines.append("".join(line))
        line = [*carried, token]
        used = sum(_unit_width(font, t) for t in line)
    lines.append("".join(line))
    return lines


def _break_word(word: str, limit: float, font: str) -> list[str]:
    pieces, piece = [], ""
    for char in word:
        if piece and _unit_width(font, piece + char) > limit:
            pieces.append(piece)
            piece = ""
        piece += char
    pieces.append(piece)
    return pieces


class TextBlock(Flowable):
    """Plain text in one style: wrapped by fit_lines, split between pages by whole lines."""

    def __init__(self, text: str, style: ParagraphStyle, *, lines: Sequence[str] | None = None,
                 continued: bool = False, last: bool = True):
        super().__init__()
        self.text, self.style = text, style
        self._lines = lines
        self._continued = continued  # a tail after a page break: no indent, no space before
        self._last = last  # a head before a page break: no space after
        self.width = self.height = 0.0

    def _indent(self) -> float:
        return 0 if self._continued else self.style.firstLineIndent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        st = self.style
        if self._lines is None or self.width != available_width:
            self._lines = fit_lines(self.text, available_width, st.fontName, st.fontSize,
                                    self._indent())
        self.width = available_width
        self.height = len(self._lines) * st.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        lines = self._lines or ()
        fits = int(available_height // self.style.leading)
        if fits <= 0 or fits >= len(lines):
            return []
        return [TextBlock(self.text, self.style, lines=lines[:fits],
                          continued=self._continued, last=False),
                TextBlock(self.text, self.style, lines=lines[fits:], continued=True)]

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return 0 if self._continued else self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return self.style.spaceAfter if self._last else 0

    def draw(self) -> None:
        st, canvas = self.style, self.canv
        canvas.setFont(st.fontName, st.fontSize)
        canvas.setFillColor(st.textColor)
        y = self.height - st.fontSize
        for index, line in enumerate(self._lines or ()):
            draw_line(canvas, line, st.fontName, st.fontSize, 0, y, self.width, st.alignment,
                      self._indent() if index == 0 else 0)
            y -= st.leading


def draw_line(canvas: Canvas, line: str, font: str, size: float, x: float, y: float,
              width: float, alignment: int, indent: float = 0) -> None:
    """One line of text on baseline `y` in the box from `x` to `x + width`, aligned as told.

    Characters the main font lacks (𠮷 in a name) are drawn from the fallback font, so a
    line may be several runs; the canvas is left in `font` at `size`."""
    runs = font_runs(line, font)
    if len(runs) == 1:
        if alignment == TA_CENTER:
            canvas.drawCentredString(x + width / 2, y, line)
        elif alignment == TA_RIGHT:
            canvas.drawRightString(x + width, y, line)
        else:
            canvas.drawString(x + indent, y, line)
        return
    total = sum(pdfmetrics.stringWidth(run, used, size) for used, run in runs)
    start = {TA_CENTER: x + (width - total) / 2, TA_RIGHT: x + width - total}.get(
        alignment, x + indent)
    for used, run in runs:
        canvas.setFont(used, size)
        canvas.drawString(start, y, run)
        start += pdfmetrics.stringWidth(run, used, size)
    canvas.setFont(font, size)
