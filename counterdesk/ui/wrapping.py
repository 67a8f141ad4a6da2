"""Widgets whose words wrap instead of being cut off: a long question beside a check box
("申请事项依法需要取得行政许可（行政许可法第三十二条第一款第（一）项）") takes as many lines
as the column's width needs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QStyle, QWidget

# The fewest characters a wrapping text is ever narrowed to.
MIN_CHARS = 30


class WrappingCheckBox(QCheckBox):
    """A check box whose text wraps: the box draws only its indicator; a word-wrapped label
    beside it holds the text, and a click on the text ticks the box as on any check box."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def _indent(self) -> int:
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self) + 2)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.words.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self._place_words()

    def text(self) -> str:
        return self.words.text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """On one line when there is room for it."""
        width = self._indent() + self.fontMetrics().horizontalAdvance(self.text()) + 2
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        narrow = self._indent() + self.fontMetrics().averageCharWidth() * MIN_CHARS
        return QSize(narrow, self.heightForWidth(narrow))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(self.words.heightForWidth(max(1, width - self._indent())),
                   self._indicator_height())

    def _indicator_height(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self) + 4

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_words()

    def _place_words(self) -> None:
        indent = self._indent()
        width = max(1, self.width() - indent)
        self.words.setGeometry(indent, 0, width, max(self.height(),
                                                     self.words.heightForWidth(width)))
