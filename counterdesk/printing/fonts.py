"""Find and register the one embedded TrueType CJK font every document is set in.

Documents must print the same on any PC, so the font is always embedded (subset); the
viewer-supplied CID fonts (UnicodeCIDFont) are never used.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFError, TTFont, makeToUnicodeCMap

from counterdesk.bundle import resources_dir

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


class CJKFont(TTFont):
    """reportlab's TrueType font, subset and embedded by reportlab; only the ToUnicode map of
    a subset holding characters beyond the BMP is written again (see to_unicode_cmap), so
    copying or searching a rare name in the PDF gives the name."""

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            if all(code <= 0xFFFF for code in subset):
                continue
            face = self.face
            base_name = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)
                                 ).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base_name]
            stream.content = to_unicode_cmap(base_name, subset)


def load_cjk_font(candidates: Iterable[Path] | None = None) -> TTFont:
    """The first candidate that reportlab can read as TrueType (a broken file is skipped)."""
    searched = list(candidate_paths() if candidates is None else candidates)
    for path in searched:
        if not path.is_file():
            continue
        try:
            # A .ttc holds several faces; face 0 is the regular one in wqy, SimSun and YaHei.
            return CJKFont(FONT_NAME, str(path), subfontIndex=0)
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
                _registered = FONT_NAME
    return _registered


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
                            CJKFont(FALLBACK_NAME, str(path), subfontIndex=0))
                    except (TTFError, OSError):
                        continue
                    found = FALLBACK_NAME
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
