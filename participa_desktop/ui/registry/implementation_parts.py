"""The small forms of an implementation's tabs: an allied organisation with its role
(`implementations.add_ally`), a knowledge note — learning, challenge or opportunity —
(`knowledge.add_note` / `update_note`) and a milestone (`knowledge.add_milestone` /
`update_milestone`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from participa_desktop.core.services import choices, implementation_queries, implementations
from participa_desktop.core.services import knowledge as knowledge_service
from participa_desktop.core.services.choices import Choice
from participa_desktop.core.store import Store
from participa_desktop.core.validation import ValidationError

from .. import vocabulary
from ..context import AppContext
from ..optional_date import OptionalDateEdit
from .record_dialog import RecordDialog, SaveFunction


def _text_box(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(100)
    return box


# --- allies -------------------------------------------------------------------------------

@dataclass(frozen=True)
class AllyFormData:
    implementation_id: str
    organizations: list[Choice]
    #: To change the role of an ally: (organisation id, role); None to add one.
    ally: tuple[str, str | None] | None = None


def load_ally_form(store: Store, implementation_id: str,
                   ally_id: str | None) -> AllyFormData:
    with store.reading() as session:
        implementation_queries.implementation(session, implementation_id)  # NotFound
        ally = None
        if ally_id is not None:
            row = implementation_queries.ally_rows(session, [ally_id]).get(ally_id)
            ally = (row.organization_id, row.role) if row is not None else None
        return AllyFormData(implementation_id, choices.organizations(session), ally)


class AllyDialog(RecordDialog):
    """Add an allied organisation (with its role) to an implementation, or change the
    role of one."""

    def __init__(self, context: AppContext, data: AllyFormData,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("ally_dialog")
        self.data = data
        self.organization = QComboBox(self.body)
        self.role = QLineEdit(self.body)
        self.organization_label = self.add_field("organization_id", self.organization)
        self.role_label = self.add_field("role", self.role)
        for choice in data.organizations:
            self.organization.addItem(choice.name, choice.id)
        if data.ally is not None:
            self.organization.setCurrentIndex(max(self.organization.findData(data.ally[0]), 0))
            self.organization.setEnabled(False)
            self.role.setText(data.ally[1] or "")
        self.retranslate()
        self.resize(480, 220)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Aliado de la implementación"))
        self.organization_label.setText(self.tr("&Organización:"))
        self.role_label.setText(self.tr("&Rol:"))
        self.role.setPlaceholderText(self.tr("por ejemplo formación, financiación, logística"))
        if not self.data.organizations:
            self.errors.show_general(self.tr(
                "No hay organizaciones registradas: créelas primero en Organizaciones."))

    def values(self) -> dict[str, Any]:
        return {"organization_id": self.organization.currentData(),
                "role": self.role.text().strip() or None}

    def save_function(self) -> SaveFunction:
        implementation_id = self.data.implementation_id
        missing = self.tr("Elija la organización aliada.")  # translated here, not on a worker

        def add(session: Any, values: dict[str, Any]) -> Any:
            if values["organization_id"] is None:
                raise ValidationError({"organization_id": missing})
            return implementations.add_ally(session, implementation_id,
                                            values["organization_id"], values["role"])

        return add


# --- knowledge notes ----------------------------------------------------------------------

@dataclass(frozen=True)
class EntryFormData:
    """A note or milestone form's data: the implementation and, to edit, the record."""

    implementation_id: str
    record: Any | None = None


def load_note_form(store: Store, implementation_id: str, note_id: str | None) -> EntryFormData:
    with store.reading() as session:
        implementation_queries.implementation(session, implementation_id)  # NotFound
        record = implementation_queries.note(session, note_id) if note_id else None
        return EntryFormData(implementation_id, record)


def load_milestone_form(store: Store, implementation_id: str,
                        milestone_id: str | None) -> EntryFormData:
    with store.reading() as session:
        implementation_queries.implementation(session, implementation_id)  # NotFound
        record = (implementation_queries.milestone(session, milestone_id)
                  if milestone_id else None)
        return EntryFormData(implementation_id, record)


class NoteDialog(RecordDialog):
    """A learning, challenge or opportunity of an implementation (dated today by
    default)."""

    def __init__(self, context: AppContext, data: EntryFormData,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("note_dialog")
        self.data = data
        self.record = data.record
        self.kind = QComboBox(self.body)
        self.date = OptionalDateEdit(self.body)
        self.text = _text_box(self.body)
        self.kind_label = self.add_field("kind", self.kind)
        self.date_label = self.add_field("date", self.date)
        self.text_label = self.add_field("text", self.text)
        self.retranslate()
        if self.record is None:
            self.date.set_value(dt.date.today())
        else:
            self.kind.setCurrentIndex(max(self.kind.findData(self.record.kind), 0))
            self.date.set_value(self.record.date)
            self.text.setPlainText(self.record.text or "")
        self.resize(520, 340)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nota de conocimiento"))
        self.kind_label.setText(self.tr("&Tipo:"))
        self.date_label.setText(self.tr("Fecha:"))
        self.date.set_check_text(self.tr("&Con fecha"))
        self.text_label.setText(self.tr("&Nota:"))
        kept = self.kind.currentData()
        self.kind.clear()
        for code, word in vocabulary.choices("knowledge_kind"):
            self.kind.addItem(word, code)
        if kept is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(kept), 0))

    def values(self) -> dict[str, Any]:
        values = {"kind": self.kind.currentData(), "date": self.date.value(),
                  "text": self.text.toPlainText()}
        if self.record is None:
            values["implementation_id"] = self.data.implementation_id
        return values

    def save_function(self) -> SaveFunction:
        if self.record is None:
            return knowledge_service.add_note
        note_id = self.record.id
        return lambda session, values: knowledge_service.update_note(session, note_id, values)


class MilestoneDialog(RecordDialog):
    """A milestone of an implementation: a date and what happened."""

    def __init__(self, context: AppContext, data: EntryFormData,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("milestone_dialog")
        self.data = data
        self.record = data.record
        self.date = QDateEdit(self.body)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate.currentDate())
        self.text = _text_box(self.body)
        self.date_label = self.add_field("date", self.date)
        self.text_label = self.add_field("text", self.text)
        if self.record is not None:
            day = self.record.date
            if day is not None:
                self.date.setDate(QDate(day.year, day.month, day.day))
            self.text.setPlainText(self.record.text or "")
        self.retranslate()
        self.resize(520, 300)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Hito"))
        self.date_label.setText(self.tr("&Fecha:"))
        self.text_label.setText(self.tr("&Hito:"))

    def values(self) -> dict[str, Any]:
        values = {"date": self.date.date().toPython(), "text": self.text.toPlainText()}
        if self.record is None:
            values["implementation_id"] = self.data.implementation_id
        return values

    def save_function(self) -> SaveFunction:
        if self.record is None:
            return knowledge_service.add_milestone
        milestone_id = self.record.id
        return lambda session, values: knowledge_service.update_milestone(
            session, milestone_id, values)
