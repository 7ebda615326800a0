"""Territorios: DANE's DIVIPOLA municipalities, searchable (name, department or code,
accents ignored), each with how many workshops, people and implementations the program
has there. Reference data: read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from participa_desktop.core.services.territories import (
    TerritoryActivity,
    TerritoryRecord,
    active_territory_ids,
    find,
    territory_activity,
)

from ..context import AppContext
from ..table_model import Column
from ..territory_picker import load_catalogue
from .record_list import RecordList
from .search_screen import SearchScreen

ACTIVE_ONLY_SETTING = "territorios/solo_con_actividad"


@dataclass(frozen=True)
class TerritoryLine:
    """One municipality with the program's activity there."""

    territory: TerritoryRecord
    activity: TerritoryActivity


class TerritoriesScreen(SearchScreen):
    key = "territorios"
    tables = ("workshop", "participant", "implementation", "*")
    search_delay = 100

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._catalogue: list[TerritoryRecord] = []
        self._by_id: dict[str, TerritoryRecord] = {}
        self.search_edit.setObjectName("territory_search")
        self.active_only = QCheckBox(self)
        self.active_only.setChecked(context.settings.value(ACTIVE_ONLY_SETTING) == "1")
        self.active_only.toggled.connect(self._active_only_toggled)
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        store, by_id = context.store, self._by_id  # filled once, before any row is asked

        def fetch_rows(ids: list[str]) -> dict[str, TerritoryLine]:
            with store.reading() as session:
                activity = territory_activity(session, ids)
            return {i: TerritoryLine(by_id[i], activity[i]) for i in ids if i in by_id}

        number = {"align_right": True}
        self.list = RecordList(context, [
            Column(header=lambda: self.tr("Municipio"), display=lambda r: r.territory.name),
            Column(header=lambda: self.tr("Departamento"),
                   display=lambda r: r.territory.department),
            Column(header=lambda: self.tr("Código DANE"),
                   display=lambda r: r.territory.dane_code),
            Column(header=lambda: self.tr("Región"),
                   display=lambda r: r.territory.region or ""),
            Column(header=lambda: self.tr("Talleres"),
                   display=lambda r: str(r.activity.workshops), **number),
            Column(header=lambda: self.tr("Personas"),
                   display=lambda r: str(r.activity.participants), **number),
            Column(header=lambda: self.tr("Implementaciones"),
                   display=lambda r: str(r.activity.implementations), **number),
        ], fetch_rows, self, stretch=3,
            widths={0: 210, 1: 190, 2: 100, 4: 80, 5: 80, 6: 130}, editable=False)
        self.list.count_text = lambda count: (
            self.tr("1 municipio") if count == 1
            else self.tr("{count} municipios").format(count=count))
        self.search_edit.returnPressed.connect(self.list.setFocus)

        layout = QVBoxLayout(self)
        layout.addLayout(self.search_row(self.active_only))
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Territorios")

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Buscar:"))
        self.search_edit.setPlaceholderText(self.tr(
            "Municipio, departamento o código DANE (sin importar tildes)"))
        self.active_only.setText(self.tr("Solo con &actividad"))
        self.active_only.setToolTip(self.tr(
            "Mostrar solo los municipios con talleres, personas o implementaciones"))
        self.note.setText(self.tr(
            "Municipios y áreas no municipalizadas de la división político-administrativa "
            "del DANE (DIVIPOLA). Son datos de referencia: no se editan."))
        self.list.set_texts("", "", "")

    def load(self) -> None:
        """Search again (after the catalogue is read, the first time)."""
        if not self._catalogue:
            load_catalogue(self.context, self._catalogue_loaded, owner=self)
            return
        catalogue, text = self._catalogue, self.search_edit.text()
        active_only, store = self.active_only.isChecked(), self.context.store

        def load() -> list[str]:
            found = find(catalogue, text)
            if active_only:
                with store.reading() as session:
                    active = active_territory_ids(session)
                found = [record for record in found if record.id in active]
            return [record.id for record in found]

        self.list.set_loader(load)
        self.list.reload()

    def _catalogue_loaded(self, records: list[TerritoryRecord]) -> None:
        self._by_id.update((record.id, record) for record in records)
        self._catalogue = records
        self.reload()

    def _active_only_toggled(self, checked: bool) -> None:
        self.context.settings.set_value(ACTIVE_ONLY_SETTING, "1" if checked else "0")
        self.reload()

    def data_changed_while_shown(self) -> None:
        """The activity counts are read again; the list too when it shows only
        municipalities with activity."""
        self.list.model.reload_rows()
        if self.active_only.isChecked():
            self.reload()
