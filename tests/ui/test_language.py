"""Switching the interface language in a running main window, through the preferences:
English at once (Qt's own strings too), and back to exactly the Spanish it had."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from participa_desktop.paths import resource_path
from participa_desktop.ui import i18n
from participa_desktop.ui.settings import Settings
from participa_desktop.ui.settings_dialog import SettingsDialog

ENGLISH_QM = resource_path("translations", "participa_en.qm")
CANCEL = QDialogButtonBox.StandardButton.Cancel


def english_has_translations() -> bool:
    translator = QTranslator()
    return translator.load(str(ENGLISH_QM)) and not translator.isEmpty()


@pytest.fixture
def window(main_window):
    i18n.apply_language("es")  # as the app starts
    return main_window()


def visible_texts(window) -> dict[str, str]:
    """The window's own texts a person reads: title, menus, navigation."""
    texts = {"window title": window.windowTitle()}
    for menu in (window.file_menu, window.edit_menu, window.go_menu):
        texts[f"menu {menu.objectName() or id(menu)}"] = menu.title()
    for row in range(window.navigation.count()):
        texts[f"navigation {row}"] = window.navigation.item(row).text()
    return texts


def choose_language(qtbot: QtBot, window, code: str) -> None:
    """Preferences (Ctrl+,) → Idioma → OK, then let every widget hear of it."""
    dialog = open_preferences(qtbot, window)
    combo = dialog.language_combo
    combo.setFocus()
    wanted = combo.findData(code)
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    for _step in range(abs(wanted - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentData() == code
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    # Qt posts LanguageChange to each window; deliver them now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def open_preferences(qtbot: QtBot, window) -> SettingsDialog:
    before = set(window.findChildren(SettingsDialog))
    window.preferences_action.trigger()
    [dialog] = [found for found in window.findChildren(SettingsDialog) if found not in before]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_english_applies_at_once_and_spanish_comes_back_exactly(
    qtbot: QtBot, window
) -> None:
    spanish = visible_texts(window)
    assert spanish["navigation 0"] == "Inicio"

    choose_language(qtbot, window, "en")

    assert i18n.current_language() == "en"
    assert Settings().language == "en"
    assert QDialogButtonBox(CANCEL).button(CANCEL).text() == "Cancel"  # Qt's own strings
    dialog = open_preferences(qtbot, window)
    assert dialog.buttons.button(CANCEL).text() == "Cancel"
    qtbot.mouseClick(dialog.buttons.button(CANCEL), Qt.MouseButton.LeftButton)

    choose_language(qtbot, window, "es")

    assert i18n.current_language() == "es"
    assert Settings().language == "es"
    assert visible_texts(window) == spanish
    assert QDialogButtonBox(CANCEL).button(CANCEL).text() == "Cancelar"


@pytest.mark.skipif(
    not english_has_translations(),
    reason="participa_en.qm no tiene traducciones todavía: se activa cuando el responsable "
           "complete resources/translations/participa_en.ts y lo compile (scripts/translations)")
def test_in_english_every_navigation_item_and_menu_changes(qtbot: QtBot, window) -> None:
    spanish = visible_texts(window)

    choose_language(qtbot, window, "en")

    english = visible_texts(window)
    # The window title is the product's name, the same in both languages: it must be what
    # the translation says, not necessarily different.
    assert english.pop("window title") == QApplication.translate(
        "MainWindow", "Participa+ Desktop")
    unchanged = {key: text for key, text in english.items() if text == spanish[key]}
    assert not unchanged, f"sin traducir al inglés: {unchanged}"
