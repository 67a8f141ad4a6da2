"""The idle lock driven like a person at the desk: it cannot be guessed open, a deactivated
clerk cannot open it, and no window of the program shows behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.services.account_admin import AccountAdminService
from counterdesk.services.accounts import AccountError, AccountService
from counterdesk.services.intake import Applicant, IntakeService, Registration
from tests.ui.conftest import rows
from tests.ui.desk import lock_now, type_text

ITEM = "37082600ZR-QR-0012"


lock = lock_now


def enter(qtbot, dialog, password: str) -> None:
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_five_wrong_passwords_lock_the_account_and_the_desk_stays_locked(qtbot, window,
                                                                          space, people):
    dialog = lock(qtbot, window)
    for _ in range(4):
        enter(qtbot, dialog, "guess-pass")
        assert dialog.error.text() == "密码不正确，请重新输入。"
    enter(qtbot, dialog, "guess-pass")
    assert "账户已锁定至" in dialog.error.text()
    enter(qtbot, dialog, "clerk-pass-1")  # the right one, too late
    assert window.idle_lock.locked and "账户已锁定至" in dialog.error.text()
    try:
        AccountService(space).log_in("zhang", "clerk-pass-1", "W01")
    except AccountError as error:
        assert error.code == "locked"
    else:
        raise AssertionError("the lockout did not reach log-in")
    refused = rows(space, "SELECT action FROM audit_log WHERE entity = 'user' AND entity_id"
                          " = :id AND action LIKE 'login_%'", id=str(people["clerk"].user_id))
    assert [row["action"] for row in refused] == ["login_failed"] * 5 + ["login_locked"] * 2


def test_a_deactivated_clerk_cannot_unlock_the_desk(qtbot, window, space, people):
    dialog = lock(qtbot, window)
    AccountAdminService(space).deactivate(people["admin"], people["clerk"].user_id)
    enter(qtbot, dialog, "clerk-pass-1")
    assert window.idle_lock.locked and not window.isVisible()
    assert dialog.error.text() == "该账户已被管理员停用，不能解锁。请联系管理员。"


def test_an_open_case_and_every_other_window_are_hidden_until_unlocked(qtbot, window, space,
                                                                       people):
    case = IntakeService(space).register(people["clerk"], Registration(
        Purpose.APPLY, Channel.ONSITE,
        Applicant(ApplicantKind.PERSON, "王小明", "resident_id", "11010519491231002X"), ITEM))
    window.open_case(str(case.id))
    case_dialog = window.case_dialog
    qtbot.waitExposed(case_dialog)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()

    dialog = lock(qtbot, window)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [dialog]
    late = QWidget()  # a window opening while the desk is locked is hidden too
    qtbot.addWidget(late)
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible(), timeout=1000)

    type_text(qtbot, dialog.password, "clerk-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not window.idle_lock.locked
    assert window.isVisible() and case_dialog.isVisible() and other.isVisible()
    assert late.isVisible()


def test_a_question_open_at_the_lock_is_covered_not_answered(qtbot, window):
    """Hiding a message box would end its exec() and answer it for the clerk."""
    box = QMessageBox(QMessageBox.Icon.Question, "恢复未完成的登记", "王小明 的草稿",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    seen: dict[str, object] = {}

    def while_asked() -> None:
        try:
            dialog = lock(qtbot, window)
            seen["title"] = box.windowTitle()
            seen["cover"] = type(box.childAt(box.rect().center())).__name__
            seen["still_open"] = box.isVisible()
            enter(qtbot, dialog, "clerk-pass-1")
            seen["title_after"] = box.windowTitle()
        finally:
            box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, while_asked)
    answer = box.exec()
    assert answer == QMessageBox.StandardButton.Yes
    assert seen["still_open"] and seen["title"] == "受理台已锁定"
    assert seen["cover"] == "_Cover"
    assert seen["title_after"] == "恢复未完成的登记"


def test_a_question_popping_up_while_locked_is_covered_and_the_unlock_dialog_keeps_the_keys(
        qtbot, window):
    dialog = lock(qtbot, window)
    box = QMessageBox(QMessageBox.Icon.Information, "节假日安排尚未录入", "2027年",
                      QMessageBox.StandardButton.Ok, window)
    seen: dict[str, object] = {}

    def while_shown() -> None:
        try:
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=2000)
            seen["title"] = box.windowTitle()
            enter(qtbot, dialog, "clerk-pass-1")
            seen["title_after"] = box.windowTitle()
        finally:
            box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, while_shown)
    assert box.exec() == QMessageBox.StandardButton.Ok
    assert seen == {"title": "受理台已锁定", "title_after": "节假日安排尚未录入"}
    assert not window.idle_lock.locked and window.isVisible()
