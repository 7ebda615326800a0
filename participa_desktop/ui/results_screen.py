"""Resultados: the program's results at a glance for a period, an implementation and an
organisation — workshops, attendances and people reached in one line, then workshops per
month by component, attendance by municipality and agreements by status (QtCharts).

The figures are the results report's own (`reports.figures`, `reports.program_figures`),
read on the task runner; quick filter changes make one read. A period that ends before it
starts is said beside the filters and the charts shown stay as they were. The filters are
remembered between sessions. `actions_bar` is where buttons acting on the chosen scope
(an export, say) go; `current_scope()` is that scope.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from participa_desktop.core.services import choices
from participa_desktop.core.services.choices import Choice
from participa_desktop.reports.report_scope import ReportScope, ScopeError

from .coalesced_read import CoalescedRead
from .context import AppContext
from .errors import user_message
from .field_errors import ERROR_STYLE
from .home_sentences import number
from .results_charts import ResultsCharts
from .results_data import ResultsFigures, read_figures
from .results_export import ResultsExport
from .results_filters import ResultsFilterBar
from .screen import Screen
from .tasks import Task

#: Tables whose changes change what this screen shows ("*": a sync or a package).
WATCHED = ("workshop", "workshop_component", "attendance", "agreement", "participant",
           "implementation", "organization", "*")


@dataclass(frozen=True)
class _Choices:
    implementations: list[Choice]
    organizations: list[Choice]


class ResultsScreen(Screen):
    """The dashboard. `figures_shown(scope)` is emitted each time figures were read and
    drawn (tests wait for it); `figures_failed(message)` when a read failed."""

    key = "resultados"
    figures_shown = Signal(object)
    figures_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = context.store
        self.runner = context.runner
        self._stale = True

        self.filter_bar = ResultsFilterBar(context.settings, self)
        self.filter_bar.changed.connect(self.reload)
        #: Buttons acting on `current_scope()` go here (right of the filters).
        self.actions_bar = QHBoxLayout()
        self.actions_bar.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addLayout(self.actions_bar)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("scope_message")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.headline_label = QLabel(self)
        self.headline_label.setObjectName("headline")
        font = self.headline_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline_label.setFont(font)
        self.headline_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scope_label = QLabel(self)
        self.scope_label.setStyleSheet("color: #555555;")
        headline = QHBoxLayout()
        headline.addWidget(self.headline_label)
        headline.addSpacing(12)
        headline.addWidget(self.scope_label, 1)
        self.charts = ResultsCharts(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addLayout(headline)
        layout.addWidget(self.charts, 1)

        self.export = ResultsExport(context, self, self.current_scope)
        self.actions_bar.addLayout(self.export.bar)
        layout.insertWidget(2, self.export.notice)

        self.reads = CoalescedRead(self.runner, self._make_read, self._show, self._failed,
                                   self)
        context.hub.data_changed.connect(self._data_changed)
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Resultados")

    def retranslate(self) -> None:
        self.filter_bar.retranslate()
        self.charts.retranslate()
        self.export.retranslate()
        self._show_headline()

    def _show_headline(self) -> None:
        figures_shown = self.charts.figures
        if figures_shown is None:
            self.headline_label.setText(self.tr("Leyendo las cifras…"))
            self.scope_label.clear()
            return
        totals = figures_shown.totals
        parts = (
            self.tr("1 taller") if totals.workshops == 1
            else self.tr("{n} talleres").format(n=number(totals.workshops)),
            self.tr("1 asistencia") if totals.attendances == 1
            else self.tr("{n} asistencias").format(n=number(totals.attendances)),
            self.tr("1 persona") if totals.people == 1
            else self.tr("{n} personas").format(n=number(totals.people)),
        )
        self.headline_label.setText(" · ".join(parts))
        self.scope_label.setText(self._describe(figures_shown.scope))

    def _describe(self, scope: ReportScope) -> str:
        if scope.date_from and scope.date_to:
            return self.tr("del {start} al {end}").format(
                start=scope.date_from.strftime("%d/%m/%Y"), end=scope.date_to.strftime("%d/%m/%Y"))
        if scope.date_from:
            return self.tr("desde el {start}").format(start=scope.date_from.strftime("%d/%m/%Y"))
        if scope.date_to:
            return self.tr("hasta el {end}").format(end=scope.date_to.strftime("%d/%m/%Y"))
        return self.tr("todo el periodo registrado")

    # --- what others use ------------------------------------------------------------------

    @property
    def shown_scope(self) -> ReportScope | None:
        """The scope of the charts shown (None before the first read)."""
        return self.charts.figures.scope if self.charts.figures else None

    def current_scope(self) -> ReportScope:
        """The scope the filters say now (a custom period may be backwards: check it)."""
        return self.filter_bar.scope()

    # --- loading --------------------------------------------------------------------------

    def activate(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the filter lists, then the figures, on the task runner."""
        self._stale = False
        store = self.store

        def read(_task: Task) -> _Choices:
            with store.reading() as session:
                return _Choices(choices.implementations(session),
                                choices.organizations(session))

        self.runner.run(read, on_done=self._fill_choices, on_error=self._failed, owner=self)

    def _fill_choices(self, lists: _Choices) -> None:
        self.filter_bar.set_choices(lists.implementations, lists.organizations)
        self.reload()

    def reload(self) -> None:
        """Read the figures again for the filters chosen; a backwards period is said at
        once and reads nothing."""
        problem = self._period_problem()
        if problem is not None:
            self._say(problem)
            return
        self.reads.ask()

    def _period_problem(self) -> str | None:
        try:
            self.current_scope().check()
        except ScopeError as error:
            return str(error)
        return None

    def _make_read(self) -> Any:
        store, scope, today = self.store, self.current_scope(), dt.date.today()

        def read(task: Task) -> ResultsFigures | None:
            if task.cancelled():
                return None
            with store.reading() as session:
                return read_figures(session, scope, today)

        return read

    def _show(self, figures_read: ResultsFigures | None) -> None:
        if figures_read is None:
            return
        self._say(self._period_problem())  # the dates may have gone backwards meanwhile
        self.charts.show_figures(figures_read)
        self._show_headline()
        self.figures_shown.emit(figures_read.scope)

    def _failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, ScopeError) else user_message(error)
        if message is None:
            self.runner.unexpected.emit(error)  # the window's error dialog, logged
            return
        self._say(message)
        self.figures_failed.emit(message)

    def _say(self, message: str | None) -> None:
        self.message_label.setText(message or "")
        self.message_label.setVisible(bool(message))

    def _data_changed(self, table: str) -> None:
        if table not in WATCHED:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
