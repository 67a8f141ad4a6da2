"""首问跟踪: every open case the clerk owns, soonest deadline first, coloured when due."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.accounts import Actor
from counterdesk.services.casework import CaseSummary, CaseworkService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words
from counterdesk.ui.keys import bind, with_key

URGENCY_COLOURS = {"overdue": QColor("#f8d7da"), "today": QColor("#fff3cd")}


class MyCasesPage(QWidget):
    open_requested = Signal(str)

    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.casework = CaseworkService(space)
        self.summaries: list[CaseSummary] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.legend = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(lambda _item: self.open_current())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.legend, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        bind(self, "F5", self.refresh)
        bind(self.table, "Return", self.open_current, Qt.ShortcutContext.WidgetShortcut)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("我的案件（首问跟踪）"))
        self.legend.setText(self.tr("红色：已超期 · 黄色：今日到期"))
        self.table.setHorizontalHeaderLabels([
            self.tr("受理编号"), self.tr("申请人"), self.tr("事项编码"), self.tr("状态"),
            self.tr("下一期限"), self.tr("期限类型")])
        self.open_button.setText(with_key(self.tr("打开案件"), "Enter"))
        self.refresh_button.setText(with_key(self.tr("刷新"), "F5"))
        self.refresh()

    def refresh(self) -> None:
        summaries = operations.run(self, lambda: self.casework.my_cases(self.actor))
        if summaries is None:
            return
        self.summaries = summaries
        today = self.space.today()
        self.table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            cells = (summary.tracking_no, summary.applicant_name, summary.item_code,
                     words.status(summary.status.value),
                     summary.next_deadline.isoformat() if summary.next_deadline else "",
                     words.deadline_kind(summary.deadline_kind))
            colour = URGENCY_COLOURS.get(summary.urgency(today))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, summary.case_id)
                if colour is not None:
                    cell.setBackground(colour)
                self.table.setItem(row, column, cell)
        if summaries:
            self.table.setCurrentCell(0, 0)

    def open_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.summaries):
            self.open_requested.emit(self.summaries[row].case_id)
