"""Show a logged document as it will print; print it or save it as PDF (each one logged)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
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
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words
from counterdesk.ui.keys import with_key
from counterdesk.ui.settings_page import desk_settings

PREVIEW_DPI = 110
# A colour A4 page at 600 dpi is about 140 MB of pixels; 300 dpi prints text and QR codes
# sharply at a quarter of that.
MAX_PRINT_DPI = 300
# Opened tall enough to see a whole page at a glance, in the page's own proportion; a size
# the clerk chooses is kept on this PC.
SCREEN_SHARE = 0.8
A4_HEIGHT_PER_WIDTH = 297 / 210
PREVIEW_SIZE_KEY = "preview/size"


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
        HandoutService(space).render_preview(document_id, self.preview_path)
        self.printer: QPrinter | None = None
        self.job: RasterJob | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.pages = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidget(holder)
        self.scroll.setWidgetResizable(True)
        for image in pdf_pages(self.preview_path, PREVIEW_DPI):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            self.pages.addWidget(page)
        self.status = QLabel()
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.print_button.click)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save_button.click)
        self.resize(self._opening_size())
        self.retranslate_ui()
        self.print_button.setFocus()

    def _opening_size(self) -> QSize:
        saved = desk_settings(self.space.home).value(PREVIEW_SIZE_KEY)
        if isinstance(saved, QSize) and saved.isValid():
            return saved
        screen = self.screen() or QApplication.primaryScreen()
        height = int(screen.availableGeometry().height() * SCREEN_SHARE)
        # the page, plus the scroll bar and the margins beside it
        width = int(height / A4_HEIGHT_PER_WIDTH) + self.fontMetrics().height() * 3
        return QSize(width, height)

    def done(self, result: int) -> None:  # Qt override: Esc, 关闭 and the title bar all end here
        settings = desk_settings(self.space.home)
        settings.setValue(PREVIEW_SIZE_KEY, self.size())
        settings.sync()
        super().done(result)

    def retranslate_ui(self) -> None:
        doc_type = words.document_type(str(self.row["doc_type"]))
        self.setWindowTitle(self.tr("文书预览 — {doc_type}").format(doc_type=doc_type))
        self.title.setText(self.tr("{doc_type} {doc_no}（已记录在案，可打印或另存）").format(
            doc_type=doc_type, doc_no=self.row["doc_no"]))
        self.print_button.setText(with_key(self.tr("打印"), "Ctrl+P"))
        self.save_button.setText(with_key(self.tr("另存为PDF"), "Ctrl+S"))
        self.close_button.setText(with_key(self.tr("关闭"), "Esc"))

    def _logged_copy(self, target: str, out: Path | None = None) -> Path | None:
        """Render the print from the log; every print and reprint is recorded."""
        if out is None:
            count = len(list(self.folder.glob(f"print-{self.document_id}-*.pdf")))
            out = self.folder / f"print-{self.document_id}-{count + 1}.pdf"
        path = out
        return operations.run(self, lambda: self.documents.render(
            self.actor, self.document_id, path, target=target))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = self._logged_copy(printer.printerName() or printer.outputFileName()
                                 or self.tr("打印机"))
        if path is None:
            return
        self.printer = printer
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("正在打印……"))
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
        self.print_button.setEnabled(True)
        self.print_finished.emit()

    def _print_failed(self, message: str) -> None:
        self.status.setText(self.tr("打印失败：{message}。文书已在案，可稍后补打。").format(
            message=message))
        self.print_button.setEnabled(True)
        self.print_finished.emit()

    def save_pdf(self) -> None:
        suggested = str(Path.home() / f"{self.row['doc_no']}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("另存为PDF"), suggested,
                                                      self.tr("PDF 文件 (*.pdf)"))
        if not chosen:
            return
        if self._logged_copy(chosen, Path(chosen)) is None:
            return
        self.status.setText(self.tr("已保存：{path}").format(path=chosen))
