"""The agreement form: a new agreement of a workshop, or an edit of one (undoable).

Saving runs on the writer lane; bad input leaves the dialog open with the core's Spanish
message beside each field, and nothing is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import agreements
from participa_desktop.core.services.agreement_tracker import AgreementRow, TrackerChoices

from . import vocabulary
from .agreement_commands import EditAgreementCommand
from .context import AppContext
from .field_errors import FieldErrors, comparable, error_label, with_error
from .optional_date import OptionalDateEdit

#: The fields of the form, in the order of the core's `create_agreement`.
FIELDS = ("workshop_id", "text", "responsible_organization_id", "responsible_person",
          "shared_objective", "component_id", "due_date", "status", "progress")


def summary(text: str, length: int = 40) -> str:
    """The first words of an agreement, on one line."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length - 1].rstrip() + "…"


class AgreementForm(QDialog):
    """Create an agreement (`row` None) or edit `row`. On success `saved(record)` is
    emitted, the screens are told (`context.changed("agreement")`), an edit is pushed on
    the undo stack, and the dialog closes."""

    saved = Signal(object)

    def __init__(self, context: AppContext, choices: TrackerChoices,
                 row: AgreementRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_form")
        self.context = context
        self.row = row
        self._saving = False

        self.workshop_combo = QComboBox(self)
        self.workshop_combo.setEditable(True)
        self.workshop_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.workshop_combo.setMaxVisibleItems(15)
        for workshop in choices.workshops:
            self.workshop_combo.addItem(self._workshop_text(workshop.name, workshop.date),
                                        workshop.id)
        completer = QCompleter(self.workshop_combo.model(), self.workshop_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.workshop_combo.setCompleter(completer)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.organization_combo = QComboBox(self)
        self.organization_combo.addItem("", None)
        for organization in choices.organizations:
            self.organization_combo.addItem(organization.name, organization.id)
        self.person_edit = QLineEdit(self)
        self.person_edit.setMaxLength(200)
        self.objective_edit = QPlainTextEdit(self)
        self.objective_edit.setTabChangesFocus(True)
        self.objective_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.component_combo = QComboBox(self)
        self.component_combo.addItem("", None)
        for component in choices.components:
            self.component_combo.addItem(component.name, component.id)
        self.due_edit = OptionalDateEdit(self)
        self.status_combo = QComboBox(self)
        for code, _word in vocabulary.choices("agreement_status"):
            self.status_combo.addItem("", code)
        self.progress_spin = QSpinBox(self)
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSuffix(" %")

        fields: dict[str, QWidget] = {
            "workshop_id": self.workshop_combo, "text": self.text_edit,
            "responsible_organization_id": self.organization_combo,
            "responsible_person": self.person_edit, "shared_objective": self.objective_edit,
            "component_id": self.component_combo, "due_date": self.due_edit,
            "status": self.status_combo, "progress": self.progress_spin,
        }
        self.labels: dict[str, QLabel] = {}
        error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for name in FIELDS:
            label = QLabel(self)
            label.setBuddy(fields[name])
            self.labels[name] = label
            error_labels[name] = error_label(self, name)
            form.addRow(label, with_error(fields[name], error_labels[name]))
        general = error_label(self, "general")
        self.errors = FieldErrors(error_labels, general)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._fill(row)
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def _workshop_text(self, title: str, date: Any) -> str:
        return self.tr("{date} — {title}").format(date=vocabulary.date_text(date), title=title)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nuevo acuerdo") if self.row is None
                            else self.tr("Editar acuerdo"))
        texts = {
            "workshop_id": self.tr("&Taller:"),
            "text": self.tr("Te&xto del acuerdo:"),
            "responsible_organization_id": self.tr("&Organización responsable:"),
            "responsible_person": self.tr("&Persona responsable:"),
            "shared_objective": self.tr("Ob&jetivo compartido:"),
            "component_id": self.tr("Co&mponente:"),
            "due_date": self.tr("&Fecha límite:"),
            "status": self.tr("E&stado:"),
            "progress": self.tr("A&vance:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.workshop_combo.lineEdit().setPlaceholderText(
            self.tr("escriba parte del nombre o la fecha del taller"))
        self.organization_combo.setItemText(0, self.tr("(ninguna)"))
        self.component_combo.setItemText(0, self.tr("(sin componente)"))
        self.person_edit.setPlaceholderText(self.tr("nombre o cargo de quien responde"))
        self.due_edit.set_check_text(self.tr("tiene fecha límite"))
        for index in range(self.status_combo.count()):
            code = self.status_combo.itemData(index)
            self.status_combo.setItemText(index, vocabulary.word("agreement_status", code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values ---------------------------------------------------------------------------

    def _fill(self, row: AgreementRow | None) -> None:
        if row is None:
            self.workshop_combo.setCurrentIndex(-1)
            self.status_combo.setCurrentIndex(0)
            return
        self._select(self.workshop_combo, row.workshop_id)
        self.text_edit.setPlainText(row.text)
        self._select(self.organization_combo, row.responsible_organization_id)
        self.person_edit.setText(row.responsible_person or "")
        self.objective_edit.setPlainText(row.shared_objective or "")
        self._select(self.component_combo, row.component_id)
        self.due_edit.set_value(row.due_date)
        self._select(self.status_combo, row.status)
        self.progress_spin.setValue(row.progress)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0 if value is None else -1))

    def _workshop_id(self) -> str | None:
        """The chosen workshop; None when the typed text names none of the list."""
        combo = self.workshop_combo
        text = combo.currentText().strip()
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index) != text:
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else None

    def values(self) -> dict[str, Any]:
        """What the form says, as the core's `create_agreement` takes it."""
        return {
            "workshop_id": self._workshop_id(),
            "text": self.text_edit.toPlainText(),
            "responsible_organization_id": self.organization_combo.currentData(),
            "responsible_person": self.person_edit.text(),
            "shared_objective": self.objective_edit.toPlainText(),
            "component_id": self.component_combo.currentData(),
            "due_date": self.due_edit.value(),
            "status": self.status_combo.currentData(),
            "progress": self.progress_spin.value(),
        }

    def _changes(self, values: dict[str, Any]) -> dict[str, Any]:
        assert self.row is not None
        return {field: value for field, value in values.items()
                if comparable(value) != comparable(getattr(self.row, field))}

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        values = self.values()
        if values["workshop_id"] is None and self.workshop_combo.currentText().strip():
            self.errors.show({"workshop_id": self.tr(
                "Elija un taller de la lista (escriba parte de su nombre para buscarlo).")})
            self.workshop_combo.setFocus()
            return
        store = self.context.store
        if self.row is None:
            def work(_task: object) -> Any:
                with store.unit_of_work() as session:
                    return agreements.create_agreement(session, values)
        else:
            changes = self._changes(values)
            if not changes:
                self.accept()
                return
            agreement_id = self.row.id

            def work(_task: object) -> Any:
                with store.unit_of_work() as session:
                    return agreements.update_agreement(session, agreement_id, changes)
        self._busy(True)
        self.context.runner.write(work, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, record: Any) -> None:
        self._busy(False)
        if self.row is not None:
            changed = [field for field in FIELDS
                       if comparable(getattr(record, field)) != comparable(
                           getattr(self.row, field))]
            if changed:
                self.context.undo_stack.push(EditAgreementCommand(
                    self.context, record.id,
                    before={field: getattr(self.row, field) for field in changed},
                    after={field: getattr(record, field) for field in changed},
                    summary=summary(record.text)))
        self.saved.emit(record)  # before the screens reload, so the tracker can select it
        self.context.changed("agreement")
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.errors.show_failure(self, error, {f: self.labels[f].buddy() for f in FIELDS})

    def _busy(self, busy: bool) -> None:
        self._saving = busy
        self.buttons.setEnabled(not busy)
