"""The statistics charts draw a single day, count in whole numbers and keep labels whole."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QValueAxis

from counterdesk.domain.cases import Rating
from counterdesk.services.casework import CaseworkService
from counterdesk.ui.supervisor.stats_page import StatisticsPage, count_step
from tests.supervisor.conftest import CaseMaker


@pytest.fixture
def cases(space, people) -> CaseMaker:
    return CaseMaker(space, people["clerk"])


def value_axis(page: StatisticsPage, key: str) -> QValueAxis:
    return next(axis for axis in page.charts[key].chart().axes()
                if isinstance(axis, QValueAxis))


def test_cases_all_on_one_day_are_drawn_as_a_point_inside_the_axis(qtbot, space, people, cases):
    cases.accepted("甲")
    cases.accepted("乙")
    page = StatisticsPage(space, people["supervisor"])
    qtbot.addWidget(page)
    chart = page.charts["volume_by_day"].chart()
    series = chart.series()[0]
    assert series.count() == 1 and series.pointsVisible()
    point = series.at(0)
    days = chart.axes()[0]
    assert days.min().toMSecsSinceEpoch() < point.x() < days.max().toMSecsSinceEpoch()
    assert point.y() == 2


def test_a_single_rating_is_counted_on_whole_number_ticks(qtbot, space, people, cases):
    case_id = cases.accepted()
    CaseworkService(space).rate(people["clerk"], case_id, Rating.VERY_DISSATISFIED)
    page = StatisticsPage(space, people["supervisor"])
    qtbot.addWidget(page)
    axis = value_axis(page, "ratings")
    assert axis.tickType() == QValueAxis.TickType.TicksDynamic
    assert (axis.min(), axis.max(), axis.tickInterval(), axis.labelFormat()) == (0, 2, 1, "%d")
    assert value_axis(page, "volume_by_day").tickInterval() == 1


@pytest.mark.parametrize(("largest", "step"), [(0, 1), (1, 1), (5, 1), (6, 2), (10, 2),
                                               (11, 5), (150, 50), (2400, 500)])
def test_count_steps_are_whole_and_reach_the_largest_count_in_five(largest, step):
    assert count_step(largest) == step


def test_outcome_slices_are_named_in_the_legend_not_beside_the_slice(qtbot, space, people,
                                                                     cases):
    cases.accepted("甲")
    cases.supplement("乙")
    page = StatisticsPage(space, people["supervisor"])
    qtbot.addWidget(page)
    chart = page.charts["outcomes"].chart()
    slices = chart.series()[0].slices()
    assert [piece.label() for piece in slices] == ["受理 1", "一次性告知补正 1"]
    assert not any(piece.isLabelVisible() for piece in slices) and chart.legend().isVisible()
