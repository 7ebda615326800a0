"""Search-as-you-type over the whole registry, by name or document number (accent- and
case-insensitive), for the attendance screen.

    search = PersonSearch(context, status_of=lambda participant_id: "present" or None)
    search.chosen.connect(mark_present)              # (participant id, name): Enter
    search.new_person_requested.connect(walk_in)     # (typed text): Enter when nobody found
    search.results_shown.connect(…)                  # (text, count): results on screen

Typing never waits for the database: each search runs on the task runner, one at a time;
keystrokes that arrive meanwhile are folded into one next search for the latest text, and
results of an older text are dropped (a generation counter). Up/Down/PageUp/PageDown in the
box move in the results, Enter chooses; Enter pressed before the results of the current
text arrived acts on them when they arrive (a fast typist, a barcode reader).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import participants
from participa_desktop.core.store import Store

from . import vocabulary
from .context import AppContext
from .table_model import Column, LazyTableModel

#: The most people one search shows (the core's default); typing more narrows it.
SEARCH_LIMIT = 200


@dataclass(frozen=True)
class SearchResults:
    """What one search found: the ids in display order and the rows of the first block
    (so the table shows names at once, not "…")."""

    text: str
    ids: list[str]
    rows: dict[str, Any] = field(default_factory=dict)

    @property
    def limited(self) -> bool:
        """True when there may be more people than shown."""
        return len(self.ids) >= SEARCH_LIMIT


def find_people(store: Store, text: str, limit: int = SEARCH_LIMIT) -> SearchResults:
    """Search the registry for `text` in one read (runs on a worker thread): the ids of
    the matching live people, best first, with the summaries of the first block."""
    with store.reading() as session:
        ids = participants.search(session, text, limit=limit)
        first = ids[:LazyTableModel.BLOCK]
        rows = {summary.id: summary for summary in participants.summaries(session, first)}
    return SearchResults(text, ids, rows)


def fetch_summaries(store: Store, ids: Sequence[str]) -> dict[str, Any]:
    """The summaries of `ids` (a block of rows of the results table), by id."""
    with store.reading() as session:
        return {summary.id: summary for summary in participants.summaries(session, list(ids))}


class SearchBox(QLineEdit):
    """The search line. Up/Down/PageUp/PageDown are passed on as `move(key)`; Escape
    clears it; while it is empty, Undo/Redo reach the app's undo stack (Ctrl+Z undoes the
    last mark) instead of the line's own text undo."""

    move = Signal(int)

    _MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and not self.text()
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo))):
            event.ignore()  # not ours: the window's Undo/Redo actions take it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self._MOVES:
            self.move.emit(event.key())
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class PersonSearch(QWidget):
    """The search box, a hint line and the results table. `status_of(participant_id)`
    gives the person's attendance status at the current workshop (None when not in its
    roster): the results show it, and present people are highlighted."""

    #: Enter on a person: (participant id, name — "" while their row loads).
    chosen = Signal(str, str)
    #: Enter (or the walk-in key) when nobody matched: (the typed text).
    new_person_requested = Signal(str)
    #: The results of `text` are in the table: (text, how many people).
    results_shown = Signal(str, int)

    def __init__(self, context: AppContext, status_of: Callable[[str], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._status_of = status_of
        self._generation = 0
        self._wanted = ""
        self._shown: SearchResults | None = None
        self._in_flight = False
        self._enter_waiting = False

        self.box = SearchBox(self)
        self.box.setObjectName("person_search_box")
        self.box.setClearButtonEnabled(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("person_search_hint")
        self.hint.setWordWrap(True)
        store = context.store
        self.model = LazyTableModel(context.runner, self._columns(),
                                    lambda ids: fetch_summaries(store, ids), self)
        self.view = QTableView(self)
        self.view.setObjectName("person_search_results")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys stay in the box
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((180, 105, 95, 105)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _index: self.choose())

        self.box.textChanged.connect(self._text_changed)
        self.box.returnPressed.connect(self.choose)
        self.box.move.connect(self._move)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.box)
        self.retranslate()

    def _columns(self) -> list[Column]:
        def status(row: Any) -> str:
            return vocabulary.word("attendance_status", self._status_of(row.id))

        def highlight(row: Any) -> str | None:
            return "#d9f2d9" if self._status_of(row.id) == "present" else None

        return [
            Column(header=lambda: self.tr("Nombre"), display=lambda row: row.full_name,
                   background=highlight, tooltip=lambda row: row.full_name),
            Column(header=lambda: self.tr("Documento"), display=lambda row: row.document or ""),
            Column(header=lambda: self.tr("En este taller"), display=status,
                   background=highlight),
            Column(header=lambda: self.tr("Organización"),
                   display=lambda row: row.organization_name or "",
                   tooltip=lambda row: row.organization_name),
            Column(header=lambda: self.tr("Municipio"),
                   display=lambda row: row.territory_name or "",
                   tooltip=lambda row: row.territory_name),
        ]

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Buscar por nombre o número de documento"))
        self.box.setAccessibleName(self.tr("Buscar persona"))
        self.view.setAccessibleName(self.tr("Personas encontradas"))
        self.model.retranslate()
        self._show_hint()

    # --- what the screen uses ----------------------------------------------------------

    def text(self) -> str:
        return self.box.text().strip()

    def search_for(self, text: str) -> None:
        """Put `text` in the box and search for it (`results_shown` tells when done)."""
        self.box.setText(text)

    def reset(self) -> None:
        """Empty the box and the results, and put the cursor in the box for the next
        person."""
        self.box.clear()
        self.box.setFocus()

    def statuses_changed(self) -> None:
        """The current workshop's roster changed: show who is present again."""
        self.model.retranslate()

    def choose(self) -> None:
        """Act on the selected result: `chosen`, or `new_person_requested` when nobody
        matched; waits for the results when they are not in yet."""
        text = self.text()
        if not text:
            return
        if self._shown is None or self._shown.text != text or self._in_flight:
            self._enter_waiting = True
            return
        if not self._shown.ids:
            self.new_person_requested.emit(text)
            return
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else 0
        participant_id = self.model.id_at(row)
        if participant_id is None:
            return
        record = self.model.record_at(row)
        self.chosen.emit(participant_id, record.full_name if record is not None else "")

    def is_searching(self) -> bool:
        return self._in_flight

    def shown_text(self) -> str | None:
        """The text whose results are in the table (None when none are)."""
        return None if self._shown is None else self._shown.text

    # --- searching ---------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self._generation += 1
        self._wanted = self.text()
        self._enter_waiting = False
        if not self._wanted:
            self._shown = None
            self.model.set_ids([])
            self._show_hint()
            return
        if not self._in_flight:
            self._start()

    def _start(self) -> None:
        generation, text, store = self._generation, self._wanted, self.context.store
        self._in_flight = True
        self._show_hint()
        self.context.runner.run(lambda _task: find_people(store, text),
                                on_done=lambda found: self._arrived(generation, found),
                                on_error=lambda error: self._failed(generation, error),
                                owner=self)

    def _arrived(self, generation: int, found: SearchResults) -> None:
        self._in_flight = False
        if generation != self._generation:  # typed on meanwhile: search the latest text
            if self._wanted:
                self._start()
            return
        self._shown = found
        self.model.set_ids(found.ids, found.rows)
        if found.ids:
            self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.scrollToTop()
        self._show_hint()
        self.results_shown.emit(found.text, len(found.ids))
        if self._enter_waiting:
            self._enter_waiting = False
            self.choose()

    def _failed(self, generation: int, error: BaseException) -> None:
        self._in_flight = False
        if generation != self._generation:  # typed on meanwhile: search the latest text
            if self._wanted:
                self._start()
            return
        self._enter_waiting = False
        self.hint.setText(self.tr("No se pudo buscar: {error}").format(error=error))

    def _move(self, key: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else -1
        page = max(1, self.view.viewport().height() // max(1, self.view.rowHeight(0)) - 1)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1,
                Qt.Key.Key_PageUp: -page, Qt.Key.Key_PageDown: page}[Qt.Key(key)]
        row = min(rows - 1, max(0, row + step))
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _show_hint(self) -> None:
        text = self.text()
        if not text:
            self.hint.setText(self.tr(
                "Escriba un nombre o un número de documento; con ↓ ↑ elija y con Enter "
                "marque la asistencia. F2: persona nueva."))
        elif self._shown is None or self._shown.text != text:
            self.hint.setText(self.tr("Buscando «{text}»…").format(text=text))
        elif not self._shown.ids:
            self.hint.setText(self.tr(
                "Nadie coincide con «{text}». Pulse Enter o F2 para registrar a una "
                "persona nueva.").format(text=text))
        elif self._shown.limited:
            self.hint.setText(self.tr(
                "Se muestran las primeras {count} personas: escriba más para afinar. "
                "Enter marca la persona resaltada.").format(count=len(self._shown.ids)))
        elif len(self._shown.ids) == 1:
            self.hint.setText(self.tr("Una persona. Enter la marca presente."))
        else:
            self.hint.setText(self.tr(
                "{count} personas. ↓ ↑ para elegir, Enter para marcar presente."
            ).format(count=len(self._shown.ids)))
