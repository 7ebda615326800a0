"""The filters of the workshop list: implementation, component, municipality, modality and
a date range, remembered in the settings between sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from participa_desktop.core.services.choices import Choice
from participa_desktop.core.services.workshops import WorkshopFilter

from . import vocabulary
from .choice_combo import buddy_label, filter_combo, refill
from .optional_date import OptionalDateEdit
from .settings import Settings

#: Where the filters are remembered (Settings keys).
FILTER_KEY = "talleres/filtro/{name}"


class WorkshopFilterBar(QWidget):
    """`filters()` is what the person chose. `changed` is emitted when they change one —
    only after `set_choices` filled the lists the first time, which also applies the
    filters remembered from the last session."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._choices_set = False
        self.implementation_combo = filter_combo(self, "implementation_filter", 14)
        self.component_combo = filter_combo(self, "component_filter", 14)
        self.territory_combo = filter_combo(self, "territory_filter", 14)
        self.modality_combo = filter_combo(self, "modality_filter", 14)
        for code, _word in vocabulary.choices("modality"):
            self.modality_combo.addItem("", code)
        self.from_date = OptionalDateEdit(self)
        self.to_date = OptionalDateEdit(self)
        self.implementation_label = buddy_label(self, self.implementation_combo)
        self.component_label = buddy_label(self, self.component_combo)
        self.territory_label = buddy_label(self, self.territory_combo)
        self.modality_label = buddy_label(self, self.modality_combo)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self._restore()
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._changed)
        self.from_date.changed.connect(self._changed)
        self.to_date.changed.connect(self._changed)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.implementation_label, 0, 0)
        grid.addWidget(self.implementation_combo, 0, 1)
        grid.addWidget(self.component_label, 0, 2)
        grid.addWidget(self.component_combo, 0, 3)
        grid.addWidget(self.territory_label, 0, 4)
        grid.addWidget(self.territory_combo, 0, 5)
        grid.addWidget(self.modality_label, 1, 0)
        grid.addWidget(self.modality_combo, 1, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.from_date)
        dates.addSpacing(12)
        dates.addWidget(self.to_date)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        grid.addLayout(dates, 1, 2, 1, 4)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.retranslate()


    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.implementation_combo, self.component_combo, self.territory_combo,
                self.modality_combo)

    def retranslate(self) -> None:
        self.implementation_label.setText(self.tr("I&mplementación:"))
        self.component_label.setText(self.tr("&Componente:"))
        self.territory_label.setText(self.tr("M&unicipio:"))
        self.modality_label.setText(self.tr("M&odalidad:"))
        self.from_date.set_check_text(self.tr("&Desde:"))
        self.to_date.set_check_text(self.tr("&Hasta:"))
        self.clear_button.setText(self.tr("Lim&piar filtros"))
        self.implementation_combo.setItemText(0, self.tr("Todas"))
        self.component_combo.setItemText(0, self.tr("Todos"))
        self.territory_combo.setItemText(0, self.tr("Todos"))
        self.modality_combo.setItemText(0, self.tr("Todas"))
        for index in range(1, self.modality_combo.count()):
            code = self.modality_combo.itemData(index)
            self.modality_combo.setItemText(index, vocabulary.word("modality", code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- what the screen uses -------------------------------------------------------------

    def filters(self) -> WorkshopFilter:
        return WorkshopFilter(
            implementation_id=self.implementation_combo.currentData(),
            component_id=self.component_combo.currentData(),
            territory_id=self.territory_combo.currentData(),
            date_from=self.from_date.value(),
            date_to=self.to_date.value(),
            modality=self.modality_combo.currentData(),
        )

    def set_choices(self, implementations: Sequence[Choice], components: Sequence[Choice],
                    territories: Sequence[Choice]) -> None:
        """Fill the lists (again), keeping what is chosen — or, the first time, what was
        chosen last session; a choice no longer offered falls back to "all". Emits
        nothing: the caller reads the list afterwards."""
        for combo, items, name in (
            (self.implementation_combo, implementations, "implementacion"),
            (self.component_combo, components, "componente"),
            (self.territory_combo, territories, "municipio"),
        ):
            wanted = combo.currentData() if self._choices_set else self._remembered(name)
            refill(combo, items, wanted)
        self._choices_set = True
        self._save()

    def clear(self) -> None:
        """Back to every workshop (one `changed`)."""
        widgets = (*self._combos(), self.from_date, self.to_date)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo in self._combos():
                combo.setCurrentIndex(0)
            self.from_date.set_value(None)
            self.to_date.set_value(None)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._changed()

    # --- remembering ----------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._choices_set:
            return  # the remembered filters apply once the lists arrive
        self._save()
        self.changed.emit()

    def _remembered(self, name: str) -> str | None:
        return self.settings.value(FILTER_KEY.format(name=name)) or None

    def _restore(self) -> None:
        modality = self._remembered("modalidad")
        self.modality_combo.setCurrentIndex(
            max(self.modality_combo.findData(modality), 0) if modality else 0)
        for edit, name in ((self.from_date, "desde"), (self.to_date, "hasta")):
            text = self._remembered(name)
            try:
                edit.set_value(dt.date.fromisoformat(text) if text else None)
            except ValueError:
                edit.set_value(None)

    def _save(self) -> None:
        chosen = self.filters()
        for name, value in (
            ("implementacion", chosen.implementation_id),
            ("componente", chosen.component_id),
            ("municipio", chosen.territory_id),
            ("modalidad", chosen.modality),
            ("desde", chosen.date_from.isoformat() if chosen.date_from else ""),
            ("hasta", chosen.date_to.isoformat() if chosen.date_to else ""),
        ):
            self.settings.set_value(FILTER_KEY.format(name=name), value or "")
