"""Home: what is happening today, in plain words. (Filled in by the home-screen work.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .context import AppContext
from .screen import Screen


class HomeScreen(Screen):
    key = "inicio"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.status_label = QLabel(self)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Inicio")

    def retranslate(self) -> None:
        store = self.context.store
        self.status_label.setText(self.tr("Archivo de datos: {path}\nEquipo: {device}").format(
            path=store.path, device=store.device_name))
