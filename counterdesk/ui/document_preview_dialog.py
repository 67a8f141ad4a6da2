"""Show a logged document as it will print; print it or save it as PDF (each one logged).

Ctrl+P prints straight to the account's default printer for the document's paper (A4 or the
80 mm slip printer, chosen in 设置); with none chosen, or that printer not attached, it asks
with the print dialog, as Ctrl+Shift+P always does. The preview opens wide enough to read a
whole A4 page, fitted to the window's width, and keeps the size the clerk leaves it at (per
account)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.accounts import Actor
from counterdesk.services.documents import DocumentService
from counterdesk.services.handouts import HandoutService
from counterdesk.services.preferences import PreferencesService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, printers, words
from counterdesk.ui.keys import with_key

PREVIEW_DPI = 110
# A colour A4 page at 600 dpi is about 140 MB of pixels; 300 dpi prints text and QR codes
# sharply at a quarter of that.
MAX_PRINT_DPI = 300
# An A4 page is readable on screen from about 3.4 pixels per millimetre (small print of
# 9 pt about 11 pixels high): 720 pixels across the page. The preview opens at least that wide
# (when the screen has room) and nearly as tall as the screen; the page is fitted to the
# window's width, so it is never cut off at the side.
READABLE_PAGE_WIDTH = 720
SCREEN_SHARE = 0.92
A4_WIDTH_MM = 210


def opening_size(available: QSize, line_height: int) -> QSize:
    """The first size of the preview on a screen with `available` room: a readable A4 page
    width plus the scroll bar and margins, nearly the screen's height, never larger than it."""
    margins = line_height * 4
    width = min(int(available.width() * SCREEN_SHARE),
                max(READABLE_PAGE_WIDTH + margins, int(available.width() * 0.6)))
    height = int(available.height() * SCREEN_SHARE)
    return QSize(width, height)


def pdf_pages(path: Path, dpi: int) -> list[QImage]:
    """Rasterise every page; safe to call outside the GUI thread (QImage, not QPixmap)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32)
            images.append(image.copy())
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


class _RasterSignals(QObject):
    finished = Signal(list)
    failed = Signal(str)


class RasterJob(QRunnable):
    """Rasterise a PDF in the thread pool so printing never freezes the desk."""

    def __init__(self, path: Path, dpi: int):
        super().__init__()
        self.path, self.dpi = path, dpi
        self.signals = _RasterSignals()

    def run(self) -> None:
        try:
            images = pdf_pages(self.path, self.dpi)
        except Exception as error:  # noqa: BLE001 - reported to the GUI thread as text
            self.signals.failed.emit(str(error))
            return
        self.signals.finished.emit(images)


class DocumentPreviewDialog(QDialog):
    print_finished = Signal()

    def __init__(self, space: Workspace, actor: Actor, document_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor, self.document_id = space, actor, document_id
        self.documents = DocumentService(space)
        self.row, _document = self.documents.load(document_id)
        folder = space.home / "documents"
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.preview_path = folder / f"preview-{document_id}.pdf"
        self.preferences_service = PreferencesService(space)
        self.preferences = self.preferences_service.load(actor)
        self.paper = printers.default_paper(str(self.row["doc_type"]), self.preferences)
        self.opened_size: QSize | None = None
        self.printer: QPrinter | None = None
        self.job: RasterJob | None = None
        self.images: list[QImage] = []

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.pages = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidget(holder)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Only a document with a slip layout offers the choice of paper.
        self.paper_choice = QComboBox()
        self.paper_choice.addItem("", printers.A4)
        self.paper_choice.addItem("", printers.SLIP)
        self.paper_choice.setCurrentIndex(self.paper_choice.findData(self.paper))
        self.paper_choice.currentIndexChanged.connect(self._paper_changed)
        self._show_pages()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.print_dialog_button = QPushButton()
        self.print_dialog_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.paper_choice)
        for button in (self.print_button, self.print_dialog_button, self.save_button,
                       self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.paper_choice.setVisible(str(self.row["doc_type"]) in printers.SLIP_DOCUMENTS)
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.print_button.click)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self).activated.connect(
            self.print_dialog_button.click)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save_button.click)
        self.opened_size = self._opening_size()
        self.resize(self.opened_size)
        self.retranslate_ui()
        self.print_button.setFocus()

    def _opening_size(self) -> QSize:
        saved = self.preferences.preview_size
        if saved is not None:
            return QSize(*saved)
        screen = self.screen() or QApplication.primaryScreen()
        return opening_size(screen.availableGeometry().size(), self.fontMetrics().height())

    def _show_pages(self) -> None:
        """Render the document on the chosen paper and show its pages."""
        # The file holds the applicant's full identity number (the archive copy): it lives
        # only while its pages are read, as do any left by an earlier version.
        for stale in self.folder.glob("preview-*.pdf"):
            stale.unlink(missing_ok=True)
        try:
            HandoutService(self.space).render_preview(self.document_id, self.preview_path,
                                                      layout=self.paper)
            self.images = pdf_pages(self.preview_path, PREVIEW_DPI)
        finally:
            self.preview_path.unlink(missing_ok=True)
        while self.pages.count():
            old = self.pages.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        for _image in self.images:
            page = QLabel()
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addWidget(page)
        self._fit_pages()

    def _fit_pages(self) -> None:
        """Each page as wide as the window allows (never wider than rendered, nor cut)."""
        room = self.scroll.viewport().width() - self.pages.contentsMargins().left() * 2
        for number, image in enumerate(self.images):
            page = self.pages.itemAt(number).widget()
            assert isinstance(page, QLabel)
            width = max(1, min(image.width(), room))
            page.setPixmap(QPixmap.fromImage(image.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_pages()

    def _paper_changed(self) -> None:
        self.paper = str(self.paper_choice.currentData())
        operations.run(self, self._show_pages)

    def done(self, result: int) -> None:  # Qt override: Esc, 关闭 and the title bar all end here
        size = self.size()
        if size != self.opened_size:
            # A preference not kept is no reason to keep the preview open.
            try:
                self.preferences_service.remember_preview_size(
                    self.actor, size.width(), size.height())
            except Exception:  # noqa: BLE001 - e.g. the database is busy: keep the old size
                pass
        super().done(result)

    def retranslate_ui(self) -> None:
        doc_type = words.document_type(str(self.row["doc_type"]))
        self.setWindowTitle(self.tr("文书预览 — {doc_type}").format(doc_type=doc_type))
        self.title.setText(self.tr("{doc_type} {doc_no}（已记录在案，可打印或另存）").format(
            doc_type=doc_type, doc_no=self.row["doc_no"]))
        name = printers.printer_for(self.paper, self.preferences, printers.available_printers())
        self.print_button.setText(with_key(self.tr("打印"), "Ctrl+P"))
        self.print_button.setToolTip(
            self.tr("直接送默认打印机：{name}").format(name=name) if name
            else self.tr("未设默认打印机：打印时选择打印机（可在“设置”中选定）"))
        self.print_dialog_button.setText(with_key(self.tr("选择打印机…"), "Ctrl+Shift+P"))
        self.paper_choice.setItemText(0, self.tr("A4 纸"))
        self.paper_choice.setItemText(1, self.tr("80mm 热敏小票"))
        self.save_button.setText(with_key(self.tr("另存为PDF"), "Ctrl+S"))
        self.close_button.setText(with_key(self.tr("关闭"), "Esc"))

    def _logged_copy(self, target: str, out: Path | None = None) -> Path | None:
        """Render the print from the log; every print and reprint is recorded."""
        if out is None:
            count = len(list(self.folder.glob(f"print-{self.document_id}-*.pdf")))
            out = self.folder / f"print-{self.document_id}-{count + 1}.pdf"
        path = out
        return operations.run(self, lambda: self.documents.render(
            self.actor, self.document_id, path, target=target, layout=self.paper))

    def print_document(self) -> None:
        """Ctrl+P: straight to the default printer for this paper, else ask."""
        name = printers.printer_for(self.paper, self.preferences, printers.available_printers())
        if name is None:
            self.print_with_dialog()
            return
        self._send(printers.make_printer(name), name,
                   self.tr("正在打印到 {name}……").format(name=name))

    def print_with_dialog(self) -> None:
        """Ctrl+Shift+P: choose the printer (the default one comes preselected)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen = printers.chosen_printer(self.paper, self.preferences)
        if chosen and chosen in printers.available_printers():
            printer.setPrinterName(chosen)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._send(printer, printer.printerName() or printer.outputFileName()
                   or self.tr("打印机"), self.tr("正在打印……"))

    def _send(self, printer: QPrinter, target: str, status: str) -> None:
        if self.paper == printers.A4:
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        path = self._logged_copy(target)
        if path is None:
            return
        self.printer = printer
        self.print_button.setEnabled(False)
        self.print_dialog_button.setEnabled(False)
        self.status.setText(status)
        self.job = RasterJob(path, min(printer.resolution(), MAX_PRINT_DPI))
        self.job.signals.finished.connect(self._paint_pages)
        self.job.signals.failed.connect(self._print_failed)
        QThreadPool.globalInstance().start(self.job)

    def _paint_pages(self, images: list[QImage]) -> None:
        printer = self.printer
        assert printer is not None
        painter = QPainter(printer)
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            page.moveTo(0, 0)
            painter.drawImage(page, image)
        painter.end()
        self.status.setText(self.tr("已送打印机。"))
        self._printing_done()

    def _printing_done(self) -> None:
        self.print_button.setEnabled(True)
        self.print_dialog_button.setEnabled(True)
        self.print_finished.emit()

    def _print_failed(self, message: str) -> None:
        self.status.setText(self.tr("打印失败：{message}。文书已在案，可稍后补打。").format(
            message=message))
        self._printing_done()

    def save_pdf(self) -> None:
        suggested = str(Path.home() / f"{self.row['doc_no']}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("另存为PDF"), suggested,
                                                      self.tr("PDF 文件 (*.pdf)"))
        if not chosen:
            return
        if self._logged_copy(chosen, Path(chosen)) is None:
            return
        self.status.setText(self.tr("已保存：{path}").format(path=chosen))
