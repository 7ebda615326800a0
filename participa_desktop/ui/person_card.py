"""One person of a possible duplicate pair, as the coordinator compares them: name,
document, birth year, phone, and the workshops this row attended (a lazy table)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import duplicate_review
from participa_desktop.core.services.duplicate_review import AttendedWorkshop
from participa_desktop.core.services.duplicates import PersonSummary

from . import vocabulary
from .context import AppContext
from .table_model import Column, LazyTableModel
from .table_view import make_table


class PersonCard(QGroupBox):
    """Empty until `show_person`; `attendance_loaded` is emitted when the attendance of the
    shown person arrived."""

    attendance_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person: PersonSummary | None = None
        self._loading = False
        self.name_label = QLabel(self)
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document_caption, self.document_value = QLabel(self), QLabel(self)
        self.year_caption, self.year_value = QLabel(self), QLabel(self)
        self.phone_caption, self.phone_value = QLabel(self), QLabel(self)
        self.attendance_label = QLabel(self)
        self.model = LazyTableModel(context.runner, self._columns(), self._fetch, self)
        self.view = make_table(self, self.model, name="person_attendance", widths=(90, 260, 90),
                               stretch=1, alternate=False)
        self.attendance_label.setBuddy(self.view)
        facts = QFormLayout()
        facts.addRow(self.document_caption, self.document_value)
        facts.addRow(self.year_caption, self.year_value)
        facts.addRow(self.phone_caption, self.phone_value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(facts)
        layout.addWidget(self.attendance_label)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Fecha"), lambda a: vocabulary.date_text(a.date)),
            Column(lambda: self.tr("Taller"), lambda a: a.title, tooltip=lambda a: a.title),
            Column(lambda: self.tr("Asistencia"),
                   lambda a: vocabulary.word("attendance_status", a.status)),
        ]

    def _fetch(self, ids: list[str]) -> dict[str, AttendedWorkshop]:
        with self.context.store.reading() as session:
            return duplicate_review.attended_workshops(session, ids)

    def show_person(self, person: PersonSummary | None) -> None:
        """Show `person` and load their attendance (on the runner)."""
        self.person = person
        self._loading = person is not None
        self.model.set_ids([])
        self._show_facts()
        if person is None:
            return
        store, person_id = self.context.store, person.id

        def read(_task: object) -> tuple[str, list[str], dict[str, AttendedWorkshop]]:
            with store.reading() as session:
                ids = duplicate_review.attendance_ids(session, person_id)
                first = duplicate_review.attended_workshops(session,
                                                            ids[:LazyTableModel.BLOCK])
                return person_id, ids, first

        self.context.runner.run(read, on_done=self._attendance_read, owner=self)

    def _attendance_read(self, result: tuple[str, list[str], dict[str, AttendedWorkshop]]
                         ) -> None:
        person_id, ids, first = result
        if self.person is None or self.person.id != person_id:
            return  # another person was chosen meanwhile
        self._loading = False
        self.model.set_ids(ids, first)
        self._show_attendance_label()
        self.attendance_loaded.emit()

    def _show_facts(self) -> None:
        person = self.person
        unknown = self.tr("(sin dato)")
        self.name_label.setText(person.name if person else self.tr("(ninguna persona elegida)"))
        self.document_value.setText((person.document_number if person else None) or unknown)
        year = person.birth_year if person else None
        self.year_value.setText(str(year) if year is not None else unknown)
        self.phone_value.setText((person.phone if person else None) or unknown)
        self._show_attendance_label()

    def _show_attendance_label(self) -> None:
        count = self.model.rowCount()
        if self._loading:
            self.attendance_label.setText(self.tr("Cargando las asistencias…"))
            return
        self.attendance_label.setText(
            self.tr("No tiene asistencias registradas.") if count == 0
            else self.tr("Asistencias registradas ({count}):").format(count=count))

    def retranslate(self) -> None:
        self.document_caption.setText(self.tr("Documento:"))
        self.year_caption.setText(self.tr("Año de nacimiento:"))
        self.phone_caption.setText(self.tr("Teléfono:"))
        self._show_facts()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
