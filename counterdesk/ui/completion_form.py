"""办结 as a record: the result, the deciding document's number and date, and how the result
reaches the applicant (自取, or 邮寄 to an address)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.completion import Completion, Delivery, ResultKind
from counterdesk.services.accounts import Actor
from counterdesk.services.completion import CompletionService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words


class CompletionForm(QGroupBox):
    """The fields of one completion; the owner connects `complete_button`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.result_kind = QComboBox()
        self.doc_no = QLineEdit()
        self.doc_date = QDateEdit()
        self.doc_date.setCalendarPopup(True)
        self.doc_date.setDisplayFormat("yyyy-MM-dd")
        self.delivery = QComboBox()
        for code, text in words.deliveries().items():
            self.delivery.addItem(text, code)
        self.address = QLineEdit()
        self.note = QLineEdit()
        self.complete_button = QPushButton()
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(self.fontMetrics().height() // 2)
        for field in (self.result_kind, self.doc_no, self.doc_date, self.delivery,
                      self.address, self.note):
            self.form.addRow(QLabel(), field)
        self.form.addRow(self.complete_button)
        self.delivery.currentIndexChanged.connect(self._show_address)
        self.retranslate_ui()
        self._show_address()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("办结"))
        for row, text in enumerate((self.tr("办理结果"), self.tr("决定文书文号"),
                                    self.tr("决定文书日期"), self.tr("送达方式"),
                                    self.tr("邮寄地址"), self.tr("备注"))):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.doc_no.setPlaceholderText(self.tr("准予或不予时必填"))
        self.note.setPlaceholderText(self.tr("办理结果说明，如：已发证"))
        self.complete_button.setText(self.tr("确认办结"))
        worded = words.deliveries()
        for index in range(self.delivery.count()):
            self.delivery.setItemText(index, worded[self.delivery.itemData(index)])
        self._fit_fields()

    def _fit_fields(self) -> None:
        """Each hint in full, in either language: a hint cut off mid-word tells the clerk
        nothing."""
        metrics = self.fontMetrics()
        for edit in (self.doc_no, self.address, self.note):
            edit.setMinimumWidth(metrics.horizontalAdvance(edit.placeholderText())
                                 + metrics.horizontalAdvance("中") * 2)

    def set_results(self, results: tuple[ResultKind, ...], today: dt.date) -> None:
        """The results the item allows (domain/completion.py), the document dated today."""
        worded = words.result_kinds()
        self.result_kind.clear()
        for result in results:
            self.result_kind.addItem(worded[result.value], result.value)
        self.doc_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.doc_date.setDate(QDate(today.year, today.month, today.day))

    def _show_address(self) -> None:
        self.form.setRowVisible(self.address, self.delivery.currentData() == Delivery.MAIL.value)

    def completion(self) -> Completion:
        code = self.result_kind.currentData()
        result = ResultKind(code) if code else ResultKind.DONE
        return Completion(result=result, doc_no=self.doc_no.text(),
                          doc_date=self.doc_date.date().toPython(),  # type: ignore[arg-type]
                          delivery=Delivery(self.delivery.currentData()),
                          address=self.address.text(), note=self.note.text())


class CompletionDialog(QDialog):
    """即办件: accepted at the window and completed in the same visit."""

    def __init__(self, space: Workspace, actor: Actor, case_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor, self.case_id = actor, case_id
        self.service = CompletionService(space)
        self.form = CompletionForm()
        self.form.set_results(self.service.results_for(case_id), space.today())
        self.form.complete_button.clicked.connect(self.complete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(self.fontMetrics().height(),) * 4)
        layout.addWidget(self.form)
        # Room for a document number and a postal address as typed, not a narrow box.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 32)
        self.setWindowTitle(self.tr("即办件当场办结"))

    def complete(self) -> None:
        completion = self.form.completion()
        if operations.attempt(self, lambda: self.service.complete(self.actor, self.case_id,
                                                                  completion)):
            self.accept()
