"""The workshop form: a new workshop, or an edit of one (undoable).

The lists it offers (implementations, components) and the workshop being edited are read
on the task runner when the dialog opens (`ready` is emitted then). Saving runs on the
writer lane; bad input leaves the dialog open with the core's Spanish message beside each
field, and nothing is saved. Enter saves (Ctrl+Enter from the multi-line fields), Escape
cancels.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QEvent, QRegularExpression, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import NotFound, choices, workshops
from participa_desktop.core.services.choices import Choice

from . import errors, vocabulary
from .context import AppContext
from .field_errors import FieldErrors, comparable, error_label, with_error
from .territory_picker import TerritoryPicker
from .workshop_commands import EditWorkshopCommand, WorkshopState

#: The workshop's own fields, in the form's order (components are apart).
FIELDS = ("title", "implementation_id", "date", "start_time", "end_time", "place",
          "territory_id", "modality", "facilitators", "objectives", "notes")

_TIME = re.compile(r"(\d{1,2})(?:[:.hH]?(\d{2}))?")


def time_value(text: str) -> dt.time | str | None:
    """What a person typed in a time field: None when empty, a time for "9", "9:30",
    "0930" or "14.00", else the text itself (the core then says how to write it)."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.fullmatch(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    return text


@dataclass(frozen=True)
class _FormData:
    implementations: list[Choice]
    components: list[Choice]
    record: Any | None
    component_ids: list[str]


class WorkshopForm(QDialog):
    """Create a workshop (`workshop_id` None) or edit one. On success `saved(id)` is
    emitted, the screens are told (`context.changed("workshop")`), an edit is pushed on
    the undo stack, and the dialog closes."""

    saved = Signal(str)
    #: The lists and the workshop arrived: the form can be filled in.
    ready = Signal()

    def __init__(self, context: AppContext, workshop_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_form")
        self.context = context
        self.workshop_id = workshop_id
        self.record: Any | None = None
        self.component_ids: list[str] = []
        self._saving = False
        self._loaded = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.implementation_combo = QComboBox(self)
        self.implementation_combo.addItem("", None)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMaximumWidth(160)
        self.start_edit = self._time_edit()
        self.end_edit = self._time_edit()
        self.place_edit = QLineEdit(self)
        self.place_edit.setMaxLength(200)
        self.territory_picker = TerritoryPicker(context, self)
        self.modality_combo = QComboBox(self)
        for code, _word in vocabulary.choices("modality"):
            self.modality_combo.addItem("", code)
        self.facilitators_edit = QLineEdit(self)
        self.facilitators_edit.setMaxLength(400)
        self.components_box = QWidget(self)
        self.components_layout = QVBoxLayout(self.components_box)
        self.components_layout.setContentsMargins(0, 0, 0, 0)
        self.component_checks: dict[str, QCheckBox] = {}
        self.objectives_edit = self._text_edit(4)
        self.notes_edit = self._text_edit(4)

        fields: dict[str, QWidget] = {
            "title": self.title_edit, "implementation_id": self.implementation_combo,
            "date": self.date_edit, "start_time": self.start_edit, "end_time": self.end_edit,
            "place": self.place_edit, "territory_id": self.territory_picker,
            "modality": self.modality_combo, "facilitators": self.facilitators_edit,
            "components": self.components_box, "objectives": self.objectives_edit,
            "notes": self.notes_edit,
        }
        self.labels: dict[str, QLabel] = {}
        error_labels: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for name, widget in fields.items():
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[name] = label
            error_labels[name] = error_label(self, name)
            form = right if name in ("components", "objectives", "notes") else left
            form.addRow(label, with_error(widget, error_labels[name]))
        general = error_label(self, "general")
        self.errors = FieldErrors(error_labels, general)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.save)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(900)
        self._set_enabled(False)
        self.retranslate()
        self._load()

    def _time_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\d{0,2}[:.hH]?\d{0,2}"), edit))
        edit.setMaximumWidth(90)
        return edit

    def _text_edit(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        return edit

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nuevo taller") if self.workshop_id is None
                            else self.tr("Editar taller"))
        texts = {
            "title": self.tr("&Título:"),
            "implementation_id": self.tr("I&mplementación:"),
            "date": self.tr("&Fecha:"),
            "start_time": self.tr("Hora de &inicio:"),
            "end_time": self.tr("Hora de ci&erre:"),
            "place": self.tr("&Lugar:"),
            "territory_id": self.tr("M&unicipio:"),
            "modality": self.tr("M&odalidad:"),
            "facilitators": self.tr("Fa&cilitadores:"),
            "components": self.tr("Com&ponentes:"),
            "objectives": self.tr("O&bjetivos:"),
            "notes": self.tr("&Notas:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.title_edit.setPlaceholderText(self.tr("por ejemplo: Escuela de liderazgo, sesión 3"))
        self.start_edit.setPlaceholderText(self.tr("hh:mm"))
        self.end_edit.setPlaceholderText(self.tr("hh:mm"))
        self.place_edit.setPlaceholderText(self.tr("salón comunal, colegio, enlace…"))
        self.facilitators_edit.setPlaceholderText(self.tr("nombres, separados por comas"))
        self.implementation_combo.setItemText(0, self.tr("(ninguna)"))
        for index in range(self.modality_combo.count()):
            code = self.modality_combo.itemData(index)
            self.modality_combo.setItemText(index, vocabulary.word("modality", code))
        self.save_button.setText(self.tr("&Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading --------------------------------------------------------------------------

    def is_ready(self) -> bool:
        return self._loaded

    def _load(self) -> None:
        store, workshop_id = self.context.store, self.workshop_id

        def read(_task: object) -> _FormData:
            with store.reading() as session:
                record, component_ids = (workshops.get_workshop(session, workshop_id)
                                         if workshop_id is not None else (None, []))
                return _FormData(choices.implementations(session),
                                 choices.components(session), record, component_ids)

        self.context.runner.run(read, on_done=self._fill, on_error=self._load_failed,
                                owner=self)

    def _fill(self, data: _FormData) -> None:
        for choice in data.implementations:
            self.implementation_combo.addItem(choice.name, choice.id)
        for choice in data.components:
            check = QCheckBox(choice.name, self.components_box)
            check.setObjectName(f"component_{choice.code}")
            self.components_layout.addWidget(check)
            self.component_checks[choice.id] = check
        if self.component_checks:
            first = next(iter(self.component_checks.values()))
            self.components_box.setFocusProxy(first)
        self.record, self.component_ids = data.record, list(data.component_ids)
        record = data.record
        if record is not None:
            self.title_edit.setText(record.title or "")
            if (record.implementation_id is not None
                    and self.implementation_combo.findData(record.implementation_id) < 0):
                # Deleted since: kept as it is unless the person picks another one.
                self.implementation_combo.addItem(self.tr("(implementación eliminada)"),
                                                  record.implementation_id)
            self._select(self.implementation_combo, record.implementation_id)
            self.date_edit.setDate(QDate(record.date.year, record.date.month, record.date.day))
            self.start_edit.setText(vocabulary.time_text(record.start_time))
            self.end_edit.setText(vocabulary.time_text(record.end_time))
            self.place_edit.setText(record.place or "")
            self.territory_picker.set_territory_id(record.territory_id)
            self._select(self.modality_combo, record.modality)
            self.facilitators_edit.setText(record.facilitators or "")
            self.objectives_edit.setPlainText(record.objectives or "")
            self.notes_edit.setPlainText(record.notes or "")
            for component_id, check in self.component_checks.items():
                check.setChecked(component_id in data.component_ids)
        else:  # a new workshop: the default implementation, when this file has it
            self._select(self.implementation_combo,
                         self.context.settings.default_implementation or None)
        self._loaded = True
        self._set_enabled(True)
        self.title_edit.setFocus()
        self.ready.emit()

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.errors.show_general(str(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        else:
            errors.show_error(self, error)

    def _set_enabled(self, enabled: bool) -> None:
        for label in self.labels.values():
            buddy = label.buddy()
            if buddy is not None:
                buddy.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    # --- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form says, as the core's `create_workshop` takes it."""
        return {
            "title": self.title_edit.text(),
            "implementation_id": self.implementation_combo.currentData(),
            "date": self.date_edit.date().toPython(),
            "start_time": time_value(self.start_edit.text()),
            "end_time": time_value(self.end_edit.text()),
            "place": self.place_edit.text(),
            "territory_id": self.territory_picker.territory_id(),
            "modality": self.modality_combo.currentData(),
            "facilitators": self.facilitators_edit.text(),
            "objectives": self.objectives_edit.toPlainText(),
            "notes": self.notes_edit.toPlainText(),
        }

    def chosen_components(self) -> list[str]:
        return sorted(cid for cid, check in self.component_checks.items() if check.isChecked())

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self._loaded:
            return
        self.errors.clear()
        values, components = self.values(), self.chosen_components()
        store = self.context.store
        if self.record is None:
            def work(_task: object) -> Any:
                with store.unit_of_work() as session:
                    return workshops.create_workshop(session, values, components)
        else:
            record, workshop_id = self.record, self.record.id
            changes = {field: value for field, value in values.items()
                       if comparable(value) != comparable(getattr(record, field))}
            new_components = (components if components != sorted(self.component_ids)
                              else None)
            if not changes and new_components is None:
                self.accept()
                return

            def work(_task: object) -> Any:
                with store.unit_of_work() as session:
                    saved = (workshops.update_workshop(session, workshop_id, changes)
                             if changes else workshops.get_workshop(session, workshop_id)[0])
                    if new_components is not None:
                        workshops.set_components(session, workshop_id, new_components)
                    return saved
        self._busy(True)
        self.context.runner.write(
            work, on_done=lambda saved: self._saved(saved, components),
            on_error=self._failed, owner=self)

    def _saved(self, saved: Any, components: list[str]) -> None:
        self._busy(False)
        before = self.record
        if before is not None:
            changed = [field for field in FIELDS
                       if comparable(getattr(saved, field)) != comparable(
                           getattr(before, field))]
            components_changed = components != sorted(self.component_ids)
            if changed or components_changed:
                self.context.undo_stack.push(EditWorkshopCommand(
                    self.context, saved.id,
                    before=WorkshopState({f: getattr(before, f) for f in changed},
                                         self.component_ids if components_changed else None),
                    after=WorkshopState({f: getattr(saved, f) for f in changed},
                                        components if components_changed else None),
                    title=saved.title))
        self.context.changed("workshop")
        self.saved.emit(saved.id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        order = (*FIELDS[:9], "components", *FIELDS[9:])
        self.errors.show_failure(self, error, {f: self.labels[f].buddy() for f in order})

    def _busy(self, busy: bool) -> None:
        self._saving = busy
        self.buttons.setEnabled(not busy)
