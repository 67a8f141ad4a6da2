"""What the intake page shows after registering a consultation and after a decision."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from counterdesk.ui.keys import EnterButton, bind, with_key


class ConsultationPanel(QWidget):
    """咨询、投诉、求助: answered on the spot, with a guide sheet if the applicant wants one."""

    guide_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.note_label = QLabel()
        self.note = QLineEdit()
        self.guide_button = QPushButton()
        self.guide_button.clicked.connect(self.guide_requested)
        self.close_button = EnterButton()
        self.close_button.clicked.connect(self.close_requested)
        self.note.returnPressed.connect(self.close_button.click)
        buttons = QHBoxLayout()
        buttons.addWidget(self.guide_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        bind(self, "F6", self.guide_button.click)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.note_label.setText(self.tr("答复要点（结束时记入案件）"))
        self.guide_button.setText(with_key(self.tr("打印办事指南告知单"), "F6"))
        self.close_button.setText(with_key(self.tr("答复完毕，结束"), "Enter"))

    def show_case(self, text: str, has_item: bool) -> None:
        self.summary.setText(text)
        self.note.clear()
        self.guide_button.setEnabled(has_item)
        self.note.setFocus()


class DonePanel(QWidget):
    """The decision is in the log; its document can be shown again, the next applicant called."""

    document_requested = Signal()
    materials_list_requested = Signal()
    pledge_letter_requested = Signal()
    complete_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14pt;")
        self.document_button = QPushButton()
        self.document_button.clicked.connect(self.document_requested)
        self.materials_button = QPushButton()
        self.materials_button.clicked.connect(self.materials_list_requested)
        self.pledge_button = QPushButton()
        self.pledge_button.clicked.connect(self.pledge_letter_requested)
        # 即办件: accepted and completed in the same visit.
        self.complete_button = QPushButton()
        self.complete_button.clicked.connect(self.complete_requested)
        self.next_button = EnterButton()
        self.next_button.clicked.connect(self.next_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.document_button)
        buttons.addWidget(self.materials_button)
        buttons.addWidget(self.pledge_button)
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch(1)
        bind(self, "F5", self.document_button.click)
        bind(self, "F6", self.materials_button.click)
        bind(self, "F7", self.complete_button.click)
        bind(self, "F8", self.pledge_button.click)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.document_button.setText(with_key(self.tr("文书预览/打印"), "F5"))
        self.materials_button.setText(with_key(self.tr("材料接收凭证"), "F6"))
        self.complete_button.setText(with_key(self.tr("即办件当场办结"), "F7"))
        self.pledge_button.setText(with_key(self.tr("承诺书"), "F8"))
        self.next_button.setText(with_key(self.tr("下一位申请人"), "Enter"))

    def show_result(self, text: str, has_document: bool, has_materials: bool,
                    completes_at_once: bool = False, has_pledge_letter: bool = False) -> None:
        self.summary.setText(text)
        self.pledge_button.setEnabled(has_pledge_letter)
        self.pledge_button.setVisible(has_pledge_letter)
        self.document_button.setEnabled(has_document)
        self.materials_button.setEnabled(has_materials)
        self.complete_button.setEnabled(completes_at_once)
        self.complete_button.setVisible(completes_at_once)
        self.next_button.setFocus()
