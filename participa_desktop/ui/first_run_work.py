"""The last two pages of the first-run wizard: how to work (enrol with a server now, or
offline) and the optional demo data. See `first_run_pages` for how pages and the wizard
share the work."""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core import server_link
from participa_desktop.core.demo import generator
from sync.client.errors import Cancelled, Refused, SyncError

from .field_errors import error_label
from .first_run_pages import FirstRunPage, WorkStatus
from .notice import Level, Notice

if TYPE_CHECKING:
    from participa_desktop.core.demo.generator import DemoCounts
    from participa_desktop.core.provisioning import Provisioning
    from participa_desktop.core.store import Store

    from .tasks import Task

#: Demo data loaded on request: enough to try every screen, quick on a modest laptop.
DEMO_PARTICIPANTS = 300
DEMO_WORKSHOPS = 12


class WorkModePage(FirstRunPage):
    """(c) Enrol with a server now (address and code from the coordinator), or work
    offline and enrol later in Sincronización. A provisioning file (found at start, or
    chosen here) fills in the server and the code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._provisioned: Provisioning | None = None
        self._refused: tuple[Path, str] | None = None
        self._code_sent = ""
        self.enrol_radio = QRadioButton(self)
        self.enrol_radio.setObjectName("enrol")
        self.server_edit = QLineEdit(self)
        self.server_edit.setObjectName("server_url")
        self.server_label = QLabel(self)
        self.server_label.setBuddy(self.server_edit)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("code")
        self.code_label = QLabel(self)
        self.code_label.setBuddy(self.code_edit)
        self.offline_radio = QRadioButton(self)
        self.offline_radio.setObjectName("offline")
        self.offline_radio.setChecked(True)
        self.provisioning_button = QPushButton(self)
        self.provisioning_button.setObjectName("use_provisioning")
        self.provisioning_button.clicked.connect(self._choose_provisioning)
        self.enrolled_label = QLabel(self)
        self.enrolled_label.setWordWrap(True)
        self.error = error_label(self, "enrol")
        self.status = WorkStatus(self)
        self.notice = Notice(self)  # made last: the choices come first in tab order

        group = QButtonGroup(self)
        group.addButton(self.enrol_radio)
        group.addButton(self.offline_radio)
        self.enrol_radio.toggled.connect(self._enable)

        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self.code_label, self.code_edit)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.provisioning_button)
        choose_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.enrol_radio)
        layout.addLayout(form)
        layout.addWidget(self.offline_radio)
        layout.addSpacing(8)
        layout.addLayout(choose_row)
        layout.addWidget(self.enrolled_label)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._enable()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Cómo va a trabajar"))
        self.server_edit.setPlaceholderText(self.tr("https://sincronizacion.ejemplo.org"))
        self.intro.setText(self.tr(
            "Si su coordinador(a) le dio la dirección de un servidor y un código de "
            "inscripción, inscriba este equipo para enviar y recibir datos. Si no, trabaje "
            "sin conexión: podrá inscribirlo después en la pantalla Sincronización."))
        self.enrol_radio.setText(self.tr("&Inscribir con un servidor"))
        self.server_label.setText(self.tr("&Dirección del servidor:"))
        self.code_label.setText(self.tr("&Código de inscripción:"))
        self.code_edit.setPlaceholderText(self.tr("el código que le dio su coordinador(a)"))
        self.offline_radio.setText(self.tr("Trabajar &sin conexión por ahora"))
        self.provisioning_button.setText(self.tr("&Usar un archivo de aprovisionamiento…"))
        self.provisioning_button.setToolTip(self.tr(
            "El archivo que su organización entrega junto al instalador "
            "(participa-aprovisionamiento.json)"))
        self._show_link()

    def initializePage(self) -> None:
        self._show_link()
        self._enable()

    def _show_link(self) -> None:
        wizard = self.wizard()
        link = wizard.link if wizard is not None else None
        self.enrolled_label.setVisible(link is not None)
        if link is not None:
            self.enrolled_label.setText(self.tr(
                "Este archivo está inscrito en «{server}» para la organización «{org}»."
            ).format(server=link.server_name, org=link.organization_name))
        self._show_provisioning()

    # --- provisioning ---------------------------------------------------------------------

    def apply_provisioning(self, found: Provisioning) -> None:
        """Fill in what a valid provisioning file says: enrol with its server, with its
        code (when it has one; else the field is left for the person's code)."""
        self._provisioned, self._refused = found, None
        self.enrol_radio.setChecked(True)
        self.server_edit.setText(found.server_url)
        self.code_edit.setText(found.enrolment_code or "")
        self.error.setVisible(False)
        self._show_provisioning()

    def show_refused(self, path: Path, reason: str) -> None:
        """Say why a chosen provisioning file is not used; nothing else changes."""
        self._refused = (path, reason)
        self._show_provisioning()

    def _show_provisioning(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.link is not None:
            self.notice.clear()  # enrolled: the line above says where
        elif self._refused is not None:
            path, reason = self._refused
            self.notice.show_message(
                Level.WARNING, self.tr("No se usó el archivo de aprovisionamiento"),
                reason + "\n" + self.tr("Archivo: {path}").format(path=path))
        elif self._provisioned is not None:
            found = self._provisioned
            self.notice.show_message(
                Level.INFO, self.tr("Configuración de «{org}» (archivo de aprovisionamiento)"
                                    ).format(org=found.organization_name),
                self.tr("La dirección del servidor y el código de inscripción ya están "
                        "escritos. Revíselos y siga para inscribir este equipo.")
                if found.enrolment_code else
                self.tr("La dirección del servidor ya está escrita. Escriba el código de "
                        "inscripción que le dio su coordinador(a) y siga."))
        else:
            self.notice.clear()

    def _choose_provisioning(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Elegir un archivo de aprovisionamiento"), str(Path.home()),
            self.tr("Archivos de aprovisionamiento (*.json);;Todos los archivos (*)"))
        if name:
            self.wizard().use_provisioning(Path(name))

    def _is_provisioned_code(self, code: str) -> bool:
        found = self._provisioned
        return found is not None and found.enrolment_code is not None \
            and found.enrolment_code.strip() == code.strip()

    def _enable(self) -> None:
        wizard = self.wizard()
        enrolled = wizard is not None and wizard.link is not None
        for widget in (self.enrol_radio, self.offline_radio, self.provisioning_button):
            widget.setEnabled(not enrolled)
        for widget in (self.server_label, self.server_edit, self.code_label, self.code_edit):
            widget.setEnabled(self.enrol_radio.isChecked() and not enrolled)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        self.error.setVisible(False)
        if wizard.link is not None or self.offline_radio.isChecked():
            return True
        url, code = self.server_edit.text().strip(), self.code_edit.text().strip()
        if not url or not code:
            self._problem(self.tr("Escriba la dirección del servidor y el código de "
                                  "inscripción, o elija trabajar sin conexión."),
                          self.code_edit if url else self.server_edit)
            return False
        self._code_sent = code
        self.status.busy(self.tr("Inscribiendo este equipo en el servidor…"))
        store, folder = wizard.store, wizard.credentials_folder
        assert store is not None
        wizard.work(lambda task: server_link.enrol(store, url, code, credentials_folder=folder,
                                                   cancelled=task.cancelled),
                    on_done=self._enrolled, on_error=self._failed, page=self,
                    cancellable=True)
        return False

    def _enrolled(self, link: server_link.ServerLink) -> None:
        self.status.clear()
        self.wizard().link = link
        self._show_link()
        self._enable()

    def _failed(self, error: BaseException) -> bool:
        self.status.clear()
        if isinstance(error, Cancelled):
            self._problem(self.tr("Inscripción cancelada. Puede intentarlo de nuevo o "
                                  "trabajar sin conexión por ahora."), self.server_edit)
        elif isinstance(error, Refused) and self._is_provisioned_code(self._code_sent):
            # Codes are single-use: a file handed to many people enrols the first only.
            self._problem(self.tr(
                "El código de inscripción del archivo de aprovisionamiento ya se usó, venció o "
                "no es válido. Cada código inscribe un solo equipo: si el archivo se repartió "
                "a varias personas, pida a su coordinador(a) un código personal, escríbalo en "
                "«Código de inscripción» y vuelva a intentarlo."), self.code_edit)
            self.code_edit.selectAll()
        elif isinstance(error, SyncError):
            self._problem(str(error), self.server_edit)
        else:
            return False
        return True

    def _problem(self, message: str, field: QWidget) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        field.setFocus()


class DemoPage(FirstRunPage):
    """(d) Optionally fill a new, offline file with invented people and workshops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.demo_check = QCheckBox(self)
        self.demo_check.setObjectName("demo")
        self.warning = Notice(self)
        self.unavailable = QLabel(self)
        self.unavailable.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label(self, "demo")
        self.status = WorkStatus(self)
        self.demo_check.toggled.connect(self._show_warning)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.demo_check)
        layout.addWidget(self.warning)
        layout.addWidget(self.unavailable)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        self.retranslate()

    @property
    def available(self) -> bool:
        """Demo data only goes into a file just created that is not enrolled: invented
        people must never reach an organisation's server nor mix with real records."""
        wizard = self.wizard()
        return wizard is not None and wizard.created and wizard.link is None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Datos de demostración"))
        self.intro.setText(self.tr(
            "Para conocer la aplicación antes de trabajar con datos reales, puede cargar "
            "personas, talleres y acuerdos inventados."))
        self.demo_check.setText(self.tr(
            "&Cargar datos de demostración para probar la aplicación"))
        self.unavailable.setText(self.tr(
            "Los datos de demostración solo se pueden cargar en un archivo nuevo que "
            "trabaja sin conexión."))
        self._show_warning()
        self._show_summary()

    def initializePage(self) -> None:
        available = self.available
        self.demo_check.setEnabled(available and not self.wizard().demo_loaded)
        if not available:
            self.demo_check.setChecked(False)
        self.unavailable.setVisible(not available)
        self._show_summary()

    def _show_warning(self) -> None:
        if not self.demo_check.isChecked():
            self.warning.clear()
            return
        self.warning.show_message(Level.WARNING, self.tr("Son datos inventados"), self.tr(
            "Se cargarán {people} personas y {workshops} talleres que no existen. Use este "
            "archivo solo para practicar y no lo inscriba en el servidor de su "
            "organización; para trabajar de verdad, cree después otro archivo."
        ).format(people=DEMO_PARTICIPANTS, workshops=DEMO_WORKSHOPS))

    def _show_summary(self) -> None:
        wizard = self.wizard()
        if wizard is None or wizard.store is None:
            self.summary.clear()
            return
        self.summary.setText(self.tr("Al finalizar se abrirá el archivo «{path}».").format(
            path=wizard.store.path))

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if not self.demo_check.isChecked() or wizard.demo_loaded:
            return True
        self.error.setVisible(False)
        self.status.step(self.tr("Cargando datos de demostración…"), 0, 1)
        store = wizard.store
        assert store is not None
        wizard.work(lambda task: load_demo(store, task), on_done=self._loaded,
                    on_error=self._failed, on_progress=self._progressed, page=self)
        return False

    def _progressed(self, _what: str, done: int, total: int) -> None:
        self.status.step(self.tr("Cargando datos de demostración…"), done, total)

    def _loaded(self, _result: object) -> None:
        self.status.clear()
        self.wizard().demo_loaded = True
        self.demo_check.setEnabled(False)

    def _failed(self, _error: BaseException) -> bool:
        self.status.clear()
        return False  # unexpected: the error dialog says it


def load_demo(store: Store, task: Task) -> DemoCounts:
    """Fill `store` with the demo data set in one unit of work (all or nothing), reporting
    progress as (step done, steps). Runs on a worker thread."""
    steps = 4  # the steps `populate` announces
    started = 0

    def announced(_message: str) -> None:
        nonlocal started
        task.progress("", started, steps)
        started += 1

    with store.unit_of_work() as session:
        counts = generator.populate(session, random.Random(), DEMO_PARTICIPANTS,
                                    DEMO_WORKSHOPS, announced)
    task.progress("", steps, steps)
    return counts
