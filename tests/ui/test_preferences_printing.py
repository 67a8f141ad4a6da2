"""Issue #16 (sessions, printing): preferences per account (language, preview size, default
printers), Ctrl+P straight to the default printer of the document's paper, Ctrl+Shift+P the
print dialog, Qt's own dialogs in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from counterdesk.services.preferences import Preferences, PreferencesService
from counterdesk.ui import printers
from tests.ui.conftest import rows
from tests.ui.desk import Keyboard, close_preview, register_person_for_house

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# -- which printer a document goes to ---------------------------------------------------------

CHOSEN = Preferences(printer_a4="HP LaserJet", printer_slip="XP-80C")


def test_given_both_printers_chosen_then_each_paper_goes_to_its_own_printer():
    attached = ["HP LaserJet", "XP-80C"]
    assert printers.printer_for(printers.A4, CHOSEN, attached) == "HP LaserJet"
    assert printers.printer_for(printers.SLIP, CHOSEN, attached) == "XP-80C"


def test_given_no_printer_chosen_or_the_chosen_one_unplugged_then_printing_asks():
    assert printers.printer_for(printers.A4, Preferences(), ["HP LaserJet"]) is None
    assert printers.printer_for(printers.SLIP, CHOSEN, ["HP LaserJet"]) is None


def test_given_a_slip_printer_then_only_the_receipt_opens_on_slip_paper():
    assert printers.default_paper("acceptance_receipt", CHOSEN) == printers.SLIP
    assert printers.default_paper("supplement_notice", CHOSEN) == printers.A4
    assert printers.default_paper("acceptance_receipt", Preferences()) == printers.A4


def test_given_a_1366_by_768_screen_then_the_preview_opens_wide_enough_to_read_a_page():
    from counterdesk.ui.document_preview_dialog import READABLE_PAGE_WIDTH, opening_size

    size = opening_size(QSize(1366, 728), 16)
    assert size.width() >= READABLE_PAGE_WIDTH + 16 * 2  # the page and a scroll bar
    assert size.width() <= 1366 and 600 <= size.height() <= 728


# -- Ctrl+P and Ctrl+Shift+P in the preview -----------------------------------------------------

@pytest.fixture
def pdf_printers(monkeypatch, tmp_path: Path) -> list[tuple[str, Path]]:
    """Printers 'attached' to this PC write PDF files: (printer asked for, file)."""
    sent: list[tuple[str, Path]] = []

    def make_printer(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        out = tmp_path / f"direct-{len(sent) + 1}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        sent.append((name, out))
        return printer

    monkeypatch.setattr(printers, "available_printers", lambda: ["HP LaserJet", "XP-80C"])
    monkeypatch.setattr(printers, "make_printer", make_printer)
    return sent


@pytest.fixture
def dialogs_opened(monkeypatch) -> list[str]:
    """The print dialog: each opening is recorded, and cancelled."""
    from counterdesk.ui import document_preview_dialog

    opened: list[str] = []

    class CancellingPrintDialog:
        def __init__(self, printer, _parent):
            opened.append(printer.printerName())

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(document_preview_dialog, "QPrintDialog", CancellingPrintDialog)
    return opened


def open_preview(qtbot, window):
    register_person_for_house(qtbot, window)
    qtbot.keyClick(window.intake.checklist, Qt.Key.Key_F2)
    qtbot.keyClick(window.intake.checklist.table, Qt.Key.Key_Return, CTRL)
    preview = window.intake.preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview, timeout=2000)
    return preview


def test_given_a_default_a4_printer_when_ctrl_p_then_it_prints_there_without_a_dialog(
        qtbot, window, space, people, pdf_printers, dialogs_opened):
    PreferencesService(space).save(people["clerk"], Preferences(printer_a4="HP LaserJet"))
    preview = open_preview(qtbot, window)
    assert preview.paper == printers.A4
    with qtbot.waitSignal(preview.print_finished, timeout=10_000):
        qtbot.keyClick(preview, Qt.Key.Key_P, CTRL)

    assert dialogs_opened == []
    assert [name for name, _ in pdf_printers] == ["HP LaserJet"]
    assert pdf_printers[0][1].read_bytes().startswith(b"%PDF")
    assert rows(space, "SELECT target FROM document_prints") == [{"target": "HP LaserJet"}]


def test_given_a_slip_printer_when_ctrl_p_on_the_receipt_then_the_slip_printer_prints_it(
        qtbot, window, space, people, pdf_printers, dialogs_opened):
    PreferencesService(space).save(people["clerk"], CHOSEN)
    preview = open_preview(qtbot, window)
    assert preview.paper == printers.SLIP
    with qtbot.waitSignal(preview.print_finished, timeout=10_000):
        qtbot.keyClick(preview, Qt.Key.Key_P, CTRL)
    assert [name for name, _ in pdf_printers] == ["XP-80C"]
    assert dialogs_opened == []


def test_given_no_default_printer_when_ctrl_p_then_the_print_dialog_asks(
        qtbot, window, space, pdf_printers, dialogs_opened):
    preview = open_preview(qtbot, window)
    qtbot.keyClick(preview, Qt.Key.Key_P, CTRL)
    assert len(dialogs_opened) == 1
    assert pdf_printers == []
    assert rows(space, "SELECT * FROM document_prints") == []


def test_given_a_default_printer_when_ctrl_shift_p_then_the_dialog_opens_with_it_chosen(
        qtbot, window, space, people, pdf_printers, dialogs_opened, monkeypatch):
    from counterdesk.ui import document_preview_dialog

    # The real QPrinter only takes names the system lists; the offscreen PC lists none.
    monkeypatch.setattr(document_preview_dialog, "QPrinter", NamedPrinter)
    PreferencesService(space).save(people["clerk"], Preferences(printer_a4="HP LaserJet"))
    preview = open_preview(qtbot, window)
    qtbot.keyClick(preview, Qt.Key.Key_P, CTRL_SHIFT)
    assert dialogs_opened == ["HP LaserJet"]
    assert pdf_printers == []


class NamedPrinter(QPrinter):
    def __init__(self, mode):
        super().__init__(mode)
        self.name = ""

    def setPrinterName(self, name: str) -> None:  # noqa: N802 - Qt's name
        self.name = name

    def printerName(self) -> str:  # noqa: N802
        return self.name


def test_the_page_fills_the_previews_width_and_follows_it(qtbot, window):
    preview = open_preview(qtbot, window)

    def page_width() -> int:
        return preview.pages.itemAt(0).widget().pixmap().width()

    room = preview.scroll.viewport().width()
    assert room * 0.8 <= page_width() <= room  # the whole width of the page, readable
    preview.resize(preview.width() - 200, preview.height())
    qtbot.waitUntil(lambda: page_width() <= preview.scroll.viewport().width(), timeout=2000)
    close_preview(qtbot, window)


def test_given_a_resized_preview_then_the_same_clerk_gets_that_size_and_no_one_else(
        qtbot, window, space, people):
    preview = open_preview(qtbot, window)
    preview.resize(900, 640)
    close_preview(qtbot, window)
    assert PreferencesService(space).load(people["clerk"]).preview_size == (900, 640)
    assert PreferencesService(space).load(people["supervisor"]).preview_size is None

    window.intake.show_document(window.intake.document_id)
    assert window.intake.preview.size().toTuple() == (900, 640)
    close_preview(qtbot, window)


# -- the settings page ----------------------------------------------------------------------

def test_given_no_printer_on_this_pc_then_settings_say_so_and_still_save_the_language(
        qtbot, window, space, people, monkeypatch):
    from counterdesk.ui.settings_page import chosen_language

    monkeypatch.setattr(printers, "available_printers", lambda: [])
    page = window.settings_page
    page.available = []
    page.retranslate_ui()
    window.tabs.setCurrentWidget(page)
    assert not page.no_printer.isHidden()
    assert "未找到打印机" in page.no_printer.text()
    page.language.setFocus()
    Keyboard(qtbot).press(Qt.Key.Key_Down)
    assert page.language.currentData() == "en"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert "下次登录" in page.status.text()
    assert PreferencesService(space).load(people["clerk"]).language == "en"
    assert PreferencesService(space).load(people["supervisor"]).language == "zh_CN"
    assert chosen_language(space.home) == "zh_CN"  # the PC's log-in screen is unchanged


def test_given_attached_printers_when_chosen_in_settings_then_they_are_the_accounts(
        qtbot, window, space, people, monkeypatch):
    monkeypatch.setattr(printers, "available_printers", lambda: ["HP LaserJet", "XP-80C"])
    page = window.settings_page
    page.available = printers.available_printers()
    page.retranslate_ui()
    assert page.no_printer.isHidden()
    page.printer_a4.setCurrentIndex(page.printer_a4.findData("HP LaserJet"))
    page.printer_slip.setCurrentIndex(page.printer_slip.findData("XP-80C"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert PreferencesService(space).load(people["clerk"]) == Preferences(
        printer_a4="HP LaserJet", printer_slip="XP-80C")
    assert page.status.text() == "已保存，立即生效。"


# -- the language at log-in -------------------------------------------------------------------

def test_given_a_clerk_who_chose_english_when_signed_in_then_the_desk_speaks_english(
        qtbot, space, people):
    from counterdesk.app import DeskSession, install_translation
    from counterdesk.ui.settings_page import chosen_language

    PreferencesService(space).save(people["clerk"], Preferences(language="en"))
    session = DeskSession(space)
    app = QApplication.instance()
    try:
        session.open(people["clerk"])
        window = session.window
        assert window.tabs.tabText(window.tabs.indexOf(window.my_cases)).startswith("My cases")
        assert chosen_language(space.home) == "en"  # the next log-in screen too
    finally:
        if session.window is not None:
            session.window.close()
        install_translation(app, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "我的案件 (Ctrl+2)") == "我的案件 (Ctrl+2)"


def test_given_chinese_then_qts_file_dialog_says_look_in_in_chinese(qtbot):
    from counterdesk.app import install_translation

    install_translation(QApplication.instance(), "zh_CN")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    # The labels the dialog of this Qt really shows (Qt 6.12 added accelerators to them)
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "另存为PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    # an accelerator letter in brackets is all the Latin left
    import re

    latin = [text for text in labels if re.search("[A-Za-z]", re.sub(r"\(&\w\)", "", text))]
    assert latin == []
