"""Render the sample documents of tests/printing and turn them into the PNGs beside this file.

Run from the project root: PYTHONPATH=. python docs/documents/make_images.py
(needs pdftoppm from poppler-utils).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests" / "printing"))

import printing_samples as samples  # noqa: E402

from counterdesk.printing import render  # noqa: E402

DOCUMENTS = {
    "acceptance_receipt": (samples.acceptance(), "a4"),
    "supplement_notice": (samples.supplement_notice(6), "a4"),
    "rejection_notice": (samples.rejection(), "a4"),
    "materials_list": (samples.materials_list(), "a4"),
    "thermal_receipt": (samples.acceptance(), "thermal80"),
    "guide_sheet": (samples.guide(), "a4"),
    "reprint_acceptance_receipt": (samples.reprinted_acceptance(), "a4"),
    "supplement_notice_20_problems": (samples.supplement_notice(20), "a4"),
}


def main() -> None:
    for old in HERE.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as temp:
        for name, (document, layout) in DOCUMENTS.items():
            pdf = Path(temp) / f"{name}.pdf"
            render(document, pdf, layout=layout)  # type: ignore[arg-type]
            subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(HERE / name)],
                           check=True)
    print("\n".join(sorted(p.name for p in HERE.glob("*.png"))))


if __name__ == "__main__":
    main()
