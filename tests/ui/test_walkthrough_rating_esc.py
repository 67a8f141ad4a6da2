# ruff: noqa: F811
"""The walk-through's rating finding: once the applicant has chosen, the clerk's Esc (or any
other close) records the choice with the reasons chosen so far — a bad rating cannot be
dropped; before any choice Esc still leaves without a rating."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import rows

# The case dialog of an accepted case, shown and active, and F9 from it: the fixtures the
# rating screen's own tests use (imported fixtures are parameters below, hence F811).
from tests.ui.test_rating_screen import case_id, dialog, turned_round, warnings  # noqa: F401


def recorded(space) -> list[tuple[str, list[str], str]]:
    found = [json.loads(r["details"]) for r in rows(
        space, "SELECT details FROM case_events WHERE kind = 'rating' ORDER BY rowid")]
    return [(r["rating"], r["reasons"], r["source"]) for r in found]


def test_esc_after_a_bad_rating_and_a_reason_records_both(qtbot, space, dialog):
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, Qt.Key.Key_4)  # 不满意
    qtbot.keyClick(screen, Qt.Key.Key_3)  # 材料要求不清
    qtbot.keyClick(screen, Qt.Key.Key_Escape)

    assert not screen.isVisible()
    assert recorded(space) == [("dissatisfied", ["unclear_materials"], "applicant")]
    # a bad rating goes to the supervisors' queue, with its follow-up deadline
    assert rows(space, "SELECT kind FROM reviews") == [{"kind": "bad_rating"}]
    # and the clerk sees it on the case
    timeline = [dialog.timeline.item(row).text() for row in range(dialog.timeline.count())]
    assert any("不满意" in line for line in timeline)


def test_esc_after_a_bad_rating_without_reasons_records_the_rating(qtbot, space, dialog):
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, Qt.Key.Key_5)  # 非常不满意; reasons are optional
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert recorded(space) == [("very_dissatisfied", [], "applicant")]


def test_esc_before_any_choice_records_nothing(qtbot, space, dialog):
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible() and recorded(space) == []
    assert rows(space, "SELECT * FROM reviews") == []


def test_closing_the_screen_any_other_way_records_the_choice_once(qtbot, space, dialog,
                                                                  warnings):
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, Qt.Key.Key_4)
    qtbot.keyClick(screen, Qt.Key.Key_1)
    screen.close()  # the window's close button, Alt+F4, or the clerk logging out
    assert recorded(space) == [("dissatisfied", ["attitude"], "applicant")]

    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_F9)  # the service was rated: no second screen
    assert dialog.rating_screen is None and len(warnings) == 1
    assert len(recorded(space)) == 1


def test_enter_then_the_thank_you_closing_does_not_record_twice(qtbot, space, dialog):
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, Qt.Key.Key_4)
    qtbot.keyClick(screen, Qt.Key.Key_2)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.page() == "thanks"
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()
    assert recorded(space) == [("dissatisfied", ["efficiency"], "applicant")]


def test_once_rated_the_rating_buttons_rest_and_say_why(qtbot, space, dialog):
    assert dialog.ask_rating_button.isEnabled() and dialog.not_rated_button.isEnabled()
    screen = turned_round(qtbot, dialog)
    qtbot.keyClick(screen, Qt.Key.Key_1)  # 非常满意
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.ask_rating_button.isEnabled(), timeout=2000)
    assert not dialog.not_rated_button.isEnabled()
    assert dialog.ask_rating_button.toolTip() == "本次服务已评价或已记录未评价"
