"""The canvas every document is drawn on: fixed wording first in the font subsets, and
plain strings written without building a reportlab text object each.

Subsets: reportlab numbers glyphs in the order a document first uses them and cuts its
embedded font subsets in that order, so two receipts for different applicants would embed
different subsets. A document canvas assigns the characters of the printing package's own
wording first, in one fixed order, then the office's and the item's words, and starts the
applicant's characters on a fresh subset: the first subsets are then the same from case to
case and are built once per process (`fonts.SubsetCachingFont`), while a document still
embeds every glyph it shows.
"""

from __future__ import annotations

import importlib
import threading
import types
import zlib
from collections.abc import Callable, Hashable, Iterable, Sequence

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from counterdesk.printing.fonts import ensure_font

# The modules whose string constants (labels, legal sentences, f-string parts) are printed.
_WORDING_MODULES = ("words", "layout", "lines", "receipts", "notices", "guide", "thermal", "qr")

_lock = threading.Lock()
_wording: str | None = None


def _strings(value: object, seen: set[int]) -> Iterable[str]:
    """Every str reachable from a module-level value: constants of functions (docstrings
    left out), of classes defined in the printing package, and of dicts/tuples/lists."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, str):
        yield value
    elif isinstance(value, types.FunctionType):
        consts = value.__code__.co_consts
        if value.__doc__ is not None and consts and consts[0] is value.__doc__:
            consts = consts[1:]
        for const in consts:
            yield from _strings(const, seen)
    elif isinstance(value, types.CodeType):  # lambdas, comprehensions, nested functions
        for const in value.co_consts:
            yield from _strings(const, seen)
    elif isinstance(value, type):
        if value.__module__.startswith(__package__ or "counterdesk.printing"):
            for name, member in vars(value).items():
                if name != "__doc__":
                    yield from _strings(member, seen)
    elif isinstance(value, (staticmethod, classmethod)):
        yield from _strings(value.__func__, seen)
    elif isinstance(value, property):
        for accessor in (value.fget, value.fset):
            if accessor is not None:
                yield from _strings(accessor, seen)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key, seen)
            yield from _strings(item, seen)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item, seen)
    elif isinstance(value, (frozenset, set)):
        for item in sorted(value, key=repr):  # set order changes from run to run
            yield from _strings(item, seen)


def fixed_wording() -> str:
    """The non-ASCII characters of the printing package's wording, once each, in the order
    they first appear (ASCII always sits in the first subset anyway). Characters of one
    phrase then mostly share a subset, so a line switches subsets less often."""
    global _wording
    if _wording is None:
        with _lock:
            if _wording is None:
                found: dict[str, None] = {}
                for name in _WORDING_MODULES:
                    module = importlib.import_module(f"{__package__}.{name}")
                    seen: set[int] = set()
                    for attribute, value in vars(module).items():
                        if attribute == "__doc__":
                            continue
                        if isinstance(value, type | types.FunctionType) and \
                                value.__module__ != module.__name__:
                            continue  # imported from elsewhere: walked in its own module
                        for text in _strings(value, seen):
                            found.update(dict.fromkeys(
                                char for char in text if ord(char) > 0x7F))
                _wording = "".join(found)
    return _wording


_SETTLED_LIMIT = 8192
_settled_shown: dict[tuple[str, float, str], str] = {}
_settled: frozenset[str] | None = None


def _settled_characters() -> frozenset[str]:
    """Characters whose codes are the same in every document: printable ASCII (reportlab
    puts it first) and the fixed wording (seeded next)."""
    global _settled
    if _settled is None:
        _settled = frozenset(map(chr, range(32, 127))) | frozenset(fixed_wording())
    return _settled


_seeded: tuple[dict[int, int], list[list[int]], int] | None = None


def seed_wording(canvas: Canvas, tiers: Sequence[str] = ()) -> None:
    """Assign the fixed wording's glyphs first, then those of each of `tiers` (see
    render.wording_tiers), each tier starting a new subset, and start another subset for
    whatever follows.

    The fixed wording's assignment is the same for every document, so it is worked out once
    (through reportlab's own splitString) and copied into each new document's font state."""
    global _seeded
    font = pdfmetrics.getFont(ensure_font())
    doc = canvas._doc  # reportlab keys a font's subsets by the PDF document being written
    if _seeded is None:
        wording = fixed_wording()
        with _lock:
            if _seeded is None:
                font.splitString(wording, doc)
                state = font.state[doc]
                state.nextCode = len(state.subsets) << 8
                _seeded = (dict(state.assignments), [list(s) for s in state.subsets],
                           state.nextCode)
                del font.state[doc]  # set up again below, like every later document
    assignments, subsets, next_code = _seeded
    font.splitString("", doc)  # creates the document's font state as reportlab does
    state = font.state[doc]
    state.assignments = dict(assignments)
    state.subsets = [list(subset) for subset in subsets]
    state.nextCode = next_code
    for tier in tiers:
        fresh = dict.fromkeys(char for char in tier if char.isprintable()
                              and ord(char) not in state.assignments
                              and ord(char) in font.face.charToGlyph)
        if fresh:
            font.splitString("".join(fresh), doc)
            state.nextCode = len(state.subsets) << 8


class DocumentCanvas(Canvas):
    """A canvas whose font subsets begin with the fixed wording, and whose drawString family
    writes plain left-to-right text straight into the page.

    reportlab's drawString builds a text object, measures the string and splits it into
    subsets for every call, which is most of the cost of a document of short table cells.
    Here the operators of each (font, size, text) are made once (see `_show`) and a line is
    ``BT 1 0 0 1 x y Tm /F1+0 12 Tf (...) Tj /F1+1 12 Tf (...) Tj ET``: reportlab's
    operators without the leading and line feed a single line never uses. Anything else
    (render modes, spacing, shaping, direction, non-TrueType fonts) goes through reportlab.
    """

    def __init__(self, *args: object, wording: Sequence[str] = (), **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._shown: dict[tuple[str, float, str], str] = {}
        self._dynamic: dict[str, bool] = {}
        self._drawn: dict[Hashable, list[str]] = {}
        seed_wording(self, wording)
        self._main = ensure_font()
        # "/F1": the PDF name of the main font in this document, part of every operator
        self._main_name = pdfmetrics.getFont(self._main).getSubsetInternalName(
            0, self._doc).partition("+")[0]

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        """As reportlab's, with the page's operators deflated at zlib's fastest level: the
        default level takes three times as long for a stream a tenth larger."""
        pages = self._doc.Pages.pages
        count = len(pages)
        super().showPage()
        if len(pages) > count and self._pageCompression and not rl_config.useA85:
            page = pages[-1]
            if page.stream and not page.Contents:
                contents = pdfdoc.PDFStream(
                    content=zlib.compress(page.stream.encode("utf-8"), 1))
                # already deflated: a stream with a Filter entry is written as it is
                contents.dictionary["Filter"] = pdfdoc.PDFArray(
                    [pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
                page.Contents = contents

    def replay(self, key: Hashable, draw: Callable[[], None]) -> None:
        """Run `draw`, or repeat the operators it wrote for an equal `key` earlier in this
        document: the applicant copy and the archive stub print the same tables and sentences.

        For flowables only: platypus brackets each in saveState/restoreState and moves the
        origin to it, so its operators are the same wherever it stands, and the canvas
        settings it changed are put back after it either way."""
        drawn = self._drawn.get(key)
        if drawn is not None:
            self._code.extend(drawn)
            return
        start = len(self._code)
        draw()
        self._drawn[key] = self._code[start:]

    def _show(self, text: str) -> str:
        """The operators showing `text` in the current font, from the start of a line.

        Text in the main font made only of seeded characters (the fixed wording and ASCII)
        has the same codes in every document, so its operators are kept across documents;
        anything else is kept for this document."""
        settled = self._fontname == self._main and _settled_characters().issuperset(text)
        if settled:
            shared = (self._main_name, self._fontsize, text)
            shown = _settled_shown.get(shared)
        else:
            key = (self._fontname, self._fontsize, text)
            shown = self._shown.get(key)
        if shown is None:
            font = pdfmetrics.getFont(self._fontname)
            doc = self._doc
            size = f"{fp_str(self._fontsize)} Tf"
            shown = " ".join(
                f"{font.getSubsetInternalName(subset, doc)} {size} ({self._escape(chunk)}) Tj"
                for subset, chunk in font.splitString(text, doc))
            if settled:
                if len(_settled_shown) >= _SETTLED_LIMIT:
                    _settled_shown.clear()
                _settled_shown[shared] = shown
            else:
                self._shown[key] = shown
        return shown

    def _plain(self, mode: object, char_space: float, direction: object, word_space: object,
               shaping: bool) -> bool:
        if (mode is not None or char_space or direction is not None or word_space or shaping
                or not self.bottomup):
            return False
        dynamic = self._dynamic.get(self._fontname)
        if dynamic is None:
            dynamic = self._dynamic[self._fontname] = bool(
                getattr(pdfmetrics.getFont(self._fontname), "_dynamicFont", False))
        return dynamic

    def _line(self, x: float, y: float, text: str, anchor: float, *options: object) -> bool:
        """Write `text` with `anchor` (0 left, 0.5 centre, 1 right) of its width at x; False
        when `options` ask for something only reportlab's text object does."""
        if not self._plain(*options):  # type: ignore[arg-type]
            return False
        if anchor:
            x -= anchor * self.stringWidth(text)
        self._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {self._show(text)} ET")
        return True

    def drawString(self, x, y, text, mode=None, charSpace=0, direction=None,  # type: ignore[no-untyped-def]
                   wordSpace=None, shaping=False):
        if not self._line(x, y, text, 0, mode, charSpace, direction, wordSpace, shaping):
            super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawRightString(self, x, y, text, mode=None, charSpace=0,  # type: ignore[no-untyped-def]
                        direction=None, wordSpace=None, shaping=False):
        if not self._line(x, y, text, 1, mode, charSpace, direction, wordSpace, shaping):
            super().drawRightString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawCentredString(self, x, y, text, mode=None, charSpace=0,  # type: ignore[no-untyped-def]
                          direction=None, wordSpace=None, shaping=False):
        if not self._line(x, y, text, 0.5, mode, charSpace, direction, wordSpace, shaping):
            super().drawCentredString(x, y, text, mode, charSpace, direction, wordSpace,
                                      shaping)
