"""Organizaciones: create and edit an organisation through its form (undoable), refuse a
bad NIT beside it, and manage the selected organisation's alliances."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from participa_desktop.core.models import Alliance, Organization
from participa_desktop.core.services import implementations, organizations
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.registry.organizations_screen import OrganizationsScreen

BUENAVENTURA = reference_id("territory", "76109")

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
        implementations.create_implementation(
            session, {"name": "Activa Buenaventura", "territory_id": BUENAVENTURA})
    return store


@pytest.fixture
def screen(qtbot, app_context, show_screen, store):
    page = OrganizationsScreen(app_context(store))
    show_screen(page)
    page.activate()
    qtbot.waitUntil(lambda: page.organizations.model.rowCount() == 1)
    return page


def _wait_dialog(qtbot, screen):
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    return screen.dialog


def _organizations(store):
    with store.reading() as session:
        return {o.name: o for o in session.query(Organization).filter_by(deleted=False)}


def _save_and_wait(qtbot, screen, dialog):
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_create_an_organisation_then_an_alliance(qtbot, screen, store, qtmodeltester):
    qtbot.mouseClick(screen.organizations.add_button, Qt.MouseButton.LeftButton)
    dialog = _wait_dialog(qtbot, screen)
    qtbot.waitUntil(dialog.territory.is_ready)
    qtbot.keyClicks(dialog.name, "Fundacion Pacifico Vivo")  # QTest types ASCII only
    dialog.sector.setCurrentIndex(dialog.sector.findData("civil_society"))
    qtbot.keyClicks(dialog.nit, "890.399.010-6")
    qtbot.keyClicks(dialog.territory.edit, "76109")
    qtbot.waitUntil(dialog.territory.popup_visible)
    qtbot.keyClick(dialog.territory.completer.popup(), Qt.Key.Key_Return)
    qtbot.keyClick(dialog.model_ally, Qt.Key.Key_Space)
    assert dialog.transfer_date.isEnabled()
    dialog.transfer_date.set_value(dt.date(2024, 6, 15))
    _save_and_wait(qtbot, screen, dialog)

    created = _organizations(store)["Fundacion Pacifico Vivo"]
    assert (created.sector, created.nit, created.territory_id) == (
        "civil_society", "890399010-6", BUENAVENTURA)
    assert created.is_model_ally and created.model_transfer_date == dt.date(2024, 6, 15)
    model = screen.organizations.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and screen.organizations.current_id()
                    == created.id and model.record_at(model.row_of(created.id)) is not None)
    row = model.row_of(created.id)
    assert model.index(row, 4).data() == "sí, desde 15/06/2024"
    assert model.index(row, 3).data() == "Buenaventura"
    qtbot.waitUntil(lambda: screen.alliances_box.title()
                    == "Alianzas de Fundacion Pacifico Vivo")
    qtmodeltester.check(model)

    qtbot.mouseClick(screen.alliances.add_button, Qt.MouseButton.LeftButton)
    dialog = _wait_dialog(qtbot, screen)
    assert dialog.organization.text() == "Fundacion Pacifico Vivo"
    qtbot.keyClicks(dialog.purpose, "Formar liderazgos juveniles")
    dialog.status.setCurrentIndex(dialog.status.findData("exploring"))
    dialog.start_date.set_value(dt.date(2025, 1, 15))
    dialog.implementation.setCurrentIndex(dialog.implementation.findText("Activa Buenaventura"))
    _save_and_wait(qtbot, screen, dialog)

    alliances = screen.alliances.model
    qtbot.waitUntil(lambda: alliances.rowCount() == 1 and alliances.record_at(0) is not None)
    assert [alliances.index(0, c).data() for c in range(6)] == [
        "Formar liderazgos juveniles", "sociedad civil", "en exploración", "15/01/2025", "",
        "Activa Buenaventura"]
    qtmodeltester.check(alliances)
    with store.reading() as session:
        alliance = session.query(Alliance).one()
    assert alliance.organization_id == created.id and alliance.sector == "civil_society"
    # The list reloads after the save: its row may be loading again for a moment.
    qtbot.waitUntil(lambda: getattr(model.record_at(model.row_of(created.id)),
                                    "alliance_count", None) == 1)


def test_editing_an_organisation_is_undoable(qtbot, screen, store):
    screen.organizations.view.setFocus()
    qtbot.keyClick(screen.organizations.view, Qt.Key.Key_Return)
    dialog = _wait_dialog(qtbot, screen)
    assert dialog.name.text() == "Alcaldía de Yumbo"
    qtbot.keyClicks(dialog.phone, "6022415566")
    _save_and_wait(qtbot, screen, dialog)
    assert _organizations(store)["Alcaldía de Yumbo"].phone == "6022415566"
    screen.context.undo_stack.undo()
    qtbot.waitUntil(lambda: _organizations(store)["Alcaldía de Yumbo"].phone is None)


def test_a_bad_nit_is_explained_beside_it(qtbot, screen, store):
    qtbot.mouseClick(screen.organizations.edit_button, Qt.MouseButton.LeftButton)
    dialog = _wait_dialog(qtbot, screen)
    qtbot.keyClicks(dialog.nit, "890399010-1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_nit")
    qtbot.waitUntil(error.isVisible)
    assert "dígito de verificación" in error.text()
    assert _organizations(store)["Alcaldía de Yumbo"].nit is None


def test_an_alliance_can_be_edited_and_deleted(qtbot, screen, store):
    organization_id = screen.organizations.current_id()
    with store.unit_of_work() as session:
        implementations.create_alliance(session, {"organization_id": organization_id,
                                                  "purpose": "Gobierno abierto"})
    screen.reload()
    alliances = screen.alliances.model
    qtbot.waitUntil(lambda: alliances.rowCount() == 1)
    screen.alliances.view.setFocus()
    qtbot.keyClick(screen.alliances.view, Qt.Key.Key_Return)
    dialog = _wait_dialog(qtbot, screen)
    dialog.status.setCurrentIndex(dialog.status.findData("ended"))
    _save_and_wait(qtbot, screen, dialog)
    qtbot.waitUntil(lambda: alliances.record_at(0) is not None
                    and alliances.record_at(0).status == "ended")
    screen.alliances.view.setFocus()
    qtbot.keyClick(screen.alliances.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: screen.confirm_box is not None and screen.confirm_box.isVisible())
    screen.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: alliances.rowCount() == 0)
    with store.reading() as session:
        assert session.query(Alliance).one().deleted
