"""A supervisor extends an accepted case's limit or stops and restarts its clock; each step
issues its notice to the applicant (延长办理期限告知书, 除外时间告知书)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.clock import ClockError, ClockRefusal, PauseKind
from counterdesk.services.accounts import Actor
from counterdesk.services.case_clock import ClockService, ClockState
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations

translate = QCoreApplication.translate


def pause_kinds() -> dict[PauseKind, str]:
    return {PauseKind.HEARING: translate("ClockDialog", "听证"),
            PauseKind.TENDER: translate("ClockDialog", "招标、拍卖"),
            PauseKind.TESTING: translate("ClockDialog", "检验、检测、检疫"),
            PauseKind.APPRAISAL: translate("ClockDialog", "鉴定"),
            PauseKind.EXPERT_REVIEW: translate("ClockDialog", "专家评审")}


def refusal_words(error: ClockError) -> str:
    detail = str(error).partition(": ")[2]
    words = {
        ClockRefusal.NO_REASONS: translate("ClockDialog", "请填写延长期限的理由，告知书将写明。"),
        ClockRefusal.NO_APPROVER: translate("ClockDialog", "请填写批准延期的本机关负责人。"),
        ClockRefusal.DAYS_OUT_OF_RANGE: translate(
            "ClockDialog", "延长的工作日数超出法定范围（可延长：{detail}）。"),
        ClockRefusal.TOO_LATE: translate(
            "ClockDialog", "办理期限已于 {detail} 届满，不能再延长或暂停；请按超期处理。"),
        ClockRefusal.PAUSE_BEFORE_ACCEPTANCE: translate(
            "ClockDialog", "暂停日期不能早于受理日期（{detail}）。"),
        ClockRefusal.PAUSE_END_BEFORE_START: translate(
            "ClockDialog", "恢复计算的日期不能早于暂停开始日期。"),
        ClockRefusal.PAUSE_OVERLAPS: translate(
            "ClockDialog", "与已记录的暂停期间（自 {detail} 起）重叠。"),
    }
    return words[error.reason].format(detail=detail)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ClockDialog(QDialog):
    """办理期限: the due date now, and the three things a supervisor can do to it."""

    changed = Signal()

    def __init__(self, space: Workspace, actor: Actor, case_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor, self.case_id = space, actor, case_id
        self.service = ClockService(space)
        self.setWindowTitle(self.tr("办理期限"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        today = _qdate(space.today())

        self.days = QSpinBox()
        self.days.setRange(1, 60)
        self.days.setValue(10)
        self.days.setSuffix(self.tr(" 个工作日"))
        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("本机关负责人姓名"))
        self.reasons = QLineEdit()
        self.reasons.setPlaceholderText(self.tr("如：需要实地核查，20个工作日内不能作出决定"))
        self.extend_button = QPushButton(self.tr("延长期限并出具告知书"))
        self.extend_button.clicked.connect(self.extend)
        extend_box = QGroupBox(self.tr("延长办理期限（经负责人批准）"))
        extend_form = QFormLayout(extend_box)
        extend_form.addRow(self.tr("延长"), self.days)
        extend_form.addRow(self.tr("批准人"), self.approver)
        extend_form.addRow(self.tr("理由"), self.reasons)
        extend_form.addRow(self.extend_button)

        self.kind = QComboBox()
        for kind, text in pause_kinds().items():
            self.kind.addItem(text, kind.value)
        self.start = QDateEdit(today)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.expected_end = QDateEdit(today)
        self.expected_end.setCalendarPopup(True)
        self.expected_end.setDisplayFormat("yyyy-MM-dd")
        self.pause_reasons = QLineEdit()
        self.pause_reasons.setPlaceholderText(self.tr("如：申请人申请听证"))
        self.pause_button = QPushButton(self.tr("暂停计算并出具告知书"))
        self.pause_button.clicked.connect(self.pause)
        self.end = QDateEdit(today)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.resume_button = QPushButton(self.tr("恢复计算"))
        self.resume_button.clicked.connect(self.resume)
        pause_box = QGroupBox(self.tr("除外时间（听证、检验检测、鉴定、专家评审等，不计入期限）"))
        pause_form = QFormLayout(pause_box)
        pause_form.addRow(self.tr("事由类别"), self.kind)
        pause_form.addRow(self.tr("暂停开始日期"), self.start)
        pause_form.addRow(self.tr("预计完成日期"), self.expected_end)
        pause_form.addRow(self.tr("说明"), self.pause_reasons)
        pause_form.addRow(self.pause_button)
        resume_row = QHBoxLayout()
        resume_row.addWidget(QLabel(self.tr("最后一个不计入的日期")))
        resume_row.addWidget(self.end)
        resume_row.addWidget(self.resume_button)
        pause_form.addRow(resume_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(extend_box)
        layout.addWidget(pause_box)
        layout.addWidget(buttons)
        self.issued: list[str] = []
        # Wide enough for the reasons' example and a whole date row at the desk's font.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.refresh()

    def refresh(self) -> None:
        state = operations.run(self, lambda: self.service.state(self.case_id))
        self.show_state(state)

    def show_state(self, state: ClockState | None) -> None:
        if state is None:
            self.state_label.setText(self.tr("只有已受理、有承诺办结日期的案件可以延长或暂停期限。"))
            for button in (self.extend_button, self.pause_button, self.resume_button):
                button.setEnabled(False)
            return
        if state.due.paused:
            text = self.tr("办理期限暂停计算中（自 {day} 起），恢复计算后重新得出办结日期。")
            text = text.format(day=state.open_pause.start.isoformat() if state.open_pause else "")
        else:
            assert state.due.date is not None
            text = self.tr("原承诺办结日期 {base}；已延长 {ext} 个工作日，不计入期限 {paused} "
                           "个工作日；现办结日期 {due}。").format(
                base=state.base_promised.isoformat(), ext=state.due.extended_days,
                paused=state.due.paused_days, due=state.due.date.isoformat())
        for extension in state.extensions:
            text += "\n" + self.tr("延长 {days} 个工作日（{approver} 批准：{reasons}）").format(
                days=extension.days, approver=extension.approved_by, reasons=extension.reasons)
        kinds = pause_kinds()
        for pause in state.pauses:
            text += "\n" + self.tr("{kind}：{start} 至 {end}").format(
                kind=kinds[pause.kind], start=pause.start.isoformat(),
                end=pause.end.isoformat() if pause.end else "…")
        self.state_label.setText(text)
        self.extend_button.setEnabled(not state.due.paused)
        self.pause_button.setEnabled(not state.due.paused)
        self.resume_button.setEnabled(state.due.paused)

    def extend(self) -> None:
        self._guarded(lambda: self.service.extend(self.actor, self.case_id, self.days.value(),
                                                  self.approver.text(), self.reasons.text()))

    def pause(self) -> None:
        start = self.start.date().toPython()
        expected = self.expected_end.date().toPython()
        kind = PauseKind(self.kind.currentData())
        self._guarded(lambda: self.service.pause(self.actor, self.case_id, kind, start,
                                                 self.pause_reasons.text(), expected))

    def resume(self) -> None:
        end = self.end.date().toPython()
        self._guarded(lambda: self.service.resume(self.actor, self.case_id, end))

    def _guarded(self, call: object) -> None:
        """A rule of the law refused the step: say which, in the dialog's words."""
        try:
            state = call()  # type: ignore[operator]
        except ClockError as error:
            QMessageBox.warning(self, self.tr("无法记录"), refusal_words(error))
            return
        except Exception as error:  # noqa: BLE001 - worded by operations.explain
            title, text = operations.explain(error)
            QMessageBox.warning(self, title, text)
            return
        self.show_state(state)
        self.changed.emit()
