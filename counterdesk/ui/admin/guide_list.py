"""The items an administrator can open in the guide editor, those still 待完善 first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from counterdesk.domain.catalog import ServiceItem

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
_INCOMPLETE_COLOUR = QColor("#a15c00")


class GuideListTableModel(QAbstractTableModel):
    """One row per item (its latest version), in the order the service gives."""

    STATUS, NAME, CODE = range(3)
    COLUMNS = 3

    def __init__(self) -> None:
        super().__init__()
        self.items: list[ServiceItem] = []

    def set_items(self, items: list[ServiceItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def row_of(self, code: str) -> int:
        return next((row for row, item in enumerate(self.items) if item.code == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("GuideList", "状态"), translate("GuideList", "事项名称"),
                translate("GuideList", "事项编码"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return "" if item.decidable else translate("GuideList", "待完善")
            return item.name if column == self.NAME else item.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.name}\n{item.code}\n{item.department}"
        if role == Qt.ItemDataRole.ForegroundRole and not item.decidable:
            return _INCOMPLETE_COLOUR
        return None


def matching(items: list[ServiceItem], only_incomplete: bool, text: str) -> list[ServiceItem]:
    """只看待完善, and a piece of the name, code or department."""
    needle = text.strip().lower()
    return [item for item in items
            if not (only_incomplete and item.decidable)
            and (not needle or any(needle in field.lower() for field in
                                   (item.name, item.code, item.department)))]


def guide_list_view(model: GuideListTableModel) -> QTableView:
    """One line per item, read-only; Enter (activated) opens the current one."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(GuideListTableModel.STATUS,
                                QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(GuideListTableModel.NAME, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(GuideListTableModel.CODE, QHeaderView.ResizeMode.Interactive)
    # Wide enough for a county code such as 37082600ZR-QR-0012; longer ones elide.
    view.setColumnWidth(GuideListTableModel.CODE,
                        view.fontMetrics().horizontalAdvance("37082600ZR-QR-00120"))
    return view
