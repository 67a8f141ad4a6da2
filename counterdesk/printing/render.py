"""render(): lay out any document as a PDF, A4 or 80 mm thermal, from its data alone."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Literal

from reportlab.platypus import Flowable

from counterdesk.domain.aftercare_documents import ExtensionNotice, PauseNotice, PledgeLetter
from counterdesk.domain.documents import (
    AcceptanceReceipt,
    CopyKind,
    Document,
    DocumentType,
    GuideSheet,
    MaterialsList,
    RejectionNotice,
    RevocationNotice,
    SupplementNotice,
    check_rejection_printable,
)
from counterdesk.printing import words
from counterdesk.printing.aftercare import extension_story, pause_story, pledge_story
from counterdesk.printing.guide import guide_story
from counterdesk.printing.layout import build_a4
from counterdesk.printing.notices import rejection_story, supplement_story
from counterdesk.printing.receipts import acceptance_story, materials_list_story
from counterdesk.printing.revocation import revocation_story
from counterdesk.printing.thermal import build_thermal

Layout = Literal["a4", "thermal80"]

_STORIES: dict[type, tuple[DocumentType, Callable[..., list[Flowable]]]] = {
    AcceptanceReceipt: (DocumentType.ACCEPTANCE_RECEIPT, acceptance_story),
    SupplementNotice: (DocumentType.SUPPLEMENT_NOTICE, supplement_story),
    RejectionNotice: (DocumentType.REJECTION_NOTICE, rejection_story),
    MaterialsList: (DocumentType.MATERIALS_LIST, materials_list_story),
    GuideSheet: (DocumentType.GUIDE_SHEET, guide_story),
    RevocationNotice: (DocumentType.REVOCATION_NOTICE, revocation_story),
    PledgeLetter: (DocumentType.PLEDGE_LETTER, pledge_story),
    ExtensionNotice: (DocumentType.EXTENSION_NOTICE, extension_story),
    PauseNotice: (DocumentType.PAUSE_NOTICE, pause_story),
}


class UnsupportedLayoutError(ValueError):
    """The thermal slip exists only for the acceptance receipt."""


def render_bytes(document: Document, layout: Layout = "a4") -> bytes:
    """The PDF of `document`; raises before producing anything if it may not print."""
    if type(document) not in _STORIES:
        raise TypeError(f"not a printable document: {type(document).__name__}")
    doc_type, story = _STORIES[type(document)]
    header = document.header
    if header.doc_type != doc_type:
        raise ValueError(f"header says {header.doc_type} but the body is a {doc_type}")
    if not header.copies:
        raise ValueError("a document needs at least one copy to print")
    if isinstance(document, RejectionNotice):
        check_rejection_printable(document)
    out = io.BytesIO()
    if layout == "thermal80":
        if not isinstance(document, AcceptanceReceipt):
            raise UnsupportedLayoutError(f"no 80 mm thermal layout for {doc_type}")
        build_thermal(out, document)
    elif layout == "a4":
        build_a4(out, header, words.DOCUMENT_TITLES[doc_type],
                 lambda copy: story(document, CopyKind(copy)))
    else:
        raise UnsupportedLayoutError(f"unknown layout {layout!r} (a4 or thermal80)")
    return out.getvalue()


def render(document: Document, out: str | os.PathLike[str] | BinaryIO,
           layout: Layout = "a4") -> None:
    """Write the PDF to a path (atomically: no half-written file is left) or a binary file."""
    pdf = render_bytes(document, layout)
    if not isinstance(out, str | os.PathLike):
        out.write(pdf)
        return
    target = Path(out)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
