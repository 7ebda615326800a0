"""Taking attendance, the heart of the app: one workshop's roster and live count, a
search over the whole registry where Enter marks the highlighted person present, and the
walk-in dialog (F2) for someone not registered yet.

The workshop comes from `hub.open_attendance(workshop_id)` (the workshops screen) or from
the chooser at the top (today's and recent workshops). Marking and removing are undoable
commands (`attendance_commands`); the count follows each of them at once and is
corrected by the roster reload that follows the write.

For a benchmark: `open_workshop(id)` then wait for `roster_shown(id, rows)`;
`search.search_for(text)` (or keys typed into `search.box`) then wait for
`search.results_shown(text, count)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from . import vocabulary
from .attendance_commands import AttendanceChange, AttendanceState, PendingMarks, arrival_now
from .attendance_header import AttendanceHeader
from .attendance_roster import RosterSnapshot, load_roster, roster_rows
from .context import AppContext
from .person_search import PersonSearch
from .roster_table import RosterTable
from .screen import Screen
from .walk_in_dialog import WalkInDialog

#: The settings key of the workshop shown last.
LAST_WORKSHOP = "asistencia/taller"
_ERROR = "color: #b00020;"
_OK = "color: #1b5e20;"


class AttendanceScreen(Screen):
    """The attendance of one workshop; see the module docstring."""

    key = "asistencia"
    #: The roster of `workshop_id` is on screen: (workshop id, number of rows).
    roster_shown = Signal(str, int)
    #: The chooser lists the workshops it offers (tests wait for it).
    choices_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.workshop_id: str | None = None
        self._snapshot: RosterSnapshot | None = None
        self._entries: dict[str, Any] = {}
        self._pending = PendingMarks()
        self._roster_generation = 0
        self._roster_loading = False
        self._select_after_load: str | None = None
        self._dialog: WalkInDialog | None = None

        self.header = AttendanceHeader(context, self)
        self.chooser = self.header.chooser
        self.chooser.chosen.connect(self._chosen)
        self.chooser.loaded.connect(self._choices_loaded)
        self.workshop_combo = self.chooser.combo
        self.count_label = self.header.count_label
        self.heading_label = self.header.heading_label
        self.message_label = QLabel(self)
        self.message_label.setObjectName("attendance_message")
        self.message_label.setWordWrap(True)

        self.search_box = QGroupBox(self)
        self.search = PersonSearch(context, self.status_of, self.search_box)
        self.search.chosen.connect(self.mark_present)
        self.search.new_person_requested.connect(self.new_person)
        self.new_button = QPushButton(self.search_box)
        self.new_button.setObjectName("new_person_button")
        self.new_button.clicked.connect(lambda: self.new_person(self.search.text()))
        search_layout = QVBoxLayout(self.search_box)
        search_layout.setContentsMargins(6, 6, 6, 6)
        search_layout.addWidget(self.search, 1)
        search_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.roster_box = QGroupBox(self)
        self.roster_view = RosterTable(context.runner, self._roster_fetcher(None),
                                       self.roster_box)
        self.roster_model = self.roster_view.table_model
        self.roster_view.remove_requested.connect(self.remove)
        self.roster_view.mark_requested.connect(self._roster_activated)
        self.remove_button = QPushButton(self.roster_box)
        self.remove_button.setObjectName("remove_button")
        self.remove_button.clicked.connect(self.remove_selected)
        roster_layout = QVBoxLayout(self.roster_box)
        roster_layout.setContentsMargins(6, 6, 6, 6)
        roster_layout.addWidget(self.roster_view, 1)
        roster_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.search_box)
        splitter.addWidget(self.roster_box)
        splitter.setStretchFactor(0, 6)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)

        self.find_shortcuts = [QShortcut(QKeySequence(keys), self) for keys in
                               (QKeySequence.StandardKey.Find, "Ctrl+B")]
        for shortcut in self.find_shortcuts:
            shortcut.activated.connect(self.focus_search)
        self.new_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.new_shortcut.activated.connect(lambda: self.new_person(self.search.text()))

        self.setTabOrder(self.workshop_combo, self.search.box)
        self.setTabOrder(self.search.box, self.new_button)
        self.setTabOrder(self.new_button, self.roster_view)
        self.setTabOrder(self.roster_view, self.remove_button)

        context.hub.open_attendance.connect(self._open_requested)
        context.hub.data_changed.connect(self._data_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Asistencia")

    def retranslate(self) -> None:
        self.search_box.setTitle(self.tr("Buscar en el registro (Ctrl+F)"))
        self.roster_box.setTitle(self.tr("Asistentes de este taller"))
        self.new_button.setText(self.tr("&Persona nueva (F2)"))
        self.new_button.setToolTip(self.tr(
            "Registrar a una persona que no está en el registro, con su autorización de "
            "datos, y marcarla presente."))
        self.remove_button.setText(self.tr("&Quitar de la asistencia (Supr)"))
        self.roster_view.retranslate()
        self.search.retranslate()
        self.header.retranslate()

    # --- choosing the workshop ---------------------------------------------------------

    def activate(self) -> None:
        """Refresh the workshops offered and the roster; the cursor goes to the search."""
        self._reload_choices()
        if self.workshop_id is None:
            remembered = self.context.settings.value(LAST_WORKSHOP)
            if remembered:
                self.open_workshop(remembered)
        elif not self._roster_loading:  # just asked for by open_workshop: not twice
            self._load_roster()
        self.focus_search()

    def focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    def open_workshop(self, workshop_id: str) -> None:
        """Show `workshop_id`'s attendance (`roster_shown` tells when it is on screen)."""
        if workshop_id != self.workshop_id:
            self.workshop_id = workshop_id
            self.roster_model.set_fetch_rows(self._roster_fetcher(workshop_id))
            self._snapshot = None
            self._entries = {}
            self._pending.clear()
            self.roster_view.show_entries([], {})
            self.message_label.clear()
            self.context.settings.set_value(LAST_WORKSHOP, workshop_id)
            self.chooser.set_current(workshop_id)
            self.header.documents.set_workshop(workshop_id)
            self._show_heading()
            self._show_count()
            self.search.statuses_changed()
        self._load_roster()

    def _open_requested(self, workshop_id: str) -> None:
        self.open_workshop(workshop_id)
        if not self.chooser.offers(workshop_id):
            self._reload_choices()
        self.context.hub.show_screen.emit(self.key)
        self.focus_search()

    def _chosen(self, workshop_id: str) -> None:
        self.open_workshop(workshop_id)
        self.focus_search()

    def _reload_choices(self) -> None:
        also = self.workshop_id or self.context.settings.value(LAST_WORKSHOP) or None
        self.chooser.reload(also)

    def _choices_loaded(self) -> None:
        headings = self.chooser.headings()
        if self.workshop_id is None and headings:
            self.open_workshop(headings[0].id)
        else:
            self.chooser.set_current(self.workshop_id)
        self.choices_shown.emit()

    # --- the roster --------------------------------------------------------------------

    def _roster_fetcher(self, workshop_id: str | None) -> Callable[[list[str]], dict[str, Any]]:
        """The roster table's row fetcher for `workshop_id` (it runs on a worker)."""
        store = self.context.store
        return lambda ids: roster_rows(store, workshop_id or "", ids)

    def _load_roster(self) -> None:
        if self.workshop_id is None:
            return
        self._roster_generation += 1
        self._roster_loading = True
        generation, store, workshop_id = (self._roster_generation, self.context.store,
                                          self.workshop_id)
        self.context.runner.run(
            lambda _task: load_roster(store, workshop_id),
            on_done=lambda snapshot: self._roster_arrived(generation, snapshot),
            on_error=lambda error: self._roster_failed(generation, error), owner=self)

    def _roster_arrived(self, generation: int, snapshot: RosterSnapshot) -> None:
        if generation != self._roster_generation or snapshot.workshop.id != self.workshop_id:
            return
        self._roster_loading = False
        self._pending.read_back(generation)
        self._snapshot = snapshot
        self._entries = snapshot.by_id()
        self.roster_view.show_entries(snapshot.ids(), self._entries)
        self._show_heading()
        self._show_count()
        self.search.statuses_changed()
        if self._select_after_load is not None:
            self.roster_view.select_person(self._select_after_load)
        self.roster_shown.emit(snapshot.workshop.id, len(snapshot.entries))

    def _roster_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._roster_generation:
            self._roster_loading = False
            self._say(str(error), error=True)

    def _data_changed(self, table: str) -> None:
        if table in ("attendance", "participant", "organization", "*"):
            self._load_roster()
        if table in ("workshop", "*"):
            self._reload_choices()
            self._load_roster()

    def _show_heading(self) -> None:
        self.header.show_workshop(self.workshop_id is not None,
                                  self._snapshot.workshop if self._snapshot else None)

    def present_count(self) -> int:
        """The number shown: the last roster read plus the marks not read back yet."""
        present = {pid for pid, entry in self._entries.items() if entry.status == "present"}
        return len(self._pending.apply_to(present))

    def _show_count(self) -> None:
        self.header.show_count(self.present_count())

    def status_of(self, participant_id: str) -> str | None:
        """The person's status at the current workshop, counting marks being saved."""
        pending = self._pending.present(participant_id)
        if pending is not None:
            return "present" if pending else None
        entry = self._entries.get(participant_id)
        return None if entry is None else entry.status

    # --- marking and removing ----------------------------------------------------------

    def mark_present(self, participant_id: str, name: str = "") -> None:
        """Mark the person present now, unless they already are (then say so)."""
        if self.workshop_id is None:
            self._say(self.tr("Elija primero el taller (Alt+T)."), error=True)
            return
        entry = self._entries.get(participant_id)
        name = name or (entry.full_name if entry is not None else self.tr("La persona"))
        if self.status_of(participant_id) == "present":
            arrival = entry.arrival_time if entry is not None else None
            if arrival is not None:
                self._say(self.tr("{name} ya está presente (llegó a las {time}).").format(
                    name=name, time=vocabulary.time_text(arrival)))
            else:
                self._say(self.tr("{name} ya está presente.").format(name=name))
            self._select_after_load = participant_id
            self.roster_view.select_person(participant_id)
            self.search.reset()
            return
        before = (None if entry is None
                  else AttendanceState(entry.status, entry.arrival_time))
        arrival = arrival_now()
        self._push(participant_id, before, AttendanceState("present", arrival),
                   self.tr("Marcar presente a {name}").format(name=name))
        self._say(self.tr("{name}: presente a las {time}. Ctrl+Z lo deshace.").format(
            name=name, time=vocabulary.time_text(arrival)), ok=True)
        self.search.reset()

    def remove_selected(self) -> None:
        """Remove the selected roster row from the attendance (undoable)."""
        participant_id = self.roster_view.current_id()
        if participant_id is None:
            self._say(self.tr("Elija en la lista de asistentes a quién quitar."), error=True)
            return
        self.remove(participant_id)

    def remove(self, participant_id: str) -> None:
        """Remove the person from this workshop's attendance (undoable)."""
        entry = self._entries.get(participant_id)
        if self.workshop_id is None or entry is None:
            return
        self._push(participant_id, AttendanceState(entry.status, entry.arrival_time), None,
                   self.tr("Quitar a {name} de la asistencia").format(name=entry.full_name))
        self._say(self.tr("{name} ya no figura en la asistencia. Ctrl+Z lo deshace.").format(
            name=entry.full_name), ok=True)

    def _roster_activated(self, participant_id: str) -> None:
        if self.status_of(participant_id) != "present":
            self.mark_present(participant_id)

    def _push(self, participant_id: str, before: AttendanceState | None,
              after: AttendanceState | None, text: str, *, already_done: bool = False) -> None:
        assert self.workshop_id is not None
        self._select_after_load = participant_id if after is not None else None
        command = AttendanceChange(
            self.context, self, self.workshop_id, participant_id, before, after, text,
            applying=self._applying, written=self._written, failed=self._write_failed,
            already_done=already_done)
        if already_done:
            self._applying(self.workshop_id, participant_id, after)
        self.context.undo_stack.push(command)

    def _applying(self, workshop_id: str, participant_id: str,
                  state: AttendanceState | None) -> None:
        """A write of the person's attendance at `workshop_id` was queued: count it at
        once when it is the workshop on screen (an undo may come after switching)."""
        if workshop_id != self.workshop_id:
            return
        self._pending.applying(participant_id, state)
        self._show_count()
        self.search.statuses_changed()

    def _written(self, workshop_id: str, participant_id: str) -> None:
        if workshop_id == self.workshop_id:
            self._pending.written(participant_id, self._roster_generation)

    def _write_failed(self, error: BaseException) -> None:
        self._say(self.tr("No se pudo guardar la asistencia: {error}").format(error=error),
                  error=True)
        self._load_roster()

    def _say(self, message: str, *, error: bool = False, ok: bool = False) -> None:
        self.message_label.setStyleSheet(_ERROR if error else _OK if ok else "")
        self.message_label.setText(message)

    # --- walk-ins ----------------------------------------------------------------------

    def new_person(self, typed: str = "") -> None:
        """Open the walk-in dialog, pre-filled from what was typed in the search."""
        if self.workshop_id is None:
            self._say(self.tr("Elija primero el taller (Alt+T)."), error=True)
            return
        if self._dialog is not None:
            self._dialog.raise_()
            return
        territory = self._snapshot.workshop.territory_id if self._snapshot else None
        dialog = WalkInDialog(self.context, self.workshop_id, typed, territory, self)
        dialog.existing_chosen.connect(self.mark_present)
        dialog.registered.connect(self._walk_in_registered)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self._dialog = dialog
        dialog.open()

    def walk_in_dialog(self) -> WalkInDialog | None:
        """The walk-in dialog while it is open."""
        return self._dialog

    def _dialog_closed(self, dialog: WalkInDialog) -> None:
        self._dialog = None
        dialog.deleteLater()
        self.window().activateWindow()
        self.focus_search()

    def _walk_in_registered(self, participant_id: str, name: str, arrival: dt.time) -> None:
        # Undo takes the attendance back; the registration stays (say so, in the Edit menu
        # and here).
        self._push(participant_id, None, AttendanceState("present", arrival),
                   self.tr("Marcar presente a {name} (su registro se conserva)").format(
                       name=name),
                   already_done=True)
        self._written(self.workshop_id, participant_id)
        self.context.changed("participant", "attendance")
        self._say(self.tr("{name} quedó registrado(a) y presente a las {time}. Ctrl+Z quita "
                          "la asistencia; el registro de la persona se conserva.").format(
            name=name, time=vocabulary.time_text(arrival)), ok=True)
        self.search.reset()
