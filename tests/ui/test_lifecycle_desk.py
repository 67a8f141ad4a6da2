"""The desk driven by keys through receipt first, an agent, an escalation with its receipt,
and a 即办件 completed in the same visit."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import confirm_yes, rows, when_modal
from tests.ui.desk import (
    Keyboard,
    close_preview,
    register_person_for,
    register_person_for_house,
    type_person,
    type_text,
)

AGENT_ID = "110105194912310038"


def back_to(qtbot, window, widget) -> None:
    """After a dialog closed, the clerk is back in the main window with focus on `widget`."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    widget.setFocus()


def test_f6_on_the_checklist_prints_the_receipt_before_any_decision(qtbot, window, space):
    # GIVEN a house application with everything ticked (F2)
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    qtbot.keyClick(checklist, Qt.Key.Key_F2)
    # WHEN the clerk presses F6
    qtbot.keyClick(checklist.table, Qt.Key.Key_F6)
    # THEN the receipt is issued and shown, nothing is decided, the check stays on screen
    assert [r["doc_type"] for r in rows(space, "SELECT doc_type FROM documents")] == [
        "materials_list"]
    assert rows(space, "SELECT * FROM decisions") == []
    assert rows(space, "SELECT status, received_on FROM cases") == [
        {"status": "open", "received_on": "2026-09-30"}]
    close_preview(qtbot, window)
    assert window.intake.currentWidget() is checklist
    # AND the decision that follows is made on the same receipt
    qtbot.keyClick(checklist.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    close_preview(qtbot, window)
    # (one visit, one submission: the decision answers the one received)
    [submission] = rows(space, "SELECT id, received_on FROM submissions")
    assert submission["received_on"] == "2026-09-30"
    assert rows(space, "SELECT outcome, submission_id FROM decisions") == [
        {"outcome": "accept", "submission_id": submission["id"]}]


def test_a_receipt_dated_yesterday_asks_why_before_it_prints(qtbot, window, space):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    qtbot.keyClick(checklist, Qt.Key.Key_F2)
    assert not checklist.backdate_reason.isEnabled()
    # the date field cannot go past today
    checklist.receipt_date.setDate(QDate(2026, 10, 1))
    assert checklist.received_on().isoformat() == "2026-09-30"
    checklist.receipt_date.setDate(QDate(2026, 9, 29))
    assert checklist.received_on().isoformat() == "2026-09-29"
    assert checklist.backdate_reason.isEnabled()
    # WHEN F6 is pressed without a reason THEN the clerk is told what to write
    told = when_modal(qtbot, lambda box: box.close())
    qtbot.keyClick(checklist.table, Qt.Key.Key_F6)
    assert rows(space, "SELECT * FROM documents") == []
    assert told and "补录原因" in told[0]
    type_text(qtbot, checklist.backdate_reason, "昨日下班前收件")
    back_to(qtbot, window, checklist.table)
    qtbot.keyClick(checklist.table, Qt.Key.Key_F6)
    close_preview(qtbot, window)
    assert rows(space, "SELECT received_on, backdate_reason FROM submissions") == [
        {"received_on": "2026-09-29", "backdate_reason": "昨日下班前收件"}]


def test_an_agent_registered_by_keys_makes_the_authorisation_required(qtbot, window, space):
    page = window.intake.registration
    type_person(qtbot, window)
    # the agent's box follows the applicant's fields in the Tab order
    page.contact_person.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.by_agent
    keys.press(Qt.Key.Key_Space)
    assert page.agent_name.isVisible()
    keys.press(Qt.Key.Key_Return)
    type_text(qtbot, page.agent_name, "李四")
    page.agent_id_number.setFocus()
    keys.type(AGENT_ID)
    page.agent_relation.setCurrentText("受托人")
    keys.press(Qt.Key.Key_F3)
    keys.type("gmspfdj")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    assert rows(space, "SELECT agent_name, agent_id_number, agent_relation FROM cases") == [
        {"agent_name": "李四", "agent_id_number": AGENT_ID, "agent_relation": "受托人"}]
    # THEN the checklist answers 是否委托代理人办理 from the registration and lists the
    # 授权委托书
    checklist = window.intake.checklist
    box = checklist.answer_boxes["by_agent"]
    assert box.currentText() == "是" and not box.isEnabled()
    assert "agent_authorization" in [s.material.id for s in checklist.model.rows]


def test_an_escalation_hands_the_applicant_a_receipt_naming_the_answer_day(qtbot, window,
                                                                           space):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    qtbot.keyClick(checklist, Qt.Key.Key_F2)
    type_text(qtbot, checklist.panel.escalation_reason, "买卖合同签字疑似伪造")
    when_modal(qtbot, confirm_yes)
    qtbot.keyClick(checklist.panel.escalation_reason, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier)
    # THEN the receipt is on screen and the done panel offers it again (F6)
    close_preview(qtbot, window)
    done = window.intake.done
    assert window.intake.currentWidget() is done
    assert "2026-09-30" in done.summary.text()
    assert done.materials_button.isEnabled()
    back_to(qtbot, window, done.next_button)
    qtbot.keyClick(done.next_button, Qt.Key.Key_F6)
    close_preview(qtbot, window)
    documents = rows(space, "SELECT doc_type, body FROM documents")
    assert [d["doc_type"] for d in documents] == ["materials_list", "materials_list"]
    assert all(json.loads(d["body"])["answer_due"] == "2026-09-30" for d in documents)
    assert json.loads(documents[0]["body"])["referred_for_review"] is True
    # AND my cases shows the answer-by day as the next deadline
    window.my_cases.refresh()
    summaries = window.my_cases.summaries
    assert [(s.next_deadline.isoformat(), s.deadline_kind) for s in summaries] == [
        ("2026-09-30", "answer_due")]


def test_an_immediate_item_accepted_at_the_window_is_completed_in_the_same_visit(qtbot, window,
                                                                                  space):
    # GIVEN a 即办件 (内地居民离婚登记, promised on the spot) accepted with every material
    register_person_for(qtbot, window, "ndjmlhdj")
    checklist = window.intake.checklist
    qtbot.keyClick(checklist, Qt.Key.Key_F2)
    qtbot.keyClick(checklist.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    close_preview(qtbot, window)
    done = window.intake.done
    # THEN the done panel offers completing it now (F7)
    assert done.complete_button.isEnabled() and "可当场办结 (F7)" in done.summary.text()
    back_to(qtbot, window, done.next_button)
    qtbot.keyClick(done.next_button, Qt.Key.Key_F7)
    dialog = window.intake.completion_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.form.doc_no, "J370826-2026-000123")
    qtbot.mouseClick(dialog.form.complete_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert rows(space, "SELECT status, result_kind, result_doc_no FROM cases") == [
        {"status": "completed", "result_kind": "granted",
         "result_doc_no": "J370826-2026-000123"}]
    assert not done.complete_button.isEnabled()
    # AND the panel says it was completed, no longer that it could be
    assert "已当场办结" in done.summary.text() and "F7" not in done.summary.text()
