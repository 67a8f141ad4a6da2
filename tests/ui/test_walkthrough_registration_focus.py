"""The walk-through's registration findings, typed like a clerk: Enter from 姓名 reaches 证件号码
and no typed digit is lost on the identity-type dropdown; after a refusal the field it is about
has the keyboard; a refusal's box is in front and active; Ctrl+Enter cannot start a second
registration while a box of the first is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import rows, when_modal
from tests.ui.desk import HOUSE_ITEM_QUERY, PERSON_ID, Keyboard, type_text

AGENT_ID = "370826199001011230"
CTRL = Qt.KeyboardModifier.ControlModifier


def press_enter_on(qtbot):
    """Close a message box as the clerk does: Enter on its default button."""
    return lambda box: qtbot.keyClick(box, Qt.Key.Key_Return)


def box_closed_and_window_back(qtbot, window) -> None:
    """Once the box is gone the window has the keyboard again, without a click."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=2000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def choose_house_item(keys: Keyboard) -> None:
    keys.press(Qt.Key.Key_F3)
    keys.type(HOUSE_ITEM_QUERY)
    keys.press(Qt.Key.Key_Return)  # chooses the item; focus moves to 登记


# -- Enter from 姓名 -------------------------------------------------------------------------

def test_enter_from_the_name_goes_to_the_id_number_and_the_typed_digits_stay_there(qtbot,
                                                                                   window):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    assert keys.focused() is page.name
    type_text(qtbot, page.name, "张伟")
    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is page.id_number
    keys.type(PERSON_ID)
    keys.press(Qt.Key.Key_Return)

    assert page.id_number.text() == PERSON_ID
    assert keys.focused() is page.phone
    assert page.id_type.currentData() == "resident_id"
    assert page.id_status.text() == "✓ 号码有效"


def test_the_id_type_stays_reachable_by_shift_tab_and_tab(qtbot, window):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    type_text(qtbot, page.name, "陈大文")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert keys.focused() is page.id_type
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    assert page.id_type.currentText() == "港澳台居民居住证"
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.id_number


def test_digits_typed_while_the_id_type_has_focus_reach_the_id_number(qtbot, window):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    type_text(qtbot, page.name, "王小明")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.id_type
    keys.type(PERSON_ID)

    assert page.id_number.text() == PERSON_ID
    assert keys.focused() is page.id_number
    assert page.id_type.currentData() == "resident_id"
    assert page.id_status.text() == "✓ 号码有效"


def test_enter_from_the_agents_name_goes_to_the_agents_id_number(qtbot, window):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    page.phone.setFocus()
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.by_agent
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is page.agent_name
    type_text(qtbot, page.agent_name, "李四")
    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is page.agent_id_number
    keys.type(AGENT_ID)
    assert page.agent_id_number.text() == AGENT_ID
    page.agent_id_type.setFocus()
    keys.type("12")  # typed on the agent's dropdown: kept, after what was there
    assert page.agent_id_number.text() == AGENT_ID + "12"


# -- focus after a refusal --------------------------------------------------------------------

def test_after_the_phone_refusal_the_phone_is_selected_and_retyping_replaces_it(qtbot, window,
                                                                               space):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    type_text(qtbot, page.name, "张伟")
    keys.press(Qt.Key.Key_Return)
    keys.type(PERSON_ID)
    keys.press(Qt.Key.Key_Return)
    keys.type("138abcd5678")
    choose_house_item(keys)

    seen = when_modal(qtbot, press_enter_on(qtbot))
    keys.press(Qt.Key.Key_Return, CTRL)
    assert "电话" in seen[0]
    box_closed_and_window_back(qtbot, window)

    assert keys.focused() is page.phone and page.phone.selectedText() == "138abcd5678"
    keys.type("13800000000")
    assert page.phone.text() == "13800000000"
    keys.press(Qt.Key.Key_Return, CTRL)
    assert rows(space, "SELECT phone FROM cases") == [{"phone": "13800000000"}]


def test_after_item_required_the_search_has_the_keys_and_the_id_is_untouched(qtbot, window,
                                                                            space):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    type_text(qtbot, page.name, "孙丽")
    keys.press(Qt.Key.Key_Return)
    keys.type(PERSON_ID)

    seen = when_modal(qtbot, press_enter_on(qtbot))
    keys.press(Qt.Key.Key_Return, CTRL)  # from 证件号码, with no item chosen
    assert "办理事项" in seen[0]
    box_closed_and_window_back(qtbot, window)

    assert keys.focused() is page.search.query
    keys.type(HOUSE_ITEM_QUERY)
    assert page.id_number.text() == PERSON_ID
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    assert rows(space, "SELECT id_number FROM cases") == [{"id_number": PERSON_ID}]


def test_after_a_name_too_long_the_name_is_selected(qtbot, window):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    type_text(qtbot, page.name, "欧阳" * 40)
    keys.press(Qt.Key.Key_Return)
    keys.type(PERSON_ID)
    choose_house_item(keys)

    seen = when_modal(qtbot, press_enter_on(qtbot))
    keys.press(Qt.Key.Key_Return, CTRL)
    assert "过长" in seen[0]
    box_closed_and_window_back(qtbot, window)
    assert keys.focused() is page.name and page.name.selectedText() == "欧阳" * 40


# -- the box in front, one registration at a time --------------------------------------------

def test_a_refusal_box_belongs_to_the_active_window_and_is_active_itself(qtbot, window):
    keys = Keyboard(qtbot)
    seen: dict[str, object] = {}

    def look(box) -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=2000)
        seen["parent"] = box.parentWidget()
        seen["active"] = QApplication.activeWindow() is box
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_modal(qtbot, look)
    keys.press(Qt.Key.Key_Return, CTRL)  # nothing typed: the name is required
    assert seen == {"parent": window, "active": True}


def test_ctrl_enter_under_an_open_box_starts_no_second_registration(qtbot, window, space):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    type_text(qtbot, page.name, "张" * 200)  # the walk-through's 200-character name
    keys.press(Qt.Key.Key_Return)
    keys.type(PERSON_ID)
    choose_house_item(keys)
    second: list[str] = []

    def catch_a_second_box(first) -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box is not first:
            second.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()

    def while_the_first_is_open(first) -> None:
        # the clerk clicks the main window (the box gone behind it) and presses Ctrl+Enter
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        QTimer.singleShot(0, lambda: catch_a_second_box(first))
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, CTRL)
        first.button(QMessageBox.StandardButton.Ok).click()

    seen = when_modal(qtbot, while_the_first_is_open)
    keys.press(Qt.Key.Key_Return, CTRL)
    assert len(seen) == 1 and "过长" in seen[0]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=2000)
    assert second == []
    assert rows(space, "SELECT * FROM cases") == []


def test_an_escalation_without_a_reason_puts_the_cursor_in_the_reason(qtbot, window, space):
    # GIVEN the checklist of an applicant, and no reason typed for an escalation
    from tests.ui.desk import register_person_for_house

    register_person_for_house(qtbot, window)
    panel = window.intake.checklist.panel
    keys = Keyboard(qtbot)
    # WHEN the clerk presses Ctrl+E and closes the refusal (OK)
    seen = when_modal(qtbot, lambda box: qtbot.mouseClick(
        box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton))
    keys.press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    box_closed_and_window_back(qtbot, window)
    # THEN the reason field has the keyboard, so what is typed next is the reason
    assert "理由" in seen[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.escalation_reason,
                    timeout=2000)
    # (CJK text arrives through the input method: into the widget that has the keyboard)
    type_text(qtbot, QApplication.focusWidget(), "材料疑似伪造")
    assert panel.escalation_reason.text() == "材料疑似伪造"
    assert rows(space, "SELECT status FROM cases") == [{"status": "open"}]
