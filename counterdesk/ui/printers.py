"""The window's printers: which one a document goes to when the clerk presses Ctrl+P.

An A4 printer and an 80 mm slip printer are chosen once in 设置 (per account); a document
goes to the printer of its paper. With none chosen, or the chosen one not attached to this
PC, printing asks (the print dialog)."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from counterdesk.services.preferences import Preferences

A4 = "a4"
SLIP = "thermal80"
# Documents printing/render.py can lay out on 80 mm thermal paper.
SLIP_DOCUMENTS = frozenset({"acceptance_receipt"})


def available_printers() -> list[str]:
    """The printers this PC lists (none on a PC without any, or offscreen)."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def chosen_printer(paper: str, preferences: Preferences) -> str:
    return preferences.printer_slip if paper == SLIP else preferences.printer_a4


def printer_for(paper: str, preferences: Preferences, available: list[str]) -> str | None:
    """The printer a document on `paper` goes to directly; None: ask with the dialog."""
    name = chosen_printer(paper, preferences)
    return name if name and name in available else None


def default_paper(doc_type: str, preferences: Preferences) -> str:
    """A receipt comes out of the slip printer when the clerk has one; all else is A4."""
    return SLIP if doc_type in SLIP_DOCUMENTS and preferences.printer_slip else A4


def make_printer(name: str) -> QPrinter:
    """A high-resolution printer aimed at `name` (a seam the tests replace with a PDF)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    return printer
