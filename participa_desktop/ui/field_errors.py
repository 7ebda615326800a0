"""Red messages beside a form's fields: each core field name ("text", "due_date"…) has a
label under its field, hidden while empty; messages for other fields go to a general
label (so none is lost). Also what the forms share about saving: answering a failed save
(`FieldErrors.show_failure`) and comparing values as the core keeps them (`comparable`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from participa_desktop.core.validation import ValidationError

from .errors import show_error, user_message

ERROR_STYLE = "color: #b00020;"


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden, word-wrapped red label named `error_<name>` (tests find it by name)."""
    label = QLabel(parent)
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def with_error(field: QWidget, error: QLabel) -> QWidget:
    """`field` with `error` under it, as one widget for a form row."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box


class FieldErrors:
    """The error labels of one form, by core field name."""

    def __init__(self, labels: Mapping[str, QLabel], general: QLabel) -> None:
        self.labels = dict(labels)
        self.general = general

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.setVisible(False)

    def show(self, problems: Mapping[str, str]) -> None:
        """Show each message beside its field (replacing what was shown)."""
        self.clear()
        others: list[str] = []
        for field, message in problems.items():
            label = self.labels.get(field)
            if label is None:
                others.append(message)
            else:
                label.setText(message)
                label.setVisible(True)
        if others:
            self.show_general(" ".join(others))

    def show_general(self, message: str) -> None:
        self.general.setText(message)
        self.general.setVisible(True)

    def show_failure(self, parent: QWidget, error: BaseException,
                     fields: Mapping[str, QWidget]) -> None:
        """Answer a save that failed with `error`. A ValidationError: each message beside
        its field, and the focus on the first of `fields` (field name → widget, in the
        form's order) that has one. Another expected error (`errors.user_message`: the
        record is gone, the file is busy…): its message in the general label. Anything
        else: the error dialog, as unexpected."""
        if isinstance(error, ValidationError):
            self.show(error.problems)
            first = next((widget for field, widget in fields.items()
                          if field in error.problems), None)
            if first is not None:
                first.setFocus()
        elif user_message(error) is not None:
            self.show_general(str(error))
        else:
            show_error(parent, error)

    def text(self, field: str) -> str:
        """The message shown for `field` ("" when none)."""
        return self.labels.get(field, self.general).text()


def comparable(value: Any) -> Any:
    """`value` as the core keeps it, to tell whether a form changed it: texts trimmed, an
    empty one meaning none; anything else as it is."""
    if isinstance(value, str):
        return value.strip() or None
    return value
