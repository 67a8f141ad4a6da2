"""材料接收清单, guide sheets, the return-visit pre-fill and previews that are not prints."""

from pypdf import PdfReader

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.domain.decision import MaterialReport
from counterdesk.domain.defects import Defect
from counterdesk.services.handouts import HandoutService
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput

ITEM = "37082600ZR-QR-0012"
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
PERSON = Applicant(ApplicantKind.PERSON, "王小明", "resident_id", "11010519491231002X")


def registered(space, clerk, purpose=Purpose.APPLY):
    return IntakeService(space).register(clerk, Registration(purpose, Channel.ONSITE, PERSON,
                                                             ITEM))


def rows(space, sql):
    return [dict(r) for r in space.db.conn.execute(sql)]


def test_the_materials_list_names_what_the_last_submission_recorded(space, people):
    case = registered(space, people["clerk"])
    materials = {"application": MaterialReport(), "id_card": MaterialReport()}
    IntakeService(space).decide(people["clerk"], case.id, SubmissionInput(ANSWERS, materials))
    document_id, doc_no = HandoutService(space).issue_materials_list(people["clerk"], case.id)
    assert doc_no == "政服收〔2026〕1号"
    _row, document = HandoutService(space).documents.load(document_id)
    assert [m.name for m in document.materials] == ["不动产登记申请书（买卖双方共同申请）",
                                                    "申请人身份证"]


def test_a_guide_sheet_lists_every_material_of_the_item(space, people):
    case = registered(space, people["clerk"], Purpose.CONSULT)
    document_id, _ = HandoutService(space).issue_guide_sheet(people["clerk"], case.id)
    _row, sheet = HandoutService(space).documents.load(document_id)
    assert len(sheet.materials) == 9
    assert rows(space, "SELECT doc_type FROM documents") == [{"doc_type": "guide_sheet"}]


def test_the_return_visit_starts_from_what_was_recorded_last_time(space, people):
    case = registered(space, people["clerk"])
    first = {"application": MaterialReport(defects=(Defect.UNSEALED,)),
             "old_certificate": MaterialReport(copies=0)}
    IntakeService(space).decide(people["clerk"], case.id, SubmissionInput(ANSWERS, first))
    last = HandoutService(space).last_submission(case.id)
    assert last.answers == ANSWERS
    assert last.materials["application"].defects == (Defect.UNSEALED,)
    assert last.materials["sale_contract"].defects == (Defect.MISSING,)
    assert last.materials["old_certificate"].copies == 0


def test_a_case_without_submissions_has_nothing_to_pre_fill(space, people):
    case = registered(space, people["clerk"])
    assert HandoutService(space).last_submission(case.id) is None


def test_a_preview_is_not_a_print_but_shows_a_reprint_mark_after_one(space, people, tmp_path):
    case = registered(space, people["clerk"])
    decided = IntakeService(space).decide(people["clerk"], case.id, SubmissionInput(
        ANSWERS, {m: MaterialReport() for m in
                  ("application", "sale_contract", "id_card", "old_certificate")}))
    handouts = HandoutService(space)
    first = handouts.render_preview(decided.document_id, tmp_path / "first.pdf")
    assert rows(space, "SELECT * FROM document_prints") == []
    handouts.documents.render(people["clerk"], decided.document_id, tmp_path / "print.pdf")
    again = handouts.render_preview(decided.document_id, tmp_path / "again.pdf")
    text_first = "".join(p.extract_text() for p in PdfReader(first).pages)
    text_again = "".join(p.extract_text() for p in PdfReader(again).pages)
    assert "补打" not in text_first and "补打" in text_again
