"""Materials check: preliminary art. 32 questions, intake questions, the checklist, the outcome."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.agents import AGENT_QUESTION, BY_AGENT, NOT_BY_AGENT, asks_agent
from counterdesk.domain.calendar import UnknownYearError
from counterdesk.domain.cases import Case
from counterdesk.domain.catalog import Category, ServiceItem
from counterdesk.domain.decision import Outcome, ScenarioError
from counterdesk.domain.pledges import PledgeKind
from counterdesk.services.intake import IntakeService, SubmissionInput
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations
from counterdesk.ui.checklist_table_model import ChecklistTableModel, MaterialState
from counterdesk.ui.decision_panel import DecisionPanel
from counterdesk.ui.keys import bind, with_key
from counterdesk.ui.material_editor import MaterialEditor
from counterdesk.ui.wrapping import WrappingCheckBox


class ChecklistPage(QWidget):
    changed = Signal()
    decide_requested = Signal()
    escalate_requested = Signal()
    pledge_requested = Signal(str)
    receive_requested = Signal()
    back_requested = Signal()

    def __init__(self, space: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.intake = IntakeService(space)
        self.case: Case | None = None
        self.item: ServiceItem | None = None
        self.states: dict[str, MaterialState] = {}
        self.answer_boxes: dict[str, QComboBox] = {}
        self._loading = False

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        # The licence's questions cite the law and are long: they wrap rather than being cut.
        self.permit_required = WrappingCheckBox()
        self.permit_required.setChecked(True)
        self.in_jurisdiction = WrappingCheckBox()
        self.in_jurisdiction.setChecked(True)
        self.competent_office = QLineEdit()
        self.preliminary_box = QGroupBox()
        preliminary = QFormLayout(self.preliminary_box)
        preliminary.addRow(self.permit_required)
        preliminary.addRow(self.in_jurisdiction)
        self.competent_label = QLabel()
        preliminary.addRow(self.competent_label, self.competent_office)
        # 收件: the day the materials were handed over; every clock runs from it. A day
        # before today needs the clerk's reason (it is audited).
        self.receipt_date = QDateEdit()
        self.receipt_date.setCalendarPopup(True)
        self.receipt_date.setDisplayFormat("yyyy-MM-dd")
        self.receipt_label = QLabel()
        preliminary.addRow(self.receipt_label, self.receipt_date)
        self.backdate_reason = QLineEdit()
        self.backdate_label = QLabel()
        preliminary.addRow(self.backdate_label, self.backdate_reason)
        self.recorded_day: dt.date | None = None
        self.questions_box = QGroupBox()
        self.questions_form = QFormLayout(self.questions_box)
        # A long question on a line of its own, wrapped, above its answer: beside it, it
        # would be cut off.
        self.questions_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        self.model = ChecklistTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        # Tab leaves the table for the material editor; arrows still move between rows.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The material's name takes what the other columns leave: they are as wide as their
        # words (a defect list is short; a long name wraps).
        for column in range(1, ChecklistTableModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.editor = MaterialEditor()
        self.all_received_button = QPushButton()
        self.all_received_button.clicked.connect(self.mark_all_received)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.go_back)
        self.receive_button = QPushButton()
        self.receive_button.clicked.connect(self.receive_requested)
        self.panel = DecisionPanel()
        self.panel.decide_requested.connect(self.decide_requested)
        self.panel.escalate_requested.connect(self.escalate_requested)
        self.panel.pledge_requested.connect(self.pledge_requested)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        top = QHBoxLayout()
        top.addWidget(self.preliminary_box, 1)
        top.addWidget(self.questions_box, 1)
        left.addLayout(top)
        left.addWidget(self.table, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_received_button)
        buttons.addWidget(self.receive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        left.addLayout(buttons)
        left.addWidget(self.editor, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.panel, 2)

        self.permit_required.toggled.connect(self._touched)
        self.in_jurisdiction.toggled.connect(self._jurisdiction_changed)
        self.competent_office.textChanged.connect(self._touched)
        self.receipt_date.dateChanged.connect(self._receipt_date_changed)
        self.backdate_reason.textChanged.connect(self._touched)
        self.model.dataChanged.connect(self._table_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.editor.edited.connect(self._editor_changed)
        self._set_tab_order()
        bind(self, "F2", self.mark_all_received)
        bind(self, "Ctrl+Return", self.panel.decide_button.click)
        bind(self, "Ctrl+Enter", self.panel.decide_button.click)
        bind(self, "Ctrl+E", self.escalate_requested.emit)
        bind(self, "F8", self.panel.tolerance_button.click)
        bind(self, "F10", self.panel.commitment_button.click)
        bind(self, "F6", self.receive_requested.emit)
        bind(self, "Esc", self.go_back)
        self.editor.bind_keys(self)
        bind(self, "F4", self.table.setFocus)
        self.retranslate_ui()

    def show_preliminary_questions(self) -> None:
        """The two questions asked before any material (行政许可法 art. 32 ¶1 (一)(二) for a
        licence; the same two situations in plain words for every other category)."""
        if self.item is None or self.item.category == Category.LICENSE:
            self.permit_required.setText(
                self.tr("申请事项依法需要取得行政许可（行政许可法第三十二条第一款第（一）项）"))
            self.in_jurisdiction.setText(
                self.tr("属于本机关职权范围（行政许可法第三十二条第一款第（二）项）"))
        else:
            self.permit_required.setText(self.tr("申请事项依法需要办理本事项"))
            self.in_jurisdiction.setText(self.tr("属于本机关职权范围"))

    def retranslate_ui(self) -> None:
        self.preliminary_box.setTitle(self.tr("受理前审查"))
        self.show_preliminary_questions()
        self.competent_label.setText(self.tr("应向何机关申请"))
        # Short enough for the field at 1366×768 in both languages; the whole rule on hover.
        self.competent_office.setPlaceholderText(self.tr("超出职权时必填"))
        self.competent_office.setToolTip(self.tr("不属本机关职权范围时必填"))
        self.receipt_label.setText(self.tr("收件日期"))
        self.backdate_label.setText(self.tr("补录原因"))
        self.backdate_reason.setPlaceholderText(self.tr("早于今天时必填"))
        self.backdate_reason.setToolTip(self.tr("收件日期早于今天时必填，如：昨日收件今日录入"))
        self.receive_button.setText(with_key(self.tr("收件并打印材料接收凭证"), "F6"))
        self.questions_box.setTitle(self.tr("情形问题"))
        self.all_received_button.setText(with_key(self.tr("全部收齐"), "F2"))
        self.back_button.setText(with_key(self.tr("返回"), "Esc"))
        self.editor.retranslate_ui()
        self.panel.retranslate_ui()
        self._show_heading()

    # -- loading -------------------------------------------------------------------------

    def load(self, case: Case, prefill: SubmissionInput | None = None,
             draft: dict[str, Any] | None = None) -> bool:
        """Show the case's item; False (after a message) when its guide is not available."""
        item = operations.run(self, lambda: self.intake.item_of(case))
        if item is None:
            return False
        self._loading = True
        self.case, self.item = case, item
        # The reason belongs to one applicant: left in the field, one Ctrl+E would escalate
        # the next person with it.
        self.panel.escalation_reason.clear()
        self.show_preliminary_questions()
        saved: dict[str, Any] = draft or {}
        answers = dict(prefill.answers) if prefill else dict(saved.get("answers", {}))
        self.permit_required.setChecked(
            prefill.permit_required if prefill else saved.get("permit_required", True))
        self.in_jurisdiction.setChecked(
            prefill.in_jurisdiction if prefill else saved.get("in_jurisdiction", True))
        self.competent_office.setText(
            prefill.competent_office if prefill else saved.get("competent_office", ""))
        self._build_questions(item, answers)
        receipt_day = self.intake.receipt_day(case)
        self.recorded_day = self.intake.recorded_receipt_day(case)
        today = self.intake.space.today()
        self.receipt_date.setMaximumDate(QDate(today.year, today.month, today.day))
        saved_day = saved.get("received_on")
        shown = dt.date.fromisoformat(saved_day) if saved_day else receipt_day
        self.receipt_date.setDate(QDate(shown.year, shown.month, shown.day))
        self.backdate_reason.setText(str(saved.get("backdate_reason") or ""))
        self.states = {}
        for material in item.materials:
            if prefill is not None:
                state = MaterialState.from_report(material, prefill.materials.get(material.id),
                                                  prefill.details.get(material.id, ""))
            elif material.id in saved.get("materials", {}):
                state = MaterialState.from_json(material, saved["materials"][material.id])
            else:
                state = MaterialState(material)
            state.received_on = receipt_day
            self.states[material.id] = state
        self._show_heading()
        self._loading = False
        self._receipt_date_changed()
        self._rebuild_rows()
        self._jurisdiction_changed()
        first = next(iter(self.answer_boxes.values()), None)
        (first or self.table).setFocus()
        return True

    def _build_questions(self, item: ServiceItem, answers: dict[str, str]) -> None:
        while self.questions_form.rowCount():
            self.questions_form.removeRow(0)
        self.answer_boxes = {}
        for question in item.questions:
            box = QComboBox()
            box.addItems(list(question.options))
            if answers.get(question.id) in question.options:
                box.setCurrentText(answers[question.id])
            if question.id == AGENT_QUESTION and asks_agent(item):
                # Answered by the registration: an agent applies, or the applicant does.
                box.setCurrentText(BY_AGENT if self.case.agent is not None else NOT_BY_AGENT)
                box.setEnabled(False)
            label = QLabel(question.text)
            label.setWordWrap(True)
            self.questions_form.addRow(label, box)
            # Added to a page already on screen: shown now, so focus can land on them at once.
            label.show()
            box.show()
            box.currentIndexChanged.connect(self._rebuild_rows)
            self.answer_boxes[question.id] = box
        boxes = list(self.answer_boxes.values())
        self._set_tab_order()
        for box in boxes:
            bind(box, "Return", self.focusNextChild, Qt.ShortcutContext.WidgetShortcut)

    def _set_tab_order(self) -> None:
        """Questions, the table, then the editor: Tab never stays inside the table."""
        chain = [*self.answer_boxes.values(), self.table, *self.editor.focus_chain(),
                 self.all_received_button, self.back_button, *self.panel.focus_chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_heading(self) -> None:
        if not self.case or self.item is None:
            self.heading.setText(self.tr("材料核对"))
            return
        self.heading.setText(self.tr("材料核对 · {tracking} · {applicant} · {item}（{version}版）")
                             .format(tracking=self.case.tracking_no,
                                     applicant=self.case.applicant.name, item=self.item.name,
                                     version=self.item.version.isoformat()))

    # -- editing -------------------------------------------------------------------------

    def answers(self) -> dict[str, str]:
        return {qid: box.currentText() for qid, box in self.answer_boxes.items()}

    def _rebuild_rows(self) -> None:
        if self._loading or self.item is None:
            return
        required = self.item.required_materials(self.answers())
        self.model.set_rows([self.states[m.id] for m in required])
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.table.resizeRowsToContents()
        self._touched()

    def _row_selected(self) -> None:
        row = self.table.currentIndex().row()
        self.editor.show_state(self.model.rows[row] if 0 <= row < len(self.model.rows)
                               else None)

    def _table_changed(self) -> None:
        self._row_selected()
        self._touched()

    def _editor_changed(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            self.model.setData(self.model.index(row, 0), self.editor.state,
                               ChecklistTableModel.STATE_ROLE)

    def _jurisdiction_changed(self) -> None:
        self.competent_office.setEnabled(not self.in_jurisdiction.isChecked())
        self._touched()

    def has_records(self) -> bool:
        """True once the clerk recorded anything on this check: a tick, a copy count, a
        date, a defect, words on one, or a preliminary answer off its default."""
        if not (self.permit_required.isChecked() and self.in_jurisdiction.isChecked()) \
                or self.competent_office.text().strip():
            return True
        return any(state.received or state.copies or state.issued_on or state.defects
                   or state.corrected or state.detail for state in self.states.values())

    def go_back(self) -> None:
        """Esc / 返回: ticks are never dropped on one key; the draft is kept either way."""
        if self.has_records():
            answer = QMessageBox.question(
                self, self.tr("返回首问登记"),
                self.tr("本次材料核对已有记录（已保存为草稿）。确定离开核对、返回首问登记吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.back_requested.emit()

    def mark_all_received(self) -> None:
        """全部收齐: every required material received in the copies the guide asks for."""
        self.model.mark_all_received()

    def _touched(self) -> None:
        if self._loading or self.item is None:
            return
        self.refresh_outcome()
        self.changed.emit()

    # -- outcome -------------------------------------------------------------------------

    def submission(self) -> SubmissionInput:
        reports = {}
        for state in self.model.rows:
            report = state.report()
            if report is not None:
                reports[state.material.id] = report
        details = {state.material.id: state.described for state in self.model.rows
                   if state.described}
        return SubmissionInput(answers=self.answers(), materials=reports,
                               permit_required=self.permit_required.isChecked(),
                               in_jurisdiction=self.in_jurisdiction.isChecked(),
                               competent_office=self.competent_office.text().strip(),
                               details=details, received_on=self.received_on(),
                               backdate_reason=self.backdate_reason.text().strip())

    def received_on(self) -> dt.date:
        return self.receipt_date.date().toPython()  # type: ignore[no-any-return]

    def _receipt_date_changed(self) -> None:
        """Materials are judged on the day of receipt (validity); a day before today that the
        case does not already hold asks why."""
        day = self.received_on()
        self.backdate_reason.setEnabled(day < self.intake.space.today()
                                        and day != self.recorded_day)
        for state in self.states.values():
            state.received_on = day
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                len(self.model.rows) - 1, ChecklistTableModel.COLUMNS - 1))
        self._touched()

    def refresh_outcome(self) -> None:
        if not self.in_jurisdiction.isChecked() and not self.competent_office.text().strip():
            self.panel.show_decision(None, self.tr("不属于本机关职权范围：请填写应向何机关申请。"))
            return
        undated = [s.material.name for s in self.model.rows
                   if s.received and s.material.max_age_days is not None
                   and s.issued_on is None]
        if undated and self.permit_required.isChecked() and self.in_jurisdiction.isChecked():
            self.panel.show_decision(None, self.tr("请填写签发日期：{names}").format(
                names="、".join(undated)))
            return
        try:
            decision = self.intake.preview(self.case, self.submission())
        except (ScenarioError, UnknownYearError) as error:
            self.panel.show_decision(None, operations.explain(error)[1])
            return
        self.panel.show_decision(decision)
        if decision.outcome == Outcome.SUPPLEMENT:
            # Offered only when the live decision can be taken as it stands; a refusal to
            # record (a receipt day not yet explained) is told when deciding.
            submission = self.submission()
            with contextlib.suppress(Exception):
                self.panel.show_pledges({kind.value: self.intake.pledge_offer(
                    self.case, submission, kind.value) for kind in PledgeKind})

    def state(self) -> dict[str, Any]:
        return {"answers": self.answers(), "permit_required": self.permit_required.isChecked(),
                "in_jurisdiction": self.in_jurisdiction.isChecked(),
                "competent_office": self.competent_office.text(),
                "received_on": self.received_on().isoformat(),
                "backdate_reason": self.backdate_reason.text(),
                "materials": {mid: state.to_json() for mid, state in self.states.items()}}
