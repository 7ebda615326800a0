"""Organizaciones: the organisations (sector, NIT, municipality, whether they received
the model) and, below, the alliances of the one selected (sector, purpose, status,
dates, implementation). Create, edit (undoable) and delete both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import implementations, organization_queries, organizations
from participa_desktop.core.services.organization_queries import AllianceRow, OrganizationRow

from .. import vocabulary
from ..context import AppContext
from ..table_model import Column
from .actions import ask_to_delete, open_form
from .alliance_form import AllianceDialog, load_alliance_form
from .edit_command import EditCommand
from .organization_form import OrganizationDialog, load_organization
from .record_dialog import RecordDialog
from .record_list import RecordList
from .search_screen import SearchScreen


class OrganizationsScreen(SearchScreen):
    key = "organizaciones"
    tables = ("organization", "alliance", "implementation", "participant", "*")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: RecordDialog | None = None
        self.confirm_box: QMessageBox | None = None
        store = context.store

        def organization_rows(ids: list[str]) -> dict[str, OrganizationRow]:
            with store.reading() as session:
                return organization_queries.organization_rows(session, ids)

        def alliance_rows(ids: list[str]) -> dict[str, AllianceRow]:
            with store.reading() as session:
                return organization_queries.alliance_rows(session, ids)

        self.organizations = RecordList(
            context, self._organization_columns(), organization_rows, self,
            widths={1: 130, 2: 120, 3: 150, 4: 190, 5: 90})
        self.organizations.count_text = lambda count: (
            self.tr("1 organización") if count == 1
            else self.tr("{count} organizaciones").format(count=count))
        self.organizations.add_requested.connect(lambda: self.edit_organization(None))
        self.organizations.edit_requested.connect(self.edit_organization)
        self.organizations.delete_requested.connect(self.delete_organization)
        self.organizations.current_changed.connect(self._organization_chosen)
        self.organizations.model.rows_loaded.connect(self._update_alliances_title)
        self.search_edit.returnPressed.connect(self.organizations.setFocus)

        self.alliances_box = QGroupBox(self)
        self.alliances = RecordList(
            context, self._alliance_columns(), alliance_rows, self.alliances_box,
            widths={1: 120, 2: 120, 3: 100, 4: 100, 5: 200})
        self.alliances.count_text = lambda count: (
            self.tr("1 alianza") if count == 1
            else self.tr("{count} alianzas").format(count=count))
        self.alliances.add_requested.connect(lambda: self.edit_alliance(None))
        self.alliances.edit_requested.connect(self.edit_alliance)
        self.alliances.delete_requested.connect(self.delete_alliance)
        box_layout = QVBoxLayout(self.alliances_box)
        box_layout.addWidget(self.alliances)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self.search_row())
        top_layout.addWidget(self.organizations, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.alliances_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.retranslate()

    # --- tables -------------------------------------------------------------------------

    def _organization_columns(self) -> list[Column]:
        return [
            Column(header=lambda: self.tr("Nombre"), display=lambda r: r.name or "",
                   tooltip=lambda r: r.name),
            Column(header=lambda: self.tr("Sector"),
                   display=lambda r: vocabulary.word("sector", r.sector)),
            Column(header=lambda: self.tr("NIT"), display=lambda r: r.nit or ""),
            Column(header=lambda: self.tr("Municipio"),
                   display=lambda r: r.territory_name or ""),
            Column(header=lambda: self.tr("Aliada del modelo"), display=self._model_ally),
            Column(header=lambda: self.tr("Alianzas"), display=lambda r: str(r.alliance_count),
                   align_right=True),
        ]

    def _model_ally(self, row: OrganizationRow) -> str:
        if not row.is_model_ally:
            return ""
        if row.model_transfer_date is None:
            return self.tr("sí")
        return self.tr("sí, desde {date}").format(
            date=vocabulary.date_text(row.model_transfer_date))

    def _alliance_columns(self) -> list[Column]:
        return [
            Column(header=lambda: self.tr("Propósito"), display=lambda r: r.purpose or "",
                   tooltip=lambda r: r.purpose),
            Column(header=lambda: self.tr("Sector"),
                   display=lambda r: vocabulary.word("sector", r.sector)),
            Column(header=lambda: self.tr("Estado"),
                   display=lambda r: vocabulary.word("alliance_status", r.status)),
            Column(header=lambda: self.tr("Inicio"),
                   display=lambda r: vocabulary.date_text(r.start_date)),
            Column(header=lambda: self.tr("Cierre"),
                   display=lambda r: vocabulary.date_text(r.end_date)),
            Column(header=lambda: self.tr("Implementación"),
                   display=lambda r: r.implementation_name or ""),
        ]

    # --- screen -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Organizaciones")

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Buscar:"))
        self.search_edit.setPlaceholderText(self.tr("Nombre o NIT (sin importar tildes)"))
        self.organizations.set_texts(self.tr("&Nueva organización…"), self.tr("&Editar…"),
                                     self.tr("E&liminar…"))
        self.alliances.set_texts(self.tr("Nueva &alianza…"), self.tr("Editar alian&za…"),
                                 self.tr("Eliminar alia&nza…"))
        self._update_alliances_title()

    def load(self) -> None:
        store, text = self.context.store, self.search_edit.text()

        def load() -> list[str]:
            with store.reading() as session:
                return organization_queries.organization_ids(session, text)

        self.organizations.set_loader(load)
        self.organizations.reload()
        self._organization_chosen(self.organizations.current_id())

    def _organization_chosen(self, organization_id: str | None) -> None:
        self.alliances.add_button.setEnabled(organization_id is not None)
        store = self.context.store
        loader: Callable[[], list[str]] | None = None
        if organization_id is not None:
            def loader() -> list[str]:
                with store.reading() as session:
                    return organization_queries.alliance_ids(session, organization_id)
        self.alliances.set_loader(loader)
        self.alliances.reload()
        self._update_alliances_title()

    def _update_alliances_title(self) -> None:
        row = self._current_organization()
        if row is None:
            self.alliances_box.setTitle(self.tr("Alianzas"))
        else:
            self.alliances_box.setTitle(self.tr("Alianzas de {name}").format(name=row.name))

    def _current_organization(self) -> OrganizationRow | None:
        current = self.organizations.current_id()
        model = self.organizations.model
        return model.record_at(model.row_of(current)) if current is not None else None

    # --- organisations ------------------------------------------------------------------

    def edit_organization(self, organization_id: str | None) -> None:
        store = self.context.store
        open_form(self, lambda: load_organization(store, organization_id),
                  lambda record: OrganizationDialog(self.context, record, self),
                  self._organization_saved)

    def _organization_saved(self, before: Any | None, after: Any) -> None:
        if before is not None:
            command = EditCommand.between(
                self.context, self.tr("editar la organización {name}").format(name=after.name),
                organizations.update_organization, before, after, ("organization",))
            if command is not None:
                self.context.undo_stack.push(command)
        self.organizations.want(after.id)
        self.context.changed("organization")

    def delete_organization(self, organization_id: str) -> None:
        row = self._current_organization()
        ask_to_delete(
            self, self.tr("Eliminar organización"),
            self.tr("¿Eliminar la organización {name}?").format(name=row.name if row else ""),
            self.tr("Las personas, alianzas e implementaciones que la nombran la conservan "
                    "en su historia, pero ya no aparecerá en las listas."),
            lambda session: organizations.delete_organization(session, organization_id),
            ("organization",))

    # --- alliances ----------------------------------------------------------------------

    def edit_alliance(self, alliance_id: str | None) -> None:
        organization_id = self.organizations.current_id()
        if organization_id is None:
            return
        store = self.context.store
        open_form(self, lambda: load_alliance_form(store, organization_id, alliance_id),
                  lambda data: AllianceDialog(self.context, data, self),
                  lambda data, record: self._alliance_saved(data.record, record))

    def _alliance_saved(self, before: Any | None, after: Any) -> None:
        if before is not None:
            command = EditCommand.between(
                self.context, self.tr("editar una alianza"), implementations.update_alliance,
                before, after, ("alliance",))
            if command is not None:
                self.context.undo_stack.push(command)
        self.alliances.want(after.id)
        self.context.changed("alliance")

    def delete_alliance(self, alliance_id: str) -> None:
        ask_to_delete(
            self, self.tr("Eliminar alianza"), self.tr("¿Eliminar esta alianza?"), "",
            lambda session: implementations.delete_alliance(session, alliance_id),
            ("alliance",))
