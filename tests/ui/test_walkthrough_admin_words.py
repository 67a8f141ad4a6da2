"""Words and layouts after the walk-through: agent relations and item kinds in the interface
language (stored Chinese), the guide editor's title for a new item, the F7 dialog's fields
and the supervisor's timeline showing long entries in full."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from counterdesk.domain.agents import RELATIONS
from counterdesk.domain.catalog import ItemKind
from counterdesk.domain.completion import ResultKind
from counterdesk.services import paths
from counterdesk.services.casework import TimelineEntry
from counterdesk.services.completion import CompletionService
from counterdesk.ui import timeline_words, words
from counterdesk.ui.admin.guide_editor_page import GuideEditorPage
from counterdesk.ui.completion_form import CompletionDialog
from counterdesk.ui.supervisor.timeline_dialog import TimelineDialog

LONG_COMMENT = ("经核实，申请人已在济宁市任城区领取失业保险金，按《失业保险条例》第十七条"
                "不得重复领取，维持窗口不予受理的意见，并已电话告知申请人可向任城区申请。")


@pytest.fixture
def english(qapp):
    translator = QTranslator()
    assert translator.load(str(paths.resources_dir() / "i18n" / "counterdesk_en.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_offered_relation_has_a_label_and_chinese_labels_are_the_values():
    assert list(words.agent_relations()) == list(RELATIONS)
    assert [words.agent_relation(value) for value in RELATIONS] == list(RELATIONS)


def test_english_relation_labels_are_stored_as_the_chinese_relation(english):
    labels = [words.agent_relation(value) for value in RELATIONS]
    assert labels == ["Relative", "Authorised person", "Statutory agent (guardian)",
                      "Staff member acting for the organisation"]
    assert [words.agent_relation_stored(label) for label in labels] == list(RELATIONS)
    # A relation the clerk typed is kept as typed.
    assert words.agent_relation_stored("表姐") == "表姐"


def test_the_timeline_words_an_offered_relation_and_keeps_a_typed_one(english):
    assert timeline_words.detail_value("agent_relation", "法定代理人") == (
        "Statutory agent (guardian)")
    assert timeline_words.detail_value("agent_relation", "friend") == "friend"


def test_item_kinds_are_worded_in_the_interface_language(english):
    assert [words.item_kind(kind.value) for kind in ItemKind] == ["Immediate", "Promised"]


def test_a_new_guide_is_titled_with_one_pair_of_brackets(qtbot, space, people):
    page = GuideEditorPage(space, people["admin"])
    qtbot.addWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "未命名（新事项）· 2026-09-30版"


def test_the_f7_dialog_shows_each_hint_in_full(qtbot, space, people, monkeypatch):
    monkeypatch.setattr(CompletionService, "results_for",
                        lambda self, case_id: (ResultKind.DONE, ResultKind.GRANTED))
    dialog = CompletionDialog(space, people["clerk"], "1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit in (dialog.form.doc_no, dialog.form.note):
        # The walk-through showed "办理结果说明，如…": the hint needs its width plus margins.
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert edit.width() > needed + edit.fontMetrics().horizontalAdvance("中")


def entries() -> list[TimelineEntry]:
    return [TimelineEntry("2026-09-30T09:00:00", "register",
                          {"tracking_no": "W01-20260930-0001", "purpose": "apply",
                           "channel": "onsite"}),
            TimelineEntry("2026-09-30T09:05:00", "review",
                          {"kind": "escalation", "status": "confirmed",
                           "comment": LONG_COMMENT})]


def test_a_long_timeline_entry_wraps_and_its_tooltip_holds_the_whole_text(qtbot):
    dialog = TimelineDialog("W01-20260930-0001", entries())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    table = dialog.table
    cell = table.item(1, 2)
    assert LONG_COMMENT in cell.text() and cell.toolTip() == cell.text()
    wide = table.rowHeight(1)
    # WHEN the supervisor narrows the dialog, the long entry takes more lines
    dialog.resize(560, 520)
    QApplication.processEvents()
    assert table.rowHeight(1) > wide
    # AND every row is as tall as its wrapped text needs, so none ends in "…"
    assert all(table.rowHeight(row) >= table.sizeHintForRow(row)
               for row in range(table.rowCount()))
    assert table.rowHeight(0) < table.rowHeight(1)
