"""The supervisors' pages driven like a user: filter the log, decide reviews, see the charts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counterdesk.services.casework import CaseworkService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import IntakeService
from counterdesk.ui.supervisor import build_pages
from counterdesk.ui.supervisor.log_page import LogBrowserPage, TimelineDialog
from counterdesk.ui.supervisor.review_page import ReviewQueuePage
from counterdesk.ui.supervisor.stats_page import StatisticsPage
from tests.supervisor.conftest import CaseMaker
from tests.ui.desk import Keyboard, type_text


@pytest.fixture
def cases(space, people) -> CaseMaker:
    return CaseMaker(space, people["clerk"])


def shown_ids(page: LogBrowserPage) -> set[str]:
    return {row["id"] for row in page.model.rows}


def choose(box, data) -> None:
    box.setCurrentIndex(box.findData(data))


def select_review(page: ReviewQueuePage, kind: str) -> dict:
    row = next(i for i, r in enumerate(page.reviews) if r["kind"] == kind)
    page.table.selectRow(row)
    return page.reviews[row]


def test_the_log_browser_filters_by_status_outcome_and_overdue(qtbot, space, people, cases,
                                                               clock):
    accepted = cases.accepted("甲")
    supplement = cases.supplement("乙")
    rejected = cases.rejected("丙")
    clock.set_day(dt.date(2026, 10, 12))
    page = LogBrowserPage(space, people["supervisor"])
    qtbot.addWidget(page)
    assert shown_ids(page) == {accepted, supplement, rejected}
    assert page.total_label.text() == "共 3 件"
    choose(page.status, "supplement_pending")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert shown_ids(page) == {supplement}
    choose(page.status, "")
    choose(page.outcome, "reject")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert shown_ids(page) == {rejected}
    choose(page.outcome, "")
    page.overdue.setChecked(True)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert shown_ids(page) == {accepted} and page.total_label.text() == "共 1 件"


def test_a_typed_period_filters_and_a_bad_date_is_explained(qtbot, space, people, cases,
                                                           monkeypatch):
    cases.accepted()
    page = LogBrowserPage(space, people["supervisor"])
    qtbot.addWidget(page)
    qtbot.keyClicks(page.date_from, "2026-10-01")
    qtbot.keyClick(page.date_from, Qt.Key.Key_Return)
    assert page.model.rows == []
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    page.date_from.setText("2026-13-01")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert warnings and "2026-13-01" in warnings[0]


def test_the_log_fetches_pages_lazily_as_the_view_scrolls(qtbot, space, people, cases):
    for n in range(7):
        cases.register("申请人" + "甲乙丙丁戊己庚辛壬癸"[n])
    page = LogBrowserPage(space, people["supervisor"])
    qtbot.addWidget(page)
    page.model.page_size = 3
    page.model.reload()
    assert page.model.rowCount() == 3 and page.model.canFetchMore(page.model.index(-1, -1))
    page.model.fetchMore(page.model.index(-1, -1))
    page.model.fetchMore(page.model.index(-1, -1))
    assert page.model.rowCount() == 7 and not page.model.canFetchMore(page.model.index(-1, -1))


def test_opening_a_case_shows_its_timeline_with_audit_entries(qtbot, space, people, cases):
    cases.rejected()
    page = LogBrowserPage(space, people["supervisor"])
    qtbot.addWidget(page)
    page.open_timeline(0)
    dialog = page.findChild(TimelineDialog)
    assert dialog is not None
    kinds = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert "审计" in kinds and "首问登记" in kinds
    texts = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert any("不予受理" in text for text in texts)
    dialog.close()


def test_confirming_a_rejection_in_the_queue(qtbot, space, people, cases):
    case_id = cases.rejected()
    page = ReviewQueuePage(space, people["supervisor"])
    qtbot.addWidget(page)
    select_review(page, "rejection")
    assert page.confirm_button.isEnabled() and not page.uphold_button.isEnabled()
    page.comment.insertPlainText("依法不予受理")  # CJK text arrives through the input method
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.reviews == []
    choose(page.status_box, "confirmed")
    assert [r["comment"] for r in page.reviews] == ["依法不予受理"]
    assert IntakeService(space).case(case_id).status == "rejected"


def test_overturning_a_rejection_needs_a_comment_and_reopens_the_case(qtbot, space, people,
                                                                     cases, monkeypatch):
    case_id = cases.rejected()
    page = ReviewQueuePage(space, people["supervisor"])
    qtbot.addWidget(page)
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    select_review(page, "rejection")
    qtbot.mouseClick(page.overturn_button, Qt.MouseButton.LeftButton)
    assert warnings == ["请填写处理意见后再提交。"]
    assert IntakeService(space).case(case_id).status == "rejected"
    page.comment.insertPlainText("属于本机关职权，应当受理")
    qtbot.mouseClick(page.overturn_button, Qt.MouseButton.LeftButton)
    assert IntakeService(space).case(case_id).status == "open"
    # the applicant is told in writing that the refusal is revoked
    assert [d["doc_type"] for d in DocumentService(space).for_case(case_id)] == [
        "rejection_notice", "revocation_notice"]


def shown_and_active(qtbot, page) -> None:
    """Keys go to the focused widget, which exists only once the page is the active window."""
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)


def test_upholding_an_escalation_by_keys_names_its_lawful_ground(qtbot, space, people, cases,
                                                                 clock, monkeypatch):
    # GIVEN a refusal escalated on the day of receipt, reviewed nine days later
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "材料存疑")
    clock.set_day(dt.date(2026, 10, 9))
    page = ReviewQueuePage(space, people["supervisor"])
    shown_and_active(qtbot, page)
    select_review(page, "escalation")
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    keys = Keyboard(qtbot)
    page.comment.setFocus()
    type_text(qtbot, page.comment, "经核查，申请人提交的买卖合同系伪造")
    # WHEN the supervisor tries to uphold without a ground, they are asked for one
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.ground_box
    # (the law, article and office fields wait for a ground that needs them; the buttons
    # for rejections are off for an escalation)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.uphold_button
    keys.press(Qt.Key.Key_Space)
    assert warnings == ["请选择维持不予受理的法定理由。"]
    assert IntakeService(space).case(case_id).status == "escalated"
    # AND choosing 虚假材料 by arrow keys shows the rule the notice will cite for this item
    page.ground_box.setFocus()
    for _ in range(3):
        keys.press(Qt.Key.Key_Down)
    assert page.ground_box.currentData() == "false_materials"
    assert page.ground_basis.text() == "《不动产登记暂行条例》第十七条"
    assert not page.ground_law.isEnabled() and not page.competent_office.isEnabled()
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.uphold_button
    keys.press(Qt.Key.Key_Space)
    # THEN the refusal stands with a notice on that ground, dated from the receipt
    assert IntakeService(space).case(case_id).status == "rejected"
    document = DocumentService(space).for_case(case_id)[-1]  # after the escalation receipt
    body = json.loads(document["body"])
    assert body["ground"]["ground"] == "false_materials"
    assert body["received_on"] == "2026-09-30" and body["header"]["issued_on"] == "2026-10-09"
    assert page.ground_box.currentIndex() == 0 and page.comment.toPlainText() == ""


def test_another_ground_takes_the_law_and_article_typed_in(qtbot, space, people, cases):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "房屋已被查封")
    page = ReviewQueuePage(space, people["supervisor"])
    shown_and_active(qtbot, page)
    select_review(page, "escalation")
    keys = Keyboard(qtbot)
    page.comment.setFocus()
    type_text(qtbot, page.comment, "该房屋已被人民法院依法查封")
    keys.press(Qt.Key.Key_Tab)
    for _ in range(4):
        keys.press(Qt.Key.Key_Down)
    assert page.ground_box.currentData() == "other"
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.ground_law
    type_text(qtbot, page.ground_law, "不动产登记暂行条例")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.ground_article
    type_text(qtbot, page.ground_article, "第二十二条第（二）项")
    assert page.ground_basis.text() == "《不动产登记暂行条例》第二十二条第（二）项"
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.uphold_button
    keys.press(Qt.Key.Key_Space)
    body = json.loads(DocumentService(space).for_case(case_id)[-1]["body"])
    assert body["ground"] == {"ground": "other", "law": "《不动产登记暂行条例》",
                              "article": "第二十二条第（二）项", "competent_office": ""}


def test_deciding_an_escalation_in_the_queue(qtbot, space, people, cases):
    upheld, ordered = cases.register("甲"), cases.register("乙")
    for case_id in (upheld, ordered):
        CaseworkService(space).escalate(people["clerk"], case_id, "材料存疑")
    page = ReviewQueuePage(space, people["supervisor"])
    qtbot.addWidget(page)
    review = select_review(page, "escalation")
    assert page.uphold_button.isEnabled() and not page.confirm_button.isEnabled()
    page.comment.insertPlainText("经核查材料系伪造")  # CJK text arrives through the input method
    choose(page.ground_box, "false_materials")
    qtbot.mouseClick(page.uphold_button, Qt.MouseButton.LeftButton)
    # THEN the 不予受理通知书 the applicant is owed opens at once, to be printed
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(),
                    timeout=3000)
    assert page.preview.row["doc_type"] == "rejection_notice"
    assert page.preview.row["case_id"] == review["case_id"]
    page.preview.close()
    shown = page.preview
    select_review(page, "escalation")
    page.comment.insertPlainText("窗口无否决权")  # CJK text arrives through the input method
    qtbot.mouseClick(page.order_button, Qt.MouseButton.LeftButton)
    assert page.preview is shown  # ordering acceptance issues no paper
    statuses = {case_id: IntakeService(space).case(case_id).status
                for case_id in (upheld, ordered)}
    first = review["case_id"]
    second = ordered if first == upheld else upheld
    assert statuses[first] == "rejected" and statuses[second] == "open"


def test_the_statistics_page_shows_rates_and_exports_every_figure(qtbot, space, people, cases,
                                                                  tmp_path, monkeypatch):
    cases.accepted()
    cases.rejected()
    page = StatisticsPage(space, people["supervisor"])
    qtbot.addWidget(page)
    assert "50.0%" in page.rate_labels["first_pass_rate"].text()
    assert page.charts["outcomes"].chart().series()[0].count() == 2
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory",
                        lambda *args: str(tmp_path))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *args: None)
    qtbot.mouseClick(page.export_figures_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "rates.csv").is_file() and (tmp_path / "volume_by_day.csv").is_file()
    qtbot.mouseClick(page.export_batch_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*-batch-000001/manifest.json"))


def test_the_desk_offers_three_pages_to_a_supervisor(qtbot, space, people):
    pages = build_pages(space, people["supervisor"])
    for _, page in pages:
        qtbot.addWidget(page)
    assert [title for title, _ in pages] == ["督查队列", "案件日志", "统计分析"]
