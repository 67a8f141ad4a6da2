"""`counterdesk report`: the hall-wide figures of the supervisors' statistics, from a merged
DuckDB file (the same figure keys and definitions as services/stats.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from counterdesk.domain.cases import BAD_RATINGS, Rating
from counterdesk.domain.ratings import NOT_RATED, AppealVerdict
from counterdesk.export.figures import Figure, rate_row
from counterdesk.export.warehouse import WarehouseError, connect, is_duckdb_file
from counterdesk.store.log_repo import completed_on_time_sql, overdue_sql

RATINGS = tuple(rating.value for rating in Rating)
BAD = tuple(rating.value for rating in BAD_RATINGS)


class ReportError(Exception):
    """The merged file cannot be reported on; the message says what to do."""


def hall_figures(path: Path, date_from: dt.date | None = None, date_to: dt.date | None = None,
                 today: dt.date | None = None) -> list[Figure]:
    if not path.is_file():
        raise ReportError(f"{path}: no such file; run `counterdesk merge … --out {path}` first")
    if not is_duckdb_file(path):
        raise ReportError(f"{path}: not a DuckDB file; give the file `counterdesk merge` wrote")
    try:
        con = connect(path, read_only=True)
    except WarehouseError as error:
        raise ReportError(str(error)) from error
    try:
        if not con.execute("SELECT COUNT(*) FROM information_schema.tables"
                           " WHERE table_name = 'cases'").fetchone()[0]:
            raise ReportError(f"{path}: holds no merged cases; run `counterdesk merge` first")
        params = {"date_from": (date_from or dt.date.min).isoformat(),
                  "date_to_end": (date_to or dt.date(9999, 12, 30)).isoformat() + "T99",
                  "today": (today or dt.date.today())}
        # The period as a view: every figure is computed over the cases registered in it.
        con.execute("CREATE TEMP VIEW c AS SELECT * FROM cases WHERE registered_at >= "
                    f"'{params['date_from']}' AND registered_at < '{params['date_to_end']}'")
        return _figures(con, params["today"])
    finally:
        con.close()


def _rows(con: Any, sql: str, params: list[Any] | None = None) -> tuple[tuple[Any, ...], ...]:
    return tuple(tuple(row) for row in con.execute(sql, params or []).fetchall())


def _counted_ratings(con: Any) -> str | None:
    """The condition on merged rating `t` of store/rating_repo.COUNTED_RATING_SQL: a rating
    (not 未评价), one per service event — of the ratings that name no service (recorded
    before services were named) only the first per case — and not overturned on appeal.
    None when the hall file's ratings lack the columns (merged by an older version)."""
    have = {row[0] for row in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'ratings'"
        ).fetchall()}
    if not {"service_kind", "appeal_verdict"} <= have:
        return None
    return (f"t.rating <> '{NOT_RATED}' AND t.appeal_verdict IS DISTINCT FROM"
            f" '{AppealVerdict.OVERTURNED.value}' AND (t.service_kind IS NOT NULL OR NOT EXISTS"
            " (SELECT 1 FROM ratings f WHERE f.case_uuid = t.case_uuid"
            " AND f.service_kind IS NULL AND (f.rated_at < t.rated_at"
            " OR (f.rated_at = t.rated_at AND f.uuid < t.uuid))))")


def _figures(con: Any, today: dt.date) -> list[Figure]:
    first = con.execute(
        "SELECT COALESCE(SUM(CASE WHEN d.outcome = 'accept' AND d.first_visit = 1 THEN 1"
        " ELSE 0 END), 0), COUNT(DISTINCT d.case_uuid) FROM decisions d"
        " JOIN c ON c.uuid = d.case_uuid WHERE d.outcome IN ('accept', 'reject')").fetchone()
    # The rules of domain/deadlines.py, as the case log states them (promised_date is a DATE).
    in_time = completed_on_time_sql(
        lambda name: "CAST(promised_date AS VARCHAR)" if name == "promised_date" else name)
    on_time = con.execute(
        f"SELECT COALESCE(SUM(CASE WHEN {in_time} THEN 1 ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN status = 'completed' OR"
        f" {overdue_sql(lambda name: name, today='?')} THEN 1 ELSE 0 END), 0) FROM c"
        " WHERE promised_date IS NOT NULL", [today]).fetchone()
    counted = _counted_ratings(con)
    if counted is None:  # a hall file not merged since ratings carried their follow-up
        follow = con.execute(
            "SELECT COALESCE(SUM(CASE WHEN r.status <> 'open' THEN 1 ELSE 0 END), 0), COUNT(*)"
            " FROM reviews r JOIN c ON c.uuid = r.case_uuid WHERE r.kind = 'bad_rating'"
            ).fetchone()
    else:
        bad = ", ".join(f"'{rating}'" for rating in BAD)
        follow = con.execute(
            "SELECT COALESCE(SUM(CASE WHEN t.visits > 0 OR EXISTS (SELECT 1 FROM reviews r"
            "  WHERE r.kind = 'bad_rating' AND r.subject = t.uuid AND r.status = 'confirmed')"
            " THEN 1 ELSE 0 END), 0), COUNT(*) FROM ratings t JOIN c ON c.uuid = t.case_uuid"
            f" WHERE {counted} AND t.rating IN ({bad})").fetchone()
    hours = con.execute(
        "WITH h AS (SELECT (epoch(CAST(MIN(d.decided_at) AS TIMESTAMPTZ))"
        "  - epoch(CAST(c.registered_at AS TIMESTAMPTZ))) / 3600 AS h"
        "  FROM c JOIN decisions d ON d.case_uuid = c.uuid"
        "  WHERE d.outcome IN ('accept', 'reject') GROUP BY c.uuid, c.registered_at),"
        " ranked AS (SELECT h, row_number() OVER (ORDER BY h) AS r, COUNT(*) OVER () AS n"
        "  FROM h)"
        " SELECT (SELECT COUNT(*) FROM h), (SELECT AVG(h) FROM h),"
        " (SELECT h FROM ranked WHERE r = CAST(ceil(0.9 * n) AS BIGINT))").fetchone()
    count, mean, p90 = int(hours[0]), hours[1], hours[2]
    ratings = dict(_rows(con, "SELECT rating, COUNT(*) FROM ratings t JOIN c"
                              " ON c.uuid = t.case_uuid"
                              + (f" WHERE {counted}" if counted else "") + " GROUP BY rating"))
    return [
        Figure("volume_by_day", ("day", "cases"), _rows(
            con, "SELECT substr(registered_at, 1, 10) AS day, COUNT(*) FROM c"
                 " GROUP BY day ORDER BY day")),
        Figure("volume_by_item", ("item_code", "item_name", "cases"), _rows(
            con, "SELECT item_code, MAX(item_name), COUNT(*) AS n FROM c"
                 " WHERE item_code IS NOT NULL GROUP BY item_code ORDER BY n DESC, item_code")),
        Figure("volume_by_clerk", ("clerk", "cases"), _rows(
            con, "SELECT owner, COUNT(*) AS n FROM c GROUP BY owner ORDER BY n DESC, owner")),
        Figure("volume_by_window", ("window_id", "cases"), _rows(
            con, "SELECT window_id, COUNT(*) FROM c GROUP BY window_id ORDER BY window_id")),
        Figure("outcomes", ("outcome", "decisions"), _rows(
            con, "SELECT d.outcome, COUNT(*) FROM decisions d JOIN c ON c.uuid = d.case_uuid"
                 " GROUP BY d.outcome ORDER BY d.outcome")),
        Figure("rates", ("figure", "numerator", "denominator", "value"), (
            rate_row("first_pass_rate", int(first[0]), int(first[1])),
            rate_row("on_time_rate", int(on_time[0]), int(on_time[1])),
            rate_row("bad_rating_follow_up_rate", int(follow[0]), int(follow[1])),
            ("handling_hours_mean", None, count, None if mean is None else round(mean, 2)),
            ("handling_hours_p90", None, count, None if p90 is None else round(p90, 2)))),
        Figure("ratings", ("rating", "count", "bad"),
               tuple((r, int(ratings.get(r, 0)), int(r in BAD)) for r in RATINGS)),
        Figure("channels", ("channel", "cases"), _rows(
            con, "SELECT channel, COUNT(*) FROM c GROUP BY channel ORDER BY channel")),
    ]
