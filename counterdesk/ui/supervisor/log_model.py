"""The case log as a lazily fetched table: pages of rows arrive as the view scrolls, each
continuing after the last row fetched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from counterdesk.services.case_search import CaseLogSearch
from counterdesk.services.log_filter import LogFilter
from counterdesk.ui import words

Index = QModelIndex | QPersistentModelIndex
# (sort key, row field) per column; None: the column is not sortable.
COLUMNS: tuple[tuple[str | None, str], ...] = (
    ("tracking_no", "tracking_no"), ("registered_at", "registered_at"),
    ("window_id", "window_id"), ("owner", "owner_name"), ("item_code", "item_name"),
    (None, "applicant_name"), ("status", "status"), (None, "last_outcome"),
    ("promised_date", "promised_date"))


class CaseLogTableModel(QAbstractTableModel):
    """Holds only the pages fetched so far; a new filter or sort starts from the first."""

    def __init__(self, service: CaseLogSearch, page_size: int = CaseLogSearch.PAGE_SIZE):
        super().__init__()
        self.service = service
        self.page_size = page_size
        self.spec = LogFilter()
        self.sort_key, self.descending = "registered_at", True
        self.rows: list[dict[str, Any]] = []
        self.exhausted = False
        self.headers = [self.tr("受理编号"), self.tr("登记时间"), self.tr("窗口"),
                        self.tr("首问责任人"), self.tr("事项"), self.tr("申请人"),
                        self.tr("状态"), self.tr("最近结果"), self.tr("承诺办结日")]

    def reload(self, spec: LogFilter | None = None) -> None:
        if spec is not None:
            self.spec = spec
        self.beginResetModel()
        self.rows, self.exhausted = [], False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def total(self) -> int:
        return self.service.count(self.spec)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self.exhausted:
            return
        page = self.service.page_after(self.spec, self.sort_key, self.descending,
                                       self.rows[-1] if self.rows else None, self.page_size)
        self.exhausted = len(page) < self.page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        field = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.get(field)
            if field == "registered_at":
                return str(value)[:16].replace("T", " ")
            if field == "status":
                return words.case_status(str(value), row.get("refusal_review"))
            if field == "last_outcome":
                return words.outcome(str(value)) if value else ""
            if field == "item_name":
                return value or row.get("item_code") or ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and row.get("overdue"):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and row.get("overdue"):
            return self.tr("已超过承诺办结日")
        return None

    def case_id(self, row: int) -> str:
        return str(self.rows[row]["id"])
