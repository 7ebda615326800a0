"""The base of the registry's forms: labelled fields with a red message under each, Save
and Cancel, and saving through the task runner's writer lane.

A subclass adds its fields with `add_field(name, widget)` (name: the core's field name,
so a `ValidationError` shows each message under its own field), implements `values()`
(what to save) and `save_function()` (a pure function `(session, values) -> record` that
runs on the writer lane), and sets its texts in `retranslate()`. Saving keeps the dialog
open until the write ends: bad input shows its messages beside the fields and nothing is
saved; a good save emits `saved(record)` and closes the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from participa_desktop.core.validation import ValidationError

from ..context import AppContext
from ..errors import show_error, user_message
from ..field_errors import FieldErrors, error_label, with_error

SaveFunction = Callable[[Session, dict[str, Any]], Any]


class RecordDialog(QDialog):
    """See the module docstring. Open it with `open()` (window-modal, not blocking)."""

    #: The write succeeded: the saved record.
    saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._busy = False
        self._error_labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

        self.general_error = error_label(self, "general")
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)

    # --- building -------------------------------------------------------------------------

    def add_field(self, name: str, widget: QWidget, *, aliases: tuple[str, ...] = (),
                  form: QFormLayout | None = None) -> QLabel:
        """Add a row: a label (its buddy is `widget`; the caller sets its text) and the
        widget with its error label under it. Messages for `name` and `aliases` show there."""
        if isinstance(widget, QComboBox):  # long names must not widen the form
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(16)
        label = QLabel(widget.parentWidget() or self.body)
        label.setBuddy(widget)
        error = error_label(widget.parentWidget() or self.body, name)
        for field in (name, *aliases):
            self._error_labels[field] = error
            self._fields[field] = widget
        (form or self.form).addRow(label, with_error(widget, error))
        return label

    @property
    def errors(self) -> FieldErrors:
        return FieldErrors(self._error_labels, self.general_error)

    # --- to implement -----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def save_function(self) -> SaveFunction:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Guardar"))
        self.cancel_button.setText(self.tr("Cancelar"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Save what the form holds (ignored while a save is running)."""
        if self._busy:
            return
        self.errors.clear()
        values = self.values()
        work = self.save_function()
        store = self.context.store

        def write(_task: object) -> Any:
            with store.unit_of_work() as session:
                return work(session, values)

        self._set_busy(True)
        self.context.runner.write(write, on_done=self._saved, on_error=self._failed,
                                  owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    def _saved(self, record: Any) -> None:
        self._set_busy(False)
        self.saved.emit(record)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            self.show_problems(error.problems)
        elif user_message(error) is not None:
            self.errors.show_general(str(error))
        else:
            show_error(self, error)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Each message beside its field; the first field with one gets the focus."""
        self.errors.show(problems)
        for field in problems:
            widget = self._fields.get(field)
            if widget is not None:
                widget.setFocus()
                self.scroll.ensureWidgetVisible(widget)
                break
