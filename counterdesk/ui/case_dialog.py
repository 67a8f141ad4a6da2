"""One case: its timeline, its documents, and the owner's next step (补正, 转办, 办结, 好差评)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.cases import Case, CaseStatus
from counterdesk.services.accounts import Actor
from counterdesk.services.casework import CaseworkService
from counterdesk.services.completion import CompletionService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import IntakeService
from counterdesk.services.pledges import Flag, PledgeService
from counterdesk.services.ratings import RatingService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, timeline_words, words
from counterdesk.ui.completion_form import CompletionForm
from counterdesk.ui.document_preview_dialog import DocumentPreviewDialog
from counterdesk.ui.keys import bind, with_key
from counterdesk.ui.rating_screen import OPEN_KEY, RatingScreen, open_rating_screen


class CaseDialog(QDialog):
    return_visit_requested = Signal(str)

    def __init__(self, space: Workspace, actor: Actor, case_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor, self.case_id = space, actor, case_id
        self.intake = IntakeService(space)
        self.casework = CaseworkService(space)
        self.completion = CompletionService(space)
        self.documents = DocumentService(space)
        self.case: Case | None = None
        self.document_rows: list[dict[str, Any]] = []
        self.preview: DocumentPreviewDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.document_list = QListWidget()
        self.document_list.itemActivated.connect(lambda _item: self.show_document())
        self.return_button = QPushButton()
        self.return_button.clicked.connect(self.return_visit)
        self.refer_window = QLineEdit()
        self.refer_department = QLineEdit()
        self.refer_note = QLineEdit()
        self.refer_button = QPushButton()
        self.refer_button.clicked.connect(self.refer)
        # 办结 as a record (result, deciding document, delivery); `result` is its note.
        self.complete_box = CompletionForm()
        self.result = self.complete_box.note
        self.complete_button = self.complete_box.complete_button
        self.complete_button.clicked.connect(self.complete)
        # 好差评 is the applicant's own: the clerk turns the rating screen round (F9) or
        # records that the applicant did not rate.
        self.rating_screen: RatingScreen | None = None
        self.ask_rating_button = QPushButton()
        self.ask_rating_button.clicked.connect(self.ask_rating)
        bind(self, OPEN_KEY, self.ask_rating)  # also when rated: F9 then says why not
        self.not_rated_button = QPushButton()
        self.not_rated_button.clicked.connect(self.record_not_rated)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        # 督查: a supervisor extends or stops the clock of an accepted case, and flags an
        # applicant 失信 (no 容缺受理 or 告知承诺 from then on).
        self.pledges = PledgeService(space)
        self.ratings = RatingService(space)
        self.flag: Flag | None = None
        self.clock_button = QPushButton()
        self.clock_button.clicked.connect(self.open_clock)
        self.flag_button = QPushButton()
        self.flag_button.clicked.connect(self.toggle_flag)
        self.supervision_box = QGroupBox()
        supervision_row = QHBoxLayout(self.supervision_box)
        supervision_row.addWidget(self.clock_button, 1)
        supervision_row.addWidget(self.flag_button)
        self.supervision_box.setVisible(actor.is_supervisor)

        self.refer_box = QGroupBox()
        refer_form = QFormLayout(self.refer_box)
        self.refer_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.refer_labels, (self.refer_window, self.refer_department,
                                                    self.refer_note), strict=True):
            refer_form.addRow(label, field)
        refer_form.addRow(self.refer_button)
        self.rating_box = QGroupBox()
        rating_row = QHBoxLayout(self.rating_box)
        rating_row.addWidget(self.ask_rating_button, 1)
        rating_row.addWidget(self.not_rated_button)
        self.timeline_label, self.documents_label = QLabel(), QLabel()
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.timeline_label)
        left.addWidget(self.timeline, 2)
        left.addWidget(self.documents_label)
        left.addWidget(self.document_list, 1)
        right = QVBoxLayout()
        right.addWidget(self.return_button)
        right.addWidget(self.refer_box)
        right.addWidget(self.complete_box)
        right.addWidget(self.rating_box)
        right.addWidget(self.supervision_box)
        right.addStretch(1)
        right.addWidget(self.close_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.resize(self.fontMetrics().averageCharWidth() * 150,
                    self.fontMetrics().height() * 36)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("案件详情"))
        self.timeline_label.setText(self.tr("办理过程"))
        self.documents_label.setText(self.tr("文书（Enter 预览/补打）"))
        self.return_button.setText(self.tr("申请人补正材料后再次提交"))
        self.refer_box.setTitle(self.tr("转办（首问责任人不变）"))
        for label, text in zip(self.refer_labels, (self.tr("转至窗口"), self.tr("转至部门"),
                                                   self.tr("说明")), strict=True):
            label.setText(text)
        self.refer_button.setText(self.tr("转办"))
        self.complete_box.retranslate_ui()
        self.rating_box.setTitle(self.tr("好差评"))
        self.ask_rating_button.setText(with_key(self.tr("请申请人评价"), OPEN_KEY))
        self.not_rated_button.setText(self.tr("记录未评价"))
        self.close_button.setText(self.tr("关闭 (Esc)"))
        self.supervision_box.setTitle(self.tr("督查"))
        self.clock_button.setText(self.tr("办理期限：延长或暂停计算…"))
        self.refresh()

    def refresh(self) -> None:
        case = operations.run(self, lambda: self.intake.case(self.case_id))
        if case is None:
            return
        self.case = case
        status = CaseStatus(str(case.status))
        summary = self.tr("{tracking} · {name} · {item} · {status}").format(
            tracking=case.tracking_no, name=case.applicant.name,
            item=self.casework.item_name_of(case) or case.item_code or "",
            status=words.case_status(
                status.value, self.casework.refusal_review(self.case_id)))
        for pledge in self.pledges.pledges(self.case_id):
            if pledge["state"] == "open":
                summary += "\n" + self.tr("{kind}：{name}（{day} 前）").format(
                    kind=words.pledge_kind(str(pledge["kind"])), name=pledge["name"],
                    day=pledge["due_on"])
        self.summary.setText(summary)
        self.timeline.clear()
        for entry in self.casework.timeline(self.case_id):
            kind, text = timeline_words.entry_kind(entry.kind), timeline_words.describe(entry)
            self.timeline.addItem(f"{entry.at[:16].replace('T', ' ')}  {kind}  {text}")
        self.document_list.clear()
        self.document_rows = self.documents.for_case(self.case_id)
        for row in self.document_rows:
            self.document_list.addItem(self.tr("{doc_type} {doc_no}（已打印{prints}次）").format(
                doc_type=words.document_type(str(row["doc_type"])), doc_no=row["doc_no"],
                prints=row["prints"]))
        finished = status in (CaseStatus.COMPLETED, CaseStatus.CLOSED)
        self.return_button.setEnabled(status in (CaseStatus.SUPPLEMENT_PENDING,
                                                 CaseStatus.OPEN) and bool(case.item_code))
        # 责令受理: the supervisor sent the escalated case back; it goes on from the day the
        # materials were received, not as a new submission.
        ordered = self.intake.acceptance_ordered(case)
        self.return_button.setText(
            self.tr("督查责令受理：请受理（自原收件日 {day} 起算）").format(
                day=self.intake.receipt_day(case).isoformat()) if ordered
            else self.tr("申请人补正材料后再次提交"))
        self.refer_box.setEnabled(not finished)
        self.complete_box.setEnabled(status == CaseStatus.ACCEPTED)
        # One rating per service: once given (or 未评价 recorded) the buttons rest until the
        # next service, and say why.
        open_rating = bool(operations.run(
            self, lambda: self.ratings.rating_open(self.actor, self.case_id)))
        for button in (self.ask_rating_button, self.not_rated_button):
            button.setEnabled(open_rating)
            button.setToolTip("" if open_rating else self.tr("本次服务已评价或已记录未评价"))
        self.clock_button.setEnabled(status == CaseStatus.ACCEPTED)
        self.flag = self.pledges.flag_of(str(case.applicant.id_number or ""))
        self.flag_button.setEnabled(bool(case.applicant.id_number))
        self.flag_button.setText(self.tr("取消失信标记") if self.flag
                                 else self.tr("标记申请人失信…"))
        if status == CaseStatus.ACCEPTED:
            results = operations.run(self, lambda: self.completion.results_for(self.case_id))
            self.complete_box.set_results(results or (), self.space.today())

    def open_clock(self) -> None:
        from counterdesk.ui.supervisor.clock_dialog import ClockDialog

        self.clock_dialog = ClockDialog(self.space, self.actor, self.case_id, self)
        self.clock_dialog.changed.connect(self.refresh)
        self.clock_dialog.open()

    def toggle_flag(self) -> None:
        """A flag needs the supervisor's reason; clearing it keeps the record."""
        if self.flag is not None:
            flag_id = self.flag.flag_id
            if operations.attempt(self, lambda: self.pledges.clear_flag(self.actor, flag_id)):
                self.refresh()
            return
        reason, given = QInputDialog.getText(
            self, self.tr("标记申请人失信"),
            self.tr("申请人“{name}”将不能适用容缺受理和告知承诺。请填写依据（如：承诺不实、"
                    "逾期未补交且未说明理由）：").format(name=self.case.applicant.name))
        if given and operations.attempt(self, lambda: self.pledges.set_flag(
                self.actor, str(self.case.applicant.id_number), str(self.case.applicant.name),
                reason)):
            self.refresh()

    def return_visit(self) -> None:
        self.return_visit_requested.emit(self.case_id)
        self.accept()

    def refer(self) -> None:
        if operations.attempt(self, lambda: self.casework.refer(
                self.actor, self.case_id, self.refer_window.text(),
                self.refer_department.text(), self.refer_note.text())):
            self.refresh()

    def complete(self) -> None:
        completion = self.complete_box.completion()
        if operations.attempt(self, lambda: self.completion.complete(self.actor, self.case_id,
                                                                     completion)):
            self.refresh()

    def ask_rating(self) -> None:
        """The rating screen for the latest service, on the applicant's monitor or turned
        round; the timeline shows the rating once given."""
        self.rating_screen = open_rating_screen(self, self.space, self.actor, self.case_id)
        if self.rating_screen is not None:
            self.rating_screen.rated.connect(lambda _rating: self.refresh())

    def record_not_rated(self) -> None:
        if operations.attempt(self, lambda: self.ratings.record_not_rated(
                self.actor, self.case_id)):
            self.refresh()

    def show_document(self) -> None:
        row = self.document_list.currentRow()
        if not 0 <= row < len(self.document_rows):
            return
        document_id = str(self.document_rows[row]["id"])
        dialog = operations.run(self, lambda: DocumentPreviewDialog(
            self.space, self.actor, document_id, self))
        if dialog is not None:
            self.preview = dialog
            dialog.finished.connect(lambda _code: self.refresh())
            dialog.open()
