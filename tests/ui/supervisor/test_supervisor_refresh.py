"""The supervisors' pages never show stale data: they reload when shown and after a review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counterdesk.services.review import ReviewService
from counterdesk.ui.supervisor import build_pages
from counterdesk.ui.supervisor.log_page import LogBrowserPage
from counterdesk.ui.supervisor.review_page import ReviewQueuePage
from counterdesk.ui.supervisor.stats_page import StatisticsPage
from tests.supervisor.conftest import CaseMaker


@pytest.fixture
def cases(space, people) -> CaseMaker:
    return CaseMaker(space, people["clerk"])


def shown_then_hidden(qtbot, page) -> None:
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.hide()


def outcome_total(page: StatisticsPage) -> float:
    return sum(piece.value() for piece in page.charts["outcomes"].chart().series()[0].slices())


def overturn_the_rejection(space, supervisor) -> None:
    service = ReviewService(space)
    review = next(r for r in service.queue(supervisor) if r["kind"] == "rejection")
    service.overturn(supervisor, str(review["id"]), "属于本机关职权，应当受理")


def test_the_log_shows_a_case_reopened_elsewhere_when_shown_again(qtbot, space, people, cases):
    case_id = cases.rejected()
    page = LogBrowserPage(space, people["supervisor"])
    shown_then_hidden(qtbot, page)
    overturn_the_rejection(space, people["supervisor"])
    page.show()
    assert [(row["id"], row["status"]) for row in page.model.rows] == [(case_id, "open")]


def test_the_statistics_recount_when_shown_again(qtbot, space, people, cases):
    cases.accepted("甲")
    page = StatisticsPage(space, people["supervisor"])
    shown_then_hidden(qtbot, page)
    cases.rejected("乙")
    page.show()
    assert outcome_total(page) == 2


def test_the_review_queue_lists_a_new_rejection_when_shown_again(qtbot, space, people, cases):
    page = ReviewQueuePage(space, people["supervisor"])
    shown_then_hidden(qtbot, page)
    cases.rejected()
    page.show()
    assert [review["kind"] for review in page.reviews] == ["rejection"]


def test_a_review_decided_in_the_queue_reloads_the_log_and_the_statistics(qtbot, space, people,
                                                                         cases):
    # GIVEN the desk's three pages, built while one rejection waits for review
    case_id = cases.rejected("甲")
    pages = dict(build_pages(space, people["supervisor"]))
    for page in pages.values():
        qtbot.addWidget(page)
    queue, log, statistics = pages["督查队列"], pages["案件日志"], pages["统计分析"]
    cases.accepted("乙")
    # WHEN the supervisor overturns the rejection in the queue
    queue.table.selectRow(0)
    queue.comment.insertPlainText("属于本机关职权，应当受理")
    qtbot.mouseClick(queue.overturn_button, Qt.MouseButton.LeftButton)
    # THEN the log shows the case open again and the figures count the later case too
    statuses = {row["id"]: row["status"] for row in log.model.rows}
    assert statuses[case_id] == "open" and len(statuses) == 2
    assert outcome_total(statistics) == 2
