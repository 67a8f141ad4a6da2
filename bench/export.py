"""Rows per second of `counterdesk export` next to `sqlite3 -csv` dumping the same rows.

Target (issue: central reporting): within 2x of the sqlite3 command-line tool on a
1,000,000-case database (`--cases 1000000`; the default 100,000 is the quick run). The
database is seeded once with `counterdesk demo seed` and kept under $BENCH_DATA
(default /tmp/counterdesk-bench). The sqlite3 baseline runs the export's own SELECTs with
full ID numbers (masking is a Python function the CLI does not have), writing to files.
Needs Debian's sqlite3 CLI (`apt-get install -y sqlite3`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common_seed import ROOT, seed_note, seeded_home  # noqa: E402

from counterdesk.store.export_repo import EXPORT_TABLES, export_sql  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    sqlite3_cli = shutil.which("sqlite3")
    home, seed_seconds = seeded_home(args.cases)
    print(f"{args.cases} cases {seed_note(seed_seconds)} (kept under {home})")
    database = home / "counterdesk.sqlite3"
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "counterdesk", "--home", str(home), "export",
                        "--out", str(out / "ours"), "--from", "2000-01-01"], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL)
        ours = time.perf_counter() - start
        rows = sum(sum(1 for _ in path.open(encoding="utf-8-sig")) - 1
                   for path in (out / "ours").glob("*/*.csv"))
        print(f"counterdesk export: {rows} rows in {ours:.1f} s = {rows / ours:,.0f} rows/s "
              f"({args.cases} cases)")
        if sqlite3_cli is None:
            print("sqlite3 -csv: not available (apt-get install -y sqlite3)")
            return
        start = time.perf_counter()
        for table in EXPORT_TABLES:
            sql = (export_sql(table, masked=False, period=False)
                   .replace(":after", "0").replace(":high", str(2**62)))
            with (out / f"{table}.csv").open("w") as target:
                subprocess.run([sqlite3_cli, "-csv", "-header", str(database), sql],
                               check=True, stdout=target)
        theirs = time.perf_counter() - start
        print(f"sqlite3 -csv: {rows} rows in {theirs:.1f} s = {rows / theirs:,.0f} rows/s")
        print(f"ratio: counterdesk export takes {ours / theirs:.2f}x the sqlite3 time "
              f"(target <= 2x)")


if __name__ == "__main__":
    main()
