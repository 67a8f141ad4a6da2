"""The guide's own keys (all but questions and materials) as a form that reads and writes
catalog-format data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from counterdesk.domain.catalog import (
    FORMAT_TAG,
    Category,
    ItemKind,
    NoticeTiming,
    default_procedure,
)
from counterdesk.ui.admin.guide_tables import split_answers

TEXT_KEYS = ("name", "department", "window", "fee", "conditions", "reconsideration_body",
             "court")
REQUIRED_TEXT = ("name", "department")
PHONE_KEYS = ("consult", "complaint", "supervision")
MAX_DAYS = 9999


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _days(minimum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, MAX_DAYS)
    return box


class GuideForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = QLineEdit()
        self.version = QDateEdit()
        self.version.setDisplayFormat("yyyy-MM-dd")
        self.version.setCalendarPopup(True)
        self.texts = {key: QLineEdit() for key in TEXT_KEYS if key != "conditions"}
        self.conditions = _text_box(2)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem("", category.value)
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem("", kind.value)
        self.permit_required = QCheckBox()
        self.legal_limit = _days(0)
        self.promised_limit = _days(0)
        self.applicants = QLineEdit()
        self.legal_basis = _text_box(2)
        self.default_procedure = QCheckBox()
        self.basis = QLineEdit()
        self.notice = QComboBox()
        for timing in NoticeTiming:
            self.notice.addItem("", timing.value)
        self.notice_days = _days(1)
        self.deemed_accepted = QCheckBox()
        self.issuer_name = QLineEdit()
        self.issuer_seal = QLineEdit()
        self.phones = {key: QLineEdit() for key in PHONE_KEYS}
        self.commitment = QCheckBox()
        self.commitment_replaces = QLineEdit()

        self.item_box = QGroupBox()
        self.item_form = QFormLayout(self.item_box)
        limits = QHBoxLayout()
        limits.addWidget(self.legal_limit)
        self.promised_label = QLabel()
        limits.addWidget(self.promised_label)
        limits.addWidget(self.promised_limit)
        for field in (self.code, self.version, self.texts["name"], self.texts["department"],
                      self.texts["window"], self.category, self.kind, limits,
                      self.applicants, self.conditions, self.legal_basis, self.texts["fee"]):
            self.item_form.addRow(QLabel(), field)
        self.item_form.addRow(self.permit_required)
        self.procedure_box = QGroupBox()
        self.procedure_form = QFormLayout(self.procedure_box)
        self.procedure_form.addRow(self.default_procedure)
        for field in (self.basis, self.notice, self.notice_days):
            self.procedure_form.addRow(QLabel(), field)
        self.procedure_form.addRow(self.deemed_accepted)
        for field in (self.issuer_name, self.issuer_seal, self.texts["reconsideration_body"],
                      self.texts["court"], *self.phones.values()):
            self.procedure_form.addRow(QLabel(), field)
        self.procedure_form.addRow(self.commitment)
        self.procedure_form.addRow(QLabel(), self.commitment_replaces)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item_box, 1)
        layout.addWidget(self.procedure_box, 1)

        for edit in (self.code, self.applicants, self.basis, self.issuer_name,
                     self.issuer_seal, self.commitment_replaces, *self.texts.values(),
                     *self.phones.values()):
            edit.textChanged.connect(self.changed)
        for box in (self.conditions, self.legal_basis):
            box.textChanged.connect(self.changed)
        for combo in (self.kind, self.notice):
            combo.currentIndexChanged.connect(self.changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        for spin in (self.legal_limit, self.promised_limit, self.notice_days):
            spin.valueChanged.connect(self.changed)
        for check in (self.permit_required, self.deemed_accepted, self.commitment):
            check.toggled.connect(self.changed)
        self.default_procedure.toggled.connect(self._category_changed)
        self.version.dateChanged.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.item_box.setTitle(self.tr("事项"))
        labels = (self.tr("事项编码"), self.tr("版本（生效日期）"), self.tr("事项名称"),
                  self.tr("实施部门"), self.tr("办理窗口"), self.tr("事项类型"),
                  self.tr("办件类型"),
                  self.tr("法定时限（工作日）"), self.tr("申请对象（用“、”分隔）"),
                  self.tr("受理条件"), self.tr("设定依据（每行一条）"), self.tr("收费标准"))
        self._label(self.item_form, labels)
        self.promised_label.setText(self.tr("承诺时限"))
        self.permit_required.setText(self.tr("依法需要申请办理（不勾选：所有申请均不予受理）"))
        self.procedure_box.setTitle(self.tr("受理规定、实施主体与电话"))
        self.default_procedure.setText(self.tr("按事项类型的默认受理规定"))
        self.deemed_accepted.setText(self.tr("逾期未告知补正的，自收到材料之日起视为受理"))
        self.commitment.setText(self.tr("告知承诺制（可凭承诺书替代部分材料）"))
        self._label(self.procedure_form, (
            "", self.tr("受理依据"), self.tr("告知补正"), self.tr("告知期限（工作日）"), "",
            self.tr("实施主体"), self.tr("印章文字"), self.tr("行政复议机关"), self.tr("人民法院"),
            self.tr("咨询电话"), self.tr("投诉电话"), self.tr("监督电话"), "",
            self.tr("承诺可替代的材料编号")))
        categories = (self.tr("行政许可"), self.tr("行政确认"), self.tr("行政给付"),
                      self.tr("行政裁决"), self.tr("行政奖励"), self.tr("行政征收"),
                      self.tr("其他行政权力"), self.tr("公共服务"), self.tr("其他"))
        for index, text in enumerate(categories):
            self.category.setItemText(index, text)
        self.kind.setItemText(0, self.tr("即办件"))
        self.kind.setItemText(1, self.tr("承诺件"))
        self.notice.setItemText(0, self.tr("当场告知"))
        self.notice.setItemText(1, self.tr("在告知期限内告知"))
        self.applicants.setPlaceholderText(self.tr("如：个人、单位"))
        self.commitment_replaces.setPlaceholderText(self.tr("材料编号，用“、”分隔"))
        self.issuer_name.setPlaceholderText(self.tr("留空：以办公设置中的本中心名义出具"))

    @staticmethod
    def _label(form: QFormLayout, labels: tuple[str, ...]) -> None:
        for row, text in enumerate(labels):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if text and item is not None:
                label = item.widget()
                assert isinstance(label, QLabel)
                label.setText(text)

    def _category_changed(self) -> None:
        """The default procedure follows the category (catalog-format.md): show it."""
        use_default = self.default_procedure.isChecked()
        for field in (self.basis, self.notice, self.notice_days, self.deemed_accepted):
            field.setEnabled(not use_default)
        if use_default:
            self._show_procedure(None)
        self.changed.emit()

    def _show_procedure(self, procedure: dict[str, Any] | None) -> None:
        default = default_procedure(Category(self.category.currentData()))
        given = procedure or {}
        self.basis.setText(str(given.get("basis", default.basis or "")))
        self.notice.setCurrentIndex(self.notice.findData(given.get("notice",
                                                                   default.notice.value)))
        self.notice_days.setValue(int(given.get("notice_days", default.notice_days)))
        self.deemed_accepted.setChecked(bool(given.get("deemed_accepted",
                                                       default.deemed_accepted)))

    def load(self, data: dict[str, Any], existing: bool) -> None:
        """Show catalog-format data; the code of a published item cannot change."""
        self.code.setText(str(data.get("code", "")))
        self.code.setReadOnly(existing)
        version = data.get("version")
        day = version if isinstance(version, dt.date) else dt.date.fromisoformat(str(version))
        self.version.setDate(QDate(day.year, day.month, day.day))
        for key, edit in self.texts.items():
            edit.setText(str(data.get(key, "")))
        self.conditions.setPlainText(str(data.get("conditions", "")))
        self.category.setCurrentIndex(max(self.category.findData(data.get("category")), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(data.get("kind")), 0))
        self.permit_required.setChecked(bool(data.get("permit_required", True)))
        self.legal_limit.setValue(int(data.get("legal_limit_days", 0)))
        self.promised_limit.setValue(int(data.get("promised_limit_days", 0)))
        self.applicants.setText("、".join(data.get("applicants", [])))
        self.legal_basis.setPlainText("\n".join(data.get("legal_basis", [])))
        procedure = data.get("procedure")
        self.default_procedure.setChecked(procedure is None)
        self._show_procedure(procedure)
        issuer = data.get("issuer") or {}
        self.issuer_name.setText(str(issuer.get("name", "")))
        self.issuer_seal.setText(str(issuer.get("seal", "")))
        phones = data.get("phones") or {}
        for key, edit in self.phones.items():
            edit.setText(str(phones.get(key, "")))
        self.commitment.setChecked(bool(data.get("commitment", False)))
        self.commitment_replaces.setText("、".join(data.get("commitment_replaces", [])))
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # a long fee or seal text shows from its start

    def chosen_version(self) -> dt.date:
        return dt.date.fromisoformat(self.version.date().toString("yyyy-MM-dd"))

    def data(self) -> dict[str, Any]:
        """The form as catalog-format data; empty optional fields are left out, so the
        validator speaks only of what was written."""
        data: dict[str, Any] = {
            "format": FORMAT_TAG, "code": self.code.text().strip(),
            "version": self.chosen_version().isoformat(),
            "category": self.category.currentData(), "kind": self.kind.currentData(),
            "permit_required": self.permit_required.isChecked(),
            "legal_limit_days": self.legal_limit.value(),
            "promised_limit_days": self.promised_limit.value(),
        }
        texts = {key: edit.text().strip() for key, edit in self.texts.items()}
        texts["conditions"] = self.conditions.toPlainText().strip()
        data.update({key: text for key, text in texts.items()
                     if text or key in REQUIRED_TEXT})
        applicants = split_answers(self.applicants.text())
        if applicants:
            data["applicants"] = applicants
        if _lines(self.legal_basis):
            data["legal_basis"] = _lines(self.legal_basis)
        phones = {key: edit.text().strip() for key, edit in self.phones.items()
                  if edit.text().strip()}
        if phones:
            data["phones"] = phones
        if not self.default_procedure.isChecked():
            procedure: dict[str, Any] = {"notice": self.notice.currentData(),
                                         "notice_days": self.notice_days.value(),
                                         "deemed_accepted": self.deemed_accepted.isChecked()}
            if self.basis.text().strip():
                procedure["basis"] = self.basis.text().strip()
            data["procedure"] = procedure
        name, seal = self.issuer_name.text().strip(), self.issuer_seal.text().strip()
        if name or seal:
            data["issuer"] = {"name": name, **({"seal": seal} if seal else {})}
        if self.commitment.isChecked():
            data["commitment"] = True
        replaces = split_answers(self.commitment_replaces.text())
        if replaces:
            data["commitment_replaces"] = replaces
        return data

    def focus_chain(self) -> list[QWidget]:
        return [self.code, self.version, self.texts["name"], self.texts["department"],
                self.texts["window"], self.category, self.kind, self.legal_limit,
                self.promised_limit, self.applicants, self.conditions, self.legal_basis,
                self.texts["fee"], self.permit_required, self.default_procedure, self.basis,
                self.notice, self.notice_days, self.deemed_accepted, self.issuer_name,
                self.issuer_seal, self.texts["reconsideration_body"], self.texts["court"],
                *self.phones.values(), self.commitment, self.commitment_replaces]
