"""The exported tables' columns and types: the loaders' schema and the documented DDL."""

from __future__ import annotations

from collections.abc import Sequence

# (column, PostgreSQL type). Timestamps are ISO 8601 in the hall's time with its offset
# (2026-12-02T10:15:00+08:00, whatever zone the window PC is set to), dates ISO.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "cases": (
        ("uuid", "uuid"), ("window_id", "text"), ("tracking_no", "text"), ("owner", "text"),
        ("purpose", "text"), ("channel", "text"), ("applicant_kind", "text"),
        ("id_type", "text"), ("id_number", "text"), ("item_code", "text"),
        ("item_name", "text"), ("item_version", "date"), ("status", "text"),
        ("registered_at", "timestamptz"),
        ("received_on", "date"), ("accepted_on", "date"), ("promised_date", "date"),
        ("closed_at", "timestamptz"), ("updated_at", "timestamptz"),
        ("agent_name", "text"), ("agent_relation", "text"), ("agent_id_type", "text"),
        ("agent_id_number", "text"), ("result_kind", "text"), ("result_doc_no", "text"),
        ("result_doc_date", "date"), ("delivery", "text"), ("delivery_address", "text"),
        ("row_version", "bigint")),
    "submissions": (
        ("uuid", "uuid"), ("window_id", "text"), ("case_uuid", "uuid"), ("seq", "integer"),
        ("received_on", "date"), ("permit_required", "integer"),
        ("in_jurisdiction", "integer"), ("competent_office", "text"), ("clerk", "text"),
        ("created_at", "timestamptz"), ("received_at", "timestamptz"),
        ("backdate_reason", "text"), ("row_version", "bigint")),
    "material_checks": (
        ("uuid", "uuid"), ("window_id", "text"), ("submission_uuid", "uuid"),
        ("case_uuid", "uuid"), ("material_id", "text"), ("name", "text"), ("form", "text"),
        ("required_copies", "integer"), ("received", "integer"), ("copies", "integer"),
        ("pages", "integer"), ("issued_on", "date"), ("defects", "text"),
        ("corrected", "text"), ("row_version", "bigint")),
    "decisions": (
        ("uuid", "uuid"), ("window_id", "text"), ("case_uuid", "uuid"),
        ("submission_uuid", "uuid"), ("outcome", "text"), ("reason", "text"),
        ("competent_office", "text"), ("problems", "text"), ("notice_due", "date"),
        ("promised_date", "date"), ("decided_on", "date"), ("decided_at", "timestamptz"),
        ("clerk", "text"), ("first_visit", "integer"), ("note", "text"),
        ("row_version", "bigint")),
    "documents": (
        ("uuid", "uuid"), ("window_id", "text"), ("case_uuid", "uuid"),
        ("decision_uuid", "uuid"), ("doc_type", "text"), ("doc_no", "text"),
        ("year", "integer"), ("seq", "integer"), ("issued_at", "timestamptz"),
        ("clerk", "text"), ("row_version", "bigint")),
    "ratings": (
        ("uuid", "uuid"), ("window_id", "text"), ("case_uuid", "uuid"),
        ("rated_at", "timestamptz"), ("rating", "text"), ("comment", "text"),
        ("recorded_by", "text"), ("service_kind", "text"), ("service_uuid", "uuid"),
        ("source", "text"), ("reasons", "text"), ("visits", "integer"),
        ("rectifications", "integer"), ("appeal_verdict", "text"), ("row_version", "bigint")),
    "rating_steps": (
        ("uuid", "uuid"), ("window_id", "text"), ("case_uuid", "uuid"),
        ("rating_uuid", "uuid"), ("step", "text"), ("recorded_at", "timestamptz"),
        ("recorded_by", "text"), ("visited_on", "date"), ("visited_by", "text"),
        ("verdict", "text"), ("office_words", "text"), ("applicant_words", "text"),
        ("row_version", "bigint")),
    "reviews": (
        ("uuid", "uuid"), ("window_id", "text"), ("case_uuid", "uuid"), ("kind", "text"),
        ("subject", "text"), ("created_at", "timestamptz"), ("due_on", "date"),
        ("status", "text"), ("reviewer", "text"), ("decided_at", "timestamptz"),
        ("comment", "text"), ("row_version", "bigint")),
    "pledges": (
        ("uuid", "uuid"), ("window_id", "text"), ("case_uuid", "uuid"), ("kind", "text"),
        ("material_id", "text"), ("material_name", "text"), ("due_on", "date"),
        ("state", "text"), ("created_at", "timestamptz"), ("created_by", "text"),
        ("settled_at", "timestamptz"), ("settled_by", "text"), ("note", "text"),
        ("row_version", "bigint")),
    "clock_changes": (
        ("uuid", "uuid"), ("window_id", "text"), ("case_uuid", "uuid"), ("kind", "text"),
        ("days", "integer"), ("pause_kind", "text"), ("start_on", "date"),
        ("expected_end", "date"), ("end_on", "date"),
        ("approved_by", "text"), ("reasons", "text"), ("recorded_by", "text"),
        ("recorded_at", "timestamptz"), ("row_version", "bigint")),
}

# Files added after the first version of the format: a batch written before them has none
# (its manifest lists no `tables`), and merge reads it as having no such rows.
ADDED_TABLES = frozenset({"rating_steps", "pledges", "clock_changes"})

# Cells of these columns are text a spreadsheet might read as a formula (cells.py); numbers,
# dates and timestamps keep their value.
TEXT_KINDS = frozenset({"text", "uuid"})


def text_columns(table: str, names: Sequence[str]) -> tuple[int, ...]:
    """Positions of the text columns among `names` (a column not in the dictionary counts
    as text)."""
    kinds = dict(TABLES[table])
    return tuple(index for index, name in enumerate(names)
                 if kinds.get(name, "text") in TEXT_KINDS)


# DuckDB keeps timestamps as the exported text, so a row's local day is its first ten
# characters whatever the merging machine's time zone; durations cast them.
_DUCKDB_TYPES = {"uuid": "VARCHAR", "text": "VARCHAR", "date": "DATE",
                 "timestamptz": "VARCHAR", "integer": "INTEGER", "bigint": "BIGINT"}


def duckdb_columns(table: str) -> dict[str, str]:
    return {name: _DUCKDB_TYPES[kind] for name, kind in TABLES[table]}


def postgres_ddl() -> str:
    """CREATE TABLE statements that `COPY table FROM 'table.csv' CSV HEADER` loads into."""
    statements = []
    for table, columns in TABLES.items():
        body = ",\n".join(f"    {name} {kind}" for name, kind in columns)
        statements.append(f"CREATE TABLE {table} (\n{body}\n);")
    return "\n\n".join(statements)
