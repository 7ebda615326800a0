"""Starting the desktop app: the QApplication, the log file and error dialog, the language,
then the data file (the one given, the one used last, or the first-run wizard) and the
main window.

`run_app` sets the app up and runs the event loop; `Launcher` is the start-up flow itself,
driven by signals so the window stays responsive while a file opens (tests drive it
without an event loop of its own).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from participa_desktop import paths
from participa_desktop.core.store import Store, StoreError

from . import errors, i18n
from .first_run import FirstRunWizard
from .main_window import MainWindow
from .settings import Settings
from .tasks import TaskRunner

APPLICATION_NAME = "Participa+"
ORGANIZATION_NAME = "ParticipaPlus"
#: A file that opens faster than this never shows the "opening…" dialog.
BUSY_DIALOG_DELAY_MS = 400


def run_app(database: Path | None = None) -> int:
    """Run the desktop app until its window closes (or the first-run wizard is cancelled)
    and return the exit code. `database`: open this file (created if missing) instead of
    the one used last. Must be called on the main thread."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the wizard and the window none is shown
    errors.install(paths.data_folder())
    settings = Settings()
    i18n.apply_language(settings.language)
    launcher = Launcher(settings)
    launcher.finished.connect(app.exit)
    launcher.start(database)
    try:
        return app.exec()
    finally:
        launcher.shutdown()
        app.setQuitOnLastWindowClosed(quit_on_close)


class Launcher(QObject):
    """Opens a data file and shows the main window over it; when there is no file to open,
    or it cannot be opened, shows the first-run wizard. The file opened is remembered in
    the settings, and so is the window's size and place.

    `window_opened(MainWindow)` when the window is shown; `finished(exit_code)` when the
    window has closed (the data file is closed by then) or the wizard was cancelled.
    """

    window_opened = Signal(object)
    finished = Signal(int)

    def __init__(self, settings: Settings | None = None, *,
                 credentials_folder: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.credentials_folder = credentials_folder
        self.runner = TaskRunner(self)
        self.runner.unexpected.connect(lambda error: errors.show_error(None, error))
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self._busy_dialog: QProgressDialog | None = None
        self._message: QMessageBox | None = None
        self._closing = False

    def start(self, database: Path | None) -> None:
        """Open `database`, else the file used last, else show the first-run wizard."""
        if database is not None:
            self.open_file(database)
            return
        last = self.settings.last_database
        if last and Path(last).is_file():
            self.open_file(Path(last))
        elif last:
            self.show_first_run(lambda: self.tr(
                "No se encontró el archivo de datos usado la última vez («{path}»): quizás se "
                "movió, se borró o estaba en una memoria USB. Ábralo desde su nuevo lugar o "
                "cree uno nuevo.").format(path=last))
        else:
            self.show_first_run()

    # --- opening a file -------------------------------------------------------------------

    def open_file(self, path: Path) -> None:
        """Open `path` on the task runner, with a busy dialog if it takes a while."""
        dialog = QProgressDialog(
            self.tr("Abriendo el archivo de datos «{name}»…").format(name=path.name), "", 0, 0)
        dialog.setObjectName("opening")
        dialog.setWindowTitle(APPLICATION_NAME)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(BUSY_DIALOG_DELAY_MS)
        self._busy_dialog = dialog
        self.runner.run(lambda _task: Store.open(path), on_done=self._opened,
                        on_error=self._open_failed, owner=self)

    def _opened(self, store: Store) -> None:
        self._close_busy_dialog()
        if self._closing:
            store.close()
            return
        self.show_window(store)

    def _open_failed(self, error: BaseException) -> None:
        self._close_busy_dialog()
        if self._closing:
            return
        if isinstance(error, StoreError):
            box = QMessageBox(QMessageBox.Icon.Warning, APPLICATION_NAME, self.tr(
                "No se pudo abrir el archivo de datos. A continuación puede abrir otro o "
                "crear uno nuevo."))
            box.setObjectName("open_failed")
            box.setInformativeText(str(error))
            box.open()
        else:
            box = errors.show_error(None, error)
        self._message = box  # a window of its own: kept until it is read
        box.finished.connect(self._message_read)

    def _message_read(self) -> None:
        self._message = None
        self.show_first_run()

    def _close_busy_dialog(self) -> None:
        if self._busy_dialog is not None:
            self._busy_dialog.reset()
            self._busy_dialog.deleteLater()
            self._busy_dialog = None

    # --- the first-run wizard -------------------------------------------------------------

    def show_first_run(self, notice: Callable[[], str] | None = None) -> FirstRunWizard:
        """Show the first-run wizard; `notice()` says why it is shown again, if it is."""
        wizard = FirstRunWizard(self.runner, self.settings,
                                credentials_folder=self.credentials_folder, notice=notice)
        self.wizard = wizard
        wizard.accepted.connect(lambda: self._wizard_done(wizard, accepted=True))
        wizard.rejected.connect(lambda: self._wizard_done(wizard, accepted=False))
        wizard.show()
        return wizard

    def _wizard_done(self, wizard: FirstRunWizard, *, accepted: bool) -> None:
        self.wizard = None
        wizard.deleteLater()
        if accepted:
            self.show_window(wizard.take_store())
        else:
            self.finished.emit(0)

    # --- the main window ------------------------------------------------------------------

    def show_window(self, store: Store) -> MainWindow:
        """Show the main window over `store` (now the launcher's to close) and remember
        the file for the next start."""
        self.store = store
        self.settings.last_database = str(store.path)
        self.settings.sync()
        window = MainWindow(store, settings=self.settings,
                            credentials_folder=self.credentials_folder)
        self.window = window
        window.installEventFilter(self)
        geometry = self.settings.window_geometry()
        if geometry is not None and window.restoreGeometry(geometry):
            window.show()
        else:
            window.showMaximized()
        self.window_opened.emit(window)
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.settings.set_window_geometry(self.window.saveGeometry())
            self.settings.sync()
            QTimer.singleShot(0, self, self._window_closed)  # once the close is done
        return super().eventFilter(watched, event)

    def _window_closed(self) -> None:
        window = self.window
        if window is None or window.isVisible():
            return  # the window refused to close
        self.window = None
        window.removeEventFilter(self)
        window.deleteLater()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.finished.emit(0)

    def shutdown(self) -> None:
        """Close whatever is still open (the event loop has ended): the window, the
        wizard, the data file; wait for running work first."""
        self._closing = True
        if self.window is not None:
            self.window.close()  # waits for the window's tasks
        self.runner.wait(30_000)
        QCoreApplication.sendPostedEvents()  # deliver results of work that just ended
        if self.wizard is not None:
            self.wizard.close_store()
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None
        if self.store is not None:
            self.store.close()
            self.store = None
