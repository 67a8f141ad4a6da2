"""Supervisors' statistics: volume, outcomes, first-time pass rate, on-time rate, handling
time, ratings and service channels, each exportable as CSV."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from counterdesk.domain.cases import BAD_RATINGS, Rating
from counterdesk.export.figures import Figure, figure_by_key, rate_row, write_figures
from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.workspace import Workspace
from counterdesk.store.stats_repo import StatsRepo

RATE_COLUMNS = ("figure", "numerator", "denominator", "value")


class StatsError(ValueError):
    """A period that cannot be shown; the message says what to enter."""


@dataclass(frozen=True)
class Dashboard:
    date_from: dt.date
    date_to: dt.date
    figures: tuple[Figure, ...]

    def figure(self, key: str) -> Figure:
        return figure_by_key(self.figures, key)


def rating_rows(counts: dict[str, int]) -> tuple[tuple[object, ...], ...]:
    """Every rating in the 好差评 order, zeros included, flagged bad or not."""
    return tuple((rating.value, counts.get(rating.value, 0), int(rating in BAD_RATINGS))
                 for rating in Rating)


class StatsService:
    def __init__(self, space: Workspace):
        self.space = space

    def dashboard(self, actor: Actor, date_from: dt.date, date_to: dt.date) -> Dashboard:
        require(actor, Role.SUPERVISOR)
        if date_from > date_to:
            raise StatsError(f"the period starts ({date_from}) after it ends ({date_to}); "
                             f"swap the two dates")
        repo = StatsRepo(self.space.db.conn, date_from.isoformat(), date_to.isoformat(),
                         self.space.today().isoformat())
        count, mean, p90 = repo.handling_hours()
        rates = (
            rate_row("first_pass_rate", *repo.first_pass()),
            rate_row("on_time_rate", *repo.on_time()),
            rate_row("bad_rating_follow_up_rate", *repo.bad_rating_follow_up()),
            ("handling_hours_mean", None, count, None if mean is None else round(mean, 2)),
            ("handling_hours_p90", None, count, None if p90 is None else round(p90, 2)),
        )
        figures = (
            Figure("volume_by_day", ("day", "cases"), tuple(repo.volume_by_day())),
            Figure("volume_by_item", ("item_code", "item_name", "cases"),
                   tuple(repo.volume_by_item())),
            Figure("volume_by_clerk", ("clerk", "clerk_name", "cases"),
                   tuple(repo.volume_by_clerk())),
            Figure("volume_by_window", ("window_id", "cases"), tuple(repo.volume_by_window())),
            Figure("outcomes", ("outcome", "decisions"), tuple(repo.outcomes())),
            Figure("rates", RATE_COLUMNS, rates),
            Figure("ratings", ("rating", "count", "bad"), rating_rows(dict(repo.ratings()))),
            Figure("channels", ("channel", "cases"), tuple(repo.channels())),
        )
        return Dashboard(date_from, date_to, figures)

    def export_csv(self, actor: Actor, dashboard: Dashboard, folder: Path) -> list[Path]:
        """Every figure the dashboard shows, one CSV each."""
        require(actor, Role.SUPERVISOR)
        try:
            return write_figures(dashboard.figures, folder)
        except OSError as error:
            raise StatsError(f"cannot write the figures to {folder}: {error.strerror}; "
                             f"choose another folder") from error
