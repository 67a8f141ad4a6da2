"""The application's life at the window: receipt first, agents, escalations
with paper and a clock, completion recorded."""

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from counterdesk.domain.agents import Agent
from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.domain.completion import Completion, Delivery, ResultKind
from counterdesk.domain.decision import MaterialReport, notice_due
from counterdesk.domain.defects import Defect
from counterdesk.services.casework import CaseworkService
from counterdesk.services.completion import CompletionService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import (
    Applicant,
    IdNeedsConfirmation,
    IntakeError,
    IntakeService,
    Registration,
    SubmissionInput,
)
from counterdesk.services.review import ReviewService

HOUSE = "37082600ZR-QR-0012"  # 不动产登记 (行政确认), told on the spot, 承诺 1 day
LICENCE = "37082600SP-SL-0001"  # 有限责任公司设立登记 (行政许可), 5 working days
DIVORCE = "37082600MZ-HY-0002"  # 即办件
PERSON = Applicant(ApplicantKind.PERSON, "王小明", "resident_id", "11010519491231002x",
                   "13800000000")
AGENT = Agent("李四", "resident_id", "110105194912310038", "13900000000", "受托人")
HOUSE_ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
HOUSE_ALL = {m: MaterialReport() for m in
             ("application", "sale_contract", "id_card", "old_certificate")}
TODAY = dt.date(2026, 9, 30)


def register(space, clerk, item=HOUSE, agent=None, **kw):
    return IntakeService(space).register(clerk, Registration(
        Purpose.APPLY, Channel.ONSITE, PERSON, item, agent=agent, **kw))


def rows(space, sql, **params):
    return [dict(r) for r in space.db.conn.execute(sql, params)]


def pdf_text(space, people, document_id, out) -> list[str]:
    DocumentService(space).render(people["clerk"], document_id, out)
    return ["".join(page.extract_text().split()) for page in PdfReader(out).pages]


# -- 收件 ----------------------------------------------------------------------------------

def test_given_a_receipt_when_decided_at_the_same_visit_then_it_stays_one_submission(
        space, people):
    # GIVEN materials received (F6) with one material not yet looked at closely
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    intake.receive(people["clerk"], case.id, SubmissionInput(HOUSE_ANSWERS, HOUSE_ALL))
    # WHEN the clerk then finds the contract unsigned and decides, at the same visit
    brought = {**HOUSE_ALL, "sale_contract": MaterialReport(defects=(Defect.UNSIGNED,))}
    recorded = intake.decide(people["clerk"], case.id, SubmissionInput(
        HOUSE_ANSWERS, brought, details={"sale_contract": "第3页缺买方签字"}))
    # THEN the visit is one submission, answered by the decision, with the finished checks
    [submission] = rows(space, "SELECT * FROM submissions")
    assert submission["received_at"] == "2026-09-30T09:30:00+08:00"
    [decision] = rows(space, "SELECT submission_id, outcome FROM decisions")
    assert decision == {"submission_id": submission["id"], "outcome": "supplement"}
    contract = rows(space, "SELECT defects, detail FROM material_checks"
                           " WHERE material_id = 'sale_contract'")
    assert contract == [{"defects": '["unsigned"]', "detail": "第3页缺买方签字"}]
    assert recorded.decision.outcome == "supplement"
    # AND the return visit is the second submission
    intake.decide(people["clerk"], case.id, SubmissionInput(HOUSE_ANSWERS, HOUSE_ALL))
    assert [r["seq"] for r in rows(space, "SELECT seq FROM submissions ORDER BY seq")] == [1, 2]


def test_given_ticked_materials_when_received_then_a_receipt_prints_before_any_decision(
        space, people, tmp_path):
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    received = intake.receive(people["clerk"], case.id,
                              SubmissionInput(HOUSE_ANSWERS, HOUSE_ALL))
    # THEN the case holds its day of receipt, no decision, and a numbered receipt
    assert received.received_on == TODAY
    stored = intake.case(case.id)
    assert (stored.status, stored.received_on) == ("open", dt.date(2026, 9, 30))
    assert rows(space, "SELECT * FROM decisions") == []
    assert rows(space, "SELECT received_at FROM submissions") == [
        {"received_at": "2026-09-30T09:30:00+08:00"}]
    assert [r["action"] for r in rows(space, "SELECT action FROM audit_log")][-2:] == [
        "receive", "document_number"]
    applicant, stub = pdf_text(space, people, received.document_id, tmp_path / "r.pdf")
    for page in (applicant, stub):
        for words in ("材料接收凭证", received.doc_no, "王小明", "2026年9月30日09:30",
                      "4项", "不代表申请已受理"):
            assert words in page
    assert "书面答复期限" not in applicant


def test_given_nothing_ticked_when_received_then_the_clerk_is_told_to_tick_first(space,
                                                                                  people):
    case = register(space, people["clerk"])
    with pytest.raises(IntakeError) as raised:
        IntakeService(space).receive(people["clerk"], case.id,
                                     SubmissionInput(HOUSE_ANSWERS, {}))
    assert raised.value.code == "nothing_received"
    assert rows(space, "SELECT * FROM submissions") == []


def test_given_materials_left_yesterday_when_recorded_today_then_the_reason_is_required_and_audited(
        space, people, calendar):
    intake = IntakeService(space)
    case = register(space, people["clerk"], LICENCE)
    yesterday = dt.date(2026, 9, 29)
    answers = {"shareholder_type": "均为自然人", "prior_permit": "否", "by_agent": "否"}
    with pytest.raises(IntakeError) as raised:
        intake.receive(people["clerk"], case.id, SubmissionInput(
            answers, {"application": MaterialReport()}, received_on=yesterday))
    assert raised.value.code == "backdate_reason_required"
    with pytest.raises(IntakeError) as raised:
        intake.receive(people["clerk"], case.id, SubmissionInput(
            answers, {"application": MaterialReport()}, received_on=dt.date(2026, 10, 1)))
    assert raised.value.code == "receipt_in_future"
    intake.receive(people["clerk"], case.id, SubmissionInput(
        answers, {"application": MaterialReport()}, received_on=yesterday,
        backdate_reason="昨日下班前收件，今日录入"))
    audited = [json.loads(r["details"]) for r in rows(
        space, "SELECT details FROM audit_log WHERE action = 'receive'")]
    assert audited[0]["backdate_reason"] == "昨日下班前收件，今日录入"
    assert audited[0]["received_on"] == "2026-09-29"
    # WHEN the application is decided today, incomplete: the notice period runs from the
    # day of receipt, without asking the reason again
    item = space.catalog.in_force(LICENCE, TODAY)
    recorded = intake.decide(people["clerk"], case.id, SubmissionInput(
        answers, {"application": MaterialReport()}))
    assert recorded.decision.outcome == "supplement"
    assert recorded.decision.notice_due == notice_due(item.procedure, yesterday, calendar)
    # (the decision finishes the submission received yesterday: one visit, one submission)
    assert [(r["received_on"], r["backdate_reason"]) for r in rows(
        space, "SELECT received_on, backdate_reason FROM submissions")] == [
        ("2026-09-29", "昨日下班前收件，今日录入")]


# -- 代理人 --------------------------------------------------------------------------------

def test_given_an_agent_when_registered_then_recorded_and_the_authorisation_required(
        space, people, tmp_path):
    intake = IntakeService(space)
    case = register(space, people["clerk"], agent=AGENT)
    assert (case.agent.name, case.agent.id_number, case.agent.relation) == (
        "李四", "110105194912310038", "受托人")
    # the clerk's 否 does not stand against the registration: the 授权委托书 is required
    recorded = intake.decide(people["clerk"], case.id,
                             SubmissionInput(HOUSE_ANSWERS, HOUSE_ALL))
    assert recorded.decision.outcome == "supplement"
    assert {p.material for p in recorded.decision.problems} == {"agent_authorization",
                                                                "agent_id"}
    applicant, stub = pdf_text(space, people, recorded.document_id, tmp_path / "n.pdf")
    # THEN the notice prints the agent beside the applicant, the number masked on the
    # applicant's copy and whole on the stub
    assert "代理人李四（受托人）" in applicant and "110105194912310038" not in applicant
    assert "0038" in applicant
    assert "110105194912310038" in stub
    assert "申请人（代理人）签收" in stub


def test_given_an_agent_without_relation_or_with_a_bad_number_when_registered_then_refused(
        space, people):
    with pytest.raises(IntakeError) as raised:
        register(space, people["clerk"], agent=Agent("李四", "resident_id",
                                                     "110105194912310038", "", ""))
    assert raised.value.code == "agent_relation_required"
    with pytest.raises(IntakeError) as raised:
        register(space, people["clerk"], agent=Agent("", "resident_id", "1", "", "亲属"))
    assert raised.value.code == "agent_name_required"
    bad = Agent("李四", "resident_id", "110105194912310031", "", "亲属")
    with pytest.raises(IdNeedsConfirmation) as warned:
        register(space, people["clerk"], agent=bad)
    assert warned.value.code == "agent_id_unconfirmed"
    assert rows(space, "SELECT * FROM cases") == []
    case = register(space, people["clerk"], agent=bad, id_warning_confirmed=True)
    assert case.agent.id_number == "110105194912310031"


# -- 窗口否决报备 ---------------------------------------------------------------------------

def test_given_an_escalation_when_made_then_the_applicant_leaves_with_a_dated_answer_promise(
        space, people, calendar, tmp_path):
    intake = IntakeService(space)
    case = register(space, people["clerk"], LICENCE)
    answers = {"shareholder_type": "均为自然人", "prior_permit": "否", "by_agent": "否"}
    recorded = intake.escalate(people["clerk"], case.id, "经营场所证明疑似伪造",
                               SubmissionInput(answers, {"application": MaterialReport(),
                                                         "premises": MaterialReport()}))
    item = space.catalog.in_force(LICENCE, TODAY)
    due = notice_due(item.procedure, TODAY, calendar)
    assert recorded.answer_due == due
    # THEN the ticked materials, the day of receipt, and the queue's deadline are recorded
    stored = intake.case(case.id)
    assert (stored.status, stored.received_on) == ("escalated", dt.date(2026, 9, 30))
    checks = rows(space, "SELECT material_id FROM material_checks WHERE received = 1")
    assert {c["material_id"] for c in checks} == {"application", "premises"}
    assert rows(space, "SELECT kind, due_on FROM reviews") == [
        {"kind": "escalation", "due_on": due.isoformat()}]
    timeline = CaseworkService(space).timeline(case.id)
    assert [e.kind for e in timeline if e.kind in ("submission", "escalation")] == [
        "submission", "escalation"]
    applicant, _stub = pdf_text(space, people, recorded.document_id, tmp_path / "e.pdf")
    for words in ("材料接收凭证", "已提交本机关审核", "书面答复期限",
                  f"最迟于{due.year}年{due.month}月{due.day}日（含）", "2项"):
        assert words in applicant
    # AND the clerk's list shows the answer-by day as the next deadline
    summary = next(s for s in CaseworkService(space).my_cases(people["clerk"])
                   if s.case_id == case.id)
    assert (summary.next_deadline, summary.deadline_kind) == (due, "answer_due")
    # AND F6 prints it again, still naming the day
    again = intake.issue_receipt(people["clerk"], case.id)
    assert again.answer_due == due and again.doc_no != recorded.doc_no


def test_given_an_ordered_acceptance_when_the_clerk_decides_then_clocks_keep_the_original_day(
        space, people, clock, calendar):
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    intake.receive(people["clerk"], case.id, SubmissionInput(HOUSE_ANSWERS, HOUSE_ALL))
    intake.escalate(people["clerk"], case.id, "合同签字存疑")
    # the receipt of this visit is not recorded twice
    assert len(rows(space, "SELECT id FROM submissions")) == 1
    clock.set_day(dt.date(2026, 10, 12))
    review = next(r for r in ReviewService(space).queue(people["supervisor"])
                  if r["kind"] == "escalation")
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], False,
                                           "材料真实，依法受理")
    # THEN the clerk sees a task, not a silent 已登记
    stored = intake.case(case.id)
    assert intake.acceptance_ordered(stored)
    summary = next(s for s in CaseworkService(space).my_cases(people["clerk"])
                   if s.case_id == case.id)
    assert summary.deadline_kind == "acceptance_ordered"
    assert intake.receipt_day(stored) == TODAY
    # WHEN accepted, it is accepted from the original day of receipt
    recorded = intake.decide(people["clerk"], case.id,
                             SubmissionInput(HOUSE_ANSWERS, HOUSE_ALL))
    assert recorded.decision.outcome == "accept"
    assert intake.case(case.id).accepted_on == dt.date(2026, 9, 30)
    assert not intake.acceptance_ordered(intake.case(case.id))


def test_given_an_escalation_backdated_when_upheld_then_the_refusal_counts_from_receipt(
        space, people, clock, tmp_path):
    intake = IntakeService(space)
    case = register(space, people["clerk"])
    yesterday = dt.date(2026, 9, 29)
    intake.escalate(people["clerk"], case.id, "合同签字存疑", SubmissionInput(
        HOUSE_ANSWERS, {"sale_contract": MaterialReport(defects=(Defect.INCONSISTENT,))},
        received_on=yesterday, backdate_reason="昨日收件"))
    assert intake.escalation_answer_due(intake.case(case.id)) == yesterday
    assert json.loads(rows(space, "SELECT details FROM case_events")[0]["details"])[
        "backdate_reason"] == "昨日收件"


# -- 办结 ---------------------------------------------------------------------------------

def test_given_an_accepted_confirmation_when_completed_then_the_result_is_recorded(space,
                                                                                    people):
    intake, completion = IntakeService(space), CompletionService(space)
    case = register(space, people["clerk"])
    intake.decide(people["clerk"], case.id, SubmissionInput(HOUSE_ANSWERS, HOUSE_ALL))
    assert completion.results_for(case.id) == (ResultKind.GRANTED, ResultKind.REFUSED)
    assert not completion.completes_at_once(case.id)
    with pytest.raises(IntakeError) as raised:
        completion.complete(people["clerk"], case.id, Completion(
            ResultKind.GRANTED, "微自然资登〔2026〕88号", TODAY, Delivery.MAIL))
    assert raised.value.code == "delivery_address_required"
    completion.complete(people["clerk"], case.id, Completion(
        ResultKind.GRANTED, "微自然资登〔2026〕88号", TODAY, Delivery.MAIL, "微山县夏镇1号",
        "已发证"))
    assert rows(space, "SELECT status, result, result_kind, result_doc_no, result_doc_date,"
                       " delivery, delivery_address FROM cases") == [{
        "status": "completed", "result": "已发证", "result_kind": "granted",
        "result_doc_no": "微自然资登〔2026〕88号", "result_doc_date": "2026-09-30",
        "delivery": "mail", "delivery_address": "微山县夏镇1号"}]
    assert [r["action"] for r in rows(space, "SELECT action FROM audit_log")][-1] == \
        "completion"


def test_given_a_case_not_accepted_when_completed_then_refused(space, people):
    case = register(space, people["clerk"])
    with pytest.raises(Exception) as raised:
        CompletionService(space).complete(people["clerk"], case.id, Completion(
            ResultKind.GRANTED, "X1", TODAY))
    assert "cannot become 'completed'" in str(raised.value)


def test_given_an_immediate_item_accepted_when_asked_then_it_completes_in_the_same_visit(
        space, people):
    intake = IntakeService(space)
    case = register(space, people["clerk"], DIVORCE)
    item = intake.item_of(case)
    answers = {"stage": "离婚登记申请", "photo_source": "自带"}
    present = {m.id: MaterialReport() for m in item.required_materials(answers)}
    recorded = intake.decide(people["clerk"], case.id, SubmissionInput(answers, present))
    assert recorded.decision.outcome == "accept"
    assert CompletionService(space).completes_at_once(case.id)
