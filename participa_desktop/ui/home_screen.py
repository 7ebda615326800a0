"""Home: what is happening today, in plain words — today's and the coming workshops,
agreements overdue or due soon, the last sync and the changes waiting to be sent.

A click or Enter on a workshop opens its attendance; on an agreement, the agreements
screen. The summary is read again each time the screen is shown and when data changes
while it is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core import server_link
from participa_desktop.core.services import overview, workshops
from participa_desktop.core.services.overview import DueAgreement, HomeSummary
from participa_desktop.core.services.workshops import WorkshopRow

from . import home_sentences as say
from . import vocabulary
from .context import AppContext
from .screen import Screen
from .table_model import ID_ROLE, Column, LazyTableModel
from .table_view import make_table

#: Background of an overdue agreement (with the words «vencido hace…», not colour alone).
OVERDUE_COLOUR = "#fde2e2"
_ALERT_STYLE = "color: #b00020; font-weight: bold;"


@dataclass(frozen=True)
class _Home:
    summary: HomeSummary
    workshop_rows: dict[str, WorkshopRow]
    agreement_rows: dict[str, DueAgreement]


class HomeScreen(Screen):
    """The summary; `summary_shown` is emitted each time it was read and shown."""

    key = "inicio"
    summary_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = context.store
        self.runner = context.runner
        self.summary: HomeSummary | None = None
        self._today = dt.date.today()

        self.heading_label = QLabel(self)
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.today_label = self._sentence()
        self.upcoming_label = self._sentence()
        self.overdue_label = self._sentence()
        self.due_label = self._sentence()
        self.sync_label = self._sentence()
        self.pending_label = self._sentence()
        cards = QHBoxLayout()
        self.workshops_card = self._card(self.today_label, self.upcoming_label)
        self.agreements_card = self._card(self.overdue_label, self.due_label)
        self.sync_card = self._card(self.sync_label, self.pending_label)
        for card in (self.workshops_card, self.agreements_card, self.sync_card):
            cards.addWidget(card, 1)

        self.workshop_model = LazyTableModel(self.runner, self._workshop_columns(),
                                             self._fetch_workshops, self)
        self.workshop_table = self._table(
            "home_workshops", self.workshop_model, self._open_workshop,
            {0: 95, 1: 110, 3: 200, 4: 150, 5: 90})
        self.agreement_model = LazyTableModel(self.runner, self._agreement_columns(),
                                              self._fetch_agreements, self)
        self.agreement_table = self._table(
            "home_agreements", self.agreement_model, self._open_agreement,
            {0: 95, 1: 150, 3: 200, 4: 90, 5: 220})
        self.workshops_title = QLabel(self)
        self.workshops_title.setBuddy(self.workshop_table)
        self.agreements_title = QLabel(self)
        self.agreements_title.setBuddy(self.agreement_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._titled(self.workshops_title, self.workshop_table))
        splitter.addWidget(self._titled(self.agreements_title, self.agreement_table))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setStyleSheet("color: #555555;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addLayout(cards)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        context.hub.data_changed.connect(self._data_changed)
        self.retranslate()

    # --- building -------------------------------------------------------------------------

    def _sentence(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        return label

    def _card(self, first: QLabel, second: QLabel) -> QFrame:
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.addWidget(first)
        layout.addWidget(second)
        layout.addStretch(1)
        return card

    def _table(self, name: str, model: LazyTableModel, open_row: Callable[[str], None],
               widths: dict[int, int]) -> QTableView:
        """A table whose row opens (click or Enter) where it belongs; column 2 stretches."""
        table = make_table(self, model, name=name, widths=widths, stretch=2, alternate=False)

        def open_index(index: QModelIndex) -> None:
            record_id = index.data(ID_ROLE) if index.isValid() else None
            if record_id:
                open_row(record_id)

        table.clicked.connect(open_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), table, context=Qt.ShortcutContext.WidgetShortcut,
                      activated=lambda: open_index(table.currentIndex()))
        return table

    def _titled(self, title: QLabel, table: QTableView) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(table, 1)
        return box

    def _workshop_columns(self) -> list[Column]:
        def hours(row: WorkshopRow) -> str:
            if row.start_time is None:
                return ""
            if row.end_time is None:
                return vocabulary.time_text(row.start_time)
            return self.tr("{start} a {end}").format(
                start=vocabulary.time_text(row.start_time),
                end=vocabulary.time_text(row.end_time))

        return [
            Column(header=lambda: self.tr("Día"),
                   display=lambda row: say.day_text(row.date, self._today)),
            Column(header=lambda: self.tr("Hora"), display=hours),
            Column(header=lambda: self.tr("Taller"), display=lambda row: row.title),
            Column(header=lambda: self.tr("Lugar"), display=lambda row: row.place or ""),
            Column(header=lambda: self.tr("Municipio"), display=lambda row: row.territory or "",
                   tooltip=lambda row: row.department),
            Column(header=lambda: self.tr("Asistentes"), display=lambda row: str(row.present),
                   align_right=True),
        ]

    def _agreement_columns(self) -> list[Column]:
        def overdue(row: DueAgreement) -> str | None:
            return OVERDUE_COLOUR if row.overdue else None

        return [
            Column(header=lambda: self.tr("Vence"),
                   display=lambda row: vocabulary.date_text(row.due_date), background=overdue),
            Column(header=lambda: self.tr("Situación"),
                   display=lambda row: say.due_in(row.due_date, self._today),
                   background=overdue),
            Column(header=lambda: self.tr("Acuerdo"), display=lambda row: " ".join(
                row.text.split()), tooltip=lambda row: row.text, background=overdue),
            Column(header=lambda: self.tr("Responsable"),
                   display=lambda row: row.responsible or "", background=overdue),
            Column(header=lambda: self.tr("Estado"),
                   display=lambda row: vocabulary.word("agreement_status", row.status),
                   background=overdue),
            Column(header=lambda: self.tr("Taller"), display=lambda row: row.workshop_title,
                   background=overdue),
        ]

    # --- texts ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Inicio")

    def retranslate(self) -> None:
        store = self.context.store
        self.status_label.setText(self.tr("Archivo de datos: {path}\nEquipo: {device}").format(
            path=store.path, device=store.device_name))
        self.heading_label.setText(self.tr("Hoy, {date}").format(
            date=vocabulary.date_text(self._today)))
        self.workshops_title.setText(self.tr(
            "&Talleres de hoy y de los próximos {days} días (Enter: tomar asistencia)"
        ).format(days=overview.HORIZON_DAYS))
        self.agreements_title.setText(self.tr(
            "Ac&uerdos vencidos y por vencer (Enter: ir a Acuerdos)"))
        self.workshop_table.setAccessibleName(self.tr("Talleres de hoy y próximos"))
        self.agreement_table.setAccessibleName(self.tr("Acuerdos vencidos y por vencer"))
        self.workshop_model.retranslate()
        self.agreement_model.retranslate()
        self._show_sentences()

    def _show_sentences(self) -> None:
        summary = self.summary
        if summary is None:
            self.today_label.setText(self.tr("Leyendo el resumen…"))
            for label in (self.upcoming_label, self.overdue_label, self.due_label,
                          self.sync_label, self.pending_label):
                label.clear()
            return
        self.today_label.setText(say.workshops_today(summary))
        self.upcoming_label.setText(say.workshops_upcoming(summary))
        self.overdue_label.setText(say.agreements_overdue(summary))
        self.overdue_label.setStyleSheet(_ALERT_STYLE if summary.agreements_overdue else "")
        self.due_label.setText(say.agreements_due(summary))
        self.sync_label.setText(say.last_sync(summary.sync, dt.datetime.now(dt.UTC)))
        self.pending_label.setText(say.pending_changes(summary.sync))

    # --- loading --------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the summary on the task runner (today's date is taken now)."""
        store, today = self.store, dt.date.today()

        def read(_task: object) -> _Home:
            link = server_link.read_link(store)
            with store.reading() as session:
                summary = overview.home_summary(
                    session, today, server_id=link.server_id if link else None)
                block = LazyTableModel.BLOCK
                return _Home(
                    summary,
                    workshops.workshop_rows(session, summary.workshop_ids[:block]),
                    overview.agreement_rows(session, summary.agreement_ids[:block], today))

        self.runner.run(read, on_done=self._show, owner=self)

    def _show(self, home: _Home) -> None:
        self.summary = home.summary
        if home.summary.today != self._today:
            self._today = home.summary.today
            self.retranslate()
        self.workshop_model.set_ids(home.summary.workshop_ids, home.workshop_rows)
        self.agreement_model.set_ids(home.summary.agreement_ids, home.agreement_rows)
        for table in (self.workshop_table, self.agreement_table):
            if table.model().rowCount():
                table.setCurrentIndex(table.model().index(0, 0))
        self._show_sentences()
        self.summary_shown.emit()

    def _fetch_workshops(self, ids: list[str]) -> dict[str, WorkshopRow]:
        with self.store.reading() as session:
            return workshops.workshop_rows(session, ids)

    def _fetch_agreements(self, ids: list[str]) -> dict[str, DueAgreement]:
        today = self._today
        with self.store.reading() as session:
            return overview.agreement_rows(session, ids, today)

    def _data_changed(self, _table: str) -> None:
        # Any change may move the count of changes waiting to be sent. Hidden, the
        # screen reads everything again when it is shown (`activate`).
        if self.isVisible():
            self.refresh()

    # --- going elsewhere ------------------------------------------------------------------

    def _open_workshop(self, workshop_id: str) -> None:
        self.context.hub.open_attendance.emit(workshop_id)
        self.context.hub.show_screen.emit("asistencia")

    def _open_agreement(self, _agreement_id: str) -> None:
        self.context.hub.show_screen.emit("acuerdos")
