"""The registry screens in the main window: in their place in the navigation, reached
with Ctrl+5..8, and an edit undone with the window's Edit ▸ Undo (Ctrl+Z)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from participa_desktop.core.models import Participant
from participa_desktop.core.services import participants

pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
)


def test_the_registry_screens_sit_between_agreements_and_sync(main_window):
    window = main_window()
    keys = [screen.key for screen in window.screen_list]
    start = keys.index("personas")
    assert keys[start:start + 4] == ["personas", "organizaciones", "implementaciones",
                                     "territorios"]
    assert keys[start - 1] == "acuerdos" and keys[start + 4] == "sincronizacion"


def test_ctrl_number_opens_people_and_ctrl_z_undoes_an_edit(qtbot, main_window, open_store):
    store = open_store("campo")
    with store.unit_of_work() as session:
        person = participants.register_participant(session, {
            "given_names": "Luis", "first_surname": "Angulo", "phone": "3105551234",
            "consent_date": "2025-03-04", "consent_channel": "verbal",
            "consent_notice_version": "2025-1"})
    window = main_window(store)
    position = [s.key for s in window.screen_list].index("personas") + 1
    go = window.go_actions[position - 1]
    assert go.shortcut().toString() == f"Ctrl+{position}"
    go.trigger()
    screen = window.screen("personas")
    assert window.screens.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 1)
    qtbot.mouseClick(screen.list.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    dialog = screen.dialog
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "3001234567")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is None)

    def phone():
        with store.reading() as session:
            return session.get(Participant, person.id).phone

    assert phone() == "3001234567"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # Edit ▸ Undo (Ctrl+Z)
    qtbot.waitUntil(lambda: phone() == "3105551234")
    qtbot.waitUntil(lambda: not window.runner.busy)
