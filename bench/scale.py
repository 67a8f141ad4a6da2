"""How per-case work and export grow with the database: 10k, 100k and 1M seeded cases.

Run: .venv/bin/python bench/scale.py [--sizes 10000,100000]
(1M cases take about 8 minutes to seed and 6.5 GB of disk; `make bench` runs 10k and 100k.)
Each size is seeded once under $BENCH_DATA (default /tmp/counterdesk-bench) and shared with
bench/export.py and bench/logview.py; a kept folder reports the seed time of its seeding.
Target: registering, deciding, "my cases" and the log's first page stay flat as the database
grows; export grows linearly or better. Prints one row per size; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common_seed import BENCH_PASSWORD, seeded_home  # noqa: E402

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose  # noqa: E402
from counterdesk.domain.decision import MaterialReport  # noqa: E402
from counterdesk.services.accounts import AccountService  # noqa: E402
from counterdesk.services.casework import CaseworkService  # noqa: E402
from counterdesk.services.intake import (  # noqa: E402
    Applicant,
    IntakeService,
    Registration,
    SubmissionInput,
)
from counterdesk.services.workspace import Workspace  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
REPEATS = 15
ITEM = "37082600ZR-QR-0012"
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
MATERIALS = {m: MaterialReport() for m in
             ("application", "sale_contract", "id_card", "old_certificate")}


def counterdesk(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "counterdesk", "--home", str(home), *args],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def median_ms(job: Callable[[], object], repeats: int = REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        job()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def log_first_page(space: Workspace, supervisor) -> Callable[[], object] | None:  # type: ignore[no-untyped-def]
    try:
        from counterdesk.services.review import LogService
        from counterdesk.store.log_repo import LogFilter
    except ImportError:
        return None
    service = LogService(space, supervisor)
    return lambda: (service.count(LogFilter()), service.page(LogFilter()))


def measure(size: int) -> dict[str, float | str]:
    from counterdesk.services.demo import CLERKS, SUPERVISOR

    try:
        home, seed_seconds = seeded_home(size)
    except subprocess.CalledProcessError as error:
        return {"note": f"not available: `counterdesk demo seed` failed ({error})"}
    row: dict[str, float | str] = {"seed_s": seed_seconds}
    space = Workspace(home)
    try:
        accounts = AccountService(space)
        clerk = accounts.log_in(CLERKS[0][0], BENCH_PASSWORD, "W01")
        supervisor = accounts.log_in(SUPERVISOR[0], BENCH_PASSWORD, "W01")
        intake, casework = IntakeService(space), CaseworkService(space)
        applicant = Applicant(ApplicantKind.PERSON, "王小明", "resident_id",
                              "11010519491231002x", "13800000000")
        registration = Registration(Purpose.APPLY, Channel.ONSITE, applicant, ITEM)
        registered: list[str] = []
        row["register_ms"] = median_ms(
            lambda: registered.append(str(intake.register(clerk, registration)["id"])))
        pending = iter(registered)
        row["decide_ms"] = median_ms(
            lambda: intake.decide(clerk, next(pending), SubmissionInput(ANSWERS, MATERIALS)))
        row["my_cases_ms"] = median_ms(lambda: casework.my_cases(clerk), 5)
        page = log_first_page(space, supervisor)
        row["log_page_ms"] = median_ms(page, 5) if page else "not available"
    finally:
        space.close()
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        # A one-off extract of every case: no batch is recorded, so reruns export it all.
        exported = counterdesk(home, "export", "--out", out, "--from", "2000-01-01")
        seconds = time.perf_counter() - start
    if exported.returncode == 0:
        row["export_s"] = seconds
    else:
        row["export_s"] = "not available"
    return row


def cell(value: float | str | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def main(sizes: tuple[int, ...] = DEFAULT_SIZES) -> dict[int, dict[str, float | str]]:
    rows: dict[int, dict[str, float | str]] = {}
    print(f"{'cases':>9} {'seed s':>8} {'register ms':>12} {'decide ms':>10} "
          f"{'my cases ms':>12} {'log page ms':>12} {'export s':>9} {'export/10k s':>13}")
    for size in sizes:
        row = rows[size] = measure(size)
        if "note" in row:
            print(f"{size:>9,} {row['note']}")
            continue
        export = row["export_s"]
        per_10k = export / size * 10_000 if isinstance(export, float) else None
        print(f"{size:>9,} {cell(row['seed_s']):>8} {cell(row['register_ms']):>12} "
              f"{cell(row['decide_ms']):>10} {cell(row['my_cases_ms']):>12} "
              f"{cell(row['log_page_ms']):>12} {cell(export, 2):>9} {cell(per_10k, 2):>13}")
    return rows


def parse_sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes are whole numbers like 10000,100000: {text!r}"
                                         ) from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("every size must be 1 or more")
    return sizes


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, default=DEFAULT_SIZES,
                        help="comma-separated case counts (default 10000,100000,1000000)")
    main(parser.parse_args().sizes)
