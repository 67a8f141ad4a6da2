"""The English translation is complete, compiles, and leaves no Chinese on the main screens."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from counterdesk.services import paths
from counterdesk.ui.main_window import MainWindow

I18N = paths.resources_dir() / "i18n"
CHINESE = re.compile(r"[\u3400-\u9fff\uff08\uff09\uff0c\u3001\u3002\uff1a]")


@pytest.fixture
def english(qapp):
    translator = QTranslator()
    assert translator.load(str(I18N / "counterdesk_en.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_source_text_has_a_finished_english_translation():
    messages = ET.parse(I18N / "counterdesk_en.ts").getroot().iter("message")
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_the_compiled_translation_answers_in_english(english):
    assert QApplication.translate("MainWindow", "设置") == "Settings"
    assert QApplication.translate("Startup", "程序已在运行") == "CounterDesk is already running"


def form_labels(form: QFormLayout) -> list[str]:
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(item.widget().text())
    return labels


def test_the_english_main_window_has_no_chinese_in_tabs_or_registration_labels(
        qtbot, english, space, people):
    window = MainWindow(space, people["admin"])
    qtbot.addWidget(window)
    window.idle_lock.stop()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Registration (Ctrl+1)" in tabs and "Office settings" in tabs
    page = window.intake.registration
    texts = [*tabs, page.heading.text(), page.visit_box.title(), page.applicant_box.title(),
             page.item_box.title(), page.register_button.text(), page.hint.text(),
             *form_labels(page.visit_form), *form_labels(page.applicant_form),
             *(page.purpose.itemText(i) for i in range(page.purpose.count())),
             *(page.channel.itemText(i) for i in range(page.channel.count()))]
    assert [text for text in texts if CHINESE.search(text)] == []
