"""The coordinator's review: conflicts (the value kept and the archived ones side by side,
restore either) and suggested duplicates (two people side by side with their attendance,
link or unlink), one tab each. What a tab shows is read again when it is shown after the
data changed (a sync, an import, an edit elsewhere)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .context import AppContext
from .review_conflicts import ConflictsTab
from .review_duplicates import DuplicatesTab
from .screen import Screen

#: Tables whose changes can change the duplicate suggestions.
_PEOPLE_TABLES = {"*", "participant", "duplicate_link", "attendance"}


class ReviewScreen(Screen):
    key = "revision"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tabs = QTabWidget(self)
        self.conflicts = ConflictsTab(context, self.tabs)
        self.duplicates = DuplicatesTab(context, self.tabs)
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.duplicates, "")
        self.tabs.currentChanged.connect(lambda _index: self._load_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        #: Tabs whose data may be stale (all, until first shown).
        self._stale: set[QWidget] = {self.conflicts, self.duplicates}
        context.hub.data_changed.connect(self._data_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Revisión")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Con&flictos"))
        self.tabs.setTabText(1, self.tr("D&uplicados"))

    def activate(self) -> None:
        self._load_current()

    def _data_changed(self, table: str) -> None:
        self._stale.add(self.conflicts)  # any edit may have been a conflicting one
        if table in _PEOPLE_TABLES:
            self._stale.add(self.duplicates)
        if self.isVisible():
            self._load_current()

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.reload()
