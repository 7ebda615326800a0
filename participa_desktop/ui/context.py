"""What every screen is given: the open data file, the task runner, the undo stack, the
settings and the app-wide signal hub (after Frescobaldi / qutebrowser)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from participa_desktop.core.store import Store

    from .settings import Settings
    from .tasks import TaskRunner


class Hub(QObject):
    """App-wide signals. Emitted on the GUI thread only."""

    #: Data changed: the table names touched ("participant", "workshop"…), or "*" when a
    #: merge or sync may have changed anything ("sync": a sync that received nothing, only
    #: what waits to be sent changed). Screens showing that data reload it; "*" also ends
    #: what can be undone (the main window clears the undo stack).
    data_changed = Signal(str)
    #: Ask the window to show a workshop's attendance: (workshop id).
    open_attendance = Signal(str)
    #: Ask the window to show a screen by its `Screen.key`.
    show_screen = Signal(str)


@dataclass
class AppContext:
    """Shared by the main window and its screens; built once per open data file."""

    store: Store
    runner: TaskRunner
    undo_stack: QUndoStack
    settings: Settings
    hub: Hub
    credentials_folder: Path | None = field(default=None)

    def changed(self, *tables: str) -> None:
        """Tell every screen that `tables` changed (call after a write finished)."""
        for table in tables or ("*",):
            self.hub.data_changed.emit(table)
