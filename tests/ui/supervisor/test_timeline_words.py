"""A case's whole timeline reads in Chinese: no stored code reaches the supervisor's screen."""

from __future__ import annotations

import re

import pytest

from counterdesk.domain.cases import Rating
from counterdesk.services.casework import CaseworkService, TimelineEntry
from counterdesk.services.documents import DocumentService
from counterdesk.services.review import ReviewService
from counterdesk.ui import timeline_words
from counterdesk.ui.supervisor.log_page import LogBrowserPage, TimelineDialog
from tests.supervisor.conftest import CaseMaker

# A stored code: register, set_item, bad_rating, to_window — lower-case ASCII words.
CODE_WORD = re.compile(r"[a-z]+(?:_[a-z0-9]+)*")


@pytest.fixture
def cases(space, people) -> CaseMaker:
    return CaseMaker(space, people["clerk"])


def timeline_texts(qtbot, space, supervisor) -> list[str]:
    page = LogBrowserPage(space, supervisor)
    qtbot.addWidget(page)
    page.open_timeline(0)
    dialog = page.findChild(TimelineDialog)
    assert dialog is not None
    texts = [dialog.table.item(row, column).text()
             for row in range(dialog.table.rowCount()) for column in (1, 2)]
    dialog.close()
    return texts


def test_a_case_through_every_step_has_a_timeline_without_a_code_word(qtbot, space, people,
                                                                      cases, tmp_path):
    # GIVEN a case registered, accepted, printed, referred, completed, rated badly and reviewed
    clerk, supervisor = people["clerk"], people["supervisor"]
    case_id = cases.accepted()
    documents = DocumentService(space)
    receipt = str(documents.for_case(case_id)[0]["id"])
    documents.render(clerk, receipt, tmp_path / "receipt.pdf")
    documents.render(clerk, receipt, tmp_path / "again.pdf")
    work = CaseworkService(space)
    work.refer(clerk, case_id, "W02", "不动产登记中心", "需现场核验")
    work.complete(clerk, case_id, "已发证")
    work.rate(clerk, case_id, Rating.VERY_DISSATISFIED, "等待太久")
    review = ReviewService(space).queue(supervisor)[0]
    ReviewService(space).confirm(supervisor, str(review["id"]), "已回访")
    # WHEN the supervisor opens its timeline
    texts = timeline_texts(qtbot, space, supervisor)
    # THEN every step is there in words, and no code word is left
    joined = "\n".join(texts)
    for words in ("首问登记", "作出受理决定", "转至窗口：W02",
                  "转至部门：不动产登记中心", "办理结果：已发证", "评价：非常不满意",
                  "督查类型：差评", "督查结论：已确认", "督查确认"):
        assert words in joined, joined
    assert "受理通知书" in joined and "打印 2 次" in joined
    assert "打印文书（张敏）" in joined and "补打文书（张敏）" in joined
    # (where a print went, a printer or a file, is shown as the system names it: the file
    # names here are not code words)
    shown = [re.sub(r"打印到：\S+", "打印到：…", text) for text in texts]
    assert [text for text in shown if CODE_WORD.search(text)] == []


def test_an_unknown_action_and_detail_read_as_neutral_words():
    entry = TimelineEntry("2026-10-08T09:00:00+08:00", "audit", {
        "seq": 7, "action": "archive_move", "actor": "李强", "shelf_code": "cold_store"})
    text = timeline_words.describe(entry)
    assert text == "第 7 条 其他操作（李强）：其他信息：（未说明）"
    assert timeline_words.entry_kind("future_step") == "其他记录"


def test_typed_text_is_shown_as_typed_even_in_latin_letters():
    entry = TimelineEntry("2026-10-08T09:00:00+08:00", "escalation", {"reason": "fake seal"})
    assert timeline_words.describe(entry) == "理由：fake seal"
