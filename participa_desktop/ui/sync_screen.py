"""The sync screen: enrol this data file with the central server and sync (F5); export a
package to a USB stick (Ctrl+E) and import packages from one, many at once (Ctrl+I); the
history of packages sent and received. One job runs at a time, on the task runner, with a
progress bar and a cancel button: the window never waits for the network or the stick.
Every failure is told in a notice (icon, heading, what to do), never as a crash. A newer
Participa+ named by the server at a sync is told at the top, with its download page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core import replication, server_link, update_notice, usb
from participa_desktop.core.usb import ImportOutcome
from sync.client.releases import AppRelease
from sync.engine.export import ExportSummary

from . import errors, package_outcomes, sync_failures, usb_places
from .context import AppContext
from .enrolment_panel import EnrolmentPanel
from .notice import Level, Notice
from .package_history import PackageHistory
from .release_notice import ReleaseNotice
from .screen import Screen
from .tasks import Task

#: Asks where to export: returns a folder, or None when the person cancelled.
ChooseFolder = Callable[[], Path | None]
#: Asks what to import: returns package files and/or folders (empty when cancelled).
ChoosePackages = Callable[[], list[Path]]


class SyncScreen(Screen):
    """Enrolment form (until enrolled), the sync and USB controls, the job's progress and
    outcome, and the history. `finished(ok, message)` is emitted when an enrolment, a sync,
    an export or an import ends (`ok` false when anything failed). `update_available(release)`
    (an AppRelease, or None) when it learns, at start or at a sync, whether a newer app
    version is to be installed.

    `choose_export_folder`, `choose_packages` and `choose_package_folder` open the file
    dialogs; tests replace them (native file dialogs cannot be driven offscreen)."""

    key = "sincronizacion"
    finished = Signal(bool, str)
    update_available = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = context.store
        self.runner = context.runner
        self.credentials_folder = context.credentials_folder
        self._task: Task | None = None
        self._link: server_link.ServerLink | None = None  # until read: offer enrolment
        self.last_import: list[ImportOutcome] = []
        #: Passed to the sync client's transport (tests: fewer retries, shorter waits).
        self.transport_options: dict[str, object] = {}
        #: Where the file dialogs open: found on the runner before each (`_find_folder`).
        self.package_folder = usb_places.documents_folder()
        self._finding_folder = False
        self.choose_export_folder: ChooseFolder = lambda: usb_places.ask_export_folder(
            self, self.package_folder)
        self.choose_packages: ChoosePackages = lambda: usb_places.ask_packages(
            self, self.package_folder)
        self.choose_package_folder: ChoosePackages = lambda: usb_places.ask_package_folder(
            self, self.package_folder)

        self.enrolment = EnrolmentPanel(self)
        self.enrolment.enrol_requested.connect(self.enrol)
        self.link_label, self.enrol_box = self.enrolment.link_label, self.enrolment.enrol_box
        self.server_edit, self.code_edit = self.enrolment.server_edit, self.enrolment.code_edit
        self.enrol_button = self.enrolment.enrol_button

        self.sync_button = QPushButton(self)
        self.sync_button.clicked.connect(self.sync_now)
        self.server_box = QGroupBox(self)
        server_row = QHBoxLayout(self.server_box)
        server_row.addWidget(self.sync_button)
        server_row.addStretch(1)

        self.export_action, self.export_button = self._usb_action(self.export_package, "Ctrl+E")
        self.import_action, self.import_button = self._usb_action(self.import_packages, "Ctrl+I")
        self.import_folder_action, self.import_folder_button = self._usb_action(
            self.import_folder)
        self.usb_box = QGroupBox(self)
        usb_row = QHBoxLayout(self.usb_box)
        for button in (self.export_button, self.import_button, self.import_folder_button):
            usb_row.addWidget(button)
        usb_row.addStretch(1)

        self.step_label = QLabel(self)
        self.step_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.notice = Notice(self)
        self.result_label = self.notice.text_label
        self.release_notice = ReleaseNotice(self)
        self.history = PackageHistory(self.store, self.runner, self)

        self._lay_out()
        self.retranslate()
        self._idle()
        self._enable()
        self.refresh()

    def _usb_action(self, slot: Callable[[], None], shortcut: str = ""
                    ) -> tuple[QAction, QPushButton]:
        """An action of the screen (the main window puts some in its File menu) and a
        button that triggers it and follows its enabled state; texts in `retranslate`
        (the button has a mnemonic of its own)."""
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        button = QPushButton(self)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return action, button

    def _lay_out(self) -> None:
        boxes = QHBoxLayout()
        boxes.addWidget(self.server_box, 1)
        boxes.addWidget(self.usb_box, 2)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.addWidget(self.release_notice)
        column.addWidget(self.enrolment)
        column.addLayout(boxes)
        column.addWidget(self.step_label)
        column.addLayout(progress_row)
        column.addWidget(self.notice)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(top)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.history)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("Sincronización")

    def retranslate(self) -> None:
        self.enrolment.retranslate()
        self.server_box.setTitle(self.tr("Con el servidor (internet)"))
        self.sync_button.setText(self.tr("&Sincronizar ahora"))
        self.sync_button.setToolTip(self.tr("Envía los cambios de este equipo y recibe los "
                                            "de los demás (F5)."))
        self.usb_box.setTitle(self.tr("Con una memoria USB (sin internet)"))
        self.export_action.setText(self.tr("&Exportar paquete…"))
        self.export_button.setText(self.tr("E&xportar paquete…"))
        self.export_action.setToolTip(self.tr(
            "Escribe en una memoria USB un paquete con todos los datos de este equipo "
            "(Ctrl+E)."))
        self.import_action.setText(self.tr("I&mportar paquetes…"))
        self.import_button.setText(self.tr("I&mportar paquetes…"))
        self.import_action.setToolTip(self.tr(
            "Recibe uno o varios paquetes de otros equipos desde una memoria USB (Ctrl+I)."))
        self.import_folder_action.setText(self.tr("Importar una carpe&ta…"))
        self.import_folder_button.setText(self.tr("Importar una carpe&ta…"))
        self.import_folder_action.setToolTip(self.tr(
            "Recibe todos los paquetes (.participa) de una carpeta."))
        for button, action in ((self.export_button, self.export_action),
                               (self.import_button, self.import_action),
                               (self.import_folder_button, self.import_folder_action)):
            button.setToolTip(action.toolTip())
        self.cancel_button.setText(self.tr("&Cancelar"))

    def activate(self) -> None:
        self.history.refresh()

    # --- enrolment and server sync -------------------------------------------------------

    def refresh(self) -> None:
        """Find out, on the task runner, whether and where this file is enrolled, and read
        the history."""
        self.enrolment.show_checking()
        store = self.store
        self.runner.run(lambda _task: server_link.read_link(store),
                        on_done=self._show_link, owner=self)
        self.runner.run(lambda _task: update_notice.remembered(store),
                        on_done=self._show_release, owner=self)
        self.history.refresh()

    def _show_release(self, release: AppRelease | None) -> None:
        self.release_notice.show_release(release)
        self.update_available.emit(self.release_notice.release)

    def _show_link(self, link: server_link.ServerLink | None) -> None:
        self._link = link
        self.enrolment.show_link(link)
        self._enable()

    def _enable(self) -> None:
        idle = self._task is None
        self.enrol_box.setVisible(self._link is None)
        self.enrol_button.setEnabled(idle)
        self.sync_button.setEnabled(self._link is not None and idle)
        for action in (self.export_action, self.import_action, self.import_folder_action):
            action.setEnabled(idle)

    def enrol(self) -> None:
        url, code = self.enrolment.typed()
        if not url or not code:
            self._show(False, self.tr("Escriba la dirección del servidor y el código."))
            return
        self._busy(self.tr("Inscribiendo…"))
        # Copied here: the work runs on a worker and must not read the screen.
        store, folder, options = self.store, self.credentials_folder, dict(
            self.transport_options)
        self._task = self.runner.run(
            lambda _task: server_link.enrol(store, url, code, credentials_folder=folder,
                                            **options),
            on_done=self._enrolled, on_error=self._failed, owner=self)

    def _enrolled(self, link: server_link.ServerLink) -> None:
        self._show_link(link)
        self._show(True, self.tr("Equipo inscrito para la organización «{org}».").format(
            org=link.organization_name), heading=self.tr("Equipo inscrito"))

    def sync_now(self) -> None:
        if self._task is not None:
            return
        self._busy(self.tr("Conectando con el servidor…"))
        store, folder, options = self.store, self.credentials_folder, dict(
            self.transport_options)
        self._task = self.runner.run(
            lambda task: server_link.sync(store, progress=task.progress,
                                          cancelled=task.cancelled, credentials_folder=folder,
                                          **options),
            on_done=self._synced, on_error=self._failed, on_progress=self._progressed,
            owner=self)

    def _synced(self, report: server_link.SyncReport) -> None:
        # Rows from other devices may have changed anything (and end what can be undone:
        # main_window); a push alone only changes what is waiting to be sent.
        self.context.changed("*" if report.rows_received or report.conflicts else "sync")
        if report.release_answered:  # an older server says nothing: keep what was known
            self._show_release(report.release)
        self._show(True, package_outcomes.synced(report),
                   heading=self.tr("Sincronización terminada"))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.step_label.setText(self.tr("Cancelando… (lo que ya terminó queda guardado)"))

    def _progressed(self, what: str, done: int, total: int) -> None:
        self.step_label.setText(package_outcomes.step_text(what))
        self._set_progress(done, total)

    def _set_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(done * 1000 // total)
        else:
            self.progress.setRange(0, 0)  # busy, amount unknown

    # --- USB packages ------------------------------------------------------------------

    def export_package(self) -> None:
        """Ask for a folder (a USB stick when one is plugged in) and write a package with
        everything in this data file there."""
        if self._task is None:
            self.context.hub.show_screen.emit(self.key)
            self._find_folder(self._export_to_chosen)

    def _export_to_chosen(self) -> None:
        folder = self.choose_export_folder()
        if folder is None:
            return
        store = self.store
        self._busy(self.tr("Escribiendo el paquete en «{folder}»…").format(folder=folder),
                   cancellable=False)
        self._task = self.runner.run(
            lambda _task: replication.export(
                store, usb.new_package_path(folder, store.device_name), peer=None),
            on_done=self._exported, on_error=self._failed, owner=self)

    def _exported(self, summary: ExportSummary) -> None:
        heading, text = package_outcomes.exported(summary)
        self._show(True, text, heading=heading)

    def import_packages(self) -> None:
        """Ask for package files (several at once) and merge them one after another."""
        if self._task is None:
            self.context.hub.show_screen.emit(self.key)
            self._find_folder(lambda: self._start_import(self.choose_packages()))

    def import_folder(self) -> None:
        """Ask for a folder and merge every package in it."""
        if self._task is None:
            self.context.hub.show_screen.emit(self.key)
            self._find_folder(lambda: self._start_import(self.choose_package_folder()))

    def _find_folder(self, then: Callable[[], None]) -> None:
        """Find where the file dialogs open (a USB stick when one is plugged in) on the
        runner — asking the drives can stall — then `then()` (asks and starts the job)."""
        if self._finding_folder:
            return
        self._finding_folder = True

        def found(folder: Path) -> None:
            self._finding_folder = False
            self.package_folder = folder
            if self._task is None:
                then()

        usb_places.find_package_folder(self.runner, self, found)

    def _start_import(self, chosen: list[Path]) -> None:
        if not chosen:
            return
        store = self.store

        def work(task: Task) -> list[ImportOutcome] | Path:
            packages = usb.package_files(chosen)
            if not packages:
                return chosen[0]
            return usb.import_packages(store, packages, cancelled=task.cancelled,
                                       progress=task.progress)

        self._busy(self.tr("Buscando los paquetes…"))
        self._task = self.runner.run(work, on_done=self._imported, on_error=self._failed,
                                     on_progress=self._import_progressed, owner=self)

    def _import_progressed(self, name: str, done: int, total: int) -> None:
        if done < total:
            self.step_label.setText(self.tr("Paquete {number} de {total}: {name}").format(
                number=done + 1, total=total, name=name))
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("paquete {number} de {total}").format(
            number=min(done + 1, total), total=total))

    def _imported(self, result: list[ImportOutcome] | Path) -> None:
        if isinstance(result, Path):
            self._show(False, package_outcomes.no_packages(result),
                       heading=self.tr("No hay paquetes"), level=Level.WARNING)
            return
        self.last_import = result
        if any(outcome.kind == usb.MERGED for outcome in result):
            self.context.changed()  # a merge may have changed anything
        level, heading, text = package_outcomes.imported(result)
        self._show(level == Level.OK, text, heading=heading, level=level, rich=True)

    # --- the job's state and outcome -------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        explanation = sync_failures.explain(error)
        if explanation is None:
            errors.show_error(self, error)  # logged, with what to do
            self._show(False, self.tr("No se pudo terminar: ocurrió un error inesperado."),
                       heading=self.tr("Error inesperado"), level=Level.ERROR)
            return
        self._show(False, explanation.text, heading=explanation.heading,
                   level=explanation.level, rich=explanation.rich)

    def _busy(self, what: str, cancellable: bool = True) -> None:
        self.notice.clear()
        self.step_label.setText(what)
        self.step_label.setVisible(True)
        self.progress.setFormat("%p %")
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(cancellable)
        self.sync_button.setEnabled(False)
        self.enrol_button.setEnabled(False)
        for action in (self.export_action, self.import_action, self.import_folder_action):
            action.setEnabled(False)

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.step_label.clear()
        self.step_label.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.cancel_button.setVisible(False)

    def _show(self, ok: bool, message: str, *, heading: str = "",
              level: Level | None = None, rich: bool = False) -> None:
        self._task = None
        self._idle()
        level = level or (Level.OK if ok else Level.ERROR)
        self.notice.show_message(level, heading, message, rich=rich)
        self._enable()
        self.history.refresh()
        self.finished.emit(ok, message)
