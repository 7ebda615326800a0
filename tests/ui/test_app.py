"""Starting the app: the file given or used last opens in the window, the window's size
and place are kept, unexpected errors are shown and logged."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from participa_desktop import paths
from participa_desktop.core.store import Store
from participa_desktop.ui import app as app_module
from participa_desktop.ui import errors
from participa_desktop.ui.app import Launcher
from participa_desktop.ui.first_run import FirstRunWizard
from participa_desktop.ui.main_window import MainWindow
from participa_desktop.ui.settings import Settings


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder is tmp_path/datos; the log handler the test installs is
    removed afterwards."""
    folder = tmp_path / "datos"
    folder.mkdir()
    monkeypatch.setattr(paths, "data_folder", lambda: folder)
    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")
    yield folder
    logger = logging.getLogger("participa")
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def run_until(qapp: QApplication, act) -> QTimer:
    """Poll every 50 ms while the app's event loop runs; `act()` returns True when done."""
    timer = QTimer(qapp)
    timer.setInterval(50)
    timer.timeout.connect(lambda: act() and timer.stop())
    timer.start()
    return timer


def test_run_app_opens_the_file_given_and_returns_when_the_window_closes(
    qapp: QApplication, data_folder: Path, tmp_path: Path
) -> None:
    database = tmp_path / "campo.sqlite"
    seen: dict[str, object] = {}

    def close_the_window() -> bool:
        windows = visible(MainWindow)
        if not windows:
            return False
        seen["path"] = windows[0].context.store.path
        box = QMessageBox(windows[0])
        seen["cancel"] = box.addButton(QMessageBox.StandardButton.Cancel).text()
        box.deleteLater()
        windows[0].close()
        return True

    timer = run_until(qapp, close_the_window)
    assert app_module.run_app(database) == 0
    timer.stop()

    assert seen["path"] == database
    assert seen["cancel"] == "Cancelar"  # Qt's own strings in Spanish
    assert qapp.applicationName() == "Participa+"
    assert qapp.organizationName() == "ParticipaPlus"
    assert Settings().last_database == str(database)
    assert errors.log_path() == data_folder / "participa.log"
    with Store.open(database) as store:  # created, and released by run_app
        assert store.device_id


def test_run_app_without_a_file_shows_the_first_run_and_ends_if_it_is_cancelled(
    qapp: QApplication, data_folder: Path
) -> None:
    def cancel_the_wizard() -> bool:
        wizards = visible(FirstRunWizard)
        if wizards:
            wizards[0].button(QWizard.WizardButton.CancelButton).click()
        return bool(wizards)

    timer = run_until(qapp, cancel_the_wizard)
    assert app_module.run_app(None) == 0
    timer.stop()

    assert not visible(MainWindow)
    assert Settings().last_database == ""


def test_the_window_comes_back_where_it_was_left(
    qtbot: QtBot, data_folder: Path, tmp_path: Path
) -> None:
    database = tmp_path / "campo.sqlite"
    first = Launcher(Settings(), credentials_folder=tmp_path / "credenciales")
    with qtbot.waitSignal(first.window_opened):
        first.start(database)
    assert first.window.isMaximized()  # nothing remembered yet
    first.window.showNormal()
    first.window.setGeometry(QRect(40, 50, 1100, 700))
    qtbot.waitUntil(lambda: first.window.width() == 1100)
    with qtbot.waitSignal(first.finished):
        first.window.close()
    assert first.store is None  # the file was closed with the window

    second = Launcher(Settings(), credentials_folder=tmp_path / "credenciales")
    try:
        with qtbot.waitSignal(second.window_opened):
            second.start(None)  # the file used last
        assert second.window.context.store.path == database
        restored = second.window.geometry()
        # The offscreen screen is only 800 pixels wide, so Qt pulls the window's left edge
        # and width back to fit; the height and the top stay as they were left.
        assert not second.window.isMaximized()  # a first start is maximized
        assert (restored.top(), restored.height()) == (50, 700)
    finally:
        second.shutdown()


def test_an_unexpected_error_in_a_slot_is_shown_and_written_to_the_log(
    qtbot: QtBot, main_window, tmp_path: Path, data_folder: Path
) -> None:
    window = main_window()
    log = errors.install(tmp_path / "registro")
    broken = QAction(window)

    def fail() -> None:
        raise RuntimeError("falla de prueba")

    broken.triggered.connect(fail)
    broken.trigger()

    qtbot.waitUntil(lambda: any(w.objectName() == "error_dialog" for w in visible(QMessageBox)))
    dialog = next(w for w in visible(QMessageBox) if w.objectName() == "error_dialog")
    assert "Ocurrió un error inesperado" in dialog.text()
    assert str(log) in dialog.informativeText()
    assert "RuntimeError: falla de prueba" in log.read_text(encoding="utf-8")
    dialog.close()


def test_the_window_appears_before_its_file_opens_and_names_it(
    qtbot: QtBot, data_folder: Path, tmp_path: Path
) -> None:
    database = tmp_path / "campo.sqlite"
    Store.open(database).close()
    launcher = Launcher(Settings(), credentials_folder=tmp_path / "credenciales")
    seen: list[tuple[str, str]] = []
    launcher.window_shown.connect(
        lambda window: seen.append(("shown", window.findChild(QLabel, "opening").text())))
    launcher.window_opened.connect(lambda window: seen.append(("opened", window.windowTitle())))
    try:
        with qtbot.waitSignal(launcher.window_opened):
            launcher.start(database)
        assert seen == [("shown", "Abriendo el archivo de datos «campo.sqlite»…"),
                        ("opened", "Participa+ Desktop")]
        assert launcher.window.navigation.count() == 11
        assert launcher.window.screens.currentWidget() is launcher.window.screen("inicio")
    finally:
        launcher.shutdown()


@pytest.fixture
def closed_stores(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths of the stores closed during the test, in order."""
    closed: list[Path] = []
    close = Store.close

    def spy(store: Store) -> None:
        closed.append(store.path)
        close(store)

    monkeypatch.setattr(Store, "close", spy)
    return closed


def test_closing_the_window_while_its_file_opens_closes_the_file_too(
    qtbot: QtBot, data_folder: Path, tmp_path: Path, closed_stores: list[Path]
) -> None:
    database = tmp_path / "campo.sqlite"
    launcher = Launcher(Settings(), credentials_folder=tmp_path / "credenciales")
    opened: list[object] = []
    launcher.window_opened.connect(opened.append)
    launcher.window_shown.connect(lambda window: window.close())
    with qtbot.waitSignal(launcher.finished):
        launcher.start(database)
    launcher.runner.wait(30_000)
    qtbot.waitUntil(lambda: closed_stores == [database])
    launcher.shutdown()
    assert opened == [] and launcher.window is None
    assert Settings().last_database == ""


def test_a_window_closed_as_its_file_finishes_opening_does_not_take_the_file(
    qtbot: QtBot, data_folder: Path, tmp_path: Path, closed_stores: list[Path]
) -> None:
    """The file's result is already waiting in the event queue when the close comes."""
    database = tmp_path / "campo.sqlite"
    launcher = Launcher(Settings(), credentials_folder=tmp_path / "credenciales")
    events: list[str] = []
    launcher.window_opened.connect(lambda _window: events.append("opened"))
    launcher.finished.connect(lambda _code: events.append("finished"))
    launcher.start(database)
    launcher.runner.wait(30_000)  # opened; its result not delivered yet
    launcher.window.close()
    qtbot.waitUntil(lambda: events == ["finished"] and closed_stores == [database])
    launcher.shutdown()
    assert Settings().last_database == ""


def test_a_file_that_cannot_be_opened_takes_its_window_away_and_says_why(
    qtbot: QtBot, data_folder: Path, tmp_path: Path
) -> None:
    database = tmp_path / "notas.sqlite"
    database.write_text("no es una base de datos", encoding="utf-8")
    launcher = Launcher(Settings(), credentials_folder=tmp_path / "credenciales")
    try:
        with qtbot.waitSignal(launcher.open_failed):
            launcher.start(database)
        assert launcher.window is None and not visible(MainWindow)
        qtbot.waitUntil(lambda: any(box.objectName() == "open_failed"
                                    for box in visible(QMessageBox)))
        assert Settings().last_database == ""
    finally:
        for box in visible(QMessageBox):
            box.done(0)
        launcher.shutdown()
