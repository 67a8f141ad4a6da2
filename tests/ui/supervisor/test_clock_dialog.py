"""A supervisor extends a case's limit and stops its clock from the 办理期限 dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from counterdesk.ui.supervisor.clock_dialog import ClockDialog
from tests.services.test_declared_year_recompute import accepted_on
from tests.ui.conftest import rows, when_modal
from tests.ui.desk import type_text

D = dt.date


def accepted_case(space, people, clock) -> str:
    accepted_on(space, people["clerk"], clock, D(2026, 11, 2))  # promised 3 November
    return rows(space, "SELECT id FROM cases")[0]["id"]


def test_an_extension_typed_and_confirmed_moves_the_date_and_issues_the_notice(
        qtbot, space, people, clock):
    case_id = accepted_case(space, people, clock)
    dialog = ClockDialog(space, people["supervisor"], case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "2026-11-03" in dialog.state_label.text()
    dialog.days.setValue(5)
    dialog.approver.setFocus()
    type_text(qtbot, dialog.approver, "王主任")
    dialog.reasons.setFocus()
    type_text(qtbot, dialog.reasons, "需要实地核查")
    qtbot.mouseClick(dialog.extend_button, Qt.MouseButton.LeftButton)
    assert "2026-11-10" in dialog.state_label.text()
    assert rows(space, "SELECT promised_date FROM cases")[0]["promised_date"] == "2026-11-10"
    assert [r["doc_type"] for r in rows(space, "SELECT doc_type FROM documents")][-1] == \
        "extension_notice"


def test_a_missing_reason_is_refused_in_words_and_nothing_is_recorded(
        qtbot, space, people, clock):
    case_id = accepted_case(space, people, clock)
    dialog = ClockDialog(space, people["supervisor"], case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.approver.setText("王主任")
    seen = when_modal(qtbot, lambda box: box.accept())
    qtbot.mouseClick(dialog.extend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seen != [])
    assert "理由" in seen[0]
    assert rows(space, "SELECT COUNT(*) AS n FROM clock_changes")[0]["n"] == 0


def test_a_paused_clock_can_only_be_restarted(qtbot, space, people, clock):
    case_id = accepted_case(space, people, clock)
    dialog = ClockDialog(space, people["supervisor"], case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pause_reasons.setText("房屋需检测")
    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    assert "暂停计算中" in dialog.state_label.text()
    assert not dialog.extend_button.isEnabled() and dialog.resume_button.isEnabled()
    assert rows(space, "SELECT promised_date FROM cases")[0]["promised_date"] is None


def test_the_case_dialog_gives_supervisors_the_clock_and_the_flag_and_clerks_neither(
        qtbot, space, people, clock):
    from PySide6.QtWidgets import QInputDialog

    from counterdesk.services.pledges import PledgeService
    from counterdesk.ui.case_dialog import CaseDialog

    case_id = accepted_case(space, people, clock)
    clerk_view = CaseDialog(space, people["clerk"], case_id)
    qtbot.addWidget(clerk_view)
    assert clerk_view.supervision_box.isHidden()
    dialog = CaseDialog(space, people["supervisor"], case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.clock_button.isEnabled()
    qtbot.mouseClick(dialog.clock_button, Qt.MouseButton.LeftButton)
    assert dialog.clock_dialog.isVisible()
    dialog.clock_dialog.reject()

    def answer(box) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("承诺不实")
        box.accept()

    asked = when_modal(qtbot, answer)
    qtbot.mouseClick(dialog.flag_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked != [])
    case = rows(space, "SELECT id_number FROM cases")[0]
    assert PledgeService(space).flag_of(case["id_number"]).reason == "承诺不实"
    assert dialog.flag_button.text() == "取消失信标记"
