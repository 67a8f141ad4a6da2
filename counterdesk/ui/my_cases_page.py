"""首问跟踪: every open case the clerk owns, soonest deadline first, coloured when due, found
by what the clerk types."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.accounts import Actor
from counterdesk.services.casework import CaseSummary, CaseworkService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words
from counterdesk.ui.keys import bind, with_key

URGENCY_COLOURS = {"overdue": QColor("#f8d7da"), "today": QColor("#fff3cd")}
Index = QModelIndex | QPersistentModelIndex


class MyCasesTableModel(QAbstractTableModel):
    """The summaries as rows; cells are worded only when the view shows them, so ten thousand
    open cases load as fast as ten."""

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[CaseSummary] = []
        self.today = dt.date.min
        self.headers: list[str] = []

    def show(self, summaries: list[CaseSummary], today: dt.date) -> None:
        self.beginResetModel()
        self.summaries, self.today = summaries, today
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.summaries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.summaries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(summary, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = URGENCY_COLOURS.get(summary.urgency(self.today))
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return summary.case_id
        return None

    def _cell(self, summary: CaseSummary, column: int) -> str:
        if column == 0:
            return summary.tracking_no
        if column == 1:
            return summary.applicant_name
        if column == 2:
            return summary.item_code
        if column == 3:
            return summary.item_name
        if column == 4:
            return words.status(summary.status.value)
        if column == 5:
            return summary.next_deadline.isoformat() if summary.next_deadline else ""
        if summary.deadline_kind == "awaiting_applicant":
            return self.tr("待申请人补正")
        return words.deadline_kind(summary.deadline_kind)


class MyCasesPage(QWidget):
    open_requested = Signal(str)

    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.casework = CaseworkService(space)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        # Keys typed while a search runs are taken together: one search for the lot.
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(0)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.open_current)
        self.found_label = QLabel()
        self.legend = QLabel()
        self.model = MyCasesTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.open_current())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        searching = QHBoxLayout()
        searching.addWidget(self.search, 1)
        searching.addWidget(self.found_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.legend, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(searching)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        bind(self, "F5", self.refresh)
        bind(self, "Ctrl+F", self.search.setFocus)
        bind(self.table, "Return", self.open_current, Qt.ShortcutContext.WidgetShortcut)
        bind(self.search, "Down", self.table.setFocus, Qt.ShortcutContext.WidgetShortcut)
        bind(self.search, "Escape", self.search.clear, Qt.ShortcutContext.WidgetShortcut)
        self.retranslate_ui()
        for column, width in enumerate((170, 90, 170, 260, 130, 100)):
            self.table.setColumnWidth(column, width)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("我的案件（首问跟踪）"))
        self.search.setPlaceholderText(with_key(
            self.tr("查找：姓名、身份证号（或后4位）、电话、受理编号或文号"), "Ctrl+F"))
        self.legend.setText(self.tr("红色：已超期 · 黄色：今日到期"))
        self.model.set_headers([
            self.tr("受理编号"), self.tr("申请人"), self.tr("事项编码"), self.tr("事项名称"),
            self.tr("状态"), self.tr("下一期限"), self.tr("期限类型")])
        self.open_button.setText(with_key(self.tr("打开案件"), "Enter"))
        self.refresh_button.setText(with_key(self.tr("刷新"), "F5"))
        self.refresh()

    @property
    def summaries(self) -> list[CaseSummary]:
        return self.model.summaries

    def refresh(self) -> None:
        self.search_timer.stop()
        text = self.search.text()
        summaries = operations.run(self, lambda: self.casework.my_cases(self.actor, text))
        if summaries is None:
            return
        self.model.show(summaries, self.space.today())
        self.found_label.setText(self.tr("共 {n} 件").format(n=len(summaries)))
        if summaries:
            self.table.selectRow(0)

    def open_current(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.summaries):
            self.open_requested.emit(self.summaries[row].case_id)
