"""The top of the sync screen: whether and where this data file is enrolled, in a sentence,
and, until it is, the form to enrol it (the server's address and the enrolment code a
coordinator gives)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.server_link import ServerLink


class EnrolmentPanel(QWidget):
    """Shows what the screen tells it (`show_checking`, `show_link`); `enrol_requested`
    when the button is pressed or Enter is pressed in the code."""

    enrol_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._link: ServerLink | None = None
        self._link_known = False
        self.link_label = QLabel(self)
        self.link_label.setWordWrap(True)
        self.enrol_box = QGroupBox(self)
        self.server_edit = QLineEdit(self.enrol_box)
        self.code_edit = QLineEdit(self.enrol_box)
        self.enrol_button = QPushButton(self.enrol_box)
        self.enrol_button.clicked.connect(self.enrol_requested)
        self.code_edit.returnPressed.connect(self.enrol_requested)
        self.server_label = QLabel(self.enrol_box)
        self.server_label.setBuddy(self.server_edit)
        self.code_label = QLabel(self.enrol_box)
        self.code_label.setBuddy(self.code_edit)
        form = QFormLayout(self.enrol_box)
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self.code_label, self.code_edit)
        form.addRow("", self.enrol_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.link_label)
        layout.addWidget(self.enrol_box)
        self.retranslate()

    def typed(self) -> tuple[str, str]:
        """(server address, enrolment code) as typed, trimmed."""
        return self.server_edit.text().strip(), self.code_edit.text().strip()

    def show_checking(self) -> None:
        """Say that the enrolment is being read."""
        self.link_label.setText(self.tr("Revisando la inscripción de este equipo…"))

    def show_link(self, link: ServerLink | None) -> None:
        """Where this file is enrolled, or (None) that it is not and how to enrol it."""
        self._link, self._link_known = link, True
        if link is None:
            self.link_label.setText(self.tr(
                "Este equipo todavía no está inscrito en un servidor. Con la dirección y el "
                "código que le dé su coordinador(a), inscríbalo una vez; después podrá "
                "sincronizar cuando tenga conexión. Sin internet, intercambie paquetes con "
                "una memoria USB."))
        else:
            self.link_label.setText(self.tr(
                "Inscrito en «{server}» ({url}) para la organización «{org}»."
            ).format(server=link.server_name, url=link.url, org=link.organization_name))

    def retranslate(self) -> None:
        self.enrol_box.setTitle(self.tr("Inscribir este equipo en el servidor"))
        self.server_edit.setPlaceholderText(self.tr("https://sincronizacion.ejemplo.org"))
        self.code_edit.setPlaceholderText(self.tr("código que le dio su coordinador(a)"))
        self.enrol_button.setText(self.tr("I&nscribir"))
        self.server_label.setText(self.tr("&Dirección del servidor:"))
        self.code_label.setText(self.tr("C&ódigo de inscripción:"))
        if self._link_known:
            self.show_link(self._link)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
