"""录入年度节假日安排: paste the State Council notice, check the year it gives, then declare it."""

from __future__ import annotations

import calendar as month_days
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.holiday_notice import NoticeError, NoticeSchedule, parse_notice
from counterdesk.services.accounts import Actor
from counterdesk.services.calendar_years import DeclareYearError, check_schedule, declare_notice
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations
from counterdesk.ui.keys import bind

_ERROR_STYLE = "color: #b00020; font-weight: bold;"
_OK_STYLE = "color: #1b7f3b; font-weight: bold;"
_HOLIDAY = (QColor("#f6c6cb"), QColor("#a0001c"))
_WORKDAY = (QColor("#c6dafc"), QColor("#0b3d91"))
_WEEKEND = QColor("#dcdcdc")
_NO_SUCH_DAY = QColor("#8a8a8a")

Index = QModelIndex | QPersistentModelIndex


class YearGridTableModel(QAbstractTableModel):
    """One year at a glance, read-only: a row per month, a column per day of the month."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.schedule: NoticeSchedule | None = None
        self.holidays: frozenset[dt.date] = frozenset()
        self.workdays: frozenset[dt.date] = frozenset()
        self.month_names = [str(month) for month in range(1, 13)]
        self.off_mark, self.work_mark = "", ""
        self.describe: Callable[[dt.date, bool, bool], str] = lambda day, off, on: ""
        self.bold = QFont()
        self.bold.setBold(True)

    def show_schedule(self, schedule: NoticeSchedule | None, month_names: list[str],
                      off_mark: str, work_mark: str,
                      describe: Callable[[dt.date, bool, bool], str]) -> None:
        """Holidays red with off_mark, make-up workdays blue with work_mark, weekends grey."""
        self.beginResetModel()
        self.schedule = schedule
        self.holidays = frozenset(schedule.holidays) if schedule else frozenset()
        self.workdays = frozenset(schedule.workdays) if schedule else frozenset()
        self.month_names, self.off_mark, self.work_mark = month_names, off_mark, work_mark
        self.describe = describe
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 12

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 31

    def day_at(self, row: int, column: int) -> dt.date | None:
        """The date in a cell; None before anything is read and for 2月30日 and the like."""
        if self.schedule is None:
            return None
        month = row + 1
        if column >= month_days.monthrange(self.schedule.year, month)[1]:
            return None
        return dt.date(self.schedule.year, month, column + 1)

    def mark(self, day: dt.date) -> str:
        """The mark shown on a day (休, 班 or nothing)."""
        if self.schedule is None or day.year != self.schedule.year:
            return ""
        index = self.index(day.month - 1, day.day - 1)
        return str(self.data(index) or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.schedule is None:
            return None
        day = self.day_at(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            if day is None:
                return _NO_SUCH_DAY
            if day in self.holidays:
                return _HOLIDAY[0]
            if day in self.workdays:
                return _WORKDAY[0]
            return _WEEKEND if day.weekday() >= 5 else None
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if day in self.holidays:
                return self.off_mark
            return self.work_mark if day in self.workdays else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if day in self.holidays:
                return _HOLIDAY[1]
            return _WORKDAY[1] if day in self.workdays else None
        if role == Qt.ItemDataRole.FontRole:
            return self.bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(day, day in self.holidays, day in self.workdays)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(section + 1) if 0 <= section < 31 else None
        return self.month_names[section] if 0 <= section < 12 else None


def year_grid_view(model: YearGridTableModel) -> QTableView:
    """All twelve months visible at once; the view never takes focus."""
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    # Tab goes text → 识别 → 确认录入 → 取消; the grid is there to be looked at.
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.horizontalHeader().setMinimumSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    # The minimum width keeps every column readable, so neither scroll bar is ever needed.
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setMinimumWidth(31 * 26 + 60)
    view.setFixedHeight(12 * 24 + view.horizontalHeader().sizeHint().height()
                        + 2 * view.frameWidth())
    return view


class NoticeDialog(QDialog):
    """Reads the pasted notice, shows the year it gives, declares it when the admin confirms."""

    declared = Signal(int)

    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.schedule: NoticeSchedule | None = None
        self.moved_count = 0
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.notice = QPlainTextEdit()
        self.notice.setTabChangesFocus(True)
        self.notice.setMinimumHeight(120)
        self.notice.textChanged.connect(self.forget_parsed)
        self.parse_button = QPushButton()
        self.parse_button.setAutoDefault(False)
        self.parse_button.clicked.connect(self.parse)
        bind(self.notice, "Ctrl+Return", self.parse, Qt.ShortcutContext.WidgetShortcut)
        bind(self.notice, "Ctrl+Enter", self.parse, Qt.ShortcutContext.WidgetShortcut)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.legend = QLabel()
        self.grid = YearGridTableModel(self)
        self.grid_view = year_grid_view(self.grid)
        self.confirm_button = QPushButton()
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        parse_row = QHBoxLayout()
        parse_row.addWidget(self.parse_button)
        parse_row.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.notice, 1)
        layout.addLayout(parse_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(self.grid_view)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.notice, self.parse_button)
        QWidget.setTabOrder(self.parse_button, self.confirm_button)
        QWidget.setTabOrder(self.confirm_button, self.cancel_button)
        self.retranslate_ui()
        # 1366×768 less a taskbar and the title bar is the smallest screen in the halls.
        room = self.screen().availableGeometry()
        self.resize(min(1180, room.width() - 40), min(700, room.height() - 40))
        self.notice.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("录入年度节假日安排"))
        self.explanation.setText(self.tr(
            "把国务院办公厅关于某年部分节假日安排的通知全文粘贴到下面，点击“识别”"
            "（Ctrl+Enter）。核对下方日历无误后点击“确认录入”：此后计算的期限按通知中的放假和"
            "调休上班日计算。"))
        self.notice.setPlaceholderText(self.tr("国务院办公厅关于YYYY年部分节假日安排的通知……"))
        self.parse_button.setText(self.tr("识别"))
        self.confirm_button.setText(self.tr("确认录入"))
        self.cancel_button.setText(self.tr("取消"))
        self.legend.setText(self.tr("红色“休”：放假　蓝色“班”：调休上班　灰色：周末"))
        self._show_parsed()

    def month_names(self) -> list[str]:
        return [self.tr("{month}月").format(month=month) for month in range(1, 13)]

    def describe_day(self, day: dt.date, holiday: bool, workday: bool) -> str:
        weekday = (self.tr("星期一"), self.tr("星期二"), self.tr("星期三"), self.tr("星期四"),
                   self.tr("星期五"), self.tr("星期六"), self.tr("星期日"))[day.weekday()]
        if holiday:
            kind = self.tr("放假")
        elif workday:
            kind = self.tr("调休上班")
        else:
            kind = self.tr("休息日") if day.weekday() >= 5 else self.tr("工作日")
        return self.tr("{day} {weekday}：{kind}").format(day=day.isoformat(), weekday=weekday,
                                                        kind=kind)

    def forget_parsed(self) -> None:
        """An edited text must be read again before it can be declared."""
        if self.schedule is None:
            return
        self.schedule = None
        self.confirm_button.setEnabled(False)
        self.status.clear()
        self._show_parsed()

    def parse(self) -> None:
        self.schedule = None
        self.confirm_button.setEnabled(False)
        try:
            schedule = parse_notice(self.notice.toPlainText())
        except NoticeError as error:
            self._show_parsed()
            self._say(self._notice_error_text(error), ok=False)
            if error.line is not None:
                self._put_cursor_on_line(error.line)
            return
        self.schedule = schedule
        self._show_parsed()
        try:
            check_schedule(schedule.year, schedule.holidays, schedule.workdays)
        except DeclareYearError as error:
            self._say(self.tr("不能录入：{reason}").format(reason=error), ok=False)
            return
        if schedule.year in self.space.calendar.years:
            self._say(self.tr("识别成功。确认后将替换此前录入的{year}年安排。")
                      .format(year=schedule.year), ok=True)
        else:
            self._say(self.tr("识别成功，请核对下方日历。"), ok=True)
        self.confirm_button.setEnabled(True)

    def _notice_error_text(self, error: NoticeError) -> str:
        if error.line is None:
            return self.tr("无法识别：{message}").format(message=error.message)
        return self.tr("第{line}行：{message}").format(line=error.line, message=error.message)

    def _put_cursor_on_line(self, line: int) -> None:
        block = self.notice.document().findBlockByNumber(line - 1)
        if block.isValid():
            cursor = self.notice.textCursor()
            cursor.setPosition(block.position())
            self.notice.setTextCursor(cursor)

    def confirm(self) -> None:
        schedule = self.schedule
        if schedule is None:
            return
        try:
            moved: list[object] = []
            done = operations.attempt(self, lambda: moved.extend(
                declare_notice(self.space, schedule, self.actor.user_id)))
        except DeclareYearError as error:
            self.confirm_button.setEnabled(False)
            self._say(self.tr("不能录入：{reason}").format(reason=error), ok=False)
            return
        if done:
            # Open cases whose provisional promised date the real schedule moved.
            self.moved_count = len(moved)
            self.declared.emit(schedule.year)
            self.accept()

    def _say(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet(_OK_STYLE if ok else _ERROR_STYLE)
        self.status.setText(text)

    def _show_parsed(self) -> None:
        schedule = self.schedule
        if schedule is None:
            self.summary.setText(self.tr("尚未识别"))
        else:
            self.summary.setText(self.tr("{year}年：放假 {off} 天，调休上班 {on} 天").format(
                year=schedule.year, off=len(schedule.holidays), on=len(schedule.workdays)))
        self.grid.show_schedule(schedule, self.month_names(), self.tr("休"), self.tr("班"),
                                self.describe_day)
