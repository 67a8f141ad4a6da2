"""The checklist a clerk would see for the draft: its questions to answer, then the required
materials in the clerk's own table model."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.catalog import Question, ServiceItem
from counterdesk.ui.checklist_table_model import ChecklistTableModel, MaterialState

_NOTE_STYLE = "color: #a15c00; font-weight: bold;"


class ChecklistPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.item: ServiceItem | None = None
        self.questions: tuple[Question, ...] = ()
        self.answer_boxes: dict[str, QComboBox] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(_NOTE_STYLE)
        self.questions_box = QGroupBox()
        self.questions_form = QFormLayout(self.questions_box)
        self.model = ChecklistTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, ChecklistTableModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.questions_box)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.questions_box.setTitle(self.tr("情形问题（选择答案，查看所需材料）"))
        self.show_item(self.item)

    def show_item(self, item: ServiceItem | None) -> None:
        """The draft when it validates; None keeps the table empty with a note why."""
        self.item = item
        if item is None:
            self.heading.setText(self.tr("材料核对预览"))
            self.note.setText(self.tr("指南有问题，改正后显示预览。"))
            self.model.set_rows([])
            return
        self.heading.setText(self.tr("材料核对 · {item}（{version}版）").format(
            item=item.name, version=item.version.isoformat()))
        self.note.setText("" if item.decidable else self.tr(
            "事项指南待完善：本事项暂不能受理审查，请登记咨询或联系管理员完善指南。"))
        if item.questions != self.questions:
            self._build_questions(item.questions)
        self.show_materials()

    def _build_questions(self, questions: tuple[Question, ...]) -> None:
        """Rebuilt only when the questions change, keeping answers that still exist."""
        answers = self.answers()
        while self.questions_form.rowCount():
            self.questions_form.removeRow(0)
        self.questions, self.answer_boxes = questions, {}
        for question in questions:
            box = QComboBox()
            box.addItems(list(question.options))
            if answers.get(question.id) in question.options:
                box.setCurrentText(answers[question.id])
            label = QLabel(question.text)
            label.setWordWrap(True)
            self.questions_form.addRow(label, box)
            box.currentIndexChanged.connect(self.show_materials)
            self.answer_boxes[question.id] = box
        self.questions_box.setVisible(bool(questions))

    def answers(self) -> dict[str, str]:
        return {qid: box.currentText() for qid, box in self.answer_boxes.items()}

    def show_materials(self) -> None:
        if self.item is None:
            return
        required = self.item.required_materials(self.answers())
        self.model.set_rows([MaterialState(material) for material in required])
        self.table.resizeRowsToContents()
