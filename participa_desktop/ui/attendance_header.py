"""The top of the attendance screen: the workshop chooser, the button of the workshop's
documents (`workshop_documents`), the live count of people present (in large type) and,
under them, the chosen workshop's date and place."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from participa_desktop.core.services.choices import WorkshopHeading

from . import vocabulary
from .context import AppContext
from .workshop_chooser import WorkshopChooser
from .workshop_documents import WorkshopDocuments


class AttendanceHeader(QWidget):
    """Shows what the screen tells it (`show_count`, `show_workshop`), in the current
    language; `chooser` is the screen's to connect, `documents` the screen's to point at
    the workshop shown (`set_workshop`)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._chosen = False
        self._heading: WorkshopHeading | None = None
        self.chooser = WorkshopChooser(context, self)
        self.documents = WorkshopDocuments(context, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("present_count")
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.count_label.setFont(font)
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName("workshop_heading")
        self.heading_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.documents.button)
        top.addSpacing(24)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.documents.notice)
        self.setFocusProxy(self.chooser)
        self.retranslate()

    def show_count(self, count: int) -> None:
        """How many people are present."""
        self._count = count
        if count == 1:
            self.count_label.setText(self.tr("1 presente"))
        else:
            self.count_label.setText(self.tr("{count} presentes").format(count=count))

    def show_workshop(self, chosen: bool, heading: WorkshopHeading | None) -> None:
        """No workshop `chosen`: an invitation to choose one. Else the date and place of
        `heading` (None: not read yet, what is shown stays)."""
        self._chosen, self._heading = chosen, heading
        if not chosen:
            self.heading_label.setText(self.tr(
                "Elija un taller para tomar la asistencia (o créelo en «Talleres»)."))
        elif heading is not None:
            self.heading_label.setText(self.detail_text(heading))

    def detail_text(self, heading: WorkshopHeading) -> str:
        """Under the chooser: the full date and the place."""
        when = vocabulary.date_text(heading.date)
        if heading.start_time is not None:
            when = self.tr("{day}, {time}").format(
                day=when, time=vocabulary.time_text(heading.start_time))
        where = ", ".join(part for part in (heading.place, heading.territory_name) if part)
        if not where:
            return self.tr("Fecha: {when}").format(when=when)
        return self.tr("Fecha: {when} · Lugar: {where}").format(when=when, where=where)

    def retranslate(self) -> None:
        self.chooser.retranslate()
        self.documents.retranslate()
        self.show_count(self._count)
        self.show_workshop(self._chosen, self._heading)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
