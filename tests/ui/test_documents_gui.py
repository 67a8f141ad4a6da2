"""Printing, saving and refusals at the document step: prints are logged, a second print is a
reprint, a rejection without remedies or a full disk loses nothing the clerk typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.ui.conftest import confirm_yes, rows, when_modal
from tests.ui.desk import Keyboard, register_person_for_house, tick, type_person, type_text

PENSION_FUND_QUERY = "zfgjjtq"  # 住房公积金提取: its guide names no court


def press_ok(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Ok).click()


@pytest.fixture
def preview(qtbot, window):
    """An accepted case whose receipt is on screen in the preview."""
    register_person_for_house(qtbot, window)
    qtbot.keyClick(window.intake.checklist, Qt.Key.Key_F2)
    qtbot.keyClick(window.intake.checklist.table, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = window.intake.preview
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.fixture
def fake_printer(monkeypatch, tmp_path: Path) -> list[Path]:
    """The print dialog is accepted at once; the 'printer' writes PDF files to tmp_path."""
    from counterdesk.ui import document_preview_dialog

    outputs: list[Path] = []

    class PdfPrinter(QPrinter):
        def __init__(self, _mode):
            super().__init__(QPrinter.PrinterMode.ScreenResolution)
            out = tmp_path / f"printed-{len(outputs) + 1}.pdf"
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(out))
            outputs.append(out)

    class AcceptingPrintDialog:
        def __init__(self, printer, parent):
            self.printer = printer

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(document_preview_dialog, "QPrinter", PdfPrinter)
    monkeypatch.setattr(document_preview_dialog, "QPrintDialog", AcceptingPrintDialog)
    return outputs


def test_a_print_is_logged_and_the_second_print_is_a_reprint(qtbot, preview, space,
                                                            fake_printer):
    assert rows(space, "SELECT * FROM document_prints") == []  # a preview is not a print
    with qtbot.waitSignal(preview.print_finished, timeout=10_000):
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert preview.status.text() == "已送打印机。"
    assert fake_printer[0].stat().st_size > 0
    with qtbot.waitSignal(preview.print_finished, timeout=10_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)

    prints = rows(space, "SELECT reprint, target FROM document_prints ORDER BY printed_at,"
                         " reprint")
    assert [p["reprint"] for p in prints] == [0, 1]
    assert prints[0]["target"] == str(fake_printer[0])
    assert [a["action"] for a in rows(space, "SELECT action FROM audit_log WHERE action"
                                             " IN ('print', 'reprint') ORDER BY seq")] == [
        "print", "reprint"]


def test_a_cancelled_print_dialog_logs_nothing(qtbot, preview, space, monkeypatch):
    from counterdesk.ui import document_preview_dialog

    class CancellingPrintDialog:
        def __init__(self, printer, parent):
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(document_preview_dialog, "QPrintDialog", CancellingPrintDialog)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert rows(space, "SELECT * FROM document_prints") == []


def test_save_as_pdf_writes_the_chosen_file_and_logs_it(qtbot, preview, space, monkeypatch,
                                                        tmp_path):
    from counterdesk.ui import document_preview_dialog

    chosen = tmp_path / "受理通知书.pdf"
    monkeypatch.setattr(document_preview_dialog.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(chosen), "PDF (*.pdf)")))
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert chosen.read_bytes().startswith(b"%PDF")
    assert rows(space, "SELECT reprint, target FROM document_prints") == [
        {"reprint": 0, "target": str(chosen)}]
    assert preview.status.text() == f"已保存：{chosen}"


def choose_item(qtbot, query: str) -> None:
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F3)
    keys.type(query)
    keys.press(Qt.Key.Key_Return)


def test_a_rejection_for_an_item_without_a_court_names_the_field_and_logs_nothing(
        qtbot, window, space):
    from tests.services.test_intake import _as_confirmation

    # Re-filed as a 行政确认, 住房公积金提取 must name a court its guide does not have.
    _as_confirmation(space, "37082600GJ-TQ-0001")
    type_person(qtbot, window)
    choose_item(qtbot, PENSION_FUND_QUERY)
    Keyboard(qtbot).press(Qt.Key.Key_Return)
    checklist = window.intake.checklist
    assert checklist.item is not None and checklist.item.code == "37082600GJ-TQ-0001"
    tick(qtbot, checklist.in_jurisdiction)
    type_text(qtbot, checklist.competent_office, "济宁市住房公积金管理中心")

    later: list[list[str]] = []

    def confirm_then_read(box) -> None:  # the refusal is confirmed, then refused for the court
        later.append(when_modal(qtbot, press_ok))
        confirm_yes(box)

    when_modal(qtbot, confirm_then_read)
    qtbot.mouseClick(checklist.panel.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(later and later[0]), timeout=3000)
    seen = later[0]

    assert "人民法院" in seen[0] and "court" in seen[0] and "37082600GJ-TQ-0001" in seen[0]
    assert rows(space, "SELECT * FROM decisions") == []
    assert rows(space, "SELECT * FROM documents") == []
    assert rows(space, "SELECT status FROM cases") == [{"status": "open"}]
    assert window.intake.currentWidget() is checklist
    assert checklist.competent_office.text() == "济宁市住房公积金管理中心"


def test_a_full_disk_refuses_the_registration_and_the_form_keeps_its_content(qtbot, window,
                                                                           space):
    type_person(qtbot, window, name="周涛")
    choose_item(qtbot, PENSION_FUND_QUERY)
    conn = space.db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    page = window.intake.registration
    page.queue_ticket.setText("A" * 50_000)  # the case row needs pages the disk lacks

    seen = when_modal(qtbot, press_ok)
    qtbot.keyClick(page.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    conn.execute("PRAGMA max_page_count = 1073741823")

    assert "磁盘空间已满" in seen[0] and "没有丢失" in seen[0]
    assert rows(space, "SELECT * FROM cases") == []
    assert window.intake.currentWidget() is page
    assert page.name.text() == "周涛" and page.id_number.text() == "11010519491231002X"


def test_a_preview_leaves_no_pdf_with_the_full_id_number_in_the_data_folder(preview, space):
    # GIVEN a document shown in the preview (its archive copy carries the full ID number)
    assert preview.isVisible() and preview.images
    # THEN no preview file is left behind for a purge to miss, nor any from before
    (space.home / "documents" / "preview-old.pdf").write_bytes(b"%PDF-1.4 old")
    preview.paper_choice.setCurrentIndex(1)  # the 80 mm slip: drawn again
    assert preview.images
    assert list((space.home / "documents").glob("preview-*.pdf")) == []
