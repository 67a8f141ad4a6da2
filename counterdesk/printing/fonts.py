"""Find and register the one embedded TrueType CJK font every document is set in.

Documents must print the same on any PC, so the font is always embedded (subset); the
viewer-supplied CID fonts (UnicodeCIDFont) are never used.
"""

from __future__ import annotations

import gc
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFError,
    TTFont,
    makeToUnicodeCMap,
)

from counterdesk.services.paths import resources_dir

FONT_NAME = "CounterDeskCJK"

# reportlab's TTFont reads TrueType outlines only; CFF-based .otf (e.g. Noto CJK) will not load.
_FONT_SUFFIXES = (".ttf", ".ttc")

_SYSTEM_FONTS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
)
_WINDOWS_FONTS: tuple[str, ...] = ("simhei.ttf", "simsun.ttc", "msyh.ttc")


class FontMissingError(RuntimeError):
    """No TrueType CJK font was found, so no document can be printed."""

    def __init__(self, searched: Sequence[Path]):
        self.searched = tuple(searched)
        places = "\n  ".join(str(p) for p in self.searched)
        super().__init__(
            "找不到中文字体，无法打印文书。请把 TrueType 中文字体（.ttf/.ttc）放入程序的 "
            "resources/fonts/ 目录，或安装文泉驿微米黑（Debian/Ubuntu: "
            "sudo apt install fonts-wqy-microhei）。\n"
            "No Chinese TrueType font found, so documents cannot be printed. Put a .ttf/.ttc "
            "CJK font in resources/fonts/ or install fonts-wqy-microhei "
            f"(apt install fonts-wqy-microhei). Searched:\n  {places}"
        )


def candidate_paths() -> list[Path]:
    """Where to look, best first: the bundled fonts, then Linux, then Windows fonts."""
    bundled = resources_dir() / "fonts"
    found = sorted(p for p in bundled.glob("*") if p.suffix.lower() in _FONT_SUFFIXES) \
        if bundled.is_dir() else []
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [*found, *map(Path, _SYSTEM_FONTS), *(windows / name for name in _WINDOWS_FONTS)]


def find_cjk_font(candidates: Iterable[Path] | None = None) -> Path:
    """The first existing font file among `candidates` (default: candidate_paths())."""
    searched = list(candidate_paths() if candidates is None else candidates)
    for path in searched:
        if path.is_file():
            return path
    raise FontMissingError(searched)


_cache_lock = threading.Lock()


def to_unicode_cmap(font_name: str, subset: Sequence[int]) -> str:
    """The ToUnicode CMap of a subset: reportlab's, except that characters beyond the Basic
    Multilingual Plane (𠮷 in a name) map to their UTF-16 surrogate pair, as the PDF
    format asks, instead of an invalid five-digit code that text extraction loses."""
    if all(code <= 0xFFFF for code in subset):
        return makeToUnicodeCMap(font_name, subset)

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({font_name})", f"/Ordering ({font_name})",
        "/Supplement 0", ">> def", f"/CMapName /{font_name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
          for index, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


class _Hole(pdfdoc.PDFObject):
    """Stands where a reference to another object of the document will go."""

    def __init__(self, slot: int):
        self.mark = b"\x00hole%d\x00" % slot

    def format(self, document: object) -> bytes:
        return self.mark


_HOLE = re.compile(rb"\x00hole(\d)\x00")


class _Formatted(pdfdoc.PDFObject):
    """An object as reportlab formatted it once, with this document's references put into
    the holes: the same bytes as formatting it afresh, without the work."""

    def __init__(self, template: tuple[bytes, ...], refs: Sequence[pdfdoc.PDFObject] = ()):
        # template: text, slot, text, slot, ..., text (slots index into refs)
        self.template, self.refs = template, refs

    @staticmethod
    def template_of(formatted: bytes) -> tuple[bytes, ...]:
        return tuple(_HOLE.split(formatted))

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        parts = list(self.template)
        for index in range(1, len(parts), 2):
            parts[index] = pdfdoc.format(self.refs[int(parts[index])], document)
        return b"".join(parts)


class _FormattedIndirect(_Formatted):
    """A _Formatted object that is always written as its own object (fonts, streams)."""

    __RefOnly__ = 1


@dataclass(frozen=True)
class _PackedSubset:
    """One subset's PDF objects, formatted: the font (holes: descriptor, ToUnicode), its
    descriptor (hole: font program), the ToUnicode CMap stream and the font program stream."""

    font: tuple[bytes, ...]
    descriptor: tuple[bytes, ...]
    to_unicode: tuple[bytes, ...]
    program: tuple[bytes, ...]


class SubsetCachingFont(TTFont):
    """A TrueType font whose embedded subsets are built once per process, not per PDF.

    reportlab cuts a TrueType subset, its widths and its ToUnicode map for every PDF,
    deflates them and formats their objects, which costs more than laying out a whole page.
    Documents begin with their fixed wording in one glyph order (see `printing.canvas`), so
    their first subsets are the same from one document to the next and come from this cache;
    only the subset with the applicant's own characters is made anew. The objects written
    are reportlab's (TTFont.addObjects), byte for byte.
    """

    CACHE_SIZE = 48  # subsets of up to ~40 KB each

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # makeSubset copies whole tables out of the font file on every call (3.5 MB of glyf
        # and 0.5 MB of post in WenQuanYi, to take a few glyphs and 12 bytes): keep one copy
        tables: dict[str, bytes] = {}
        read = self.face.get_table

        def get_table(tag: str) -> bytes:
            data = tables.get(tag)
            if data is None:
                data = tables[tag] = read(tag)
            return data

        self.face.get_table = get_table

    def _packed(self, number: int, subset: tuple[int, ...], internal_name: str,
                compress: bool) -> _PackedSubset:
        cache: OrderedDict[tuple[object, ...], _PackedSubset] = \
            self.__dict__.setdefault("_subset_cache", OrderedDict())
        key = (number, subset, internal_name, compress)
        with _cache_lock:
            hit = cache.get(key)
            if hit is not None:
                cache.move_to_end(key)
                return hit
        packed = self._pack(number, list(subset), internal_name, compress)
        with _cache_lock:
            cache[key] = packed
            while len(cache) > self.CACHE_SIZE:
                cache.popitem(last=False)
        return packed

    def _pack(self, number: int, subset: list[int], internal_name: str,
              compress: bool) -> _PackedSubset:
        """The objects TTFont.addObjects makes for one subset, formatted with holes."""
        face, base_name = self.face, self._base_name(number)
        scratch = pdfdoc.PDFDocument()  # formatting these objects reads nothing from it

        def stream(content: str | bytes) -> pdfdoc.PDFStream:
            made = pdfdoc.PDFStream(content=content)
            if compress:
                made.filters = [pdfdoc.PDFZCompress]
            return made

        font = pdfdoc.PDFTrueTypeFont()
        font.Name = internal_name
        font.BaseFont = base_name
        font.FirstChar = 0
        font.LastChar = len(subset) - 1
        font.Widths = pdfdoc.PDFArray([face.getCharWidth(code) for code in subset])
        font.ToUnicode = _Hole(1)
        font.FontDescriptor = _Hole(0)
        program = stream(face.makeSubset(subset))
        program.dictionary["Length1"] = len(program.content)
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(base_name),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": _Hole(0),
            "MissingWidth": face.defaultWidth,
        })
        return _PackedSubset(
            font=_Formatted.template_of(font.format(scratch)),
            descriptor=_Formatted.template_of(descriptor.format(scratch)),
            to_unicode=(stream(to_unicode_cmap(base_name, subset)).format(scratch),),
            program=(program.format(scratch),))

    def _base_name(self, number: int) -> str:
        face = self.face
        return b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (reportlab's name)
        if not isinstance(doc.encrypt, pdfdoc.NoEncryption):
            super().addObjects(doc)  # encrypted streams differ from document to document
            return
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        fonts = doc.idToObject["BasicFonts"].dict
        for number, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            base_name = self._base_name(number)
            packed = self._packed(number, tuple(subset), internal_name, bool(doc.compression))
            # registered in reportlab's order, so the objects get reportlab's numbers
            to_unicode = doc.Reference(_FormattedIndirect(packed.to_unicode),
                                       "toUnicodeCMap:" + base_name)
            program = doc.Reference(_FormattedIndirect(packed.program),
                                    f"fontFile:{self.face.filename}({base_name})")
            descriptor = doc.Reference(_Formatted(packed.descriptor, [program]),
                                       "fontDescriptor:" + base_name)
            font = _FormattedIndirect(packed.font, [descriptor, to_unicode])
            doc.Reference(font, internal_name)
            fonts[internal_name] = font
        del self.state[doc]


def load_cjk_font(candidates: Iterable[Path] | None = None) -> TTFont:
    """The first candidate that reportlab can read as TrueType (a broken file is skipped)."""
    searched = list(candidate_paths() if candidates is None else candidates)
    for path in searched:
        if not path.is_file():
            continue
        try:
            # A .ttc holds several faces; face 0 is the regular one in wqy, SimSun and YaHei.
            return SubsetCachingFont(FONT_NAME, str(path), subfontIndex=0)
        except (TTFError, OSError):
            continue
    raise FontMissingError(searched)


# Names keep their rare characters (e.g. 𠮷 in CJK Extension B) that the main font lacks; a
# TrueType font covering them is embedded for just those characters instead of dropping them.
FALLBACK_NAME = "CounterDeskCJKExt"
_FALLBACK_FONTS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
)
_WINDOWS_FALLBACK_FONTS: tuple[str, ...] = ("simsunb.ttf", "mingliub.ttc")

_lock = threading.Lock()
_registered: str | None = None
_fallback: str | None | bool = False  # False: not looked for yet; None: none found


def ensure_font() -> str:
    """Register the CJK font once per process (lazily) and return its reportlab name."""
    global _registered
    if _registered is None:
        with _lock:
            if _registered is None:
                pdfmetrics.registerFont(load_cjk_font())
                _stop_scanning_font_tables()
                _registered = FONT_NAME
    return _registered


def _stop_scanning_font_tables() -> None:
    """Move everything alive now, the parsed font above all, out of the cyclic collector's
    reach.

    A parsed CJK font is some 35,000 small lists that live as long as the process; each full
    collection walks them all (about 20 ms, longer than printing a document), and printing
    allocates enough to trigger several. Frozen objects are still freed by reference
    counting; only cycles among them are never collected, and these are permanent anyway."""
    gc.collect()
    gc.freeze()


def fallback_candidates() -> list[Path]:
    bundled = resources_dir() / "fonts" / "fallback"
    found = sorted(p for p in bundled.glob("*") if p.suffix.lower() in _FONT_SUFFIXES) \
        if bundled.is_dir() else []
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [*found, *map(Path, _FALLBACK_FONTS),
            *(windows / name for name in _WINDOWS_FALLBACK_FONTS)]


def _ensure_fallback() -> str | None:
    """Register the fallback font on first need; None when the PC has none."""
    global _fallback
    if _fallback is False:
        with _lock:
            if _fallback is False:
                found: str | None = None
                for path in fallback_candidates():
                    if not path.is_file():
                        continue
                    try:
                        pdfmetrics.registerFont(
                            SubsetCachingFont(FALLBACK_NAME, str(path), subfontIndex=0))
                    except (TTFError, OSError):
                        continue
                    found = FALLBACK_NAME
                    _stop_scanning_font_tables()
                    break
                _fallback = found
    return _fallback if isinstance(_fallback, str) else None


def _has_glyph(font: str, char: str) -> bool:
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    return ord(char) in face.charToGlyph


@lru_cache(maxsize=8192)
def font_runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """`text` split into (font, run) pieces: characters the main CJK font lacks go to the
    fallback font when one covers them. Other fonts are returned unchanged."""
    if font != FONT_NAME or all(_has_glyph(font, char) for char in text):
        return ((font, text),)
    fallback = _ensure_fallback()
    runs: list[tuple[str, str]] = []
    for char in text:
        chosen = font
        if not _has_glyph(font, char) and fallback and _has_glyph(fallback, char):
            chosen = fallback
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + char)
        else:
            runs.append((chosen, char))
    return tuple(runs)


def missing_characters(text: str) -> str:
    """Characters of `text` that no available font can print (they would show as blanks)."""
    font = ensure_font()
    lacking = [char for char in text if not char.isspace() and not _has_glyph(font, char)]
    fallback = _ensure_fallback() if lacking else None
    return "".join(dict.fromkeys(
        char for char in lacking if not (fallback and _has_glyph(fallback, char))))
