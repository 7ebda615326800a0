"""Preferences: opened from the File menu, the consent notice version kept, the language
switched and back, the data file and log shown, the data folder opened."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from participa_desktop.ui import errors, i18n
from participa_desktop.ui.settings import Settings
from participa_desktop.ui.settings_dialog import (
    CONSENT_VERSION_KEY,
    DEFAULT_CONSENT_VERSION,
    SettingsDialog,
    consent_version,
)


@pytest.fixture
def window(main_window, tmp_path: Path):
    """The main window in Spanish (as the app starts), with a log file in tmp_path."""
    i18n.apply_language("es")
    errors.install(tmp_path / "registro")
    yield main_window()
    logger = logging.getLogger("participa")
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def open_preferences(qtbot: QtBot, window) -> SettingsDialog:
    assert window.preferences_action in window.file_menu.actions()
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    before = set(window.findChildren(SettingsDialog))  # closed ones go away a bit later
    window.preferences_action.trigger()
    [dialog] = [found for found in window.findChildren(SettingsDialog) if found not in before]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def press(qtbot: QtBot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def test_preferences_show_the_current_choices_and_files(
    qtbot: QtBot, window, tmp_path: Path
) -> None:
    dialog = open_preferences(qtbot, window)

    assert dialog.windowTitle() == "Preferencias"
    assert dialog.language_combo.currentText() == "Español (Colombia)"
    assert dialog.consent_edit.text() == DEFAULT_CONSENT_VERSION
    assert dialog.database_edit.text() == str(window.context.store.path)
    assert dialog.database_edit.isReadOnly()
    assert dialog.log_edit.text() == str(tmp_path / "registro" / "participa.log")
    assert dialog.buttons.button(CANCEL).text() == "Cancelar"
    assert dialog.language_label.buddy() is dialog.language_combo


def test_a_new_consent_notice_version_is_kept(qtbot: QtBot, window) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.consent_edit.selectAll()
    qtbot.keyClicks(dialog.consent_edit, "2025-2")
    qtbot.keyClick(dialog.consent_edit, Qt.Key.Key_Return)  # Enter accepts

    assert not dialog.isVisible()
    assert Settings().value(CONSENT_VERSION_KEY) == "2025-2"
    assert consent_version(Settings()) == "2025-2"
    assert i18n.current_language() == "es"  # untouched


def test_an_empty_consent_version_is_refused_beside_the_field(qtbot: QtBot, window) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.consent_edit.selectAll()
    qtbot.keyClick(dialog.consent_edit, Qt.Key.Key_Delete)
    press(qtbot, dialog, OK)

    assert dialog.isVisible()
    assert dialog.consent_error.isVisible()
    assert "Escriba la versión del aviso" in dialog.consent_error.text()
    assert Settings().value(CONSENT_VERSION_KEY) == ""
    assert consent_version(Settings()) == DEFAULT_CONSENT_VERSION
    press(qtbot, dialog, CANCEL)


def test_cancel_leaves_everything_as_it_was(qtbot: QtBot, window) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    assert dialog.language_combo.currentData() == "en"
    dialog.consent_edit.selectAll()
    qtbot.keyClicks(dialog.consent_edit, "2030-9")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert i18n.current_language() == "es"
    assert Settings().language == "es"
    assert Settings().value(CONSENT_VERSION_KEY) == ""


def test_the_language_switches_and_back_without_restarting(qtbot: QtBot, window) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    press(qtbot, dialog, OK)

    assert i18n.current_language() == "en"
    assert Settings().language == "en"
    dialog = open_preferences(qtbot, window)
    assert dialog.language_combo.currentText() == "English"
    assert dialog.buttons.button(CANCEL).text() == "Cancel"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    press(qtbot, dialog, OK)

    assert i18n.current_language() == "es"
    assert Settings().language == "es"


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url)


def test_the_data_folder_opens_in_the_file_manager(qtbot: QtBot, window) -> None:
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open_url")
    try:
        dialog = open_preferences(qtbot, window)
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")

    assert [url.toLocalFile() for url in catcher.urls] == [
        str(window.context.store.path.parent)]
