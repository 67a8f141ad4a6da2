"""容缺受理 at the desk by keys: the offer is shown with its day, F8 asks, the letter prints."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counterdesk.services.pledges import PledgeService
from tests.ui.conftest import confirm_yes, rows, when_modal
from tests.ui.desk import Keyboard, close_preview, register_person_for, select_material, type_text

PERSON_ID = "11010519491231002X"


def food_application_missing_the_rules_list(qtbot, window) -> None:
    """食品经营许可（新办）: everything brought but the tolerable rules list."""
    register_person_for(qtbot, window, "spjyxk")
    keys = Keyboard(qtbot)
    checklist = window.intake.checklist
    assert checklist.case.item_code == "37082600SP-XK-0003"
    qtbot.keyClick(checklist, Qt.Key.Key_F2)
    select_material(qtbot, window, "health_certificates")
    checklist.editor.issued_on.setFocus()
    type_text(qtbot, checklist.editor.issued_on, "2026-06-01")
    select_material(qtbot, window, "rules_list")
    checklist.editor.received.setFocus()
    keys.press(Qt.Key.Key_Space)
    assert not checklist.editor.state.received


def test_f8_accepts_on_a_signed_pledge_and_shows_the_letter_to_sign(qtbot, window, space):
    food_application_missing_the_rules_list(qtbot, window)
    panel = window.intake.checklist.panel
    # THEN the live decision is a supplement, and the desk offers 容缺受理 with the day
    assert panel.tolerance_button.isVisible() and not panel.commitment_button.isVisible()
    assert "可容缺受理" in panel.pledge_note.text() and "2026-10-20" in panel.pledge_note.text()
    # WHEN the clerk presses F8 and confirms
    asked = when_modal(qtbot, confirm_yes)
    qtbot.keyClick(window.intake.checklist.table, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: asked != [])
    assert "容缺受理承诺书" in asked[0] and "2026-10-20" in asked[0]
    # THEN the case is accepted, the letter is shown first, the receipt is one key away
    assert rows(space, "SELECT status FROM cases") == [{"status": "accepted"}]
    assert [r["doc_type"] for r in rows(space, "SELECT doc_type FROM documents ORDER BY seq")
            ] in (["pledge_letter", "acceptance_receipt"], ["acceptance_receipt",
                                                            "pledge_letter"])
    assert window.intake.preview.document_id == window.intake.pledge_document_id
    close_preview(qtbot, window)
    assert window.intake.done.pledge_button.isVisible()
    assert "请申请人签字" in window.intake.done.summary.text()


def test_a_flagged_applicant_is_told_why_no_pledge_is_offered(qtbot, window, space, people):
    PledgeService(space).set_flag(people["supervisor"], PERSON_ID, "王小明", "承诺不实")
    food_application_missing_the_rules_list(qtbot, window)
    panel = window.intake.checklist.panel
    assert not panel.tolerance_button.isVisible()
    assert "失信" in panel.pledge_note.text()
    qtbot.keyClick(window.intake.checklist.table, Qt.Key.Key_F8)  # nothing happens
    assert rows(space, "SELECT * FROM decisions") == []
