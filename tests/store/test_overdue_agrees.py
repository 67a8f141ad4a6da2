"""The SQL of "overdue" and "on time" (log, review queue, statistics, hall report) says what
the rule of domain/deadlines.py says, case by case."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterdesk.domain.cases import CaseStatus
from counterdesk.domain.deadlines import completed_on_time, is_overdue
from counterdesk.store.db import Database
from counterdesk.store.log_repo import (
    LogFilter,
    LogRepo,
    completed_on_time_sql,
    overdue_sql,
)
from counterdesk.store.review_repo import ReviewRepo
from counterdesk.store.stats_repo import StatsRepo

BASE = dt.date(2026, 10, 12)
DAYS = st.integers(-4, 4).map(lambda n: BASE + dt.timedelta(days=n))
CASE = st.tuples(st.sampled_from(list(CaseStatus)), st.none() | DAYS, st.none() | DAYS)
CASES = st.lists(CASE, max_size=25)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    database = Database(tmp_path_factory.mktemp("overdue") / "c.sqlite3")
    with database.transaction() as conn:
        conn.execute("INSERT INTO windows (id, name) VALUES ('W01', '综合窗口')")
        conn.execute("INSERT INTO users (id, username, display_name, role, password_hash,"
                     " created_at) VALUES (1, 'zhang', '张敏', 'clerk', 'x', '2026-09-30')")
    yield database
    database.close()


def _store(db, cases) -> list[str]:
    """Replace every case by the given (status, promised date, completion day) triples."""
    ids = []
    with db.transaction() as conn:
        conn.execute("DELETE FROM reviews")
        conn.execute("DELETE FROM cases")
        for n, (status, promised, completed) in enumerate(cases):
            case_id = f"case-{n}"
            conn.execute(
                "INSERT INTO cases (id, tracking_no, window_id, owner_id, purpose, channel,"
                " applicant_kind, applicant_name, status, registered_at, updated_at,"
                " promised_date, closed_at) VALUES (:id, :no, 'W01', 1, 'apply', 'onsite',"
                " 'person', '王小明', :status, '2026-09-30T09:00:00+08:00',"
                " '2026-09-30T09:00:00+08:00', :promised, :closed)",
                {"id": case_id, "no": f"W01-20260930-{n:04d}", "status": status.value,
                 "promised": promised.isoformat() if promised else None,
                 "closed": f"{completed.isoformat()}T16:30:00+08:00" if completed else None})
            ids.append(case_id)
    return ids


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases=CASES, today=DAYS)
def test_the_log_filter_and_its_overdue_column_agree_with_the_domain_rule(db, cases, today):
    # GIVEN random cases in every status around today
    ids = _store(db, cases)
    expected = {case_id for case_id, (status, promised, _) in zip(ids, cases, strict=True)
                if is_overdue(status, promised, today)}
    log = LogRepo(db.conn)
    # WHEN the log is filtered on overdue cases, and read whole
    spec = LogFilter(overdue=True, today=today.isoformat())
    filtered = {row["id"] for row in log.page(spec, "registered_at", False, limit=100)}
    everything = log.page(LogFilter(today=today.isoformat()), "registered_at", False,
                          limit=100)
    # THEN the filter keeps exactly the overdue cases and each row says whether it is one
    assert filtered == expected
    assert log.count(spec) == len(expected)
    assert {row["id"] for row in everything if row["overdue"]} == expected


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases=CASES, today=DAYS)
def test_the_review_queue_and_the_on_time_figure_agree_with_the_domain_rule(db, cases, today):
    # GIVEN random cases in every status around today
    ids = _store(db, cases)
    rows = list(zip(ids, cases, strict=True))
    # WHEN overdue cases are queued for review and the on-time figure is counted
    with db.transaction() as conn:
        queued = {row["case_id"] for row in ReviewRepo(conn).queue_overdue(
            today.isoformat(), "2026-10-12T08:00:00+08:00")}
    on_time = StatsRepo(db.conn, "2026-09-01", "2026-10-31", today.isoformat()).on_time()
    # THEN the queue holds the overdue cases, and the figure counts by the domain's rules
    assert queued == {case_id for case_id, (status, promised, _) in rows
                      if is_overdue(status, promised, today)}
    dated = [(status, promised, completed) for _, (status, promised, completed) in rows
             if promised is not None]
    assert on_time == (
        sum(completed_on_time(*case) for case in dated),
        sum(case[0] == CaseStatus.COMPLETED or is_overdue(case[0], case[1], today)
            for case in dated))


@settings(max_examples=40, deadline=None)
@given(cases=st.lists(CASE, min_size=1, max_size=25), today=DAYS)
def test_the_hall_reports_duckdb_conditions_agree_with_the_domain_rule(cases, today):
    duckdb = pytest.importorskip("duckdb")
    # GIVEN the merged cases table's columns as DuckDB types them (promised_date a DATE)
    con = duckdb.connect()
    con.execute("CREATE TABLE c (n INTEGER, status VARCHAR, promised_date DATE,"
                " closed_at VARCHAR)")
    con.executemany("INSERT INTO c VALUES (?, ?, ?, ?)", [
        [n, status.value, promised, f"{completed.isoformat()}T16:30:00+08:00"
         if completed else None] for n, (status, promised, completed) in enumerate(cases)])
    # WHEN the report's conditions select cases
    overdue = {row[0] for row in con.execute(
        f"SELECT n FROM c WHERE {overdue_sql(lambda name: name, today='?')}",
        [today]).fetchall()}
    in_time = completed_on_time_sql(
        lambda name: "CAST(promised_date AS VARCHAR)" if name == "promised_date" else name)
    on_time = {row[0] for row in con.execute(f"SELECT n FROM c WHERE {in_time}").fetchall()}
    # THEN they are the domain's
    assert overdue == {n for n, (status, promised, _) in enumerate(cases)
                       if is_overdue(status, promised, today)}
    assert on_time == {n for n, case in enumerate(cases) if completed_on_time(*case)}


def test_an_accepted_case_is_overdue_only_after_its_promised_day():
    promised = dt.date(2026, 10, 12)
    assert not is_overdue(CaseStatus.ACCEPTED, promised, promised)
    assert is_overdue(CaseStatus.ACCEPTED, promised, promised + dt.timedelta(days=1))
    # a completed case past its promised date was completed late, it is not overdue
    assert not is_overdue(CaseStatus.COMPLETED, promised, promised + dt.timedelta(days=9))
    # waiting for the applicant's supplements, nothing is due from the office
    assert not is_overdue(CaseStatus.SUPPLEMENT_PENDING, promised,
                          promised + dt.timedelta(days=9))
