"""The review queue page: feedback after each action, a sentence for an empty queue,
escalations with their answer-by day (overdue marked), Enter / double click open the case,
and a bad rating's 回访, 整改 and 申诉复核."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counterdesk.domain.cases import Rating
from counterdesk.services.casework import CaseworkService
from counterdesk.services.ratings import RatingService
from counterdesk.services.review import ReviewService
from counterdesk.ui.supervisor.review_page import OVERDUE_COLOUR, ReviewQueuePage
from tests.supervisor.conftest import CaseMaker
from tests.ui.desk import type_text


@pytest.fixture
def cases(space, people) -> CaseMaker:
    return CaseMaker(space, people["clerk"])


def shown_page(qtbot, space, people) -> ReviewQueuePage:
    page = ReviewQueuePage(space, people["supervisor"])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    return page


def row_of(page: ReviewQueuePage, kind: str) -> int:
    return next(i for i, r in enumerate(page.reviews) if r["kind"] == kind)


def test_given_nothing_to_review_then_the_page_says_so(qtbot, space, people):
    page = shown_page(qtbot, space, people)
    assert page.reviews == [] and not page.table.isVisible()
    assert page.empty.isVisible() and "没有待处理的事项" in page.empty.text()


def test_given_a_confirmation_then_the_status_line_names_what_was_done(qtbot, space, people,
                                                                       cases):
    cases.rejected("丙")
    page = shown_page(qtbot, space, people)
    page.table.selectRow(row_of(page, "rejection"))
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.status_line.text().startswith("已确认无误：不予受理 W01-")
    assert page.status_line.text().endswith("（丙）")
    assert page.empty.isVisible()  # the queue is empty now and says so


def test_given_an_escalation_then_its_answer_by_day_shows_and_is_marked_when_overdue(
        qtbot, space, people, cases, clock):
    case_id = cases.register("丁")
    CaseworkService(space).escalate(people["clerk"], case_id, "材料存疑")
    page = shown_page(qtbot, space, people)
    row = row_of(page, "escalation")
    # the item answers on the spot: due the day it was received
    assert page.table.item(row, 5).text() == "2026-09-30 前答复"
    clock.set_day(dt.date(2026, 10, 9))
    page.refresh()
    row = row_of(page, "escalation")
    assert page.table.item(row, 5).text() == "2026-09-30 前答复（已超期）"
    assert page.table.item(row, 1).foreground().color().name() == OVERDUE_COLOUR


def test_given_a_row_when_enter_is_pressed_then_the_case_opens(qtbot, space, people, cases):
    case_id = cases.rejected("戊")
    page = shown_page(qtbot, space, people)
    page.table.setFocus()
    page.table.selectRow(row_of(page, "rejection"))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.case_dialog is not None and page.case_dialog.isVisible()
    assert page.case_dialog.case_id == case_id
    page.case_dialog.close()


def test_given_a_row_when_double_clicked_then_the_case_opens(qtbot, space, people, cases):
    case_id = cases.rejected("己")
    page = shown_page(qtbot, space, people)
    row = row_of(page, "rejection")
    rect = page.table.visualRect(page.table.model().index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.case_dialog is not None and page.case_dialog.isVisible()
    assert page.case_dialog.case_id == case_id
    page.case_dialog.close()


def test_given_a_bad_rating_when_followed_up_then_visit_rectification_and_appeal_are_recorded(
        qtbot, space, people, cases, clock, monkeypatch):
    case_id = cases.accepted("庚")
    rating_id = RatingService(space).record_applicant(people["clerk"], case_id,
                                                      Rating.VERY_DISSATISFIED)
    clock.set_day(dt.date(2026, 10, 8))
    page = shown_page(qtbot, space, people)
    page.table.selectRow(row_of(page, "bad_rating"))
    assert page.table.item(row_of(page, "bad_rating"), 5).text() == "2026-10-10 前回访"
    assert not page.overturn_button.isEnabled()  # only an appeal sets a bad rating aside
    # 回访: who (the supervisor by default), the day, what was said
    qtbot.mouseClick(page.visit_button, Qt.MouseButton.LeftButton)
    visit = page.follow_up
    assert visit is not None and visit.visited_by.text() == "李强"
    type_text(qtbot, visit.text, "电话回访，已致歉")
    qtbot.mouseClick(visit.buttons.button(visit.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not visit.isVisible()
    assert page.status_line.text().startswith("已记录回访：差评")
    assert "回访 1 次" in page.table.item(row_of(page, "bad_rating"), 6).text()
    # 整改 with nothing written is refused and the dialog stays
    page.table.selectRow(row_of(page, "bad_rating"))
    qtbot.mouseClick(page.rectify_button, Qt.MouseButton.LeftButton)
    rectify = page.follow_up
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    qtbot.mouseClick(rectify.buttons.button(rectify.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert warnings == ["请填写整改措施。"] and rectify.isVisible()
    type_text(qtbot, rectify.text, "增设材料样表")
    qtbot.mouseClick(rectify.buttons.button(rectify.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert page.status_line.text().startswith("已记录整改：差评")
    # 申诉复核: overturned — the item leaves the open queue
    page.table.selectRow(row_of(page, "bad_rating"))
    qtbot.mouseClick(page.appeal_button, Qt.MouseButton.LeftButton)
    appeal = page.follow_up
    type_text(qtbot, appeal.appeal, "误触")
    appeal.verdict.setCurrentIndex(appeal.verdict.findData("overturned"))
    type_text(qtbot, appeal.text, "录像证实误触")
    qtbot.mouseClick(appeal.buttons.button(appeal.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert page.status_line.text().startswith("申诉复核：撤销差评（不计入统计）：差评")
    assert [r["kind"] for r in page.reviews] == []
    record = RatingService(space).record(rating_id)
    assert (record.visits, record.rectifications, record.counted) == (1, 1, False)
    assert ReviewService(space).queue(people["supervisor"], status="overturned")[0][
        "subject_id"] == rating_id
