"""The materials the intake answers require, with what the clerk recorded of each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from counterdesk.domain.catalog import Material, MaterialForm
from counterdesk.domain.decision import MaterialReport, material_defects
from counterdesk.domain.defects import DEFECT_ORDER, Defect
from counterdesk.ui import words

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
_PROBLEM_BACKGROUND = QColor("#fdecea")
_RECEIVED_BACKGROUND = QColor("#e8f5e9")


@dataclass
class MaterialState:
    """What the clerk has recorded so far of one material."""

    material: Material
    received: bool = False
    copies: int = 0
    issued_on: dt.date | None = None
    defects: set[Defect] = field(default_factory=set)
    corrected: set[Defect] = field(default_factory=set)
    # What exactly is wrong, in the clerk's words; printed on the notice beside the defect.
    detail: str = ""
    # The day the materials count as received: validity (max_age_days) is judged against it.
    received_on: dt.date | None = field(default=None, compare=False)

    def mark_received(self) -> None:
        self.received = True
        self.copies = max(self.copies, self.material.copies)

    def report(self) -> MaterialReport | None:
        """None when not brought: the decision engine counts it as missing."""
        if not self.received:
            return None
        ordered = sorted(self.defects, key=DEFECT_ORDER.__getitem__)
        corrected = sorted(self.corrected, key=DEFECT_ORDER.__getitem__)
        return MaterialReport(copies=self.copies, defects=tuple(ordered),
                              corrected=tuple(corrected), issued_on=self.issued_on)

    def open_defects(self) -> list[Defect]:
        """Exactly the decision's verdict on this material (domain.decision), expiry
        included; without a receipt day (a guide preview) nothing can have expired."""
        day = self.received_on or self.issued_on or dt.date.min
        return list(material_defects(self.material, self.report(), day))

    def to_json(self) -> dict[str, Any]:
        return {"received": self.received, "copies": self.copies,
                "issued_on": self.issued_on.isoformat() if self.issued_on else None,
                "defects": sorted(d.value for d in self.defects),
                "corrected": sorted(d.value for d in self.corrected), "detail": self.detail}

    @property
    def described(self) -> str:
        """The clerk's words when the notice will print them: a material received with a
        problem left (a missing material has no report to carry them)."""
        return self.detail.strip() if self.received and self.open_defects() else ""

    @classmethod
    def from_report(cls, material: Material, report: MaterialReport | None,
                    detail: str = "") -> MaterialState:
        if report is None or Defect.MISSING in report.defects:
            return cls(material)
        return cls(material, True,
                   material.copies if report.copies is None else report.copies,
                   report.issued_on, set(report.defects), set(report.corrected), detail)

    @classmethod
    def from_json(cls, material: Material, data: dict[str, Any]) -> MaterialState:
        issued = data.get("issued_on")
        return cls(material, bool(data.get("received")), int(data.get("copies") or 0),
                   dt.date.fromisoformat(issued) if issued else None,
                   {Defect(code) for code in data.get("defects", [])},
                   {Defect(code) for code in data.get("corrected", [])},
                   str(data.get("detail", "")))


class ChecklistTableModel(QAbstractTableModel):
    """Rows are the required materials for the current answers, in catalog order. What the
    clerk records changes through `setData` (the tick, or a row's whole `STATE_ROLE`) or
    `mark_all_received`; the problems shown are the decision's own (`material_defects`)."""

    COLUMNS = 5
    # data(): the row's MaterialState; setData(): what was recorded of the row's material.
    STATE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[MaterialState] = []

    def set_rows(self, rows: list[MaterialState]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def mark_all_received(self) -> None:
        """全部收齐: every row received in at least the copies the guide asks for."""
        for state in self.rows:
            state.mark_received()
        if self.rows:
            self._changed(0, len(self.rows) - 1)

    def _changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMNS - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("ChecklistTableModel", "收到 · 材料名称"),
                translate("ChecklistTableModel", "形式"),
                translate("ChecklistTableModel", "份数（实交/应交）"),
                translate("ChecklistTableModel", "签发日期"),
                translate("ChecklistTableModel", "问题"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state = self.rows[index.row()]
        material, column = state.material, index.column()
        if role == self.STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if state.received else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if state.open_defects():
                return _PROBLEM_BACKGROUND if state.received else None
            return _RECEIVED_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return material.notes or material.name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return material.name
        if column == 1:
            return words.material_form(material.form.value)
        if column == 2:
            if material.form == MaterialForm.INSPECT_ORIGINAL:
                return "—"  # inspected and handed back: no copies are kept (as printed)
            return f"{state.copies if state.received else 0} / {material.copies}"
        if column == 3:
            if material.max_age_days is None:
                return ""
            due = translate("ChecklistTableModel", "{days}天内").format(
                days=material.max_age_days)
            return f"{state.issued_on.isoformat()} ({due})" if state.issued_on \
                else translate("ChecklistTableModel", "待填写（{due}）").format(due=due)
        problems = [words.defect(d.value) for d in state.open_defects()]
        fixed = [words.defect(d.value) for d in sorted(state.corrected & state.defects,
                                                       key=DEFECT_ORDER.__getitem__)]
        text = "、".join(problems)
        if state.described:
            text += f"：{state.described}"
        if fixed:
            text += (" " if text else "") + translate(
                "ChecklistTableModel", "（已当场更正：{items}）").format(items="、".join(fixed))
        return text

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt override
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self.rows):
            return False
        state = self.rows[index.row()]
        if role == self.STATE_ROLE:
            # The row keeps its own object (the checklist's draft holds it); what was
            # recorded is copied in. Only a record of the row's own material is taken.
            if not isinstance(value, MaterialState) or value.material != state.material:
                return False
            if value is not state:
                for name in ("received", "copies", "issued_on", "detail"):
                    setattr(state, name, getattr(value, name))
                state.defects, state.corrected = set(value.defects), set(value.corrected)
        elif role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                state.mark_received()
            else:
                state.received = False
        else:
            return False
        self._changed(index.row(), index.row())
        return True
