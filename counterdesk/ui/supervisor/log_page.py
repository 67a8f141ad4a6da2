"""The log browser: every case, filtered, searched as the supervisor types and sorted, opening
to the case's whole timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.cases import CaseStatus
from counterdesk.services.accounts import Actor
from counterdesk.services.case_search import CaseLogSearch
from counterdesk.services.log_filter import LogFilter
from counterdesk.services.workspace import Workspace
from counterdesk.ui import words
from counterdesk.ui.supervisor import texts
from counterdesk.ui.supervisor.log_model import CaseLogTableModel
from counterdesk.ui.supervisor.timeline_dialog import TimelineDialog


class LogBrowserPage(QWidget):
    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = CaseLogSearch(space, actor)
        self.model = CaseLogTableModel(self.service)
        self.search = QLineEdit()
        # Keys typed while a search runs are taken together: one search for the lot.
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(0)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        self.clerk = QComboBox()
        self.window = QComboBox()
        self.item = QComboBox()
        self.department = QComboBox()
        self.outcome = QComboBox()
        self.status = QComboBox()
        self.overdue = QCheckBox()
        self.apply_button = QPushButton()
        self.total_label = QLabel()
        self.table = QTableView()
        self._build()
        self.retranslate_ui()
        self._fill_choices()
        self.apply_filter()

    def _build(self) -> None:
        self.date_from_label, self.date_to_label = QLabel(), QLabel()
        self.search_label = QLabel()
        self.labels = [QLabel() for _ in range(6)]
        grid = QGridLayout()
        grid.addWidget(self.search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 5)
        grid.addWidget(self.date_from_label, 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(self.date_to_label, 1, 2)
        grid.addWidget(self.date_to, 1, 3)
        grid.addWidget(self.overdue, 1, 4)
        grid.addWidget(self.apply_button, 1, 5)
        for position, (label, box) in enumerate(zip(self.labels, (
                self.clerk, self.window, self.item, self.department, self.outcome,
                self.status), strict=True)):
            row, column = divmod(position, 3)
            grid.addWidget(label, row + 2, column * 2)
            grid.addWidget(box, row + 2, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        for box in (self.clerk, self.window, self.item, self.department):
            box.setMinimumContentsLength(10)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.date_from.setPlaceholderText("2026-01-01")
        self.date_to.setPlaceholderText("2026-12-31")
        for edit in (self.date_from, self.date_to):
            edit.returnPressed.connect(self.apply_filter)
        self.apply_button.clicked.connect(self.apply_filter)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_timer.timeout.connect(self.apply_filter)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_timeline(index.row()))
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.total_label)
        layout.addWidget(self.table)
        for column, width in enumerate((170, 130, 60, 90, 230, 80, 150, 110)):
            self.table.setColumnWidth(column, width)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("查找"))
        self.search.setPlaceholderText(
            self.tr("姓名、身份证号（或后4位）、电话、受理编号或文号，边输边查"))
        self.date_from_label.setText(self.tr("登记日期自"))
        self.date_to_label.setText(self.tr("至"))
        for label, text in zip(self.labels, (self.tr("首问责任人"), self.tr("窗口"),
                                             self.tr("事项"), self.tr("部门"),
                                             self.tr("结果"), self.tr("状态")), strict=True):
            label.setText(text)
        self.overdue.setText(self.tr("仅显示超期案件"))
        self.apply_button.setText(self.tr("查询"))

    def _fill_choices(self) -> None:
        choices = self.service.choices()
        everything = self.tr("全部")
        self.clerk.addItem(everything, None)
        for clerk in choices["clerks"]:
            self.clerk.addItem(clerk["display_name"], clerk["id"])
        self.window.addItem(everything, "")
        for window in choices["windows"]:
            self.window.addItem(f"{window['id']} {window['name']}", window["id"])
        self.item.addItem(everything, "")
        for item in choices["items"]:
            self.item.addItem(item["name"], item["code"])
        self.department.addItem(everything, "")
        for department in choices["departments"]:
            self.department.addItem(department, department)
        self.outcome.addItem(everything, "")
        for code in ("accept", "supplement", "reject"):
            self.outcome.addItem(words.outcome(code), code)
        self.status.addItem(everything, "")
        for status in CaseStatus:
            self.status.addItem(words.status(status.value), status.value)

    def current_filter(self) -> LogFilter | None:
        """The filter the boxes describe, or None after saying which date is wrong."""
        days = []
        for edit in (self.date_from, self.date_to):
            text = edit.text().strip()
            if text:
                try:
                    dt.date.fromisoformat(text)
                except ValueError:
                    QMessageBox.warning(self, self.tr("日期格式不对"),
                                        self.tr("请按 2026-09-30 的格式输入日期：{text}")
                                        .format(text=text))
                    edit.setFocus()
                    return None
            days.append(text)
        return LogFilter(date_from=days[0], date_to=days[1], clerk_id=self.clerk.currentData(),
                         window_id=self.window.currentData(), item_code=self.item.currentData(),
                         department=self.department.currentData(),
                         outcome=self.outcome.currentData(), status=self.status.currentData(),
                         overdue=self.overdue.isChecked(), search=self.search.text())

    def showEvent(self, event: QShowEvent) -> None:
        """Cases change while the page is hidden (a review reopens one): reload on sight."""
        super().showEvent(event)
        self.refresh()

    def apply_filter(self) -> None:
        self.search_timer.stop()
        spec = self.current_filter()
        if spec is None:
            return
        texts.run(self, lambda: self.model.reload(spec))
        self._show_total()

    def refresh(self) -> None:
        """Reload the filter last applied, from the first page."""
        texts.run(self, self.model.reload)
        self._show_total()

    def _show_total(self) -> None:
        total = texts.run(self, self.model.total)
        self.total_label.setText(self.tr("共 {n} 件").format(n=total if total is not None
                                                             else "?"))

    def open_timeline(self, row: int) -> None:
        case = self.model.rows[row]
        entries = texts.run(self, lambda: self.service.timeline(str(case["id"])))
        if entries is not None:
            TimelineDialog(str(case["tracking_no"]), entries, self).open()
