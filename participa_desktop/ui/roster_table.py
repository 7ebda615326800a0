"""A workshop's roster as a table: name, document, status, arrival time, organisation;
people present are highlighted. Delete (Supr) or Backspace on a row asks to remove it,
Enter on someone not present asks to mark them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView, QWidget

from . import vocabulary
from .table_model import Column, LazyTableModel
from .table_view import set_up_table
from .tasks import TaskRunner

PRESENT_COLOUR = "#d9f2d9"


class RosterTable(QTableView):
    """The view and its `model` (a LazyTableModel over participant ids; rows are the
    core's `RosterEntry` records, fetched by `fetch_rows(ids)` when not given)."""

    #: Delete on the current row: (participant id).
    remove_requested = Signal(str)
    #: Enter or double click on a row: (participant id).
    mark_requested = Signal(str)

    def __init__(self, runner: TaskRunner,
                 fetch_rows: Callable[[list[str]], Mapping[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_view")
        self.table_model = LazyTableModel(runner, self._columns(), fetch_rows, self)
        self.setModel(self.table_model)
        set_up_table(self, widths=(165, 105, 75, 60))
        self.activated.connect(self._activated)
        self.remove_action = QAction(self)
        self.remove_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete),
                                         QKeySequence(Qt.Key.Key_Backspace)])
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self._remove)
        self.addAction(self.remove_action)

    def _columns(self) -> list[Column]:
        def highlight(entry: Any) -> str | None:
            return PRESENT_COLOUR if entry.status == "present" else None

        return [
            Column(header=lambda: self.tr("Nombre"), display=lambda e: e.full_name,
                   background=highlight, tooltip=lambda e: e.full_name),
            Column(header=lambda: self.tr("Documento"), display=lambda e: e.document or ""),
            Column(header=lambda: self.tr("Estado"),
                   display=lambda e: vocabulary.word("attendance_status", e.status),
                   background=highlight),
            Column(header=lambda: self.tr("Llegada"),
                   display=lambda e: vocabulary.time_text(e.arrival_time)),
            Column(header=lambda: self.tr("Organización"),
                   display=lambda e: e.organization_name or "",
                   tooltip=lambda e: e.organization_name),
        ]

    def retranslate(self) -> None:
        self.remove_action.setText(self.tr("Quitar de la asistencia"))
        self.setAccessibleName(self.tr("Asistentes de este taller"))
        self.table_model.retranslate()

    def show_entries(self, ids: Sequence[str], entries: Mapping[str, Any]) -> None:
        """Show these roster entries (by participant id), in the order of `ids`."""
        self.table_model.set_ids(ids, entries)

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return self.table_model.id_at(index.row()) if index.isValid() else None

    def select_person(self, participant_id: str) -> None:
        row = self.table_model.row_of(participant_id)
        if row >= 0:
            self.selectRow(row)
            self.scrollTo(self.table_model.index(row, 0))

    def _remove(self) -> None:
        participant_id = self.current_id()
        if participant_id is not None:
            self.remove_requested.emit(participant_id)

    def _activated(self, index: QModelIndex) -> None:
        participant_id = self.table_model.id_at(index.row())
        if participant_id is not None:
            self.mark_requested.emit(participant_id)
