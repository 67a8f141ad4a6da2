"""One case: its timeline, its documents, and the owner's next step (补正, 转办, 办结, 好差评)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.cases import CaseStatus, Rating
from counterdesk.services.accounts import Actor
from counterdesk.services.casework import CaseworkService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import IntakeService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, timeline_words, words
from counterdesk.ui.document_preview_dialog import DocumentPreviewDialog


class CaseDialog(QDialog):
    return_visit_requested = Signal(str)

    def __init__(self, space: Workspace, actor: Actor, case_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor, self.case_id = space, actor, case_id
        self.intake = IntakeService(space)
        self.casework = CaseworkService(space)
        self.documents = DocumentService(space)
        self.case: dict[str, Any] = {}
        self.document_rows: list[dict[str, Any]] = []
        self.preview: DocumentPreviewDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.timeline = QListWidget()
        self.document_list = QListWidget()
        self.document_list.itemActivated.connect(lambda _item: self.show_document())
        self.return_button = QPushButton()
        self.return_button.clicked.connect(self.return_visit)
        self.refer_window = QLineEdit()
        self.refer_department = QLineEdit()
        self.refer_note = QLineEdit()
        self.refer_button = QPushButton()
        self.refer_button.clicked.connect(self.refer)
        self.result = QLineEdit()
        self.complete_button = QPushButton()
        self.complete_button.clicked.connect(self.complete)
        self.rating = QComboBox()
        for code, text in words.ratings().items():
            self.rating.addItem(text, code)
        self.rating_comment = QLineEdit()
        self.rate_button = QPushButton()
        self.rate_button.clicked.connect(self.rate)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)

        self.refer_box = QGroupBox()
        refer_form = QFormLayout(self.refer_box)
        self.refer_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.refer_labels, (self.refer_window, self.refer_department,
                                                    self.refer_note), strict=True):
            refer_form.addRow(label, field)
        refer_form.addRow(self.refer_button)
        self.complete_box = QGroupBox()
        complete_row = QHBoxLayout(self.complete_box)
        complete_row.addWidget(self.result, 1)
        complete_row.addWidget(self.complete_button)
        self.rating_box = QGroupBox()
        rating_row = QHBoxLayout(self.rating_box)
        rating_row.addWidget(self.rating)
        rating_row.addWidget(self.rating_comment, 1)
        rating_row.addWidget(self.rate_button)
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
        self.complete_box.setTitle(self.tr("办结"))
        self.result.setPlaceholderText(self.tr("办理结果，如：已发证"))
        self.complete_button.setText(self.tr("办结"))
        self.rating_box.setTitle(self.tr("好差评"))
        self.rating_comment.setPlaceholderText(self.tr("申请人意见（可选）"))
        self.rate_button.setText(self.tr("记录评价"))
        self.close_button.setText(self.tr("关闭 (Esc)"))
        self.refresh()

    def refresh(self) -> None:
        case = operations.run(self, lambda: self.intake.case(self.case_id))
        if case is None:
            return
        self.case = case
        status = CaseStatus(str(case["status"]))
        self.summary.setText(self.tr("{tracking} · {name} · {item} · {status}").format(
            tracking=case["tracking_no"], name=case["applicant_name"],
            item=case["item_code"] or "", status=words.status(status.value)))
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
                                                 CaseStatus.OPEN) and bool(case["item_code"]))
        self.refer_box.setEnabled(not finished)
        self.complete_box.setEnabled(status == CaseStatus.ACCEPTED)

    def return_visit(self) -> None:
        self.return_visit_requested.emit(self.case_id)
        self.accept()

    def refer(self) -> None:
        if operations.attempt(self, lambda: self.casework.refer(
                self.actor, self.case_id, self.refer_window.text(),
                self.refer_department.text(), self.refer_note.text())):
            self.refresh()

    def complete(self) -> None:
        if operations.attempt(self, lambda: self.casework.complete(self.actor, self.case_id,
                                                                   self.result.text())):
            self.refresh()

    def rate(self) -> None:
        rating = Rating(self.rating.currentData())
        if operations.attempt(self, lambda: self.casework.rate(
                self.actor, self.case_id, rating, self.rating_comment.text())):
            self.rating_comment.clear()
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
