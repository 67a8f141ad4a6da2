"""One box to find a service item as the clerk types; arrows move, Enter picks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from counterdesk.domain.catalog import ServiceItem
from counterdesk.services.search import ItemSearchIndex
from counterdesk.ui import words

_MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
          Qt.Key.Key_PageUp: -8}


class ItemSearch(QWidget):
    item_chosen = Signal(object)

    def __init__(self, index: ItemSearchIndex, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.chosen: ServiceItem | None = None
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setMinimumHeight(self.fontMetrics().height() * 6)
        self.results.itemActivated.connect(self._pick_item)
        self.results.itemClicked.connect(self._pick_item)
        self.results.currentRowChanged.connect(lambda _row: self._show_chosen())
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        # A search that finds nothing says so, and what else to try.
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setStyleSheet("color: #8a1c1c;")
        self.no_match.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.no_match)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.chosen_label)
        self.query.textEdited.connect(self.refresh)
        self.query.installEventFilter(self)
        self.setFocusProxy(self.query)
        self.retranslate_ui()
        self.refresh("")

    def retranslate_ui(self) -> None:
        self.query.setPlaceholderText(self.tr("输入事项名称、编码、部门或拼音首字母（如 bdcdj）"))
        self._show_no_match(self.query.text())
        self._show_chosen()

    def refresh(self, text: str) -> None:
        self.results.clear()
        for item in self.index.search(text, limit=30):
            # Two lines, the code on its own: a long name never pushes the code out of sight.
            entry = QListWidgetItem(f"{item.name}\n{item.code}  ·  {item.department}")
            entry.setData(Qt.ItemDataRole.UserRole, item.code)
            entry.setToolTip(f"{item.name}\n{item.code}\n{item.department}")
            self.results.addItem(entry)
        # Only a typed query marks a row for Enter; the label names it.
        if self.results.count() and text.strip():
            self.results.setCurrentRow(0)
        self._show_no_match(text)

    def _show_no_match(self, text: str) -> None:
        found_nothing = bool(text.strip()) and not self.results.count()
        self.no_match.setVisible(found_nothing)
        if found_nothing:
            self.no_match.setText(self.tr(
                "没有找到与“{query}”相符的事项。请检查拼写，或改用事项名称中的字词、事项编码、"
                "部门名称或拼音首字母。").format(query=text.strip()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in _MOVES and self.results.count():
                current = self.results.currentRow()
                row = 0 if current < 0 else current + _MOVES[key]
                self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.results.currentItem()
                if current is not None:
                    self._pick_item(current)
                    return True
                if self.chosen is not None:
                    self.item_chosen.emit(self.chosen)
                    return True
        return False

    def _pick_item(self, entry: QListWidgetItem) -> None:
        code = entry.data(Qt.ItemDataRole.UserRole)
        self.choose(next(e.item for e in self.index.entries if e.item.code == code))

    def choose(self, item: ServiceItem | None) -> None:
        self.chosen = item
        self._show_chosen()
        if item is not None:
            self.item_chosen.emit(item)

    def choose_code(self, code: str) -> None:
        found = [e.item for e in self.index.entries if e.item.code == code]
        self.choose(found[0] if found else None)

    def _show_chosen(self) -> None:
        current = self.results.currentItem()
        if self.chosen is None and current is not None:
            self.chosen_label.setText(self.tr("按 Enter 选择：{name}（{code}）").format(
                name=current.text().split("\n")[0], code=current.data(Qt.ItemDataRole.UserRole)))
        elif self.chosen is None:
            self.chosen_label.setText(self.tr("尚未选择事项"))
        else:
            self.chosen_label.setText(self.tr("已选：{name}（{code}，{kind}）").format(
                name=self.chosen.name, code=self.chosen.code,
                kind=words.item_kind(self.chosen.kind.value)))
