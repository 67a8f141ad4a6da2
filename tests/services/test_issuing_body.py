"""实施主体: a document is issued in the name of the body that decides, never in the name of a
hall that only receives applications (PRODUCT.md, "Not every item is a licence")."""

import pytest

from counterdesk.domain.catalog import UNNAMED_SEAL, Issuer, issuing_body
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import IntakeService, SubmissionInput
from counterdesk.services.office import OfficeService
from tests.services.test_pledge_intake import FOOD, FOOD_ANSWERS, FOOD_BROUGHT, registered

HALL, HALL_SEAL = "微山县政务服务中心", "政务服务中心业务专用章"


def test_the_guide_s_issuer_signs_whatever_the_hall_is():
    body = issuing_body(Issuer("微山县自然资源和规划局", "不动产登记专用章"), "某局", HALL,
                        HALL_SEAL, office_issues=True)
    assert (body.name, body.seal, body.is_office) == ("微山县自然资源和规划局",
                                                      "不动产登记专用章", False)


def test_without_an_issuer_a_hall_that_only_receives_gives_the_department_s_name():
    body = issuing_body(None, "微山县行政审批服务局", HALL, HALL_SEAL, office_issues=False)
    # The seal line prints in brackets under the name: no name inside the brackets again.
    assert (body.name, body.seal, body.is_office) == ("微山县行政审批服务局", UNNAMED_SEAL,
                                                      False)


def test_without_an_issuer_a_hall_that_is_an_issuer_signs_itself():
    body = issuing_body(None, "微山县行政审批服务局", HALL, HALL_SEAL, office_issues=True)
    assert (body.name, body.seal, body.is_office) == (HALL, HALL_SEAL, True)


def test_an_issuer_named_as_the_hall_is_the_hall():
    assert issuing_body(Issuer(HALL), "", HALL, HALL_SEAL, office_issues=False).is_office


@pytest.mark.parametrize(("office_issues", "signed"), [
    ("0", "微山县行政审批服务局"), ("1", HALL)])
def test_a_licence_without_an_issuer_is_signed_as_the_office_setting_says(
        space, people, office_issues, signed):
    # GIVEN the hall's setting "本中心为实施机关" and a licence whose guide names no issuer
    OfficeService(space).save(people["admin"], {"office_name": HALL,
                                                "office_is_issuer": office_issues})
    case = registered(space, people["clerk"], FOOD)
    # WHEN the clerk accepts it
    recorded = IntakeService(space).decide(people["clerk"], case.id,
                                           SubmissionInput(FOOD_ANSWERS, FOOD_BROUGHT))
    # THEN the receipt is issued in the deciding body's name; the hall is where it was received
    _, document = DocumentService(space).load(recorded.document_id)
    assert document.header.office_name == signed
    assert document.header.received_at == ("" if signed == HALL else HALL)
    # AND remedies follow the deciding body: the guide's own
    assert document.item.reconsideration_body
