"""A notice that, once a file was saved, offers to open it or the folder it is in (the
workshop documents and the results report use it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .notice import Level, Notice


class SavedFileNotice(Notice):
    """`show_saved` shows the two open buttons under the words; any other message (or
    `clear`) hides them. The owner sets the buttons' texts, in its own translation
    context, and decides how a path is opened (`open_path`, so tests can catch it).
    `buttons` is the row of buttons, for the owner to add its own (e.g. "Cerrar")."""

    def __init__(self, parent: QWidget, open_path: Callable[[Path], object]) -> None:
        super().__init__(parent)
        self.saved: Path | None = None
        self.open_file_button = QPushButton(self)
        self.open_file_button.clicked.connect(lambda: self._open(file=True))
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.clicked.connect(lambda: self._open(file=False))
        self._open_path = open_path
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.open_file_button)
        self.buttons.addWidget(self.open_folder_button)
        self.buttons.addStretch(1)
        words = self.layout().itemAt(1).layout()  # Notice's layout: the icon, then the words
        assert isinstance(words, QVBoxLayout)
        words.addLayout(self.buttons)
        self._show_buttons(False)

    def show_saved(self, heading: str, text: str, path: Path) -> None:
        """Say that `path` was saved, with the buttons to open it or its folder."""
        self.show_message(Level.OK, heading, text)
        self.saved = path
        self._show_buttons(True)

    def show_message(self, level: Level, heading: str, text: str, *, rich: bool = False) -> None:
        super().show_message(level, heading, text, rich=rich)
        self.saved = None
        self._show_buttons(False)

    def clear(self) -> None:
        super().clear()
        self.saved = None
        self._show_buttons(False)

    def _show_buttons(self, shown: bool) -> None:
        self.open_file_button.setVisible(shown)
        self.open_folder_button.setVisible(shown)

    def _open(self, file: bool) -> None:
        if self.saved is not None:
            self._open_path(self.saved if file else self.saved.parent)
