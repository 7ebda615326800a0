"""The sync screen, driven through its widgets against a real server on loopback:
enrolment, a sync that leaves the window responsive, cancel, and failures in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from participa_desktop.core import server_link
from participa_desktop.ui.sync_screen import SyncScreen


@pytest.fixture
def screen(open_store, fill_demo, app_context, show_screen):
    store = open_store("campo")
    fill_demo(store, participants=300, workshops=8)
    widget = SyncScreen(app_context(store))
    show_screen(widget)
    return widget


def _enrol(qtbot, screen, server) -> None:
    org = server.organization("Fundación Uno")
    qtbot.keyClicks(screen.server_edit, server.url)
    qtbot.keyClicks(screen.code_edit, server.code(org))
    with qtbot.waitSignal(screen.finished, timeout=20_000) as outcome:
        qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0], outcome.args[1]


def test_enrol_then_sync_through_the_screen(qtbot, screen, live_server):
    assert not screen.enrol_box.isHidden() and not screen.sync_button.isEnabled()
    _enrol(qtbot, screen, live_server)
    assert "Fundación Uno" in screen.link_label.text()
    assert screen.enrol_box.isHidden()

    with qtbot.waitSignal(screen.finished, timeout=60_000) as outcome:
        qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
        # The click returned at once: the work runs on a worker, the window stays live.
        assert screen.cancel_button.isEnabled() and not screen.sync_button.isEnabled()
    ok, message = outcome.args
    assert ok and "Se enviaron" in message
    assert screen.result_label.text() == message
    assert not screen.cancel_button.isEnabled()


def test_an_empty_form_is_answered_without_network(qtbot, screen):
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)
    assert outcome.args == [False, "Escriba la dirección del servidor y el código."]


def test_a_wrong_code_is_explained(qtbot, screen, live_server):
    qtbot.keyClicks(screen.server_edit, live_server.url)
    qtbot.keyClicks(screen.code_edit, "NO-ES-UN-CODIGO")
    with qtbot.waitSignal(screen.finished, timeout=20_000) as outcome:
        qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0] is False
    assert "código de inscripción no es válido" in screen.result_label.text()
    assert not screen.enrol_box.isHidden() and screen.enrol_button.isEnabled()


def test_cancel_stops_the_sync_and_says_so(qtbot, screen, live_server):
    _enrol(qtbot, screen, live_server)
    with qtbot.waitSignal(screen.finished, timeout=60_000) as outcome:
        screen.sync_now()
        qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0] is False
    assert "cancelada" in screen.result_label.text()
    assert server_link.read_link(screen.store) is not None
