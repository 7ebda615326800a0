"""The form of one alliance of an organisation: sector, purpose, status, dates and the
implementation it serves. `implementations.create_alliance` / `update_alliance`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from participa_desktop.core.services import choices, implementations, organization_queries
from participa_desktop.core.services.choices import Choice
from participa_desktop.core.store import Store

from .. import vocabulary
from ..context import AppContext
from ..optional_date import OptionalDateEdit
from .record_dialog import RecordDialog, SaveFunction


@dataclass(frozen=True)
class AllianceFormData:
    organization_id: str
    organization_name: str
    implementations: list[Choice]
    record: Any | None = None


def load_alliance_form(store: Store, organization_id: str,
                       alliance_id: str | None) -> AllianceFormData:
    """What the form needs, on a worker thread. Raises NotFound when gone."""
    with store.reading() as session:
        organization = organization_queries.organization(session, organization_id)
        record = (organization_queries.alliance(session, alliance_id)
                  if alliance_id is not None else None)
        return AllianceFormData(organization_id, organization.name or "",
                                choices.implementations(session), record)


class AllianceDialog(RecordDialog):
    """A new alliance of `data.organization_id` when `data.record` is None, else that one."""

    def __init__(self, context: AppContext, data: AllianceFormData,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("alliance_dialog")
        self.data = data
        self.record = data.record
        self.organization = QLabel(data.organization_name, self.body)
        self.organization.setWordWrap(True)
        self.sector = QComboBox(self.body)
        self.purpose = QPlainTextEdit(self.body)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMinimumHeight(80)
        self.status = QComboBox(self.body)
        self.start_date = OptionalDateEdit(self.body)
        self.end_date = OptionalDateEdit(self.body)
        self.implementation = QComboBox(self.body)

        self.organization_label = QLabel(self.body)
        self.form.addRow(self.organization_label, self.organization)
        self.sector_label = self.add_field("sector", self.sector)
        self.purpose_label = self.add_field("purpose", self.purpose)
        self.status_label = self.add_field("status", self.status)
        self.start_label = self.add_field("start_date", self.start_date)
        self.end_label = self.add_field("end_date", self.end_date)
        self.implementation_label = self.add_field("implementation_id", self.implementation)
        self.retranslate()
        self._load()
        self.resize(560, 460)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nueva alianza") if self.record is None
                            else self.tr("Datos de la alianza"))
        self.organization_label.setText(self.tr("Organización:"))
        self.sector_label.setText(self.tr("&Sector:"))
        self.purpose_label.setText(self.tr("&Propósito:"))
        self.status_label.setText(self.tr("&Estado:"))
        self.start_label.setText(self.tr("Fecha de inicio:"))
        self.start_date.set_check_text(self.tr("&Con fecha"))
        self.end_label.setText(self.tr("Fecha de cierre:"))
        self.end_date.set_check_text(self.tr("Con &fecha"))
        self.implementation_label.setText(self.tr("&Implementación:"))
        kept = (self.sector.currentData(), self.status.currentData(),
                self.implementation.currentData())
        self.sector.clear()
        self.sector.addItem(self.tr("(el de la organización)"), None)
        for code, word in vocabulary.choices("sector"):
            self.sector.addItem(word, code)
        self.status.clear()
        for code, word in vocabulary.choices("alliance_status"):
            self.status.addItem(word, code)
        self.implementation.clear()
        self.implementation.addItem(self.tr("(ninguna)"), None)
        for choice in self.data.implementations:
            self.implementation.addItem(choice.name, choice.id)
        for combo, code in zip((self.sector, self.status, self.implementation), kept,
                               strict=True):
            if code is not None:
                combo.setCurrentIndex(max(combo.findData(code), 0))
        if kept[1] is None:
            self.status.setCurrentIndex(max(self.status.findData("active"), 0))

    def _load(self) -> None:
        record = self.record
        if record is None:
            return
        self.sector.setCurrentIndex(max(self.sector.findData(record.sector), 0))
        self.purpose.setPlainText(record.purpose or "")
        self.status.setCurrentIndex(max(self.status.findData(record.status), 0))
        self.start_date.set_value(record.start_date)
        self.end_date.set_value(record.end_date)
        self.implementation.setCurrentIndex(
            max(self.implementation.findData(record.implementation_id), 0))

    def values(self) -> dict[str, Any]:
        values = {
            "sector": self.sector.currentData(),
            "purpose": self.purpose.toPlainText(),
            "status": self.status.currentData(),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "implementation_id": self.implementation.currentData(),
        }
        if self.record is None:
            values["organization_id"] = self.data.organization_id
        return values

    def save_function(self) -> SaveFunction:
        if self.record is None:
            return implementations.create_alliance
        alliance_id = self.record.id
        return lambda session, values: implementations.update_alliance(
            session, alliance_id, values)
