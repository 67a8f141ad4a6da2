"""The review queue: supervisors confirm, overturn and decide escalations, on the record."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from counterdesk.domain.cases import Rating
from counterdesk.services.accounts import PermissionDenied
from counterdesk.services.casework import CaseworkService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import IntakeService
from counterdesk.services.integrity import verify_log
from counterdesk.services.review import LogService, ReviewError, ReviewService
from counterdesk.store import audit
from counterdesk.store.log_repo import LogFilter


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
    assert IntakeService(space).case(case_id)["status"] == "rejected"


def test_an_overturned_rejection_reopens_the_case_for_its_owner(space, people, cases):
    case_id = cases.rejected()
    review = only_review(space, people["supervisor"], "rejection")
    with pytest.raises(ReviewError) as raised:
        ReviewService(space).overturn(people["supervisor"], review["id"], "  ")
    assert raised.value.code == "comment_required"
    ReviewService(space).overturn(people["supervisor"], review["id"], "属于本机关职权")
    case = IntakeService(space).case(case_id)
    assert case["status"] == "open" and case["owner_id"] == people["clerk"].user_id
    mine = [s.case_id for s in CaseworkService(space).my_cases(people["clerk"])]
    assert case_id in mine


def test_upholding_an_escalation_records_a_reasoned_rejection(space, people, cases):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "申请人材料真实性存疑")
    review = only_review(space, people["supervisor"], "escalation")
    with pytest.raises(ReviewError):
        ReviewService(space).confirm(people["supervisor"], review["id"])
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], True,
                                           "经核查材料系伪造")
    assert IntakeService(space).case(case_id)["status"] == "rejected"
    decision = space.db.conn.execute("SELECT outcome, reason, note, clerk_id FROM decisions"
                                     " WHERE case_id = ?", (case_id,)).fetchone()
    assert tuple(decision) == ("reject", "escalation_upheld", "经核查材料系伪造",
                               people["supervisor"].user_id)


def test_an_upheld_escalation_is_answered_with_a_numbered_rejection_notice(space, people,
                                                                           cases, tmp_path):
    # GIVEN an escalated refusal that a supervisor upholds with reasons
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "申请人材料真实性存疑")
    review = only_review(space, people["supervisor"], "escalation")
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], True,
                                           "经核查，申请人提交的买卖合同系伪造")
    # THEN the case holds a numbered 不予受理通知书 the owner can print for the applicant
    documents = DocumentService(space).for_case(case_id)
    assert [d["doc_type"] for d in documents] == ["rejection_notice"]
    out = DocumentService(space).render(people["clerk"], documents[0]["id"], tmp_path / "r.pdf")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for words in ("不予受理通知书", "买卖合同系伪造", "复核", "行政复议", documents[0]["doc_no"]):
        assert words in text


def test_ordering_acceptance_of_an_escalation_sends_the_case_back_to_the_clerk(space, people,
                                                                              cases):
    case_id = cases.register()
    CaseworkService(space).escalate(people["clerk"], case_id, "不想受理")
    review = only_review(space, people["supervisor"], "escalation")
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], False,
                                           "窗口无否决权，应当受理")
    assert IntakeService(space).case(case_id)["status"] == "open"
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
    made = [cases.register(f"申请人{n}") for n in range(5)]
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
