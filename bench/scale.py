"""How per-case work, searching and export grow with the database: 10k, 100k and 1M seeded
cases.

Run: .venv/bin/python bench/scale.py [--sizes 10000,100000]
(1M cases take about 10 minutes to seed and 7.5 GB of disk; `make bench` runs 10k and 100k.)
Each size is seeded once under $BENCH_DATA (default /tmp/counterdesk-bench) and shared with
bench/export.py and bench/logview.py; a kept folder shows "kept" for its seed time. Each run
measures on a copy of the kept folder, removed afterwards, so the cases it registers do not
pile up in the kept database (the copy needs as much disk again while it runs).
Targets (issue #16): registering and deciding stay within 1.5x of their time at the smallest
size; "my cases" (the seeded clerk owns about 1 % of the cases, open) and a search, in "my
cases" and in the log (count and first page), answer within 100 ms at 1M; the log's first page
stays flat; export grows linearly or better. Prints one row per size, then each size's ratios
to the smallest; asserts nothing.
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

from common_seed import BENCH_PASSWORD, scratch_copy, seeded_home  # noqa: E402

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose  # noqa: E402
from counterdesk.domain.decision import MaterialReport  # noqa: E402
from counterdesk.services.accounts import AccountService, Actor  # noqa: E402
from counterdesk.services.casework import CaseworkService  # noqa: E402
from counterdesk.services.intake import (  # noqa: E402
    Applicant,
    IntakeService,
    Registration,
    SubmissionInput,
)
from counterdesk.services.log_filter import LogFilter  # noqa: E402
from counterdesk.services.review import LogService  # noqa: E402
from counterdesk.services.workspace import Workspace  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
REPEATS = 15
WARM_UP = 3  # unmeasured runs first: the first writes to a file just opened read its pages
ITEM = "37082600ZR-QR-0012"
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
MATERIALS = {m: MaterialReport() for m in
             ("application", "sale_contract", "id_card", "old_certificate")}


def counterdesk(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "counterdesk", "--home", str(home), *args],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def median_ms(job: Callable[[], object], repeats: int = REPEATS, warm_up: int = WARM_UP
              ) -> float:
    for _ in range(warm_up):
        job()
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        job()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def searches(space: Workspace, clerk: Actor) -> list[str]:
    """What a clerk types to find one of the clerk's accepted cases: the applicant's name, its
    last character alone (a broad search), the ID number's last four, the phone, the tracking
    number."""
    summary = next(s for s in CaseworkService(space).my_cases(clerk)
                   if s.deadline_kind == "promised_date")
    case = IntakeService(space).case(summary.case_id)
    name, id_number = str(case.applicant.name), str(case.applicant.id_number)
    return [name, name[-1], id_number[-4:], str(case.applicant.phone), str(case.tracking_no)]


def median_search_ms(search: Callable[[str], object], texts: list[str]) -> float:
    return statistics.median(median_ms(lambda text=text: search(text), 5) for text in texts)


def measure(size: int) -> dict[str, float | str]:
    try:
        kept, seed_seconds = seeded_home(size)
    except subprocess.CalledProcessError as error:
        return {"note": f"not available: `counterdesk demo seed` failed ({error})"}
    row: dict[str, float | str] = {"seed_s": "kept" if seed_seconds is None else seed_seconds}
    with scratch_copy(kept) as home:
        _measure_in(home, row)
    return row


def _measure_in(home: Path, row: dict[str, float | str]) -> None:
    from counterdesk.services.demo import CLERKS, SUPERVISOR

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
            lambda: registered.append(str(intake.register(clerk, registration).id)))
        pending = iter(registered)
        row["decide_ms"] = median_ms(
            lambda: intake.decide(clerk, next(pending), SubmissionInput(ANSWERS, MATERIALS)))
        row["my_cases_ms"] = median_ms(lambda: casework.my_cases(clerk), 5)
        row["my_open"] = float(len(casework.my_cases(clerk)))
        texts = searches(space, clerk)
        row["my_search_ms"] = median_search_ms(lambda text: casework.my_cases(clerk, text),
                                               texts)
        log = LogService(space, supervisor)
        row["log_page_ms"] = median_ms(lambda: (log.count(LogFilter()), log.page(LogFilter())),
                                       5)
        row["log_search_ms"] = median_search_ms(
            lambda text: (log.count(LogFilter(search=text)), log.page(LogFilter(search=text))),
            texts)
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


def cell(value: float | str | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


COLUMNS = (("seed_s", "seed s", 8, 1), ("register_ms", "register ms", 12, 1),
           ("decide_ms", "decide ms", 10, 1), ("my_open", "my open", 8, 0),
           ("my_cases_ms", "my cases ms", 12, 1), ("my_search_ms", "my search ms", 13, 1),
           ("log_page_ms", "log page ms", 12, 1), ("log_search_ms", "log search ms", 14, 1),
           ("export_s", "export s", 9, 2))
# Each size's figures as a ratio to the smallest size's, and the ratio each must stay within.
RATIOS = (("register_ms", "register", 1.5), ("decide_ms", "decide", 1.5),
          ("my_cases_ms", "my cases", None), ("my_search_ms", "my search", None),
          ("log_page_ms", "log page", None), ("log_search_ms", "log search", None))


def main(sizes: tuple[int, ...] = DEFAULT_SIZES) -> dict[int, dict[str, float | str]]:
    rows: dict[int, dict[str, float | str]] = {}
    print(f"{'cases':>9} " + " ".join(f"{title:>{width}}" for _, title, width, _ in COLUMNS)
          + f" {'export/10k s':>13}")
    for size in sizes:
        row = rows[size] = measure(size)
        if "note" in row:
            print(f"{size:>9,} {row['note']}")
            continue
        export = row["export_s"]
        per_10k = export / size * 10_000 if isinstance(export, float) else None
        print(f"{size:>9,} " + " ".join(f"{cell(row[key], digits):>{width}}"
                                         for key, _, width, digits in COLUMNS)
              + f" {cell(per_10k, 2):>13}")
    base_size = sizes[0]
    base = rows[base_size]
    for size in sizes[1:]:
        row = rows[size]
        if "note" in row or "note" in base:
            continue
        parts = []
        for key, title, limit in RATIOS:
            ratio = float(row[key]) / max(float(base[key]), 0.01)
            parts.append(f"{title} {ratio:.1f}x" + (f" (target <= {limit}x)" if limit else ""))
        print(f"{size:,} vs {base_size:,}: " + ", ".join(parts))
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
