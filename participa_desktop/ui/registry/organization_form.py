"""The form of one organisation: name, sector, NIT, municipality, contact, and whether it
received the Participa+ model (and when). `organizations.create_organization` /
`update_organization`."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from participa_desktop.core.services import organization_queries, organizations
from participa_desktop.core.store import Store

from .. import vocabulary
from ..context import AppContext
from ..optional_date import OptionalDateEdit
from ..territory_picker import TerritoryPicker
from .record_dialog import RecordDialog, SaveFunction


def load_organization(store: Store, organization_id: str | None) -> Any | None:
    """The organisation's record to edit (None for a new one); on a worker thread."""
    if organization_id is None:
        return None
    with store.reading() as session:
        return organization_queries.organization(session, organization_id)


class OrganizationDialog(RecordDialog):
    """New organisation when `record` is None, else that organisation's form."""

    def __init__(self, context: AppContext, record: Any | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("organization_dialog")
        self.record = record
        self.name = QLineEdit(self.body)
        self.sector = QComboBox(self.body)
        self.nit = QLineEdit(self.body)
        self.territory = TerritoryPicker(context, self.body)
        self.email = QLineEdit(self.body)
        self.phone = QLineEdit(self.body)
        self.model_ally = QCheckBox(self.body)
        self.transfer_date = OptionalDateEdit(self.body)
        self.model_ally.toggled.connect(self.transfer_date.setEnabled)

        self.name_label = self.add_field("name", self.name)
        self.sector_label = self.add_field("sector", self.sector)
        self.nit_label = self.add_field("nit", self.nit)
        self.territory_label = self.add_field("territory_id", self.territory)
        self.email_label = self.add_field("email", self.email)
        self.phone_label = self.add_field("phone", self.phone)
        self.ally_label = self.add_field("is_model_ally", self.model_ally)
        self.transfer_label = self.add_field("model_transfer_date", self.transfer_date)
        self.retranslate()
        self._load()
        self.resize(560, 480)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nueva organización") if self.record is None
                            else self.tr("Datos de la organización"))
        self.name_label.setText(self.tr("&Nombre:"))
        self.sector_label.setText(self.tr("&Sector:"))
        self.nit_label.setText(self.tr("N&IT:"))
        self.nit.setPlaceholderText(self.tr("900123456-7 (opcional)"))
        self.territory_label.setText(self.tr("M&unicipio:"))
        self.email_label.setText(self.tr("C&orreo:"))
        self.phone_label.setText(self.tr("&Teléfono:"))
        self.ally_label.setText(self.tr("Modelo:"))
        self.model_ally.setText(self.tr("&Aliada que recibió el modelo Participa+"))
        self.transfer_label.setText(self.tr("Transferencia del modelo:"))
        self.transfer_date.set_check_text(self.tr("&Con fecha"))
        kept = self.sector.currentData()
        self.sector.clear()
        for code, word in vocabulary.choices("sector"):
            self.sector.addItem(word, code)
        if kept is not None:
            self.sector.setCurrentIndex(max(self.sector.findData(kept), 0))

    def _load(self) -> None:
        record = self.record
        self.transfer_date.setEnabled(False)
        if record is None:
            return
        self.name.setText(record.name or "")
        self.sector.setCurrentIndex(max(self.sector.findData(record.sector), 0))
        self.nit.setText(record.nit or "")
        self.territory.set_territory_id(record.territory_id)
        self.email.setText(record.email or "")
        self.phone.setText(record.phone or "")
        self.model_ally.setChecked(bool(record.is_model_ally))
        self.transfer_date.set_value(record.model_transfer_date)

    def values(self) -> dict[str, Any]:
        ally = self.model_ally.isChecked()
        return {
            "name": self.name.text(),
            "sector": self.sector.currentData(),
            "nit": self.nit.text(),
            "territory_id": self.territory.territory_id(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "is_model_ally": ally,
            "model_transfer_date": self.transfer_date.value() if ally else None,
        }

    def save_function(self) -> SaveFunction:
        if self.record is None:
            return organizations.create_organization
        organization_id = self.record.id
        return lambda session, values: organizations.update_organization(
            session, organization_id, values)
