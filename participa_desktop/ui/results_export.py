"""The results report from the app: "Exportar informe de resultados…" on the Resultados
screen writes `reports.results_report` for the scope the screen shows, on the task runner,
with a progress bar and Cancel; the outcome (or the reason nothing was written) appears in
a notice with buttons to open the workbook or its folder.

Personal data is left out unless "Incluir datos personales" is ticked (people then appear
with names and documents; otherwise with their stable code). Keys: Ctrl+Shift+R starts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QWidget,
)

from participa_desktop.reports.report_scope import ReportScope, ScopeError
from participa_desktop.reports.results_report import (
    ReportCancelled,
    ReportOutcome,
    write_results_report,
)
from participa_desktop.reports.xlsx import ExportError

from . import errors
from .context import AppContext
from .notice import Level
from .saved_file_notice import SavedFileNotice
from .tasks import Task
from .workshop_documents import ChooseFile, ask_save_path, remember_folder, start_folder


class ResultsExport(QObject):
    """The export controls (`bar`: button, tick box, progress, Cancel) and `notice`.
    `scope` is asked for when the export starts. `finished` is emitted when an export is
    over (written, failed or cancelled); `last_outcome` is the last report written."""

    finished = Signal()

    def __init__(self, context: AppContext, parent: QWidget,
                 scope: Callable[[], ReportScope]) -> None:
        super().__init__(parent)
        self.context = context
        self.host = parent
        self.scope = scope
        self.task: Task | None = None
        self.last_outcome: ReportOutcome | None = None
        self.choose_file: ChooseFile = lambda caption, suggested, name_filter: ask_save_path(
            parent, caption, suggested, name_filter)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        self.action = QAction(parent)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.triggered.connect(self.start)
        parent.addAction(self.action)
        self.button = QPushButton(parent)
        self.button.setObjectName("report_button")
        self.button.clicked.connect(self.start)
        self.personal = QCheckBox(parent)
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(parent)
        self.cancel_button.clicked.connect(self.cancel)
        self.bar = QHBoxLayout()
        for widget in (self.button, self.personal, self.progress, self.cancel_button):
            self.bar.addWidget(widget)

        self.notice = SavedFileNotice(parent, self._open)
        self.open_file_button = self.notice.open_file_button
        self.open_folder_button = self.notice.open_folder_button
        self._set_busy(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Exportar &informe de resultados…"))
        self.button.setToolTip(self.tr("Libro de Excel con el resumen, sus gráficos y las "
                                       "hojas de datos del periodo elegido (Ctrl+Mayús+R)"))
        self.action.setText(self.button.text())
        self.personal.setText(self.tr("Incluir datos pe&rsonales"))
        self.personal.setToolTip(self.tr(
            "Sin esta casilla, cada persona aparece con un código estable y sin nombre, "
            "documento ni teléfono (Ley 1581 de 2012)."))
        self.cancel_button.setText(self.tr("Cancelar"))
        self.open_file_button.setText(self.tr("A&brir el archivo"))
        self.open_folder_button.setText(self.tr("Abrir la &carpeta"))

    # --- the job --------------------------------------------------------------------------

    def start(self) -> None:
        """Ask where to save, then write the report of the screen's scope on the runner."""
        if self.task is not None:
            return
        scope = self.scope()
        chosen = self.choose_file(self.tr("Guardar el informe de resultados"),
                                  start_folder(self.context.settings)
                                  / "informe-de-resultados.xlsx",
                                  self.tr("Libro de Excel (*.xlsx)"))
        if chosen is None:
            self.finished.emit()
            return
        if chosen.suffix.lower() != ".xlsx":
            chosen = chosen.with_name(chosen.name + ".xlsx")
        remember_folder(self.context.settings, chosen)
        store, personal = self.context.store, self.personal.isChecked()
        self.notice.clear()
        self.progress.setRange(0, 0)

        def write(task: Task) -> ReportOutcome:
            return write_results_report(store, chosen, scope, personal, task.progress,
                                        task.cancelled)

        self.task = self.context.runner.run(
            write, on_done=self._written_ok, on_error=lambda error: self._failed(error, chosen),
            on_progress=self._progress, owner=self)
        self._set_busy(True)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, what: str, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.setFormat(f"%p % · {what}" if total else what)
        self.progress.setToolTip(what)

    def _written_ok(self, outcome: ReportOutcome) -> None:
        self._set_busy(False)
        self.last_outcome = outcome
        workshops = (self.tr("1 taller") if outcome.workshops == 1 else
                     self.tr("{n} talleres").format(n=outcome.workshops))
        attendances = (self.tr("1 asistencia") if outcome.attendances == 1 else
                       self.tr("{n} asistencias").format(n=outcome.attendances))
        people = (self.tr("1 persona única") if outcome.people == 1 else
                  self.tr("{n} personas únicas").format(n=outcome.people))
        self.notice.show_saved(self.tr("Informe de resultados guardado"), self.tr(
            "«{name}»: {workshops}, {attendances}, {people}, en la carpeta {folder}").format(
            name=outcome.out.name, workshops=workshops, attendances=attendances,
            people=people, folder=outcome.out.parent), outcome.out)
        self.finished.emit()

    def _failed(self, error: BaseException, out: Path) -> None:
        self._set_busy(False)
        if isinstance(error, ReportCancelled):
            self.notice.show_message(Level.INFO, self.tr("Informe cancelado"), self.tr(
                "No se escribió ningún archivo; si ya había uno con ese nombre, quedó como "
                "estaba."))
        elif isinstance(error, ExportError | ScopeError | OSError):
            reason = str(error) if not isinstance(error, OSError) else (
                error.strerror or str(error))
            reason = reason if reason.endswith((".", "?", "!")) else f"{reason}."
            self.notice.show_message(Level.ERROR, self.tr("No se guardó el informe"), self.tr(
                "No se pudo guardar «{name}»: {reason} Si ya había un archivo con ese "
                "nombre, quedó como estaba.").format(name=out.name, reason=reason))
        else:
            errors.show_error(self.host, error)
        self.finished.emit()

    # --- helpers --------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self.button.setEnabled(not busy)
        self.action.setEnabled(not busy)
        self.personal.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def _open(self, path: Path) -> None:
        self.open_url(QUrl.fromLocalFile(str(path)))
