"""The notice that a newer Participa+ can be installed: which version, which one this is,
and a button that opens the download page in the browser. The app never downloads or
installs anything itself; the person decides when to update."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from participa_desktop import __version__
from sync.client.releases import AppRelease

from .notice import Level, Notice


class ReleaseNotice(Notice):
    """Hidden while there is nothing to tell. `show_release(release)` shows it when
    `release` is newer than the running app (`current`), and hides it otherwise.
    `open_url` opens the page (QDesktopServices.openUrl, looked up when clicked so tests
    can replace it); the button is there only when the server named a download page."""

    def __init__(self, parent: QWidget | None = None, current: str = __version__) -> None:
        super().__init__(parent)
        self.setObjectName("release_notice")
        self.current = current
        self.release: AppRelease | None = None
        self.open_url: Callable[[QUrl], object] = lambda url: QDesktopServices.openUrl(url)
        self.download_button = QPushButton(self)
        self.download_button.setObjectName("download_button")
        self.download_button.clicked.connect(self._open)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addStretch(1)
        words = self.layout().itemAt(1).layout()  # Notice's layout: the icon, then the words
        assert isinstance(words, QVBoxLayout)
        words.addLayout(buttons)
        self.download_button.setVisible(False)

    def show_release(self, release: AppRelease | None) -> None:
        """Tell of `release` if it is newer than this app; otherwise hide."""
        self.release = release if release is not None and release.is_newer_than(
            self.current) else None
        self._render()

    def _render(self) -> None:
        release = self.release
        if release is None:
            self.clear()
            self.download_button.setVisible(False)
            return
        text = self.tr("Puede instalar Participa+ {version}; este equipo tiene la versión "
                       "{current}. Sus datos se conservan al actualizar. Participa+ no se "
                       "actualiza solo: usted decide cuándo instalarlo.").format(
            version=release.version, current=self.current)
        if release.url:
            text += "\n" + self.tr("Página de descarga: {url}").format(url=release.url)
        else:
            text += " " + self.tr("Pida el instalador a su coordinador(a).")
        self.show_message(Level.INFO, self.tr("Hay una versión nueva de Participa+"), text)
        self.download_button.setText(self.tr("Abrir la página de &descarga"))
        self.download_button.setToolTip(release.url)
        self.download_button.setVisible(bool(release.url))

    def _open(self) -> None:
        if self.release is not None and self.release.url:
            self.open_url(QUrl(self.release.url))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.release is not None:
            self._render()
        super().changeEvent(event)
