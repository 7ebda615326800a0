"""The last two pages of the first-run wizard: how to work (enrol with a server now, or
offline) and the optional demo data. See `first_run_pages` for how pages and the wizard
share the work."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core import server_link
from participa_desktop.core.demo import generator
from sync.client.errors import Cancelled, SyncError

from .field_errors import error_label
from .first_run_pages import FirstRunPage, WorkStatus
from .notice import Level, Notice

if TYPE_CHECKING:
    from participa_desktop.core.demo.generator import DemoCounts
    from participa_desktop.core.store import Store

    from .tasks import Task

#: Demo data loaded on request: enough to try every screen, quick on a modest laptop.
DEMO_PARTICIPANTS = 300
DEMO_WORKSHOPS = 12


class WorkModePage(FirstRunPage):
    """(c) Enrol with a server now (address and code from the coordinator), or work
    offline and enrol later in Sincronización."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
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
        self.enrolled_label = QLabel(self)
        self.enrolled_label.setWordWrap(True)
        self.error = error_label(self, "enrol")
        self.status = WorkStatus(self)

        group = QButtonGroup(self)
        group.addButton(self.enrol_radio)
        group.addButton(self.offline_radio)
        self.enrol_radio.toggled.connect(self._enable)

        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self.code_label, self.code_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.enrol_radio)
        layout.addLayout(form)
        layout.addWidget(self.offline_radio)
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

    def _enable(self) -> None:
        wizard = self.wizard()
        enrolled = wizard is not None and wizard.link is not None
        for widget in (self.enrol_radio, self.offline_radio):
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
