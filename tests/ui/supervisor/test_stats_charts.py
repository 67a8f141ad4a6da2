"""The statistics charts draw a single day, count in whole numbers and keep labels whole."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt

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


def test_cases_all_on_one_day_are_drawn_as_a_bar_over_the_day_on_a_count_axis(
        qtbot, space, people, cases):
    # GIVEN two cases registered on the same day
    cases.accepted("甲")
    cases.accepted("乙")
    # WHEN the supervisor opens the statistics
    page = StatisticsPage(space, people["supervisor"])
    qtbot.addWidget(page)
    # THEN the day is a bar two high, labelled with its date, under a visible count range
    chart = page.charts["volume_by_day"].chart()
    series = chart.series()[0]
    assert isinstance(series, QBarSeries)
    assert series.barSets()[0].at(0) == 2
    days = next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis))
    assert days.categories() == [space.today().strftime("%m-%d")]
    counts = value_axis(page, "volume_by_day")
    assert (counts.min(), counts.max()) == (0, 3)


def test_cases_on_several_days_are_a_line_with_each_day_marked(qtbot, space, people, cases,
                                                                clock):
    cases.accepted("甲")
    clock.advance(days=1)
    cases.accepted("乙")
    page = StatisticsPage(space, people["supervisor"])
    qtbot.addWidget(page)
    page.date_to.setText(space.today().isoformat())
    page.show_figures()
    series = page.charts["volume_by_day"].chart().series()[0]
    assert isinstance(series, QLineSeries) and series.pointsVisible()
    assert series.count() == 2


def test_long_rating_names_are_on_the_left_of_lying_bars_where_they_have_room(
        qtbot, space, people, cases):
    case_id = cases.accepted()
    CaseworkService(space).rate(people["clerk"], case_id, Rating.VERY_DISSATISFIED)
    page = StatisticsPage(space, people["supervisor"])
    qtbot.addWidget(page)
    chart = page.charts["ratings"].chart()
    assert isinstance(chart.series()[0], QHorizontalBarSeries)
    names = next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis))
    assert names.alignment() == Qt.AlignmentFlag.AlignLeft


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
