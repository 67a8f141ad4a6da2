"""A looper for the interruption tests: forks children that back up, restore or export in a
loop, to be killed with SIGKILL at a random moment.

`python crash_looper.py MODE HOME [ARG…]`. The parent imports once, then for each "go" line
on stdin forks a child, prints "child PID" and waits; a child prints one line after each
operation returned, so every printed line is an operation that finished.

- backup: `counterdesk backup`, every other one with `--out OUT/copy.sqlite3` (ARG: OUT);
- restore: restores the backups given as ARGs in turn;
- export: registers and accepts a case, then exports the next batch into OUT (ARGs: OUT,
  the clerk's user id).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.domain.decision import MaterialReport
from counterdesk.services import backup, restore
from counterdesk.services.accounts import Actor, Role
from counterdesk.services.exporting import export_batch
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput
from counterdesk.services.workspace import Workspace, local_now

ITEM = "37082600ZR-QR-0012"
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
ALL_PRESENT = {m: MaterialReport() for m in
               ("application", "sale_contract", "id_card", "old_certificate")}
PERSON = Applicant(ApplicantKind.PERSON, "王小明", "resident_id", "11010519491231002X")


def acknowledge(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write: lines of parent and child never mix


def back_up_forever(home: Path, out: Path, round_no: int) -> None:
    step = round_no
    while True:
        target = out / "copy.sqlite3" if step % 2 else None
        made = backup.manual_backup(home, local_now() + dt.timedelta(seconds=step), target)
        acknowledge(f"backup {made}")
        step += 1


def restore_forever(home: Path, files: list[Path], round_no: int) -> None:
    step = round_no
    while True:
        chosen = files[step % len(files)]
        restore.restore(home, chosen, local_now(), by="crash test")
        acknowledge(f"restored {chosen.name}")
        step += 1


def export_forever(space: Workspace, out: Path, clerk: Actor) -> None:
    intake = IntakeService(space)
    registration = Registration(Purpose.APPLY, Channel.ONSITE, PERSON, ITEM)
    while True:
        case = intake.register(clerk, registration)
        intake.decide(clerk, str(case.id), SubmissionInput(ANSWERS, ALL_PRESENT))
        acknowledge(f"case {case.id}")
        result = export_batch(space, None, out)
        acknowledge(f"batch {result.batch_no}")


def main() -> int:
    mode, home, extra = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    space = Workspace(home)
    if mode == "export":
        space.catalog, space.calendar  # noqa: B018 - loaded once, shared by every child
    space.close()
    loops: dict[str, Callable[[int], None]] = {
        "backup": lambda n: back_up_forever(home, Path(extra[0]), n),
        "restore": lambda n: restore_forever(home, [Path(p) for p in extra], n),
        "export": lambda n: export_forever(
            space, Path(extra[0]), Actor(int(extra[1]), "zhang", "张敏", Role.CLERK, "W01")),
    }
    for round_no, line in enumerate(sys.stdin):
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                space.__dict__.pop("db", None)  # the child opens its own connection
                loops[mode](round_no)
            finally:
                os._exit(1)
        acknowledge(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        acknowledge(f"done {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
