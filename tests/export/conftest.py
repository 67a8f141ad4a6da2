"""Window PCs for export tests: each its own data folder, clerk and cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.domain.decision import MaterialReport
from counterdesk.services.accounts import AccountService, Actor, Role
from counterdesk.services.catalog_service import import_bundled_if_empty
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput
from counterdesk.services.workspace import Workspace

ITEM = "37082600ZR-QR-0012"  # 购买商品房登记（转移登记）, 承诺件 1 day
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
ALL_PRESENT = {m: MaterialReport() for m in
               ("application", "sale_contract", "id_card", "old_certificate")}
RESIDENT_ID = "11010519491231002X"


@dataclass
class WindowPC:
    space: Workspace
    clerk: Actor
    supervisor: Actor

    def register_and_accept(self, name: str = "王小明") -> str:
        intake = IntakeService(self.space)
        case = intake.register(self.clerk, Registration(
            Purpose.APPLY, Channel.ONSITE,
            Applicant(ApplicantKind.PERSON, name, "resident_id", RESIDENT_ID), ITEM))
        intake.decide(self.clerk, str(case.id), SubmissionInput(ANSWERS, ALL_PRESENT))
        return str(case.id)


@pytest.fixture
def make_pc(tmp_path: Path, clock):
    opened: list[Workspace] = []

    def make(window_id: str) -> WindowPC:
        home = tmp_path / f"pc-{window_id}"
        home.mkdir()
        space = Workspace(home, clock=clock)
        opened.append(space)
        import_bundled_if_empty(space)
        accounts = AccountService(space)
        admin = accounts.create_first_admin("admin", "管理员", "admin-pass-1", window_id,
                                            f"窗口{window_id}")
        accounts.create_user(admin, "zhang", "张敏", "clerk-pass-1", Role.CLERK)
        accounts.create_user(admin, "li", "李强", "super-pass-1", Role.SUPERVISOR)
        return WindowPC(space, accounts.log_in("zhang", "clerk-pass-1", window_id),
                        accounts.log_in("li", "super-pass-1", window_id))

    yield make
    for space in opened:
        space.close()


@pytest.fixture
def day_two(clock):
    return lambda: clock.set_day(dt.date(2026, 10, 9))
