"""Implementaciones: the territorial implementations (municipality, lead organisation,
dates) and, for the one selected, tabs with its allied organisations, its knowledge
notes (learnings, challenges, opportunities) and its milestones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from participa_desktop.core.services import implementation_queries as queries
from participa_desktop.core.services import implementations, knowledge
from participa_desktop.core.services.implementation_queries import ImplementationRow

from .. import vocabulary
from ..context import AppContext
from ..table_model import Column
from .actions import ask_to_delete, open_form
from .edit_command import EditCommand
from .implementation_form import ImplementationDialog, load_implementation_form
from .implementation_parts import (
    AllyDialog,
    MilestoneDialog,
    NoteDialog,
    load_ally_form,
    load_milestone_form,
    load_note_form,
)
from .record_dialog import RecordDialog
from .record_list import RecordList
from .search_screen import SearchScreen


class ImplementationsScreen(SearchScreen):
    key = "implementaciones"
    tables = ("implementation", "implementation_ally", "knowledge_note", "milestone",
              "organization", "workshop", "*")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: RecordDialog | None = None
        self.confirm_box: QMessageBox | None = None

        self.implementations = self._list(
            queries.implementation_rows, self._implementation_columns(), self,
            widths={1: 220, 2: 220, 3: 100, 4: 100, 5: 80})
        self.implementations.count_text = lambda count: (
            self.tr("1 implementación") if count == 1
            else self.tr("{count} implementaciones").format(count=count))
        self.implementations.add_requested.connect(lambda: self.edit_implementation(None))
        self.implementations.edit_requested.connect(self.edit_implementation)
        self.implementations.delete_requested.connect(self.delete_implementation)
        self.implementations.current_changed.connect(self._implementation_chosen)
        self.search_edit.returnPressed.connect(self.implementations.setFocus)

        self.tabs = QTabWidget(self)
        self.allies = self._list(queries.ally_rows, [
            Column(header=lambda: self.tr("Organización"),
                   display=lambda r: r.organization_name or ""),
            Column(header=lambda: self.tr("Sector"),
                   display=lambda r: vocabulary.word("sector", r.sector)),
            Column(header=lambda: self.tr("Rol"), display=lambda r: r.role or ""),
        ], self.tabs, widths={1: 140, 2: 300})
        self.notes = self._list(queries.note_rows, [
            Column(header=lambda: self.tr("Nota"), display=lambda r: _one_line(r.text),
                   tooltip=lambda r: r.text),
            Column(header=lambda: self.tr("Tipo"),
                   display=lambda r: vocabulary.word("knowledge_kind", r.kind)),
            Column(header=lambda: self.tr("Fecha"),
                   display=lambda r: vocabulary.date_text(r.date)),
        ], self.tabs, widths={1: 130, 2: 110})
        self.milestones = self._list(queries.milestone_rows, [
            Column(header=lambda: self.tr("Fecha"),
                   display=lambda r: vocabulary.date_text(r.date)),
            Column(header=lambda: self.tr("Hito"), display=lambda r: _one_line(r.text),
                   tooltip=lambda r: r.text),
        ], self.tabs, stretch=1, widths={0: 110})
        self.tabs.addTab(self.allies, "")
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(self.milestones, "")
        self._connect_part(self.allies, self.edit_ally, self.remove_ally)
        self._connect_part(self.notes, self.edit_note, self.delete_note)
        self._connect_part(self.milestones, self.edit_milestone, self.delete_milestone)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self.search_row())
        top_layout.addWidget(self.implementations, 1)
        self.details_title = QLabel(self)
        font = self.details_title.font()
        font.setBold(True)
        self.details_title.setFont(font)
        self.details_title.setWordWrap(True)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.details_title)
        bottom_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.implementations.model.rows_loaded.connect(self._update_details_title)
        self.retranslate()

    def _list(self, read: Callable[[Session, Sequence[str]], dict[str, Any]],
              columns: list[Column], parent: QWidget, *, stretch: int = 0,
              widths: dict[int, int] | None = None) -> RecordList:
        store = self.context.store

        def fetch(ids: list[str]) -> dict[str, Any]:
            with store.reading() as session:
                return read(session, ids)

        return RecordList(self.context, columns, fetch, parent, stretch=stretch, widths=widths)

    def _connect_part(self, part: RecordList, edit: Callable[[str | None], None],
                      delete: Callable[[str], None]) -> None:
        part.add_requested.connect(lambda: edit(None))
        part.edit_requested.connect(edit)
        part.delete_requested.connect(delete)

    def _implementation_columns(self) -> list[Column]:
        return [
            Column(header=lambda: self.tr("Nombre"), display=lambda r: r.name or ""),
            Column(header=lambda: self.tr("Municipio"), display=_territory),
            Column(header=lambda: self.tr("Organización líder"),
                   display=lambda r: r.lead_organization_name or ""),
            Column(header=lambda: self.tr("Inicio"),
                   display=lambda r: vocabulary.date_text(r.start_date)),
            Column(header=lambda: self.tr("Cierre"),
                   display=lambda r: vocabulary.date_text(r.end_date)),
            Column(header=lambda: self.tr("Talleres"), display=lambda r: str(r.workshop_count),
                   align_right=True),
        ]

    # --- screen -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Implementaciones")

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Buscar:"))
        self.search_edit.setPlaceholderText(self.tr(
            "Nombre, municipio o departamento (sin importar tildes)"))
        self.implementations.set_texts(self.tr("&Nueva implementación…"),
                                       self.tr("&Editar…"), self.tr("E&liminar…"))
        self.allies.set_texts(self.tr("&Agregar aliado…"), self.tr("Cambiar &rol…"),
                              self.tr("&Quitar aliado…"))
        self.notes.set_texts(self.tr("Nueva n&ota…"), self.tr("Editar no&ta…"),
                             self.tr("Eliminar nota…"))
        self.milestones.set_texts(self.tr("Nuevo &hito…"), self.tr("Editar h&ito…"),
                                  self.tr("Eliminar hito…"))
        self.tabs.setTabText(0, self.tr("Aliados"))
        self.tabs.setTabText(1, self.tr("Aprendizajes, retos y oportunidades"))
        self.tabs.setTabText(2, self.tr("Hitos"))
        self._update_details_title()

    def load(self) -> None:
        store, text = self.context.store, self.search_edit.text()

        def load() -> list[str]:
            with store.reading() as session:
                return queries.implementation_ids(session, text)

        self.implementations.set_loader(load)
        self.implementations.reload()
        self._implementation_chosen(self.implementations.current_id())

    def current_implementation(self) -> str | None:
        return self.implementations.current_id()

    def _implementation_chosen(self, implementation_id: str | None) -> None:
        store = self.context.store
        for part, read in ((self.allies, queries.ally_ids), (self.notes, queries.note_ids),
                           (self.milestones, queries.milestone_ids)):
            part.add_button.setEnabled(implementation_id is not None)
            loader = None
            if implementation_id is not None:
                def loader(read=read) -> list[str]:
                    with store.reading() as session:
                        return read(session, implementation_id)
            part.set_loader(loader)
            part.reload()
        self.tabs.setEnabled(implementation_id is not None)
        self._update_details_title()

    def _update_details_title(self) -> None:
        current = self.implementations.current_id()
        model = self.implementations.model
        row: ImplementationRow | None = (model.record_at(model.row_of(current))
                                         if current is not None else None)
        if row is None:
            self.details_title.setText(self.tr("Elija una implementación para ver sus "
                                               "aliados, aprendizajes e hitos."))
        else:
            self.details_title.setText(self.tr("{name}: aliados, aprendizajes e hitos").format(
                name=row.name))

    def _push_edit(self, text: str, update: Any, before: Any | None, after: Any,
                   table: str) -> None:
        if before is not None:
            command = EditCommand.between(self.context, text, update, before, after, (table,))
            if command is not None:
                self.context.undo_stack.push(command)
        self.context.changed(table)

    # --- implementations ----------------------------------------------------------------

    def edit_implementation(self, implementation_id: str | None) -> None:
        store = self.context.store
        open_form(self, lambda: load_implementation_form(store, implementation_id),
                  lambda data: ImplementationDialog(self.context, data, self),
                  self._implementation_saved)

    def _implementation_saved(self, data: Any, after: Any) -> None:
        self.implementations.want(after.id)
        self._push_edit(self.tr("editar la implementación {name}").format(name=after.name),
                        implementations.update_implementation, data.record, after,
                        "implementation")

    def delete_implementation(self, implementation_id: str) -> None:
        model = self.implementations.model
        row = model.record_at(model.row_of(implementation_id))
        ask_to_delete(
            self, self.tr("Eliminar implementación"),
            self.tr("¿Eliminar la implementación {name}?").format(name=row.name if row else ""),
            self.tr("Sus talleres, aliados, notas e hitos se conservan, pero la implementación "
                    "ya no aparecerá en las listas."),
            lambda session: implementations.delete_implementation(session, implementation_id),
            ("implementation",))

    # --- allies, notes, milestones ------------------------------------------------------

    def edit_ally(self, ally_id: str | None) -> None:
        implementation_id = self.current_implementation()
        if implementation_id is None:
            return
        store = self.context.store
        open_form(self, lambda: load_ally_form(store, implementation_id, ally_id),
                  lambda data: AllyDialog(self.context, data, self),
                  lambda _data, record: self._part_saved(self.allies, record,
                                                         "implementation_ally"))

    def remove_ally(self, ally_id: str) -> None:
        implementation_id = self.current_implementation()
        row = self.allies.model.record_at(self.allies.model.row_of(ally_id))
        if implementation_id is None or row is None:
            return
        organization_id = row.organization_id
        ask_to_delete(
            self, self.tr("Quitar aliado"),
            self.tr("¿Quitar a {name} de los aliados de esta implementación?").format(
                name=row.organization_name),
            "",
            lambda session: implementations.remove_ally(session, implementation_id,
                                                        organization_id),
            ("implementation_ally",))

    def edit_note(self, note_id: str | None) -> None:
        implementation_id = self.current_implementation()
        if implementation_id is None:
            return
        store = self.context.store
        open_form(self, lambda: load_note_form(store, implementation_id, note_id),
                  lambda data: NoteDialog(self.context, data, self),
                  lambda data, record: self._entry_saved(
                      self.notes, self.tr("editar una nota"), knowledge.update_note,
                      data.record, record, "knowledge_note"))

    def delete_note(self, note_id: str) -> None:
        ask_to_delete(self, self.tr("Eliminar nota"), self.tr("¿Eliminar esta nota?"), "",
                      lambda session: knowledge.delete_note(session, note_id),
                      ("knowledge_note",))

    def edit_milestone(self, milestone_id: str | None) -> None:
        implementation_id = self.current_implementation()
        if implementation_id is None:
            return
        store = self.context.store
        open_form(self, lambda: load_milestone_form(store, implementation_id, milestone_id),
                  lambda data: MilestoneDialog(self.context, data, self),
                  lambda data, record: self._entry_saved(
                      self.milestones, self.tr("editar un hito"), knowledge.update_milestone,
                      data.record, record, "milestone"))

    def delete_milestone(self, milestone_id: str) -> None:
        ask_to_delete(self, self.tr("Eliminar hito"), self.tr("¿Eliminar este hito?"), "",
                      lambda session: knowledge.delete_milestone(session, milestone_id),
                      ("milestone",))

    def _part_saved(self, part: RecordList, record: Any, table: str) -> None:
        part.want(record.id)
        self.context.changed(table)

    def _entry_saved(self, part: RecordList, text: str, update: Any, before: Any | None,
                     after: Any, table: str) -> None:
        part.want(after.id)
        self._push_edit(text, update, before, after, table)


def _territory(row: ImplementationRow) -> str:
    if row.territory_name is None:
        return ""
    return f"{row.territory_name} ({row.department})" if row.department else row.territory_name


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())
