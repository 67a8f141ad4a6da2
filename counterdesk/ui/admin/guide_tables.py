"""A guide's intake questions and materials as editable tables: catalog-format entries that
change only through setData, in a view worked by keys (Enter edits, Ins adds, Del removes)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from counterdesk.domain.catalog import MaterialForm
from counterdesk.ui import words

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

# How a cell's text becomes the entry's value (catalog-format.md names the keys).
TEXT, NUMBER, FLAG, ANSWERS, LAWS, WHEN = "text", "number", "flag", "answers", "laws", "when"
_ANSWER_BREAK = re.compile(r"[、,，/|]")
_LAW_BREAK = re.compile(r"[;；\n]")
_WHEN_BREAK = re.compile(r"[;；\n]")
_WHEN_PAIR = re.compile(r"[:：=]")


def split_answers(text: str) -> list[str]:
    return [part.strip() for part in _ANSWER_BREAK.split(text) if part.strip()]


def when_text(when: object) -> str:
    """{applicant_type: [夫妻, 单位], by_agent: 是} → "applicant_type: 夫妻、单位；by_agent: 是"."""
    if not isinstance(when, dict):
        return ""
    parts = []
    for qid, answers in when.items():
        listed = answers if isinstance(answers, list) else [answers]
        parts.append(f"{qid}: {'、'.join(str(a) for a in listed)}")
    return "；".join(parts)


def parse_when(text: str) -> dict[str, Any]:
    """The inverse of when_text (answers always as a list, as item_to_data writes them); a
    question typed without answers keeps an empty list, so the validator says what is
    missing instead of the entry vanishing."""
    when: dict[str, Any] = {}
    for part in _WHEN_BREAK.split(text):
        if not part.strip():
            continue
        qid, answers = _split_pair(part)
        when[qid] = split_answers(answers)
    return when


def _split_pair(part: str) -> tuple[str, str]:
    pieces = _WHEN_PAIR.split(part, maxsplit=1)
    return pieces[0].strip(), (pieces[1].strip() if len(pieces) > 1 else "")


def _cell_text(kind: str, value: object) -> str:
    if value is None:
        return ""
    if kind == ANSWERS and isinstance(value, list):
        return "、".join(str(v) for v in value)
    if kind == LAWS and isinstance(value, list):
        return "；".join(str(v) for v in value)
    if kind == WHEN:
        return when_text(value)
    return str(value)


def _cell_value(kind: str, text: str) -> object:
    """The entry's value for a typed cell; None drops the key. A number that is not one
    stays as typed so the validator names it."""
    text = text.strip()
    if not text:
        return None
    if kind == NUMBER:
        return int(text) if text.isdigit() else text
    if kind == ANSWERS:
        return split_answers(text)
    if kind == LAWS:
        return [part.strip() for part in _LAW_BREAK.split(text) if part.strip()]
    if kind == WHEN:
        return parse_when(text)
    return text


class GuideEntriesTableModel(QAbstractTableModel):
    """Rows are catalog-format entries (dicts); columns are their keys."""

    KEYS: tuple[tuple[str, str], ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[dict[str, Any]] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def new_entry(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.entries = [dict(entry) for entry in entries]
        self.endResetModel()

    def entries_data(self) -> list[dict[str, Any]]:
        return [dict(entry) for entry in self.entries]

    def key_at(self, column: int) -> tuple[str, str]:
        return self.KEYS[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.key_at(index.column())[1] == FLAG:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, kind = self.key_at(index.column())
        value = self.entries[index.row()].get(key)
        if kind == FLAG:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value is True else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole and key == "form" and isinstance(value, str):
            return words.material_form(value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return _cell_text(kind, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _cell_text(kind, value) or None
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt override
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        key, kind = self.key_at(index.column())
        entry = self.entries[index.row()]
        if kind == FLAG and role == Qt.ItemDataRole.CheckStateRole:
            new: object = True if Qt.CheckState(value) == Qt.CheckState.Checked else None
        elif kind != FLAG and role == Qt.ItemDataRole.EditRole:
            new = _cell_value(kind, str(value))
        else:
            return False
        if new is None:
            entry.pop(key, None)
        else:
            entry[key] = new
        self.dataChanged.emit(index, index, [role])
        return True

    def insertRows(self, row: int, count: int,  # noqa: N802 - Qt override
                   parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or not 0 <= row <= len(self.entries) or count < 1:
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self.entries[row:row] = [self.new_entry() for _ in range(count)]
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int,  # noqa: N802 - Qt override
                   parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self.entries):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.entries[row:row + count]
        self.endRemoveRows()
        return True


class QuestionsTableModel(GuideEntriesTableModel):
    """情形问题: asked at intake; their answers decide the materials' `when`."""

    KEYS = (("id", TEXT), ("text", TEXT), ("options", ANSWERS))

    def headers(self) -> tuple[str, ...]:
        return (translate("GuideTables", "问题编号 id"), translate("GuideTables", "问题"),
                translate("GuideTables", "选项（用“、”分隔）"))

    def new_entry(self) -> dict[str, Any]:
        return {"id": "", "text": "", "options": []}


class MaterialsTableModel(GuideEntriesTableModel):
    """申请材料: every key a material may have in catalog-format.md."""

    KEYS = (("id", TEXT), ("name", TEXT), ("form", TEXT), ("copies", NUMBER), ("when", WHEN),
            ("max_age_days", NUMBER), ("source", TEXT), ("notes", TEXT), ("proof", FLAG),
            ("legal_basis", LAWS), ("shared", TEXT), ("tolerable", FLAG),
            ("tolerable_days", NUMBER))
    FORM_COLUMN = 2

    def headers(self) -> tuple[str, ...]:
        return (translate("GuideTables", "材料编号 id"), translate("GuideTables", "材料名称"),
                translate("GuideTables", "形式"), translate("GuideTables", "份数"),
                translate("GuideTables", "何时需要（问题: 答案）"),
                translate("GuideTables", "有效期（天）"), translate("GuideTables", "来源"),
                translate("GuideTables", "备注"), translate("GuideTables", "证明材料"),
                translate("GuideTables", "证明材料的设定依据"),
                translate("GuideTables", "共享获取来源"), translate("GuideTables", "可容缺"),
                translate("GuideTables", "容缺补交期限（工作日）"))

    def new_entry(self) -> dict[str, Any]:
        return {"id": "", "name": "", "form": MaterialForm.ORIGINAL.value, "copies": 1}


class FormDelegate(QStyledItemDelegate):
    """The material's form is chosen from the five the format knows."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        box = QComboBox(parent)
        for form in MaterialForm:
            box.addItem(words.material_form(form.value), form.value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MAX_COLUMN_WIDTH = 260


class GuideTableView(QTableView):
    """Arrows move, Enter edits (or ticks a box), Ins adds a row below, Del removes the
    row; Tab leaves the table for the next field."""

    def __init__(self, model: GuideEntriesTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.entries_model = model
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """Each column as wide as its header and cells, up to a limit (a long name elides
        and shows whole in its tooltip and its editor)."""
        self.resizeColumnsToContents()
        for column in range(self.model().columnCount()):
            self.setColumnWidth(column, min(self.columnWidth(column), MAX_COLUMN_WIDTH))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, plain = event.key(), not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        current = self.currentIndex()
        if key == Qt.Key.Key_Insert and plain:
            self.add_row(current.row() + 1 if current.isValid() else self.model().rowCount())
            return
        if key == Qt.Key.Key_Delete and plain and current.isValid():
            self.remove_row(current.row())
            return
        if key in _ENTER_KEYS and plain and current.isValid() \
                and self.state() != QAbstractItemView.State.EditingState:
            if self.entries_model.key_at(current.column())[1] == FLAG:
                checked = current.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                self.model().setData(current, Qt.CheckState.Unchecked if checked
                                     else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
            else:
                self.edit(current)
            return
        super().keyPressEvent(event)

    def add_row(self, row: int) -> None:
        self.model().insertRows(row, 1)
        self.setCurrentIndex(self.model().index(row, 0))
        self.edit(self.currentIndex())

    def remove_row(self, row: int) -> None:
        column = self.currentIndex().column()
        self.model().removeRows(row, 1)
        remaining = self.model().rowCount()
        if remaining:
            self.setCurrentIndex(self.model().index(min(row, remaining - 1), column))
