"""The case log for supervisors: filtered, searched and sorted pages of cases, and the export
queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from counterdesk.domain.cases import CaseStatus
from counterdesk.domain.deadlines import OVERDUE
from counterdesk.domain.hall_time import HALL_OFFSET_HOURS, HALL_OFFSET_TEXT
from counterdesk.domain.ids import release_id
from counterdesk.domain.ratings import FollowUpStep

# Sort keys the log browser offers, mapped to what they order by; anything else is refused.
# Under one value the cases follow their registration, then their rowid: each order is an
# index (migrations 0002 and 0007), and a page continues after the last row of the one before.
SORT_KEYS = {
    "registered_at": "c.registered_at",
    "tracking_no": "c.tracking_no",
    "window_id": "c.window_id",
    "owner": "c.owner_id",
    "item_code": "ifnull(c.item_code, '')",
    "status": "c.status",
    "promised_date": "ifnull(c.promised_date, '')",
}


@dataclass(frozen=True)
class LogFilter:
    """Empty fields do not filter. `overdue` needs `today` (ISO date). `search` is what was
    typed in the search box (see `search_sql`)."""

    date_from: str = ""
    date_to: str = ""
    clerk_id: int | None = None
    window_id: str = ""
    item_code: str = ""
    department: str = ""
    outcome: str = ""
    status: str = ""
    overdue: bool = False
    today: str = ""
    search: str = ""


def _status_sql(column: str, statuses: Iterable[CaseStatus]) -> str:
    values = sorted(status.value for status in statuses)
    if len(values) == 1:
        return f"{column} = '{values[0]}'"
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def overdue_sql(column: Callable[[str], str] = lambda name: f"c.{name}",
                today: str = ":today") -> str:
    """The condition of `domain.deadlines.OVERDUE` on a case: `column` names the case's
    columns, `today` is the parameter (or literal) holding today's ISO date."""
    return (f"({_status_sql(column('status'), OVERDUE.statuses)}"
            f" AND {column(OVERDUE.date.value)} < {today})")


def completed_on_time_sql(column: Callable[[str], str] = lambda name: f"c.{name}") -> str:
    """The condition of `domain.deadlines.completed_on_time`: completed (the day of
    `closed_at`) by the promised date."""
    return (f"({column('status')} = '{CaseStatus.COMPLETED.value}'"
            f" AND substr({column('closed_at')}, 1, 10) <= {column('promised_date')})")


OVERDUE_SQL = overdue_sql()

# Past this many cases a filter or a search is broad: a page is then read down the sort's own
# index, keeping the cases that match, which fills it sooner than sorting every match; below
# it the matches are looked up and sorted.
BROAD = 20_000
_TO_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def search_sql(text: str) -> tuple[str, dict[str, Any]]:
    """The condition on case `c` for a search: part of the applicant's name (ASCII letters in
    any case), the ID number whole or its last four characters, the phone, the tracking
    number or the number (文号) of one of its documents."""
    typed = text.strip()
    params: dict[str, Any] = {"search": typed, "search_name": typed.translate(_TO_LOWER),
                              "search_code": typed.upper()}
    last_four = " OR substr(c.id_number, -4) = :search_code" if len(typed) == 4 else ""
    return ("(instr(lower(c.applicant_name), :search_name) > 0"
            " OR c.id_number = :search_code" + last_four +
            " OR c.phone = :search OR c.tracking_no = :search_code"
            " OR c.id IN (SELECT o.case_id FROM documents o WHERE o.doc_no = :search))", params)


def _search_hits(text: str) -> str:
    """The rowids of every case a search can match, each from an index: the cases whose name
    holds the first three characters typed, and the exact matches of the other fields."""
    last_four = (" UNION SELECT rowid FROM cases WHERE substr(id_number, -4) = :search_code"
                 if len(text.strip()) == 4 else "")
    return ("SELECT case_rowid AS hit FROM case_name_terms WHERE term = :search_term"
            " UNION SELECT rowid FROM cases WHERE id_number = :search_code" + last_four +
            " UNION SELECT rowid FROM cases WHERE phone = :search"
            " UNION SELECT rowid FROM cases WHERE tracking_no = :search_code"
            " UNION SELECT c.rowid FROM documents o JOIN cases c ON c.id = o.case_id"
            " WHERE o.doc_no = :search")


# The case's column of each sort key whose name is not the column's (see `_where`'s
# `unindexed`).
_SORT_COLUMN = {"owner": "owner_id"}


def _where(spec: LogFilter, unindexed: str = "", outcome: bool = True,
           search: bool = True) -> tuple[list[str], dict[str, Any]]:
    """The conditions of the filter on case `c`. `unindexed`: the filters on the case's own
    columns are not read from their indexes (`+`), except one on this column, so that the
    sort's index drives the read; `outcome` and `search` leave those conditions out when the
    caller reads from their matches instead."""

    def column(name: str) -> str:
        return f"{'+' if unindexed and name != unindexed else ''}c.{name}"

    parts: list[str] = []
    params: dict[str, Any] = {"today": spec.today}
    if spec.date_from:
        parts.append(f"{column('registered_at')} >= :date_from")
        params["date_from"] = spec.date_from
    if spec.date_to:
        # registered_at is a timestamp: everything on date_to is before the next day's text.
        parts.append(f"{column('registered_at')} < :date_to_end")
        params["date_to_end"] = spec.date_to + "T99"
    if spec.clerk_id is not None:
        parts.append(f"{column('owner_id')} = :clerk_id")
        params["clerk_id"] = spec.clerk_id
    if spec.window_id:
        parts.append(f"{column('window_id')} = :window_id")
        params["window_id"] = spec.window_id
    if spec.item_code:
        parts.append(f"{column('item_code')} = :item_code")
        params["item_code"] = spec.item_code
    if spec.department:
        parts.append(f"{column('item_code')} IN (SELECT code FROM catalog_items"
                     " WHERE department = :department)")
        params["department"] = spec.department
    if spec.status:
        parts.append(f"{column('status')} = :status")
        params["status"] = spec.status
    if spec.overdue:
        parts.append(overdue_sql(column))
    if spec.outcome:
        params["outcome"] = spec.outcome
        if outcome:
            parts.append("EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = c.id"
                         " AND d.outcome = :outcome)")
    if spec.search.strip():
        condition, search_params = search_sql(spec.search)
        params.update(search_params, search_term=search_params["search_name"][:3])
        if search:
            parts.append(condition)
    return parts, params


def _joined(parts: list[str]) -> str:
    return (" WHERE " + " AND ".join(parts)) if parts else ""


_HITS = "({hits}) AS h CROSS JOIN cases c ON c.rowid = h.hit"
_OUTCOMES = ("(SELECT DISTINCT case_id FROM decisions WHERE outcome = :outcome) AS o"
             " CROSS JOIN cases c ON c.id = o.case_id")


class LogRepo:
    """Which index drives a read is chosen here, from how many cases match (SQLite has no
    statistics on a desk's database): a CROSS JOIN makes SQLite read the small side first."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def _more_than(self, limit: int, sql: str, params: Mapping[str, Any]) -> bool:
        return bool(self.conn.execute(f"SELECT COUNT(*) > :limit FROM ({sql} LIMIT :limit + 1)",
                                      {**params, "limit": limit}).fetchone()[0])

    def _broad(self, spec: LogFilter) -> bool:
        """The filters on the case's own columns match many cases (none is not broad)."""
        parts, params = _where(spec, outcome=False, search=False)
        return bool(parts) and self._more_than(BROAD, f"SELECT 1 FROM cases c{_joined(parts)}",
                                               params)

    def count(self, spec: LogFilter) -> int:
        """The cases the filter and the search match: a search counts its candidates; an
        outcome among broad filters counts the cases with that outcome."""
        parts, params = _where(spec)
        source = "cases c"
        if spec.search.strip():
            source = _HITS.format(hits=_search_hits(spec.search))
        elif spec.outcome:
            others = _where(spec, outcome=False)[0]
            if not others:
                return int(self.conn.execute(
                    "SELECT COUNT(DISTINCT case_id) FROM decisions WHERE outcome = :outcome",
                    params).fetchone()[0])
            if self._broad(spec):
                parts, source = others, _OUTCOMES
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {source}{_joined(parts)}", params)
                   .fetchone()[0])

    def _page_source(self, spec: LogFilter, sort: str) -> tuple[str, str]:
        """(the cases a page reads, the column whose index should drive the read or ''). A
        search reads its candidates, unless it is alone and many names hold what was typed:
        then the log is read in order, keeping the matches. Broad filters under another sort
        leave the read to the sort's index."""
        if spec.search.strip():
            others, params = _where(spec, search=False)
            if others or not self._more_than(
                    BROAD, "SELECT 1 FROM case_name_terms WHERE term = :search_term", params):
                return _HITS.format(hits=_search_hits(spec.search)), ""
            return "cases c", ""
        if sort != "registered_at" and self._broad(spec):
            return "cases c", _SORT_COLUMN.get(sort, sort)
        return "cases c", ""

    def page(self, spec: LogFilter, sort: str, descending: bool, offset: int = 0,
             limit: int = 200, after: Mapping[str, Any] | None = None
             ) -> list[dict[str, Any]]:
        """One page of the log: from `offset`, or after the row `after` (the last row of the
        page before, found in its index however far down the log it is). The registration
        time and the rowid break ties, so pages never overlap or skip."""
        key = SORT_KEYS.get(sort)
        if key is None:
            raise ValueError(f"cannot sort the log by {sort!r}; use one of "
                             f"{', '.join(SORT_KEYS)}")
        source, driver = self._page_source(spec, sort)
        parts, params = _where(spec, unindexed=driver)
        direction = "DESC" if descending else "ASC"
        order = [key] if sort == "registered_at" else [key, "c.registered_at"]
        order.append("c.rowid")
        if after is not None:
            marks = [":after_key", ":after_registered", ":after_rowid"][-len(order):]
            parts.append(f"({', '.join(order)}) {'<' if descending else '>'}"
                         f" ({', '.join(marks)})")
            params.update(after_key=after["sort_key"], after_registered=after["registered_at"],
                          after_rowid=after["log_rowid"])
        ordering = ", ".join(f"{term} {direction}" for term in order)
        params.update({"limit": limit, "offset": offset})
        sql = (
            "SELECT c.id, c.tracking_no, c.registered_at, c.window_id, c.owner_id,"
            " u.display_name AS owner_name, c.item_code, i.name AS item_name,"
            " i.department, c.applicant_name, c.purpose, c.channel, c.status,"
            " c.promised_date, (SELECT d.outcome FROM decisions d WHERE d.case_id = c.id"
            "  ORDER BY d.decided_at DESC, d.rowid DESC LIMIT 1) AS last_outcome,"
            # where the 督查 review of a refusal stands (only for the page's rows)
            " (SELECT r.status FROM reviews r WHERE r.case_id = c.id"
            "  AND r.kind IN ('rejection', 'escalation')"
            "  ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1) AS refusal_review,"
            f" {OVERDUE_SQL} AS overdue, {key} AS sort_key, c.rowid AS log_rowid"
            f" FROM (SELECT c.rowid AS picked FROM {source}{_joined(parts)}"
            f" ORDER BY {ordering} LIMIT :limit OFFSET :offset) AS page"
            " JOIN cases c ON c.rowid = page.picked"
            " JOIN users u ON u.id = c.owner_id"
            " LEFT JOIN catalog_items i ON i.code = c.item_code AND i.version = c.item_version"
            f" ORDER BY {ordering}")
        return [dict(row) for row in self.conn.execute(sql, params)]

    def audit_entries(self, case_id: str) -> list[dict[str, Any]]:
        """Audit entries about the case and about its documents (numbering, prints and
        reprints are filed against the document)."""
        return [dict(row) for row in self.conn.execute(
            "SELECT a.seq, a.at, a.action, a.details, u.display_name AS actor_name"
            " FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id"
            " WHERE (a.entity = 'case' AND a.entity_id = :c)"
            " OR (a.entity = 'document'"
            "     AND a.entity_id IN (SELECT id FROM documents WHERE case_id = :c))"
            " ORDER BY a.seq", {"c": case_id})]

    def choices(self) -> dict[str, list[dict[str, Any]]]:
        """What the filter boxes offer: clerks, windows, items and departments."""
        return {
            "clerks": [dict(r) for r in self.conn.execute(
                "SELECT id, display_name FROM users ORDER BY display_name")],
            "windows": [dict(r) for r in self.conn.execute(
                "SELECT id, name FROM windows ORDER BY id")],
            "items": [dict(r) for r in self.conn.execute(
                "SELECT code, name, MAX(version) AS version FROM catalog_items"
                " GROUP BY code ORDER BY code")],
            "departments": [r[0] for r in self.conn.execute(
                "SELECT DISTINCT department FROM catalog_items ORDER BY department")],
        }


# The exported tables, each a SELECT of (uuid, window_id, …, row_version) over rows whose
# version lies in (:after, :high]; `c` is the row's case, for the window and the period.


def _hall_time(column: str) -> str:
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
        + _hall_time("c.registered_at") + " AS registered_at, c.received_on, c.accepted_on,"
        " c.promised_date, " + _hall_time("c.closed_at") + " AS closed_at, "
        + _hall_time("c.updated_at") + " AS updated_at,"
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
        + _hall_time("s.created_at") + " AS created_at, "
        + _hall_time("nullif(s.received_at, '')") + " AS received_at,"
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
        + _hall_time("d.decided_at") + " AS decided_at,"
        " u.username AS clerk, d.first_visit, d.note, d.row_version"
        " FROM decisions d JOIN cases c ON c.id = d.case_id JOIN users u ON u.id = d.clerk_id"
        " WHERE d.row_version > :after AND d.row_version <= :high"),
    "documents": (
        "SELECT o.id AS uuid, c.window_id, o.case_id AS case_uuid,"
        " o.decision_id AS decision_uuid, o.doc_type, o.doc_no, o.year, o.seq, "
        + _hall_time("o.issued_at") + " AS issued_at,"
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
        + _hall_time("e.at") + " AS rated_at,"
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
        + _hall_time("e.at") + " AS recorded_at, u.username AS recorded_by,"
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
        " r.subject_id AS subject, " + _hall_time("r.created_at") + " AS created_at,"
        " r.due_on, r.status, u.username AS reviewer, "
        + _hall_time("r.decided_at") + " AS decided_at, r.comment, r.row_version"
        " FROM reviews r JOIN cases c ON c.id = r.case_id"
        " LEFT JOIN users u ON u.id = r.reviewer_id WHERE r.row_version > :after"
        " AND r.row_version <= :high"),
    # Pledges and clock changes carry no change number of their own: every write to them
    # changes their case or adds a case event in the same transaction (services/pledges.py,
    # pledge_intake.py, case_clock.py): see _CASE_CHANGED.
    "pledges": (
        "SELECT p.id AS uuid, c.window_id, p.case_id AS case_uuid, p.kind, p.material_id,"
        " p.name AS material_name, p.due_on, p.state, "
        + _hall_time("p.created_at") + " AS created_at, cu.username AS created_by, "
        + _hall_time("p.settled_at") + " AS settled_at, su.username AS settled_by,"
        " {personal[nullif(p.note, '')]} AS note, " + _CASE_VERSION.format("p")
        + " AS row_version FROM pledges p JOIN cases c ON c.id = p.case_id"
        " JOIN users cu ON cu.id = p.created_by LEFT JOIN users su ON su.id = p.settled_by"
        " WHERE " + _CASE_CHANGED.format("p")),
    "clock_changes": (
        "SELECT k.id AS uuid, c.window_id, k.case_id AS case_uuid, k.kind, k.days,"
        " k.pause_kind, k.start_on, k.expected_end, k.end_on,"
        " nullif(k.approved_by, '') AS approved_by,"
        " nullif(k.reasons, '') AS reasons, u.username AS recorded_by, "
        + _hall_time("k.recorded_at") + " AS recorded_at, " + _CASE_VERSION.format("k")
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
