"""Issue #16, the walk-through at 1366×768 by keys: Enter through the dropdowns, Alt-digit
defects that leave focus in the table, confirmations before Esc, a rejection and an escalation,
log out and back in, Qt's own dialogs in Chinese, a preview big enough to read a page."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from counterdesk.domain.defects import Defect
from counterdesk.ui.keys import FOCUS_RING_STYLE
from counterdesk.ui.material_editor import EDITABLE_DEFECTS
from tests.ui.conftest import rows, when_modal
from tests.ui.desk import (
    PERSON_ID,
    Keyboard,
    close_preview,
    log_in_by_keys,
    register_person_for_house,
    tick,
    two_clerks_one_desk,
    type_person,
    type_text,
)


def answer(button: QMessageBox.StandardButton):
    return lambda box: box.button(button).click()


def refocused(qtbot, window) -> None:
    """After a message box the window gets the keyboard back, as it does for the clerk."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)


# -- 1. keyboard traps -----------------------------------------------------------------------

def test_enter_moves_from_the_name_to_the_id_number(qtbot, window):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    assert keys.focused() is page.name
    type_text(qtbot, page.name, "王小明")

    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is page.id_number
    # a focused dropdown (the id type, by Tab) is drawn with a visible ring
    assert "QComboBox:focus" in FOCUS_RING_STYLE and window.styleSheet() == FOCUS_RING_STYLE
    keys.type(PERSON_ID)
    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is page.phone

    assert page.name.text() == "王小明" and page.id_number.text() == PERSON_ID
    assert page.id_type.currentData() == "resident_id"
    assert page.id_status.text() == "✓ 号码有效"


def test_keypad_enter_on_a_dropdown_moves_on_too(qtbot, window):
    page = window.intake.registration
    page.id_type.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert keys.focused() is page.id_number


def test_alt_digits_toggle_the_current_materials_defect_and_focus_stays_in_the_table(
        qtbot, window):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F2)
    keys.press(Qt.Key.Key_F4)
    assert keys.focused() is checklist.table
    first, second = checklist.model.rows[0], checklist.model.rows[1]

    keys.press(Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert keys.focused() is checklist.table
    assert first.defects == {Defect.UNSEALED}
    keys.press(Qt.Key.Key_Down)
    assert checklist.editor.state is second
    keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert keys.focused() is checklist.table
    assert second.defects == {EDITABLE_DEFECTS[1]} and first.defects == {Defect.UNSEALED}
    # the same key again takes it back
    keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert second.defects == set()
    assert [p.defect for p in checklist.panel.decision.problems] == [Defect.UNSEALED]


# -- 2. safety -------------------------------------------------------------------------------

def test_esc_on_a_check_with_ticks_asks_first_and_no_keeps_every_tick(qtbot, window, space):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F2)

    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.No))
    keys.press(Qt.Key.Key_Escape)
    assert "返回首问登记" in seen[0]
    assert window.intake.currentWidget() is checklist
    assert all(state.received for state in checklist.model.rows)

    refocused(qtbot, window)
    when_modal(qtbot, answer(QMessageBox.StandardButton.Yes))
    keys.press(Qt.Key.Key_Escape)
    assert window.intake.currentWidget() is window.intake.registration
    # the draft is kept: the ticks are in it
    body = rows(space, "SELECT body FROM drafts")[0]["body"]
    assert '"stage": "checklist"' in body and '"received": true' in body


def test_esc_on_an_untouched_check_goes_back_without_asking(qtbot, window):
    register_person_for_house(qtbot, window)
    Keyboard(qtbot).press(Qt.Key.Key_Escape)
    assert window.intake.currentWidget() is window.intake.registration


def test_a_rejection_asks_naming_the_applicant_and_the_ground_before_a_number_is_issued(
        qtbot, window, space):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    tick(qtbot, checklist.in_jurisdiction)
    type_text(qtbot, checklist.competent_office, "济宁市自然资源和规划局")
    keys = Keyboard(qtbot)
    checklist.competent_office.setFocus()

    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.No))
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "王小明" in seen[0] and "申请事项不属于本机关职权范围" in seen[0]
    assert rows(space, "SELECT * FROM documents") == []

    refocused(qtbot, window)
    when_modal(qtbot, answer(QMessageBox.StandardButton.Yes))
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert rows(space, "SELECT doc_type FROM documents") == [{"doc_type": "rejection_notice"}]


def test_a_supplement_notice_is_issued_without_a_question(qtbot, window, space):
    register_person_for_house(qtbot, window)
    Keyboard(qtbot).press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert rows(space, "SELECT doc_type FROM documents") == [{"doc_type": "supplement_notice"}]
    close_preview(qtbot, window)


# -- 3. escalation ---------------------------------------------------------------------------

def test_the_escalation_reason_is_cleared_for_the_next_applicant_and_confirmed_by_name(
        qtbot, window, space):
    register_person_for_house(qtbot, window)
    panel = window.intake.checklist.panel
    type_text(qtbot, panel.escalation_reason, "申请人材料疑似伪造")
    keys = Keyboard(qtbot)

    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.No))
    keys.press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "王小明" in seen[0] and "申请人材料疑似伪造" in seen[0]
    assert rows(space, "SELECT status FROM cases") == [{"status": "open"}]

    refocused(qtbot, window)
    when_modal(qtbot, answer(QMessageBox.StandardButton.Yes))
    keys.press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert rows(space, "SELECT status FROM cases") == [{"status": "escalated"}]

    refocused(qtbot, window)
    window.intake.start_new()
    # the next applicant (the same number under another name would ask a question first)
    type_person(qtbot, window, name="王小明")
    keys.press(Qt.Key.Key_F3)
    keys.type("gmspfdj")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    assert window.intake.currentWidget() is window.intake.checklist
    assert panel.escalation_reason.text() == ""


# -- 4. log out / switch user ----------------------------------------------------------------


def test_log_out_returns_to_log_in_and_the_clerks_draft_waits_for_the_same_clerk(
        qtbot, space, people):
    # (each window logged out of stops its own idle lock when it closes)
    with two_clerks_one_desk(qtbot, space, people) as (session, first):

        when_modal(qtbot, log_in_by_keys(qtbot, "wang", "clerk-pass-2"))
        Keyboard(qtbot).press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                              | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: session.window is not None and session.window is not first,
                        timeout=5000)
        second = session.window
        assert second.actor.username == "wang"
        assert second.intake.registration.name.text() == ""
        assert '"孙丽"' in rows(space, "SELECT body FROM drafts WHERE user_id = :u",
                                 u=people["clerk"].user_id)[0]["body"]

        def zhang_again(dialog) -> None:
            when_modal(qtbot, answer(QMessageBox.StandardButton.Yes))
            log_in_by_keys(qtbot, "zhang", "clerk-pass-1")(dialog)

        when_modal(qtbot, zhang_again)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is second, timeout=2000)
        Keyboard(qtbot).press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                              | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: session.window is not None and session.window is not second,
                        timeout=5000)
        third = session.window
        assert third.actor.username == "zhang"
        assert third.intake.registration.name.text() == "孙丽"


# -- 5. Qt's own dialogs in Chinese ----------------------------------------------------------

def test_chinese_loads_qts_own_translation_for_standard_buttons(qtbot, space):
    from counterdesk.app import install_translation

    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    install_translation(app, "zh_CN")
    added = [t for t in app.findChildren(QTranslator) if t not in before]
    try:
        assert QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert any(t.filePath().endswith("qtbase_zh_CN.qm") for t in added)
        box = QMessageBox(QMessageBox.Icon.Question, "t", "t",
                          QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"
    finally:
        for translator in added:
            app.removeTranslator(translator)
            translator.deleteLater()


# -- 6. the document preview -----------------------------------------------------------------

def test_the_preview_opens_at_most_of_the_screen_height_and_keeps_its_size(
        qtbot, window):
    from counterdesk.ui.document_preview_dialog import SCREEN_SHARE

    register_person_for_house(qtbot, window)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    preview = window.intake.preview
    available = preview.screen().availableGeometry()
    assert abs(preview.height() - int(available.height() * SCREEN_SHARE)) <= 2
    assert preview.width() <= available.width()
    preview.resize(700, 560)
    close_preview(qtbot, window)

    window.intake.show_document(window.intake.document_id)
    assert window.intake.preview.size().toTuple() == (700, 560)
    close_preview(qtbot, window)
