"""The main window: for now a placeholder that says which data file is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from participa_desktop.core.store import Store

#: Fits a 1366×768 laptop screen with a taskbar and window decorations.
MINIMUM_WIDTH, MINIMUM_HEIGHT = 1024, 640


class MainWindow(QMainWindow):
    """The app's window over an open `store`. It does not close the store."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Participa+ Desktop"))
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)

        self.status_label = QLabel(
            self.tr(
                "Participa+ Desktop está en construcción.\n\n"
                "Archivo de datos: {path}\n"
                "Equipo: {device}"
            ).format(path=store.path, device=store.device_name),
            self,
        )
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setCentralWidget(self.status_label)

        self.quit_action = QAction(self.tr("&Salir"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&Archivo"))
        file_menu.addAction(self.quit_action)
