"""Starting the desktop app: the QApplication, Spanish translations, the store, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from participa_desktop.core.store import Store, StoreError

from .main_window import MainWindow

APPLICATION_NAME = "Participa+"
ORGANIZATION_NAME = "ParticipaPlus"


def run_app(database: Path) -> int:
    """Open `database` in the main window and run the event loop; return the exit code.

    Returns 1 without showing the window when the file cannot be opened (the user is
    told why). Must be called on the main thread.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    _install_qt_translator(app)

    try:
        store = Store.open(database)
    except StoreError as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("run_app", "Participa+: no se pudo abrir el archivo"),
            str(error),
        )
        return 1

    try:
        window = MainWindow(store)
        window.show()
        return app.exec()
    finally:
        store.close()


def _install_qt_translator(app: QCoreApplication) -> None:
    """Qt's own Spanish strings (standard buttons, dialogs), when the Qt build ships them."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)  # parented to the app, so it lives as long as the app
    if translator.load(QLocale(QLocale.Language.Spanish), "qtbase", "_", folder):
        app.installTranslator(translator)
