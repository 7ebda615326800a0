"""Choosing the workshop to take attendance at: a labelled combo of today's and recent
workshops (today's first), read through the task runner."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from participa_desktop.core.services.choices import WorkshopHeading

from . import vocabulary
from .attendance_roster import load_choices
from .context import AppContext


class WorkshopChooser(QWidget):
    """`chosen(workshop_id)` when the user picks a workshop; `loaded()` when the list was
    (re)read. `set_current` shows a workshop without emitting `chosen`."""

    chosen = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._headings: list[WorkshopHeading] = []
        self._current: str | None = None
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("workshop_combo")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(40)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)
        self.combo.activated.connect(self._activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.setFocusProxy(self.combo)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Taller:"))
        self.combo.setAccessibleName(self.tr("Taller"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self, also: str | None = None) -> None:
        """Read today's and recent workshops again (plus `also`, however old)."""
        store = self.context.store
        self.context.runner.run(lambda _task: load_choices(store, dt.date.today(), also),
                                on_done=self._arrived, owner=self)

    def headings(self) -> list[WorkshopHeading]:
        return list(self._headings)

    def offers(self, workshop_id: str) -> bool:
        return any(heading.id == workshop_id for heading in self._headings)

    def set_current(self, workshop_id: str | None) -> None:
        self._current = workshop_id
        index = self.combo.findData(workshop_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def choice_text(self, heading: WorkshopHeading) -> str:
        """"hoy 09:00 · Title" ("24/11/2026 09:00 · Title" on another day)."""
        day = (self.tr("hoy") if heading.date == dt.date.today()
               else vocabulary.date_text(heading.date))
        when = day if heading.start_time is None else self.tr("{day} {time}").format(
            day=day, time=vocabulary.time_text(heading.start_time))
        return self.tr("{when} · {title}").format(when=when, title=heading.title)

    def _arrived(self, headings: list[WorkshopHeading]) -> None:
        self._headings = headings
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            if not self._headings:
                self.combo.addItem(self.tr("(no hay talleres recientes)"), None)
            for heading in self._headings:
                self.combo.addItem(self.choice_text(heading), heading.id)
        finally:
            self.combo.blockSignals(False)
        self.set_current(self._current)

    def _activated(self, index: int) -> None:
        workshop_id = self.combo.itemData(index)
        if isinstance(workshop_id, str):
            self._current = workshop_id
            self.chosen.emit(workshop_id)
