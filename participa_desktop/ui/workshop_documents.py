"""The documents of one workshop, from a screen: its attendance list in Excel, the
attendance sheet and the agreements record (acta) as PDF.

A screen makes one `WorkshopDocuments`, puts `button` (a menu of the three actions) and
`notice` in its layout, and calls `set_workshop(id or None)` when the chosen workshop
changes. Each action reads the workshop's title and date, asks where to save (a name made
of them, in the folder used last), writes on the task runner and says in the notice what
was written, with buttons to open the file or its folder.

Keys: Ctrl+Mayús+E the list in Excel, Ctrl+P the attendance sheet, Ctrl+Mayús+P the acta.

The file dialog (`choose_file`) and the way files are opened (`open_url`) are attributes,
so tests can replace them.
"""

from __future__ import annotations

import datetime as dt
import errno
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QPushButton,
    QWidget,
)

from participa_desktop.core.folding import fold
from participa_desktop.core.services import NotFound
from participa_desktop.core.store import Store
from participa_desktop.reports import printouts
from participa_desktop.reports.attendance_workbook import ExportError, export_attendance
from participa_desktop.reports.printout_data import workshop_heading

from . import errors
from .context import AppContext
from .notice import Level
from .saved_file_notice import SavedFileNotice
from .settings import Settings
from .usb_places import documents_folder

#: The settings key of the folder documents were saved in last.
LAST_FOLDER = "documentos/carpeta"
#: How long the status bar keeps the message (ms).
STATUS_MS = 15_000

#: (caption, suggested path, name filter) → the path chosen, or None when cancelled.
ChooseFile = Callable[[str, Path, str], Path | None]

#: PDFs are drawn one at a time (reports/pdf.py asks it): Qt allows painting a PDF and
#: laying out a QTextDocument on a worker thread when both are made there, as here.
_PDF_LOCK = threading.Lock()


class Kind(Enum):
    """A document of a workshop."""

    LIST = "list"
    SHEET = "sheet"
    ACTA = "acta"

    @property
    def suffix(self) -> str:
        return ".xlsx" if self is Kind.LIST else ".pdf"


@dataclass(frozen=True)
class Written:
    """A document written: where, and how many people (the list) or pages (a PDF)."""

    kind: Kind
    path: Path
    count: int


def write_document(store: Store, kind: Kind, workshop_id: str, out: Path) -> Written:
    """Write `kind` of `workshop_id` to `out` (run it on a worker thread). Raises NotFound,
    ExportError (Spanish) or OSError; an existing `out` is replaced only by a complete
    document."""
    if kind is Kind.LIST:
        with store.reading() as session:
            return Written(kind, out, export_attendance(session, workshop_id, out))
    write = (printouts.write_attendance_sheet if kind is Kind.SHEET
             else printouts.write_agreements_record)
    with _PDF_LOCK:
        return Written(kind, out, write(store, workshop_id, out))


def file_stem(title: str) -> str:
    """The title as a file name: "Cabildo abierto: el agua" → "cabildo-abierto-el-agua"
    (no accents, at most 60 characters)."""
    return fold(title).replace(" ", "-")[:60].strip("-") or "taller"


def ask_save_path(parent: QWidget, caption: str, suggested: Path, name_filter: str
                  ) -> Path | None:
    """The save dialog (it asks before replacing a file); None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested),
                                                  name_filter)
    return Path(chosen) if chosen else None


def start_folder(settings: Settings) -> Path:
    """Where save dialogs start: the folder used last, or Documents (the first time, or
    when that folder is gone, e.g. a USB stick taken out)."""
    folder = Path(settings.value(LAST_FOLDER) or documents_folder())
    return folder if folder.is_dir() else documents_folder()


def remember_folder(settings: Settings, chosen: Path) -> None:
    """Remember the folder of `chosen` for the next save dialog (if it exists)."""
    if chosen.parent.is_dir():
        settings.set_value(LAST_FOLDER, str(chosen.parent))


class WorkshopDocuments(QObject):
    """See the module docstring. `finished` is emitted when an action is over (written,
    failed or cancelled); `last_written` is the last document written."""

    finished = Signal()

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.host = parent
        self.workshop_id: str | None = None
        self._busy = False
        self.last_written: Written | None = None
        self.choose_file: ChooseFile = lambda caption, suggested, name_filter: ask_save_path(
            parent, caption, suggested, name_filter)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        self.actions: dict[Kind, QAction] = {}
        for kind, keys in ((Kind.LIST, "Ctrl+Shift+E"), (Kind.SHEET, "Ctrl+P"),
                           (Kind.ACTA, "Ctrl+Shift+P")):
            action = QAction(parent)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, kind=kind: self.start(kind))
            parent.addAction(action)  # its shortcut works while the screen is shown
            self.actions[kind] = action
        self.list_action = self.actions[Kind.LIST]
        self.sheet_action = self.actions[Kind.SHEET]
        self.acta_action = self.actions[Kind.ACTA]

        self.menu = QMenu(parent)
        self.menu.addActions(list(self.actions.values()))
        self.button = QPushButton(parent)
        self.button.setObjectName("documents_button")
        self.button.setMenu(self.menu)

        self.notice = SavedFileNotice(parent, self._open)
        self.open_file_button = self.notice.open_file_button
        self.open_folder_button = self.notice.open_folder_button
        self.close_button = QPushButton(self.notice)
        self.close_button.clicked.connect(self.notice.clear)
        self.notice.buttons.addWidget(self.close_button)
        self.retranslate()
        self._update_actions()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.list_action.setText(self.tr("Exportar &lista a Excel…"))
        self.sheet_action.setText(self.tr("Imprimir &hoja de asistencia…"))
        self.acta_action.setText(self.tr("Imprimir &acta de acuerdos…"))
        for action, tip in (
            (self.list_action, self.tr("Guardar la lista de asistencia del taller elegido "
                                       "como libro de Excel (Ctrl+Mayús+E)")),
            (self.sheet_action, self.tr("Guardar en PDF la hoja de asistencia para firmar, "
                                        "con las personas inscritas (Ctrl+P)")),
            (self.acta_action, self.tr("Guardar en PDF el acta con los acuerdos del taller y "
                                       "las líneas de firma (Ctrl+Mayús+P)")),
        ):
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.menu.setToolTipsVisible(True)
        self.button.setText(self.tr("Docum&entos del taller"))
        self.button.setToolTip(self.tr(
            "Lista de asistencia en Excel, hoja de asistencia y acta de acuerdos del taller "
            "elegido"))
        self.open_file_button.setText(self.tr("A&brir el archivo"))
        self.open_folder_button.setText(self.tr("Abr&ir la carpeta"))
        self.close_button.setText(self.tr("Cerrar el aviso"))

    def _caption(self, kind: Kind) -> str:
        return {
            Kind.LIST: self.tr("Guardar la lista de asistencia en Excel"),
            Kind.SHEET: self.tr("Guardar la hoja de asistencia (PDF)"),
            Kind.ACTA: self.tr("Guardar el acta de acuerdos (PDF)"),
        }[kind]

    def _name_filter(self, kind: Kind) -> str:
        if kind is Kind.LIST:
            return self.tr("Libro de Excel (*.xlsx)")
        return self.tr("Documento PDF (*.pdf)")

    def _prefix(self, kind: Kind) -> str:
        return {
            Kind.LIST: self.tr("asistencia"),
            Kind.SHEET: self.tr("hoja-de-asistencia"),
            Kind.ACTA: self.tr("acta-de-acuerdos"),
        }[kind]

    # --- state ----------------------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        """The workshop the actions are for (None: none chosen, the actions are off)."""
        self.workshop_id = workshop_id
        self._update_actions()

    def _update_actions(self) -> None:
        enabled = self.workshop_id is not None and not self._busy
        for action in self.actions.values():
            action.setEnabled(enabled)
        self.button.setEnabled(enabled)

    def suggested_path(self, kind: Kind, title: str, day: dt.date) -> Path:
        """Where the save dialog starts: the folder used last (Documents the first time),
        and "<document>-<workshop>-<date>" as the name."""
        name = f"{self._prefix(kind)}-{file_stem(title)}-{day.isoformat()}{kind.suffix}"
        return start_folder(self.context.settings) / name

    # --- the job --------------------------------------------------------------------------

    def start(self, kind: Kind) -> None:
        """Read the workshop's title and date, ask where to save, then write (all through
        the task runner; the outcome goes to the notice)."""
        workshop_id = self.workshop_id
        if workshop_id is None or self._busy:
            return
        store = self.context.store

        def read(_task: object) -> tuple[str, dt.date]:
            with store.reading() as session:
                heading = workshop_heading(session, workshop_id)
            return heading.title, heading.date

        self._set_busy(True)
        self.context.runner.run(
            read, on_done=lambda found: self._ask(kind, workshop_id, *found),
            on_error=lambda error: self._failed(error, None), owner=self)

    def _ask(self, kind: Kind, workshop_id: str, title: str, day: dt.date) -> None:
        chosen = self.choose_file(self._caption(kind), self.suggested_path(kind, title, day),
                                  self._name_filter(kind))
        if chosen is None:
            self._set_busy(False)
            self.finished.emit()
            return
        if chosen.suffix.lower() != kind.suffix:
            chosen = chosen.with_name(chosen.name + kind.suffix)
        remember_folder(self.context.settings, chosen)
        self.notice.show_message(Level.INFO, self.tr("Guardando…"), str(chosen))
        store = self.context.store
        self.context.runner.run(
            lambda _task: write_document(store, kind, workshop_id, chosen),
            on_done=self._written, on_error=lambda error: self._failed(error, chosen),
            owner=self)

    def _written(self, written: Written) -> None:
        self._set_busy(False)
        self.last_written = written
        path = written.path
        if written.kind is Kind.LIST:
            heading = self.tr("Lista de asistencia guardada")
            what = (self.tr("1 persona") if written.count == 1
                    else self.tr("{count} personas").format(count=written.count))
        else:
            heading = (self.tr("Hoja de asistencia guardada") if written.kind is Kind.SHEET
                       else self.tr("Acta de acuerdos guardada"))
            what = (self.tr("1 página") if written.count == 1
                    else self.tr("{count} páginas").format(count=written.count))
        text = self.tr("«{name}» ({what}) en la carpeta {folder}").format(
            name=path.name, what=what, folder=path.parent)
        self.notice.show_saved(heading, text, path)
        self._status(self.tr("Se guardó {path}").format(path=path))
        self.finished.emit()

    def _failed(self, error: BaseException, out: Path | None) -> None:
        self._set_busy(False)
        if isinstance(error, ExportError | NotFound):
            message = str(error)
        elif isinstance(error, OSError) and out is not None:
            message = self._os_message(error, out)
        else:
            self.notice.clear()
            errors.show_error(self.host, error)
            self.finished.emit()
            return
        self.notice.show_message(Level.ERROR, self.tr("No se guardó el documento"), message)
        self.finished.emit()

    def _os_message(self, error: OSError, out: Path) -> str:
        if isinstance(error, PermissionError):
            reason = self.tr("no hay permiso para escribir ahí, o el archivo está abierto en "
                             "otro programa (como Excel). Ciérrelo o elija otra carpeta.")
        elif isinstance(error, FileNotFoundError):
            reason = self.tr("la carpeta no existe (¿se retiró la memoria USB?). Elija otra "
                             "carpeta.")
        elif isinstance(error, IsADirectoryError):
            reason = self.tr("ya hay una carpeta con ese nombre. Elija otro nombre.")
        elif error.errno == errno.ENOSPC:
            reason = self.tr("no queda espacio en el disco. Libere espacio o elija otra "
                             "carpeta.")
        else:
            reason = error.strerror or str(error)
        return self.tr("No se pudo guardar «{name}» en {folder}: {reason} Si ya había un "
                       "archivo con ese nombre, quedó como estaba.").format(
            name=out.name, folder=out.parent, reason=reason)

    # --- helpers --------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_actions()

    def _open(self, path: Path) -> None:
        self.open_url(QUrl.fromLocalFile(str(path)))

    def _status(self, text: str) -> None:
        window = self.host.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MS)
