"""Under the guide editor: what the validator, the item tests or a refusal say, in words
(validator lines stay exactly as `catalog validate` prints them)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from counterdesk.domain.catalog import ServiceItem
from counterdesk.services.guide_editing import DraftCheck, GuideEditingError
from counterdesk.services.item_tests import ItemTestRun, ItemTestsError

_OK_STYLE = "color: #1b7f3b;"
_BAD_STYLE = "color: #b00020;"
LINES = 6


class GuideMessages(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * LINES + 12)

    def say(self, head: str, lines: list[str], ok: bool) -> None:
        style = _OK_STYLE if ok else _BAD_STYLE
        if self.styleSheet() != style:  # restyling on every keystroke of live validation
            self.setStyleSheet(style)
        self.setPlainText("\n".join([head, *lines]))

    def show_check(self, check: DraftCheck) -> None:
        if check.item is None:
            self.say(self.tr("✗ 指南有 {count} 处问题（与 catalog validate 的提示相同），"
                             "改正后才能发布：").format(count=len(check.problems)),
                     [str(problem) for problem in check.problems], ok=False)
            return
        item = check.item
        head = self.tr("✓ 指南有效：{materials} 项材料，{questions} 个情形问题。").format(
            materials=len(item.materials), questions=len(item.questions))
        if not item.decidable:
            head += self.tr("尚无材料，发布后仍为“待完善”，窗口只能登记咨询。")
        self.say(head, [self.tr("⚠ 证明材料没有写明设定依据（catalog lint）：{finding}").format(
            finding=finding) for finding in check.lint], ok=True)

    def show_run(self, run: ItemTestRun) -> None:
        if not run.results:
            self.say(self.tr("没有事项测试：在“事项测试”页填写，或随指南提供 .tests.yaml 文件。"),
                     [], ok=True)
            return
        lines = [(self.tr("✓ {name}").format(name=result.name) if result.passed
                  else self.tr("✗ {failure}").format(failure=result)) for result in run.results]
        head = self.tr("事项测试：{passed} 项通过，{failed} 项未通过。").format(
            passed=len(run.results) - len(run.failures), failed=len(run.failures))
        self.say(head, lines, ok=not run.failures)

    def show_tests_error(self, error: ItemTestsError) -> None:
        self.say(self.tr("✗ 事项测试无法运行：{reason}").format(reason=error), [], ok=False)

    def show_refusal(self, error: GuideEditingError, version: dt.date, today: dt.date) -> None:
        if error.code == "tests_failed" and error.run is not None:
            self.show_run(error.run)
            self.appendPlainText(self.tr("事项测试未全部通过，不能发布或导入。"))
        elif error.code == "version_published":
            self.say(self.tr("✗ {version} 版已经发布，已受理的案件按它办理，不能改写。请把"
                             "“版本（生效日期）”改为新的日期后再发布。").format(
                version=version.isoformat()), [], ok=False)
        elif error.code == "version_in_past":
            self.say(self.tr("✗ 生效日期 {version} 早于今天（{today}）。新版本只能自今天或"
                             "以后生效，请修改“版本（生效日期）”。").format(
                version=version.isoformat(), today=today.isoformat()), [], ok=False)
        elif error.code == "empty_folder":
            self.say(self.tr("✗ 所选文件夹中没有事项指南文件（.yaml）。"), [], ok=False)
        else:
            self.say(self.tr("✗ 有 {count} 处问题，未作任何更改：").format(
                count=len(error.problems)), [str(problem) for problem in error.problems],
                ok=False)

    def show_imported(self, items: tuple[ServiceItem, ...]) -> None:
        self.say(self.tr("✓ 已导入 {count} 个指南版本，事项测试全部通过：").format(
            count=len(items)), [f"{item.code}@{item.version.isoformat()} {item.name}"
                                for item in items], ok=True)
