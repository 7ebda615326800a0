"""The main window opens on a data file and says which one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from participa_desktop.core.store import Store
from participa_desktop.ui.main_window import MainWindow


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "campo.sqlite", device_name="portatil-prueba") as opened:
        yield opened


def test_window_shows_title_file_and_device(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()

    assert window.windowTitle() == "Participa+ Desktop"
    home = window.screen("inicio")
    assert str(store.path) in home.status_label.text()
    assert "portatil-prueba" in home.status_label.text()


def test_every_screen_is_reachable_by_keyboard(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()

    assert len(window.screen_list) == 11
    for number, screen in enumerate(window.screen_list, start=1):
        # Ctrl+1 … Ctrl+9, Ctrl+0, then Resultados (the eleventh) on Ctrl+R.
        keys = f"Ctrl+{number % 10}" if number <= 10 else "Ctrl+R"
        assert window.go_actions[number - 1].shortcut().toString() == keys
        window.go_actions[number - 1].trigger()
        assert window.screens.currentWidget() is screen
        assert window.navigation.currentItem().text() == screen.title()


def test_window_fits_a_small_laptop_screen(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)

    assert window.minimumWidth() <= 1366
    assert window.minimumHeight() <= 768 - 80  # taskbar and title bar


def test_quit_action_closes_the_window(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()

    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.quit_action.trigger()

    assert not window.isVisible()
