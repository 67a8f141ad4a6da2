"""Milliseconds per printed document, next to a bare one-line reportlab page.

Run: PYTHONPATH=. python bench/render.py   (a few seconds; prints a table, asserts nothing)
Documents are printed with reportlab's own canvas and font subsetting; the figures are
reported, not held to a target (a clerk does not notice a few milliseconds).
"""

from __future__ import annotations

import io
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "printing"))

import printing_samples as samples  # noqa: E402

from counterdesk.domain.documents import Document  # noqa: E402
from counterdesk.printing import render_bytes  # noqa: E402
from counterdesk.printing.fonts import find_cjk_font  # noqa: E402

SECONDS_EACH = 1.0
PLAIN_FONT = "BenchPlainCJK"
ROUND = 3


def plain_font() -> str:
    """The documents' font file registered the way a bare reportlab script would, as a font
    of its own (the baseline shares nothing with the documents but the file)."""
    if PLAIN_FONT not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(PLAIN_FONT, str(find_cjk_font()), subfontIndex=0)
        # reportlab makes a second font of an already registered face an alias of the
        # first; another face name keeps the two apart whichever registers first
        font.face.name = b"Bench" + font.face.name
        pdfmetrics.registerFont(font)
    return PLAIN_FONT


def bare_page() -> bytes:
    font = plain_font()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    canvas.setFont(font, 12)
    canvas.drawString(72, 760, "受理通知书 微审服受〔2026〕0017号")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def rates(jobs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Per second for each job, best of many short rounds taken in turn.

    The rounds of all jobs alternate, so a slow spell of a shared machine hits the baseline
    and the documents alike; time is the process's CPU time (rendering does no I/O), which
    leaves out time the machine gave to others. Other load only ever slows a round."""
    for job in jobs.values():
        job()  # warm up: font registration, subset, style and QR caches
    best = dict.fromkeys(jobs, 0.0)
    deadline = time.process_time() + SECONDS_EACH * len(jobs)
    while time.process_time() < deadline:
        for name, job in jobs.items():
            start = time.process_time()
            for _ in range(ROUND):
                job()
            spent = time.process_time() - start
            if spent > 0:
                best[name] = max(best[name], ROUND / spent)
    return best


def documents() -> dict[str, Callable[[], object]]:
    """Each document type for another case on every call (applicant, tracking and document
    number, so the QR code too), as at the counter: every QR code is encoded anew and the
    applicant's name differs. The second supplement row names new materials every time."""
    cases = itertools.count(1)

    def job(make: Callable[[], Document], layout: str = "a4",
            other_materials: bool = False) -> Callable[[], object]:
        return lambda: render_bytes(
            samples.for_case(make(), next(cases) % 10_000, other_materials),
            layout=layout)  # type: ignore[arg-type]

    return {
        "acceptance_receipt": job(samples.acceptance),
        "acceptance_receipt (thermal80)": job(samples.acceptance, "thermal80"),
        "supplement_notice (6 problems)": job(samples.supplement_notice),
        "  same, new material names each": job(samples.supplement_notice,
                                                other_materials=True),
        "rejection_notice": job(samples.rejection),
        "materials_list": job(samples.materials_list),
        "guide_sheet": job(samples.guide),
    }


def main() -> None:
    bare_name = "bare page (1 line, same font)"
    measured = rates({bare_name: bare_page, **documents()})
    bare = measured.pop(bare_name)
    print(f"{'document':34} {'ms each':>8} {'ratio to bare page':>20}")
    print(f"{bare_name:34} {1000 / bare:8.1f} {1.0:19.2f}x")
    for name, per_second in measured.items():
        print(f"{name:34} {1000 / per_second:8.1f} {bare / per_second:19.2f}x")
    print("A4 documents print two pages (applicant copy + archive stub); the bare page one.")


if __name__ == "__main__":
    main()
