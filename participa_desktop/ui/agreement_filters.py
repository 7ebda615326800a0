"""The tracker's filters — status, component, implementation, only overdue, words — kept in
the settings so the tracker opens as it was left."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from participa_desktop.core.services import agreement_tracker as tracker

from . import vocabulary
from .choice_combo import refill
from .settings import Settings

#: Settings keys of the remembered filters.
STATUS_KEY = "acuerdos/filtro_estado"
COMPONENT_KEY = "acuerdos/filtro_componente"
IMPLEMENTATION_KEY = "acuerdos/filtro_implementacion"
OVERDUE_KEY = "acuerdos/solo_vencidos"
SEARCH_KEY = "acuerdos/busqueda"


class AgreementFilterBar(QWidget):
    """`changed` is emitted when a filter changes (typing waits a quarter of a second);
    `filters()` says what they are. Component and implementation lists arrive with
    `set_choices`; until then their remembered choice is kept, not forgotten."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._choices_known = False
        self.status_label = QLabel(self)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem("", "")
        for code, _word in vocabulary.choices("agreement_status"):
            self.status_combo.addItem("", code)
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(settings.value(STATUS_KEY))))
        self.component_label = QLabel(self)
        self.component_combo = _combo(self)
        self.implementation_label = QLabel(self)
        self.implementation_combo = _combo(self)
        self.overdue_check = QCheckBox(self)
        self.overdue_check.setChecked(settings.value(OVERDUE_KEY) == "1")
        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setText(settings.value(SEARCH_KEY))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self._changed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, field in ((self.status_label, self.status_combo),
                             (self.component_label, self.component_combo),
                             (self.implementation_label, self.implementation_combo)):
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addWidget(self.overdue_check)
        layout.addSpacing(8)
        self.search_label.setBuddy(self.search_edit)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search_edit, 1)

        self.status_combo.currentIndexChanged.connect(self._changed)
        self.component_combo.currentIndexChanged.connect(self._changed)
        self.implementation_combo.currentIndexChanged.connect(self._changed)
        self.overdue_check.toggled.connect(self._changed)
        self.search_edit.textChanged.connect(self._typing.start)
        self.retranslate()

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Es&tado:"))
        self.status_combo.setItemText(0, self.tr("todos"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(
                index, vocabulary.word("agreement_status", self.status_combo.itemData(index)))
        self.component_label.setText(self.tr("&Componente:"))
        self.component_combo.setItemText(0, self.tr("todos"))
        self.implementation_label.setText(self.tr("I&mplementación:"))
        self.implementation_combo.setItemText(0, self.tr("todas"))
        self.overdue_check.setText(self.tr("Solo &vencidos"))
        self.search_label.setText(self.tr("&Buscar:"))
        self.search_edit.setPlaceholderText(self.tr("acuerdo, taller o responsable"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_choices(self, choices: tracker.TrackerChoices) -> None:
        """Offer these components and implementations (choosing the remembered ones)."""
        for combo, items, key in ((self.component_combo, choices.components, COMPONENT_KEY),
                                  (self.implementation_combo, choices.implementations,
                                   IMPLEMENTATION_KEY)):
            chosen = combo.currentData() if self._choices_known else self.settings.value(key)
            refill(combo, items, chosen, tooltips=True)  # long names are elided
        self._choices_known = True

    def filters(self) -> tracker.TrackerFilter:
        """What the filters say (the remembered component and implementation until the
        lists arrive)."""
        if self._choices_known:
            component = self.component_combo.currentData() or None
            implementation = self.implementation_combo.currentData() or None
        else:
            component = self.settings.value(COMPONENT_KEY) or None
            implementation = self.settings.value(IMPLEMENTATION_KEY) or None
        return tracker.TrackerFilter(
            status=self.status_combo.currentData() or None,
            component_id=component,
            implementation_id=implementation,
            overdue_only=self.overdue_check.isChecked(),
            search=self.search_edit.text().strip(),
        )

    def _changed(self) -> None:
        self._typing.stop()
        current = self.filters()
        self.settings.set_value(STATUS_KEY, current.status or "")
        self.settings.set_value(COMPONENT_KEY, current.component_id or "")
        self.settings.set_value(IMPLEMENTATION_KEY, current.implementation_id or "")
        self.settings.set_value(OVERDUE_KEY, "1" if current.overdue_only else "0")
        self.settings.set_value(SEARCH_KEY, current.search)
        self.changed.emit()


def _combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("", "")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo
