"""The supervisors' desk: log browser, review queue, statistics, export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counterdesk.services.accounts import Actor
from counterdesk.services.workspace import Workspace


def build_pages(space: Workspace, actor: Actor) -> list[tuple[str, QWidget]]:
    """(title, page) pairs the main window adds for a supervisor or admin."""
    from counterdesk.ui.supervisor.log_page import LogBrowserPage
    from counterdesk.ui.supervisor.review_page import ReviewQueuePage
    from counterdesk.ui.supervisor.stats_page import StatisticsPage

    translate = QCoreApplication.translate
    queue, log, statistics = (ReviewQueuePage(space, actor), LogBrowserPage(space, actor),
                              StatisticsPage(space, actor))
    queue.reviews_changed.connect(log.refresh)
    queue.reviews_changed.connect(statistics.refresh)
    return [(translate("supervisor", "督查队列"), queue),
            (translate("supervisor", "案件日志"), log),
            (translate("supervisor", "统计分析"), statistics)]
