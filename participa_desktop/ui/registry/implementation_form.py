"""The form of one territorial implementation: name, municipality, lead organisation,
dates and description. `implementations.create_implementation` /
`update_implementation`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from participa_desktop.core.services import choices, implementation_queries, implementations
from participa_desktop.core.services.choices import Choice
from participa_desktop.core.store import Store

from ..context import AppContext
from ..optional_date import OptionalDateEdit
from ..territory_picker import TerritoryPicker
from .record_dialog import RecordDialog, SaveFunction


@dataclass(frozen=True)
class ImplementationFormData:
    organizations: list[Choice]
    record: Any | None = None


def load_implementation_form(store: Store,
                             implementation_id: str | None) -> ImplementationFormData:
    """What the form needs, on a worker thread. Raises NotFound when gone."""
    with store.reading() as session:
        record = (implementation_queries.implementation(session, implementation_id)
                  if implementation_id is not None else None)
        return ImplementationFormData(choices.organizations(session), record)


class ImplementationDialog(RecordDialog):
    """New implementation when `data.record` is None, else that one's form."""

    def __init__(self, context: AppContext, data: ImplementationFormData,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("implementation_dialog")
        self.data = data
        self.record = data.record
        self.name = QLineEdit(self.body)
        self.territory = TerritoryPicker(context, self.body)
        self.lead = QComboBox(self.body)
        self.start_date = OptionalDateEdit(self.body)
        self.end_date = OptionalDateEdit(self.body)
        self.description = QPlainTextEdit(self.body)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(80)

        self.name_label = self.add_field("name", self.name)
        self.territory_label = self.add_field("territory_id", self.territory)
        self.lead_label = self.add_field("lead_organization_id", self.lead)
        self.start_label = self.add_field("start_date", self.start_date)
        self.end_label = self.add_field("end_date", self.end_date)
        self.description_label = self.add_field("description", self.description)
        self.retranslate()
        self._load()
        self.resize(560, 460)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nueva implementación") if self.record is None
                            else self.tr("Datos de la implementación"))
        self.name_label.setText(self.tr("&Nombre:"))
        self.name.setPlaceholderText(self.tr("por ejemplo Activa Buenaventura"))
        self.territory_label.setText(self.tr("M&unicipio:"))
        self.lead_label.setText(self.tr("Organización &líder:"))
        self.start_label.setText(self.tr("Fecha de inicio:"))
        self.start_date.set_check_text(self.tr("&Con fecha"))
        self.end_label.setText(self.tr("Fecha de cierre:"))
        self.end_date.set_check_text(self.tr("Con &fecha"))
        self.description_label.setText(self.tr("Descri&pción:"))
        kept = self.lead.currentData()
        self.lead.clear()
        self.lead.addItem(self.tr("(ninguna)"), None)
        for choice in self.data.organizations:
            self.lead.addItem(choice.name, choice.id)
        if kept is not None:
            self.lead.setCurrentIndex(max(self.lead.findData(kept), 0))

    def _load(self) -> None:
        record = self.record
        if record is None:
            return
        self.name.setText(record.name or "")
        self.territory.set_territory_id(record.territory_id)
        self.lead.setCurrentIndex(max(self.lead.findData(record.lead_organization_id), 0))
        self.start_date.set_value(record.start_date)
        self.end_date.set_value(record.end_date)
        self.description.setPlainText(record.description or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "territory_id": self.territory.territory_id(),
            "lead_organization_id": self.lead.currentData(),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "description": self.description.toPlainText(),
        }

    def save_function(self) -> SaveFunction:
        if self.record is None:
            return implementations.create_implementation
        implementation_id = self.record.id
        return lambda session, values: implementations.update_implementation(
            session, implementation_id, values)
