"""Cases in every state a supervisor reviews, made through the clerks' own services."""

from __future__ import annotations

import pytest

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.domain.decision import MaterialReport
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput

ITEM = "37082600ZR-QR-0012"  # 购买商品房登记（转移登记）, 承诺件 1 day
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
ALL_PRESENT = {m: MaterialReport() for m in
               ("application", "sale_contract", "id_card", "old_certificate")}


class CaseMaker:
    def __init__(self, space, clerk):
        self.intake = IntakeService(space)
        self.clerk = clerk

    def register(self, name: str = "王小明") -> str:
        return str(self.intake.register(self.clerk, Registration(
            Purpose.APPLY, Channel.ONSITE,
            Applicant(ApplicantKind.PERSON, name, "resident_id", "11010519491231002X"),
            ITEM)).id)

    def accepted(self, name: str = "王小明") -> str:
        case_id = self.register(name)
        self.intake.decide(self.clerk, case_id, SubmissionInput(ANSWERS, ALL_PRESENT))
        return case_id

    def supplement(self, name: str = "王小明") -> str:
        case_id = self.register(name)
        self.intake.decide(self.clerk, case_id, SubmissionInput(ANSWERS, {}))
        return case_id

    def rejected(self, name: str = "王小明") -> str:
        case_id = self.register(name)
        self.intake.decide(self.clerk, case_id, SubmissionInput(
            ANSWERS, {}, in_jurisdiction=False, competent_office="济宁市自然资源和规划局"))
        return case_id


@pytest.fixture
def cases(space, people) -> CaseMaker:
    return CaseMaker(space, people["clerk"])
