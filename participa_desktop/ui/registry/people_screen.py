"""Personas: the registry of participants, searchable as you type (name or document,
accents and case ignored), with each person's consent in sight; register, edit (undoable)
and delete people, and import them from a roster in Excel (`roster_import`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from participa_desktop.core.services import participant_search, participants, people_queries
from participa_desktop.core.services.people_queries import PersonRow
from participa_desktop.core.validation import age_on

from .. import vocabulary
from ..context import AppContext
from ..table_model import Column
from .actions import ask_to_delete, open_form
from .edit_command import EditCommand
from .person_form import PersonDialog, load_person_form
from .record_list import RecordList
from .roster_import import RosterImport
from .search_screen import SearchScreen

#: How many matches a search shows at most.
SEARCH_LIMIT = 500
MISSING_CONSENT_COLOUR = "#fdecea"


class PeopleScreen(SearchScreen):
    key = "personas"
    tables = ("participant", "attendance", "organization", "*")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: PersonDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.search_edit.setObjectName("people_search")
        store = context.store

        def fetch_rows(ids: list[str]) -> dict[str, PersonRow]:
            with store.reading() as session:
                return people_queries.person_rows(session, ids)

        self.list = RecordList(context, self._columns(), fetch_rows, self, stretch=0,
                               widths={1: 120, 2: 180, 3: 160, 4: 190, 5: 120, 6: 85})
        self.list.count_text = self._count_text
        self.list.add_requested.connect(self.new_person)
        self.list.edit_requested.connect(self.edit_person)
        self.list.delete_requested.connect(self.delete_person)
        self.list.set_loader(self._loader())
        self.search_edit.returnPressed.connect(self.list.setFocus)
        self.roster_import = RosterImport(context, self)

        layout = QVBoxLayout(self)
        layout.addLayout(self.search_row(self.roster_import.button))
        layout.addWidget(self.list, 1)
        self.retranslate()

    # --- table --------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(header=lambda: self.tr("Nombre"), display=lambda r: r.full_name,
                   tooltip=lambda r: r.full_name),
            Column(header=lambda: self.tr("Documento"), display=_document),
            Column(header=lambda: self.tr("Organización"),
                   display=lambda r: r.organization_name or "",
                   tooltip=lambda r: r.organization_name),
            Column(header=lambda: self.tr("Municipio"),
                   display=lambda r: r.territory_name or ""),
            Column(header=lambda: self.tr("Autorización de datos"), display=self._consent,
                   background=lambda r: None if _has_consent(r) else MISSING_CONSENT_COLOUR,
                   tooltip=self._consent_tooltip),
            Column(header=lambda: self.tr("Edad"), display=self._age,
                   tooltip=self._birth_tooltip),
            Column(header=lambda: self.tr("Asistencias"),
                   display=lambda r: str(r.attendance_count), align_right=True),
        ]

    def _consent(self, row: PersonRow) -> str:
        if not _has_consent(row):
            return self.tr("⚠ sin autorización")
        return self.tr("{date} · {channel}").format(
            date=vocabulary.date_text(row.consent_date),
            channel=vocabulary.word("consent_channel", row.consent_channel))

    def _consent_tooltip(self, row: PersonRow) -> str | None:
        if _has_consent(row):
            return None
        return self.tr("No hay registro de la autorización de tratamiento de datos (Ley 1581 "
                       "de 2012): edite a la persona y registre cuándo y cómo la dio.")

    def _age(self, row: PersonRow) -> str:
        today = dt.date.today()
        if row.birth_date is not None:
            return self.tr("{age} años").format(age=age_on(row.birth_date, today))
        if row.birth_year is not None:
            return self.tr("~{age} años ({year})").format(age=today.year - row.birth_year,
                                                          year=row.birth_year)
        return ""

    def _birth_tooltip(self, row: PersonRow) -> str | None:
        if row.birth_date is None:
            return None
        return self.tr("Nació el {date}").format(date=vocabulary.date_text(row.birth_date))

    def _count_text(self, count: int) -> str:
        if self.search_text() and count >= SEARCH_LIMIT:
            return self.tr("Se muestran las primeras {count} coincidencias: escriba más para "
                           "afinar").format(count=count)
        if self.search_text():
            if count == 1:
                return self.tr("1 coincidencia")
            return self.tr("{count} coincidencias").format(count=count)
        if count == 1:
            return self.tr("1 persona")
        return self.tr("{count} personas").format(count=count)

    # --- screen -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Personas")

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Buscar:"))
        self.search_edit.setPlaceholderText(self.tr(
            "Nombre, apellidos o número de documento (sin importar tildes)"))
        self.list.set_texts(self.tr("&Nueva persona…"), self.tr("&Editar…"),
                            self.tr("E&liminar…"))
        self.roster_import.retranslate()

    def search_text(self) -> str:
        return self.search_edit.text().strip()

    def load(self) -> None:
        self.list.set_loader(self._loader())
        self.list.reload()

    def _loader(self) -> Any:
        store, text = self.context.store, self.search_text()

        def load() -> list[str]:
            with store.reading() as session:
                if text:
                    return participant_search.search(session, text, SEARCH_LIMIT)
                return people_queries.person_ids(session)

        return load

    # --- actions ------------------------------------------------------------------------

    def new_person(self) -> None:
        self._open_form(None)

    def edit_person(self, participant_id: str) -> None:
        self._open_form(participant_id)

    def _open_form(self, participant_id: str | None) -> None:
        store = self.context.store
        open_form(self, lambda: load_person_form(store, participant_id),
                  lambda data: PersonDialog(self.context, data, self),
                  lambda data, record: self._saved(data.record, record))

    def _saved(self, before: Any | None, after: Any) -> None:
        if before is not None:
            command = EditCommand.between(
                self.context,
                self.tr("editar a {name}").format(name=_name(after)),
                participants.update_participant, before, after, ("participant",))
            if command is not None:
                self.context.undo_stack.push(command)
        self.list.want(after.id)
        self.context.changed("participant")

    def delete_person(self, participant_id: str) -> None:
        row = self.list.model.record_at(self.list.model.row_of(participant_id))
        name = row.full_name if row is not None else ""
        count = row.attendance_count if row is not None else 0
        ask_to_delete(
            self, self.tr("Eliminar persona"),
            self.tr("¿Eliminar a {name} del registro?").format(name=name),
            self.tr("También se quitarán sus {count} asistencias. Esto se comparte con los "
                    "demás equipos en la próxima sincronización.").format(count=count),
            lambda session: participants.delete_participant(session, participant_id),
            ("participant", "attendance"))


def _has_consent(row: PersonRow) -> bool:
    return row.consent_date is not None and row.consent_channel is not None


def _document(row: PersonRow) -> str:
    return participant_search.document_text(row.document_code, row.document_number) or ""


def _name(record: Any) -> str:
    return participant_search.full_name(record.given_names, record.first_surname,
                                        record.second_surname)
