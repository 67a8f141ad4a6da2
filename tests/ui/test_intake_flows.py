"""The real main window driven like a clerk through the hall's intake paths."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counterdesk.domain.defects import Defect
from tests.ui.conftest import confirm_yes, rows, when_modal
from tests.ui.desk import (
    COMPANY,
    COMPANY_ITEM_QUERY,
    Keyboard,
    close_preview,
    register_person_for_house,
    select_material,
    tick,
    type_text,
    valid_uscc,
)


def test_a_first_visit_acceptance_takes_at_most_25_keys_after_the_applicant(qtbot, window,
                                                                            space):
    page = window.intake.registration
    qtbot.keyClick(page.applicant_kind, Qt.Key.Key_Down)
    assert page.applicant_kind.currentData() == "org"
    type_text(qtbot, page.name, COMPANY)
    qtbot.keyClicks(page.id_number, valid_uscc())
    qtbot.keyClicks(page.phone, "0537-8000000")
    type_text(qtbot, page.contact_person, "刘经理")
    assert page.id_status.text() == "✓ 号码有效"

    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F3)
    keys.type(COMPANY_ITEM_QUERY)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    assert len(window.intake.checklist.model.rows) == 5
    keys.press(Qt.Key.Key_F2)
    assert window.intake.checklist.panel.decision.outcome == "accept"
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_Escape)

    assert keys.presses <= 25
    if os.environ.get("COUNTERDESK_KEY_REPORT"):  # bench/keys.py prints the count
        Path(os.environ["COUNTERDESK_KEY_REPORT"]).write_text(str(keys.presses))
    case = rows(space, "SELECT * FROM cases")[0]
    assert case["status"] == "accepted" and case["applicant_kind"] == "org"
    assert case["item_code"] == "37082600SP-SL-0001"
    assert rows(space, "SELECT first_visit FROM decisions") == [{"first_visit": 1}]
    documents = rows(space, "SELECT id, doc_type FROM documents")
    assert [d["doc_type"] for d in documents] == ["acceptance_receipt"]
    preview = window.intake.preview  # the receipt is on screen, drawn from the log
    assert preview is not None and preview.document_id == documents[0]["id"] and preview.images
    assert window.intake.currentWidget() is window.intake.done


def test_a_supplement_with_three_problems_then_the_return_visit_is_accepted(qtbot, window,
                                                                           space, clock):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    qtbot.keyClick(checklist, Qt.Key.Key_F2)
    select_material(qtbot, window, "application")
    tick(qtbot, checklist.editor.defect_boxes[Defect.UNSEALED])
    select_material(qtbot, window, "sale_contract")
    tick(qtbot, checklist.editor.received)
    select_material(qtbot, window, "old_certificate")
    checklist.editor.copies.selectAll()
    qtbot.keyClicks(checklist.editor.copies, "0")
    assert len(checklist.panel.decision.problems) == 3
    qtbot.mouseClick(checklist.panel.decide_button, Qt.MouseButton.LeftButton)

    decision = rows(space, "SELECT outcome, problems, notice_due FROM decisions")[0]
    # 不动产登记 is told on the spot (《不动产登记暂行条例》第十七条)
    assert decision["outcome"] == "supplement" and decision["notice_due"] == "2026-09-30"
    assert [(p["material"], p["defect"]) for p in json.loads(decision["problems"])] == [
        ("application", "unsealed"), ("sale_contract", "missing"),
        ("old_certificate", "too_few_copies")]
    assert rows(space, "SELECT doc_type FROM documents") == [{"doc_type": "supplement_notice"}]
    close_preview(qtbot, window)

    clock.advance(days=9)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.my_cases
    qtbot.keyClick(window.my_cases.table, Qt.Key.Key_Return)
    dialog = window.case_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert window.intake.currentWidget() is checklist
    select_material(qtbot, window, "application")
    assert checklist.editor.defect_boxes[Defect.UNSEALED].isChecked()
    tick(qtbot, checklist.editor.defect_boxes[Defect.UNSEALED])
    qtbot.keyClick(checklist, Qt.Key.Key_F2)
    qtbot.keyClick(checklist.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    case = rows(space, "SELECT status, received_on, accepted_on FROM cases")[0]
    assert case == {"status": "accepted", "received_on": "2026-09-30",
                    "accepted_on": "2026-10-09"}
    assert [d["first_visit"] for d in rows(space, "SELECT first_visit FROM decisions")] == [0, 0]
    assert len(rows(space, "SELECT id FROM submissions")) == 2
    assert [d["doc_type"] for d in rows(space, "SELECT doc_type FROM documents"
                                               " ORDER BY issued_at")] == [
        "supplement_notice", "acceptance_receipt"]


def test_an_out_of_jurisdiction_rejection_lands_in_the_review_queue(qtbot, window, space):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    tick(qtbot, checklist.in_jurisdiction)
    assert not checklist.panel.decide_button.isEnabled()
    type_text(qtbot, checklist.competent_office, "济宁市自然资源和规划局")
    assert checklist.panel.decision.reason == "out_of_jurisdiction"
    when_modal(qtbot, confirm_yes)  # a numbered refusal is confirmed first
    qtbot.keyClick(checklist.competent_office, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)

    assert rows(space, "SELECT status FROM cases") == [{"status": "rejected"}]
    assert rows(space, "SELECT outcome, reason, competent_office FROM decisions") == [
        {"outcome": "reject", "reason": "out_of_jurisdiction",
         "competent_office": "济宁市自然资源和规划局"}]
    assert rows(space, "SELECT kind, status FROM reviews") == [
        {"kind": "rejection", "status": "open"}]
    document = rows(space, "SELECT id, doc_type FROM documents")[0]
    assert document["doc_type"] == "rejection_notice"
    preview = window.intake.preview  # the notice is on screen, drawn from the log
    assert preview is not None and preview.document_id == document["id"] and preview.images


def test_any_other_refusal_is_an_escalation_with_the_clerks_reason(qtbot, window, space):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    type_text(qtbot, checklist.panel.escalation_reason, "申请人材料疑似伪造")
    when_modal(qtbot, confirm_yes)
    qtbot.keyClick(checklist.panel.escalation_reason, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier)

    assert rows(space, "SELECT status FROM cases") == [{"status": "escalated"}]
    assert rows(space, "SELECT kind FROM reviews") == [{"kind": "escalation"}]
    event = rows(space, "SELECT kind, details FROM case_events")[0]
    assert event["kind"] == "escalation"
    details = json.loads(event["details"])
    # 不动产登记 tells on the spot: the written answer is due the day of receipt
    assert {k: details[k] for k in ("reason", "received_on", "answer_due")} == {
        "reason": "申请人材料疑似伪造", "received_on": "2026-09-30",
        "answer_due": "2026-09-30"}
    # the applicant leaves with the 材料接收凭证 naming that day, the materials recorded
    assert [r["doc_type"] for r in rows(space, "SELECT doc_type FROM documents")] == [
        "materials_list"]
    assert rows(space, "SELECT id FROM submissions") == [{"id": details["submission"]}]
    assert rows(space, "SELECT * FROM drafts") == []


def accept_house_case(qtbot, window) -> None:
    register_person_for_house(qtbot, window)
    qtbot.keyClick(window.intake.checklist, Qt.Key.Key_F2)
    qtbot.keyClick(window.intake.checklist.table, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    close_preview(qtbot, window)


def open_first_case(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.my_cases.table, Qt.Key.Key_Return)
    assert window.case_dialog is not None and window.case_dialog.isVisible()
    return window.case_dialog


def test_a_referral_keeps_the_owner_and_shows_on_the_timeline(qtbot, window, space, people):
    accept_house_case(qtbot, window)
    dialog = open_first_case(qtbot, window)
    qtbot.keyClicks(dialog.refer_window, "W02")
    type_text(qtbot, dialog.refer_department, "不动产登记中心")
    type_text(qtbot, dialog.refer_note, "需现场核验")
    qtbot.mouseClick(dialog.refer_button, Qt.MouseButton.LeftButton)

    event = rows(space, "SELECT kind, details FROM case_events")[0]
    assert event["kind"] == "referral"
    assert json.loads(event["details"])["to_window"] == "W02"
    assert rows(space, "SELECT owner_id FROM cases") == [{"owner_id": people["clerk"].user_id}]
    assert any("转办" in dialog.timeline.item(i).text() for i in range(dialog.timeline.count()))
    assert [d["doc_type"] for d in rows(space, "SELECT doc_type FROM documents")] == [
        "acceptance_receipt"]

    # 办结 of a 行政确认 records its result: granted, on a numbered and dated document
    type_text(qtbot, dialog.complete_box.doc_no, "微自然资登〔2026〕88号")
    type_text(qtbot, dialog.result, "已发证")
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert rows(space, "SELECT status, result, result_kind, result_doc_no, result_doc_date,"
                       " delivery FROM cases") == [
        {"status": "completed", "result": "已发证", "result_kind": "granted",
         "result_doc_no": "微自然资登〔2026〕88号", "result_doc_date": "2026-09-30",
         "delivery": "pickup"}]


def test_a_bad_rating_goes_to_the_supervisors_with_a_follow_up_deadline(qtbot, window, space):
    accept_house_case(qtbot, window)
    dialog = open_first_case(qtbot, window)
    # the clerk turns the rating screen to the applicant (F9), who presses 5, then 2 (效率)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_F9)
    screen = dialog.rating_screen
    assert screen is not None and screen.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)
    qtbot.keyClick(screen, Qt.Key.Key_5)
    qtbot.keyClick(screen, Qt.Key.Key_2)
    qtbot.keyClick(screen, Qt.Key.Key_Return)

    assert rows(space, "SELECT kind, due_on FROM reviews") == [
        {"kind": "bad_rating", "due_on": "2026-10-10"}]
    rating = json.loads(rows(space, "SELECT details FROM case_events WHERE kind = 'rating'")[0]
                        ["details"])
    assert (rating["rating"], rating["reasons"], rating["source"]) == (
        "very_dissatisfied", ["efficiency"], "applicant")


def test_the_case_timeline_says_what_the_numbers_of_a_submission_are(qtbot, window):
    accept_house_case(qtbot, window)
    required = len(window.intake.checklist.model.rows)
    dialog = open_first_case(qtbot, window)
    lines = [dialog.timeline.item(i).text() for i in range(dialog.timeline.count())]
    assert any(line.endswith(f"收取材料  第1次提交 · 收到日期 2026-09-30 · "
                             f"已收 {required} / 应交 {required} 件") for line in lines)
