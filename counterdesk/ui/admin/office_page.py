"""办公设置: the office's name, seal line, phones, default remedies, idle lock and the
document number patterns (文号), each pattern with a live example."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.ratings import MAX_FOLLOW_UP_DAYS
from counterdesk.services.accounts import Actor
from counterdesk.services.office import (
    DOC_TYPES,
    OfficeService,
    OfficeSettings,
    SettingsError,
    validate_pattern,
)
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words

TEXT_FIELDS = ("office_name", "office_short", "seal_text", "consult_phone", "complaint_phone",
               "reconsideration_body", "court")
# The interface language is chosen per window PC (设置 page), so it is not edited here.
SWITCH_FIELDS = ("office_is_issuer", "clerk_phone_printed", "backup_encryption_required")
EDITED_FIELDS = (*TEXT_FIELDS, "idle_lock_minutes", *SWITCH_FIELDS, "retention_years",
                 "rating_follow_up_days",
                 *(f"pattern_{t}" for t in DOC_TYPES))
_OK_STYLE = "color: #1b7f3b;"
_BAD_STYLE = "color: #b00020; font-weight: bold;"
MAX_IDLE_MINUTES = 240


class OfficeSettingsPage(QWidget):
    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.service = OfficeService(space)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.edits = {name: QLineEdit() for name in TEXT_FIELDS}
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, MAX_IDLE_MINUTES)
        self.office_box = QGroupBox()
        self.office_form = QFormLayout(self.office_box)
        for name in TEXT_FIELDS:
            self.office_form.addRow(QLabel(), self.edits[name])
        self.office_form.addRow(QLabel(), self.idle_minutes)
        self.switches = {name: QCheckBox() for name in SWITCH_FIELDS}
        for name in SWITCH_FIELDS:
            self.office_form.addRow(self.switches[name])
        # Retention rule (counterdesk purge): whole years, empty for none.
        self.retention_label = QLabel()
        self.retention_years = QLineEdit()
        self.office_form.addRow(self.retention_label, self.retention_years)
        # 好差评: a bad rating is followed up within this many working days.
        self.follow_up_label = QLabel()
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setRange(1, MAX_FOLLOW_UP_DAYS)
        self.office_form.addRow(self.follow_up_label, self.follow_up_days)
        self.patterns = {doc_type: QLineEdit() for doc_type in DOC_TYPES}
        self.examples = {doc_type: QLabel() for doc_type in DOC_TYPES}
        self.pattern_box = QGroupBox()
        self.pattern_form = QFormLayout(self.pattern_box)
        self.pattern_help = QLabel()
        self.pattern_help.setWordWrap(True)
        self.pattern_form.addRow(self.pattern_help)
        for doc_type in DOC_TYPES:
            row = QVBoxLayout()
            row.setSpacing(2)
            row.addWidget(self.patterns[doc_type])
            row.addWidget(self.examples[doc_type])
            self.pattern_form.addRow(QLabel(), row)
            self.patterns[doc_type].textChanged.connect(self.show_examples)
        self.edits["office_short"].textChanged.connect(self.show_examples)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.load)
        self.status = QLabel()
        self.status.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(self.office_box, 1)
        columns.addWidget(self.pattern_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("办公设置"))
        self.office_box.setTitle(self.tr("本中心"))
        labels = (self.tr("中心名称"), self.tr("文号简称"), self.tr("印章文字"),
                  self.tr("咨询电话"), self.tr("投诉电话"), self.tr("默认行政复议机关"),
                  self.tr("默认人民法院"), self.tr("无操作锁定（分钟）"))
        for row, text in enumerate(labels):
            self.office_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.switches["office_is_issuer"].setText(
            self.tr("本中心为实施机关（行政审批局）：未写明实施机关的事项以本中心名义出具"))
        self.switches["clerk_phone_printed"].setText(self.tr("在文书上打印经办人本人电话"))
        self.switches["backup_encryption_required"].setText(
            self.tr("复制到数据目录以外的备份必须加密"))
        self.retention_label.setText(self.tr("个人信息保留年限"))
        self.follow_up_label.setText(self.tr("差评回访期限（工作日）"))
        self.follow_up_days.setToolTip(
            self.tr("差评须在评价后该工作日数内回访（各省规定不同，如3、5或15个工作日）"))
        self.retention_years.setPlaceholderText(
            self.tr("留空为不设期限；设定后，办结超过该年限的案件可匿名化个人信息"))
        self.edits["office_short"].setPlaceholderText(self.tr("用于文号，如“大政服”"))
        self.edits["reconsideration_body"].setPlaceholderText(
            self.tr("事项目录未写明时，不予受理通知书使用此项"))
        self.edits["court"].setPlaceholderText(self.tr("事项目录未写明时，不予受理通知书使用此项"))
        self.pattern_box.setTitle(self.tr("文号格式"))
        self.pattern_help.setText(self.tr("可用字段：{office} 文号简称，{year} 年份（必填），"
                                          "{seq} 序号（必填，不编虚位）。"))
        for row, doc_type in enumerate(DOC_TYPES, start=1):
            self.pattern_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(
                words.document_type(doc_type))
        self.save_button.setText(self.tr("保存设置"))
        self.reload_button.setText(self.tr("放弃修改"))
        self.show_examples()

    def load(self) -> None:
        settings = operations.run(self, self.service.load)
        if settings is None:
            return
        for name in TEXT_FIELDS:
            self.edits[name].setText(getattr(settings, name))
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        for name in SWITCH_FIELDS:
            self.switches[name].setChecked(getattr(settings, name) == "1")
        self.retention_years.setText(settings.retention_years)
        self.follow_up_days.setValue(settings.rating_follow_up_days)
        for doc_type in DOC_TYPES:
            self.patterns[doc_type].setText(settings.pattern(doc_type))
        self.status.setText("")

    def form_values(self) -> dict[str, str]:
        values = {name: self.edits[name].text().strip() for name in TEXT_FIELDS}
        values["idle_lock_minutes"] = str(self.idle_minutes.value())
        for name in SWITCH_FIELDS:
            values[name] = "1" if self.switches[name].isChecked() else "0"
        values["retention_years"] = self.retention_years.text().strip()
        values["rating_follow_up_days"] = str(self.follow_up_days.value())
        for doc_type in DOC_TYPES:
            values[f"pattern_{doc_type}"] = self.patterns[doc_type].text().strip()
        return values

    def show_examples(self) -> None:
        short = self.edits["office_short"].text().strip()
        year = self.space.today().year
        for doc_type in DOC_TYPES:
            pattern = self.patterns[doc_type].text().strip()
            label = self.examples[doc_type]
            try:
                validate_pattern(pattern)
            except SettingsError:
                label.setStyleSheet(_BAD_STYLE)
                label.setText(self.tr("✗ 格式无效：须含 {year} 和 {seq}，只能用 {office}、{year}、"
                                      "{seq}"))
                continue
            sample = replace(OfficeSettings(), office_short=short,
                             **{f"pattern_{doc_type}": pattern})
            label.setStyleSheet(_OK_STYLE)
            label.setText(self.tr("示例：{number}").format(
                number=sample.doc_number(doc_type, year, 1)))

    def save(self) -> None:
        current = operations.run(self, self.service.load)
        if current is None:
            return
        changes = {name: value for name, value in self.form_values().items()
                   if value != str(getattr(current, name))}
        if not changes:
            self.status.setText(self.tr("没有需要保存的修改。"))
            return
        saved = operations.run(self, lambda: self.service.save(self.actor, changes))
        if saved is None:
            self.status.setText(self.tr("设置未保存，请按提示修改。"))
            return
        self.status.setText(self.tr("已保存 {count} 项设置。新的文号格式从下一份文书起使用；"
                                    "锁定时间在下次登录时生效。").format(count=len(changes)))
