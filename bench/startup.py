"""Start-up: launch to the first screen ready for typing, next to a bare PySide6 label window.

Run: .venv/bin/python bench/startup.py   (about a minute; prints figures, asserts nothing)
Target: the program within 2x of the bare window, medians of several launches in one run.
Both run offscreen with a data folder set up by a first (unmeasured) launch.
"""

from __future__ import annotations

import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAUNCHES = 5
TIMEOUT_S = 30
READY = "counterdesk: ready:"
BARE_READY = "bare: shown"
BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("窗口受理")
label.show()
def shown():
    print({BARE_READY!r}, flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def launch_to_marker(command: list[str], marker: str, env: dict[str, str]) -> float | None:
    """Seconds from launch to the line starting with `marker`, or None if it never came."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=env, cwd=ROOT)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout or ()],
                     daemon=True).start()
    elapsed = None
    try:
        while (left := TIMEOUT_S - (time.perf_counter() - start)) > 0:
            try:
                line = lines.get(timeout=left)
            except queue.Empty:
                break
            if line.startswith(marker):
                elapsed = time.perf_counter() - start
                break
        process.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        pass
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return elapsed


def median_launch(command: list[str], marker: str, env: dict[str, str]) -> float | None:
    if launch_to_marker(command, marker, env) is None:  # first start: migrations, catalog
        return None
    times = [launch_to_marker(command, marker, env) for _ in range(LAUNCHES)]
    measured = [t for t in times if t is not None]
    return statistics.median(measured) if measured else None


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COUNTERDESK_HOME": home,
               "COUNTERDESK_SMOKE_EXIT": "1"}
        bare = median_launch([sys.executable, "-c", BARE_WINDOW], BARE_READY, env)
        program = median_launch([sys.executable, "-m", "counterdesk"], READY, env)
        bundle_program = ROOT / "dist" / "counterdesk" / "counterdesk"
        bundled = median_launch([str(bundle_program)], READY, env) \
            if bundle_program.is_file() else None
    results: dict[str, float] = {}
    if bare is None:
        print("startup: not available: the bare PySide6 window did not start")
        return results
    results["bare_s"] = bare
    print(f"startup: bare PySide6 label window {bare * 1000:.0f} ms (median of {LAUNCHES})")
    if program is None:
        print(f"startup: not available: `python -m counterdesk` printed no '{READY} <screen>' "
              f"line within {TIMEOUT_S} s with COUNTERDESK_SMOKE_EXIT=1 (app.py has no hook)")
        return results
    results.update({"program_s": program, "ratio": program / bare})
    print(f"startup: program to its first screen {program * 1000:.0f} ms; ratio "
          f"{program / bare:.2f}x (target <= 2x)")
    if bundled is not None:
        results["bundle_s"] = bundled
        print(f"startup: bundled program (dist/counterdesk) {bundled * 1000:.0f} ms; ratio "
              f"{bundled / bare:.2f}x")
    return results


if __name__ == "__main__":
    main()
