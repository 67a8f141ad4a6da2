"""Intake use cases against a real SQLite database in tmp_path."""

import datetime as dt
import json

import pytest

from counterdesk.domain.cases import ApplicantKind, CaseStatus, Channel, Purpose, Rating
from counterdesk.domain.decision import MaterialReport
from counterdesk.domain.defects import Defect
from counterdesk.services.casework import CaseworkService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import (
    Applicant,
    IdNeedsConfirmation,
    IntakeError,
    IntakeService,
    Registration,
    SubmissionInput,
)

ITEM = "37082600ZR-QR-0012"  # 购买商品房登记（转移登记）, 承诺件 1 day
PERSON = Applicant(ApplicantKind.PERSON, "王小明", "resident_id", "11010519491231002x",
                   "13800000000")
ALL_PRESENT = {m: MaterialReport() for m in
               ("application", "sale_contract", "id_card", "old_certificate")}
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}


def register(space, clerk, applicant=PERSON, **kw):
    registration = Registration(Purpose.APPLY, Channel.ONSITE, applicant, ITEM, **kw)
    return IntakeService(space).register(clerk, registration)


def rows(space, sql, **params):
    return [dict(r) for r in space.db.conn.execute(sql, params)]


def test_registration_gives_a_tracking_number_and_makes_the_clerk_the_owner(space, people):
    case = register(space, people["clerk"])
    assert case.tracking_no == "W01-20260930-0001"
    assert case.owner_id == people["clerk"].user_id
    assert case.applicant.id_number == "11010519491231002X"  # lowercase x normalised
    assert case.item_version == dt.date(2020, 7, 28) and case.status == "open"


def test_tracking_numbers_are_gap_free_per_window_and_day(space, people, clock):
    numbers = [register(space, people["clerk"]).tracking_no for _ in range(3)]
    assert numbers == ["W01-20260930-0001", "W01-20260930-0002", "W01-20260930-0003"]
    clock.set_day(dt.date(2026, 10, 8))
    assert register(space, people["clerk"]).tracking_no == "W01-20261008-0001"


def test_a_failed_id_checksum_needs_the_clerks_confirmation_then_is_kept(space, people):
    bad = Applicant(ApplicantKind.PERSON, "赵六", "resident_id", "110105194912310021")
    with pytest.raises(IdNeedsConfirmation):
        register(space, people["clerk"], bad)
    assert rows(space, "SELECT * FROM cases") == []
    case = register(space, people["clerk"], bad, id_warning_confirmed=True)
    assert case.id_warning == "checksum"


def test_accept_on_first_visit_records_everything_and_issues_a_numbered_receipt(space, people):
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    result = intake.decide(people["clerk"], case.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    assert result.decision.outcome == "accept" and result.doc_type == "acceptance_receipt"
    assert result.doc_no == "政服受〔2026〕1号"
    stored = intake.case(case.id)
    assert stored.status == "accepted" and stored.promised_date == dt.date(2026, 10, 8)
    decision = rows(space, "SELECT * FROM decisions")[0]
    assert decision["first_visit"] == 1
    checks = rows(space, "SELECT material_id, received FROM material_checks")
    assert {c["material_id"] for c in checks} == set(ALL_PRESENT)


def test_supplement_then_return_visit_is_accepted_but_not_first_time_pass(space, people, clock):
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    first = {"application": MaterialReport(defects=(Defect.UNSEALED,)),
             "id_card": MaterialReport(), "old_certificate": MaterialReport(copies=0)}
    notice = intake.decide(people["clerk"], case.id, SubmissionInput(ANSWERS, first))
    assert [(p.material, p.defect) for p in notice.decision.problems] == [
        ("application", "unsealed"), ("sale_contract", "missing"),
        ("old_certificate", "too_few_copies")]
    assert notice.doc_no == "政服补〔2026〕1号"
    assert intake.case(case.id).status == "supplement_pending"
    clock.set_day(dt.date(2026, 10, 9))
    back = intake.decide(people["clerk"], case.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    stored = intake.case(case.id)
    assert back.decision.outcome == "accept"
    assert stored.accepted_on == dt.date(2026, 10, 9) and stored.received_on == dt.date(2026, 9, 30)
    assert [d["first_visit"] for d in rows(space, "SELECT first_visit FROM decisions")] == [0, 0]
    assert len(rows(space, "SELECT * FROM submissions WHERE case_id = :c", c=case.id)) == 2


def test_an_out_of_jurisdiction_rejection_needs_the_competent_office_and_is_reviewed(space,
                                                                                     people):
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    with pytest.raises(IntakeError) as raised:
        intake.decide(people["clerk"], case.id, SubmissionInput(ANSWERS, {},
                                                                    in_jurisdiction=False))
    assert raised.value.code == "competent_office_required"
    result = intake.decide(people["clerk"], case.id, SubmissionInput(
        ANSWERS, {}, in_jurisdiction=False, competent_office="济宁市自然资源和规划局"))
    assert result.decision.reason == "out_of_jurisdiction"
    assert result.doc_type == "rejection_notice"
    reviews = rows(space, "SELECT kind, status FROM reviews")
    assert reviews == [{"kind": "rejection", "status": "open"}]


def test_a_notice_later_than_five_working_days_is_refused_and_counts_as_accepted(space, people,
                                                                                clock):
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    clock.set_day(dt.date(2026, 10, 14))  # notice was due 2026-10-13
    result = intake.decide(people["clerk"], case.id, SubmissionInput(
        ANSWERS, {}, received_on=dt.date(2026, 9, 30), backdate_reason="材料当日留存，今日核对"))
    assert result.deemed_accepted and result.decision.outcome == "accept"
    assert intake.case(case.id).accepted_on == dt.date(2026, 9, 30)
    assert [r["kind"] for r in rows(space, "SELECT kind FROM reviews")] == ["late_notice"]


def test_a_second_notice_naming_a_problem_the_first_missed_is_flagged(space, people):
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    present = dict(ALL_PRESENT)
    del present["sale_contract"]
    intake.decide(people["clerk"], case.id, SubmissionInput(ANSWERS, present))
    worse = {**ALL_PRESENT, "id_card": MaterialReport(defects=(Defect.INCONSISTENT,))}
    intake.decide(people["clerk"], case.id, SubmissionInput(ANSWERS, worse))
    assert [r["kind"] for r in rows(space, "SELECT kind FROM reviews")] == ["second_notice"]


def _as_confirmation(space, code):
    """Import a version of a bundled guide re-filed as a 行政确认 (an administrative act,
    whose refusal must name reconsideration body and court)."""
    import dataclasses

    from counterdesk.domain.catalog import Category, default_procedure
    from counterdesk.services.catalog_service import import_catalog

    item = space.catalog.versions(code)[-1]
    confirmed = dataclasses.replace(item, category=Category.CONFIRMATION,
                                    procedure=default_procedure(Category.CONFIRMATION),
                                    version=item.version + dt.timedelta(days=1))
    import_catalog(space, [confirmed], actor_id=None)


def test_a_rejection_without_remedies_in_the_catalog_logs_nothing(space, people):
    intake = IntakeService(space)
    # 住房公积金提取 names no court and the office has no default court.
    _as_confirmation(space, "37082600GJ-TQ-0001")
    case = IntakeService(space).register(people["clerk"], Registration(
        Purpose.APPLY, Channel.ONSITE, PERSON, "37082600GJ-TQ-0001"))
    from counterdesk.domain.documents import MissingRemedyError

    with pytest.raises(MissingRemedyError) as raised:
        intake.decide(people["clerk"], case.id, SubmissionInput(
            {}, {}, in_jurisdiction=False, competent_office="济宁市住房公积金管理中心"))
    assert raised.value.field in ("court", "reconsideration_body")
    assert rows(space, "SELECT * FROM decisions") == []
    assert rows(space, "SELECT * FROM documents") == []


def test_a_public_service_refused_without_remedies_prints_its_refusal(space, people):
    intake = IntakeService(space)
    item = space.catalog.versions("37082600GJ-TQ-0001")[-1]
    assert item.category == "公共服务" and not item.court
    case = intake.register(people["clerk"], Registration(
        Purpose.APPLY, Channel.ONSITE, PERSON, "37082600GJ-TQ-0001"))
    recorded = intake.decide(people["clerk"], case.id, SubmissionInput(
        {}, {}, in_jurisdiction=False, competent_office="济宁市住房公积金管理中心"))
    assert recorded.decision.outcome == "reject" and recorded.doc_type == "rejection_notice"


def test_document_numbers_are_never_reused_or_skipped(space, people):
    intake = IntakeService(space)
    numbers = []
    for _ in range(3):
        case = register(space, people["clerk"])
        numbers.append(intake.decide(people["clerk"], case.id,
                                     SubmissionInput(ANSWERS, ALL_PRESENT)).doc_no)
    assert numbers == [f"政服受〔2026〕{i}号" for i in (1, 2, 3)]


def test_print_then_reprint_keeps_the_number_and_logs_the_reprint(space, people, tmp_path):
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    result = intake.decide(people["clerk"], case.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    service = DocumentService(space)
    service.render(people["clerk"], result.document_id, tmp_path / "a.pdf")
    service.render(people["clerk"], result.document_id, tmp_path / "b.pdf")
    prints = rows(space, "SELECT reprint FROM document_prints ORDER BY rowid")
    assert [p["reprint"] for p in prints] == [0, 1]
    actions = [r["action"] for r in rows(space, "SELECT action FROM audit_log")]
    assert "print" in actions and "reprint" in actions


def test_my_cases_lists_open_cases_with_their_next_deadline(space, people):
    intake = IntakeService(space)
    accepted = register(space, people["clerk"])
    intake.decide(people["clerk"], accepted.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    pending = register(space, people["clerk"])
    intake.decide(people["clerk"], pending.id, SubmissionInput(ANSWERS, {}))
    casework = CaseworkService(space)
    cases = casework.my_cases(people["clerk"])
    # The pending case was told what to supplement: nothing is due from the office until the
    # applicant returns, so it shows no deadline (not the notice deadline already met).
    assert [(c.tracking_no, c.next_deadline, c.deadline_kind) for c in cases] == [
        ("W01-20260930-0001", dt.date(2026, 10, 8), "promised_date"),
        ("W01-20260930-0002", None, "awaiting_applicant")]
    assert cases[0].urgency(dt.date(2026, 10, 9)) == "overdue"
    assert casework.my_cases(people["supervisor"]) == []


def test_a_referral_keeps_the_owner_and_a_completion_closes_the_case(space, people):
    intake, casework = IntakeService(space), CaseworkService(space)
    case = register(space, people["clerk"])
    intake.decide(people["clerk"], case.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    casework.refer(people["clerk"], case.id, "W02", "不动产登记中心", "需现场核验")
    assert intake.case(case.id).owner_id == people["clerk"].user_id
    casework.complete(people["clerk"], case.id, "已发证")
    assert intake.case(case.id).status == CaseStatus.COMPLETED
    assert casework.my_cases(people["clerk"]) == []
    kinds = [e.kind for e in casework.timeline(case.id)]
    assert kinds[:1] == ["register"] and "referral" in kinds and "completion" in kinds


def test_a_bad_rating_goes_to_the_supervisors_with_a_follow_up_deadline(space, people):
    casework = CaseworkService(space)
    case = register(space, people["clerk"])
    casework.rate(people["clerk"], case.id, Rating.VERY_DISSATISFIED, "等待太久")
    # one rating per service event: the registration was rated
    with pytest.raises(IntakeError) as refused:
        casework.rate(people["clerk"], case.id, Rating.SATISFIED)
    assert refused.value.code == "already_rated"
    reviews = rows(space, "SELECT kind, due_on FROM reviews")
    # three working days: Oct 8, Oct 9 and the make-up Saturday Oct 10
    assert reviews == [{"kind": "bad_rating", "due_on": "2026-10-10"}]


def test_an_escalation_keeps_the_case_open_for_a_supervisor(space, people):
    intake, casework = IntakeService(space), CaseworkService(space)
    case = register(space, people["clerk"])
    with pytest.raises(IntakeError):
        casework.escalate(people["clerk"], case.id, "  ")
    casework.escalate(people["clerk"], case.id, "申请人材料疑似伪造")
    assert intake.case(case.id).status == "escalated"
    with pytest.raises(IntakeError) as raised:
        intake.decide(people["clerk"], case.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    assert raised.value.code == "escalated"
    assert [r["kind"] for r in rows(space, "SELECT kind FROM reviews")] == ["escalation"]


def test_another_clerk_cannot_act_on_a_case_they_do_not_own(space, people):
    from counterdesk.services.accounts import AccountService, Role

    accounts = AccountService(space)
    accounts.create_user(people["admin"], "wang", "王五", "clerk-pass-2", Role.CLERK)
    other = accounts.log_in("wang", "clerk-pass-2", "W01")
    case = register(space, people["clerk"])
    with pytest.raises(IntakeError) as raised:
        IntakeService(space).decide(other, case.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    assert raised.value.code == "not_owner"


def test_a_consultation_closes_on_the_spot_with_a_note(space, people):
    intake, casework = IntakeService(space), CaseworkService(space)
    case = intake.register(people["clerk"], Registration(Purpose.CONSULT, Channel.ONSITE,
                                                         PERSON, ITEM))
    casework.close_consultation(people["clerk"], case.id, "已告知所需材料")
    assert intake.case(case.id).status == "closed"


def test_every_change_is_in_the_audit_chain(space, people):
    from counterdesk.services.integrity import verify_log
    from counterdesk.store.audit import verify_chain

    before = verify_chain(space.db.conn).entries
    case = register(space, people["clerk"])
    recorded = IntakeService(space).decide(people["clerk"], case.id,
                                           SubmissionInput(ANSWERS, {}))
    # THEN registering, deciding and numbering the notice each appended their entry, about
    # the rows they changed, and every audited row still matches what its entry recorded
    entries = rows(space, "SELECT action, entity, entity_id, details FROM audit_log"
                          " WHERE seq > :seq ORDER BY seq", seq=before)
    assert [(e["action"], e["entity"], e["entity_id"]) for e in entries] == [
        ("register", "case", case.id), ("decide", "case", case.id),
        ("document_number", "document", recorded.document_id)]
    assert json.loads(entries[1]["details"])["outcome"] == "supplement"
    assert verify_log(space).ok
    # AND an edit outside the program is named by the check
    space.db.conn.execute("UPDATE cases SET applicant_name = '李四' WHERE id = :id",
                          {"id": case.id})
    space.db.conn.commit()
    assert not verify_log(space).ok


def test_a_referral_to_a_window_that_does_not_exist_is_refused(space, people):
    case = register(space, people["clerk"])
    with pytest.raises(IntakeError) as raised:
        CaseworkService(space).refer(people["clerk"], case.id, "W99", "", "")
    assert raised.value.code == "unknown_window" and "W01" in str(raised.value)
    assert rows(space, "SELECT * FROM case_events") == []


def test_the_clerks_words_on_a_defect_are_kept_and_printed_on_the_notice(space, people):
    # GIVEN an application form brought unsealed, described by the clerk, and a missing
    # contract (no report, so nothing to describe)
    case_id = register(space, people["clerk"]).id
    materials = {**ALL_PRESENT, "application": MaterialReport(defects=(Defect.UNSEALED,))}
    del materials["sale_contract"]
    recorded = IntakeService(space).decide(people["clerk"], case_id, SubmissionInput(
        ANSWERS, materials, details={"application": " 第2页缺少单位公章 ",
                                     "id_card": "与问题无关"}))
    # THEN the words are stored with the check, and the decision's contract is unchanged
    checks = {r["material_id"]: r["detail"] for r in rows(
        space, "SELECT material_id, detail FROM material_checks")}
    assert checks == {"application": "第2页缺少单位公章", "sale_contract": "",
                      "id_card": "与问题无关", "old_certificate": ""}
    assert [set(p) for p in recorded.decision.to_json()["problems"]] == [
        {"material", "name", "defect"}] * 2
    # AND the notice prints them beside that material's defect only
    _row, notice = DocumentService(space).load(recorded.document_id)
    assert [(p.defect, p.detail) for p in notice.problems] == [
        (Defect.UNSEALED, "第2页缺少单位公章"), (Defect.MISSING, "")]
    assert [m.name for m in notice.kept] == ["申请人身份证", "原不动产权证书"]


@pytest.mark.parametrize("name, phone, code", [
    ("王" * 1000, "", "applicant_name_too_long"),
    ("王小明2", "", "applicant_name_bad_character"),
    ("·王小明", "", "applicant_name_misplaced_dot"),
    ("王小明", "138-abc", "phone_invalid"),
])
def test_a_name_or_phone_no_document_could_print_is_refused_and_nothing_is_written(
        space, people, name, phone, code):
    applicant = Applicant(ApplicantKind.PERSON, name, id_number="", phone=phone)
    with pytest.raises(IntakeError) as refused:
        IntakeService(space).register(people["clerk"], Registration(
            Purpose.APPLY, Channel.ONSITE, applicant, ITEM))
    assert refused.value.code == code
    assert rows(space, "SELECT * FROM cases") == []


def test_a_name_is_stored_as_the_documents_print_it(space, people):
    applicant = Applicant(ApplicantKind.PERSON, " 阿依古丽・买买提 ", phone="138 0000 0000")
    case = IntakeService(space).register(people["clerk"], Registration(
        Purpose.CONSULT, Channel.ONSITE, applicant, ITEM))
    assert case.applicant.name == "阿依古丽·买买提" and case.applicant.phone == "13800000000"
