"""The review queue: supervisors confirm, overturn and decide escalations, on the record."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose, Rating
from counterdesk.domain.refusal_grounds import RefusalGround, StatedGround
from counterdesk.services.accounts import PermissionDenied
from counterdesk.services.casework import CaseworkService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import (
    Applicant,
    IntakeService,
    Registration,
    SubmissionInput,
)
from counterdesk.services.integrity import verify_log
from counterdesk.services.review import LogService, ReviewError, ReviewService
from counterdesk.store import audit
from counterdesk.store.log_repo import LogFilter
from tests.supervisor.conftest import ALL_PRESENT, ANSWERS


def only_review(space, supervisor, kind):
    queue = [r for r in ReviewService(space).queue(supervisor) if r["kind"] == kind]
    assert len(queue) == 1
    return queue[0]


def test_confirming_a_rejection_closes_the_review_and_keeps_the_case_rejected(space, people,
                                                                             cases):
    case_id = cases.rejected()
    review = only_review(space, people["supervisor"], "rejection")
    ReviewService(space).confirm(people["supervisor"], review["id"], "依法不予受理")
    decided = ReviewService(space).queue(people["supervisor"], status="confirmed")
    assert [r["id"] for r in decided] == [review["id"]]
    assert decided[0]["reviewer_name"] == "李强" and decided[0]["comment"] == "依法不予受理"
    assert IntakeService(space).case(case_id).status == "rejected"


def test_an_overturned_rejection_reopens_the_case_for_its_owner(space, people, cases):
    case_id = cases.rejected()
    review = only_review(space, people["supervisor"], "rejection")
    with pytest.raises(ReviewError) as raised:
        ReviewService(space).overturn(people["supervisor"], review["id"], "  ")
    assert raised.value.code == "comment_required"
    ReviewService(space).overturn(people["supervisor"], review["id"], "属于本机关职权")
    case = IntakeService(space).case(case_id)
    assert case.status == "open" and case.owner_id == people["clerk"].user_id
    mine = [s.case_id for s in CaseworkService(space).my_cases(people["clerk"])]
    assert case_id in mine


FALSE_MATERIALS = StatedGround(RefusalGround.FALSE_MATERIALS)


def pdf_text(space, people, document_id, out) -> str:
    DocumentService(space).render(people["clerk"], document_id, out)
    return "".join("".join(page.extract_text().split()) for page in PdfReader(out).pages)


def test_upholding_an_escalation_records_a_reasoned_rejection(space, people, cases):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "申请人材料真实性存疑")
    review = only_review(space, people["supervisor"], "escalation")
    with pytest.raises(ReviewError):
        ReviewService(space).confirm(people["supervisor"], review["id"])
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], True,
                                           "经核查材料系伪造", FALSE_MATERIALS)
    assert IntakeService(space).case(case_id).status == "rejected"
    decision = space.db.conn.execute("SELECT outcome, reason, note, clerk_id FROM decisions"
                                     " WHERE case_id = ?", (case_id,)).fetchone()
    assert tuple(decision) == ("reject", "escalation_upheld", "经核查材料系伪造",
                               people["supervisor"].user_id)


def test_upholding_an_escalation_needs_a_lawful_ground(space, people, cases):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "申请人材料真实性存疑")
    review = only_review(space, people["supervisor"], "escalation")
    service = ReviewService(space)
    with pytest.raises(ReviewError) as raised:
        service.decide_escalation(people["supervisor"], review["id"], True, "经核查材料系伪造")
    assert raised.value.code == "ground_required"
    with pytest.raises(ReviewError) as raised:
        service.decide_escalation(people["supervisor"], review["id"], True, "不符合条件",
                                  StatedGround(RefusalGround.OTHER, "婚姻登记条例", ""))
    assert raised.value.code == "ground_law_required"
    # 不动产登记 is a 行政确认: the licensing law is no ground for refusing it
    with pytest.raises(ReviewError) as raised:
        service.decide_escalation(people["supervisor"], review["id"], True, "不符合条件",
                                  StatedGround(RefusalGround.OTHER, "中华人民共和国行政许可法",
                                               "第七十八条"))
    assert raised.value.code == "licensing_law_for_non_licence"
    with pytest.raises(ReviewError) as raised:
        service.decide_escalation(people["supervisor"], review["id"], True, "非本机关职权",
                                  StatedGround(RefusalGround.OUT_OF_JURISDICTION))
    assert raised.value.code == "competent_office_required"
    assert IntakeService(space).case(case_id).status == "escalated"
    # nothing but the 材料接收凭证 the applicant took away when the window escalated
    assert [d["doc_type"] for d in DocumentService(space).for_case(case_id)] == [
        "materials_list"]


def test_an_upheld_escalation_is_answered_with_a_numbered_rejection_notice(space, people,
                                                                           cases, clock,
                                                                           tmp_path):
    # GIVEN an escalated refusal of a 不动产登记 application received on 2026-09-30
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "申请人材料真实性存疑")
    # WHEN a supervisor upholds it a week later, on the ground of false materials
    clock.set_day(dt.date(2026, 10, 9))
    review = only_review(space, people["supervisor"], "escalation")
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], True,
                                           "经核查，申请人提交的买卖合同系伪造", FALSE_MATERIALS)
    # THEN the case holds a numbered 不予受理通知书 the owner can print for the applicant
    documents = DocumentService(space).for_case(case_id)[1:]  # after the escalation receipt
    assert [d["doc_type"] for d in documents] == ["rejection_notice"]
    text = pdf_text(space, people, documents[0]["id"], tmp_path / "r.pdf")
    # stating the facts, the ground in words and the item's own rule (a 行政确认, so never
    # the licensing law), with the day the application was received, not the review day
    for words in ("不予受理通知书", "买卖合同系伪造", "申请人隐瞒有关情况或者提供虚假材料申请的",
                  "法律依据《不动产登记暂行条例》第十七条", "收到申请日期2026年9月30日",
                  "决定日期2026年10月9日", "行政复议", documents[0]["doc_no"]):
        assert words in text
    for never in ("本机关复核决定", "行政许可法", "收到申请日期2026年10月9日"):
        assert never not in text


def test_a_licence_refused_for_false_materials_cites_article_78(space, people, tmp_path):
    # GIVEN a 行政许可 (company registration) escalated by the window
    intake = IntakeService(space)
    case_id = str(intake.register(people["clerk"], Registration(
        Purpose.APPLY, Channel.ONSITE, Applicant(ApplicantKind.PERSON, "刘明"),
        "37082600SP-SL-0001")).id)
    CaseworkService(space).escalate(people["clerk"], case_id, "营业执照系伪造")
    review = only_review(space, people["supervisor"], "escalation")
    # WHEN the supervisor upholds it for false materials
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], True,
                                           "经核查，申请人提交的住所证明系伪造", FALSE_MATERIALS)
    # THEN the notice cites 行政许可法 第七十八条 in the law's own words
    document = DocumentService(space).for_case(case_id)[-1]
    text = pdf_text(space, people, document["id"], tmp_path / "r.pdf")
    assert "申请人隐瞒有关情况或者提供虚假材料申请行政许可的" in text
    assert "法律依据《中华人民共和国行政许可法》第七十八条" in text
    assert "收到申请日期2026年9月30日" in text


def test_a_refusal_upheld_on_another_ground_cites_the_law_the_supervisor_named(
        space, people, cases, tmp_path):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "已被司法机关查封")
    review = only_review(space, people["supervisor"], "escalation")
    ReviewService(space).decide_escalation(
        people["supervisor"], review["id"], True, "该房屋已被人民法院依法查封",
        StatedGround(RefusalGround.OTHER, "不动产登记暂行条例", "第二十二条第（二）项"))
    document = DocumentService(space).for_case(case_id)[-1]
    text = pdf_text(space, people, document["id"], tmp_path / "r.pdf")
    assert "法律依据《不动产登记暂行条例》第二十二条第（二）项" in text
    assert "不予受理理由该房屋已被人民法院依法查封" in text


def test_a_refusal_upheld_as_not_this_offices_names_where_to_apply(space, people, cases,
                                                                    tmp_path):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "房屋不在本县")
    review = only_review(space, people["supervisor"], "escalation")
    ReviewService(space).decide_escalation(
        people["supervisor"], review["id"], True, "该房屋位于济宁市任城区",
        StatedGround(RefusalGround.OUT_OF_JURISDICTION, competent_office="济宁市自然资源和规划局"))
    document = DocumentService(space).for_case(case_id)[-1]
    text = pdf_text(space, people, document["id"], tmp_path / "r.pdf")
    assert "该申请事项请向济宁市自然资源和规划局提出申请" in text
    assert "申请事项依法不属于本机关职权范围的" in text


def test_an_overturned_rejection_is_answered_with_a_revocation_notice(space, people, cases,
                                                                      clock, tmp_path):
    # GIVEN a window rejection on 2026-09-30, numbered and printed
    case_id = cases.rejected()
    refusal = DocumentService(space).for_case(case_id)[0]
    # WHEN a supervisor overturns it on 2026-10-12
    clock.set_day(dt.date(2026, 10, 12))
    review = only_review(space, people["supervisor"], "rejection")
    ReviewService(space).overturn(people["supervisor"], review["id"],
                                  "该房屋位于本县，属于本机关职权")
    # THEN a numbered 撤销不予受理决定通知书 names the refusal it revokes, with its date, and
    # says the application continues from the day it was received
    documents = DocumentService(space).for_case(case_id)
    assert [d["doc_type"] for d in documents] == ["rejection_notice", "revocation_notice"]
    revocation = documents[1]
    assert revocation["doc_no"] == "政服撤〔2026〕1号"
    text = pdf_text(space, people, revocation["id"], tmp_path / "v.pdf")
    for words in ("撤销不予受理决定通知书", refusal["doc_no"], "于2026年9月30日作出不予受理决定",
                  "该房屋位于本县，属于本机关职权", "以2026年9月30日为收到申请之日继续办理",
                  "撤销日期2026年10月12日", "微山县自然资源和规划局"):
        assert words in text
    event = json.loads(space.db.conn.execute(
        "SELECT details FROM case_events WHERE case_id = ? AND kind = 'review'",
        (case_id,)).fetchone()[0])
    assert event["revoked"] == refusal["doc_no"] and event["doc_no"] == revocation["doc_no"]


def test_a_case_reopened_by_a_revocation_continues_from_its_receipt_date(space, people, cases,
                                                                         clock):
    # GIVEN a rejection of 2026-09-30 overturned on 2026-10-12
    case_id = cases.rejected()
    clock.set_day(dt.date(2026, 10, 12))
    review = only_review(space, people["supervisor"], "rejection")
    ReviewService(space).overturn(people["supervisor"], review["id"], "属于本机关职权")
    # WHEN the clerk accepts the application that day
    recorded = IntakeService(space).decide(people["clerk"], case_id,
                                           SubmissionInput(ANSWERS, ALL_PRESENT))
    # THEN it is accepted as received on 2026-09-30, not as a new application
    assert recorded.decision.outcome == "accept"
    case = IntakeService(space).case(case_id)
    assert case.accepted_on == dt.date(2026, 9, 30)


def test_an_escalation_fixes_the_day_the_application_was_received(space, people, cases, clock):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "申请人材料真实性存疑")
    assert IntakeService(space).case(case_id).received_on == dt.date(2026, 9, 30)
    clock.set_day(dt.date(2026, 10, 12))
    review = only_review(space, people["supervisor"], "escalation")
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], False,
                                           "窗口无否决权，应当受理")
    assert IntakeService(space).continues_from(IntakeService(space).case(case_id)) == \
        dt.date(2026, 9, 30)


def test_ordering_acceptance_of_an_escalation_sends_the_case_back_to_the_clerk(space, people,
                                                                              cases):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "不想受理")
    review = only_review(space, people["supervisor"], "escalation")
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], False,
                                           "窗口无否决权，应当受理")
    assert IntakeService(space).case(case_id).status == "open"
    assert ReviewService(space).queue(people["supervisor"], "overturned")[0]["id"] == \
        review["id"]


def test_a_clerk_cannot_decide_a_review_and_a_review_is_decided_once(space, people, cases):
    cases.rejected()
    review = only_review(space, people["supervisor"], "rejection")
    with pytest.raises(PermissionDenied):
        ReviewService(space).confirm(people["clerk"], review["id"])
    ReviewService(space).confirm(people["admin"], review["id"])
    with pytest.raises(ReviewError) as raised:
        ReviewService(space).overturn(people["supervisor"], review["id"], "晚了")
    assert raised.value.code == "already_decided"


def test_every_review_decision_is_audited_with_who_decided_and_the_chain_holds(space, people,
                                                                              cases):
    case_id = cases.rejected()
    review = only_review(space, people["supervisor"], "rejection")
    ReviewService(space).overturn(people["supervisor"], review["id"], "属于本机关职权")
    entry = space.db.conn.execute(
        "SELECT actor_id, action FROM audit_log WHERE entity_id = ? ORDER BY seq DESC",
        (case_id,)).fetchone()
    assert tuple(entry) == (people["supervisor"].user_id, "review_overturn")
    assert audit.verify_chain(space.db.conn).ok
    assert verify_log(space).ok, verify_log(space).headline()


def test_bad_ratings_and_overdue_cases_reach_the_queue_once(space, people, cases, clock):
    rated = cases.accepted("赵六")
    CaseworkService(space).rate(people["clerk"], rated, Rating.VERY_DISSATISFIED, "等太久")
    overdue = cases.accepted("钱七")  # promised 2026-10-08
    clock.set_day(dt.date(2026, 10, 12))
    service = ReviewService(space)
    assert service.refresh_overdue(people["supervisor"]) == 2
    assert service.refresh_overdue(people["supervisor"]) == 0
    kinds = sorted(r["kind"] for r in service.queue(people["supervisor"]))
    assert kinds == ["bad_rating", "overdue", "overdue"]
    assert overdue in {r["case_id"] for r in service.queue(people["supervisor"],
                                                           kind="overdue")}


def test_the_log_filters_by_status_outcome_overdue_and_clerk(space, people, cases, clock):
    accepted = cases.accepted("甲")
    supplement = cases.supplement("乙")
    rejected = cases.rejected("丙")
    log = LogService(space, people["supervisor"])

    def ids(**kw):
        return {r["id"] for r in log.page(LogFilter(**kw)).rows}

    assert ids() == {accepted, supplement, rejected} and log.count(LogFilter()) == 3
    assert ids(status="supplement_pending") == {supplement}
    assert ids(outcome="reject") == {rejected}
    assert ids(clerk_id=people["supervisor"].user_id) == set()
    assert ids(department="微山县自然资源和规划局") == {accepted, supplement, rejected}
    assert ids(overdue=True) == set()
    clock.set_day(dt.date(2026, 10, 12))
    assert ids(overdue=True) == {accepted}
    assert ids(date_from="2026-10-01") == set() and ids(date_to="2026-09-30") == ids()


def test_log_pages_do_not_overlap_and_sort_as_asked(space, people, cases):
    made = [cases.register("申请人" + "甲乙丙丁戊己庚辛壬癸"[n]) for n in range(5)]
    log = LogService(space, people["supervisor"])
    first = log.page(LogFilter(), "tracking_no", False, 0, 3).rows
    rest = log.page(LogFilter(), "tracking_no", False, 3, 3).rows
    assert [r["id"] for r in first + rest] == made
    with pytest.raises(ValueError):
        log.page(LogFilter(), "applicant_name; DROP TABLE cases")


def test_the_case_timeline_includes_the_audit_entries_of_the_case(space, people, cases):
    case_id = cases.rejected()
    review = only_review(space, people["supervisor"], "rejection")
    ReviewService(space).confirm(people["supervisor"], review["id"], "同意")
    timeline = LogService(space, people["supervisor"]).timeline(case_id)
    actions = [e.summary["action"] for e in timeline if e.kind == "audit"]
    # (the slip's number is filed against the document, and belongs to the case's history)
    assert actions == ["register", "decide", "document_number", "review_confirm"]
    assert {"register", "decision", "document"} <= {e.kind for e in timeline}


def test_prints_and_reprints_of_the_case_documents_are_in_its_timeline(
        space, people, cases, tmp_path):
    # GIVEN an accepted case whose receipt was printed, then printed again (补打)
    from counterdesk.services.documents import DocumentService

    case_id = cases.accepted()
    documents = DocumentService(space)
    receipt = documents.for_case(case_id)[0]
    documents.render(people["clerk"], str(receipt["id"]), tmp_path / "one.pdf")
    documents.render(people["clerk"], str(receipt["id"]), tmp_path / "two.pdf")
    # AND another case, printed too
    other = cases.accepted()
    documents.render(people["clerk"], str(documents.for_case(other)[0]["id"]),
                     tmp_path / "other.pdf")
    # WHEN the supervisor opens the first case's timeline
    timeline = LogService(space, people["supervisor"]).timeline(case_id)
    prints = [e.summary for e in timeline
              if e.kind == "audit" and e.summary["action"] in ("print", "reprint")]
    # THEN the print and the reprint are lines of their own, in order, with the number and
    # where they went; the other case's print is not among them
    assert [(p["action"], p["doc_no"], p["target"]) for p in prints] == [
        ("print", receipt["doc_no"], str(tmp_path / "one.pdf")),
        ("reprint", receipt["doc_no"], str(tmp_path / "two.pdf"))]


def test_only_supervisors_open_the_log(space, people):
    with pytest.raises(PermissionDenied):
        LogService(space, people["clerk"])
