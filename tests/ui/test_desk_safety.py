"""The desk's safeguards driven like a user: ID confirmation, drafts after a crash, the idle
lock, first start and log-in, and which pages each role sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from counterdesk.services.accounts import AccountService, Role
from counterdesk.ui.first_admin_dialog import FirstAdminDialog
from counterdesk.ui.login_dialog import LoginDialog
from counterdesk.ui.main_window import MainWindow
from tests.ui.conftest import rows, when_modal
from tests.ui.desk import HOUSE_ITEM_QUERY, Keyboard, type_person, type_text

BAD_CHECKSUM_ID = "110105194912310021"


def answer(button: QMessageBox.StandardButton):
    return lambda box: box.button(button).click()


def choose_house_item(qtbot) -> None:
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F3)
    keys.type(HOUSE_ITEM_QUERY)
    keys.press(Qt.Key.Key_Return)


def test_an_id_failing_its_checksum_is_registered_only_after_the_clerk_confirms(qtbot, window,
                                                                               space):
    type_person(qtbot, window, id_number=BAD_CHECKSUM_ID)
    assert window.intake.registration.id_status.text() == "✗ 校验位不符"
    choose_house_item(qtbot)
    register = window.intake.registration.register_button

    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(register, Qt.MouseButton.LeftButton)
    assert BAD_CHECKSUM_ID in seen[0]
    assert rows(space, "SELECT * FROM cases") == []
    assert window.focusWidget() is window.intake.registration.id_number

    when_modal(qtbot, answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(register, Qt.MouseButton.LeftButton)
    assert rows(space, "SELECT id_number, id_warning FROM cases") == [
        {"id_number": BAD_CHECKSUM_ID, "id_warning": "checksum"}]
    assert window.intake.currentWidget() is window.intake.checklist


def test_an_unfinished_form_is_offered_back_after_a_crash_and_refilled(qtbot, window, space,
                                                                      people):
    type_person(qtbot, window, name="孙丽")
    choose_house_item(qtbot)
    qtbot.waitUntil(lambda: bool(rows(space, "SELECT body FROM drafts")), timeout=3000)
    assert "孙丽" in rows(space, "SELECT body FROM drafts")[0]["body"]
    window.idle_lock.stop()  # the crashed window never runs again

    restarted = MainWindow(space, people["clerk"])
    qtbot.addWidget(restarted)
    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.Yes))
    restarted.offer_draft()
    restarted.idle_lock.stop()

    page = restarted.intake.registration
    assert "未完成登记" in seen[0]
    assert page.name.text() == "孙丽" and page.id_number.text() == "11010519491231002X"
    assert page.phone.text() == "13800000000"
    assert page.search.chosen is not None and page.search.chosen.code == "37082600ZR-QR-0012"


def test_a_declined_draft_is_dropped(qtbot, space, people):
    window = MainWindow(space, people["clerk"])
    qtbot.addWidget(window)
    window.intake.drafts.save(people["clerk"], {"stage": "registration",
                                                "form": {"name": "孙丽"}})
    when_modal(qtbot, answer(QMessageBox.StandardButton.No))
    window.offer_draft()
    window.idle_lock.stop()
    assert window.intake.registration.name.text() == ""
    assert rows(space, "SELECT * FROM drafts") == []


def test_an_untouched_form_is_not_kept_as_a_draft(qtbot, window, space):
    window.close()
    assert rows(space, "SELECT * FROM drafts") == []


def test_a_form_typed_then_cleared_drops_its_draft(qtbot, window, space):
    name = window.intake.registration.name
    type_text(qtbot, name, "孙丽")
    qtbot.waitUntil(lambda: bool(rows(space, "SELECT body FROM drafts")), timeout=3000)
    name.clear()
    qtbot.waitUntil(lambda: rows(space, "SELECT body FROM drafts") == [], timeout=3000)


def test_an_empty_draft_is_never_offered(qtbot, space, people):
    window = MainWindow(space, people["clerk"])
    qtbot.addWidget(window)
    window.idle_lock.stop()
    window.intake.drafts.save(people["clerk"], {"stage": "registration",
                                                "form": window.intake.registration.state()})
    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.No))
    window.offer_draft()
    # The first modal after offer_draft() must be this one: the draft was not offered.
    QMessageBox(QMessageBox.Icon.NoIcon, "", "probe", QMessageBox.StandardButton.No,
                window).exec()
    assert seen == ["probe"]
    assert rows(space, "SELECT * FROM drafts") == []


def test_the_idle_desk_locks_and_only_the_same_clerks_password_opens_it(qtbot, window):
    lock = window.idle_lock
    lock.timer.setInterval(30)
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    assert not window.centralWidget().isVisible()
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.error.text() == "必须输入密码才能解锁。"
    qtbot.keyClicks(dialog.password, "admin-pass-1")  # another person's password
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert lock.locked and dialog.error.text() == "密码不正确，请重新输入。"
    assert dialog.password.text() == ""

    qtbot.keyClicks(dialog.password, "clerk-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not lock.locked
    assert window.centralWidget().isVisible()


def test_the_first_start_creates_the_admin_only_with_matching_passwords(qtbot, space):
    dialog = FirstAdminDialog(AccountService(space))
    qtbot.addWidget(dialog)
    for edit, text in ((dialog.username, "admin"), (dialog.password, "admin-pass-1"),
                       (dialog.password_again, "admin-pass-2")):
        qtbot.keyClicks(edit, text)
    type_text(qtbot, dialog.display_name, "管理员")
    type_text(qtbot, dialog.window_name, "综合窗口1")
    type_text(qtbot, dialog.office_name, "微山县政务服务中心")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)

    dialog.show()
    qtbot.waitExposed(dialog)
    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert seen == ["两次输入的密码不一致，请重新输入。"]
    assert rows(space, "SELECT * FROM users") == []
    assert dialog.password.text() == "" and dialog.password_again.text() == ""
    assert dialog.focusWidget() is dialog.password

    qtbot.keyClicks(dialog.password, "admin-pass-1")
    qtbot.keyClicks(dialog.password_again, "admin-pass-1")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == Role.ADMIN
    assert rows(space, "SELECT id, name FROM windows") == [{"id": "W01", "name": "综合窗口1"}]
    # The hall named itself: documents name it as the place of receipt from the first case.
    assert {r["key"]: r["value"] for r in rows(
        space, "SELECT key, value FROM settings WHERE key LIKE 'office%'")} == {
        "office_name": "微山县政务服务中心", "office_is_issuer": "0"}


def test_the_first_start_asks_the_hall_s_name_before_anything_is_created(qtbot, space):
    dialog = FirstAdminDialog(AccountService(space))
    qtbot.addWidget(dialog)
    for edit, text in ((dialog.username, "admin"), (dialog.display_name, "Admin"),
                       (dialog.password, "admin-pass-1"), (dialog.password_again, "admin-pass-1")):
        qtbot.keyClicks(edit, text)
    type_text(qtbot, dialog.window_name, "综合窗口1")
    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert seen and "本中心名称" in seen[0]
    assert rows(space, "SELECT * FROM users") == []


def test_the_first_start_refuses_a_short_password_with_a_message(qtbot, space):
    dialog = FirstAdminDialog(AccountService(space))
    qtbot.addWidget(dialog)
    for edit, text in ((dialog.username, "admin"), (dialog.display_name, "Admin"),
                       (dialog.password, "short"), (dialog.password_again, "short")):
        qtbot.keyClicks(edit, text)
    type_text(qtbot, dialog.window_name, "综合窗口1")
    type_text(qtbot, dialog.office_name, "微山县政务服务中心")
    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert seen == ["密码至少需要8个字符。"]
    assert dialog.result() != dialog.DialogCode.Accepted


def test_the_first_start_refuses_an_admin_without_a_window_name(qtbot, space):
    dialog = FirstAdminDialog(AccountService(space))
    qtbot.addWidget(dialog)
    for edit, text in ((dialog.username, "admin"), (dialog.display_name, "Admin"),
                       (dialog.password, "admin-pass-1"), (dialog.password_again, "admin-pass-1")):
        qtbot.keyClicks(edit, text)
    assert dialog.window_id.text() == "W01"
    type_text(qtbot, dialog.office_name, "微山县政务服务中心")
    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert seen == ["请填写窗口编号和窗口名称。"]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert rows(space, "SELECT * FROM users") == []
    assert rows(space, "SELECT * FROM windows") == []


def log_in_once(qtbot, dialog: LoginDialog, password: str) -> list[str]:
    dialog.username.setText("zhang")
    qtbot.keyClicks(dialog.password, password)
    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.Ok))
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return seen


def test_a_wrong_password_says_so_and_five_lock_the_account(qtbot, space, people):
    dialog = LoginDialog(AccountService(space))
    qtbot.addWidget(dialog)
    dialog.show()
    assert log_in_once(qtbot, dialog, "wrong-1") == ["用户名或密码错误，请重新输入。"]
    assert dialog.password.text() == "" and dialog.actor is None
    for attempt in range(2, 5):
        log_in_once(qtbot, dialog, f"wrong-{attempt}")
    locked = ["连续输错密码，账户已锁定至 2026-09-30 09:35。请到时再试，"
              "或请管理员在“账户与窗口”中解锁。"]
    assert log_in_once(qtbot, dialog, "wrong-5") == locked
    assert log_in_once(qtbot, dialog, "clerk-pass-1") == locked
    assert dialog.actor is None


def test_the_right_password_logs_in_at_the_chosen_window(qtbot, space, people):
    dialog = LoginDialog(AccountService(space))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.window_choice.setCurrentIndex(dialog.window_choice.findData("W02"))
    dialog.username.setText("zhang")
    qtbot.keyClicks(dialog.password, "clerk-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.window_id == "W02"
    assert dialog.result() == dialog.DialogCode.Accepted


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


@pytest.mark.parametrize(("who", "supervisor_pages", "admin_pages"), [
    ("clerk", False, False), ("supervisor", True, False), ("admin", True, True)])
def test_each_role_sees_only_its_own_pages(qtbot, space, people, who, supervisor_pages,
                                           admin_pages):
    window = MainWindow(space, people[who])
    qtbot.addWidget(window)
    window.idle_lock.stop()
    titles = tab_titles(window)
    assert titles[:2] == ["首问登记 (Ctrl+1)", "我的案件 (Ctrl+2)"] and titles[-1] == "设置"
    assert ("督查队列" in titles) is supervisor_pages
    assert ("案件日志" in titles) is supervisor_pages
    assert ("办公设置" in titles) is admin_pages
    assert ("账户与窗口" in titles) is admin_pages
    assert ("日历" in titles) is admin_pages


def test_a_clerk_sees_a_quiet_line_not_a_modal_when_next_year_is_not_declared(
        qtbot, window, clock):
    import datetime as dt

    clock.set_day(dt.date(2026, 11, 25))
    window.space.reload_calendar()
    if window.space.calendar.knows_year(2027):
        pytest.skip("chinesecalendar already knows 2027")
    seen: list[str] = []

    def close_any_modal() -> None:  # once, so nothing lingers into later tests
        modal = QApplication.activeModalWidget()
        if modal is not None:
            seen.append(modal.windowTitle())
            modal.close()

    QTimer.singleShot(200, close_any_modal)
    window.warn_unknown_year()
    qtbot.wait(300)
    assert not seen
    assert "2027年节假日安排尚未录入" in window.notice.text()


def test_an_administrator_is_told_where_to_enter_next_year(qtbot, space, people, clock):
    import datetime as dt

    from counterdesk.ui.main_window import MainWindow

    clock.set_day(dt.date(2026, 11, 25))
    space.reload_calendar()
    if space.calendar.knows_year(2027):
        pytest.skip("chinesecalendar already knows 2027")
    main = MainWindow(space, people["admin"])
    qtbot.addWidget(main)
    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.Ok))
    main.warn_unknown_year()
    main.idle_lock.stop()
    assert seen and "2027年的节假日安排尚未录入" in seen[0] and "日历" in seen[0]
