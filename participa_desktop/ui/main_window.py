"""The main window: a navigation list, the screens, the menus and the undo stack; it wires
actions to screens and holds no logic of its own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from . import errors
from .settings import Settings
from .tasks import TaskRunner

if TYPE_CHECKING:
    from participa_desktop.core.store import Store
    from sync.client.releases import AppRelease

    from .context import AppContext
    from .screen import Screen
    from .sync_screen import SyncScreen

#: Fits a 1366×768 laptop screen with a taskbar and window decorations.
MINIMUM_WIDTH, MINIMUM_HEIGHT = 1024, 640
NAVIGATION_WIDTH = 180


class MainWindow(QMainWindow):
    """The app's window over an open data file. It does not close the store; closing the
    window cancels running tasks and waits for them.

    `MainWindow(store)` is ready at once. `MainWindow()` is the same window before its file
    is open: shown at once at start-up, it says which file is opening, and `attach(store)`
    then builds the screens and menus in it. The screens' modules (and the database
    libraries under them) are imported only by `attach`, so the window can appear before
    they load (the launcher imports them off the GUI thread meanwhile, `app._open_for_window`).
    """

    def __init__(self, store: Store | None = None, parent: QWidget | None = None, *,
                 settings: Settings | None = None,
                 credentials_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.credentials_folder = credentials_folder
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.context: AppContext | None = None
        self.runner.unexpected.connect(lambda error: errors.show_error(self, error))
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(NAVIGATION_WIDTH)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 7px 6px; }")
        self.screens = QStackedWidget(self)
        self.opening_label = QLabel(self.screens)
        self.opening_label.setObjectName("opening")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening_label.setWordWrap(True)
        self.screens.addWidget(self.opening_label)
        self.opening_path: Path | None = None
        self.screen_list: list[Screen] = []
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        # A newer Participa+ to install (learned at a sync, or remembered): a short note
        # that stays in the status bar; the sync screen tells the rest.
        self.release: AppRelease | None = None
        self.release_label = QLabel(self)
        self.release_label.setObjectName("release_status")
        self.release_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.release_label)
        self.retranslate()
        if store is not None:
            self.attach(store)

    def show_opening(self, path: Path) -> None:
        """Before `attach`: say that the data file at `path` is being opened."""
        self.opening_path = path
        self.retranslate()

    def attach(self, store: Store) -> None:
        """Build the screens, menus and shortcuts over `store` (once)."""
        from .context import AppContext, Hub
        from .screens import SCREENS

        assert self.context is None, "the window already has its data file"
        self.context = AppContext(store=store, runner=self.runner, undo_stack=self.undo_stack,
                                  settings=self.settings, hub=Hub(self),
                                  credentials_folder=self.credentials_folder)
        for screen_class in SCREENS:
            screen = screen_class(self.context, self.screens)
            self.screen_list.append(screen)
            self.navigation.addItem("")
            self.screens.addWidget(screen)
        self.screens.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        self.navigation.currentRowChanged.connect(self._go_to_row)
        self._build_actions()
        self.sync_screen.update_available.connect(self._show_release)
        self.context.hub.show_screen.connect(self.show_screen)
        self.context.hub.data_changed.connect(self._data_changed)
        self.retranslate()
        self.navigation.setCurrentRow(0)

    # --- screens ------------------------------------------------------------------------

    def screen(self, key: str) -> Screen:
        """The screen whose `key` is `key` (KeyError when there is none)."""
        for screen in self.screen_list:
            if screen.key == key:
                return screen
        raise KeyError(key)

    def show_screen(self, key: str) -> Screen:
        screen = self.screen(key)
        self.navigation.setCurrentRow(self.screen_list.index(screen))
        return screen

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < len(self.screen_list):
            self.screens.setCurrentIndex(row)
            self.screen_list[row].activate()

    @property
    def sync_screen(self) -> SyncScreen:
        from .sync_screen import SyncScreen

        screen = self.screen(SyncScreen.key)
        assert isinstance(screen, SyncScreen)
        return screen

    def show_sync(self) -> None:
        """Go to the sync screen and start a sync when the file is enrolled."""
        self.show_screen(self.sync_screen.key)
        if self.sync_screen.sync_button.isEnabled():
            self.sync_screen.sync_now()

    def _data_changed(self, table: str) -> None:
        """Data from other devices arrived ("*": a sync or a package): what the undo stack
        would write back is older than it, so nothing before it can be undone any more."""
        if table != "*" or self.undo_stack.count() == 0:
            return
        self.undo_stack.clear()
        self.statusBar().showMessage(self.tr(
            "Se recibieron datos de otros equipos: ya no se puede deshacer lo anterior "
            "(no se perdió nada)."), 15_000)

    def _show_release(self, release: AppRelease | None) -> None:
        self.release = release
        self.release_label.setVisible(release is not None)
        if release is not None:
            self.release_label.setText(self.tr(
                "Hay una versión nueva: Participa+ {version} (vea Sincronización)").format(
                version=release.version))

    # --- menus --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        from . import settings_dialog
        from .screens import MORE_SHORTCUTS

        assert self.context is not None
        context = self.context
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.show_sync)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.preferences_action = QAction(self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(
            lambda: settings_dialog.open_settings(context, self))
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.go_actions: list[QAction] = []
        for number, screen in enumerate(self.screen_list, start=1):
            action = QAction(self)
            if number <= 10:  # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            elif screen.key in MORE_SHORTCUTS:
                action.setShortcut(QKeySequence(MORE_SHORTCUTS[screen.key]))
            action.triggered.connect(lambda _checked=False, key=screen.key: self.show_screen(key))
            self.go_actions.append(action)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.sync_action)
        self.file_menu.addAction(self.sync_screen.export_action)  # Ctrl+E, text by the screen
        self.file_menu.addAction(self.sync_screen.import_action)  # Ctrl+I
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.go_menu = self.menuBar().addMenu("")
        for action in self.go_actions:
            self.go_menu.addAction(action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Participa+ Desktop"))
        self._show_release(self.release)
        if self.context is None:
            name = self.opening_path.name if self.opening_path is not None else ""
            self.opening_label.setText(
                self.tr("Abriendo el archivo de datos «{name}»…").format(name=name))
            return
        self.file_menu.setTitle(self.tr("&Archivo"))
        self.edit_menu.setTitle(self.tr("&Editar"))
        self.go_menu.setTitle(self.tr("&Ir a"))
        self.sync_action.setText(self.tr("&Sincronizar ahora"))
        self.quit_action.setText(self.tr("&Salir"))
        self.preferences_action.setText(self.tr("&Preferencias…"))
        for row, screen in enumerate(self.screen_list):
            title = screen.title()
            self.navigation.item(row).setText(title)
            self.go_actions[row].setText(title)
        # Wide enough for the longest title (the screens may ask for all the room there is).
        self.navigation.setMinimumWidth(min(
            NAVIGATION_WIDTH, self.navigation.sizeHintForColumn(0)
            + 2 * self.navigation.frameWidth() + 4))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context is not None:
            self.sync_screen.cancel()
        self.runner.wait(30_000)
        super().closeEvent(event)
