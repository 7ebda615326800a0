"""Implementaciones: create an implementation through its form, then give it an ally, a
knowledge note and a milestone from its tabs; edit and remove them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from participa_desktop.core.models import (
    Implementation,
    ImplementationAlly,
    KnowledgeNote,
    Milestone,
)
from participa_desktop.core.services import organizations
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.registry.implementations_screen import ImplementationsScreen

YUMBO = reference_id("territory", "76892")

pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
)


@pytest.fixture
def store(open_store):
    store = open_store("campo")
    with store.unit_of_work() as session:
        organizations.create_organization(session, {"name": "Alcaldía de Yumbo",
                                                    "sector": "public"})
        organizations.create_organization(session, {"name": "Universidad del Valle",
                                                    "sector": "academia"})
    return store


@pytest.fixture
def screen(qtbot, app_context, show_screen, store):
    page = ImplementationsScreen(app_context(store))
    show_screen(page)
    page.activate()
    qtbot.waitUntil(lambda: not page.context.runner.busy)
    return page


def _wait_dialog(qtbot, screen):
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    return screen.dialog


def _save_and_wait(qtbot, screen, dialog):
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is None)


def _rows(store, model):
    with store.reading() as session:
        return session.query(model).filter_by(deleted=False).all()


def _create_implementation(qtbot, screen, store):
    assert not screen.tabs.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(screen.implementations.add_button, Qt.MouseButton.LeftButton)
    dialog = _wait_dialog(qtbot, screen)
    qtbot.waitUntil(dialog.territory.is_ready)
    qtbot.keyClicks(dialog.name, "Activa Yumbo")
    qtbot.keyClicks(dialog.territory.edit, "yumbo")
    qtbot.waitUntil(dialog.territory.popup_visible)
    qtbot.keyClick(dialog.territory.completer.popup(), Qt.Key.Key_Return)
    dialog.lead.setCurrentIndex(dialog.lead.findText("Alcaldía de Yumbo"))
    dialog.start_date.set_value(dt.date(2025, 2, 1))
    _save_and_wait(qtbot, screen, dialog)
    implementation = _rows(store, Implementation)[0]
    model = screen.implementations.model
    qtbot.waitUntil(lambda: screen.implementations.current_id() == implementation.id
                    and model.record_at(0) is not None)
    return implementation


def test_an_implementation_with_an_ally_a_note_and_a_milestone(qtbot, screen, store,
                                                               qtmodeltester):
    implementation = _create_implementation(qtbot, screen, store)
    assert (implementation.name, implementation.territory_id) == ("Activa Yumbo", YUMBO)
    assert implementation.start_date == dt.date(2025, 2, 1)
    model = screen.implementations.model
    assert [model.index(0, c).data() for c in range(6)] == [
        "Activa Yumbo", "Yumbo (Valle del Cauca)", "Alcaldía de Yumbo", "01/02/2025", "", "0"]
    qtmodeltester.check(model)
    assert screen.tabs.isEnabled()
    qtbot.waitUntil(lambda: screen.details_title.text()
                    == "Activa Yumbo: aliados, aprendizajes e hitos")

    # An ally, with its role.
    screen.tabs.setCurrentWidget(screen.allies)
    qtbot.mouseClick(screen.allies.add_button, Qt.MouseButton.LeftButton)
    dialog = _wait_dialog(qtbot, screen)
    dialog.organization.setCurrentIndex(dialog.organization.findText("Universidad del Valle"))
    qtbot.keyClicks(dialog.role, "formacion")
    _save_and_wait(qtbot, screen, dialog)
    allies = screen.allies.model
    qtbot.waitUntil(lambda: allies.rowCount() == 1 and allies.record_at(0) is not None)
    assert [allies.index(0, c).data() for c in range(3)] == [
        "Universidad del Valle", "academia", "formacion"]
    qtmodeltester.check(allies)
    (ally,) = _rows(store, ImplementationAlly)
    assert ally.implementation_id == implementation.id and ally.role == "formacion"

    # A knowledge note: a challenge, dated today by default.
    screen.tabs.setCurrentWidget(screen.notes)
    qtbot.mouseClick(screen.notes.add_button, Qt.MouseButton.LeftButton)
    dialog = _wait_dialog(qtbot, screen)
    dialog.kind.setCurrentIndex(dialog.kind.findData("challenge"))
    qtbot.keyClicks(dialog.text, "Las lluvias impiden llegar a la zona rural")
    _save_and_wait(qtbot, screen, dialog)
    notes = screen.notes.model
    qtbot.waitUntil(lambda: notes.rowCount() == 1 and notes.record_at(0) is not None)
    assert [notes.index(0, c).data() for c in range(3)] == [
        "Las lluvias impiden llegar a la zona rural", "reto", dt.date.today().strftime("%d/%m/%Y")]
    qtmodeltester.check(notes)
    (note,) = _rows(store, KnowledgeNote)
    assert (note.kind, note.date, note.implementation_id) == (
        "challenge", dt.date.today(), implementation.id)

    # A milestone.
    screen.tabs.setCurrentWidget(screen.milestones)
    qtbot.mouseClick(screen.milestones.add_button, Qt.MouseButton.LeftButton)
    dialog = _wait_dialog(qtbot, screen)
    dialog.date.setDate(dt.date(2025, 3, 10))
    qtbot.keyClicks(dialog.text, "Primer comite territorial")
    _save_and_wait(qtbot, screen, dialog)
    milestones = screen.milestones.model
    qtbot.waitUntil(lambda: milestones.rowCount() == 1 and milestones.record_at(0) is not None)
    assert [milestones.index(0, c).data() for c in range(2)] == [
        "10/03/2025", "Primer comite territorial"]
    qtmodeltester.check(milestones)
    (milestone,) = _rows(store, Milestone)
    assert milestone.date == dt.date(2025, 3, 10)


def test_a_note_without_text_is_refused_beside_it(qtbot, screen, store):
    _create_implementation(qtbot, screen, store)
    qtbot.mouseClick(screen.notes.add_button, Qt.MouseButton.LeftButton)
    dialog = _wait_dialog(qtbot, screen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_text")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Falta el texto."
    assert _rows(store, KnowledgeNote) == []
    dialog.reject()


def test_notes_are_edited_with_undo_and_allies_removed(qtbot, screen, store):
    _create_implementation(qtbot, screen, store)
    screen.tabs.setCurrentWidget(screen.notes)
    qtbot.mouseClick(screen.notes.add_button, Qt.MouseButton.LeftButton)
    dialog = _wait_dialog(qtbot, screen)
    qtbot.keyClicks(dialog.text, "Aprendimos a convocar por radio")
    _save_and_wait(qtbot, screen, dialog)
    notes = screen.notes.model
    qtbot.waitUntil(lambda: notes.rowCount() == 1)
    screen.notes.view.setFocus()
    qtbot.keyClick(screen.notes.view, Qt.Key.Key_Return)
    dialog = _wait_dialog(qtbot, screen)
    dialog.kind.setCurrentIndex(dialog.kind.findData("opportunity"))
    _save_and_wait(qtbot, screen, dialog)
    qtbot.waitUntil(lambda: _rows(store, KnowledgeNote)[0].kind == "opportunity")
    screen.context.undo_stack.undo()
    qtbot.waitUntil(lambda: _rows(store, KnowledgeNote)[0].kind == "learning")
    qtbot.waitUntil(lambda: notes.record_at(0) is not None
                    and notes.index(0, 1).data() == "aprendizaje")

    screen.tabs.setCurrentWidget(screen.allies)
    qtbot.mouseClick(screen.allies.add_button, Qt.MouseButton.LeftButton)
    _save_and_wait(qtbot, screen, _wait_dialog(qtbot, screen))
    qtbot.waitUntil(lambda: screen.allies.model.rowCount() == 1
                    and screen.allies.model.record_at(0) is not None)
    qtbot.mouseClick(screen.allies.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.confirm_box is not None and screen.confirm_box.isVisible())
    assert "Alcaldía de Yumbo" in screen.confirm_box.text()
    screen.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: screen.allies.model.rowCount() == 0)
    assert _rows(store, ImplementationAlly) == []
