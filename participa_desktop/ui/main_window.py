"""The main window: a navigation list, the screens, the menus and the undo stack; it wires
actions to screens and holds no logic of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from participa_desktop.core.store import Store

from . import errors, settings_dialog
from .agreements_screen import AgreementsScreen
from .attendance_screen import AttendanceScreen
from .context import AppContext, Hub
from .home_screen import HomeScreen
from .registry.implementations_screen import ImplementationsScreen
from .registry.organizations_screen import OrganizationsScreen
from .registry.people_screen import PeopleScreen
from .registry.territories_screen import TerritoriesScreen
from .results_screen import ResultsScreen
from .review_screen import ReviewScreen
from .screen import Screen
from .settings import Settings
from .sync_screen import SyncScreen
from .tasks import TaskRunner
from .workshops_screen import WorkshopsScreen

#: Fits a 1366×768 laptop screen with a taskbar and window decorations.
MINIMUM_WIDTH, MINIMUM_HEIGHT = 1024, 640

#: The screens in navigation order; each takes the AppContext.
SCREENS: list[type[Screen]] = [
    HomeScreen,
    WorkshopsScreen,
    AttendanceScreen,
    AgreementsScreen,
    PeopleScreen,
    OrganizationsScreen,
    ImplementationsScreen,
    TerritoriesScreen,
    SyncScreen,
    ReviewScreen,
    ResultsScreen,
]
#: Shortcuts of the screens after the tenth (the first ten take Ctrl+1 … Ctrl+9, Ctrl+0).
MORE_SHORTCUTS = {ResultsScreen.key: "Ctrl+R"}


class MainWindow(QMainWindow):
    """The app's window over an open `store`. It does not close the store; closing the
    window cancels running tasks and waits for them."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 settings: Settings | None = None,
                 credentials_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.context = AppContext(store=store, runner=self.runner, undo_stack=self.undo_stack,
                                  settings=settings or Settings(), hub=Hub(self),
                                  credentials_folder=credentials_folder)
        self.runner.unexpected.connect(lambda error: errors.show_error(self, error))
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(180)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 7px 6px; }")
        self.screens = QStackedWidget(self)
        self.screen_list: list[Screen] = []
        for screen_class in SCREENS:
            screen = screen_class(self.context, self.screens)
            self.screen_list.append(screen)
            self.navigation.addItem("")
            self.screens.addWidget(screen)
        self.navigation.currentRowChanged.connect(self._go_to_row)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        self._build_actions()
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
        screen = self.screen(SyncScreen.key)
        assert isinstance(screen, SyncScreen)
        return screen

    def show_sync(self) -> None:
        """Go to the sync screen and start a sync when the file is enrolled."""
        self.show_screen(SyncScreen.key)
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

    # --- menus --------------------------------------------------------------------------

    def _build_actions(self) -> None:
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
            lambda: settings_dialog.open_settings(self.context, self))
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync_screen.cancel()
        self.runner.wait(30_000)
        super().closeEvent(event)
