"""Find and register the one embedded TrueType CJK font every document is set in.

Documents must print the same on any PC, so the font is always embedded (subset); the
viewer-supplied CID fonts (UnicodeCIDFont) are never used.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

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


def load_cjk_font(candidates: Iterable[Path] | None = None) -> TTFont:
    """The first candidate that reportlab can read as TrueType (a broken file is skipped)."""
    searched = list(candidate_paths() if candidates is None else candidates)
    for path in searched:
        if not path.is_file():
            continue
        try:
            # A .ttc holds several faces; face 0 is the regular one in wqy, SimSun and YaHei.
            return TTFont(FONT_NAME, str(path), subfontIndex=0)
        except (TTFError, OSError):
            continue
    raise FontMissingError(searched)


_lock = threading.Lock()
_registered: str | None = None


def ensure_font() -> str:
    """Register the CJK font once per process (lazily) and return its reportlab name."""
    global _registered
    if _registered is None:
        with _lock:
            if _registered is None:
                pdfmetrics.registerFont(load_cjk_font())
                _registered = FONT_NAME
    return _registered
