"""Importing a roster (.xlsx) into the registry from Personas (Ctrl+Mayús+I): choose the
file, say whether the people signed the data authorisation on paper (and when), import it
on the writer lane, then see how many people were registered, updated, unchanged and not
imported, with the report of the rows not imported (`<planilla>-errores.xlsx`, beside the
roster as `participa import-participants` writes it) a click away.

The file dialog (`choose_file`) and the way the report is opened (`open_url`) are
attributes, so tests can replace them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from participa_desktop.core.store import Store
from participa_desktop.reports.roster_import import (
    ConsentDefaults,
    ImportResult,
    RosterError,
    import_roster,
    problems_path,
    write_problems,
)

from ..context import AppContext
from ..errors import show_error
from ..usb_places import documents_folder
from .roster_import_dialogs import RosterImportDialog, RosterResultDialog

#: The settings key of the folder a roster was imported from last.
LAST_FOLDER = "planillas/carpeta"

#: (folder to start in) → the roster chosen, or None when cancelled.
ChooseRoster = Callable[[Path], Path | None]


@dataclass(frozen=True)
class RosterOutcome:
    """An import done: its counts, and the report of the rows not imported (None when
    every row was imported); `moved` when the report is in the data file's folder because
    the roster's folder could not take it."""

    roster: Path
    result: ImportResult
    report: Path | None
    moved: bool


def import_roster_file(store: Store, roster: Path, consent: ConsentDefaults | None
                       ) -> RosterOutcome:
    """Import `roster` in one unit of work (run it on the writer lane). The report of
    the rows not imported is written before the commit: first in the data file's folder,
    then copied beside the roster; when that folder cannot take it (read-only, gone, a
    folder with that name), it stays beside the data file. Raises RosterError (Spanish)
    when the file is not a readable roster, OSError when no report could be written:
    either way nothing is saved."""
    report: Path | None = None
    moved = False
    with store.unit_of_work() as session:
        result = import_roster(session, roster, consent)
        if result.problems:
            report = problems_path(roster)
            staged = _temporary_beside(store.path.parent / report.name)
            try:
                write_problems(result.problems, staged)
                try:
                    _copy_into_place(staged, report)
                except OSError:
                    report = store.path.parent / report.name
                    os.replace(staged, report)
                    moved = True
            finally:
                staged.unlink(missing_ok=True)
    return RosterOutcome(roster, result, report, moved)


def _temporary_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")


def _copy_into_place(source: Path, target: Path) -> None:
    """Copy `source` to `target`, which is replaced only by a complete copy."""
    temporary = _temporary_beside(target)
    try:
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def ask_roster(parent: QWidget, start: Path) -> Path | None:
    """The open dialog for a roster, starting in `start`; None when cancelled."""
    translate = QCoreApplication.translate
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, translate("RosterImport", "Elija la planilla de Excel con las personas"),
        str(start), translate("RosterImport",
                              "Libros de Excel (*.xlsx);;Todos los archivos (*)"))
    return Path(chosen) if chosen else None


class RosterImport(QObject):
    """The import action of a screen (`action`, `button`). `dialog` and `result_dialog`
    are the dialogs open now (tests reach them); `finished` is emitted when an import
    ended (done or refused) or was cancelled."""

    finished = Signal()

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.host = parent
        self.dialog: RosterImportDialog | None = None
        self.result_dialog: RosterResultDialog | None = None
        self.last_outcome: RosterOutcome | None = None
        self.choose_file: ChooseRoster = lambda start: ask_roster(parent, start)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        self.action = QAction(parent)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.action.triggered.connect(self.start)
        parent.addAction(self.action)  # its shortcut works while the screen is shown
        self.button = QPushButton(parent)
        self.button.setObjectName("roster_import_button")
        self.button.clicked.connect(self.action.trigger)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Importar planilla de E&xcel…"))
        tip = self.tr("Registrar o actualizar personas desde una planilla de Excel (.xlsx) "
                      "(Ctrl+Mayús+I)")
        self.action.setToolTip(tip)
        self.button.setText(self.action.text())
        self.button.setToolTip(tip)
        for dialog in (self.dialog, self.result_dialog):
            if dialog is not None:
                dialog.retranslate()

    def _start_folder(self) -> Path:
        folder = Path(self.context.settings.value(LAST_FOLDER) or documents_folder())
        return folder if folder.is_dir() else documents_folder()

    def _choose(self) -> Path | None:
        chosen = self.choose_file(self._start_folder())
        if chosen is not None and chosen.parent.is_dir():
            self.context.settings.set_value(LAST_FOLDER, str(chosen.parent))
        return chosen

    # --- the flow -------------------------------------------------------------------------

    def start(self) -> None:
        """Ask for the roster, then for the consent it carries (the dialog)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        roster = self._choose()
        if roster is None:
            self.finished.emit()
            return
        dialog = RosterImportDialog(roster, self.host)
        dialog.import_requested.connect(self._import)
        dialog.change_requested.connect(self._change_file)
        dialog.rejected.connect(self._cancelled)
        self.dialog = dialog
        dialog.open()

    def _change_file(self) -> None:
        roster = self._choose()
        if roster is not None and self.dialog is not None:
            self.dialog.set_roster(roster)

    def _cancelled(self) -> None:
        self._close_dialog()
        self.finished.emit()

    def _import(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        store, roster, consent = self.context.store, dialog.roster, dialog.consent()
        self.context.runner.write(
            lambda _task: import_roster_file(store, roster, consent),
            on_done=self._imported, on_error=self._refused, owner=self)

    def _imported(self, outcome: RosterOutcome) -> None:
        self.last_outcome = outcome
        self._close_dialog()
        if outcome.result.registered or outcome.result.updated:
            self.context.changed("participant")
        result = RosterResultDialog(outcome.roster, outcome.result, outcome.report,
                                    outcome.moved, self.host)
        result.open_report_requested.connect(lambda: self._open_report(outcome))
        result.finished.connect(lambda _code: self._result_closed(result))
        self.result_dialog = result
        result.open()
        self.finished.emit()

    def _refused(self, error: BaseException) -> None:
        if self.dialog is None:
            return
        if isinstance(error, RosterError):
            self.dialog.show_error(str(error))
        elif isinstance(error, OSError):
            self.dialog.show_error(self.tr(
                "No se importó nada: no se pudo escribir el informe de las filas no "
                "importadas ni junto a la planilla ni en la carpeta de los datos ({reason})."
            ).format(reason=error.strerror or error))
        else:
            self._close_dialog()
            show_error(self.host, error)
        self.finished.emit()

    def _open_report(self, outcome: RosterOutcome) -> None:
        if outcome.report is not None:
            self.open_url(QUrl.fromLocalFile(str(outcome.report)))

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.rejected.disconnect(self._cancelled)
            dialog.set_busy(False)
            dialog.done(0)
            dialog.deleteLater()

    def _result_closed(self, dialog: RosterResultDialog) -> None:
        if self.result_dialog is dialog:
            self.result_dialog = None
        dialog.deleteLater()
