"""事项指南: the hall's own guides — complete an imported 待完善 item, edit any guide as a new
version, check it live as `catalog validate` does, run its item tests, preview the clerk's
checklist, publish (audited), export YAML, import a folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.catalog import FORMAT_TAG, ServiceItem
from counterdesk.domain.catalog_format import item_to_data
from counterdesk.services.accounts import Actor
from counterdesk.services.guide_editing import GuideEditingError, GuideEditingService
from counterdesk.services.item_tests import ItemTestsError
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations
from counterdesk.ui.admin.guide_form import GuideForm
from counterdesk.ui.admin.guide_list import GuideListTableModel, guide_list_view, matching
from counterdesk.ui.admin.guide_messages import GuideMessages
from counterdesk.ui.admin.guide_preview import ChecklistPreview
from counterdesk.ui.admin.guide_tables import (
    FormDelegate,
    GuideTableView,
    MaterialsTableModel,
    QuestionsTableModel,
)
from counterdesk.ui.keys import bind, with_key

T = TypeVar("T")


def _entries_page(hint: QLabel, view: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(hint)
    layout.addWidget(view, 1)
    return page


class GuideEditorPage(QWidget):
    # A version was published or imported: the desk's item search must see it at once.
    catalog_changed = Signal()

    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.service = GuideEditingService(space)
        self.all_items: list[ServiceItem] = []
        self.loaded: ServiceItem | None = None
        self.loaded_data: dict[str, Any] = {}
        self._loading = False

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.only_incomplete = QCheckBox()
        self.list_model = GuideListTableModel()
        self.list_view = guide_list_view(self.list_model)
        self.new_button = QPushButton()
        self.import_button = QPushButton()

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.version_label = QLabel()
        self.version_choice = QComboBox()
        self.form = GuideForm()
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setWidgetResizable(True)
        self.questions_model = QuestionsTableModel()
        self.questions_view = GuideTableView(self.questions_model)
        self.materials_model = MaterialsTableModel()
        self.materials_view = GuideTableView(self.materials_model)
        self.form_delegate = FormDelegate(self.materials_view)
        self.materials_view.setItemDelegateForColumn(MaterialsTableModel.FORM_COLUMN,
                                                     self.form_delegate)
        self.questions_hint, self.materials_hint, self.tests_hint = QLabel(), QLabel(), QLabel()
        for hint in (self.questions_hint, self.materials_hint, self.tests_hint):
            hint.setWordWrap(True)
        self.preview = ChecklistPreview()
        self.tests_text = QPlainTextEdit()
        self.tests_text.setTabChangesFocus(True)
        self.tests_page = _entries_page(self.tests_hint, self.tests_text)
        self.tabs = QTabWidget()
        for page in (self.form_scroll, _entries_page(self.questions_hint, self.questions_view),
                     _entries_page(self.materials_hint, self.materials_view), self.preview,
                     self.tests_page):
            self.tabs.addTab(page, "")
        self.messages = GuideMessages()
        self.validate_button = QPushButton()
        self.test_button = QPushButton()
        self.export_button = QPushButton()
        self.publish_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        self._connect()
        self.retranslate_ui()
        self.refresh_list()
        self.new_item()
        self.messages.say(self.tr("在左侧选择事项按 Enter 打开（待完善的排在最前），"
                                  "或点击“新建事项”。"), [], ok=True)

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.search)
        left.addWidget(self.only_incomplete)
        left.addWidget(self.list_view, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.import_button)
        left.addLayout(left_buttons)
        versions = QHBoxLayout()
        versions.addWidget(self.title, 1)
        versions.addWidget(self.version_label)
        versions.addWidget(self.version_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.validate_button, self.test_button, self.export_button,
                       self.publish_button):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(versions)
        right.addWidget(self.tabs, 1)
        right.addWidget(self.messages)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 8)
        chain = [self.search, self.only_incomplete, self.list_view, self.new_button,
                 self.import_button, self.version_choice, *self.form.focus_chain(),
                 self.questions_view, self.materials_view, self.tests_text,
                 self.validate_button, self.test_button, self.export_button,
                 self.publish_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.show_list)
        self.only_incomplete.toggled.connect(self.show_list)
        self.list_view.activated.connect(self.open_row)
        self.search.returnPressed.connect(
            lambda: self.open_row(self.list_view.currentIndex()))
        self.new_button.clicked.connect(self.new_item)
        self.import_button.clicked.connect(self.import_folder)
        self.version_choice.activated.connect(self.open_version)
        self.form.changed.connect(self.revalidate)
        for model in (self.questions_model, self.materials_model):
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved,
                           model.modelReset):
                signal.connect(self.revalidate)
        self.validate_button.clicked.connect(self.validate)
        self.test_button.clicked.connect(self.run_tests)
        self.export_button.clicked.connect(self.export_yaml)
        self.publish_button.clicked.connect(self.publish)
        bind(self, "F7", self.validate)
        bind(self, "F8", self.run_tests)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("事项指南"))
        self.search.setPlaceholderText(self.tr("按名称、编码或部门筛选"))
        self.only_incomplete.setText(self.tr("只看待完善"))
        self.new_button.setText(self.tr("新建事项"))
        self.import_button.setText(self.tr("导入文件夹…"))
        self.version_label.setText(self.tr("已发布版本"))
        for index, text in enumerate((self.tr("基本信息"), self.tr("情形问题"), self.tr("申请材料"),
                                      self.tr("材料核对预览"), self.tr("事项测试"))):
            self.tabs.setTabText(index, text)
        keys = self.tr("Enter 编辑或勾选 · Ins 在下方添加一行 · Del 删除当前行 · Tab 离开表格")
        self.questions_hint.setText(self.tr("受理时询问的情形问题；材料的“何时需要”引用问题编号。")
                                    + "\n" + keys)
        self.materials_hint.setText(self.tr("“何时需要”写作“问题编号: 答案”，多个答案用“、”，"
                                            "多个问题用“；”；留空表示始终需要。") + "\n" + keys)
        self.tests_hint.setText(self.tr("事项测试（YAML，与 .tests.yaml 文件格式相同）。"
                                        "留空则运行随附的测试文件。发布前须全部通过。"))
        self.validate_button.setText(with_key(self.tr("校验"), "F7"))
        self.test_button.setText(with_key(self.tr("运行测试"), "F8"))
        self.export_button.setText(self.tr("导出YAML…"))
        self.publish_button.setText(self.tr("发布为新版本"))
        self.form.retranslate_ui()
        self.preview.retranslate_ui()
        self._show_title()

    # -- the list ------------------------------------------------------------------------

    def refresh_list(self) -> None:
        self.all_items = self.service.items()
        self.show_list()

    def show_list(self) -> None:
        """The matching items; the first is current, so Enter in the filter opens it."""
        self.list_model.set_items(matching(self.all_items, self.only_incomplete.isChecked(),
                                           self.search.text()))
        if self.list_model.items:
            self.list_view.setCurrentIndex(self.list_model.index(0, 0))

    def open_row(self, index: QModelIndex) -> None:
        if index.isValid() and self.discard_confirmed():
            self.open_item(self.list_model.items[index.row()])

    def open_version(self, position: int) -> None:
        version = self.version_choice.itemData(position)
        if self.loaded is None or version == self.loaded.version.isoformat():
            return
        if not self.discard_confirmed():
            self._show_versions(self.loaded)
            return
        self.open_item(next(v for v in self.service.versions(self.loaded.code)
                            if v.version.isoformat() == version))

    def discard_confirmed(self) -> bool:
        if self.draft_data() == self.loaded_data:
            return True
        answer = QMessageBox.question(
            self, self.tr("放弃未发布的修改"),
            self.tr("当前指南有未发布的修改。打开其他指南将放弃这些修改，是否继续？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- loading -------------------------------------------------------------------------

    def open_item(self, item: ServiceItem) -> None:
        self._show_draft(item_to_data(item), item,
                         self.service.bundled_tests(item.code, item.version))
        self._show_versions(item)
        self.status.setText("")

    def new_item(self) -> None:
        if self.loaded_data and not self.discard_confirmed():
            return
        self._show_draft({"format": FORMAT_TAG, "code": "", "version": self.space.today(),
                          "materials": []}, None, "")
        self.version_choice.clear()
        self.status.setText("")
        self.form.code.setFocus()

    def _show_draft(self, data: dict[str, Any], item: ServiceItem | None, tests: str) -> None:
        self._loading = True
        self.loaded = item
        self.form.load(data, existing=item is not None)
        self.questions_model.set_entries(data.get("questions", []))
        self.materials_model.set_entries(data.get("materials", []))
        self.tests_text.setPlainText(tests)
        self._loading = False
        self.loaded_data = self.draft_data()
        self.revalidate()

    def _show_versions(self, item: ServiceItem) -> None:
        self.version_choice.clear()
        for version in self.service.versions(item.code):
            text = version.version.isoformat()
            if not version.decidable:
                text += self.tr("（待完善）")
            self.version_choice.addItem(text, version.version.isoformat())
        self.version_choice.setCurrentIndex(self.version_choice.findData(
            item.version.isoformat()))

    def draft_data(self) -> dict[str, Any]:
        data = self.form.data()
        questions = self.questions_model.entries_data()
        if questions:
            data["questions"] = questions
        data["materials"] = self.materials_model.entries_data()
        return data

    def tests_input(self) -> str | None:
        """The typed tests; None (blank) runs the tests shipped with the guide."""
        text = self.tests_text.toPlainText()
        return text if text.strip() else None

    # -- checking ------------------------------------------------------------------------

    def revalidate(self) -> None:
        """Live: every change is checked as `catalog validate` checks a file."""
        if self._loading:
            return
        check = self.service.check(self.draft_data())
        self.preview.show_item(check.item)
        self._show_title()
        self.messages.show_check(check)

    def _show_title(self) -> None:
        form = self.form
        # The title brackets the code itself: a placeholder carries no brackets of its own.
        code = form.code.text().strip() or self.tr("新事项")
        name = form.texts["name"].text().strip() or self.tr("未命名")
        self.title.setText(self.tr("{name}（{code}）· {version}版").format(
            name=name, code=code, version=form.chosen_version().isoformat()))

    def validate(self) -> None:
        self.revalidate()
        self.status.setText(self.tr("已校验。"))

    def run_tests(self) -> None:
        run = self._attempt(lambda: self.service.run_tests(self.draft_data(),
                                                           self.tests_input()))
        if run is None:
            return
        self.messages.show_run(run)
        self.status.setText(self.tr("已运行事项测试：{passed} 项通过，{failed} 项未通过。").format(
            passed=len(run.results) - len(run.failures), failed=len(run.failures)))

    def _attempt(self, call: Callable[[], T]) -> T | None:
        """The call's result, or None after the refusal is shown under the editor."""
        try:
            return operations.run(self, call)
        except GuideEditingError as error:
            self.messages.show_refusal(error, self.form.chosen_version(), self.space.today())
        except ItemTestsError as error:
            self.messages.show_tests_error(error)
        self.status.setText(self.tr("未完成，原因见上方提示。"))
        return None

    # -- publishing and files --------------------------------------------------------------

    def publish(self) -> None:
        data = self.draft_data()
        version = self.form.chosen_version()
        answer = QMessageBox.question(
            self, self.tr("发布为新版本"),
            self.tr("将 {code} 的指南发布为 {version} 版：自该日起登记的案件按新版本办理，"
                    "此前登记的案件仍按原版本。是否发布？").format(
                code=data["code"], version=version.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        item = self._attempt(lambda: self.service.publish(self.actor, data,
                                                          self.tests_input()))
        if item is None:
            return
        self.refresh_list()
        self.catalog_changed.emit()
        tests = self.tests_text.toPlainText()
        self.open_item(next(v for v in self.service.versions(item.code)
                            if v.version == item.version))
        self.tests_text.setPlainText(tests)
        self.status.setText(self.tr("已发布 {code} 的 {version} 版（已记入审计日志）。").format(
            code=item.code, version=item.version.isoformat()))

    def export_yaml(self) -> None:
        data = self.draft_data()
        suggested = str(Path.home() / f"{data['code'] or 'guide'}.yaml")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出事项指南"), suggested, self.tr("事项指南 (*.yaml *.yml)"))
        if not chosen:
            return
        written = self._attempt(lambda: self.service.export(
            data, Path(chosen), self.tests_text.toPlainText()))
        if written is not None:
            self.status.setText(self.tr("已导出：{files}").format(
                files="、".join(str(path) for path in written)))

    def import_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("导入事项指南文件夹"),
                                                  str(Path.home()))
        if not chosen:
            return
        items = self._attempt(lambda: self.service.import_folder(self.actor, Path(chosen)))
        if items is None:
            return
        self.refresh_list()
        self.catalog_changed.emit()
        self.messages.show_imported(items)
        self.status.setText(self.tr("已导入 {count} 个指南版本（已记入审计日志）。").format(
            count=len(items)))
