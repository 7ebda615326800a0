"""A date field that may be left empty: a check box that says whether there is a date and
a date editor (dd/mm/yyyy, with a calendar) enabled only when there is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    """`value()` is a date or None. Tab goes to the check box first (Space ticks it), then
    to the date. The owner sets the check box's text with `set_check_text`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setEnabled(False)
        self.check.toggled.connect(self.date_edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        QWidget.setTabOrder(self.check, self.date_edit)

    def set_check_text(self, text: str) -> None:
        self.check.setText(text)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        return self.date_edit.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))
