"""Edit one material of the checklist: received, copies, issue date, defects and what
exactly is wrong, 当场更正."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.defects import CORRECTABLE_ON_THE_SPOT, Defect
from counterdesk.ui import words
from counterdesk.ui.checklist_table_model import MaterialState
from counterdesk.ui.keys import bind

# "missing" is the received box; "expired" follows from the issue date.
EDITABLE_DEFECTS = tuple(d for d in Defect if d not in (Defect.MISSING, Defect.EXPIRED))
CORRECTABLE = tuple(d for d in Defect if d in CORRECTABLE_ON_THE_SPOT)
# Alt+1 … Alt+0 tick the defect boxes, then the 当场更正 boxes, without leaving the keyboard.
DEFECT_KEYS = dict(zip(EDITABLE_DEFECTS, "1234567", strict=True))
CORRECTED_KEYS = dict(zip(CORRECTABLE, "890", strict=True))
# Alt+D: the clerk's words on what exactly is wrong, short enough for the notice's cell.
DETAIL_KEY = "D"
DETAIL_MAX_LENGTH = 60


def with_accelerator(text: str, key: str) -> str:
    """A label that shows, and answers to, Alt+key."""
    return f"{text} (Alt+&{key})"


class MaterialEditor(QGroupBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state: MaterialState | None = None
        self._loading = False
        self.received = QCheckBox()
        self.copies = QSpinBox()
        self.copies.setRange(0, 99)
        self.issued_on = QLineEdit()
        self.issued_on.setPlaceholderText("YYYY-MM-DD")
        self.date_status = QLabel()
        self.defect_boxes = {defect: QCheckBox() for defect in EDITABLE_DEFECTS}
        self.corrected_boxes = {defect: QCheckBox() for defect in CORRECTABLE}
        self.detail = QLineEdit()
        self.detail.setMaxLength(DETAIL_MAX_LENGTH)
        self.detail_label = QLabel()
        self.detail_label.setBuddy(self.detail)
        self.form = QFormLayout()
        date_row = QHBoxLayout()
        date_row.addWidget(self.issued_on)
        date_row.addWidget(self.date_status, 1)
        self.form.addRow(QLabel(), self.received)
        self.form.addRow(QLabel(), self.copies)
        self.form.addRow(QLabel(), date_row)
        self.defects_label = QLabel()
        grid = QGridLayout()
        for position, box in enumerate(self.defect_boxes.values()):
            grid.addWidget(box, position // 4, position % 4)
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.detail_label)
        detail_row.addWidget(self.detail, 1)
        self.corrected_label = QLabel()
        fixes = QHBoxLayout()
        for box in self.corrected_boxes.values():
            fixes.addWidget(box)
        fixes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.defects_label)
        layout.addLayout(grid)
        layout.addLayout(detail_row)
        layout.addWidget(self.corrected_label)
        layout.addLayout(fixes)
        self.received.toggled.connect(self._store)
        self.copies.valueChanged.connect(self._store)
        self.issued_on.textChanged.connect(self._store)
        self.detail.textChanged.connect(self._store)
        for box in (*self.defect_boxes.values(), *self.corrected_boxes.values()):
            box.toggled.connect(self._store)
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate_ui()
        self.show_state(None)

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them: the form, the defects and what exactly is
        wrong, then 当场更正."""
        return [self.received, self.copies, self.issued_on, *self.defect_boxes.values(),
                self.detail, *self.corrected_boxes.values()]

    def retranslate_ui(self) -> None:
        labels = (self.tr("收到"), self.tr("实交份数"), self.tr("签发日期"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.received.setText(self.tr("已收到 (空格)"))
        self.defects_label.setText(self.tr("材料问题："))
        self.detail_label.setText(with_accelerator(self.tr("具体问题"), DETAIL_KEY))
        self.detail.setPlaceholderText(self.tr("如：第3页缺少申请人签字（打印在一次性告知书上）"))
        self.corrected_label.setText(self.tr("当场更正（申请人在场已更正，不再算作问题）："))
        for defect, box in self.defect_boxes.items():
            box.setText(with_accelerator(words.defect(defect.value), DEFECT_KEYS[defect]))
        for defect, box in self.corrected_boxes.items():
            box.setText(with_accelerator(
                self.tr("当场更正：{defect}").format(defect=words.defect(defect.value)),
                CORRECTED_KEYS[defect]))
        for box in (*self.defect_boxes.values(), *self.corrected_boxes.values()):
            # The label keeps its underlined digit, but the key is bound by bind_keys: a
            # mnemonic would pull focus out of the checklist table.
            box.setShortcut(QKeySequence())
        self.show_state(self.state)

    def bind_keys(self, owner: QWidget) -> None:
        """Alt+digit toggles a box of the material being edited while focus stays where the
        clerk is (the table), so the arrow keys still move to the next material."""
        for boxes, keys in ((self.defect_boxes, DEFECT_KEYS),
                            (self.corrected_boxes, CORRECTED_KEYS)):
            for defect, box in boxes.items():
                bind(owner, f"Alt+{keys[defect]}", lambda box=box: self._toggle(box),
                     Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _toggle(self, box: QCheckBox) -> None:
        if self.state is not None and box.isEnabled():
            box.toggle()

    def show_state(self, state: MaterialState | None) -> None:
        # The checklist re-shows the current row after every edit; the date being typed (or a
        # wrong one the clerk must see to correct) stays in the field.
        same = state is not None and state is self.state
        self.state = state
        self._loading = True
        self.setEnabled(state is not None)
        if state is None:
            self.setTitle(self.tr("选中一项材料后在此记录"))
            self._loading = False
            return
        material = state.material
        self.setTitle(material.name)
        self.received.setChecked(state.received)
        self.copies.setValue(state.copies)
        dated = material.max_age_days is not None
        self.issued_on.setEnabled(dated)
        if not same:
            self.issued_on.setText(state.issued_on.isoformat() if state.issued_on else "")
            self._date_hint(self.tr("须在{days}天内签发").format(days=material.max_age_days)
                            if dated else self.tr("本材料无有效期要求"))
        for defect, box in self.defect_boxes.items():
            box.setChecked(defect in state.defects)
        if not same:
            self.detail.setText(state.detail)
        self._show_correctable()
        self._show_detail()
        self._loading = False

    def _date_hint(self, text: str, error: bool = False) -> None:
        self.date_status.setText(text)
        self.date_status.setStyleSheet("color: #b00020;" if error else "color: #555555;")

    def _show_correctable(self) -> None:
        state = self.state
        assert state is not None
        for defect, box in self.corrected_boxes.items():
            present = defect in state.defects or (
                defect == Defect.TOO_FEW_COPIES and state.copies < state.material.copies)
            box.setEnabled(state.received and present)
            box.setChecked(defect in state.corrected and present)

    def _show_detail(self) -> None:
        """Words only for a material received with a problem left: that is what they print
        beside on the notice."""
        state = self.state
        assert state is not None
        self.detail.setEnabled(state.received and bool(state.open_defects()))

    def _store(self) -> None:
        state = self.state
        if self._loading or state is None:
            return
        state.received = self.received.isChecked()
        state.copies = self.copies.value()
        state.defects = {d for d, box in self.defect_boxes.items() if box.isChecked()}
        text = self.issued_on.text().strip()
        try:
            state.issued_on = dt.date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            state.issued_on = None
        if state.issued_on is not None or not text:
            self._date_hint("")
        elif len(text) < 10:
            self._date_hint(self.tr("继续输入，格式 2026-09-30"))
        else:
            self._date_hint(self.tr("日期无效，请按 2026-09-30 的格式输入真实日期"), error=True)
        state.corrected = {d for d, box in self.corrected_boxes.items() if box.isChecked()}
        self._loading = True
        self._show_correctable()
        self._loading = False
        state.corrected = {d for d, box in self.corrected_boxes.items()
                           if box.isChecked() and box.isEnabled()}
        state.detail = self.detail.text()
        self._show_detail()
        self.edited.emit()
