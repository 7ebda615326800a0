"""The workshops screen: every workshop, newest first, narrowed by implementation,
component, municipality, dates and modality (applied at once and remembered); create,
edit, delete, go to a workshop's attendance, and save its documents (`workshop_documents`).

Keys: Ctrl+N new workshop, Enter (or double-click) edit, Ctrl+T take attendance, Supr
delete (after a confirmation); Ctrl+Mayús+E, Ctrl+P, Ctrl+Mayús+P the documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import NotFound, choices, workshops
from participa_desktop.core.services.choices import Choice
from participa_desktop.core.services.workshops import WorkshopFilter, WorkshopRow

from . import errors, vocabulary
from .context import AppContext
from .field_errors import ERROR_STYLE
from .screen import Screen
from .table_model import ID_ROLE, Column, LazyTableModel
from .table_view import make_table
from .workshop_documents import WorkshopDocuments
from .workshop_filters import WorkshopFilterBar
from .workshop_form import WorkshopForm

#: Tables whose changes this screen shows.
WATCHED = ("workshop", "attendance", "implementation", "*")


@dataclass(frozen=True)
class _Choices:
    implementations: list[Choice]
    components: list[Choice]
    territories: list[Choice]


class WorkshopsScreen(Screen):
    """The workshop list. `list_loaded(count)` is emitted each time the list was read
    again (tests and the benchmark wait for it)."""

    key = "talleres"
    list_loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = context.store
        self.runner = context.runner
        #: The open workshop form, if any (None once it closes).
        self.form: WorkshopForm | None = None
        self.confirm_box: QMessageBox | None = None
        self._generation = 0
        self._stale = True
        self._select_id: str | None = None
        self._total: int | None = None

        self.filter_bar = WorkshopFilterBar(context.settings, self)
        self.filter_bar.changed.connect(self.reload)

        # --- actions
        self.new_action = self._action("Ctrl+N", self.new_workshop)
        self.edit_action = self._action(None, self.edit_selected)
        self.attendance_action = self._action("Ctrl+T", self.take_attendance)
        self.delete_action = self._action(QKeySequence.StandardKey.Delete, self.delete_selected)
        self.new_button = self._button(self.new_action)
        self.edit_button = self._button(self.edit_action)
        self.attendance_button = self._button(self.attendance_action)
        self.delete_button = self._button(self.delete_action)
        self.documents = WorkshopDocuments(context, self)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.attendance_button,
                       self.delete_button, self.documents.button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        # --- the list
        self.model = LazyTableModel(self.runner, self._columns(), self._fetch_rows, self)
        self.table = make_table(
            self, self.model, name="workshop_table", stretch=1,
            widths={0: 120, 2: 140, 3: 140, 4: 85, 5: 165, 6: 80})
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.activated.connect(lambda _index: self.edit_selected())
        # Supr deletes only from the list (not while a filter has the focus).
        self.removeAction(self.delete_action)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_actions())
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.documents.notice)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.filter_bar.clear_button, self.new_button)

        context.hub.data_changed.connect(self._data_changed)
        self._update_actions()
        self.retranslate()

    # --- building -------------------------------------------------------------------------

    def _action(self, shortcut: Any, slot: Any) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # its shortcut works while this screen is shown
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(action.trigger)
        return button

    def _columns(self) -> list[Column]:
        def when(row: WorkshopRow) -> str:
            if row.start_time is None:
                return vocabulary.date_text(row.date)
            return f"{vocabulary.date_text(row.date)} {vocabulary.time_text(row.start_time)}"

        return [
            Column(header=lambda: self.tr("Fecha"), display=when),
            Column(header=lambda: self.tr("Taller"), display=lambda row: row.title,
                   tooltip=lambda row: row.place),
            Column(header=lambda: self.tr("Implementación"),
                   display=lambda row: row.implementation or ""),
            Column(header=lambda: self.tr("Municipio"), display=lambda row: row.territory or "",
                   tooltip=lambda row: row.department),
            Column(header=lambda: self.tr("Modalidad"),
                   display=lambda row: vocabulary.word("modality", row.modality)),
            Column(header=lambda: self.tr("Componentes"),
                   display=lambda row: ", ".join(row.components),
                   tooltip=lambda row: "\n".join(row.components) or None),
            Column(header=lambda: self.tr("Asistentes"), display=lambda row: str(row.present),
                   align_right=True),
        ]

    # --- texts ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Talleres")

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&Nuevo taller"))
        self.edit_action.setText(self.tr("Edita&r"))
        self.attendance_action.setText(self.tr("&Tomar asistencia"))
        self.delete_action.setText(self.tr("E&liminar"))
        for button, action, tip in (
            (self.new_button, self.new_action, self.tr("Crear un taller (Ctrl+N)")),
            (self.edit_button, self.edit_action,
             self.tr("Editar el taller elegido (Enter o doble clic)")),
            (self.attendance_button, self.attendance_action,
             self.tr("Tomar la asistencia del taller elegido (Ctrl+T)")),
            (self.delete_button, self.delete_action,
             self.tr("Eliminar el taller elegido (Supr)")),
        ):
            button.setText(action.text())
            button.setToolTip(tip)
        self.table.setAccessibleName(self.tr("Talleres"))
        self.documents.retranslate()
        self.model.retranslate()
        self._show_count()

    # --- loading --------------------------------------------------------------------------

    def activate(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the filter choices, then the list, on the task runner."""
        self._stale = False
        store = self.store

        def read(_task: object) -> _Choices:
            with store.reading() as session:
                return _Choices(choices.implementations(session),
                                choices.components(session),
                                workshops.territory_choices(session))

        self.runner.run(read, on_done=self._fill_choices, owner=self)

    def _fill_choices(self, lists: _Choices) -> None:
        self.filter_bar.set_choices(lists.implementations, lists.components,
                                    lists.territories)
        self.reload()

    def reload(self) -> None:
        """Read the list again with the current filters (the last one asked for wins)."""
        self._generation += 1
        generation, filters, store = self._generation, self.filter_bar.filters(), self.store

        def read(_task: object) -> tuple[list[str], dict[str, WorkshopRow], int]:
            with store.reading() as session:
                ids = workshops.find_workshops(session, filters)
                # Only to tell "no workshop yet" from "none matches the filters".
                total = (len(ids) if ids or filters == WorkshopFilter()
                         else len(workshops.find_workshops(session)))
                return ids, workshops.workshop_rows(session, ids[:LazyTableModel.BLOCK]), total

        self.runner.run(read, on_done=lambda result: self._show(generation, *result),
                        owner=self)

    def _show(self, generation: int, ids: list[str], rows: dict[str, WorkshopRow],
              total: int) -> None:
        if generation != self._generation:
            return
        keep = self._select_id or self.selected_id()
        row = max(self.table.currentIndex().row(), 0)
        self._select_id = None
        self._total = total
        self.model.set_ids(ids, rows)
        if ids:
            wanted = self.model.row_of(keep) if keep else -1
            self.table.selectRow(wanted if wanted >= 0 else min(row, len(ids) - 1))
        self._show_count()
        self._update_actions()
        self.list_loaded.emit(len(ids))

    def _fetch_rows(self, ids: list[str]) -> dict[str, WorkshopRow]:
        with self.store.reading() as session:
            return workshops.workshop_rows(session, ids)

    def _data_changed(self, table: str) -> None:
        if table not in WATCHED:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if self._total is None:
            text = self.tr("Cargando talleres…")
        elif self._total == 0:
            text = self.tr("Todavía no hay talleres: cree el primero con «Nuevo taller» "
                           "(Ctrl+N).")
        elif count == 0:
            text = self.tr("Ningún taller coincide con los filtros.")
        elif count == 1:
            text = self.tr("1 taller")
        else:
            text = self.tr("{count} talleres").format(count=count)
        self.count_label.setText(text)

    # --- actions --------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _update_actions(self) -> None:
        chosen = self.selected_id() is not None
        for action, button in ((self.edit_action, self.edit_button),
                               (self.attendance_action, self.attendance_button),
                               (self.delete_action, self.delete_button)):
            action.setEnabled(chosen)
            button.setEnabled(chosen)
        self.documents.set_workshop(self.selected_id())

    def new_workshop(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is not None:
            self._open_form(workshop_id)

    def _open_form(self, workshop_id: str | None) -> None:
        self.message_label.setVisible(False)
        form = WorkshopForm(self.context, workshop_id, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._saved)
        form.finished.connect(self._form_closed)
        self.form = form
        form.open()

    def _saved(self, workshop_id: str) -> None:
        self._select_id = workshop_id

    def _form_closed(self, _result: int) -> None:
        self.form = None

    def take_attendance(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        self.context.hub.open_attendance.emit(workshop_id)
        self.context.hub.show_screen.emit("asistencia")

    def delete_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        record = self.model.record_at(self.table.currentIndex().row())
        box = QMessageBox(self)
        box.setObjectName("confirm_delete")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Eliminar taller"))
        if record is not None:
            box.setText(self.tr("¿Eliminar el taller «{title}» del {date}?").format(
                title=record.title, date=vocabulary.date_text(record.date)))
        else:
            box.setText(self.tr("¿Eliminar el taller elegido?"))
        box.setInformativeText(self.tr(
            "También se eliminan su asistencia y sus componentes. Esto no se puede deshacer."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Eliminar"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&No eliminar"))
        box.buttonClicked.connect(
            lambda button: self._confirmed(box, button, workshop_id))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()

    def _confirmed(self, box: QMessageBox, button: Any, workshop_id: str) -> None:
        if box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        store = self.store

        def work(_task: object) -> None:
            with store.unit_of_work() as session:
                workshops.delete_workshop(session, workshop_id)

        self.runner.write(work, on_done=lambda _result: self.context.changed(
            "workshop", "attendance"), on_error=self._delete_failed, owner=self)

    def _delete_failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.message_label.setText(str(error))
            self.message_label.setVisible(True)
            self.context.changed("workshop")
        else:
            errors.show_error(self, error)
