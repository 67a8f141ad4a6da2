"""A case's whole timeline for a supervisor: every entry in full, never cut off."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.casework import TimelineEntry
from counterdesk.ui import timeline_words


class WrappedTextDelegate(QStyledItemDelegate):
    """A wrapped cell measured as it is painted: Qt's own measure came out a line short for a
    text that just fills its lines (Chinese and Latin mixed), and the last line was lost to
    "…". Measured at the width left inside the painting margins, plus those margins above
    and below."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        widget = option.widget
        style = widget.style() if widget is not None else None
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
                  if style is not None else 3)
        painted = QStyleOptionViewItem(option)
        painted.rect = option.rect.adjusted(0, 0, -2 * margin, 0)
        measured = super().sizeHint(painted, index)
        return QSize(measured.width(), measured.height() + 2 * margin)


class TimelineDialog(QDialog):
    """Registration, submissions, decisions, documents, referrals, ratings, reviews and the
    audit entries of one case, in time order. A long entry (a supervisor's reasons, a file
    path) wraps onto more lines, and its cell's tooltip holds the whole text: the reasons are
    what the supervisor opened the timeline to read."""

    def __init__(self, tracking_no: str, entries: list[TimelineEntry],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("案件全过程 {no}").format(no=tracking_no))
        self.table = QTableWidget(len(entries), 3)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("环节"), self.tr("内容")])
        for row, entry in enumerate(entries):
            for column, text in enumerate((entry.at[:19].replace("T", " "),
                                           timeline_words.entry_kind(entry.kind),
                                           timeline_words.describe(entry))):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(2, WrappedTextDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Rows grow to their wrapped text, measured again whenever the text's column is
        # resized with the dialog (the header's own ResizeToContents misses that). Queued:
        # the signal comes before the column has its new width.
        header.sectionResized.connect(self._fit_rows, Qt.ConnectionType.QueuedConnection)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(900, 520)

    def _fit_rows(self, column: int, _old: int, _new: int) -> None:
        if column == 2:
            self.table.resizeRowsToContents()
