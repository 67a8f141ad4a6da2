"""Every write acknowledged as saved survives kill -9 at any moment; numbers are never reused."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from counterdesk.services.integrity import verify_log
from counterdesk.services.workspace import Workspace

KILLS = 200
WRITER = Path(__file__).with_name("crash_writer.py")


def run_kill_loop(home: Path, user_id: int, kills: int, seed: int) -> list[str]:
    """Start the writer, let each child write for a random moment, kill it; the acks."""
    chance = random.Random(seed)
    writer = subprocess.Popen([sys.executable, str(WRITER), str(home), str(user_id)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              bufsize=1)
    assert writer.stdin is not None and writer.stdout is not None
    acks: list[str] = []
    try:
        for _ in range(kills):
            writer.stdin.write("go\n")
            writer.stdin.flush()
            line = writer.stdout.readline()
            assert line.startswith("child "), line
            pid = int(line.split()[1])
            # Short random lives: most kills land inside a transaction or an fsync.
            time.sleep(chance.uniform(0.0, 0.06))
            os.kill(pid, signal.SIGKILL)
            for line in writer.stdout:
                if line.startswith("done "):
                    break
                acks.append(line.strip())
        writer.stdin.close()
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
    return acks


def test_acknowledged_writes_survive_two_hundred_kill_9s(space, people, capsys):
    clerk = people["clerk"]
    space.close()
    acks = run_kill_loop(space.home, clerk.user_id, KILLS, seed=20261001)

    reopened = Workspace(space.home)
    conn = reopened.db.conn
    integrity = reopened.db.integrity_check()
    verdict = verify_log(reopened)
    tracking = {r[0] for r in conn.execute("SELECT tracking_no FROM cases")}
    doc_numbers = [r[0] for r in conn.execute("SELECT doc_no FROM documents")]
    acked_cases = [a.split()[1] for a in acks if a.startswith("case ")]
    acked_docs = [a.split()[1] for a in acks if a.startswith("doc ")]
    missing = [t for t in acked_cases if t not in tracking] + \
        [d for d in acked_docs if d not in set(doc_numbers)]
    gaps = []
    for doc_type, year in conn.execute("SELECT DISTINCT doc_type, year FROM documents"):
        seqs = sorted(r[0] for r in conn.execute(
            "SELECT seq FROM documents WHERE doc_type = :t AND year = :y",
            {"t": doc_type, "y": year}))
        if seqs != list(range(1, len(seqs) + 1)):
            gaps.append(doc_type)
    reopened.close()
    with capsys.disabled():
        print(f"\nkill -9 loop: {KILLS} kills, {len(acks)} writes acknowledged "
              f"({len(acked_cases)} cases, {len(acked_docs)} documents), "
              f"{len(acks) - len(missing)} found, {len(missing)} lost; "
              f"{len(tracking)} cases and {len(doc_numbers)} documents in the database; "
              f"integrity_check: {integrity}; audit verify: "
              f"{'intact' if verdict.ok else verdict.headline()}")
    assert len(acked_cases) >= KILLS // 4, "the writer barely wrote: the loop proves nothing"
    assert integrity == "ok"
    assert missing == []
    assert len(doc_numbers) == len(set(doc_numbers)) and gaps == []
    assert all(re.fullmatch(r"政服[受补]〔\d{4}〕[1-9]\d*号", number) for number in acked_docs)
    assert verdict.ok, verdict.findings
