"""The log's filters, sorts, searches and keyset pages return exactly the right cases, whichever
index drives the read, checked against the same question asked of the rows in Python."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from counterdesk.store import log_repo
from counterdesk.store.case_repo import CaseRepo
from counterdesk.store.db import Database
from counterdesk.store.log_repo import SORT_KEYS, LogFilter, LogRepo

TODAY = "2026-09-30"
ITEMS = {"37082600ZR-QR-0012": "微山县自然资源和规划局", "37082600GA-HJ-0001": "微山县公安局",
         "37082600MZ-HY-0001": "微山县民政局"}
STATUSES = ("open", "supplement_pending", "escalated", "accepted", "rejected", "completed",
            "closed")
NAMES = ("王芳", "王小明", "李芳芳", "张伟", "欧阳娜娜", "John SMITH", "微山县明德商贸有限公司",
         "刘洋")


def build_log(db: Database, count: int = 160, seed: int = 7) -> list[dict[str, Any]]:
    """Cases with ties in every sort key, missing items and promised dates, several decisions
    and documents each; returns them as the reference, in rowid order."""
    rng = random.Random(seed)
    cases = []
    with db.transaction() as conn:
        for window in ("W01", "W02"):
            conn.execute("INSERT INTO windows (id, name) VALUES (:w, :w)", {"w": window})
        for user_id in (1, 2, 3):
            conn.execute("INSERT INTO users (id, username, display_name, role, password_hash,"
                         " created_at) VALUES (:id, :name, :name, 'clerk', 'x', :at)",
                         {"id": user_id, "name": f"clerk{user_id}", "at": TODAY})
        for code, department in ITEMS.items():
            conn.execute("INSERT INTO catalog_items (code, version, name, department, body,"
                         " source_name, imported_at) VALUES (:code, '2024-01-01', :code,"
                         " :department, '{}', 'test', :at)",
                         {"code": code, "department": department, "at": TODAY})
        repo = CaseRepo(conn)
        for number in range(count):
            code = rng.choice((*ITEMS, None))
            case = {
                "id": f"case-{number:04d}", "tracking_no": f"W0{number % 2 + 1}-2026093{number % 3}"
                f"-{number:04d}", "window_id": f"W0{number % 2 + 1}",
                "owner_id": rng.choice((1, 2, 3)), "purpose": "apply", "channel": "onsite",
                "applicant_kind": "person", "applicant_name": rng.choice(NAMES),
                "id_type": "resident_id",
                "id_number": rng.choice(("11010519491231002X", "370826196201067753",
                                         "37082619850101123X", "")),
                "phone": rng.choice(("13800000000", "13108258583", "0537-8000001", "")),
                "item_code": code, "item_version": "2024-01-01" if code else None,
                "status": rng.choice(STATUSES),
                "registered_at": f"2026-09-{rng.choice((28, 29, 30))}T0{rng.choice((8, 9))}:00"
                                 f":00+08:00",
                "promised_date": rng.choice((None, "2026-09-29", "2026-09-30", "2026-10-09")),
                "updated_at": TODAY}
            conn.execute(f"INSERT INTO cases ({', '.join(case)})"
                         f" VALUES ({', '.join(':' + key for key in case)})", case)
            outcomes = rng.sample(("accept", "supplement", "reject"), rng.choice((0, 1, 2)))
            for seq, outcome in enumerate(outcomes):
                decision_id = f"{case['id']}-d{seq}"
                repo.insert_decision({
                    "id": decision_id, "case_id": case["id"], "submission_id": None,
                    "outcome": outcome, "reason": "", "competent_office": "", "problems": "[]",
                    "notice_due": None, "promised_date": None, "decided_on": TODAY,
                    "decided_at": f"{TODAY}T1{seq}:00:00+08:00", "clerk_id": 1,
                    "first_visit": 0, "note": ""})
                conn.execute(
                    "INSERT INTO documents (id, case_id, decision_id, doc_type, doc_no, year,"
                    " seq, issued_at, clerk_id, body) VALUES (:id, :case, :decision, 'receipt',"
                    " :no, 2026, :seq, :at, 1, '{}')",
                    {"id": decision_id, "case": case["id"], "decision": decision_id,
                     "no": f"大政服受〔2026〕{number * 3 + seq:04d}号", "seq": number * 3 + seq,
                     "at": TODAY})
            case["outcomes"] = set(outcomes)
            case["doc_nos"] = {f"大政服受〔2026〕{number * 3 + seq:04d}号"
                               for seq in range(len(outcomes))}
            case["rowid"] = number + 1
            cases.append(case)
    return cases


def expected_filter(spec: LogFilter) -> Callable[[dict[str, Any]], bool]:
    def keep(case: dict[str, Any]) -> bool:
        day = case["registered_at"][:10]
        typed = spec.search.strip()
        return all((
            not spec.date_from or day >= spec.date_from,
            not spec.date_to or day <= spec.date_to,
            spec.clerk_id is None or case["owner_id"] == spec.clerk_id,
            not spec.window_id or case["window_id"] == spec.window_id,
            not spec.item_code or case["item_code"] == spec.item_code,
            not spec.department or ITEMS.get(case["item_code"] or "") == spec.department,
            not spec.outcome or spec.outcome in case["outcomes"],
            not spec.status or case["status"] == spec.status,
            not spec.overdue or (case["status"] == "accepted"
                                 and (case["promised_date"] or "9") < spec.today),
            not typed or typed.lower() in case["applicant_name"].lower()
            or (typed.upper() == case["id_number"] and typed != "")
            or (len(typed) == 4 and case["id_number"][-4:] == typed.upper())
            or typed == case["phone"] or typed.upper() == case["tracking_no"]
            or typed in case["doc_nos"]))
    return keep


def expected_order(cases: list[dict[str, Any]], sort: str, descending: bool) -> list[str]:
    column = {"owner": "owner_id"}.get(sort, sort)
    if sort == "registered_at":
        key = lambda case: (case["registered_at"], case["rowid"])  # noqa: E731
    else:
        key = lambda case: (case[column] or "", case["registered_at"],  # noqa: E731
                            case["rowid"])
    return [case["id"] for case in sorted(cases, key=key, reverse=descending)]


def every_page(repo: LogRepo, spec: LogFilter, sort: str, descending: bool,
               size: int = 7) -> list[str]:
    """The whole log as the view scrolls it: each page after the last row of the one before."""
    shown: list[dict[str, Any]] = []
    while True:
        page = repo.page(spec, sort, descending, limit=size,
                         after=shown[-1] if shown else None)
        shown += page
        if len(page) < size:
            return [row["id"] for row in shown]


@pytest.fixture
def log(tmp_path) -> tuple[LogRepo, list[dict[str, Any]]]:
    db = Database(tmp_path / "log.sqlite3")
    cases = build_log(db)
    yield LogRepo(db.conn), cases
    db.close()


FILTERS = {
    "nothing": LogFilter(),
    "period": LogFilter(date_from="2026-09-29", date_to="2026-09-29"),
    "clerk": LogFilter(clerk_id=2),
    "window": LogFilter(window_id="W02"),
    "item": LogFilter(item_code="37082600GA-HJ-0001"),
    "department": LogFilter(department="微山县民政局"),
    "outcome": LogFilter(outcome="reject"),
    "status": LogFilter(status="accepted"),
    "overdue": LogFilter(overdue=True),
    "window and status": LogFilter(window_id="W01", status="completed"),
    "clerk and outcome": LogFilter(clerk_id=1, outcome="supplement"),
    "part of a name": LogFilter(search="芳"),
    "a name in another case": LogFilter(search="john smith"),
    "more than three characters of a name": LogFilter(search="明德商贸有限"),
    "a whole ID number, lower-case x": LogFilter(search="11010519491231002x"),
    "the last four of an ID number": LogFilter(search="123x"),
    "a phone": LogFilter(search="0537-8000001"),
    "a tracking number": LogFilter(search="w02-20260931-0007"),
    "a document number": LogFilter(search="大政服受〔2026〕0025号"),
    "nothing found": LogFilter(search="欧阳修"),
    "a search and a filter": LogFilter(search="王", window_id="W01", outcome="accept"),
}


@pytest.mark.parametrize("broad", [log_repo.BROAD, 5], ids=["few", "broad"])
@pytest.mark.parametrize("name", FILTERS)
def test_each_filter_and_search_finds_exactly_its_cases_page_after_page(log, monkeypatch,
                                                                        name, broad):
    # GIVEN the log, read once as SQLite would for a small and for a broad match
    repo, cases = log
    monkeypatch.setattr(log_repo, "BROAD", broad)
    spec = replace(FILTERS[name], today=TODAY)
    wanted = [case for case in cases if expected_filter(spec)(case)]
    # WHEN it is counted and read page after page, newest first
    # THEN the count and the rows are the cases the question asks for, in order
    assert repo.count(spec) == len(wanted)
    assert every_page(repo, spec, "registered_at", True) == expected_order(
        wanted, "registered_at", True)


@pytest.mark.parametrize("broad", [log_repo.BROAD, 5], ids=["few", "broad"])
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("name", ["nothing", "window", "overdue", "outcome", "part of a name"])
def test_each_sort_orders_the_whole_log_with_no_row_twice_or_missing(log, monkeypatch, name,
                                                                     sort, descending, broad):
    repo, cases = log
    monkeypatch.setattr(log_repo, "BROAD", broad)
    spec = replace(FILTERS[name], today=TODAY)
    wanted = [case for case in cases if expected_filter(spec)(case)]
    assert every_page(repo, spec, sort, descending) == expected_order(wanted, sort, descending)


def test_pages_by_row_number_are_the_pages_after_the_last_row(log):
    repo, _ = log
    spec = LogFilter(today=TODAY)
    first = repo.page(spec, "promised_date", True, 0, 9)
    assert repo.page(spec, "promised_date", True, 9, 9) == repo.page(
        spec, "promised_date", True, limit=9, after=first[-1])


def test_a_sort_the_log_does_not_offer_is_refused(log):
    repo, _ = log
    with pytest.raises(ValueError, match="cannot sort"):
        repo.page(LogFilter(), "applicant_name; DROP TABLE cases", True)


def test_the_overdue_rule_is_the_same_in_the_filter_the_flag_and_the_review_queue(log):
    # GIVEN accepted cases before, on and after their promised date
    repo, cases = log
    spec = LogFilter(overdue=True, today=TODAY)
    flagged = {row["id"] for row in repo.page(LogFilter(today=TODAY), "registered_at", True,
                                              limit=1000) if row["overdue"]}
    filtered = {row["id"] for row in repo.page(spec, "registered_at", True, limit=1000)}
    from counterdesk.store.review_repo import ReviewRepo

    queued = {str(row["case_id"]) for row in ReviewRepo(repo.conn).queue_overdue(TODAY, TODAY)}
    # THEN the filter, the row's flag and the review queue name the same cases: accepted and
    # past the promised date, not on it
    assert flagged == filtered == queued == {
        case["id"] for case in cases
        if case["status"] == "accepted" and case["promised_date"] == "2026-09-29"}


def test_a_renamed_applicant_is_found_by_the_new_name_only(log):
    repo, cases = log
    with repo.conn:
        repo.conn.execute("UPDATE cases SET applicant_name = '诸葛亮' WHERE id = 'case-0000'")
    old = cases[0]["applicant_name"]
    assert [row["id"] for row in repo.page(LogFilter(search="诸葛"), "registered_at", True)] \
        == ["case-0000"]
    assert "case-0000" not in {row["id"] for row in repo.page(LogFilter(search=old),
                                                               "registered_at", True)}


def test_a_vacuumed_database_still_finds_every_name(log, tmp_path):
    # GIVEN a log with gaps in its rowids, vacuumed
    repo, cases = log
    with repo.conn:
        repo.conn.execute("DELETE FROM documents WHERE case_id IN ('case-0001', 'case-0002')")
        repo.conn.execute("DELETE FROM decisions WHERE case_id IN ('case-0001', 'case-0002')")
        repo.conn.execute("DELETE FROM cases WHERE id IN ('case-0001', 'case-0002')")
    repo.conn.execute("VACUUM")
    kept = [case for case in cases if case["id"] not in ("case-0001", "case-0002")]
    # THEN a name search still finds exactly the cases holding the name
    for part in ("芳", "王小", "有限公司"):
        spec = LogFilter(search=part, today=TODAY)
        assert {row["id"] for row in repo.page(spec, "registered_at", True, limit=1000)} == {
            case["id"] for case in kept if part in case["applicant_name"]}
