"""Territorios: the DIVIPOLA catalogue, searchable, read-only, with the program's activity
in each municipality."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from participa_desktop.core.services import implementations, participants, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.registry.territories_screen import TerritoriesScreen

BUENAVENTURA = reference_id("territory", "76109")


@pytest.fixture
def store(open_store):
    store = open_store("campo")
    with store.unit_of_work() as session:
        implementation = implementations.create_implementation(
            session, {"name": "Activa Buenaventura", "territory_id": BUENAVENTURA})
        for title in ("Taller 1", "Taller 2"):
            workshops.create_workshop(session, {"title": title, "date": "2025-03-04",
                                                "implementation_id": implementation.id})
        participants.register_participant(session, {
            "given_names": "Ana", "first_surname": "Riascos", "territory_id": BUENAVENTURA,
            "consent_date": "2025-03-04", "consent_channel": "verbal",
            "consent_notice_version": "2025-1"})
    return store


@pytest.fixture
def screen(qtbot, app_context, show_screen, store):
    page = TerritoriesScreen(app_context(store))
    show_screen(page)
    page.activate()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1123)
    return page


def _line(screen, row):
    model = screen.list.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_whole_catalogue_is_listed_read_only(qtbot, screen, qtmodeltester):
    assert screen.list.count_label.text() == "1123 municipios"
    assert not screen.list.add_button.isVisible()
    assert not screen.list.edit_button.isVisible()
    qtbot.waitUntil(lambda: screen.list.model.record_at(0) is not None)
    qtmodeltester.check(screen.list.model)


def test_search_by_name_without_accents_shows_the_activity(qtbot, screen):
    qtbot.keyClicks(screen.search_edit, "buenaventura")
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 1
                    and screen.list.model.record_at(0) is not None)
    assert _line(screen, 0) == ["Buenaventura", "Valle del Cauca", "76109", "Región Pacífico",
                                "2", "1", "1"]
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "bogota")
    qtbot.waitUntil(lambda: screen.list.model.id_at(0) == reference_id("territory", "11001")
                    and screen.list.model.rowCount() == 1
                    and screen.list.model.record_at(0) is not None)
    assert _line(screen, 0)[:3] == ["Bogotá D.C.", "Bogotá D.C.", "11001"]
    assert _line(screen, 0)[4:] == ["0", "0", "0"]


def test_search_by_code_and_department(qtbot, screen):
    qtbot.keyClicks(screen.search_edit, "76109")
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 1)
    assert screen.list.model.id_at(0) == BUENAVENTURA
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "valle del cauca")
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 42)
    assert screen.list.count_label.text() == "42 municipios"


def test_only_active_municipalities_on_request_and_remembered(qtbot, screen):
    screen.active_only.setFocus()
    qtbot.keyClick(screen.active_only, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 1)
    assert screen.list.model.id_at(0) == BUENAVENTURA
    assert screen.context.settings.value("territorios/solo_con_actividad") == "1"
    qtbot.keyClick(screen.active_only, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 1123)
