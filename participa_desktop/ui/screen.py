"""The base of every screen in the main window's navigation.

A screen is a QWidget with a stable `key`, a translated `title()`, a `retranslate()` that
sets every visible text (called once at construction by the subclass and again whenever the
language changes) and `activate()`, called each time the screen is shown (reload data
there, through the task runner). Subclasses call `self.tr()` only in their own methods:
PySide looks strings up under the class that calls it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from .context import AppContext


class Screen(QWidget):
    """Subclass, set `key`, implement `title()` and `retranslate()`."""

    key = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text of the screen in the current language."""

    def activate(self) -> None:
        """The screen was just shown: refresh what may be stale."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
