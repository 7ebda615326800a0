"""Starting the desktop app: the QApplication, the log file and error dialog, the language,
then the data file (the one given, the one used last, or the first-run wizard) and the
main window.

`run_app` sets the app up and runs the event loop; `Launcher` is the start-up flow itself,
driven by signals so the window stays responsive while a file opens (tests drive it
without an event loop of its own).

Start-up is window first: when there is a file to open, the main window appears at once
(saying which file is opening), and the file is opened — and the screens' modules, with
the database libraries under them, imported — on the task runner. This module and
`main_window` therefore import nothing heavy at the top.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from participa_desktop import paths

from . import errors, i18n
from .main_window import MainWindow
from .settings import Settings
from .tasks import Task, TaskRunner

if TYPE_CHECKING:
    from participa_desktop.core.store import Store

    from .first_run import FirstRunWizard

APPLICATION_NAME = "Participa+"
ORGANIZATION_NAME = "ParticipaPlus"


def run_app(database: Path | None = None) -> int:
    """Run the desktop app until its window closes (or the first-run wizard is cancelled)
    and return the exit code. `database`: open this file (created if missing) instead of
    the one used last. Must be called on the main thread."""
    app = application()
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


def application() -> QApplication:
    """The QApplication (made if there is none yet) with the app's name and icon."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setWindowIcon(QIcon(str(paths.resource_path("icons", "participa.png"))))
    return app


class Launcher(QObject):
    """Opens a data file and shows the main window over it; when there is no file to open,
    or it cannot be opened, shows the first-run wizard. The file opened is remembered in
    the settings, and so is the window's size and place.

    `window_shown(MainWindow)` right after the main window is shown (Qt puts it on screen
    at the next paint), perhaps still opening its file; `window_opened(MainWindow)` when
    it works over its open file; `open_failed(error)` when a file could not be opened (the
    first-run wizard follows once the message is read); `finished(exit_code)` when the
    window has closed (the data file is closed by then) or the wizard was cancelled.
    """

    window_shown = Signal(object)
    window_opened = Signal(object)
    open_failed = Signal(object)
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
        self._message: QMessageBox | None = None
        self._closing = False
        #: The window was asked to close (it is gone once the close is done).
        self._window_closing = False

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
        """Show the main window at once, saying that `path` is opening; open the file (and
        import the screens) on the task runner, then fill the window."""
        window = self._new_window()
        window.show_opening(path)
        self._show(window)
        self.runner.run(lambda task: _open_for_window(path, task), on_done=self._opened,
                        on_error=self._open_failed, owner=self)

    def _opened(self, store: Store) -> None:
        if self._closing or self._window_closing or self.window is None:
            store.close()  # the window was closed while its file was opening
            return
        self._attach(self.window, store)

    def _open_failed(self, error: BaseException) -> None:
        if self._closing:
            return
        from participa_desktop.core.store import StoreError

        self._drop_window()
        self.open_failed.emit(error)
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

    # --- the first-run wizard -------------------------------------------------------------

    def show_first_run(self, notice: Callable[[], str] | None = None) -> FirstRunWizard:
        """Show the first-run wizard; `notice()` says why it is shown again, if it is."""
        from .first_run import FirstRunWizard

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
        window = self._new_window()
        self._show(window)
        self._attach(window, store)
        return window

    def _new_window(self) -> MainWindow:
        window = MainWindow(settings=self.settings, credentials_folder=self.credentials_folder)
        self.window = window
        window.installEventFilter(self)
        return window

    def _show(self, window: MainWindow) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None and window.restoreGeometry(geometry):
            window.show()
        else:
            window.showMaximized()
        self.window_shown.emit(window)

    def _attach(self, window: MainWindow, store: Store) -> None:
        self.store = store
        self.settings.last_database = str(store.path)
        self.settings.sync()
        window.attach(store)
        self.window_opened.emit(window)

    def _drop_window(self) -> None:
        """Take away a window whose file could not be opened (it remembers nothing)."""
        window, self.window = self.window, None
        if window is not None:
            window.removeEventFilter(self)
            window.hide()
            window.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._window_closing = True
            self.settings.set_window_geometry(self.window.saveGeometry())
            self.settings.sync()
            QTimer.singleShot(0, self, self._window_closed)  # once the close is done
        return super().eventFilter(watched, event)

    def _window_closed(self) -> None:
        window = self.window
        if window is None or window.isVisible():
            self._window_closing = False
            return  # the window refused to close
        self.window = None
        window.removeEventFilter(self)
        window.runner.wait(30_000)  # work its screens started since its close event
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


def _open_for_window(path: Path, _task: Task) -> Store:
    """(task runner) Import what the main window's screens need, then open `path`."""
    from participa_desktop.core.store import Store

    from . import screens  # noqa: F401  (imported here, off the GUI thread)

    return Store.open(path)
