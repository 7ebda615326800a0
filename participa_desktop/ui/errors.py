"""Unexpected errors: written with their traceback to a log file in the data folder and
shown in a dialog that says what to do; expected ones (bad input, a sync that could not
finish) are shown by the screen that caused them, in its own words.

`install(folder)` once at start-up: it sets up the log file and replaces `sys.excepthook`,
so an exception escaping any slot is logged and shown instead of killing the app.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

LOG_NAME = "participa.log"
log = logging.getLogger("participa")


_log_path: Path | None = None
#: Dialogs shown without a parent window, kept alive until they are closed.
_parentless: set[QMessageBox] = set()


def install(folder: Path) -> Path:
    """Log to `folder`/participa.log (rotated at 1 MB, three kept) and catch what escapes
    slots. Returns the log file's path. Calling it again moves the log."""
    global _log_path
    folder.mkdir(parents=True, exist_ok=True)
    _log_path = folder / LOG_NAME
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(_log_path, maxBytes=1_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    sys.excepthook = _excepthook
    return _log_path


def log_path() -> Path | None:
    return _log_path


def expected_errors() -> tuple[type[BaseException], ...]:
    """Errors whose message is already meant for the person using the app (Spanish).
    Imported here, not at the top, so that the window can appear before the database
    libraries load."""
    from participa_desktop.core.services.base import NotFound
    from participa_desktop.core.store import StoreError
    from participa_desktop.core.validation import ValidationError
    from sync.client.errors import SyncError

    return (ValidationError, NotFound, StoreError, SyncError)


def user_message(error: BaseException) -> str | None:
    """The message to show for an expected error, or None for an unexpected one."""
    return str(error) if isinstance(error, expected_errors()) else None


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Show `error`: an expected one as a warning with its own words, anything else as an
    unexpected error (logged with its traceback). The dialog is window-modal and does not
    block the caller; it is returned (tests read and close it)."""
    translate = QCoreApplication.translate
    message = user_message(error)
    box = QMessageBox(parent)
    box.setWindowTitle(translate("Errors", "Participa+"))
    if message is not None:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(message)
    else:
        details = "".join(traceback.format_exception(error))
        log.error("Error inesperado:\n%s", details)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(translate(
            "Errors",
            "Ocurrió un error inesperado. Sus datos guardados no se perdieron: lo que "
            "alcanzó a guardarse quedó guardado y lo demás no se aplicó."))
        where = _log_path or translate("Errors", "(sin archivo de registro)")
        box.setInformativeText(translate(
            "Errors",
            "Si se repite, envíe al equipo de soporte el archivo de registro:\n{path}",
        ).format(path=where))
        box.setDetailedText(details)
    box.setObjectName("error_dialog")
    if parent is None:  # nothing else holds it: it would vanish at once
        _parentless.add(box)
        box.finished.connect(lambda _result: _parentless.discard(box))
    box.open()
    return box


def _excepthook(kind: type[BaseException], error: BaseException,
                trace: TracebackType | None) -> None:
    if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit
        sys.__excepthook__(kind, error, trace)
        return
    app = QApplication.instance()
    if app is None:
        log.error("Error inesperado", exc_info=(kind, error, trace))
        sys.__excepthook__(kind, error, trace)
        return
    show_error(QApplication.activeWindow(), error)
