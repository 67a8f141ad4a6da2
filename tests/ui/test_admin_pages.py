"""The administrator's pages driven like a user: office settings, accounts, the calendar."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from counterdesk.services.accounts import AccountError, AccountService
from counterdesk.services.office import OfficeService, OfficeSettings
from counterdesk.ui.admin.accounts_page import AccountsPage
from counterdesk.ui.admin.calendar_page import CalendarPage
from counterdesk.ui.admin.office_page import EDITED_FIELDS, OfficeSettingsPage
from tests.ui.conftest import rows, when_modal
from tests.ui.desk import type_text


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_ok(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Ok).click()


@pytest.fixture
def office_page(qtbot, space, people):
    page = OfficeSettingsPage(space, people["admin"])
    qtbot.addWidget(page)
    return page


@pytest.fixture
def accounts_page(qtbot, space, people):
    page = AccountsPage(space, people["admin"])
    qtbot.addWidget(page)
    return page


@pytest.fixture
def calendar_page(qtbot, space, people):
    page = CalendarPage(space, people["admin"])
    qtbot.addWidget(page)
    return page


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_the_office_page_edits_every_office_setting_but_the_per_desk_language():
    assert set(EDITED_FIELDS) == {f.name for f in fields(OfficeSettings)} - {"language"}


def test_a_new_number_pattern_shows_its_example_at_once_and_is_saved(qtbot, office_page,
                                                                     space):
    retype(qtbot, office_page.edits["office_short"], "大政服")
    retype(qtbot, office_page.patterns["acceptance_receipt"], "{office}受字〔{year}〕第{seq:05d}号")
    assert office_page.examples["acceptance_receipt"].text() == "示例：大政服受字〔2026〕第00001号"
    assert office_page.examples["rejection_notice"].text() == "示例：大政服不受〔2026〕1号"
    retype(qtbot, office_page.edits["court"], "微山县人民法院")
    office_page.idle_minutes.setValue(10)
    click(qtbot, office_page.save_button)

    saved = OfficeService(space).load()
    assert saved.office_short == "大政服" and saved.court == "微山县人民法院"
    assert saved.idle_lock_minutes == 10
    assert saved.doc_number("acceptance_receipt", 2026, 7) == "大政服受字〔2026〕第00007号"
    assert "已保存 4 项设置" in office_page.status.text()
    entry = rows(space, "SELECT details FROM audit_log WHERE action = 'settings_change'")[0]
    assert json.loads(entry["details"])["office_short"] == "大政服"


def test_a_pattern_without_a_sequence_number_is_marked_and_refused_with_a_message(
        qtbot, office_page, space):
    retype(qtbot, office_page.patterns["supplement_notice"], "{office}补〔{year}〕号")
    assert office_page.examples["supplement_notice"].text().startswith("✗ 格式无效")
    seen = when_modal(qtbot, press_ok)
    click(qtbot, office_page.save_button)

    assert "needs {seq}" in seen[0] and "请按提示修改" in seen[0]
    unchanged = OfficeSettings().pattern_supplement_notice
    assert OfficeService(space).load().pattern_supplement_notice == unchanged
    assert office_page.status.text() == "设置未保存，请按提示修改。"


def test_saving_without_changes_says_so_and_writes_nothing(qtbot, office_page, space):
    before = rows(space, "SELECT COUNT(*) AS n FROM audit_log")
    click(qtbot, office_page.save_button)
    assert office_page.status.text() == "没有需要保存的修改。"
    assert rows(space, "SELECT COUNT(*) AS n FROM audit_log") == before


def fill_new_user(qtbot, page, username: str, password: str, again: str) -> None:
    qtbot.keyClicks(page.username, username)
    type_text(qtbot, page.display_name, "赵敏")
    page.role.setCurrentIndex(page.role.findData("supervisor"))
    qtbot.keyClicks(page.password, password)
    qtbot.keyClicks(page.password_again, again)


def test_an_added_user_is_listed_and_can_log_in(qtbot, accounts_page, space):
    fill_new_user(qtbot, accounts_page, "zhao", "zhao-pass-1", "zhao-pass-1")
    click(qtbot, accounts_page.add_user_button)

    listed = {u["username"]: u for u in accounts_page.users}
    assert listed["zhao"]["role"] == "supervisor"
    assert accounts_page.selected_user()["username"] == "zhao"
    assert accounts_page.username.text() == "" and accounts_page.password.text() == ""
    assert AccountService(space).log_in("zhao", "zhao-pass-1", "W01").role == "supervisor"


def test_mismatched_passwords_are_refused_before_any_account_is_made(qtbot, accounts_page,
                                                                     space):
    fill_new_user(qtbot, accounts_page, "zhao", "zhao-pass-1", "zhao-pass-2")
    seen = when_modal(qtbot, press_ok)
    click(qtbot, accounts_page.add_user_button)
    assert seen == ["两次输入的密码不一致，请重新输入。"]
    assert rows(space, "SELECT id FROM users WHERE username = 'zhao'") == []
    assert accounts_page.password.text() == "" and accounts_page.password_again.text() == ""


def test_enter_in_the_last_field_adds_the_account(qtbot, accounts_page, space):
    fill_new_user(qtbot, accounts_page, "zhao", "zhao-pass-1", "zhao-pass-1")
    qtbot.keyClick(accounts_page.password_again, Qt.Key.Key_Return)
    assert [u["role"] for u in accounts_page.users if u["username"] == "zhao"] == ["supervisor"]


def test_a_taken_user_name_gets_a_message_and_the_form_keeps_its_content(qtbot, accounts_page):
    fill_new_user(qtbot, accounts_page, "zhang", "zhao-pass-1", "zhao-pass-1")
    seen = when_modal(qtbot, press_ok)
    click(qtbot, accounts_page.add_user_button)
    assert seen == ["该用户名已被使用，请换一个。"]
    assert accounts_page.username.text() == "zhang"


def test_deactivating_a_clerk_shows_in_the_list_and_blocks_log_in(qtbot, accounts_page, space):
    accounts_page.select_user("zhang")
    assert accounts_page.deactivate_button.text() == "停用账户"
    click(qtbot, accounts_page.deactivate_button)

    assert accounts_page.user_table.item(2, 3).text() == "已停用"
    assert accounts_page.deactivate_button.text() == "启用账户"
    with pytest.raises(AccountError):
        AccountService(space).log_in("zhang", "clerk-pass-1", "W01")


def test_the_admin_cannot_deactivate_their_own_account(qtbot, accounts_page, space):
    accounts_page.select_user("admin")
    seen = when_modal(qtbot, press_ok)
    click(qtbot, accounts_page.deactivate_button)
    assert "不能停用自己" in seen[0]
    assert rows(space, "SELECT active FROM users WHERE username = 'admin'") == [{"active": 1}]


def test_a_locked_clerk_is_shown_locked_and_unlocked_by_the_admin(qtbot, accounts_page, space):
    accounts = AccountService(space)
    for _ in range(5):
        with pytest.raises(AccountError):
            accounts.log_in("zhang", "wrong-password", "W01")
    accounts_page.refresh()
    assert accounts_page.user_table.item(2, 4).text() == "2026-09-30 09:35"
    accounts_page.select_user("zhang")
    click(qtbot, accounts_page.unlock_button)

    assert accounts_page.user_table.item(2, 4).text() == ""
    assert accounts.log_in("zhang", "clerk-pass-1", "W01").username == "zhang"


def test_a_reset_password_replaces_the_old_one(qtbot, accounts_page, space):
    accounts_page.select_user("zhang")
    qtbot.keyClicks(accounts_page.new_password, "fresh-pass-9")
    click(qtbot, accounts_page.reset_button)

    assert "已重置 张敏 的密码" in accounts_page.status.text()
    assert accounts_page.new_password.text() == ""
    assert AccountService(space).log_in("zhang", "fresh-pass-9", "W01").username == "zhang"


def test_a_window_is_added_then_renamed_by_selecting_it(qtbot, accounts_page, space):
    qtbot.keyClicks(accounts_page.window_id, "W03")
    type_text(qtbot, accounts_page.window_name, "社保窗口")
    click(qtbot, accounts_page.save_window_button)
    assert [w["id"] for w in accounts_page.windows] == ["W01", "W02", "W03"]

    accounts_page.window_table.selectRow(2)
    assert accounts_page.window_name.text() == "社保窗口"
    retype(qtbot, accounts_page.window_name, "社保医保窗口")
    type_text(qtbot, accounts_page.window_department, "县人社局")
    click(qtbot, accounts_page.save_window_button)
    assert rows(space, "SELECT name, department FROM windows WHERE id = 'W03'") == [
        {"name": "社保医保窗口", "department": "县人社局"}]


def test_a_hall_closure_is_listed_and_changes_the_calendar_at_once(qtbot, calendar_page,
                                                                   space):
    calendar_page.day.setDate(QDate(2026, 10, 15))
    assert calendar_page.current.text() == "星期四，工作日"
    calendar_page.kind.setCurrentIndex(calendar_page.kind.findData(False))
    type_text(qtbot, calendar_page.note, "停电闭厅")
    calendar_page.moves_promised.setFocus()
    qtbot.keyClick(calendar_page.moves_promised, Qt.Key.Key_Space)
    click(qtbot, calendar_page.save_button)

    assert calendar_page.table.rowCount() == 1
    assert [calendar_page.table.item(0, c).text() for c in range(3)] == [
        "2026-10-15", "星期四", "休息日（闭厅）"]
    # Still a statutory working day; the hall's closure moves promised dates only.
    assert calendar_page.current.text() == "星期四，工作日；本中心：休息日（闭厅）"
    assert not space.calendar.is_workday(dt.date(2026, 10, 15))
    assert space.calendar.statutory().is_workday(dt.date(2026, 10, 15))


def test_a_closure_is_deleted_with_a_reason(qtbot, calendar_page, space, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    calendar_page.day.setDate(QDate(2026, 10, 15))
    calendar_page.kind.setCurrentIndex(calendar_page.kind.findData(False))
    type_text(qtbot, calendar_page.note, "停电闭厅")
    click(qtbot, calendar_page.save_button)
    calendar_page.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("录错日期", True))
    click(qtbot, calendar_page.delete_button)
    assert calendar_page.table.rowCount() == 0
    assert rows(space, "SELECT action FROM audit_log WHERE action ="
                       " 'calendar_override_delete'") == [{"action": "calendar_override_delete"}]


def test_a_calendar_change_without_a_reason_is_refused_with_a_message(qtbot, calendar_page,
                                                                      space):
    seen = when_modal(qtbot, press_ok)
    click(qtbot, calendar_page.save_button)
    assert "请填写调整原因" in seen[0]
    assert rows(space, "SELECT * FROM calendar_overrides") == []
