"""The filters of the results screen — a period (all, this year, the last 12 months, last
year, or dates of one's own), an implementation and an organisation — turned into the
`ReportScope` every figure is read with, and remembered in the settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QWidget

from participa_desktop.core.services.choices import Choice
from participa_desktop.reports.report_scope import ReportScope

from .choice_combo import buddy_label, filter_combo, refill
from .optional_date import OptionalDateEdit
from .settings import Settings

#: Where the filters are remembered (Settings keys).
FILTER_KEY = "resultados/filtro/{name}"

#: The period choices, by code. "personalizado" takes the dates typed in.
ALL, THIS_YEAR, LAST_12_MONTHS, LAST_YEAR, CUSTOM = (
    "todo", "este_anio", "ultimos_12_meses", "anio_anterior", "personalizado")
PERIODS = (ALL, THIS_YEAR, LAST_12_MONTHS, LAST_YEAR, CUSTOM)


def period_dates(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The dates of a preset period: the last 12 months are this month and the eleven
    before it, whole."""
    if period == THIS_YEAR:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if period == LAST_YEAR:
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if period == LAST_12_MONTHS:
        months = today.year * 12 + today.month - 1 - 11
        following = dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)
        return dt.date(months // 12, months % 12 + 1, 1), following - dt.timedelta(days=1)
    return None, None


class ResultsFilterBar(QWidget):
    """`scope()` is what the person chose. `changed` is emitted when they change a filter,
    only after `set_choices` filled the lists the first time (which also applies the
    implementation and organisation remembered from the last session). The date fields are
    editable with "Personalizado" and show the dates of any other period."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._choices_set = False
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period_filter")
        for code in PERIODS:
            self.period_combo.addItem("", code)
        self.from_date = OptionalDateEdit(self)
        self.to_date = OptionalDateEdit(self)
        self.implementation_combo = filter_combo(self, "implementation_filter", 24)
        self.organization_combo = filter_combo(self, "organization_filter", 24)
        self.period_label = buddy_label(self, self.period_combo)
        self.implementation_label = buddy_label(self, self.implementation_combo)
        self.organization_label = buddy_label(self, self.organization_combo)
        self._restore()
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        for combo in (self.implementation_combo, self.organization_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.from_date.changed.connect(self._changed)
        self.to_date.changed.connect(self._changed)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.period_label, 0, 0)
        grid.addWidget(self.period_combo, 0, 1)
        grid.addWidget(self.from_date, 0, 2)
        grid.addWidget(self.to_date, 0, 3)
        grid.addWidget(self.implementation_label, 1, 0)
        grid.addWidget(self.implementation_combo, 1, 1)
        grid.addWidget(self.organization_label, 1, 2)
        grid.addWidget(self.organization_combo, 1, 3)
        grid.setColumnStretch(4, 1)
        self.retranslate()


    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Periodo:"))
        self.implementation_label.setText(self.tr("I&mplementación:"))
        self.organization_label.setText(self.tr("&Organización:"))
        self.from_date.set_check_text(self.tr("&Desde:"))
        self.to_date.set_check_text(self.tr("&Hasta:"))
        words = {ALL: self.tr("Todo el periodo"), THIS_YEAR: self.tr("Este año"),
                 LAST_12_MONTHS: self.tr("Últimos 12 meses"),
                 LAST_YEAR: self.tr("Año anterior"), CUSTOM: self.tr("Personalizado")}
        for index, code in enumerate(PERIODS):
            self.period_combo.setItemText(index, words[code])
        self.implementation_combo.setItemText(0, self.tr("Todas"))
        self.organization_combo.setItemText(0, self.tr("Todas"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- what the screen uses -------------------------------------------------------------

    def period(self) -> str:
        return self.period_combo.currentData()

    def scope(self, today: dt.date | None = None) -> ReportScope:
        """The scope chosen; a preset period is reckoned from `today` (default: now). Not
        checked: a custom period may end before it starts (`ReportScope.check`)."""
        if self.period() == CUSTOM:
            date_from, date_to = self.from_date.value(), self.to_date.value()
        else:
            date_from, date_to = period_dates(self.period(), today or dt.date.today())
        return ReportScope(date_from, date_to, self.implementation_combo.currentData(),
                           self.organization_combo.currentData())

    def set_choices(self, implementations: Sequence[Choice],
                    organizations: Sequence[Choice]) -> None:
        """Fill the lists (again), keeping what is chosen — or, the first time, what was
        chosen last session; a choice no longer offered falls back to "all". Emits
        nothing: the caller reads the figures afterwards."""
        for combo, items, name in (
            (self.implementation_combo, implementations, "implementacion"),
            (self.organization_combo, organizations, "organizacion"),
        ):
            wanted = combo.currentData() if self._choices_set else self._remembered(name)
            refill(combo, items, wanted)
        self._choices_set = True
        self._save()

    # --- the period -----------------------------------------------------------------------

    def _period_chosen(self) -> None:
        self._show_period_dates()
        self._changed()

    def _show_period_dates(self) -> None:
        """Custom: the dates are the person's to edit. Otherwise they show the period's."""
        custom = self.period() == CUSTOM
        for edit in (self.from_date, self.to_date):
            edit.setEnabled(custom)
        if custom:
            return
        date_from, date_to = period_dates(self.period(), dt.date.today())
        for edit, value in ((self.from_date, date_from), (self.to_date, date_to)):
            edit.blockSignals(True)
            try:
                edit.set_value(value)
            finally:
                edit.blockSignals(False)

    # --- remembering ----------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._choices_set:
            return  # the remembered filters apply once the lists arrive
        self._save()
        self.changed.emit()

    def _remembered(self, name: str) -> str | None:
        return self.settings.value(FILTER_KEY.format(name=name)) or None

    def _restore(self) -> None:
        period = self._remembered("periodo")
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(period), 0))
        for edit, name in ((self.from_date, "desde"), (self.to_date, "hasta")):
            text = self._remembered(name)
            try:
                edit.set_value(dt.date.fromisoformat(text) if text else None)
            except ValueError:
                edit.set_value(None)
        self._show_period_dates()

    def _save(self) -> None:
        custom = self.period() == CUSTOM
        date_from = self.from_date.value() if custom else None
        date_to = self.to_date.value() if custom else None
        for name, value in (
            ("periodo", self.period()),
            ("desde", date_from.isoformat() if date_from else ""),
            ("hasta", date_to.isoformat() if date_to else ""),
            ("implementacion", self.implementation_combo.currentData()),
            ("organizacion", self.organization_combo.currentData()),
        ):
            self.settings.set_value(FILTER_KEY.format(name=name), value or "")
