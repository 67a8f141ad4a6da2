"""The calendar page after the walk-through: the reason is asked for before any question,
a closure's questions default to No, and closing today says what it does to today's cases."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from counterdesk.ui.admin.calendar_page import CalendarPage
from tests.supervisor.conftest import CaseMaker
from tests.ui.conftest import rows, when_modal
from tests.ui.desk import type_text

TODAY = dt.date(2026, 9, 30)


@pytest.fixture
def page(qtbot, space, people):
    calendar = CalendarPage(space, people["admin"])
    qtbot.addWidget(calendar)
    return calendar


def close_on(qtbot, page, day: dt.date, reason: str) -> None:
    page.day.setDate(QDate(day.year, day.month, day.day))
    page.kind.setCurrentIndex(page.kind.findData(False))
    if reason:
        type_text(qtbot, page.note, reason)


def press_enter(box: QMessageBox) -> None:
    """The administrator's habit: Enter on whatever button is the default."""
    box.defaultButton().click()


def test_a_closure_without_a_reason_is_refused_before_any_question(qtbot, page, space, people):
    # GIVEN a day some open case is promised for, and no reason typed
    CaseMaker(space, people["clerk"]).accepted()
    due = dt.date.fromisoformat(rows(space, "SELECT promised_date FROM cases")[0]["promised_date"])
    close_on(qtbot, page, due, "")
    # WHEN the administrator saves
    seen = when_modal(qtbot, press_enter)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    # THEN the only message asks for the reason; no question about the cases came first
    assert seen == ["请填写调整原因（如“停电闭厅”“集中办理日”）。"]
    assert rows(space, "SELECT * FROM calendar_overrides") == []


def test_enter_on_the_cases_due_question_keeps_the_calendar(qtbot, page, space, people):
    CaseMaker(space, people["clerk"]).accepted()
    due = dt.date.fromisoformat(rows(space, "SELECT promised_date FROM cases")[0]["promised_date"])
    close_on(qtbot, page, due, "停电闭厅")
    seen = when_modal(qtbot, press_enter)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "承诺办结日" in seen[0] and seen[0].endswith("仍要保存吗？")
    assert rows(space, "SELECT * FROM calendar_overrides") == []


def test_closing_today_says_what_happens_to_todays_cases_and_defaults_to_no(qtbot, page,
                                                                            space):
    close_on(qtbot, page, TODAY, "停电闭厅")
    seen = when_modal(qtbot, press_enter)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("今天（2026-09-30）可能已有案件")
    for words in ("今天已作出的决定、已出具的文书和已告知申请人的承诺办结日都不改变",
                  "今天受理的即办件，承诺办结日仍是今天", "法定期限不受闭厅影响",
                  "未勾选顺延"):
        assert words in seen[0]
    assert rows(space, "SELECT * FROM calendar_overrides") == []


def test_closing_today_is_saved_when_the_administrator_answers_yes(qtbot, page, space):
    close_on(qtbot, page, TODAY, "停电闭厅")
    page.moves_promised.setChecked(True)
    seen = when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "勾选了顺延" in seen[0]
    assert rows(space, "SELECT day, workday FROM calendar_overrides") == [
        {"day": "2026-09-30", "workday": 0}]


def test_closing_another_day_without_cases_asks_nothing(qtbot, page, space):
    close_on(qtbot, page, dt.date(2026, 10, 15), "停电闭厅")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert rows(space, "SELECT day FROM calendar_overrides") == [{"day": "2026-10-15"}]
