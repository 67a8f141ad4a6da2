"""Entering a year's State Council holiday notice on the 日历 page, by keys and clicks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counterdesk.services.holidays import statutory_workday
from counterdesk.services.integrity import verify_log
from counterdesk.ui.admin.calendar_page import CalendarPage
from counterdesk.ui.admin.notice_dialog import NoticeDialog
from tests.conftest import FIXTURES
from tests.ui.conftest import rows

INVENTED_2027 = (FIXTURES / "notices-test" / "2027-invented.txt").read_text(encoding="utf-8")


def chinesecalendar_knows(year: int) -> bool:
    try:
        statutory_workday(dt.date(year, 1, 1))
    except LookupError:
        return False
    return True


needs_unknown_2027 = pytest.mark.skipif(
    chinesecalendar_knows(2027),
    reason="the installed chinesecalendar already has the official 2027 schedule, so the "
           "program rightly refuses to declare the invented 2027 notice")


@pytest.fixture
def page(qtbot, space, people):
    calendar_page = CalendarPage(space, people["admin"])
    qtbot.addWidget(calendar_page)
    calendar_page.resize(1366, 700)
    calendar_page.show()
    qtbot.waitExposed(calendar_page)
    return calendar_page


def open_dialog(qtbot, page: CalendarPage) -> NoticeDialog:
    qtbot.mouseClick(page.notice_button, Qt.MouseButton.LeftButton)
    dialog = page.notice_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.notice, timeout=2000)
    return dialog


def paste(qtbot, dialog: NoticeDialog, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(dialog.notice, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_the_page_says_which_coming_year_has_no_schedule_yet(page):
    # GIVEN the clock in 2026, a year chinesecalendar knows, and 2027, which it does not
    if chinesecalendar_knows(2027):
        pytest.skip("the installed chinesecalendar already knows 2027")
    # THEN only 2027 is named as provisional
    text = page.years_status.text()
    assert "2027年节假日安排尚未录入：相关期限暂按法定节假日计算（暂计）" in text
    assert "2026年" not in text


@needs_unknown_2027
def test_a_pasted_notice_is_shown_as_a_year_and_declared_on_confirm(qtbot, page, space):
    # GIVEN the notice dialog with the invented 2027 notice pasted
    dialog = open_dialog(qtbot, page)
    assert not dialog.confirm_button.isEnabled()
    paste(qtbot, dialog, INVENTED_2027)

    # WHEN the admin presses Ctrl+Enter in the text box
    qtbot.keyClick(dialog.notice, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # THEN the year is shown: 2月5日 off, 2月20日 a make-up workday, the totals summed up
    assert dialog.summary.text() == "2027年：放假 28 天，调休上班 5 天"
    assert dialog.grid.mark(dt.date(2027, 2, 5)) == "休"
    assert dialog.grid.mark(dt.date(2027, 2, 20)) == "班"
    assert dialog.grid.mark(dt.date(2027, 3, 1)) == ""
    assert dialog.confirm_button.isEnabled()

    # WHEN the admin tabs to 确认录入 and presses Space
    qtbot.keyClick(dialog.notice, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.parse_button
    qtbot.keyClick(dialog.parse_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.confirm_button
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Space)

    # THEN the year is known, the dialog closed, the page lists it, and the log still verifies
    assert not dialog.isVisible()
    assert space.calendar.knows_year(2027)
    assert not space.calendar.is_workday(dt.date(2027, 2, 5))
    assert space.calendar.is_workday(dt.date(2027, 2, 20))
    assert not space.calendar.is_provisional(dt.date(2027, 2, 20))
    assert "尚未录入" not in page.years_status.text()
    assert "已录入的年度节假日安排：2027年" in page.years_status.text()
    assert "已录入2027年节假日安排" in page.status.text()
    assert [r["entity_id"] for r in rows(
        space, "SELECT entity_id FROM audit_log WHERE action = 'calendar_declare_year'")] == [
        "2027"]
    assert verify_log(space).ok


def test_a_malformed_notice_names_its_line_and_cannot_be_confirmed(qtbot, page, space):
    # GIVEN the notice with 8 days of 春节 counted as 9
    dialog = open_dialog(qtbot, page)
    paste(qtbot, dialog, INVENTED_2027.replace("放假调休，共8天", "放假调休，共9天"))

    # WHEN the admin clicks 识别
    qtbot.mouseClick(dialog.parse_button, Qt.MouseButton.LeftButton)

    # THEN the error names line 6, nothing can be declared, nothing was stored
    assert dialog.status.text().startswith("第6行：")
    assert "9" in dialog.status.text() and "8" in dialog.status.text()
    assert "b00020" in dialog.status.styleSheet()
    assert dialog.notice.textCursor().blockNumber() == 5
    assert dialog.summary.text() == "尚未识别"
    assert not dialog.confirm_button.isEnabled()
    assert rows(space, "SELECT * FROM calendar_years") == []


@needs_unknown_2027
def test_editing_the_text_after_reading_it_needs_reading_again(qtbot, page):
    dialog = open_dialog(qtbot, page)
    paste(qtbot, dialog, INVENTED_2027)
    qtbot.mouseClick(dialog.parse_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm_button.isEnabled()

    qtbot.keyClick(dialog.notice, Qt.Key.Key_Backspace)

    assert not dialog.confirm_button.isEnabled()
    assert dialog.grid.mark(dt.date(2027, 2, 5)) == ""


def test_a_year_chinesecalendar_knows_is_read_but_refused(qtbot, page, space):
    # GIVEN a notice for 2026, which chinesecalendar has officially
    dialog = open_dialog(qtbot, page)
    paste(qtbot, dialog, "国务院办公厅关于2026年部分节假日安排的通知\n"
                         "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。\n")
    qtbot.keyClick(dialog.notice, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)

    # THEN it says why, and the confirm button stays disabled
    assert "不能录入：" in dialog.status.text()
    assert "chinesecalendar already has the official 2026 schedule" in dialog.status.text()
    assert not dialog.confirm_button.isEnabled()


def test_escape_closes_the_dialog_without_declaring(qtbot, page, space):
    dialog = open_dialog(qtbot, page)
    paste(qtbot, dialog, INVENTED_2027)
    qtbot.keyClick(dialog.notice, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.keyClick(dialog.notice, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert rows(space, "SELECT * FROM calendar_years") == []


def test_the_year_grid_model_passes_qts_model_checks(qtbot, qtmodeltester, page):
    dialog = open_dialog(qtbot, page)
    qtmodeltester.check(dialog.grid)
    paste(qtbot, dialog, INVENTED_2027)
    qtbot.mouseClick(dialog.parse_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dialog.grid)


def test_a_hall_calendar_file_is_imported_on_the_calendar_page(qtbot, space, people, tmp_path,
                                                                 monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from counterdesk.services.calendar_years import declare_notice, export_year_text
    from counterdesk.ui.admin.calendar_page import CalendarPage

    if space.calendar.knows_year(2027):
        pytest.skip("chinesecalendar already knows 2027")
    # The centre declared 2027 and exported it; this window loads the file.
    centre = tmp_path / "centre"
    centre.mkdir()
    from counterdesk.domain.holiday_notice import parse_notice
    from counterdesk.services.workspace import Workspace

    centre_space = Workspace(centre, clock=space.clock)
    declare_notice(centre_space, parse_notice(INVENTED_2027), None)
    hall_file = tmp_path / "hall-2027.yaml"
    hall_file.write_text(export_year_text(centre_space, 2027), encoding="utf-8")
    centre_space.close()

    page = CalendarPage(space, people["admin"])
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(hall_file), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert space.calendar.knows_year(2027)
    assert "2027" in page.status.text()
