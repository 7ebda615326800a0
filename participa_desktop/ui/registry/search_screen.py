"""The base of the registry screens (Personas, Organizaciones, Implementaciones,
Territorios): a search box that reads the list again a moment after the last keystroke,
and when to read it again after the data changed: at once while the screen is shown, else
the next time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ..context import AppContext
from ..screen import Screen


class SearchScreen(Screen):
    """Subclass: set `tables` (and `search_delay` if 150 ms does not suit), implement
    `load()`, put `search_row()` in the layout; `retranslate()` sets the texts of
    `search_label` and `search_edit`. `reload()` reads the list now."""

    #: The tables whose changes may change the list ("*": a sync or an import).
    tables: tuple[str, ...] = ()
    #: Pause after a keystroke before searching (ms).
    search_delay = 150

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = True
        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(self.search_delay)
        self.search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        context.hub.data_changed.connect(self._data_changed)

    def search_row(self, *after: QWidget) -> QHBoxLayout:
        """A row with the search label, the search box (taking the room) and `after`."""
        row = QHBoxLayout()
        row.addWidget(self.search_label)
        row.addWidget(self.search_edit, 1)
        for widget in after:
            row.addWidget(widget)
        return row

    def activate(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the list again now, with the search as typed now."""
        self._stale = False
        self.search_timer.stop()
        self.load()

    def load(self) -> None:
        """Start reading the list (through the task runner)."""
        raise NotImplementedError

    def data_changed_while_shown(self) -> None:
        """Data of `tables` changed while the screen is shown: by default, `reload()`."""
        self.reload()

    def _data_changed(self, table: str) -> None:
        if table not in self.tables:
            return
        if self.isVisible():
            self.data_changed_while_shown()
        else:
            self._stale = True
