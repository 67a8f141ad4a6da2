"""Statistics: the rates a supervisor is held to, and the same figures from the central merge."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.domain.cases import Rating
from counterdesk.services.casework import CaseworkService
from counterdesk.services.exporting import export_batch
from counterdesk.services.review import ReviewService
from counterdesk.services.stats import StatsError, StatsService

PERIOD = (dt.date(2026, 9, 1), dt.date(2026, 10, 31))


def rates(dashboard) -> dict[str, object]:
    return {row[0]: row[3] for row in dashboard.figure("rates").rows}


def test_first_time_pass_rate_counts_only_first_visit_acceptances(space, people, cases, clock):
    cases.accepted("甲")
    cases.accepted("乙")
    cases.rejected("丙")
    returned = cases.supplement("丁")
    clock.set_day(dt.date(2026, 10, 9))
    from counterdesk.services.intake import SubmissionInput
    from tests.supervisor.conftest import ALL_PRESENT, ANSWERS
    cases.intake.decide(people["clerk"], returned, SubmissionInput(ANSWERS, ALL_PRESENT))
    board = StatsService(space).dashboard(people["supervisor"], *PERIOD)
    first_pass = next(r for r in board.figure("rates").rows if r[0] == "first_pass_rate")
    assert first_pass == ("first_pass_rate", 2, 4, 0.5)
    assert dict(board.figure("outcomes").rows) == {"accept": 3, "reject": 1, "supplement": 1}


def test_on_time_rate_and_bad_rating_follow_up(space, people, cases, clock):
    on_time = cases.accepted("甲")  # promised 2026-10-08
    cases.accepted("乙")
    CaseworkService(space).complete(people["clerk"], on_time, "已办结")
    CaseworkService(space).rate(people["clerk"], on_time, Rating.DISSATISFIED)
    clock.set_day(dt.date(2026, 10, 12))  # 乙 is now past its promised date
    board = StatsService(space).dashboard(people["supervisor"], *PERIOD)
    assert rates(board)["on_time_rate"] == 0.5
    assert rates(board)["bad_rating_follow_up_rate"] == 0.0
    review = ReviewService(space).queue(people["supervisor"], kind="bad_rating")[0]
    ReviewService(space).confirm(people["supervisor"], review["id"], "已回访")
    board = StatsService(space).dashboard(people["supervisor"], *PERIOD)
    assert rates(board)["bad_rating_follow_up_rate"] == 1.0
    assert dict((r[0], r[1]) for r in board.figure("ratings").rows)["dissatisfied"] == 1


def test_every_figure_exports_as_a_csv_file(space, people, cases, tmp_path):
    cases.accepted()
    service = StatsService(space)
    board = service.dashboard(people["supervisor"], *PERIOD)
    written = service.export_csv(people["supervisor"], board, tmp_path / "figures")
    assert sorted(p.stem for p in written) == sorted(f.key for f in board.figures)
    day = (tmp_path / "figures" / "volume_by_day.csv").read_text(encoding="utf-8-sig")
    assert day.splitlines() == ["day,cases", "2026-09-30,1"]


def test_a_period_ending_before_it_starts_is_refused(space, people):
    with pytest.raises(StatsError, match="swap"):
        StatsService(space).dashboard(people["supervisor"], dt.date(2026, 10, 2),
                                      dt.date(2026, 10, 1))


def test_the_hall_report_gives_the_same_rates_as_the_window_statistics(space, people, cases,
                                                                       clock, tmp_path):
    pytest.importorskip("duckdb")
    from counterdesk.export.merge import merge
    from counterdesk.export.report import hall_figures

    cases.accepted("甲")
    cases.rejected("乙")
    cases.supplement("丙")
    clock.advance(hours=2)
    export_batch(space, None, tmp_path / "out")
    merge([tmp_path / "out"], tmp_path / "hall.duckdb")
    local = StatsService(space).dashboard(people["supervisor"], *PERIOD)
    hall = {f.key: f for f in hall_figures(tmp_path / "hall.duckdb", *PERIOD,
                                           today=space.today())}
    assert hall["rates"].rows == local.figure("rates").rows
    assert hall["outcomes"].rows == local.figure("outcomes").rows
    assert hall["volume_by_day"].rows == local.figure("volume_by_day").rows
    assert hall["channels"].rows == local.figure("channels").rows
