"""A writer for the kill -9 test: forks children that register and decide cases in a loop.

The parent imports and loads once, then for each "go" line on stdin forks a child, prints
"child PID" and waits; the test kills the child with SIGKILL at a random moment. A child
prints "case TRACKING_NO" and "doc DOC_NO" only after the write committed, so every printed
line is a write the clerk was shown as saved.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.domain.decision import MaterialReport
from counterdesk.services.accounts import Actor, Role
from counterdesk.services.casework import CaseworkService
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput
from counterdesk.services.workspace import Workspace

ITEM = "37082600ZR-QR-0012"
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
ALL_PRESENT = {m: MaterialReport() for m in
               ("application", "sale_contract", "id_card", "old_certificate")}
PERSON = Applicant(ApplicantKind.PERSON, "王小明", "resident_id", "11010519491231002X")


def acknowledge(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write: lines of parent and child never mix


def write_forever(space: Workspace, clerk: Actor, round_no: int) -> None:
    intake, casework = IntakeService(space), CaseworkService(space)
    registration = Registration(Purpose.APPLY, Channel.ONSITE, PERSON, ITEM)
    step = round_no
    while True:
        case = intake.register(clerk, registration)
        acknowledge(f"case {case.tracking_no}")
        materials = ALL_PRESENT if step % 2 else {}
        recorded = intake.decide(clerk, str(case.id), SubmissionInput(ANSWERS, materials))
        acknowledge(f"doc {recorded.doc_no}")
        if step % 3 == 0:
            casework.refer(clerk, str(case.id), "W02", "", "转办")
            acknowledge(f"referral {case.tracking_no}")
        step += 1


def main() -> int:
    home, user_id = Path(sys.argv[1]), int(sys.argv[2])
    space = Workspace(home)
    space.catalog, space.calendar  # noqa: B018 - loaded once, shared by every child
    space.close()
    clerk = Actor(user_id, "zhang", "张敏", Role.CLERK, "W01")
    for round_no, line in enumerate(sys.stdin):
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                space.__dict__.pop("db", None)  # the child opens its own connection
                write_forever(space, clerk, round_no)
            finally:
                os._exit(1)
        acknowledge(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        acknowledge(f"done {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
