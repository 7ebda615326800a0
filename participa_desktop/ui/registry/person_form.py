"""The form of one person of the registry: names, document, gender, birth, contact,
organisation, municipality, and the Ley 1581 de 2012 consent (channel, date, notice
version, guardian for minors). Registers a new person or edits one
(`participants.register_participant` / `update_participant`).

The birth field takes a full date (dd/mm/aaaa) or only the year, as people often know
just that.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from participa_desktop.core.services import choices, participants, people_queries
from participa_desktop.core.services.choices import Choice
from participa_desktop.core.store import Store

from .. import vocabulary
from ..context import AppContext
from ..territory_picker import TerritoryPicker
from ..walk_in_dialog import CONSENT_CHANNEL, DEFAULT_NOTICE_VERSION, NOTICE_VERSION
from .record_dialog import RecordDialog, SaveFunction


@dataclass(frozen=True)
class PersonFormData:
    """What the form needs, read in one task: the pickers' options and, to edit, the
    person's record and attendance count."""

    document_types: list[Choice]
    organizations: list[Choice]
    record: Any | None = None
    attendance_count: int = 0


def load_person_form(store: Store, participant_id: str | None) -> PersonFormData:
    """Read the form's data (on a worker thread). Raises NotFound for a deleted person."""
    with store.reading() as session:
        record = count = None
        if participant_id is not None:
            record = people_queries.person(session, participant_id)
            count = people_queries.attendance_counts(session, [participant_id]).get(
                participant_id, 0)
        return PersonFormData(choices.person_document_types(session),
                              choices.organizations(session), record, count or 0)


def _fill(combo: QComboBox, options: list[tuple[str | None, str]]) -> None:
    combo.clear()
    for code, text in options:
        combo.addItem(text, code)


def _select(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))


class PersonDialog(RecordDialog):
    """New person when `data.record` is None, else that person's edit form."""

    def __init__(self, context: AppContext, data: PersonFormData,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("person_dialog")
        self.data = data
        self.record = data.record

        self.given_names = QLineEdit(self.body)
        self.first_surname = QLineEdit(self.body)
        self.second_surname = QLineEdit(self.body)
        document = QWidget(self.body)
        self.document_type = QComboBox(document)
        self.document_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.document_number = QLineEdit(document)
        row = QHBoxLayout(document)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.document_type, 0)
        row.addWidget(self.document_number, 1)
        document.setFocusProxy(self.document_type)
        self.gender = QComboBox(self.body)
        self.birth = QLineEdit(self.body)
        self.phone = QLineEdit(self.body)
        self.email = QLineEdit(self.body)
        self.organization = QComboBox(self.body)
        self.territory = TerritoryPicker(context, self.body)

        self.consent_box = QGroupBox(self.body)
        consent_form = QFormLayout(self.consent_box)
        consent_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.consent_channel = QComboBox(self.consent_box)
        self.consent_date = QDateEdit(self.consent_box)
        self.consent_date.setDisplayFormat("dd/MM/yyyy")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDate(QDate.currentDate())
        self.notice_version = QLineEdit(self.consent_box)
        self.guardian = QLineEdit(self.consent_box)
        self.attendance_label = QLabel(self.body)
        self.attendance_label.setWordWrap(True)

        self.given_label = self.add_field("given_names", self.given_names)
        self.first_label = self.add_field("first_surname", self.first_surname)
        self.second_label = self.add_field("second_surname", self.second_surname)
        self.document_label = self.add_field("document_number", document,
                                             aliases=("document_type_id",))
        self.document_label.setBuddy(self.document_type)
        self._fields["document_number"] = self.document_number
        self.gender_label = self.add_field("gender", self.gender)
        self.birth_label = self.add_field("birth_date", self.birth, aliases=("birth_year",))
        self.phone_label = self.add_field("phone", self.phone)
        self.email_label = self.add_field("email", self.email)
        self.organization_label = self.add_field("organization_id", self.organization)
        self.territory_label = self.add_field("territory_id", self.territory)
        self.channel_label = self.add_field("consent_channel", self.consent_channel,
                                            form=consent_form)
        self.consent_date_label = self.add_field("consent_date", self.consent_date,
                                                 form=consent_form)
        self.notice_label = self.add_field("consent_notice_version", self.notice_version,
                                           form=consent_form)
        self.guardian_label = self.add_field("guardian_name", self.guardian,
                                             form=consent_form)
        self.form.addRow(self.consent_box)
        self.form.addRow(self.attendance_label)
        self.attendance_label.setVisible(self.record is not None)

        self.retranslate()
        self._load()
        self.resize(640, 580)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nueva persona") if self.record is None
                            else self.tr("Datos de la persona"))
        self.given_label.setText(self.tr("&Nombres:"))
        self.first_label.setText(self.tr("Primer &apellido:"))
        self.second_label.setText(self.tr("Segundo apellido:"))
        self.document_label.setText(self.tr("&Documento:"))
        self.document_number.setPlaceholderText(self.tr("Número, sin puntos"))
        self.document_number.setAccessibleName(self.tr("Número de documento"))
        self.gender_label.setText(self.tr("&Género:"))
        self.birth_label.setText(self.tr("Naci&miento:"))
        self.birth.setPlaceholderText(self.tr("dd/mm/aaaa, o solo el año"))
        self.phone_label.setText(self.tr("&Teléfono:"))
        self.email_label.setText(self.tr("C&orreo:"))
        self.organization_label.setText(self.tr("Or&ganización:"))
        self.territory_label.setText(self.tr("M&unicipio:"))
        self.consent_box.setTitle(self.tr(
            "Autorización de tratamiento de datos (Ley 1581 de 2012)"))
        self.channel_label.setText(self.tr("Me&dio:"))
        self.consent_date_label.setText(self.tr("&Fecha:"))
        self.notice_label.setText(self.tr("&Versión del aviso:"))
        self.notice_version.setPlaceholderText(self.tr("por ejemplo 2025-2"))
        self.guardian_label.setText(self.tr("Acudie&nte:"))
        self.guardian.setPlaceholderText(self.tr(
            "Solo para menores de edad: quien autorizó"))
        count = self.data.attendance_count
        self.attendance_label.setText(
            self.tr("Ha asistido a 1 taller.") if count == 1
            else self.tr("Ha asistido a {count} talleres.").format(count=count))
        self._fill_choices()

    def _fill_choices(self) -> None:
        """(Re)fill the combo boxes in the current language, keeping what is chosen."""
        combos = (self.document_type, self.gender, self.organization, self.consent_channel)
        kept = [combo.currentData() for combo in combos]
        _fill(self.document_type, [(None, self.tr("(sin documento)"))]
              + [(c.id, c.code) for c in self.data.document_types])
        self.document_type.setToolTip("\n".join(
            f"{c.code}: {c.name}" for c in self.data.document_types))
        _fill(self.gender, [(None, self.tr("(sin dato)")), *vocabulary.choices("gender")])
        _fill(self.organization, [(None, self.tr("(ninguna)"))]
              + [(c.id, c.name) for c in self.data.organizations])
        _fill(self.consent_channel, list(vocabulary.choices("consent_channel")))
        for combo, code in zip(combos, kept, strict=True):
            if code is not None:
                _select(combo, code)

    def _load(self) -> None:
        record = self.record
        if record is None:  # the defaults the walk-in dialog uses too
            settings = self.context.settings
            self.notice_version.setText(settings.value(NOTICE_VERSION, DEFAULT_NOTICE_VERSION))
            _select(self.consent_channel, settings.value(CONSENT_CHANNEL, "signed_paper"))
            self.consent_date.setMaximumDate(QDate.currentDate())
            self.document_number.textEdited.connect(self._number_typed)
            return
        self.given_names.setText(record.given_names or "")
        self.first_surname.setText(record.first_surname or "")
        self.second_surname.setText(record.second_surname or "")
        _select(self.document_type, record.document_type_id)
        self.document_number.setText(record.document_number or "")
        _select(self.gender, record.gender)
        if record.birth_date is not None:
            self.birth.setText(vocabulary.date_text(record.birth_date))
        elif record.birth_year is not None:
            self.birth.setText(str(record.birth_year))
        self.phone.setText(record.phone or "")
        self.email.setText(record.email or "")
        _select(self.organization, record.organization_id)
        self.territory.set_territory_id(record.territory_id)
        _select(self.consent_channel, record.consent_channel)
        if record.consent_date is not None:
            day = record.consent_date
            self.consent_date.setDate(QDate(day.year, day.month, day.day))
        self.notice_version.setText(record.consent_notice_version or "")
        self.guardian.setText(record.guardian_name or "")

    def _number_typed(self, text: str) -> None:
        """A number typed with no document type: a cédula (CC) is the likely one."""
        if text.strip() and self.document_type.currentData() is None:
            index = self.document_type.findText("CC")
            if index >= 0:
                self.document_type.setCurrentIndex(index)

    def values(self) -> dict[str, Any]:
        birth = self.birth.text().strip()
        birth_date: str | None = birth or None
        birth_year: int | None = None
        if re.fullmatch(r"\d{4}", birth):
            birth_date, birth_year = None, int(birth)
        consent: dt.date = self.consent_date.date().toPython()
        return {
            "given_names": self.given_names.text(),
            "first_surname": self.first_surname.text(),
            "second_surname": self.second_surname.text(),
            "document_type_id": self.document_type.currentData(),
            "document_number": self.document_number.text(),
            "gender": self.gender.currentData(),
            "birth_date": birth_date,
            "birth_year": birth_year,
            "phone": self.phone.text(),
            "email": self.email.text(),
            "organization_id": self.organization.currentData(),
            "territory_id": self.territory.territory_id(),
            "consent_channel": self.consent_channel.currentData(),
            "consent_date": consent,
            "consent_notice_version": self.notice_version.text(),
            "guardian_name": self.guardian.text(),
        }

    def save_function(self) -> SaveFunction:
        if self.record is None:
            return participants.register_participant
        participant_id = self.record.id
        return lambda session, values: participants.update_participant(
            session, participant_id, values)

    def _saved(self, record: Any) -> None:
        if self.record is None:
            settings = self.context.settings
            if record.consent_notice_version:
                settings.set_value(NOTICE_VERSION, record.consent_notice_version)
            if record.consent_channel:
                settings.set_value(CONSENT_CHANNEL, record.consent_channel)
        super()._saved(record)
