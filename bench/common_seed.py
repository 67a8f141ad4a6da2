"""A seeded data folder shared by the scale, export and log-view benchmarks (kept between
runs)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


BENCH_PASSWORD = "bench-pass-1"  # the demo accounts of the benchmark folders only


def seeded_home(cases: int) -> tuple[Path, float]:
    """A data folder holding `cases` demo cases, seeded once and reused by later runs, and
    the seconds its seeding took (read back from the marker when it was seeded earlier)."""
    base = Path(os.environ.get("BENCH_DATA", Path(tempfile.gettempdir()) / "counterdesk-bench"))
    home = base / f"seeded-{cases}"
    marker = home / "seeded.ok"
    if not marker.is_file():
        home.mkdir(parents=True, exist_ok=True)
        for stale in home.glob("counterdesk.sqlite3*"):
            stale.unlink()
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "counterdesk", "--home", str(home), "demo",
                        "seed", "--cases", str(cases), "--days", "240",
                        "--password", BENCH_PASSWORD], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        marker.write_text(f"{time.perf_counter() - start:.1f}\n")
    return home, float(marker.read_text().strip() or "nan")
