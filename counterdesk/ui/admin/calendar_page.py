"""日历: the years the calendar knows, and local overrides (hall closures, extra workdays)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.calendar import UnknownYearError
from counterdesk.services.accounts import Actor
from counterdesk.services.calendar_admin import CalendarAdminService, CalendarOverride, CaseDue
from counterdesk.services.calendar_years import import_year_file
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words
from counterdesk.ui.admin.accounts_page import read_only_table
from counterdesk.ui.admin.notice_dialog import NoticeDialog

_UNKNOWN_STYLE = "color: #a15c00; font-weight: bold;"


class CalendarPage(QWidget):
    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.service = CalendarAdminService(space)
        self.overrides: list[CalendarOverride] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.years_status = QLabel()
        self.years_status.setWordWrap(True)
        self.notice_button = QPushButton()
        self.notice_button.clicked.connect(self.open_notice_dialog)
        self.notice_dialog: NoticeDialog | None = None
        self.table: QTableWidget = read_only_table(4)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = space.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox()
        self.kind.addItem("", False)
        self.kind.addItem("", True)
        self.note = QLineEdit()
        self.moves_promised = QCheckBox()
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_file)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.form_box = QGroupBox()
        self.form = QFormLayout(self.form_box)
        for field in (self.day, self.current, self.kind, self.note):
            self.form.addRow(QLabel(), field)
        self.form.addRow(self.moves_promised)
        self.form.addRow(self.save_button)
        self.form.addRow(self.delete_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.day.dateChanged.connect(self.show_current)
        columns = QHBoxLayout()
        columns.addWidget(self.table, 3)
        columns.addWidget(self.form_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        years_row = QHBoxLayout()
        years_row.addWidget(self.years_status, 1)
        years_row.addWidget(self.notice_button)
        years_row.addWidget(self.import_button)
        layout.addLayout(years_row)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("工作日历调整"))
        self.explanation.setText(self.tr(
            "法定节假日和调休按国务院安排计算。这里录入本中心的临时调整：闭厅日和加班办理日。"
            "闭厅不是法定节假日，不改变法定期限（告知期限、法定办结时限，行政许可法第八十二条）；"
            "勾选“顺延承诺办结日”时，只顺延此后计算的承诺办结日。"))
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("星期"),
                                              self.tr("调整为"), self.tr("原因")])
        self.moves_promised.setText(self.tr("顺延承诺办结日"))
        self.delete_button.setText(self.tr("删除所选调整…"))
        self.form_box.setTitle(self.tr("添加或修改调整"))
        for row, text in enumerate((self.tr("日期"), self.tr("当前日历"), self.tr("调整为"),
                                    self.tr("原因"))):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.kind.setItemText(0, self.kind_text(False))
        self.kind.setItemText(1, self.kind_text(True))
        self.note.setPlaceholderText(self.tr("如：停电闭厅、集中办理日"))
        self.save_button.setText(self.tr("保存调整"))
        self.notice_button.setText(self.tr("录入年度节假日安排…"))
        self.import_button.setText(self.tr("导入日历文件…"))
        self.import_button.setToolTip(self.tr("导入中心用“counterdesk workdays export-year”"
                                              "导出的年度节假日安排文件"))
        self.show_years()
        self._show_table()
        self.show_current()

    def confirm_cases_due(self, day: dt.date, due: list[CaseDue], moves: bool) -> bool:
        """A closure on a day some open case is promised for: the administrator sees which
        cases before saving (their printed dates do not change)."""
        names = "\n".join(f"{case.tracking_no}  {case.applicant_name}" for case in due[:20])
        more = self.tr("\n……等共 {count} 件").format(count=len(due)) if len(due) > 20 else ""
        effect = (self.tr("此后计算的承诺办结日将顺延；已出具的文书日期不变。") if moves
                  else self.tr("未勾选顺延：这些案件的承诺办结日不变。"))
        return self._asked_yes(
            self.tr("闭厅日有案件到期"),
            self.tr("{day} 是以下 {count} 件在办案件的承诺办结日：\n{names}{more}\n\n{effect}\n"
                    "仍要保存吗？").format(day=day.isoformat(), count=len(due), names=names,
                                        more=more, effect=effect))

    def confirm_closing_today(self, moves: bool) -> bool:
        """Today may already hold decisions made while it counted as a working day: say what
        the closure does to them (nothing already decided or printed changes)."""
        effect = (self.tr("勾选了顺延：此后计算的承诺办结日跨过今天的，将不再把今天算作工作日。")
                  if moves else self.tr("未勾选顺延：承诺办结日的计算不受影响。"))
        return self._asked_yes(
            self.tr("将今天设为闭厅日"),
            self.tr("今天（{day}）可能已有案件按工作日登记、受理或作出决定。保存后：\n"
                    "· 今天已作出的决定、已出具的文书和已告知申请人的承诺办结日都不改变；\n"
                    "· 承诺办结日从受理次日起算，今天受理的承诺件不受影响；今天受理的即办件，"
                    "承诺办结日仍是今天；\n"
                    "· 告知期限、法定办结时限等法定期限不受闭厅影响；\n"
                    "· {effect}\n\n"
                    "仍要把今天设为闭厅日吗？").format(day=self.space.today().isoformat(),
                                                 effect=effect))

    def _asked_yes(self, title: str, text: str) -> bool:
        """A question whose default is No: Enter pressed by habit keeps the calendar as it is."""
        answer = QMessageBox.question(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self) -> None:
        """The centre enters the notice once and sends the year to every window as a file."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("导入日历文件"), "",
                                              self.tr("日历文件 (*.yaml *.yml)"))
        if not name:
            return
        moved: dict[int, list[object]] = {}
        if not operations.attempt(self, lambda: moved.update(
                import_year_file(self.space, Path(name), self.actor.user_id))):
            return
        self.show_years()
        self.show_current()
        text = self.tr("已导入：{years}；{count} 件在办案件的承诺办结日已重算。")
        self.status.setText(text.format(years="、".join(str(year) for year in sorted(moved)),
                                        count=sum(len(cases) for cases in moved.values())))

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.overrides):
            self.status.setText(self.tr("请先在左侧列表中选择要删除的调整。"))
            return
        day = self.overrides[row].day
        reason, ok = QInputDialog.getText(
            self, self.tr("删除调整"),
            self.tr("删除 {day} 的调整，请填写原因（记入审计日志）：").format(day=day.isoformat()))
        if not ok:
            return
        if not operations.attempt(self, lambda: self.service.delete_override(
                self.actor, day, reason)):
            return
        self.refresh()
        self.status.setText(self.tr("已删除 {day} 的调整。").format(day=day.isoformat()))

    def kind_text(self, workday: bool) -> str:
        return self.tr("工作日（加班办理）") if workday else self.tr("休息日（闭厅）")

    def weekday_text(self, day: dt.date) -> str:
        return (self.tr("星期一"), self.tr("星期二"), self.tr("星期三"), self.tr("星期四"),
                self.tr("星期五"), self.tr("星期六"), self.tr("星期日"))[day.weekday()]

    def chosen_day(self) -> dt.date:
        return dt.date.fromisoformat(self.day.date().toString("yyyy-MM-dd"))

    def show_current(self) -> None:
        day = self.chosen_day()
        try:
            workday = self.space.calendar.statutory().is_workday(day)
        except UnknownYearError:
            self.current.setText(self.tr("{year} 年的节假日安排未知").format(year=day.year))
            return
        text = self.tr("{weekday}，{kind}").format(
            weekday=self.weekday_text(day),
            kind=self.tr("工作日") if workday else self.tr("休息日"))
        entry = next((o for o in self.overrides if o.day == day), None)
        if entry is not None:
            text += self.tr("；本中心：{kind}").format(kind=self.kind_text(entry.workday))
        self.current.setText(text)

    def show_years(self) -> None:
        """Which of this year and next still lack the State Council's schedule, and which
        years were entered by hand."""
        calendar = self.space.calendar
        this_year = self.space.today().year
        unknown = [year for year in (this_year, this_year + 1) if not calendar.knows_year(year)]
        lines = [self.tr("{year}年节假日安排尚未录入：相关期限暂按法定节假日计算（暂计）")
                 .format(year=year) for year in unknown]
        if calendar.years:
            lines.append(self.tr("已录入的年度节假日安排：{years}").format(
                years=self.tr("、").join(self.tr("{year}年").format(year=year)
                                        for year in sorted(calendar.years))))
        self.years_status.setStyleSheet(_UNKNOWN_STYLE if unknown else "")
        self.years_status.setText("\n".join(lines))

    def open_notice_dialog(self) -> None:
        if self.notice_dialog is not None:
            self.notice_dialog.deleteLater()
        self.notice_dialog = NoticeDialog(self.space, self.actor, self)
        self.notice_dialog.declared.connect(self.notice_declared)
        self.notice_dialog.open()

    def notice_declared(self, year: int) -> None:
        self.show_years()
        self.show_current()
        self.status.setText(self.tr("已录入{year}年节假日安排，此后计算的期限按此安排；"
                                    "{count} 件在办案件的承诺办结日已按新安排重算，督查队列可见。")
                            .format(year=year, count=self.notice_dialog.moved_count))

    def refresh(self) -> None:
        self.overrides = operations.run(self, self.service.overrides) or []
        self._show_table()
        self.show_current()

    def _show_table(self) -> None:
        self.table.setRowCount(len(self.overrides))
        for row, override in enumerate(self.overrides):
            cells = (override.day.isoformat(), self.weekday_text(override.day),
                     self.kind_text(override.workday), override.note)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def save(self) -> None:
        day, workday = self.chosen_day(), bool(self.kind.currentData())
        moves = self.moves_promised.isChecked()
        if not self.note.text().strip():
            # Refused first: no question about the day's cases for a change that cannot be
            # saved anyway (the service refuses it too).
            QMessageBox.warning(self, self.tr("无法保存"), words.error_code("note_required"))
            self.note.setFocus()
            return
        if not workday and day == self.space.today() and not self.confirm_closing_today(moves):
            return
        due = operations.run(self, lambda: self.service.cases_due_on(day)) or []
        if due and not workday and not self.confirm_cases_due(day, due, moves):
            return
        if not operations.attempt(self, lambda: self.service.set_override(
                self.actor, day, workday, self.note.text(), moves)):
            return
        self.note.clear()
        self.refresh()
        self.status.setText(self.tr("已保存：{day} 调整为{kind}。").format(
            day=day.isoformat(), kind=self.kind_text(workday)))
