"""Cases, submissions, material checks, decisions, events and reviews: their SQL."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from counterdesk.domain.cases import Case, ReviewKind
from counterdesk.store.case_rows import case_columns, case_from_row, changed_columns
from counterdesk.store.log_repo import search_sql


def new_id() -> str:
    return str(uuid.uuid4())


def _row(row: sqlite3.Row | None) -> dict[str, Any] | None:
    return dict(row) if row is not None else None


class CaseRepo:
    """All statements run inside the caller's transaction (see Database.transaction)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- tracking numbers -------------------------------------------------------------

    def next_tracking_seq(self, window_id: str, day: str) -> int:
        """Gap-free per window and day: the counter moves in the same transaction as the
        case insert, so a rollback gives the number back."""
        self.conn.execute(
            "INSERT INTO tracking_counters (window_id, day, last_seq) VALUES (:w, :d, 1)"
            " ON CONFLICT (window_id, day) DO UPDATE SET last_seq = last_seq + 1",
            {"w": window_id, "d": day})
        row = self.conn.execute("SELECT last_seq FROM tracking_counters WHERE window_id = :w"
                                " AND day = :d", {"w": window_id, "d": day}).fetchone()
        return int(row[0])

    # -- cases ---------------------------------------------------------------------------

    def insert_case(self, case: Case) -> None:
        values = case_columns(case)
        columns = ", ".join(values)
        params = ", ".join(f":{key}" for key in values)
        self.conn.execute(f"INSERT INTO cases ({columns}) VALUES ({params})", values)

    def save_case(self, before: Case, after: Case) -> None:
        """Write what a lifecycle step changed (`before` as read inside this transaction)."""
        values = changed_columns(before, after)
        if not values:
            return
        assignments = ", ".join(f"{key} = :{key}" for key in values)
        self.conn.execute(f"UPDATE cases SET {assignments} WHERE id = :case_id",
                          {**values, "case_id": after.id})

    def get_case(self, case_id: str) -> Case | None:
        row = self.conn.execute("SELECT * FROM cases WHERE id = :id",
                                {"id": case_id}).fetchone()
        return case_from_row(row) if row is not None else None

    def names_on_id_number(self, id_number: str) -> list[dict[str, Any]]:
        """Each applicant name the identity number was registered under, with the tracking
        number of its latest case, newest first."""
        # SQLite takes the bare tracking_no from the row that holds MAX(registered_at).
        return [dict(r) for r in self.conn.execute(
            "SELECT applicant_name, tracking_no, MAX(registered_at) AS registered_at"
            " FROM cases WHERE id_number = :number GROUP BY applicant_name"
            " ORDER BY registered_at DESC, tracking_no DESC", {"number": id_number})]

    def owned_cases_found(self, owner_id: int, statuses: Iterable[str], search: str = ""
                          ) -> list[dict[str, Any]]:
        """The owner's cases in these statuses that match the search (all when it is empty;
        see log_repo.search_sql), read from the (owner, status) index."""
        wanted = sorted(statuses)
        marks = ", ".join(f":s{i}" for i in range(len(wanted)))
        params: dict[str, Any] = {f"s{i}": s for i, s in enumerate(wanted)}
        params["owner"] = owner_id
        condition = ""
        if search.strip():
            found, search_params = search_sql(search, serial=True)
            condition = f" AND {found}"
            params.update(search_params)
        return [dict(r) for r in self.conn.execute(
            "SELECT c.id, c.tracking_no, c.applicant_name, c.item_code, c.item_version,"
            " c.status, c.received_on, c.promised_date, c.registered_at FROM cases c"
            f" WHERE c.owner_id = :owner AND c.status IN ({marks}){condition}", params)]

    # -- submissions and checks ------------------------------------------------------------

    def next_submission_seq(self, case_id: str) -> int:
        row = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions"
                                " WHERE case_id = :c", {"c": case_id}).fetchone()
        return int(row[0])

    def insert_submission(self, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO submissions (id, case_id, seq, received_on, answers, permit_required,"
            " in_jurisdiction, competent_office, clerk_id, created_at, received_at,"
            " backdate_reason) VALUES (:id, :case_id, :seq, :received_on, :answers,"
            " :permit_required, :in_jurisdiction, :competent_office, :clerk_id, :created_at,"
            " :received_at, :backdate_reason)",
            {"received_at": "", "backdate_reason": "", **dict(values)})

    def insert_material_check(self, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO material_checks (id, submission_id, material_id, name, form,"
            " required_copies, received, copies, pages, issued_on, defects, corrected, detail)"
            " VALUES (:id, :submission_id, :material_id, :name, :form, :required_copies,"
            " :received, :copies, :pages, :issued_on, :defects, :corrected, :detail)",
            dict(values))

    def update_submission(self, submission_id: str, values: Mapping[str, Any]) -> None:
        """What the decision on an already received submission settles (jurisdiction, …)."""
        allowed = {"permit_required", "in_jurisdiction", "competent_office"}
        assert set(values) <= allowed, set(values) - allowed
        assignments = ", ".join(f"{key} = :{key}" for key in values)
        self.conn.execute(f"UPDATE submissions SET {assignments} WHERE id = :id",
                          {**values, "id": submission_id})

    def update_material_check(self, submission_id: str, material_id: str,
                              values: Mapping[str, Any]) -> None:
        """A material's check as the clerk finished it, on the submission that received it."""
        allowed = {"received", "copies", "pages", "issued_on", "defects", "corrected", "detail"}
        assert set(values) <= allowed, set(values) - allowed
        assignments = ", ".join(f"{key} = :{key}" for key in values)
        self.conn.execute(f"UPDATE material_checks SET {assignments} WHERE submission_id = :s"
                          " AND material_id = :m", {**values, "s": submission_id,
                                                    "m": material_id})

    def submissions(self, case_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM submissions WHERE case_id = :c ORDER BY seq", {"c": case_id})]

    def material_checks(self, submission_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM material_checks WHERE submission_id = :s ORDER BY rowid",
            {"s": submission_id})]

    def accepted_cases_promised_within(self, first_day: str, last_day: str) -> list[Case]:
        """Accepted (not yet completed) cases whose promised date lies in [first, last]."""
        return [case_from_row(r) for r in self.conn.execute(
            "SELECT * FROM cases WHERE status = 'accepted' AND promised_date BETWEEN :first"
            " AND :last ORDER BY promised_date, tracking_no",
            {"first": first_day, "last": last_day})]

    def accepted_cases_due_on(self, day: str) -> list[Case]:
        """Accepted (not yet completed) cases whose promised date is `day`."""
        return self.accepted_cases_promised_within(day, day)

    # -- decisions -------------------------------------------------------------------------

    def insert_decision(self, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO decisions (id, case_id, submission_id, outcome, reason,"
            " competent_office, problems, notice_due, promised_date, decided_on, decided_at,"
            " clerk_id, first_visit, note) VALUES (:id, :case_id, :submission_id, :outcome,"
            " :reason, :competent_office, :problems, :notice_due, :promised_date, :decided_on,"
            " :decided_at, :clerk_id, :first_visit, :note)", dict(values))

    def decisions(self, case_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM decisions WHERE case_id = :c ORDER BY decided_at, rowid",
            {"c": case_id})]

    # -- events and reviews ------------------------------------------------------------------

    def insert_event(self, case_id: str, at: str, user_id: int | None, kind: str,
                     details: Mapping[str, Any]) -> str:
        event_id = new_id()
        self.conn.execute(
            "INSERT INTO case_events (id, case_id, at, user_id, kind, details)"
            " VALUES (:id, :case_id, :at, :user_id, :kind, :details)",
            {"id": event_id, "case_id": case_id, "at": at, "user_id": user_id, "kind": kind,
             "details": json.dumps(dict(details), ensure_ascii=False)})
        return event_id

    def events(self, case_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM case_events WHERE case_id = :c ORDER BY at, rowid", {"c": case_id})]

    def open_review(self, case_id: str, kind: ReviewKind, subject_id: str, at: str,
                    due_on: str | None = None) -> bool:
        """Queue an item for the supervisors; the same subject is queued once (False when it
        was queued before)."""
        cursor = self.conn.execute(
            "INSERT INTO reviews (id, case_id, kind, subject_id, created_at, due_on)"
            " VALUES (:id, :case_id, :kind, :subject_id, :at, :due_on)"
            " ON CONFLICT (kind, subject_id) DO NOTHING",
            {"id": new_id(), "case_id": case_id, "kind": kind.value, "subject_id": subject_id,
             "at": at, "due_on": due_on})
        return cursor.rowcount == 1

    def reviews(self, case_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM reviews WHERE case_id = :c ORDER BY created_at", {"c": case_id})]

    # -- drafts ------------------------------------------------------------------------------

    def save_draft(self, user_id: int, at: str, body: str) -> None:
        self.conn.execute(
            "INSERT INTO drafts (user_id, saved_at, body) VALUES (:u, :at, :body)"
            " ON CONFLICT (user_id) DO UPDATE SET saved_at = excluded.saved_at,"
            " body = excluded.body", {"u": user_id, "at": at, "body": body})

    def draft(self, user_id: int) -> dict[str, Any] | None:
        return _row(self.conn.execute("SELECT * FROM drafts WHERE user_id = :u",
                                      {"u": user_id}).fetchone())

    def drop_draft(self, user_id: int) -> None:
        self.conn.execute("DELETE FROM drafts WHERE user_id = :u", {"u": user_id})
