"""The accounts page after the walk-through: a phone that cannot print is refused with the
form kept, the role starts again at 窗口工作人员, and Enter in 部门 saves the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from counterdesk.ui.admin.accounts_page import AccountsPage
from tests.ui.conftest import rows, when_modal
from tests.ui.desk import type_text


@pytest.fixture
def page(qtbot, space, people):
    accounts = AccountsPage(space, people["admin"])
    qtbot.addWidget(accounts)
    accounts.show()
    qtbot.waitExposed(accounts)
    return accounts


def press_ok(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Ok).click()


def fill_account(qtbot, page, role: str, phone: str) -> None:
    qtbot.keyClicks(page.username, "clerk1")
    type_text(qtbot, page.display_name, "李受理")
    page.role.setCurrentIndex(page.role.findData(role))
    qtbot.keyClicks(page.phone, phone)
    qtbot.keyClicks(page.password, "clerk-pass-1")
    qtbot.keyClicks(page.password_again, "clerk-pass-1")


def test_a_phone_with_letters_is_refused_and_everything_typed_stays(qtbot, page, space):
    # GIVEN the walk-through's account with the phone "abc1234567"
    fill_account(qtbot, page, "clerk", "abc1234567")
    # WHEN the administrator presses Enter in the last field
    seen = when_modal(qtbot, press_ok)
    qtbot.keyClick(page.password_again, Qt.Key.Key_Return)
    # THEN the message says what a phone must be, and nothing was stored
    assert len(seen) == 1 and "联系电话格式不对" in seen[0] and "0537-1234567" in seen[0]
    assert rows(space, "SELECT id FROM users WHERE username = 'clerk1'") == []
    # AND every field keeps its text, the cursor waiting in the phone to correct it
    assert (page.username.text(), page.display_name.text(), page.phone.text()) == (
        "clerk1", "李受理", "abc1234567")
    assert page.password.text() == page.password_again.text() == "clerk-pass-1"
    assert page.focusWidget() is page.phone and page.phone.selectedText() == "abc1234567"
    # AND the corrected phone is stored once retyped
    qtbot.keyClicks(page.phone, "13905370001")
    qtbot.keyClick(page.password_again, Qt.Key.Key_Return)
    assert rows(space, "SELECT phone FROM users WHERE username = 'clerk1'") == [
        {"phone": "13905370001"}]


def test_after_adding_a_supervisor_the_role_starts_again_at_clerk(qtbot, page, space):
    fill_account(qtbot, page, "supervisor", "13905370001")
    qtbot.mouseClick(page.add_user_button, Qt.MouseButton.LeftButton)
    assert rows(space, "SELECT role FROM users WHERE username = 'clerk1'") == [
        {"role": "supervisor"}]
    assert page.role.currentData() == "clerk"
    assert page.role.currentText() == "窗口工作人员"


def test_a_refused_account_keeps_the_chosen_role(qtbot, page):
    fill_account(qtbot, page, "supervisor", "abc1234567")
    when_modal(qtbot, press_ok)
    qtbot.mouseClick(page.add_user_button, Qt.MouseButton.LeftButton)
    assert page.role.currentData() == "supervisor"


def test_enter_in_the_department_field_saves_the_window(qtbot, page, space):
    # GIVEN the windows form filled as in the walk-through (shot 09)
    qtbot.keyClicks(page.window_id, "W03")
    type_text(qtbot, page.window_name, "不动产登记窗口")
    type_text(qtbot, page.window_department, "微山县自然资源和规划局")
    # WHEN the administrator presses Enter in 部门, the last field
    qtbot.keyClick(page.window_department, Qt.Key.Key_Return)
    # THEN the window is saved, as by the button
    assert rows(space, "SELECT name, department FROM windows WHERE id = 'W03'") == [
        {"name": "不动产登记窗口", "department": "微山县自然资源和规划局"}]
    assert page.status.text() == "已保存窗口 W03。"
