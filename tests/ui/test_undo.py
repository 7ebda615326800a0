"""Undo in the main window: data brought in from other devices (a USB package, a sync
that received rows) ends what can be undone, so an undo never writes old values over
newer ones; a sync that received nothing leaves it; an undo whose write fails (the row was
deleted meanwhile) is explained and never replayed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from participa_desktop.core import replication
from participa_desktop.core.models import Participant
from participa_desktop.core.services import participants

pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
    "^This plugin does not support propagateSizeHints\\(\\)",
)

LUIS = {"given_names": "Luis", "first_surname": "Angulo", "phone": "3105551234",
        "consent_date": "2025-03-04", "consent_channel": "verbal",
        "consent_notice_version": "2025-1"}


def register(store, values=LUIS) -> str:
    with store.unit_of_work() as session:
        return participants.register_participant(session, values).id


def phone(store, person_id: str) -> str:
    with store.reading() as session:
        return session.get(Participant, person_id).phone


def edit_phone(qtbot, window, person_id: str, new_phone: str) -> None:
    """Ctrl+5 (Personas), open the person's form, type the phone, save: one undo entry."""
    window.show_screen("personas")
    screen = window.screen("personas")
    qtbot.waitUntil(lambda: screen.list.model.row_of(person_id) >= 0)
    screen.list.select_id(person_id)
    qtbot.mouseClick(screen.list.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    qtbot.waitUntil(screen.dialog.territory.is_ready)
    screen.dialog.phone.selectAll()
    qtbot.keyClicks(screen.dialog.phone, new_phone)
    qtbot.mouseClick(screen.dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert phone(window.context.store, person_id) == new_phone
    assert window.undo_action.isEnabled()


def error_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in
                                window.findChildren(QMessageBox, "error_dialog")))
    return next(box for box in window.findChildren(QMessageBox, "error_dialog")
                if box.isVisible())


def test_a_usb_package_ends_undo_and_the_newer_phone_stays(qtbot, main_window, open_store,
                                                           tmp_path):
    other = open_store("otro", device="portátil de Rosa")
    person_id = register(other)
    replication.export(other, tmp_path / "uno.participa")
    here = open_store("campo")
    replication.merge(here, tmp_path / "uno.participa")
    window = main_window(here)
    edit_phone(qtbot, window, person_id, "3001112233")

    # Later, on the other laptop, the phone changes again and comes here on a stick.
    with other.unit_of_work() as session:
        participants.update_participant(session, person_id, {"phone": "3157778899"})
    replication.export(other, tmp_path / "dos.participa")
    sync_screen = window.sync_screen
    sync_screen.choose_packages = lambda: [tmp_path / "dos.participa"]
    with qtbot.waitSignal(sync_screen.finished) as imported:
        window.sync_screen.import_action.trigger()  # Archivo ▸ Importar paquetes (Ctrl+I)
    assert imported.args[0], imported.args[1]
    assert phone(here, person_id) == "3157778899"

    assert not window.undo_action.isEnabled()
    assert window.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == (
        "Se recibieron datos de otros equipos: ya no se puede deshacer lo anterior "
        "(no se perdió nada).")
    window.undo_action.trigger()  # Ctrl+Z: nothing to undo
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert phone(here, person_id) == "3157778899"


def test_a_sync_ends_undo_only_when_it_received_rows(qtbot, main_window, open_store,
                                                     live_server, enrolled, sync_now):
    org = live_server.organization("Fundación Uno")
    here = open_store("campo")
    person_id = register(here)
    enrolled(here, live_server, org)
    window = main_window(here)
    edit_phone(qtbot, window, person_id, "3001112233")
    sync_screen = window.sync_screen
    qtbot.waitUntil(sync_screen.sync_button.isEnabled)

    with qtbot.waitSignal(sync_screen.finished, timeout=60_000) as first:
        window.sync_action.trigger()  # Archivo ▸ Sincronizar (F5); nothing new: undo stays
    assert first.args[0], first.args[1]
    assert window.undo_action.isEnabled() and window.undo_stack.count() == 1

    other = open_store("otro", device="portátil de Rosa")
    enrolled(other, live_server, org)
    register(other, {**LUIS, "given_names": "Rosa", "phone": "3157778899"})
    sync_now(other)
    with qtbot.waitSignal(sync_screen.finished, timeout=60_000) as second:
        window.sync_action.trigger()  # Rosa arrives: undo ends
    assert second.args[0], second.args[1]
    assert not window.undo_action.isEnabled() and window.undo_stack.count() == 0
    assert "ya no se puede deshacer" in window.statusBar().currentMessage()
    assert phone(here, person_id) == "3001112233"


def test_an_undo_whose_row_was_deleted_is_explained_and_not_replayed(qtbot, main_window,
                                                                      open_store):
    store = open_store("campo")
    person_id = register(store)
    window = main_window(store)
    edit_phone(qtbot, window, person_id, "3001112233")
    with store.unit_of_work() as session:  # meanwhile, someone deletes the person
        participants.delete_participant(session, person_id)

    window.undo_action.trigger()  # Edit ▸ Undo (Ctrl+Z)
    box = error_box(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Warning  # expected: not the crash dialog
    assert "No se encontró" in box.text()
    assert box.informativeText() == (
        "No se pudo deshacer «editar a Luis Angulo»: los datos quedan como estaban.")
    box.done(0)
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert phone(store, person_id) == "3001112233"
