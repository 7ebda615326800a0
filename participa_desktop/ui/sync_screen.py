"""The sync screen: enrol this data file with the central server, then sync with a
progress bar and a cancel button; the window never waits for the network."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core import server_link
from sync.client.errors import SyncError

from .context import AppContext
from .screen import Screen
from .tasks import Task


class SyncScreen(Screen):
    """Enrolment form (until enrolled) and the sync controls. `finished(ok, message)` is
    emitted when an enrolment or a sync ends."""

    key = "sincronizacion"
    finished = Signal(bool, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = context.store
        self.runner = context.runner
        self.credentials_folder = context.credentials_folder
        self._task: Task | None = None
        self._link: server_link.ServerLink | None = None  # until read: offer enrolment
        self._link_known = False

        self.link_label = QLabel(self)
        self.link_label.setWordWrap(True)

        self.enrol_box = QGroupBox(self)
        self.server_edit = QLineEdit(self.enrol_box)
        self.server_edit.setPlaceholderText("https://sincronizacion.ejemplo.org")
        self.code_edit = QLineEdit(self.enrol_box)
        self.enrol_button = QPushButton(self.enrol_box)
        self.enrol_button.clicked.connect(self.enrol)
        form = QFormLayout(self.enrol_box)
        self.server_label = QLabel(self.enrol_box)
        self.server_label.setBuddy(self.server_edit)
        self.code_label = QLabel(self.enrol_box)
        self.code_label.setBuddy(self.code_edit)
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self.code_label, self.code_edit)
        form.addRow("", self.enrol_button)

        self.sync_button = QPushButton(self)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.step_label = QLabel(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.link_label)
        layout.addWidget(self.enrol_box)
        layout.addLayout(buttons)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.retranslate()
        self._idle()
        self._enable()
        self.refresh()

    def title(self) -> str:
        return self.tr("Sincronización")

    def retranslate(self) -> None:
        self.enrol_box.setTitle(self.tr("Inscribir este equipo en el servidor"))
        self.code_edit.setPlaceholderText(self.tr("código que le dio su coordinador(a)"))
        self.enrol_button.setText(self.tr("&Inscribir"))
        self.server_label.setText(self.tr("&Dirección del servidor:"))
        self.code_label.setText(self.tr("C&ódigo de inscripción:"))
        self.sync_button.setText(self.tr("&Sincronizar ahora"))
        self.cancel_button.setText(self.tr("&Cancelar"))
        if self._link_known:
            self._show_link(self._link)

    def refresh(self) -> None:
        """Find out, on the task runner, whether and where this file is enrolled."""
        self.link_label.setText(self.tr("Revisando la inscripción de este equipo…"))
        self.runner.run(lambda _task: server_link.read_link(self.store),
                        on_done=self._show_link, owner=self)

    def _show_link(self, link: server_link.ServerLink | None) -> None:
        self._link = link
        self._link_known = True
        if link is None:
            self.link_label.setText(self.tr(
                "Este equipo todavía no está inscrito en un servidor. Con la dirección y el "
                "código que le dé su coordinador(a), inscríbalo una vez; después podrá "
                "sincronizar cuando tenga conexión."))
        else:
            self.link_label.setText(self.tr(
                "Inscrito en «{server}» ({url}) para la organización «{org}»."
            ).format(server=link.server_name, url=link.url, org=link.organization_name))
        self._enable()

    def _enable(self) -> None:
        self.enrol_box.setVisible(self._link is None)
        self.sync_button.setEnabled(self._link is not None and self._task is None)

    def enrol(self) -> None:
        url, code = self.server_edit.text().strip(), self.code_edit.text().strip()
        if not url or not code:
            self._show(False, self.tr("Escriba la dirección del servidor y el código."))
            return
        self._busy(self.tr("Inscribiendo…"))
        self._task = self.runner.run(
            lambda _task: server_link.enrol(self.store, url, code,
                                            credentials_folder=self.credentials_folder),
            on_done=self._enrolled,
            on_error=self._failed,
            owner=self,
        )

    def _enrolled(self, link: server_link.ServerLink) -> None:
        self._show_link(link)
        self._show(True, self.tr("Equipo inscrito para la organización «{org}».").format(
            org=link.organization_name))

    def sync_now(self) -> None:
        self._busy(self.tr("Conectando con el servidor…"))
        self._task = self.runner.run(
            lambda task: server_link.sync(self.store, progress=task.progress,
                                          cancelled=task.cancelled,
                                          credentials_folder=self.credentials_folder),
            on_done=self._synced,
            on_error=self._failed,
            on_progress=self._progressed,
            owner=self,
        )

    def _synced(self, report: server_link.SyncReport) -> None:
        self.context.changed()  # a pull may have changed anything
        self._show(True, report.describe())

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.step_label.setText(self.tr("Cancelando…"))

    def _progressed(self, what: str, done: int, total: int) -> None:
        self.step_label.setText(what)
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(done * 1000 // total)
        else:
            self.progress.setRange(0, 0)  # busy, amount unknown

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SyncError):
            self._show(False, str(error))
        else:
            self._show(False, self.tr("Error inesperado: {error}").format(error=error))

    def _busy(self, what: str) -> None:
        self.result_label.clear()
        self.step_label.setText(what)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.sync_button.setEnabled(False)
        self.enrol_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.step_label.clear()
        self.cancel_button.setEnabled(False)
        self.enrol_button.setEnabled(True)

    def _show(self, ok: bool, message: str) -> None:
        self._task = None
        self._idle()
        self.result_label.setText(message)
        self._enable()
        self.finished.emit(ok, message)
