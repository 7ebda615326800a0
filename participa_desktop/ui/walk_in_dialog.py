"""Registering a walk-in without leaving the attendance screen: the person's data and
their consent under Ley 1581 de 2012 (channel, date, privacy notice version, guardian of
a minor), a warning before saving a likely duplicate, then one write that registers them
and marks them present.

    dialog = WalkInDialog(context, workshop_id, typed="maria angulo", territory_id=…)
    dialog.registered.connect(…)       # (participant id, name, arrival time): saved
    dialog.existing_chosen.connect(…)  # (participant id, name): "it is this person"
    dialog.open()

Keyboard: Tab order follows the form, Enter saves, Escape cancels (on the duplicate
warning, Escape goes back to the form; while the save runs, the dialog stays open). The
core validates; its messages appear under each field and nothing is saved.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.validation import ValidationError

from . import errors, vocabulary
from .attendance_commands import arrival_now
from .context import AppContext
from .duplicate_warning import DuplicateWarning
from .field_errors import FieldErrors, error_label, with_error
from .territory_picker import TerritoryPicker
from .walk_in import FormLists, LikelyDuplicates, Registered, load_lists, prefill, register_walk_in

#: Settings: the privacy notice version and consent channel used last.
NOTICE_VERSION = "autorizacion/version_aviso"
CONSENT_CHANNEL = "autorizacion/medio"
DEFAULT_NOTICE_VERSION = "2024-1"
_YEAR = re.compile(r"\d{4}")


class WalkInDialog(QDialog):
    """See the module docstring. `ready` tells that the pickers are filled (the save
    button is enabled from then on)."""

    registered = Signal(str, str, object)
    existing_chosen = Signal(str, str)
    ready = Signal()

    def __init__(self, context: AppContext, workshop_id: str, typed: str = "",
                 territory_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walk_in_dialog")
        self.context = context
        self.workshop_id = workshop_id
        self._lists: FormLists | None = None
        self._saving = False
        self._typed = prefill(typed)

        self.pages = QStackedWidget(self)
        self.form_page = QWidget(self.pages)
        self.person_box = QGroupBox(self.form_page)
        self.consent_box = QGroupBox(self.form_page)
        p, c = self.person_box, self.consent_box
        self.given_names = QLineEdit(p)
        self.first_surname = QLineEdit(p)
        self.second_surname = QLineEdit(p)
        self.document_type = QComboBox(p)
        self.document_number = QLineEdit(p)
        self.gender = QComboBox(p)
        self.birth = QLineEdit(p)
        self.phone = QLineEdit(p)
        self.organization = QComboBox(p)
        self.territory = TerritoryPicker(context, p)
        self.consent = QCheckBox(c)
        self.consent_channel = QComboBox(c)
        self.consent_date = QDateEdit(c)
        self.consent_date.setDisplayFormat("dd/MM/yyyy")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDate(QDate.currentDate())
        self.consent_date.setMaximumDate(QDate.currentDate())
        self.notice_version = QLineEdit(c)
        self.guardian_name = QLineEdit(c)
        self.consent_note = QLabel(c)
        self.consent_note.setWordWrap(True)
        for name in ("given_names", "first_surname", "second_surname", "document_type",
                     "document_number", "gender", "birth", "phone", "organization",
                     "consent", "consent_channel", "consent_date", "notice_version",
                     "guardian_name"):
            getattr(self, name).setObjectName(name)

        labels = {}
        person_form = QFormLayout(p)
        consent_form = QFormLayout(c)
        self.labels: dict[str, QLabel] = labels
        error_labels: dict[str, QLabel] = {}

        def row(form: QFormLayout, key: str, field: QWidget, *errors_for: str) -> None:
            label = QLabel(form.parentWidget())
            label.setBuddy(field)
            labels[key] = label
            error = error_label(form.parentWidget(), key)
            for name in errors_for or (key,):
                error_labels[name] = error
            form.addRow(label, with_error(field, error))

        row(person_form, "given_names", self.given_names)
        row(person_form, "first_surname", self.first_surname)
        row(person_form, "second_surname", self.second_surname)
        row(person_form, "document_type_id", self.document_type)
        row(person_form, "document_number", self.document_number)
        row(person_form, "gender", self.gender)
        row(person_form, "birth", self.birth, "birth_date", "birth_year")
        row(person_form, "phone", self.phone)
        row(person_form, "organization_id", self.organization)
        row(person_form, "territory_id", self.territory)
        consent_error = error_label(c, "consent_date")
        error_labels["consent_date"] = consent_error
        consent_form.addRow(self.consent_note)
        consent_form.addRow(with_error(self.consent, consent_error))
        row(consent_form, "consent_channel", self.consent_channel)
        row(consent_form, "consent_day", self.consent_date, "consent_day")
        row(consent_form, "consent_notice_version", self.notice_version)
        row(consent_form, "guardian_name", self.guardian_name)
        self.general_error = error_label(self.form_page, "general")
        self.field_errors = FieldErrors(error_labels, self.general_error)

        boxes = QHBoxLayout()
        boxes.addWidget(self.person_box, 1)
        boxes.addWidget(self.consent_box, 1)
        self.buttons = QDialogButtonBox(self.form_page)
        self.save_button = QPushButton(self.buttons)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(self.reject)
        form_layout = QVBoxLayout(self.form_page)
        form_layout.addLayout(boxes, 1)
        form_layout.addWidget(self.general_error)
        form_layout.addWidget(self.buttons)

        self.warning = DuplicateWarning(context.runner, self.pages)
        self.warning.same_person.connect(self._same_person)
        self.warning.other_person.connect(lambda: self.save(confirmed=True))
        self.warning.back.connect(self._back_to_form)
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.warning)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.document_number.textChanged.connect(self._number_typed)
        self.consent.toggled.connect(self._consent_toggled)
        self._set_tab_order()
        self._fill_from_typed()
        self.retranslate()
        self._consent_toggled(False)
        self.resize(980, self.sizeHint().height())
        store = context.store
        context.runner.run(lambda _task: load_lists(store), on_done=self._lists_arrived,
                           owner=self)
        self.territory.set_territory_id(territory_id)

    def _set_tab_order(self) -> None:
        order = [self.given_names, self.first_surname, self.second_surname,
                 self.document_type, self.document_number, self.gender, self.birth,
                 self.phone, self.organization, self.territory.edit, self.consent,
                 self.consent_channel, self.consent_date, self.notice_version,
                 self.guardian_name, self.save_button, self.cancel_button]
        for before, after in itertools.pairwise(order):
            self.setTabOrder(before, after)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Persona nueva"))
        self.person_box.setTitle(self.tr("Datos de la persona"))
        self.consent_box.setTitle(self.tr("Autorización de datos (Ley 1581 de 2012)"))
        texts = {
            "given_names": self.tr("&Nombres:"),
            "first_surname": self.tr("Primer &apellido:"),
            "second_surname": self.tr("&Segundo apellido:"),
            "document_type_id": self.tr("Tipo de &documento:"),
            "document_number": self.tr("Número de doc&umento:"),
            "gender": self.tr("&Género:"),
            "birth": self.tr("Fecha o año de na&cimiento:"),
            "phone": self.tr("&Teléfono:"),
            "organization_id": self.tr("&Organización:"),
            "territory_id": self.tr("&Municipio:"),
            "consent_channel": self.tr("Med&io:"),
            "consent_day": self.tr("Fec&ha:"),
            "consent_notice_version": self.tr("&Versión del aviso:"),
            "guardian_name": self.tr("Acudiente (menor de &edad):"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.birth.setPlaceholderText(self.tr("dd/mm/aaaa o solo el año"))
        self.phone.setPlaceholderText(self.tr("celular o fijo, 10 dígitos"))
        self.guardian_name.setPlaceholderText(self.tr("madre, padre o acudiente que autoriza"))
        self.consent_note.setText(self.tr(
            "Antes de guardar, lea a la persona el aviso de privacidad y pregúntele si "
            "autoriza el tratamiento de sus datos."))
        self.consent.setText(self.tr("La persona autori&zó el tratamiento de sus datos"))
        self.save_button.setText(self.tr("&Registrar y marcar presente"))
        self.cancel_button.setText(self.tr("Cancelar"))
        self._fill_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- filling the form --------------------------------------------------------------

    def _fill_from_typed(self) -> None:
        for name, value in self._typed.items():
            getattr(self, name).setText(value)
        self.notice_version.setText(
            self.context.settings.value(NOTICE_VERSION, DEFAULT_NOTICE_VERSION))
        for name in ("given_names", "first_surname", "document_number"):
            if not getattr(self, name).text():
                getattr(self, name).setFocus()
                return
        self.given_names.setFocus()

    def _lists_arrived(self, lists: FormLists) -> None:
        self._lists = lists
        self._fill_choices()
        if self.document_number.text():
            self._number_typed(self.document_number.text())
        self.save_button.setEnabled(True)
        self.ready.emit()

    def _fill_choices(self) -> None:
        """(Re)fill the pickers in the current language, keeping what was chosen."""
        combos: list[tuple[QComboBox, list[tuple[str | None, str]]]] = [
            (self.gender, [(None, self.tr("(sin dato)")), *vocabulary.choices("gender")]),
            (self.consent_channel, vocabulary.choices("consent_channel")),
        ]
        if self._lists is not None:
            combos.append((self.document_type, [(None, self.tr("(sin documento)"))] + [
                (choice.id, self.tr("{code} — {name}").format(code=choice.code,
                                                              name=choice.name))
                for choice in self._lists.document_types]))
            combos.append((self.organization, [(None, self.tr("(ninguna)"))] + [
                (choice.id, choice.name) for choice in self._lists.organizations]))
        for combo, items in combos:
            chosen = combo.currentData()
            combo.clear()
            for code, text in items:
                combo.addItem(text, code)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(0, index))
        if self.consent_channel.currentIndex() == 0:
            remembered = self.context.settings.value(CONSENT_CHANNEL, "signed_paper")
            self.consent_channel.setCurrentIndex(
                max(0, self.consent_channel.findData(remembered)))

    def _number_typed(self, text: str) -> None:
        """A number typed with no document type: a cédula (CC) is the likely one."""
        if text.strip() and self.document_type.currentData() is None and self._lists:
            for index in range(self.document_type.count()):
                choice = self.document_type.itemText(index)
                if choice.startswith("CC"):
                    self.document_type.setCurrentIndex(index)
                    break

    def _consent_toggled(self, given: bool) -> None:
        for widget in (self.consent_channel, self.consent_date, self.notice_version):
            widget.setEnabled(given)

    # --- saving ------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form as `participants.register_participant` takes it (texts as typed; the
        core cleans and checks them)."""
        values: dict[str, Any] = {
            "given_names": self.given_names.text(),
            "first_surname": self.first_surname.text(),
            "second_surname": self.second_surname.text(),
            "document_type_id": self.document_type.currentData(),
            "document_number": self.document_number.text(),
            "gender": self.gender.currentData(),
            "phone": self.phone.text(),
            "organization_id": self.organization.currentData(),
            "territory_id": self.territory.territory_id(),
            "consent_date": (self.consent_date.date().toPython() if self.consent.isChecked()
                             else None),
            "consent_channel": self.consent_channel.currentData(),
            "consent_notice_version": self.notice_version.text(),
            "guardian_name": self.guardian_name.text(),
        }
        birth = self.birth.text().strip()
        if _YEAR.fullmatch(birth):
            values["birth_year"] = int(birth)
        else:
            values["birth_date"] = birth
        return values

    def save(self, confirmed: bool = False) -> None:
        """Check, warn about likely duplicates (unless `confirmed`), then register and
        mark present in one write."""
        if self._saving or self._lists is None:
            return
        self._saving = True
        self.field_errors.clear()
        self.save_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        store, workshop_id, values = self.context.store, self.workshop_id, self.values()
        arrival = arrival_now()
        self.context.runner.write(
            lambda _task: register_walk_in(store, workshop_id, values, arrival,
                                           confirmed=confirmed),
            on_done=self._saved, on_error=self._refused, owner=self)

    def _saved(self, result: Registered) -> None:
        self._saving = False
        settings = self.context.settings
        settings.set_value(NOTICE_VERSION, self.notice_version.text().strip())
        settings.set_value(CONSENT_CHANNEL, self.consent_channel.currentData() or "")
        self.registered.emit(result.participant_id, result.name, result.arrival_time)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        if isinstance(error, LikelyDuplicates):
            self.pages.setCurrentWidget(self.warning)
            self.save_button.setDefault(False)
            self.warning.same_button.setDefault(True)
            self.warning.show_candidates(error.candidates)
        elif isinstance(error, ValidationError):
            self._back_to_form()
            self.field_errors.show(error.problems)
            self._focus_first_problem(error.problems)
        else:
            self._back_to_form()
            errors.show_error(self, error)

    def _focus_first_problem(self, problems: dict[str, str]) -> None:
        fields = {"given_names": self.given_names, "first_surname": self.first_surname,
                  "second_surname": self.second_surname,
                  "document_type_id": self.document_type,
                  "document_number": self.document_number, "gender": self.gender,
                  "birth_date": self.birth, "birth_year": self.birth, "phone": self.phone,
                  "organization_id": self.organization, "territory_id": self.territory,
                  "consent_date": self.consent, "consent_channel": self.consent_channel,
                  "consent_notice_version": self.notice_version,
                  "guardian_name": self.guardian_name}
        for name, field in fields.items():
            if name in problems:
                field.setFocus()
                return

    def _same_person(self, participant_id: str, name: str) -> None:
        if self._saving:  # "another person" was chosen first: that save decides
            return
        self.existing_chosen.emit(participant_id, name)
        self.accept()

    def _back_to_form(self) -> None:
        self.warning.same_button.setDefault(False)
        self.save_button.setDefault(True)
        self.pages.setCurrentWidget(self.form_page)

    def reject(self) -> None:
        """Escape: from the duplicate warning back to the form; from the form, cancel."""
        if self.pages.currentWidget() is self.warning:
            self._back_to_form()
            self.given_names.setFocus()
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closing (Escape, Cancel, the window's ×) waits while a save runs: its outcome
        must reach the attendance screen (the undo entry, the roster) and the form (the
        problems of a refused save)."""
        if self._saving:
            return
        super().done(result)

    def is_saving(self) -> bool:
        """True while the registration is being written."""
        return self._saving

    def on_warning(self) -> bool:
        """True while the duplicate warning is shown."""
        return self.pages.currentWidget() is self.warning

    def error_text(self, field: str) -> str:
        """The message shown for the core field `field` ("" when none)."""
        return self.field_errors.text(field)
