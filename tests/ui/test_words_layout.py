"""Issue #16, words and layout: punctuation that follows the language, a refusal's status that
follows its review, timeline rows that say only what was known then, "Accounts & windows"
shown whole, a log-in title with room, a search that says it found nothing, question labels
that wrap."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from counterdesk.services.casework import CaseworkService, TimelineEntry
from counterdesk.services.review import ReviewService
from counterdesk.ui import timeline_words, words
from tests.supervisor.conftest import CaseMaker
from tests.ui.desk import Keyboard

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
FULL_WIDTH = set("，：；（）")


def english_words() -> dict[str, str]:
    """Every english_<topic>.py dict, as `make translations` fills them in."""
    found: dict[str, str] = {}
    sys.path.insert(0, str(I18N))
    try:
        for path in sorted(I18N.glob("english_*.py")):
            spec = importlib.util.spec_from_file_location(path.stem, path)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            for name in ("DESK", "OFFICE", "ENGLISH"):
                found.update(getattr(module, name, {}))
    finally:
        sys.path.remove(str(I18N))
    return found


class EnglishTranslator(QTranslator):
    """The English of the source dicts, without compiling a .qm."""

    def __init__(self) -> None:
        super().__init__()
        self.english = english_words()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ARG002
        return self.english.get(source, source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def english(qtbot):
    app = QApplication.instance()
    translator = EnglishTranslator()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


@pytest.fixture
def cases(space, people) -> CaseMaker:
    return CaseMaker(space, people["clerk"])


# -- punctuation follows the language ---------------------------------------------------------

def test_given_english_when_a_timeline_is_worded_then_no_full_width_punctuation_is_left(
        english):
    entries = [
        TimelineEntry("2026-09-30T09:30:00+08:00", "audit", {
            "seq": 7, "action": "decide", "actor": "Zhang Min", "outcome": "reject",
            "reason": "out_of_jurisdiction", "id_warning": "checksum,other_name"}),
        TimelineEntry("2026-09-30T09:31:00+08:00", "decision", {
            "outcome": "reject", "reason": "out_of_jurisdiction", "problems": 2,
            "notice_due": "2026-10-09"}),
    ]
    for entry in entries:
        text = timeline_words.describe(entry)
        assert not FULL_WIDTH & set(text), text
    assert ", " in timeline_words.describe(entries[0])


def test_given_chinese_then_the_timeline_keeps_full_width_punctuation():
    text = timeline_words.details({"note": "需现场核验", "result": "已发证"})
    assert text == "备注：需现场核验，办理结果：已发证"


# -- a refusal's status follows its review ----------------------------------------------------

def test_given_a_refusal_then_its_status_says_where_the_review_stands():
    assert words.case_status("rejected", "open") == "不予受理（待督查复核）"
    assert words.case_status("rejected", "confirmed") == "不予受理（督查已确认）"
    assert words.case_status("rejected", None) == "不予受理"
    assert words.case_status("accepted", None) == words.status("accepted")


def test_given_a_supervisor_confirms_a_rejection_when_the_log_shows_it_then_it_says_confirmed(
        qtbot, space, people, cases):
    from counterdesk.ui.supervisor.log_page import LogBrowserPage

    cases.rejected()
    page = LogBrowserPage(space, people["supervisor"])
    qtbot.addWidget(page)
    status_column = 6
    assert page.model.index(0, status_column).data() == "不予受理（待督查复核）"

    review = ReviewService(space).queue(people["supervisor"], kind="rejection")[0]
    ReviewService(space).confirm(people["supervisor"], str(review["id"]), "理由成立")
    page.refresh()
    assert page.model.index(0, status_column).data() == "不予受理（督查已确认）"


# -- a timeline row says only what was known at its time --------------------------------------

def test_given_a_review_decided_later_then_its_opening_row_does_not_show_the_verdict(
        space, people, cases, clock):
    case_id = cases.rejected()
    clock.advance(hours=2)
    review = ReviewService(space).queue(people["supervisor"], kind="rejection")[0]
    ReviewService(space).confirm(people["supervisor"], str(review["id"]), "理由成立")

    entries = [e for e in CaseworkService(space).timeline(case_id) if e.kind == "review"]
    # the opening row, then the verdict recorded when it was given
    assert [(e.summary["status"], e.summary.get("comment")) for e in entries] == [
        ("open", None), ("confirmed", "理由成立")]
    assert entries[0].at < entries[1].at
    assert "督查结论：待处理" in timeline_words.describe(entries[0])
    assert "督查结论：已确认" in timeline_words.describe(entries[1])
    every = CaseworkService(space).timeline(case_id)
    assert [e.at for e in every] == sorted(e.at for e in every)


# -- "Accounts & windows" ----------------------------------------------------------------------

def test_given_english_then_the_accounts_tab_shows_its_ampersand(qtbot, space, people,
                                                                 english):
    from counterdesk.ui.admin.accounts_page import AccountsPage
    from counterdesk.ui.main_window import MainWindow

    window = MainWindow(space, people["admin"])
    qtbot.addWidget(window)
    try:
        index = next(i for i in range(window.tabs.count())
                     if isinstance(window.tabs.widget(i), AccountsPage))
        # "&&" is how a tab shows one "&" (a single one marks a mnemonic: "Accounts _windows")
        assert window.tabs.tabText(index) == "Accounts && windows"
    finally:
        window.idle_lock.stop()


# -- the log-in title --------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_log_in_dialog_is_wide_enough_for_its_whole_title(qtbot, space, people, language,
                                                              request):
    from counterdesk.services.accounts import AccountService
    from counterdesk.ui.login_dialog import TITLE_BAR_ROOM, LoginDialog

    if language == "en":
        request.getfixturevalue("english")
    dialog = LoginDialog(AccountService(space))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title + TITLE_BAR_ROOM
    assert dialog.title.width() >= dialog.title.sizeHint().width()


# -- a search that finds nothing says so ------------------------------------------------------

def test_given_a_pinyin_search_without_a_match_then_a_line_says_nothing_was_found(
        qtbot, window):
    search = window.intake.registration.search
    search.query.setFocus()
    Keyboard(qtbot).type("zzqxw")
    assert search.results.count() == 0
    assert search.no_match.isVisible()
    assert search.no_match.text().startswith("没有找到与“zzqxw”相符的事项")
    for _ in range(5):
        Keyboard(qtbot).press(Qt.Key.Key_Backspace)
    assert not search.no_match.isVisible() and search.results.count() > 0


# -- long question labels wrap ----------------------------------------------------------------

def test_long_question_labels_on_the_checklist_wrap_whole_at_1366_by_768(qtbot, window):
    from tests.ui.desk import register_person_for_house

    register_person_for_house(qtbot, window)
    checklist = window.intake.checklist
    qtbot.waitUntil(checklist.isVisible, timeout=2000)
    QCoreApplication.processEvents()
    form = checklist.questions_form
    assert form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
              for row in range(form.rowCount())]
    assert labels
    for label in labels:
        assert isinstance(label, QLabel) and label.wordWrap()
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    # the licence's questions cite the law: the longest texts on the page
    checklist.item = None
    checklist.show_preliminary_questions()
    qtbot.waitUntil(lambda: all(
        box.height() >= box.heightForWidth(box.width())
        for box in (checklist.permit_required, checklist.in_jurisdiction)), timeout=2000)
    longest = checklist.permit_required
    # it did need to wrap: the text is wider than its column, and takes two lines
    assert longest.fontMetrics().horizontalAdvance(longest.text()) > longest.words.width()
    assert longest.words.height() >= longest.fontMetrics().height() * 2
    for box in (checklist.permit_required, checklist.in_jurisdiction):
        assert "第三十二条" in box.text()
        assert box.words.height() >= box.words.heightForWidth(box.words.width())
        assert box.geometry().right() <= checklist.preliminary_box.contentsRect().right()


def test_a_wrapping_check_box_ticks_on_a_click_on_its_words(qtbot):
    from PySide6.QtCore import QPoint

    from counterdesk.ui.wrapping import WrappingCheckBox

    box = WrappingCheckBox("申请事项依法需要取得行政许可（行政许可法第三十二条第一款第（一）项）")
    qtbot.addWidget(box)
    box.resize(200, box.heightForWidth(200))
    box.show()
    qtbot.waitExposed(box)
    assert box.height() > box.fontMetrics().height() * 2  # three lines or more
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(150, box.height() - 4))
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()


def test_the_desk_fits_a_1366_by_768_screen_on_every_page(qtbot, window):
    # The wrapped preliminary questions never ask for more height than the screen has.
    for page in (window.intake.registration, window.intake.checklist, window.intake.done):
        window.intake.setCurrentWidget(page)
        assert window.minimumSizeHint().height() <= 768
        assert window.minimumSizeHint().width() <= 1366
