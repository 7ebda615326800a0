"""The results screen's three charts (QtCharts), drawn from figures already read: workshops
per month stacked by component, attendance in the ten municipalities with most (the rest
summed as "Otros"), and agreements by status with the overdue ones apart. Each chart has a
caption above it and, when there is nothing to draw, says so instead of an empty frame.

GUI thread only; it reads nothing itself (the screen reads `ResultsFigures` on the runner,
see `results_data`).
Each component keeps one colour whatever the filters (by its place in the model).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from participa_desktop.reports.figures import month_label
from participa_desktop.reports.program_figures import StatusCount

from . import i18n, vocabulary
from .home_sentences import number
from .results_data import TOP_TERRITORIES, ResultsFigures, month_series, top_territories

if TYPE_CHECKING:
    import datetime as dt

#: Colours of the model's components, by their place in it (Okabe–Ito, readable by people
#: who do not tell red from green); workshops without a component are grey.
COMPONENT_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442")
NO_COMPONENT_COLOUR = "#9E9E9E"
TERRITORY_COLOUR = "#5B7083"
OVERDUE_COLOUR = "#B00020"
ON_TIME_COLOUR = "#9FB3C8"


def component_colour(name: str, components: Sequence[str]) -> str:
    if name in components:
        return COMPONENT_COLOURS[list(components).index(name) % len(COMPONENT_COLOURS)]
    return NO_COMPONENT_COLOUR


def _count_axis(largest: int, headroom: float = 1.0) -> QValueAxis:
    """A value axis from 0 with whole-number ticks about five apart."""
    raw = max(largest * headroom, 1) / 5
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    axis = QValueAxis()
    axis.setRange(0, max(math.ceil(largest * headroom / step), 1) * step)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f")  # "%d" draws nothing once numbers are localised
    return axis


def _bar_width(bars: int) -> float:
    """Bars keep about the same thickness however few there are."""
    return 0.7 * min(1.0, bars / 5)



def chart_month_label(month: dt.date) -> str:
    """A month on a chart's axis in the interface language: "mar 2026" (the report's own
    label) in Spanish, "Mar 2026" in English."""
    if i18n.current_language() == "es":
        return month_label(month)
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy")

class ChartCard(QWidget):
    """A caption over a chart view, or over a message when there is nothing to draw."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setObjectName(f"{name}_caption")
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.view = QChartView(self)
        self.view.setObjectName(f"{name}_chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(180)
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #555555; background: palette(base);")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.pages, 1)

    def chart(self) -> QChart:
        return self.view.chart()

    def set_caption(self, text: str) -> None:
        """The caption, also the chart's name for screen readers."""
        self.caption.setText(text)
        self.view.setAccessibleName(text)

    def is_empty(self) -> bool:
        """Whether the message stands in for the chart."""
        return self.pages.currentWidget() is self.message

    def show_chart(self, chart: QChart) -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.pages.setCurrentWidget(self.view)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)


class ResultsCharts(QWidget):
    """The three chart cards; `show_figures` draws them, `show_reading` marks them as
    being read again (the old charts stay until the new figures arrive)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months = ChartCard("months", self)
        self.territories = ChartCard("territories", self)
        self.agreements = ChartCard("agreements", self)
        self.figures: ResultsFigures | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.months, 0, 0, 1, 2)
        grid.addWidget(self.territories, 1, 0)
        grid.addWidget(self.agreements, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        if self.figures is None:
            for card in (self.months, self.territories, self.agreements):
                card.set_caption("")
                card.show_message(self.tr("Leyendo las cifras…"))
        else:
            self.show_figures(self.figures)

    # --- drawing --------------------------------------------------------------------------

    def show_figures(self, figures: ResultsFigures) -> None:
        self.figures = figures
        self._draw_months(figures)
        self._draw_territories(figures)
        self._draw_agreements(figures)

    def _chart(self, legend: bool) -> QChart:
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setLocalizeNumbers(True)  # 1.234 in Spanish, 1,234 in English
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setVisible(legend)
        chart.legend().setFont(self.font())
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        return chart

    def _attach(self, chart: QChart, series: QAbstractBarSeries, categories: list[str],
                largest: int, horizontal: bool, headroom: float = 1.0) -> QBarCategoryAxis:
        chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.append(categories)
        value_axis = _count_axis(largest, headroom)
        for axis in (category_axis, value_axis):
            axis.setLabelsFont(self.font())
        category_axis.setGridLineVisible(False)
        if horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        return category_axis

    def _nothing(self, figures: ResultsFigures) -> str | None:
        return None if figures.totals.workshops else self.tr("Sin talleres en este periodo.")

    def _draw_months(self, figures: ResultsFigures) -> None:
        card = self.months
        card.set_caption(self.tr("Talleres por mes y componente"))
        months, series_rows = month_series(figures.months, figures.components, figures.scope)
        if not months:
            card.show_message(self.tr("Sin talleres en este periodo."))
            return
        chart = self._chart(legend=True)
        series = QStackedBarSeries()
        for name, counts in series_rows:
            bar_set = QBarSet(name)
            bar_set.append([float(count) for count in counts])
            bar_set.setColor(QColor(component_colour(name, figures.components)))
            bar_set.setBorderColor(QColor("white"))
            series.append(bar_set)
        largest = max(sum(column) for column in zip(*(c for _n, c in series_rows),
                                                      strict=True))
        axis = self._attach(chart, series, [chart_month_label(month) for month in months],
                            largest, horizontal=False)
        if len(months) > 12:
            axis.setLabelsAngle(-90)
        card.show_chart(chart)

    def _draw_territories(self, figures: ResultsFigures) -> None:
        card = self.territories
        bars, others, others_attendances = top_territories(figures.territories)
        if others:
            card.set_caption(self.tr(
                "Asistencias por municipio: los {top} con más asistencias; «Otros» suma "
                "los {others} restantes").format(top=TOP_TERRITORIES, others=number(others)))
            bars.append((self.tr("Otros ({count} municipios)").format(count=number(others)),
                         others_attendances))
        else:
            card.set_caption(self.tr("Asistencias por municipio"))
        empty = self._nothing(figures)
        if empty or not bars:
            card.show_message(empty or self.tr("Sin asistencias registradas en este periodo."))
            return
        chart = self._chart(legend=False)
        series = QHorizontalBarSeries()
        bar_set = QBarSet(self.tr("Asistencias"))
        # Qt draws the first category at the bottom: the largest goes last, on top.
        bar_set.append([float(count) for _label, count in reversed(bars)])
        bar_set.setColor(QColor(TERRITORY_COLOUR))
        bar_set.setLabelColor(QColor("#222222"))
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(_bar_width(len(bars)))
        self._attach(chart, series, [label for label, _count in reversed(bars)],
                     max(count for _label, count in bars), horizontal=True, headroom=1.12)
        card.show_chart(chart)

    def _draw_agreements(self, figures: ResultsFigures) -> None:
        card = self.agreements
        overdue = sum(row.overdue for row in figures.statuses)
        total = sum(row.agreements for row in figures.statuses)
        if overdue == 1:
            card.set_caption(self.tr("Acuerdos por estado: 1 vencido"))
        else:
            card.set_caption(self.tr("Acuerdos por estado: {count} vencidos").format(
                count=number(overdue)))
        empty = self._nothing(figures)
        if empty or not total:
            card.show_message(empty or self.tr("Sin acuerdos en este periodo."))
            return
        chart = self._chart(legend=True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QHorizontalStackedBarSeries()
        rows = list(reversed(figures.statuses))  # the first status on top
        for name, values, colour in (
            (self.tr("Vencidos"), [row.overdue for row in rows], OVERDUE_COLOUR),
            (self.tr("No vencidos"), [row.agreements - row.overdue for row in rows],
             ON_TIME_COLOUR),
        ):
            bar_set = QBarSet(name)
            bar_set.append([float(value) for value in values])
            bar_set.setColor(QColor(colour))
            series.append(bar_set)
        series.setBarWidth(_bar_width(len(rows)))
        categories = [self._status_text(row) for row in rows]
        self._attach(chart, series, categories, max(row.agreements for row in rows),
                     horizontal=True)
        card.show_chart(chart)

    def _status_text(self, row: StatusCount) -> str:
        word = vocabulary.word("agreement_status", row.status)
        if row.overdue == 1:
            return self.tr("{status}: {count} (1 vencido)").format(
                status=word, count=number(row.agreements))
        if row.overdue:
            return self.tr("{status}: {count} ({overdue} vencidos)").format(
                status=word, count=number(row.agreements), overdue=number(row.overdue))
        return self.tr("{status}: {count}").format(status=word, count=number(row.agreements))
