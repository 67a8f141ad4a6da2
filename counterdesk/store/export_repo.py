"""The SQL of an export batch: every table a batch carries, masked or in full, changed
since the last batch or within a period (the files `export/batch.py` writes)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from counterdesk.domain.hall_time import HALL_OFFSET_HOURS, HALL_OFFSET_TEXT
from counterdesk.domain.ids import release_id
from counterdesk.domain.ratings import FollowUpStep


def hall_time_sql(column: str) -> str:
    """A stored time (ISO 8601 with the PC's offset) as the hall's local time with its offset,
    whatever zone the PC is set to (domain/hall_time.in_hall_time, done by SQLite). A time
    already written in the hall's zone, to the second, as a hall PC writes it, passes as it is."""
    return (f"CASE WHEN substr({column}, 20) = '{HALL_OFFSET_TEXT}' THEN {column}"
            f" ELSE strftime('%Y-%m-%dT%H:%M:%S{HALL_OFFSET_TEXT}', {column},"
            f" '+{HALL_OFFSET_HOURS} hours') END")


_STEP_KINDS = ", ".join(f"'{step.value}'" for step in FollowUpStep)
# `service` of a rating is '<kind>:<id>' (migration 0008); ratings from before it have none.
_SERVICE = "json_extract(e.details, '$.service')"
_SERVICE_KIND = f"substr({_SERVICE}, 1, instr({_SERVICE}, ':') - 1)"
_SERVICE_ID = f"substr({_SERVICE}, instr({_SERVICE}, ':') + 1)"


def _step_of(alias: str, kind: str) -> str:
    """Follow-up step `alias` of kind `kind` of rating `e`, worded so the partial index of
    migration 0008 answers it (as in rating_repo)."""
    return (f"json_extract({alias}.details, '$.rating_event') = +e.id"
            f" AND +{alias}.kind = '{kind}'")


# A pledge or clock change of case `c` (`{0}`: its alias) goes into the batch when its case
# changed in it (its own row or one of its events), with the case's latest change number.
# Read from the (few) pledges and clock changes, so a first batch of many cases groups
# nothing.
_CASE_CHANGED = (
    "(c.row_version > :after AND c.row_version <= :high OR EXISTS (SELECT 1 FROM case_events e"
    " WHERE e.case_id = {0}.case_id AND e.row_version > :after AND e.row_version <= :high))")
_CASE_VERSION = ("max(c.row_version, ifnull((SELECT max(e.row_version) FROM case_events e"
                 " WHERE e.case_id = {0}.case_id), 0))")
_DEFECT_CODES = ("replace(replace(replace(replace({0}, '\", \"', ';'), '\"', ''), '[', ''),"
                 " ']', '')")
EXPORT_QUERIES: dict[str, str] = {
    "cases": (
        "SELECT c.id AS uuid, c.window_id, c.tracking_no, u.username AS owner, c.purpose,"
        " c.channel, c.applicant_kind, c.id_type, {id_number} AS id_number, c.item_code,"
        " i.name AS item_name, c.item_version, c.status, "
        + hall_time_sql("c.registered_at") + " AS registered_at, c.received_on, c.accepted_on,"
        " c.promised_date, " + hall_time_sql("c.closed_at") + " AS closed_at, "
        + hall_time_sql("c.updated_at") + " AS updated_at,"
        " {personal[c.agent_name]} AS agent_name, c.agent_relation, c.agent_id_type,"
        " {agent_id_number} AS agent_id_number, nullif(c.result_kind, '') AS result_kind,"
        " nullif(c.result_doc_no, '') AS result_doc_no,"
        " nullif(c.result_doc_date, '') AS result_doc_date, nullif(c.delivery, '') AS delivery,"
        " {personal[c.delivery_address]} AS delivery_address, c.row_version"
        " FROM cases c JOIN users u ON u.id = c.owner_id"
        " LEFT JOIN catalog_items i ON i.code = c.item_code AND i.version = c.item_version"
        " WHERE c.row_version > :after AND c.row_version <= :high"),
    "submissions": (
        "SELECT s.id AS uuid, c.window_id, s.case_id AS case_uuid, s.seq, s.received_on,"
        " s.permit_required, s.in_jurisdiction, s.competent_office, u.username AS clerk, "
        + hall_time_sql("s.created_at") + " AS created_at, "
        + hall_time_sql("nullif(s.received_at, '')") + " AS received_at,"
        " nullif(s.backdate_reason, '') AS backdate_reason, s.row_version"
        " FROM submissions s JOIN cases c ON c.id = s.case_id"
        " JOIN users u ON u.id = s.clerk_id WHERE s.row_version > :after"
        " AND s.row_version <= :high"),
    "material_checks": (
        "SELECT m.id AS uuid, c.window_id, m.submission_id AS submission_uuid,"
        " s.case_id AS case_uuid, m.material_id, m.name, m.form, m.required_copies,"
        " m.received, m.copies, m.pages, m.issued_on, "
        + _DEFECT_CODES.format("m.defects") + " AS defects, "
        + _DEFECT_CODES.format("m.corrected") + " AS corrected, m.row_version"
        " FROM material_checks m JOIN submissions s ON s.id = m.submission_id"
        " JOIN cases c ON c.id = s.case_id WHERE m.row_version > :after"
        " AND m.row_version <= :high"),
    "decisions": (
        "SELECT d.id AS uuid, c.window_id, d.case_id AS case_uuid,"
        " d.submission_id AS submission_uuid, d.outcome, d.reason, d.competent_office,"
        " (SELECT group_concat(json_extract(p.value, '$.material') || ':'"
        "  || json_extract(p.value, '$.defect'), ';') FROM json_each(d.problems) p)"
        " AS problems, d.notice_due, d.promised_date, d.decided_on, "
        + hall_time_sql("d.decided_at") + " AS decided_at,"
        " u.username AS clerk, d.first_visit, d.note, d.row_version"
        " FROM decisions d JOIN cases c ON c.id = d.case_id JOIN users u ON u.id = d.clerk_id"
        " WHERE d.row_version > :after AND d.row_version <= :high"),
    "documents": (
        "SELECT o.id AS uuid, c.window_id, o.case_id AS case_uuid,"
        " o.decision_id AS decision_uuid, o.doc_type, o.doc_no, o.year, o.seq, "
        + hall_time_sql("o.issued_at") + " AS issued_at,"
        " u.username AS clerk, o.row_version FROM documents o JOIN cases c ON c.id = o.case_id"
        " JOIN users u ON u.id = o.clerk_id WHERE o.row_version > :after"
        " AND o.row_version <= :high"),
    "ratings": (
        # A rating goes again into the batch of each of its follow-up steps (its counts and
        # verdict changed), with the latest change number of the rating and its steps.
        "WITH touched (id, version) AS ("
        " SELECT id, row_version FROM case_events WHERE row_version > :after"
        " AND row_version <= :high AND kind = 'rating'"
        " UNION ALL SELECT json_extract(details, '$.rating_event'), row_version"
        " FROM case_events WHERE row_version > :after AND row_version <= :high"
        f" AND kind IN ({_STEP_KINDS})),"
        " changed (id, version) AS (SELECT id, max(version) FROM touched GROUP BY id)"
        " SELECT e.id AS uuid, c.window_id, e.case_id AS case_uuid, "
        + hall_time_sql("e.at") + " AS rated_at,"
        " json_extract(e.details, '$.rating') AS rating,"
        " json_extract(e.details, '$.comment') AS comment, u.username AS recorded_by,"
        f" {_SERVICE_KIND} AS service_kind, {_SERVICE_ID} AS service_uuid,"
        " json_extract(e.details, '$.source') AS source,"
        " (SELECT group_concat(r.value, ';') FROM json_each(e.details, '$.reasons') r)"
        " AS reasons,"
        f" (SELECT COUNT(*) FROM case_events v WHERE {_step_of('v', 'rating_visit')})"
        " AS visits,"
        f" (SELECT COUNT(*) FROM case_events v WHERE {_step_of('v', 'rating_rectification')})"
        " AS rectifications,"
        " (SELECT json_extract(v.details, '$.verdict') FROM case_events v"
        f"  WHERE {_step_of('v', 'rating_appeal')} ORDER BY v.at DESC, v.rowid DESC LIMIT 1)"
        " AS appeal_verdict, changed.version AS row_version"
        " FROM changed CROSS JOIN case_events e ON e.id = changed.id"
        " JOIN cases c ON c.id = e.case_id"
        " LEFT JOIN users u ON u.id = e.user_id WHERE e.kind = 'rating'"),
    "rating_steps": (
        "SELECT e.id AS uuid, c.window_id, e.case_id AS case_uuid,"
        " json_extract(e.details, '$.rating_event') AS rating_uuid, e.kind AS step, "
        + hall_time_sql("e.at") + " AS recorded_at, u.username AS recorded_by,"
        " json_extract(e.details, '$.visited_on') AS visited_on,"
        " {personal[json_extract(e.details, '$.visited_by')]} AS visited_by,"
        " json_extract(e.details, '$.verdict') AS verdict,"
        " CASE e.kind WHEN 'rating_rectification' THEN json_extract(e.details, '$.change')"
        "  WHEN 'rating_appeal' THEN json_extract(e.details, '$.comment') END"
        " AS office_words,"
        " {personal[CASE e.kind WHEN 'rating_visit' THEN json_extract(e.details, '$.said')"
        " WHEN 'rating_appeal' THEN json_extract(e.details, '$.appeal') END]}"
        " AS applicant_words, e.row_version"
        " FROM case_events e JOIN cases c ON c.id = e.case_id"
        " LEFT JOIN users u ON u.id = e.user_id"
        f" WHERE e.row_version > :after AND e.row_version <= :high AND e.kind IN ({_STEP_KINDS})"),
    "reviews": (
        "SELECT r.id AS uuid, c.window_id, r.case_id AS case_uuid, r.kind,"
        " r.subject_id AS subject, " + hall_time_sql("r.created_at") + " AS created_at,"
        " r.due_on, r.status, u.username AS reviewer, "
        + hall_time_sql("r.decided_at") + " AS decided_at, r.comment, r.row_version"
        " FROM reviews r JOIN cases c ON c.id = r.case_id"
        " LEFT JOIN users u ON u.id = r.reviewer_id WHERE r.row_version > :after"
        " AND r.row_version <= :high"),
    # Pledges and clock changes carry no change number of their own: every write to them
    # changes their case or adds a case event in the same transaction (services/pledges.py,
    # pledge_intake.py, case_clock.py): see _CASE_CHANGED.
    "pledges": (
        "SELECT p.id AS uuid, c.window_id, p.case_id AS case_uuid, p.kind, p.material_id,"
        " p.name AS material_name, p.due_on, p.state, "
        + hall_time_sql("p.created_at") + " AS created_at, cu.username AS created_by, "
        + hall_time_sql("p.settled_at") + " AS settled_at, su.username AS settled_by,"
        " {personal[nullif(p.note, '')]} AS note, " + _CASE_VERSION.format("p")
        + " AS row_version FROM pledges p JOIN cases c ON c.id = p.case_id"
        " JOIN users cu ON cu.id = p.created_by LEFT JOIN users su ON su.id = p.settled_by"
        " WHERE " + _CASE_CHANGED.format("p")),
    "clock_changes": (
        "SELECT k.id AS uuid, c.window_id, k.case_id AS case_uuid, k.kind, k.days,"
        " k.pause_kind, k.start_on, k.expected_end, k.end_on,"
        " nullif(k.approved_by, '') AS approved_by,"
        " nullif(k.reasons, '') AS reasons, u.username AS recorded_by, "
        + hall_time_sql("k.recorded_at") + " AS recorded_at, " + _CASE_VERSION.format("k")
        + " AS row_version FROM clock_changes k JOIN cases c ON c.id = k.case_id"
        " JOIN users u ON u.id = k.recorded_by WHERE " + _CASE_CHANGED.format("k")),
}
EXPORT_TABLES = tuple(EXPORT_QUERIES)


def export_sql(table: str, masked: bool, period: bool) -> str:
    """The SELECT of one exported table; `masked` routes id numbers through mask_id() and
    leaves out the words that may name or quote a person (`{personal[…]}`)."""
    sql = EXPORT_QUERIES[table].format(
        id_number="mask_id(c.id_number)" if masked else "c.id_number",
        agent_id_number="mask_id(c.agent_id_number)" if masked else "c.agent_id_number",
        personal=_Personal(masked))
    if period:
        sql += " AND c.registered_at >= :date_from AND c.registered_at < :date_to_end"
    return sql


class _Personal:
    """`{personal[expression]}` in an export query: the expression with --full-ids, else
    NULL (words that may name or quote a person go out only in a full export)."""

    def __init__(self, masked: bool):
        self.masked = masked

    def __getitem__(self, expression: str) -> str:
        return "NULL" if self.masked else expression


def _mask_or_empty(number: str | None) -> str:
    return release_id(number) if number else ""


class ExportRepo:
    """Reads one consistent snapshot for an export and records the batches."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        conn.create_function("mask_id", 1, _mask_or_empty, deterministic=True)

    def begin_snapshot(self) -> None:
        # A read transaction in WAL mode: every table is read as of this moment, so the
        # batch's high-water mark and its rows agree even while clerks keep working.
        self.conn.execute("BEGIN")

    def end_snapshot(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def high_version(self) -> int:
        return int(self.conn.execute("SELECT value FROM change_counter WHERE id = 1")
                   .fetchone()[0])

    def last_batch(self) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM export_batches ORDER BY batch_no DESC LIMIT 1"
                                ).fetchone()
        return dict(row) if row else None

    def rows(self, table: str, params: Mapping[str, Any], masked: bool
             ) -> tuple[list[str], sqlite3.Cursor]:
        """Column names and a cursor yielding plain tuples."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute(export_sql(table, masked, "date_from" in params), dict(params))
        return [column[0] for column in cursor.description], cursor

    def record_batch(self, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO export_batches (batch_no, source_id, after_version, high_version,"
            " created_at, actor_id, full_ids, row_count, folder) VALUES (:batch_no,"
            " :source_id, :after_version, :high_version, :created_at, :actor_id, :full_ids,"
            " :row_count, :folder)", dict(values))
