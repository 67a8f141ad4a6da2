"""Statistics with charts: volume, outcomes, pass and on-time rates, handling time, ratings and
service channels; every figure exports as CSV, and the export batch starts here too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.accounts import Actor
from counterdesk.services.exporting import export_batch
from counterdesk.services.stats import Dashboard, StatsService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import words
from counterdesk.ui.supervisor import texts

DEFAULT_DAYS = 30


class StatisticsPage(QWidget):
    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space = space
        self.actor = actor
        self.service = StatsService(space)
        self.dashboard: Dashboard | None = None
        self.period: tuple[dt.date, dt.date] | None = None
        today = space.today()
        self.date_from = QLineEdit((today - dt.timedelta(days=DEFAULT_DAYS)).isoformat())
        self.date_to = QLineEdit(today.isoformat())
        self.show_button = QPushButton()
        self.export_figures_button = QPushButton()
        self.export_batch_button = QPushButton()
        self.rate_labels: dict[str, QLabel] = {}
        self.charts: dict[str, QChartView] = {}
        self._build()
        self.retranslate_ui()
        self.show_figures()

    def _build(self) -> None:
        self.from_label, self.to_label = QLabel(), QLabel()
        top = QHBoxLayout()
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to,
                       self.show_button):
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.export_figures_button)
        top.addWidget(self.export_batch_button)
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(130)
            edit.returnPressed.connect(self.show_figures)
        self.show_button.clicked.connect(self.show_figures)
        self.export_figures_button.clicked.connect(self.export_figures)
        self.export_batch_button.clicked.connect(self.export_data)
        rates = QHBoxLayout()
        for key in texts.rate_names():
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("QLabel { border: 1px solid #c8ccd4; border-radius: 4px;"
                                " padding: 6px; background: #f6f8fb; }")
            self.rate_labels[key] = label
            rates.addWidget(label)
        grid = QGridLayout()
        for position, key in enumerate(("volume_by_day", "outcomes", "ratings", "channels")):
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
            self.charts[key] = view
            grid.addWidget(view, position // 2, position % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(rates)
        layout.addLayout(grid, 1)

    def retranslate_ui(self) -> None:
        self.from_label.setText(self.tr("登记日期自"))
        self.to_label.setText(self.tr("至"))
        self.show_button.setText(self.tr("统计"))
        self.export_figures_button.setText(self.tr("导出统计表(CSV)"))
        self.export_batch_button.setText(self.tr("导出数据批次"))

    def _period(self) -> tuple[dt.date, dt.date] | None:
        try:
            return (dt.date.fromisoformat(self.date_from.text().strip()),
                    dt.date.fromisoformat(self.date_to.text().strip()))
        except ValueError:
            QMessageBox.warning(self, self.tr("日期格式不对"),
                                self.tr("请按 2026-09-30 的格式输入统计期间的起止日期。"))
            return None

    def showEvent(self, event: QShowEvent) -> None:
        """Figures change whenever anyone registers, decides or reviews: recount on sight."""
        super().showEvent(event)
        self.refresh()

    def show_figures(self) -> None:
        period = self._period()
        if period is None:
            return
        self.period = period
        self.refresh()

    def refresh(self) -> None:
        """Recount the period last asked for."""
        if self.period is None:
            return
        period = self.period
        dashboard = texts.run(self, lambda: self.service.dashboard(self.actor, *period))
        if dashboard is None:
            return
        self.dashboard = dashboard
        names = texts.rate_names()
        for row in dashboard.figure("rates").rows:
            key, numerator, denominator, value = row
            if value is None:
                shown = self.tr("无数据")
            elif key.endswith("_rate"):
                shown = f"{float(value) * 100:.1f}%  ({numerator}/{denominator})"
            else:
                shown = f"{value}"
            self.rate_labels[str(key)].setText(f"{names[str(key)]}\n{shown}")
        titles = texts.figure_titles()
        day = dashboard.figure("volume_by_day")
        self._days("volume_by_day", titles["volume_by_day"], day.rows)
        self._pie("outcomes", titles["outcomes"], dashboard.figure("outcomes").rows,
                  words.outcome)
        ratings = dashboard.figure("ratings")
        self._bars("ratings", titles["ratings"],
                   [words.ratings().get(str(r), str(r)) for r in ratings.column("rating")],
                   ratings.column("count"))
        channels = dashboard.figure("channels")
        self._bars("channels", titles["channels"],
                   [words.channels().get(str(c), str(c)) for c in channels.column("channel")],
                   channels.column("cases"))

    def _bars(self, key: str, title: str, categories: list[str], values: list[object]) -> None:
        """Bars lying down, named on the left: a long name ("Very satisfied") takes the room
        it needs there instead of being cut to fit under a narrow bar."""
        chart = QChart()
        chart.setTitle(title)
        bars = QBarSet(title)
        # the first category on top, as the list reads
        heights = [float(v or 0) for v in reversed(values)]  # type: ignore[arg-type]
        bars.append(heights)
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(list(reversed(categories)))
        counts = count_axis(int(max(heights, default=0)))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(counts)
        chart.legend().setVisible(False)
        self.charts[key].setChart(chart)

    def _one_day(self, chart: QChart, day: object, count: object) -> None:
        """A single day is a bar over its date on a count axis, not a lone dot."""
        bars = QBarSet(chart.title())
        bars.append([float(count)])  # type: ignore[arg-type]
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.3)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([QDate.fromString(str(day), Qt.DateFormat.ISODate).toString("MM-dd")])
        axis_y = count_axis(int(count))  # type: ignore[call-overload]
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    def _days(self, key: str, title: str, rows: tuple[tuple[object, ...], ...]) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(False)
        if len(rows) == 1:
            self._one_day(chart, *rows[0])
            self.charts[key].setChart(chart)
            return
        series = QLineSeries()
        # Each day's point is marked on the line.
        series.setPointsVisible(True)
        days = []
        for day, count in rows:
            days.append(QDate.fromString(str(day), Qt.DateFormat.ISODate))
            # Each day's count sits at its noon, between the ticks of its own midnights.
            series.append(float(QDateTime(days[-1], QTime(12, 0)).toMSecsSinceEpoch()),
                          float(count))  # type: ignore[arg-type]
        chart.addSeries(series)
        axis_x = QDateTimeAxis()
        axis_x.setFormat("MM-dd")
        if days:
            axis_x.setRange(QDateTime(days[0], QTime(0, 0)),
                            QDateTime(days[-1].addDays(1), QTime(0, 0)))
            axis_x.setTickCount(min(8, days[0].daysTo(days[-1]) + 2))
        axis_y = count_axis(max((int(count) for _, count in rows), default=0))  # type: ignore[call-overload]
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(False)
        self.charts[key].setChart(chart)

    def _pie(self, key: str, title: str, rows: tuple[tuple[object, ...], ...],
             label: object) -> None:
        chart = QChart()
        chart.setTitle(title)
        series = QPieSeries()
        for code, count in rows:
            # Named in the legend only: a label beside the slice is cut off in longer languages.
            series.append(f"{label(str(code))} {count}",  # type: ignore[operator]
                          float(count))  # type: ignore[arg-type]
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.charts[key].setChart(chart)

    def export_figures(self) -> None:
        if self.dashboard is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择导出统计表的文件夹"))
        if not folder:
            return
        dashboard = self.dashboard
        written = texts.run(self, lambda: self.service.export_csv(self.actor, dashboard,
                                                                  Path(folder)))
        if written is not None:
            QMessageBox.information(self, self.tr("导出完成"),
                                    self.tr("已导出 {n} 个统计表到 {folder}")
                                    .format(n=len(written), folder=folder))

    def export_data(self) -> None:
        """The next incremental batch for central reporting, ID numbers masked."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择导出数据的文件夹"))
        if not folder:
            return
        result = texts.run(self, lambda: export_batch(self.space, self.actor, Path(folder)))
        if result is not None and result.folder is None:
            QMessageBox.information(self, self.tr("无需导出"),
                                    self.tr("自第 {n} 批以来数据没有变化，未生成新的批次。")
                                    .format(n=result.batch_no))
        elif result is not None:
            QMessageBox.information(self, self.tr("导出完成"),
                                    self.tr("第 {n} 批数据（{rows} 行）已导出到 {folder}")
                                    .format(n=result.batch_no, rows=sum(result.rows.values()),
                                            folder=result.folder))


def count_axis(largest: int) -> QValueAxis:
    """A value axis for counts: whole-number ticks, one step of headroom above the largest."""
    step = count_step(largest)
    axis = QValueAxis()
    axis.setRange(0, (largest // step + 1) * step)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def count_step(largest: int) -> int:
    """1, 2 or 5 times a power of ten, so that at most five steps reach the largest count."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if largest <= 5 * factor * magnitude:
                return factor * magnitude
        magnitude *= 10
