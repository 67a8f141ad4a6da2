"""My cases (首问跟踪): the next deadline that is the office's, the item's name, and the search
the clerk types into the list."""

from __future__ import annotations

import datetime as dt

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.domain.decision import notice_due
from counterdesk.services.casework import CaseworkService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import Applicant, IntakeService, Registration
from counterdesk.services.review import LogService, ReviewService
from counterdesk.store.log_repo import LogFilter
from tests.supervisor.conftest import ITEM

LICENCE = "37082600SP-XK-0003"  # 食品经营许可（新办）: notice within 5 working days


def mine(space, people, search: str = "") -> dict[str, object]:
    return {summary.case_id: summary
            for summary in CaseworkService(space).my_cases(people["clerk"], search)}


def test_my_cases_show_the_items_name_beside_its_code(space, people, cases):
    case_id = cases.accepted()
    summary = mine(space, people)[case_id]
    assert (summary.item_code, summary.item_name) == (ITEM, "购买商品房登记（转移登记）")


def test_a_case_told_to_supplement_shows_no_deadline_of_the_office(space, people, cases):
    # GIVEN a case accepted and one whose applicant was told on the spot what is missing
    accepted = cases.accepted()
    pending = cases.supplement()
    # WHEN the clerk lists the open cases
    listed = CaseworkService(space).my_cases(people["clerk"])
    # THEN the met notice deadline is not shown as due: the next move is the applicant's, and
    # the accepted case's promised date comes first
    assert [(s.case_id, s.next_deadline, s.deadline_kind) for s in listed] == [
        (accepted, dt.date(2026, 10, 8), "promised_date"),
        (pending, None, "awaiting_applicant")]
    assert listed[1].urgency(dt.date(2026, 12, 1)) == ""


def test_an_undecided_case_with_materials_in_hand_shows_its_notice_deadline(space, people,
                                                                            clock):
    # GIVEN a licence application the window escalated (materials in hand) and a supervisor
    # then ordered to be handled
    intake = IntakeService(space)
    case_id = str(intake.register(people["clerk"], Registration(
        Purpose.APPLY, Channel.ONSITE, Applicant(ApplicantKind.PERSON, "赵六"), LICENCE)).id)
    CaseworkService(space).escalate(people["clerk"], case_id, "需核实经营场所")
    review = next(r for r in ReviewService(space).queue(people["supervisor"])
                  if r["kind"] == "escalation")
    clock.advance(days=1)
    ReviewService(space).decide_escalation(people["supervisor"], review["id"], False, "依法受理")
    # THEN my cases shows it as the supervisor's order to accept (责令受理), with the notice
    # deadline counted from the original day of receipt, as the decision would count it
    # (行政许可法 art. 32: 5 working days)
    summary = mine(space, people)[case_id]
    item = space.catalog.in_force(LICENCE, dt.date(2026, 9, 30))
    assert summary.deadline_kind == "acceptance_ordered"
    assert summary.next_deadline == notice_due(item.procedure, dt.date(2026, 9, 30),
                                               space.calendar)
    assert summary.next_deadline > dt.date(2026, 9, 30)


def test_a_reopened_refusal_shows_the_notice_deadline_of_its_receipt(space, people, cases):
    case_id = cases.rejected()
    review = next(r for r in ReviewService(space).queue(people["supervisor"])
                  if r["kind"] == "rejection")
    ReviewService(space).overturn(people["supervisor"], review["id"], "属于本机关职权")
    # 不动产登记 is told on the spot (《不动产登记暂行条例》第十七条): due the day of receipt.
    summary = mine(space, people)[case_id]
    assert (summary.next_deadline, summary.deadline_kind) == (dt.date(2026, 9, 30),
                                                              "notice_due")


def register(space, people, name: str, id_number: str, phone: str, who: str = "clerk") -> str:
    return str(IntakeService(space).register(people[who], Registration(
        Purpose.APPLY, Channel.ONSITE,
        Applicant(ApplicantKind.PERSON, name, "resident_id", id_number, phone),
        ITEM)).id)


def test_my_cases_find_a_case_by_anything_the_clerk_has_at_hand(space, people, cases):
    # GIVEN two applicants, and a third with the first one's ID number and a document
    wang = register(space, people, "王小明", "11010519491231002X", "13800000000")
    ouyang = register(space, people, "欧阳娜娜", "370826196201067753", "13108258583")
    numbered = cases.accepted("李四")
    doc_no = DocumentService(space).for_case(numbered)[0]["doc_no"]
    tracking = IntakeService(space).case(ouyang).tracking_no
    # THEN each thing typed finds its case and no other
    for typed, found in (("小明", {wang}), ("阳娜", {ouyang}), ("欧阳娜娜", {ouyang}),
                         ("11010519491231002x", {wang, numbered}), ("002x", {wang, numbered}),
                         ("7753", {ouyang}),
                         ("13108258583", {ouyang}), (str(tracking).lower(), {ouyang}),
                         (doc_no, {numbered}), ("  李四 ", {numbered}), ("张三", set())):
        assert set(mine(space, people, typed)) == found, typed
    # AND the serial on the receipt (…-0002) finds its case among the clerk's own
    assert str(tracking).endswith("-0002")
    assert set(mine(space, people, "0002")) == {ouyang}
    assert set(mine(space, people, "0009")) == set()
    assert set(mine(space, people, "")) == {wang, ouyang, numbered}


def test_a_search_never_shows_another_clerks_cases(space, people):
    register(space, people, "王小明", "11010519491231002X", "13800000000", who="supervisor")
    assert mine(space, people, "王小明") == {}


def test_the_log_calls_overdue_what_my_cases_colour_overdue(space, people, cases, clock):
    # GIVEN an accepted case promised for 2026-10-08
    case_id = cases.accepted()
    log = LogService(space, people["supervisor"])

    def overdue_in_log() -> bool:
        return case_id in {row["id"] for row in log.page(LogFilter(overdue=True)).rows}

    # WHEN the promised day comes, THEN it is due today in both
    clock.set_day(dt.date(2026, 10, 8))
    assert mine(space, people)[case_id].urgency(space.today()) == "today"
    assert not overdue_in_log()
    # AND the day after, overdue in both
    clock.set_day(dt.date(2026, 10, 9))
    assert mine(space, people)[case_id].urgency(space.today()) == "overdue"
    assert overdue_in_log()
