"""Documents per second for each printed document, next to a bare one-line reportlab page.

Run: PYTHONPATH=. python bench/render.py   (a few seconds; prints a table, asserts nothing)
Target: each document within 3x of the bare page (same embedded font, QR code included).
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "printing"))

import printing_samples as samples  # noqa: E402

from counterdesk.printing import render_bytes  # noqa: E402
from counterdesk.printing.fonts import ensure_font  # noqa: E402

SECONDS_EACH = 0.6
ROUND = 3


def bare_page() -> bytes:
    font = ensure_font()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    canvas.setFont(font, 12)
    canvas.drawString(72, 760, "受理通知书 微审服受〔2026〕0017号")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def rate(job: Callable[[], object]) -> float:
    """Best of several short rounds: other load on the machine only ever slows a round."""
    job()  # warm up: font registration, style and QR caches
    best = 0.0
    deadline = time.perf_counter() + SECONDS_EACH
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        for _ in range(ROUND):
            job()
        best = max(best, ROUND / (time.perf_counter() - start))
    return best


def main() -> None:
    jobs: dict[str, Callable[[], object]] = {
        "acceptance_receipt": lambda: render_bytes(samples.acceptance()),
        "acceptance_receipt (thermal80)": lambda: render_bytes(samples.acceptance(),
                                                               layout="thermal80"),
        "supplement_notice (6 problems)": lambda: render_bytes(samples.supplement_notice()),
        "rejection_notice": lambda: render_bytes(samples.rejection()),
        "materials_list": lambda: render_bytes(samples.materials_list()),
        "guide_sheet": lambda: render_bytes(samples.guide()),
    }
    bare = rate(bare_page)
    print(f"{'document':34} {'docs/s':>8} {'ratio to bare page':>20}")
    print(f"{'bare page (1 line, same font)':34} {bare:8.1f} {1.0:19.2f}x")
    for name, job in jobs.items():
        per_second = rate(job)
        print(f"{name:34} {per_second:8.1f} {bare / per_second:19.2f}x")
    print("A4 documents print two pages (applicant copy + archive stub); the bare page one.")


if __name__ == "__main__":
    main()
