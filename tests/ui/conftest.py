"""Fixtures of the UI tests: settings in a temporary folder, a context for testing one
screen, the whole main window over a data file, a way to wait for the task runner, and
pytest-qt's `qtbot` with one generous wait limit."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

#: How long a UI test waits for anything (ms) unless it says otherwise: a wait returns as
#: soon as what it waits for happens, so only a failing test pays for it, while pytest-qt's
#: 5 s made tests flaky on a busy two-core machine.
WAIT_MS = 30_000
_QTBOT_WAITS = ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed",
                "waitActive")


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's `qtbot` whose waits (waitUntil, waitSignal(s), waitCallback,
    waitExposed, waitActive) last up to `WAIT_MS` by default. pytest-qt has no setting for
    its default timeout (its ini options set only `raising`), hence this override; an
    explicit `timeout=` still wins."""
    for name in _QTBOT_WAITS:
        setattr(qtbot, name, functools.partial(getattr(qtbot, name), timeout=WAIT_MS))
    return qtbot


@pytest.fixture(autouse=True)
def settings_folder(tmp_path: Path) -> Path:
    """QSettings of every UI test live in tmp_path/config (never the user's), and the
    interface starts in Spanish."""
    from participa_desktop.ui import i18n

    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    if i18n.current_language() != "es":
        i18n.apply_language("es")


@pytest.fixture
def app_context(qtbot, open_store, tmp_path, monkeypatch) -> Iterator[Callable[..., object]]:
    """app_context(store=None): an AppContext (runner, undo stack, settings, hub) over a
    store (a fresh one when None); its runner is waited for at the end."""
    from participa_desktop.ui.context import AppContext, Hub
    from participa_desktop.ui.settings import Settings
    from participa_desktop.ui.tasks import TaskRunner

    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")
    made: list[AppContext] = []

    def make(store=None) -> AppContext:
        context = AppContext(store=store or open_store("campo"), runner=TaskRunner(),
                             undo_stack=QUndoStack(), settings=Settings(), hub=Hub(),
                             credentials_folder=tmp_path / "credenciales")
        made.append(context)
        return context

    yield make
    for context in made:
        context.runner.wait(30_000)


@pytest.fixture
def show_screen(qtbot) -> Iterator[Callable[[QWidget], QMainWindow]]:
    """show_screen(widget): put a screen in a 1366×768 window, as the app does (a bare
    top-level widget makes Qt warn on resizes), and show it; the window lives until the
    test ends."""
    hosts: list[QMainWindow] = []

    def show(widget: QWidget) -> QMainWindow:
        host = QMainWindow()
        hosts.append(host)
        host.setCentralWidget(widget)
        host.resize(1366, 768)
        qtbot.addWidget(host)
        host.show()
        return host

    yield show


@pytest.fixture
def main_window(qtbot, open_store, tmp_path, monkeypatch) -> Callable[..., object]:
    """main_window(store=None): the app's MainWindow over `store` (a fresh one when None),
    shown at 1366×768; closed (waiting for its tasks) at the end."""
    from participa_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")
    windows: list[MainWindow] = []

    def make(store=None) -> MainWindow:
        window = MainWindow(store or open_store("campo"),
                            credentials_folder=tmp_path / "credenciales")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.runner.wait(30_000)


@pytest.fixture
def wait_idle(qtbot) -> Callable[[object], None]:
    """wait_idle(runner): wait until the task runner has nothing running."""

    def wait(runner, timeout: int = WAIT_MS) -> None:
        qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)

    return wait


@pytest.fixture
def type_text(qtbot) -> Callable[[QWidget, str], None]:
    """type_text(widget, text): type `text` key by key, accents and ñ included (qtbot's
    keyClicks knows only ASCII and aborts on "ó")."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def type_(widget: QWidget, text: str) -> None:
        for char in text:
            if char.isascii():
                qtbot.keyClicks(widget, char)
            else:
                QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                                   Qt.KeyboardModifier.NoModifier)

    return type_
