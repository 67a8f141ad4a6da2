"""Fixtures of the trust tests: a data folder with a little of every kind of history."""

from __future__ import annotations

import pytest

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose, Rating
from counterdesk.domain.decision import MaterialReport
from counterdesk.services.casework import CaseworkService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput
from counterdesk.services.office import OfficeService

ITEM = "37082600ZR-QR-0012"
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
ALL_PRESENT = {m: MaterialReport() for m in
               ("application", "sale_contract", "id_card", "old_certificate")}
PERSON = Applicant(ApplicantKind.PERSON, "王小明", "resident_id", "11010519491231002x",
                   "13800000000")


def register(space, clerk):
    return IntakeService(space).register(clerk, Registration(Purpose.APPLY, Channel.ONSITE,
                                                            PERSON, ITEM))


@pytest.fixture
def history(space, people, tmp_path):
    """Accepted, supplemented, rejected, referred, rated and printed cases; a settings change."""
    clerk, admin = people["clerk"], people["admin"]
    intake, casework = IntakeService(space), CaseworkService(space)
    OfficeService(space).save(admin, {"reconsideration_body": "大县人民政府",
                                      "court": "大县人民法院"})
    accepted = register(space, clerk)
    receipt = intake.decide(clerk, accepted.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    DocumentService(space).render(clerk, receipt.document_id, tmp_path / "receipt.pdf")
    DocumentService(space).render(clerk, receipt.document_id, tmp_path / "again.pdf")
    casework.refer(clerk, accepted.id, "W02", "", "需不动产窗口核实")
    casework.rate(clerk, accepted.id, Rating.DISSATISFIED)
    pending = register(space, clerk)
    intake.decide(clerk, pending.id, SubmissionInput(ANSWERS, {}))
    rejected = register(space, clerk)
    intake.decide(clerk, rejected.id, SubmissionInput(ANSWERS, {}, permit_required=False))
    return {"accepted": accepted, "pending": pending, "rejected": rejected,
            "receipt": receipt}
