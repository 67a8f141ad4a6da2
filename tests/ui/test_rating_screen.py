"""The applicant's rating screen: keys 1–5 or touches, reasons after a bad choice, a
thank-you that returns to the desk, one rating per service, Esc for the clerk."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counterdesk.ui import rating_screen
from counterdesk.ui.case_dialog import CaseDialog
from counterdesk.ui.rating_screen import CHOICES, RatingScreen, applicant_screen
from tests.supervisor.conftest import CaseMaker
from tests.ui.conftest import rows


@pytest.fixture
def case_id(space, people) -> str:
    return CaseMaker(space, people["clerk"]).accepted()


@pytest.fixture
def dialog(qtbot, space, people, case_id) -> CaseDialog:
    shown = CaseDialog(space, people["clerk"], case_id)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=2000)
    return shown


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda *args: said.append(args[2]))
    return said


def turned_round(qtbot, dialog: CaseDialog) -> RatingScreen:
    """The clerk presses F9: the screen fills the monitor, facing the applicant."""
    qtbot.keyClick(dialog, Qt.Key.Key_F9)
    screen = dialog.rating_screen
    assert screen is not None and screen.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)
    return screen


def recorded(space) -> list[dict]:
    return [json.loads(r["details"]) for r in rows(
        space, "SELECT details FROM case_events WHERE kind = 'rating' ORDER BY rowid")]


@pytest.mark.parametrize("key", range(1, 4))
def test_given_the_screen_when_a_good_key_is_pressed_then_it_is_recorded_and_thanks(
        qtbot, space, dialog, monkeypatch, key):
    monkeypatch.setattr(rating_screen, "THANKS_MS", 50)
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, getattr(Qt.Key, f"Key_{key}"))
    assert [r["rating"] for r in recorded(space)] == [CHOICES[key - 1].value]
    assert recorded(space)[0]["source"] == "applicant"
    assert screen.page() == "thanks"
    # the thank-you returns to the desk by itself
    qtbot.waitUntil(lambda: not screen.isVisible(), timeout=2000)
    assert "满意" in dialog.timeline.item(dialog.timeline.count() - 1).text()


def test_given_a_bad_key_when_reasons_are_toggled_by_keys_then_enter_records_them(
        qtbot, space, dialog):
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, Qt.Key.Key_4)
    assert screen.page() == "reasons" and recorded(space) == []
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_3):
        qtbot.keyClick(screen, key)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert [(r["rating"], r["reasons"]) for r in recorded(space)] == [
        ("dissatisfied", ["attitude", "repeated_visits"])]
    assert rows(space, "SELECT kind, due_on FROM reviews") == [
        {"kind": "bad_rating", "due_on": "2026-10-10"}]
    qtbot.keyClick(screen, Qt.Key.Key_Return)  # any key leaves the thank-you
    assert not screen.isVisible()


def test_given_a_touch_screen_when_the_applicant_taps_then_choice_and_reasons_are_recorded(
        qtbot, space, dialog):
    screen = turned_round(qtbot, dialog)
    qtbot.mouseClick(screen.choice_buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.reason_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    assert [(r["rating"], r["reasons"]) for r in recorded(space)] == [
        ("very_dissatisfied", ["efficiency"])]


def test_given_esc_before_any_choice_when_the_clerk_turns_the_screen_back_then_nothing_is_recorded(
        qtbot, space, dialog):
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible() and recorded(space) == []


def test_given_a_rated_service_when_f9_again_then_the_clerk_is_told_and_no_screen_opens(
        qtbot, space, dialog, warnings):
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, Qt.Key.Key_2)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_F9)
    assert dialog.rating_screen is None
    assert warnings == ["本次服务已经评价过（或已记录未评价），每次服务只评价一次。"]
    assert len(recorded(space)) == 1


def test_given_an_applicant_who_does_not_rate_then_the_clerk_records_only_not_rated(
        qtbot, space, dialog, warnings):
    assert not hasattr(dialog, "rating")  # no rating choice for the clerk any more
    qtbot.mouseClick(dialog.not_rated_button, Qt.MouseButton.LeftButton)
    assert [(r["rating"], r["source"]) for r in recorded(space)] == [("not_rated", "clerk")]
    assert "未评价" in dialog.timeline.item(dialog.timeline.count() - 1).text()
    qtbot.keyClick(dialog, Qt.Key.Key_F9)
    assert dialog.rating_screen is None and len(warnings) == 1


def test_given_two_monitors_then_the_applicant_gets_the_other_one_else_turn_around():
    clerk, applicant = object(), object()
    assert applicant_screen([clerk, applicant], clerk) is applicant
    assert applicant_screen([applicant, clerk], clerk) is applicant
    assert applicant_screen([clerk], clerk) is None


def test_given_the_office_page_when_follow_up_days_are_typed_then_they_are_saved(
        qtbot, space, people):
    from counterdesk.services.office import OfficeService
    from counterdesk.ui.admin.office_page import OfficeSettingsPage

    page = OfficeSettingsPage(space, people["admin"])
    qtbot.addWidget(page)
    assert page.follow_up_days.value() == 3
    page.follow_up_days.selectAll()
    qtbot.keyClicks(page.follow_up_days, "15")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert OfficeService(space).load().rating_follow_up_days == 15
    page.follow_up_days.selectAll()
    qtbot.keyClicks(page.follow_up_days, "45")  # the box stops at 30 working days
    assert page.follow_up_days.value() <= 30


def test_given_the_desk_when_f9_on_a_row_of_my_cases_then_the_applicant_rates_that_case(
        qtbot, space, people, window, case_id):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.my_cases.table.selectRow(0)
    qtbot.keyClick(window.my_cases.table, Qt.Key.Key_F9)
    screen = window.rating_screen
    assert screen is not None and screen.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)
    qtbot.keyClick(screen, Qt.Key.Key_1)
    assert [r["rating"] for r in recorded(space)] == ["very_satisfied"]
    assert rows(space, "SELECT case_id FROM case_events WHERE kind = 'rating'") == [
        {"case_id": case_id}]
