"""Red messages beside a form's fields: each core field name ("text", "due_date"…) has a
label under its field, hidden while empty; messages for other fields go to a general
label (so none is lost)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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

    def text(self, field: str) -> str:
        """The message shown for `field` ("" when none)."""
        return self.labels.get(field, self.general).text()
