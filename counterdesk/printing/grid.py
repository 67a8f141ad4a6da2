"""Ruled tables of plain-text cells: the field grids and material lists of every document.

reportlab's Table handles any cell content and style command, and pays for it on every
cell of every document; these tables only ever hold pre-broken plain text in one font, so
a small flowable does the same job: rows as tall as their tallest cell, text centred
vertically, cells spanning columns to the right, shaded cells, a grid of thin lines, and a
split between pages by whole rows with the header rows repeated. Text goes through
`lines.draw_line`, so a rare character in a name prints from the fallback font here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from counterdesk.printing.lines import draw_line, fit_lines


@dataclass(frozen=True)
class Cell:
    """One cell: its text (newlines kept), how many columns it covers, shading, alignment."""

    text: str
    span: int = 1
    fill: colors.Color | None = None
    align: int = TA_LEFT


@dataclass(frozen=True)
class Padding:
    left: float
    right: float
    top: float
    bottom: float


@dataclass(frozen=True)
class _Row:
    cells: tuple[tuple[float, float, Cell, tuple[str, ...]], ...]  # (x, width, cell, lines)
    height: float


class GridTable(Flowable):
    """A table of plain-text cells in one style, ruled with `rule_width` lines of `rule`."""

    def __init__(self, rows: Sequence[Sequence[Cell]], col_widths: Sequence[float],
                 style: ParagraphStyle, padding: Padding, *, header_rows: int = 0,
                 rule: colors.Color = colors.black, rule_width: float = 0.5,
                 _laid_out: tuple[_Row, ...] | None = None):
        super().__init__()
        self.col_widths = tuple(col_widths)
        self.style, self.padding, self.header_rows = style, padding, header_rows
        self.rule, self.rule_width = rule, rule_width
        self.rows = _laid_out if _laid_out is not None else tuple(
            self._lay_out(row) for row in rows)
        self.width = sum(self.col_widths)
        self.height = sum(row.height for row in self.rows)

    def _lay_out(self, cells: Sequence[Cell]) -> _Row:
        st, pad = self.style, self.padding
        placed = []
        column, x = 0, 0.0
        for cell in cells:
            if column + cell.span > len(self.col_widths):
                raise ValueError(f"row has more columns than the table's {len(self.col_widths)}")
            width = sum(self.col_widths[column:column + cell.span])
            lines = fit_lines(cell.text, width - pad.left - pad.right, st.fontName, st.fontSize)
            placed.append((x, width, cell, lines))
            column, x = column + cell.span, x + width
        if column != len(self.col_widths):
            raise ValueError(f"row covers {column} of the table's {len(self.col_widths)} columns")
        tallest = max(len(lines) for _, _, _, lines in placed)
        return _Row(tuple(placed), tallest * st.leading + pad.top + pad.bottom)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Whole rows up to the page's end, then the header rows again and the rest."""
        used, fits = 0.0, 0
        for row in self.rows:
            if used + row.height > available_height:
                break
            used += row.height
            fits += 1
        if fits <= self.header_rows or fits == len(self.rows):
            return []
        head = self.rows[:self.header_rows]
        return [self._part(self.rows[:fits]), self._part((*head, *self.rows[fits:]))]

    def _part(self, rows: tuple[_Row, ...]) -> GridTable:
        return GridTable((), self.col_widths, self.style, self.padding,
                         header_rows=self.header_rows, rule=self.rule,
                         rule_width=self.rule_width, _laid_out=rows)

    def draw(self) -> None:
        canvas, st, pad = self.canv, self.style, self.padding
        tops = []
        top = self.height
        for row in self.rows:
            tops.append(top)
            top -= row.height
        for row, top in zip(self.rows, tops, strict=True):
            for x, width, cell, _ in row.cells:
                if cell.fill is not None:
                    canvas.setFillColor(cell.fill)
                    canvas.rect(x, top - row.height, width, row.height, stroke=0, fill=1)
        canvas.setFillColor(st.textColor)
        canvas.setFont(st.fontName, st.fontSize, st.leading)
        for row, top in zip(self.rows, tops, strict=True):
            bottom = top - row.height
            for x, width, cell, lines in row.cells:
                # reportlab's Table centres a text block the same way (VALIGN MIDDLE)
                y = bottom + (pad.bottom + row.height - pad.top + len(lines) * st.leading) / 2 \
                    - st.fontSize
                for line in lines:
                    draw_line(canvas, line, st.fontName, st.fontSize, x + pad.left, y,
                              width - pad.left - pad.right, cell.align)
                    y -= st.leading
        self._rules(tops)

    def _rules(self, tops: list[float]) -> None:
        """Row boundaries across the whole width; column boundaries where a cell starts,
        merged into one stroke down consecutive rows."""
        canvas = self.canv
        segments = [(0.0, top, self.width, top) for top in (*tops, 0.0)]
        runs: dict[float, list[tuple[float, float]]] = {}
        for row, top in zip(self.rows, tops, strict=True):
            for x in (*(x for x, _, _, _ in row.cells), self.width):
                spans = runs.setdefault(x, [])
                if spans and spans[-1][1] == top:
                    spans[-1] = (spans[-1][0], top - row.height)
                else:
                    spans.append((top, top - row.height))
        segments += [(x, upper, x, lower) for x, spans in runs.items() for upper, lower in spans]
        canvas.setStrokeColor(self.rule)
        canvas.setLineWidth(self.rule_width)
        canvas.setLineCap(2)  # square ends close the corners where strokes meet
        canvas.lines(segments)


class SignatureBlock(Flowable):
    """Text stacks side by side, bottom-aligned (clerk on the left; office, seal line and
    date on the right), and optionally a full-width line below; never split across pages.

    Measures as reportlab's Table did with VALIGN BOTTOM, no side padding, `top` above the
    stacks, `below_top` above the line below and `bottom` under each row."""

    def __init__(self, stacks: Sequence[tuple[float, Sequence[Flowable]]],
                 below: Flowable | None = None, *, top: float = 10, below_top: float = 14,
                 bottom: float = 3):
        super().__init__()
        self.stacks, self.below = stacks, below
        self.top, self.below_top, self.bottom = top, below_top, bottom
        self._heights: list[float] = []
        self._below_height = 0.0

    @staticmethod
    def _stack_height(blocks: Sequence[Flowable], width: float) -> float:
        total = 0.0
        for block in blocks:
            total += block.getSpaceBefore() + block.wrap(width, 10_000)[1] + \
                block.getSpaceAfter()
        return total

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [self._stack_height(blocks, width) for width, blocks in self.stacks]
        self.width = sum(width for width, _ in self.stacks)
        self._below_height = 0.0
        if self.below is not None:
            self._below_height = self.below_top + self._stack_height([self.below], self.width) \
                + self.bottom
        self.height = self.top + max(self._heights, default=0.0) + self.bottom + \
            self._below_height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # kept whole: the signature never stands apart from the office and date

    def draw(self) -> None:
        x = 0.0
        for (width, blocks), height in zip(self.stacks, self._heights, strict=True):
            y = self._below_height + self.bottom + height
            for block in blocks:
                _, block_height = block.wrap(width, 10_000)
                y -= block.getSpaceBefore() + block_height
                block.drawOn(self.canv, x, y)
                y -= block.getSpaceAfter()
            x += width
        if self.below is not None:
            self.below.wrap(self.width, 10_000)
            self.below.drawOn(self.canv, 0, self.bottom)
