"""`participa --smoke`: check a build without a person.

Starts the app as a person would (language, log file, the main window over a data file,
its first screen loaded), then closes it and exits. The data file is the one given with
`--database`, else the default one in the data folder (`PARTICIPA_DATA_DIR` moves that
folder); it is created if missing and migrated if older, as in a normal start. The user's
preferences are not touched: the run keeps its own in a temporary folder, so no
first-run wizard appears and no "last file" is remembered.

Exit code 0 when the window was shown and its home screen read the data file; otherwise 1
with the reason on stderr (a file that cannot be opened, an error escaping any slot or
task, or no window within `SMOKE_TIMEOUT_MS`). Two lines go to stdout: `SHOWN_MARKER …`
the moment the main window is on screen (the start-up benchmark times that line), then
`READY_MARKER …` once its home screen has read the data file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from participa_desktop import __version__, paths

from . import errors, i18n
from .app import Launcher, application
from .main_window import MainWindow
from .settings import Settings

#: The first word of the line printed when the main window is on screen.
SHOWN_MARKER = "VENTANA-MOSTRADA"
#: The first word of the line printed when the window works over its data file.
READY_MARKER = "VENTANA-LISTA"
#: How long the whole check may take (opening a big file that needs migrating included).
SMOKE_TIMEOUT_MS = 120_000


def run_smoke(database: Path | None = None) -> int:
    """Run the check described in the module docstring; return the exit code."""
    app = application()
    path = database or paths.default_database()
    with tempfile.TemporaryDirectory(prefix="participa-smoke-") as preferences:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, preferences)
        log = errors.install(paths.data_folder())
        check = _SmokeCheck(app, log, path)
        sys.excepthook = check.unexpected
        i18n.apply_language(Settings().language)
        launcher = Launcher(Settings())
        launcher.window_shown.connect(check.window_shown)
        launcher.window_opened.connect(check.window_opened)
        launcher.open_failed.connect(check.open_failed)
        launcher.runner.unexpected.connect(check.task_failed)
        launcher.finished.connect(app.exit)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, check.timed_out)
        launcher.start(path)
        try:
            code = app.exec()
        finally:
            launcher.shutdown()
            sys.excepthook = sys.__excepthook__
        return code if check.failure is None else 1


class _SmokeCheck:
    """Watches one smoke run: prints the shown line once the window is exposed, the ready
    line once it has its file and its first screen has read it, then closes the window;
    any failure ends the run."""

    def __init__(self, app: QApplication, log: Path, path: Path) -> None:
        self.app = app
        self.log = log
        self.path = path
        self.started = time.monotonic()
        self.failure: str | None = None
        self.window: MainWindow | None = None
        self.shown = False

    def window_shown(self, window: MainWindow) -> None:
        self.window = window
        window.runner.unexpected.connect(self.task_failed)
        self._poll()

    def window_opened(self, window: MainWindow) -> None:
        self.window = window  # the poll started when it was shown goes on to "ready"

    def _poll(self) -> None:
        window = self.window
        if window is None or self.failure is not None:
            return
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(5, self._poll)
            return
        if not self.shown:
            self.shown = True
            self._say(SHOWN_MARKER, "ventana principal en pantalla")
        if window.context is None or window.runner.busy:
            QTimer.singleShot(5, self._poll)
            return
        self._say(READY_MARKER, f"ventana lista sobre «{window.context.store.path}»")
        window.close()  # the launcher then closes the file and ends the event loop

    def _say(self, marker: str, what: str) -> None:
        print(f"{marker} Participa+ {__version__}: {what} "
              f"({time.monotonic() - self.started:.2f} s).", flush=True)

    def fail(self, reason: str) -> None:
        if self.failure is not None:
            return
        self.failure = reason
        print(f"participa --smoke: {reason} (registro: {self.log})", file=sys.stderr,
              flush=True)
        self.app.exit(1)

    def open_failed(self, error: BaseException) -> None:
        self.fail(f"no se pudo abrir el archivo de datos «{self.path}»: {error}")

    def task_failed(self, error: BaseException) -> None:
        self.fail(f"error inesperado: {type(error).__name__}: {error}")

    def unexpected(self, kind: type[BaseException], error: BaseException,
                   trace: TracebackType | None) -> None:
        errors.log.error("Error inesperado en la prueba de humo", exc_info=(kind, error, trace))
        self.fail(f"error inesperado: {kind.__name__}: {error}")

    def timed_out(self) -> None:
        self.fail(f"la ventana principal no terminó de abrir en {SMOKE_TIMEOUT_MS // 1000} s")
