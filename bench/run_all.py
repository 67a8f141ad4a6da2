"""Run every benchmark in bench/ and print one table of their figures (`make bench`).

Each script runs in its own interpreter (no shared caches or Qt state) and prints its own
ratios against a baseline measured in the same run; a script that does not exist yet or
fails gets a 'not available' row saying why. BENCH_SCALE_SIZES (default 10000,100000) sets
the database sizes of scale.py; add 1000000 for the full run (about 25 minutes more).
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SCRIPTS = ("startup", "search", "decide", "render", "keys", "export", "logview", "scale")
TIMEOUT_S = 3600


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        total_kb = int(meminfo.read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB RAM"
    return (f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {model}{memory}, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}")


def run(name: str) -> tuple[str, list[str], float]:
    script = BENCH / f"{name}.py"
    if not script.is_file():
        return "not available", [f"bench/{name}.py does not exist yet"], 0.0
    arguments = []
    if name == "scale":
        arguments = ["--sizes", os.environ.get("BENCH_SCALE_SIZES", "10000,100000")]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT),
                                                       os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    try:
        finished = subprocess.run([sys.executable, str(script), *arguments], cwd=ROOT, env=env,
                                  capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return "not available", [f"did not finish within {TIMEOUT_S} s"], TIMEOUT_S
    seconds = time.perf_counter() - start
    lines = [line.rstrip() for line in finished.stdout.splitlines() if line.strip()]
    if finished.returncode != 0:
        error = (finished.stderr.strip().splitlines() or ["no message"])[-1]
        return "not available", [*lines, f"failed (exit {finished.returncode}): {error}"], seconds
    if any(line.split(": ", 2)[1:2] == ["not available"] for line in lines):
        return "partial", lines, seconds
    return "ok", lines, seconds


def main() -> None:
    print(f"CounterDesk benchmarks — {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"machine: {machine()}")
    print()
    width = max(len("benchmark"), *map(len, SCRIPTS))
    print(f"{'benchmark':<{width}}  {'status':<13}  {'time':>6}  figures")
    print(f"{'-' * width}  {'-' * 13}  {'-' * 6}  {'-' * 60}")
    for name in SCRIPTS:
        status, lines, seconds = run(name)
        first, *rest = lines or [""]
        print(f"{name:<{width}}  {status:<13}  {seconds:5.0f}s  {first}")
        for line in rest:
            print(f"{'':<{width}}  {'':<13}  {'':>6}  {line}")


if __name__ == "__main__":
    main()
