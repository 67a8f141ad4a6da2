"""首问登记: purpose, applicant, channel, queue ticket and the item, the start of every contact."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.agents import RELATIONS, Agent
from counterdesk.domain.cases import ApplicantKind, Case, Channel, Purpose
from counterdesk.domain.ids import IdKind, IdReason, check_as, kind_by_shape
from counterdesk.services.accounts import Actor
from counterdesk.services.intake import (
    Applicant,
    IdNeedsConfirmation,
    IntakeService,
    Registration,
)
from counterdesk.services.search import ItemSearchIndex
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words
from counterdesk.ui.combos import TypingGoesOn, choice_box, retitle
from counterdesk.ui.item_search import ItemSearch
from counterdesk.ui.keys import EnterButton, advance_on_enter, bind, with_key

_OK_STYLE = "color: #1b7f3b;"
_BAD_STYLE = "color: #b00020; font-weight: bold;"


# Kinds a typed number may move the choice away from; 其他证件 numbers follow no rule.
_KINDS_A_NUMBER_MAY_CORRECT = frozenset(
    kind.value for kind in (IdKind.RESIDENT_ID, IdKind.FOREIGN_PERMANENT_RESIDENT,
                            IdKind.HK_MACAU_TAIWAN_RESIDENCE, IdKind.PASSPORT))
_TYPED_FIELDS = ("queue_ticket", "name", "id_number", "phone", "contact_person", "agent_name",
                 "agent_id_number")


def holds_input(state: dict[str, Any]) -> bool:
    """True when a registration form holds something the clerk typed or chose as the item;
    the choice boxes alone (all on their defaults at the start) are not worth a draft."""
    return bool(state.get("item_code")) or any(
        str(state.get(key) or "").strip() for key in _TYPED_FIELDS)


class RegistrationPage(QWidget):
    registered = Signal(object)
    changed = Signal()

    def __init__(self, space: Workspace, actor: Actor, index: ItemSearchIndex,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.intake = IntakeService(space)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.purpose = choice_box(words.purposes())
        self.channel = choice_box(words.channels())
        self.queue_ticket = QLineEdit()
        self.visit_box = QGroupBox()
        self.visit_form = QFormLayout(self.visit_box)
        for field in (self.purpose, self.channel, self.queue_ticket):
            self.visit_form.addRow(QLabel(), field)

        self.applicant_kind = choice_box(words.applicant_kinds())
        self.name = QLineEdit()
        self.id_type = choice_box(self._id_types())
        self.id_number = QLineEdit()
        self.id_status = QLabel()
        self.id_status.setWordWrap(True)
        self.phone = QLineEdit()
        self.contact_person = QLineEdit()
        self.applicant_box = QGroupBox()
        self.applicant_form = QFormLayout(self.applicant_box)
        for field in (self.applicant_kind, self.name, self.id_type, self.id_number,
                      self.id_status, self.phone, self.contact_person):
            self.applicant_form.addRow(QLabel(), field)

        # 代理人: someone applying for the applicant; the item's 授权委托书 is then required.
        self.by_agent = QCheckBox()
        self.agent_name = QLineEdit()
        self.agent_id_type = choice_box(self._id_types())
        self.agent_id_number = QLineEdit()
        self.agent_phone = QLineEdit()
        self.agent_relation = QComboBox()
        self.agent_relation.setEditable(True)
        for value, label in words.agent_relations().items():
            self.agent_relation.addItem(label, value)
        self.agent_box = QGroupBox()
        self.agent_form = QFormLayout(self.agent_box)
        self.agent_form.addRow(self.by_agent)
        for field in (self.agent_name, self.agent_id_type, self.agent_id_number,
                      self.agent_phone, self.agent_relation):
            self.agent_form.addRow(QLabel(), field)

        self.search = ItemSearch(index)
        self.item_box = QGroupBox()
        QVBoxLayout(self.item_box).addWidget(self.search)

        self.register_button = EnterButton()
        self.register_button.clicked.connect(self.register)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.visit_box)
        left.addWidget(self.applicant_box)
        left.addWidget(self.agent_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(self.item_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        tab_chain = (self.purpose, self.channel, self.queue_ticket, self.applicant_kind,
                     self.name, self.id_type, self.id_number, self.phone, self.contact_person,
                     self.by_agent, self.agent_name, self.agent_id_type, self.agent_id_number,
                     self.agent_phone, self.agent_relation, self.search.query,
                     self.register_button)
        for first, second in zip(tab_chain, tab_chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        # Enter from a name goes to the number past the identity type, whose default
        # (居民身份证) is nearly always right; Tab and Shift+Tab still reach it.
        onward = {self.name: self.id_number, self.agent_name: self.agent_id_number}
        for edit in (self.queue_ticket, self.name, self.id_number, self.phone,
                     self.contact_person, self.agent_name, self.agent_id_number,
                     self.agent_phone):
            edit.returnPressed.connect(onward[edit].setFocus if edit in onward
                                       else self.focusNextChild)
            edit.textChanged.connect(self.changed)
        self.by_agent.toggled.connect(self._show_agent_fields)
        self.by_agent.toggled.connect(self.changed)
        advance_on_enter(self.by_agent, self.focusNextChild)
        self.agent_relation.currentTextChanged.connect(self.changed)
        advance_on_enter(self.agent_id_type, self.focusNextChild)
        for combo in (self.purpose, self.channel, self.applicant_kind, self.id_type):
            combo.currentIndexChanged.connect(self.changed)
            # A closed dropdown ignores Enter; left so, the clerk's next keys would search its
            # entries instead of reaching the next field.
            advance_on_enter(combo, self.focusNextChild)
        TypingGoesOn(self.id_type, self.id_number)
        TypingGoesOn(self.agent_id_type, self.agent_id_number)
        # The field each refusal of a registration is about takes the keyboard after it.
        self.refusal_fields: dict[str, QWidget] = {
            "applicant_name": self.name, "phone_invalid": self.phone,
            "item_required": self.search.query, "agent_name": self.agent_name,
            "agent_id_required": self.agent_id_number, "agent_phone_invalid": self.agent_phone,
            "agent_relation": self.agent_relation}
        self._registering = False
        self.applicant_kind.currentIndexChanged.connect(self._show_applicant_fields)
        self.id_type.currentIndexChanged.connect(self._check_id)
        self.id_number.textChanged.connect(self._id_number_changed)
        self.search.item_chosen.connect(self._item_chosen)
        bind(self, "F3", self.search.query.setFocus)
        bind(self, "Ctrl+Return", self.register)
        self.retranslate_ui()
        self._show_applicant_fields()
        self.reset()

    def retranslate_ui(self) -> None:
        for index in range(self.agent_relation.count()):
            value = self.agent_relation.itemData(index)
            if value:
                self.agent_relation.setItemText(index, words.agent_relation(str(value)))
        self.heading.setText(self.tr("首问登记"))
        self.visit_box.setTitle(self.tr("来访"))
        self.applicant_box.setTitle(self.tr("申请人"))
        self.item_box.setTitle(with_key(self.tr("办理事项"), "F3"))
        for form, labels in ((self.visit_form, (self.tr("来访目的"), self.tr("渠道"),
                                                self.tr("排队号（可选）"))),
                             (self.applicant_form, (self.tr("申请人类型"), "", self.tr("证件类型"),
                                                    "", "", self.tr("联系电话"),
                                                    self.tr("联系人")))):
            for row, text in enumerate(labels):
                if text:
                    form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        retitle(self.purpose, words.purposes())
        retitle(self.channel, words.channels())
        retitle(self.applicant_kind, words.applicant_kinds())
        retitle(self.id_type, self._id_types())
        self.agent_box.setTitle(self.tr("代理人"))
        self.by_agent.setText(self.tr("由代理人办理（需提交授权委托书）"))
        for row, text in enumerate((self.tr("代理人姓名"), self.tr("证件类型"),
                                    self.tr("证件号码"), self.tr("联系电话"),
                                    self.tr("与申请人关系")), start=1):
            self.agent_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        retitle(self.agent_id_type, self._id_types())
        self.register_button.setText(with_key(self.tr("登记"), "Ctrl+Return"))
        self.hint.setText(self.tr("Enter 下一项 · Tab 移动 · F3 搜索事项 · ↑↓ 选择事项，"
                                  "Enter 确定 · Ctrl+Enter 登记"))
        self.search.retranslate_ui()
        self._show_applicant_fields()

    def _id_types(self) -> dict[str, str]:
        """The document kinds in the order clerks meet them."""
        worded = words.id_types()
        return {IdKind.RESIDENT_ID.value: worded[IdKind.RESIDENT_ID.value],
                IdKind.FOREIGN_PERMANENT_RESIDENT.value: self.tr("外国人永久居留身份证"),
                IdKind.HK_MACAU_TAIWAN_RESIDENCE.value: self.tr("港澳台居民居住证"),
                IdKind.PASSPORT.value: worded[IdKind.PASSPORT.value],
                "other": worded["other"]}

    def _id_reason(self, kind: str, reason: str) -> str:
        """What is wrong with the number, in the terms of the kind of document chosen."""
        if kind == IdKind.PASSPORT and reason == IdReason.LENGTH:
            return self.tr("位数不对（护照号码应为5至17位）")
        if kind == IdKind.PASSPORT and reason == IdReason.CHARSET:
            return self.tr("含有不允许的字符（护照号码只能是字母和数字）")
        if kind == IdKind.FOREIGN_PERMANENT_RESIDENT and reason == IdReason.PREFIX:
            return self.tr("开头不对（外国人永久居留身份证号码以9开头）")
        if kind == IdKind.HK_MACAU_TAIWAN_RESIDENCE and reason == IdReason.PREFIX:
            return self.tr("开头不对（港澳台居民居住证号码以810000、820000或830000开头）")
        if reason == IdReason.NATIONALITY:
            return self.tr("国籍代码不对（第4至6位应为外国的国家代码）")
        if kind == IdKind.FOREIGN_PERMANENT_RESIDENT and reason == IdReason.REGION:
            return self.tr("受理地代码不存在（第2至3位应为省级行政区代码）")
        return words.id_reason(reason)

    def _show_agent_fields(self) -> None:
        for field in (self.agent_name, self.agent_id_type, self.agent_id_number,
                      self.agent_phone, self.agent_relation):
            self.agent_form.setRowVisible(field, self.by_agent.isChecked())

    def _agent(self) -> Agent | None:
        if not self.by_agent.isChecked():
            return None
        return Agent(name=self.agent_name.text(), id_type=str(self.agent_id_type.currentData()),
                     id_number=self.agent_id_number.text(), phone=self.agent_phone.text(),
                     relation=words.agent_relation_stored(self.agent_relation.currentText()))

    def _is_person(self) -> bool:
        return self.applicant_kind.currentData() == ApplicantKind.PERSON.value

    def _show_applicant_fields(self) -> None:
        person = self._is_person()
        label = self.applicant_form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget()
        label.setText(self.tr("姓名") if person else self.tr("单位名称"))
        id_label = self.applicant_form.itemAt(3, QFormLayout.ItemRole.LabelRole).widget()
        id_label.setText(self.tr("证件号码") if person else self.tr("统一社会信用代码"))
        self.applicant_form.setRowVisible(self.id_type, person)
        self.applicant_form.setRowVisible(self.contact_person, not person)
        self._check_id()

    def _id_kind(self) -> str:
        return str(self.id_type.currentData()) if self._is_person() else "uscc"

    def _check_id(self) -> None:
        text = self.id_number.text().strip()
        kind = self._id_kind()
        result = check_as(kind, text, self.space.today()) if text else None
        if result is None:
            self.id_status.setText("")
        elif result.valid:
            self.id_status.setStyleSheet(_OK_STYLE)
            self.id_status.setText(self.tr("✓ 号码有效"))
        else:
            self.id_status.setStyleSheet(_BAD_STYLE)
            self.id_status.setText(self.tr("✗ {reason}").format(
                reason=self._id_reason(kind, str(result.reason))))

    def _id_number_changed(self, text: str) -> None:
        """A full 18-digit number says by its first digits which card it is (9: a foreign
        permanent resident's card): as the clerk types, the kind follows it unless the clerk
        chose 其他证件. A number put back from a draft keeps the kind saved with it."""
        current = self._id_kind()
        shaped = kind_by_shape(text)
        if (shaped is None or shaped == current or current not in _KINDS_A_NUMBER_MAY_CORRECT
                or not self.id_number.isModified() or not self._is_person()):
            self._check_id()
            return
        self.id_type.setCurrentIndex(self.id_type.findData(shaped.value))  # checks again
        self.id_status.setText(self.id_status.text() + "\n" + self.tr(
            "证件类型已按号码改为“{kind}”").format(kind=self._id_types()[shaped.value]))

    def _item_chosen(self, _item: object) -> None:
        self.changed.emit()
        if self.search.query.hasFocus():
            self.register_button.setFocus()

    def registration(self, id_warning_confirmed: bool = False) -> Registration:
        person = self._is_person()
        applicant = Applicant(
            kind=ApplicantKind.PERSON if person else ApplicantKind.ORG,
            name=self.name.text(), id_type=self._id_kind(), id_number=self.id_number.text(),
            phone=self.phone.text(), contact_person="" if person else self.contact_person.text())
        chosen = self.search.chosen
        return Registration(Purpose(self.purpose.currentData()),
                            Channel(self.channel.currentData()), applicant,
                            chosen.code if chosen else None, self.queue_ticket.text(),
                            id_warning_confirmed, agent=self._agent())

    def _other_names_confirmed(self, applicant: Applicant) -> bool:
        """Warn, never block: the number is on file under another name (a typing slip, or a
        renamed person); the clerk looks at the document again and may go on."""
        if not applicant.name.strip() or not applicant.id_number.strip():
            return True
        others = operations.run(self, lambda: self.intake.other_holders(applicant))
        if others is None:
            return False
        if not others:
            return True
        listed = "\n".join(self.tr("{name}（受理编号 {tracking_no}）").format(
            name=other.name, tracking_no=other.tracking_no) for other in others)
        answer = operations.warn(
            self, self.tr("证件号码已登记在其他姓名下"),
            self.tr("证件号码 {number} 以前登记的申请人是：\n{others}\n本次填写的是“{name}”。"
                    "请核对证件和姓名。确认无误吗？选择“是”继续登记，选择“否”返回修改。").format(
                number=applicant.id_number.strip(), others=listed, name=applicant.name.strip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.id_number.setFocus()
            return False
        return True

    def register(self) -> None:
        """One registration at a time: Ctrl+Enter again while a box of this one is open (a
        box gone behind the window, a key typed before it showed) starts nothing."""
        if self._registering:
            return
        self._registering = True
        try:
            case = self._register_once()
            if case is not None:
                self.registered.emit(case)
        finally:
            self._registering = False

    def _register_once(self) -> Case | None:
        if not self._other_names_confirmed(self.registration().applicant):
            return None
        try:
            return self.intake.register(self.actor, self.registration())
        except IdNeedsConfirmation as warning:
            of_agent = warning.code == "agent_id_unconfirmed"
            answer = operations.warn(
                self, self.tr("代理人证件号码未通过校验") if of_agent
                else self.tr("证件号码未通过校验"),
                self.tr("证件号码 {number} {reason}。\n请再次核对证件原件。号码与证件一致吗？"
                        "选择“是”按此号码登记，选择“否”返回修改。").format(
                    number=warning.result.normalized,
                    reason=self._id_reason(warning.result.kind.value,
                                           str(warning.result.reason))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                (self.agent_id_number if of_agent else self.id_number).setFocus()
                return None
            return operations.run(self, lambda: self.intake.register(
                self.actor, self.registration(id_warning_confirmed=True)), self.refusal_fields)
        except Exception as error:  # noqa: BLE001 - worded by operations.explain
            operations.refuse(self, error, self.refusal_fields)
            return None

    def reset(self) -> None:
        for edit in (self.queue_ticket, self.name, self.id_number, self.phone,
                     self.contact_person, self.search.query, self.agent_name,
                     self.agent_id_number, self.agent_phone):
            edit.clear()
        self.by_agent.setChecked(False)
        self.agent_id_type.setCurrentIndex(0)
        self.agent_relation.setCurrentIndex(0)
        self._show_agent_fields()
        self.purpose.setCurrentIndex(self.purpose.findData(Purpose.APPLY.value))
        self.channel.setCurrentIndex(0)
        self.applicant_kind.setCurrentIndex(0)
        self.id_type.setCurrentIndex(0)
        self.search.choose(None)
        self.search.refresh("")
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def state(self) -> dict[str, Any]:
        return {"purpose": self.purpose.currentData(), "channel": self.channel.currentData(),
                "queue_ticket": self.queue_ticket.text(),
                "applicant_kind": self.applicant_kind.currentData(), "name": self.name.text(),
                "id_type": self.id_type.currentData(), "id_number": self.id_number.text(),
                "phone": self.phone.text(), "contact_person": self.contact_person.text(),
                "item_code": self.search.chosen.code if self.search.chosen else None,
                "by_agent": self.by_agent.isChecked(), "agent_name": self.agent_name.text(),
                "agent_id_type": self.agent_id_type.currentData(),
                "agent_id_number": self.agent_id_number.text(),
                "agent_phone": self.agent_phone.text(),
                "agent_relation": words.agent_relation_stored(
                    self.agent_relation.currentText())}

    def restore(self, state: dict[str, Any]) -> None:
        self.by_agent.setChecked(bool(state.get("by_agent")))
        self.agent_relation.setCurrentText(
            words.agent_relation(str(state.get("agent_relation") or RELATIONS[0])))
        for combo, key in ((self.purpose, "purpose"), (self.channel, "channel"),
                           (self.applicant_kind, "applicant_kind"), (self.id_type, "id_type"),
                           (self.agent_id_type, "agent_id_type")):
            found = combo.findData(state.get(key))
            if found >= 0:
                combo.setCurrentIndex(found)
        for edit, key in ((self.queue_ticket, "queue_ticket"), (self.name, "name"),
                          (self.id_number, "id_number"), (self.phone, "phone"),
                          (self.contact_person, "contact_person"),
                          (self.agent_name, "agent_name"),
                          (self.agent_id_number, "agent_id_number"),
                          (self.agent_phone, "agent_phone")):
            edit.setText(str(state.get(key) or ""))
        if state.get("item_code"):
            self.search.choose_code(str(state["item_code"]))
