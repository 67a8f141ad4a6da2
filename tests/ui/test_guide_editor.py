"""管理 → 事项指南 driven like an administrator, and the desk with an item still 待完善."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from counterdesk.domain.catalog import ItemStatus
from counterdesk.services.catalog_files import load_file
from counterdesk.services.item_list_import import import_item_list
from counterdesk.ui.admin.guide_editor_page import GuideEditorPage
from tests.ui.conftest import rows, when_modal
from tests.ui.desk import Keyboard, type_person, type_text

HOUSE = "37082600ZR-DJ-0001"  # 国有建设用地使用权及房屋所有权首次登记, with three item tests
PENDING = "NEW-0001"
WAITING = "事项指南待完善：本事项暂不能受理审查，请登记咨询或联系管理员完善指南。"


def import_pending_item(space, tmp_path) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text(f"事项名称,实施编码,实施主体,事项类型\n出生医学证明补发登记,{PENDING},"
                       f"微山县卫生健康局,公共服务\n", encoding="utf-8")
    import_item_list(space, listing)


@pytest.fixture
def page(qtbot, space, people):
    editor = GuideEditorPage(space, people["admin"])
    qtbot.addWidget(editor)
    editor.resize(1366, 740)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    return editor


def answer_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def open_by_keys(qtbot, page, query: str) -> None:
    page.search.setFocus()
    keys = Keyboard(qtbot)
    keys.type(query)
    keys.press(Qt.Key.Key_Return)
    assert page.loaded is not None and query in page.loaded.code


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def set_version_by_keys(qtbot, page, day: str) -> None:
    page.form.code.setFocus()
    qtbot.keyClick(page.form.code, Qt.Key.Key_Tab)
    assert page.form.version.hasFocus()
    Keyboard(qtbot).type(day.replace("-", ""))
    assert page.form.chosen_version().isoformat() == day


def publish_by_keys(qtbot, page) -> list[str]:
    seen = when_modal(qtbot, answer_yes)
    page.publish_button.setFocus()
    qtbot.keyClick(page.publish_button, Qt.Key.Key_Space)
    return seen


def commit(qtbot, view) -> None:
    """Enter in a cell editor: the delegate commits on the next turn of the event loop."""
    Keyboard(qtbot).press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=2000)


def cell(view, row: int, key: str):
    keys = [k for k, _kind in view.entries_model.KEYS]
    return view.model().index(row, keys.index(key))


def test_the_questions_materials_and_list_models_pass_qts_model_checks(qtbot, qtmodeltester,
                                                                        page):
    open_by_keys(qtbot, page, HOUSE)
    for model in (page.questions_model, page.materials_model, page.list_model):
        qtmodeltester.check(model)
    page.materials_view.setFocus()
    page.materials_view.setCurrentIndex(cell(page.materials_view, 0, "id"))
    qtbot.keyClick(page.materials_view, Qt.Key.Key_Insert)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(page.materials_view, Qt.Key.Key_Delete)
    assert page.materials_model.rowCount() == 9


def test_items_still_to_be_completed_come_first_and_can_be_listed_alone(qtbot, space,
                                                                         people, tmp_path):
    import_pending_item(space, tmp_path)
    editor = GuideEditorPage(space, people["admin"])
    qtbot.addWidget(editor)
    assert editor.list_model.items[0].code == PENDING
    assert editor.list_model.index(0, 0).data() == "待完善"
    editor.only_incomplete.click()
    assert [item.code for item in editor.list_model.items] == [PENDING]


def test_an_edited_guide_is_published_as_a_new_version_and_exports_as_itself(
        qtbot, page, space, tmp_path, monkeypatch):
    open_by_keys(qtbot, page, HOUSE)
    assert page.form.code.isReadOnly()
    retype(qtbot, page.form.texts["fee"], "住宅每件80元")
    set_version_by_keys(qtbot, page, "2026-10-08")
    assert page.messages.toPlainText().startswith("✓ 指南有效：9 项材料，2 个情形问题。")

    seen = publish_by_keys(qtbot, page)

    assert "2026-10-08" in seen[0]
    item = space.catalog.in_force(HOUSE, dt.date(2026, 10, 8))
    assert item.version == dt.date(2026, 10, 8) and item.fee == "住宅每件80元"
    assert space.catalog.in_force(HOUSE, dt.date(2026, 10, 7)).version == dt.date(2024, 6, 1)
    details = rows(space, "SELECT details FROM audit_log WHERE action = 'catalog_import' "
                          "ORDER BY seq DESC LIMIT 1")[0]["details"]
    assert json.loads(details)["versions"] == [f"{HOUSE}@2026-10-08"]
    assert page.version_choice.currentText() == "2026-10-08"
    assert "已发布" in page.status.text()

    target = tmp_path / "out" / "house.yaml"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    assert load_file(target) == dataclasses.replace(item, source=str(target))
    assert (target.parent / "house.tests.yaml").is_file()


def test_a_broken_when_typed_into_a_material_shows_the_validator_message(qtbot, page):
    open_by_keys(qtbot, page, HOUSE)
    page.tabs.setCurrentIndex(2)
    view = page.materials_view
    view.setFocus()
    view.setCurrentIndex(cell(view, 8, "when"))
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    editor.selectAll()
    keys.type("by_agent: ")
    type_text(qtbot, editor, "也许")
    commit(qtbot, view)

    text = page.messages.toPlainText()
    assert text.startswith("✗ 指南有 1 处问题")
    assert (f"{HOUSE}.yaml: item {HOUSE}: key 'materials[8].when.by_agent': answer '也许' is "
            f"not an option of question 'by_agent' (否, 是)") in text
    assert page.preview.model.rowCount() == 0


def test_enter_on_a_tick_column_marks_a_certificate_and_lint_asks_for_its_law(qtbot, page):
    open_by_keys(qtbot, page, HOUSE)
    page.tabs.setCurrentIndex(2)
    view = page.materials_view
    view.setFocus()
    view.setCurrentIndex(cell(view, 5, "proof"))
    Keyboard(qtbot).press(Qt.Key.Key_Return)

    assert page.materials_model.entries[5]["proof"] is True
    text = page.messages.toPlainText()
    assert text.startswith("✓ 指南有效")
    assert ("⚠ 证明材料没有写明设定依据（catalog lint）：37082600ZR-DJ-0001.yaml: item "
            "37082600ZR-DJ-0001: material survey_report (房地产调查或者测绘报告): 证明材料 "
            "without legal_basis") in text
    view.setCurrentIndex(cell(view, 5, "legal_basis"))
    Keyboard(qtbot).press(Qt.Key.Key_Return)
    type_text(qtbot, QApplication.focusWidget(), "《不动产登记暂行条例实施细则》第三十五条")
    commit(qtbot, view)
    assert "⚠" not in page.messages.toPlainText()


def test_publishing_is_refused_while_an_item_test_fails(qtbot, page, space):
    open_by_keys(qtbot, page, HOUSE)
    page.form.promised_limit.setFocus()
    page.form.promised_limit.selectAll()
    Keyboard(qtbot).type("3")
    set_version_by_keys(qtbot, page, "2026-10-08")

    publish_by_keys(qtbot, page)

    text = page.messages.toPlainText()
    assert text.startswith("事项测试：1 项通过，2 项未通过。")
    assert "promised_date: expected \"2026-05-11\", got \"2026-05-08\"" in text
    assert space.catalog.in_force(HOUSE, dt.date(2026, 10, 8)).version == dt.date(2024, 6, 1)


def test_publishing_an_unchanged_date_says_which_date_to_change(qtbot, page, space):
    open_by_keys(qtbot, page, HOUSE)
    publish_by_keys(qtbot, page)
    assert "早于今天（2026-09-30）" in page.messages.toPlainText()


def test_the_preview_shows_the_materials_the_chosen_answers_require(qtbot, page):
    open_by_keys(qtbot, page, HOUSE)
    page.tabs.setCurrentWidget(page.preview)
    box = page.preview.answer_boxes["applicant_type"]
    names = lambda: [state.material.id for state in page.preview.model.rows]  # noqa: E731
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == "其他单位" and "common_parts" not in names()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert "common_parts" in names()


def test_completing_an_imported_item_by_keys_makes_it_decidable(qtbot, space, people,
                                                                tmp_path):
    import_pending_item(space, tmp_path)
    editor = GuideEditorPage(space, people["admin"])
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    open_by_keys(qtbot, editor, PENDING)
    assert "尚无材料" in editor.messages.toPlainText()
    editor.tabs.setCurrentIndex(2)
    view = editor.materials_view
    view.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Insert)
    keys.type("application")
    commit(qtbot, view)
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Return)
    type_text(qtbot, QApplication.focusWidget(), "补发申请表")
    commit(qtbot, view)
    assert editor.materials_model.entries == [
        {"id": "application", "name": "补发申请表", "form": "原件", "copies": 1}]

    publish_by_keys(qtbot, editor)

    item = space.catalog.in_force(PENDING, dt.date(2026, 9, 30))
    assert item.status == ItemStatus.COMPLETE and item.decidable
    assert editor.list_model.index(0, 0).data() == "", "no longer marked 待完善"


@pytest.fixture
def desk(qtbot, space, people, tmp_path):
    """The clerk's window over a catalog holding an item imported 待完善."""
    from counterdesk.ui.main_window import MainWindow

    import_pending_item(space, tmp_path)
    main = MainWindow(space, people["clerk"])
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=2000)
    yield main
    main.idle_lock.stop()


def test_an_application_for_an_item_still_to_be_completed_is_registered_without_a_checklist(
        qtbot, desk, space):
    type_person(qtbot, desk)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F3)
    keys.type("csyxzm")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)

    assert desk.intake.currentWidget() is desk.intake.consultation
    assert WAITING in desk.intake.consultation.summary.text()
    assert not desk.intake.consultation.guide_button.isEnabled()
    keys.type("guide")
    keys.press(Qt.Key.Key_Return)
    case = rows(space, "SELECT status, purpose, item_code, result FROM cases")[0]
    assert case == {"status": "closed", "purpose": "apply", "item_code": PENDING,
                    "result": "guide"}
    assert desk.intake.currentWidget() is desk.intake.registration


def test_a_published_new_item_is_found_at_the_desk_without_a_restart(qtbot, space, people):
    import dataclasses

    from counterdesk.domain.catalog_format import item_to_data
    from counterdesk.services.guide_editing import GuideEditingService
    from counterdesk.ui.main_window import MainWindow

    window = MainWindow(space, people["admin"])
    qtbot.addWidget(window)
    editor = next(page for _, page in window.admin_pages if hasattr(page, "catalog_changed"))
    item = space.catalog.versions("53011400SC-DJ-0001")[-1]
    data = item_to_data(dataclasses.replace(item, code="53011400SC-DJ-0099",
                                            name="个体工商户变更登记", version=space.today()))
    GuideEditingService(space).publish(people["admin"], data, None)
    assert not window.intake.registration.search.index.search("53011400SC-DJ-0099")
    editor.catalog_changed.emit()
    found = window.intake.registration.search.index.search("53011400SC-DJ-0099")
    assert found and found[0].code == "53011400SC-DJ-0099"
    window.idle_lock.stop()
