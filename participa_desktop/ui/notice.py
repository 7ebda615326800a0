"""A notice shown inside a screen: an icon, a bold heading and wrapped text saying what
happened and what to do. Screens use it for the outcome of long jobs and for expected
failures (no connection, a damaged package…), which are never crash dialogs."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget


class Level(Enum):
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_ICONS = {
    Level.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    Level.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
#: Background and border: light enough for dark text, distinct without relying on colour
#: alone (the icon and heading say the same).
_COLOURS = {
    Level.OK: ("#e8f5e9", "#81c784"),
    Level.INFO: ("#e3f2fd", "#64b5f6"),
    Level.WARNING: ("#fff8e1", "#ffb74d"),
    Level.ERROR: ("#fdecea", "#e57373"),
}


class Notice(QFrame):
    """Hidden until `show_message`; `text_label` holds the words (tests read it).

    The text is plain unless `rich` is true (then it is HTML: the caller escapes what it
    did not write, and links open in the browser)."""

    ICON_SIZE = 32

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.level: Level | None = None
        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(self.ICON_SIZE, self.ICON_SIZE)
        self.heading_label = QLabel(self)
        self.heading_label.setWordWrap(True)
        font = self.heading_label.font()
        font.setBold(True)
        self.heading_label.setFont(font)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setOpenExternalLinks(True)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        words = QVBoxLayout()
        words.addWidget(self.heading_label)
        words.addWidget(self.text_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        self.setVisible(False)

    def show_message(self, level: Level, heading: str, text: str, *, rich: bool = False) -> None:
        self.level = level
        icon = self.style().standardIcon(_ICONS[level])
        self.icon_label.setPixmap(icon.pixmap(self.ICON_SIZE, self.ICON_SIZE))
        self.heading_label.setText(heading)
        self.heading_label.setVisible(bool(heading))
        self.text_label.setTextFormat(Qt.TextFormat.RichText if rich
                                      else Qt.TextFormat.PlainText)
        self.text_label.setText(text)
        background, border = _COLOURS[level]
        name = self.objectName()  # "notice", or a subclass's own (tests find it by it)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; "
            f"border-radius: 4px; }} QFrame#{name} QLabel {{ color: #1a1a1a; }}")
        self.setVisible(True)

    def clear(self) -> None:
        self.level = None
        self.heading_label.clear()
        self.text_label.clear()
        self.setVisible(False)
