"""The materials check by keyboard: Tab into the editor, Alt+digit defects, the issue date
typed key by key, and escalating from inside the reason field."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from counterdesk.domain.defects import Defect
from tests.ui.conftest import confirm_yes, rows, when_modal
from tests.ui.desk import (
    Keyboard,
    register_person_for_house,
    select_material,
    type_person,
    type_text,
)

SUBSISTENCE_ITEM_CODE = "37082600MZ-JF-0001"  # 最低生活保障审核确认: income proof within 90 days


def test_tab_leaves_the_table_and_reaches_received_copies_and_the_defect_boxes(qtbot, window):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    checklist.table.setFocus()
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is checklist.editor.received
    keys.press(Qt.Key.Key_Space)
    assert checklist.editor.state.received
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is checklist.editor.copies
    for _ in range(3):
        if keys.focused() in checklist.editor.defect_boxes.values():
            break
        keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is checklist.editor.defect_boxes[Defect.WRONG_FORM]
    keys.press(Qt.Key.Key_Space)
    assert Defect.WRONG_FORM in checklist.editor.state.defects


def test_alt_and_the_digit_shown_on_a_defect_box_ticks_it(qtbot, window):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    qtbot.keyClick(checklist, Qt.Key.Key_F2)
    select_material(qtbot, window, "application")
    unsealed = checklist.editor.defect_boxes[Defect.UNSEALED]
    assert unsealed.text().endswith("(Alt+&5)")

    Keyboard(qtbot).press(Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    # A mnemonic clicks the way Qt always does, with a short press animation.
    qtbot.waitUntil(unsealed.isChecked, timeout=2000)
    assert [p.defect for p in checklist.panel.decision.problems] == [Defect.UNSEALED]


def test_an_issue_date_typed_key_by_key_updates_the_live_decision(qtbot, window):
    type_person(qtbot, window)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F3)
    keys.type(SUBSISTENCE_ITEM_CODE)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    checklist = window.intake.checklist
    assert window.intake.currentWidget() is checklist
    checklist.answer_boxes["employed_member"].setFocus()
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_F2)
    select_material(qtbot, window, "income_proof")
    assert "请填写签发日期" in checklist.panel.outcome.text()

    checklist.editor.issued_on.setFocus()
    keys.type("2026-09-01")
    assert checklist.editor.issued_on.text() == "2026-09-01"
    assert checklist.panel.decision is not None and checklist.panel.decision.outcome == "accept"

    checklist.editor.issued_on.clear()
    keys.type("2026-02-30")
    assert checklist.editor.issued_on.text() == "2026-02-30"
    assert "日期无效" in checklist.editor.date_status.text()
    assert checklist.panel.decision is None


def test_a_material_without_an_age_limit_says_so_in_grey_not_in_red(qtbot, window):
    register_person_for_house(qtbot, window)
    status = window.intake.checklist.editor.date_status
    assert status.text() == "本材料无有效期要求"
    assert "#b00020" not in status.styleSheet()


def test_the_notice_deadline_reads_as_the_notice_prints_it(qtbot, window):
    register_person_for_house(qtbot, window)
    panel = window.intake.checklist.panel
    assert panel.decision.outcome == "supplement"
    # 不动产登记 is told on the spot (《不动产登记暂行条例》第十七条): due the day of receipt.
    assert panel.dates.text().startswith("本机关最迟于 2026-09-30（含）告知")


def test_enter_in_the_reason_field_escalates(qtbot, window, space):
    register_person_for_house(qtbot, window)
    reason = window.intake.checklist.panel.escalation_reason
    reason.setFocus()
    reason.setText("申请人材料疑似伪造")
    when_modal(qtbot, confirm_yes)  # escalating names the applicant and asks first
    Keyboard(qtbot).press(Qt.Key.Key_Return)
    assert rows(space, "SELECT status FROM cases") == [{"status": "escalated"}]


def test_ctrl_e_pressed_inside_the_reason_field_escalates(qtbot, window, space):
    register_person_for_house(qtbot, window)
    panel = window.intake.checklist.panel
    panel.escalation_reason.setFocus()
    panel.escalation_reason.setText("申请人材料疑似伪造")
    panel.escalation_reason.setCursorPosition(0)
    keys = Keyboard(qtbot)
    assert keys.focused() is panel.escalation_reason
    when_modal(qtbot, confirm_yes)
    keys.press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert rows(space, "SELECT status FROM cases") == [{"status": "escalated"}]
    assert "Enter" in panel.escalation_label.text()


def test_the_clerks_words_on_a_defect_are_typed_by_keys_and_printed_on_the_notice(
        qtbot, window, space):
    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    editor = checklist.editor
    keys = Keyboard(qtbot)
    qtbot.keyClick(checklist, Qt.Key.Key_F2)
    select_material(qtbot, window, "application")
    # nothing to describe while the material has no problem
    assert not editor.detail.isEnabled()
    keys.press(Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.defect_boxes[Defect.UNSEALED].isChecked, timeout=2000)
    assert editor.detail.isEnabled() and editor.detail_label.text().endswith("(Alt+&D)")

    keys.press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert keys.focused() is editor.detail
    type_text(qtbot, editor.detail, "第3页缺少单位公章")
    row = [s.material.id for s in checklist.model.rows].index("application")
    assert checklist.model.index(row, 4).data() == "缺少盖章：第3页缺少单位公章"
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert rows(space, "SELECT material_id, detail FROM material_checks WHERE detail <> ''") \
        == [{"material_id": "application", "detail": "第3页缺少单位公章"}]
    notice = rows(space, "SELECT doc_type, body FROM documents")[0]
    assert notice["doc_type"] == "supplement_notice"
    problems = json.loads(notice["body"])["problems"]
    assert [(p["defect"], p["detail"]) for p in problems] == [("unsealed", "第3页缺少单位公章")]


def test_a_certificate_past_its_validity_shows_expired_on_screen_as_in_the_decision(
        qtbot, window):
    """The checklist shows the domain's verdict: a 契税完税证明 valid for 90 days, issued
    121 days before receipt, is 超过有效期 in the table and in the decision alike."""
    import dataclasses
    import datetime as dt

    from counterdesk.domain.catalog import Material, MaterialForm
    from counterdesk.ui.checklist_table_model import MaterialState

    receipt = Material("tax_receipt", "契税完税证明", MaterialForm.COPY, 1, max_age_days=90)
    state = MaterialState(receipt, received=True, copies=1,
                          issued_on=dt.date(2026, 9, 30) - dt.timedelta(days=121),
                          received_on=dt.date(2026, 9, 30))
    assert [d.value for d in state.open_defects()] == ["expired"]
    fresh = dataclasses.replace(state, issued_on=dt.date(2026, 9, 1))
    assert fresh.open_defects() == []
    # AND the checklist page gives its rows the day of receipt
    register_person_for_house(qtbot, window)
    rows = window.intake.checklist.model.rows
    assert rows and all(row.received_on == dt.date(2026, 9, 30) for row in rows)
