"""The main window: wires the screens to a navigation list; it holds no logic of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from participa_desktop.core.store import Store

from .sync_screen import SyncScreen
from .tasks import TaskRunner

#: Fits a 1366×768 laptop screen with a taskbar and window decorations.
MINIMUM_WIDTH, MINIMUM_HEIGHT = 1024, 640


class MainWindow(QMainWindow):
    """The app's window over an open `store`. It does not close the store; closing the
    window cancels running tasks and waits for them."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 credentials_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = TaskRunner(self)
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
        self.sync_screen = SyncScreen(store, self.runner, credentials_folder=credentials_folder)

        self.navigation = QListWidget(self)
        self.navigation.setMaximumWidth(200)
        self.screens = QStackedWidget(self)
        for title, screen in ((self.tr("Inicio"), self.status_label),
                              (self.tr("Sincronización"), self.sync_screen)):
            self.navigation.addItem(title)
            self.screens.addWidget(screen)
        self.navigation.currentRowChanged.connect(self.screens.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        self.quit_action = QAction(self.tr("&Salir"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.sync_action = QAction(self.tr("&Sincronizar ahora"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.show_sync)
        file_menu = self.menuBar().addMenu(self.tr("&Archivo"))
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

    def show_sync(self) -> None:
        """Go to the sync screen and start a sync when the file is enrolled."""
        self.navigation.setCurrentRow(1)
        if self.sync_screen.sync_button.isEnabled():
            self.sync_screen.sync_now()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync_screen.cancel()
        self.runner.wait(30_000)
        super().closeEvent(event)
