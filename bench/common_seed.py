"""A seeded data folder shared by the scale, export and log-view benchmarks (kept between
runs)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


BENCH_PASSWORD = "bench-pass-1"  # the demo accounts of the benchmark folders only


def seeded_home(cases: int) -> tuple[Path, float | None]:
    """A data folder holding `cases` demo cases, seeded once and reused by later runs, and
    the seconds its seeding took when it was seeded by this call; None for a folder kept
    from an earlier run (its seeding time belongs to that run, perhaps to older code)."""
    base = Path(os.environ.get("BENCH_DATA", Path(tempfile.gettempdir()) / "counterdesk-bench"))
    home = base / f"seeded-{cases}"
    marker = home / "seeded.ok"
    if marker.is_file():
        return home, None
    home.mkdir(parents=True, exist_ok=True)
    for stale in home.glob("counterdesk.sqlite3*"):
        stale.unlink()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "counterdesk", "--home", str(home), "demo",
                    "seed", "--cases", str(cases), "--days", "240",
                    "--password", BENCH_PASSWORD], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    marker.write_text(f"seeded in {seconds:.1f} s\n")
    return home, seconds


@contextmanager
def scratch_copy(home: Path) -> Iterator[Path]:
    """A copy of the kept data folder beside it, removed afterwards: a benchmark that writes
    (registers, decides) writes there, so the kept database does not grow run after run."""
    scratch = Path(tempfile.mkdtemp(prefix=f"{home.name}-scratch-", dir=home.parent))
    try:
        copy = scratch / home.name
        shutil.copytree(home, copy)
        yield copy
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def seed_note(seconds: float | None) -> str:
    """How a report names the seeding: its time when seeded now, else that it was kept."""
    return f"seeded in {seconds:.0f} s" if seconds is not None else "kept from an earlier run"
