"""The workshops screen, driven as a facilitator would: the list newest first, filters that
narrow it at once and are remembered, Ctrl+T to take attendance, Supr to delete."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from participa_desktop.core.models import Attendance, Workshop
from participa_desktop.core.services import (
    attendance,
    implementations,
    participants,
    workshops,
)
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.workshops_screen import WorkshopsScreen

BUENAVENTURA = reference_id("territory", "76109")
YUMBO = reference_id("territory", "76892")
LIDERAZGO = reference_id("component", "liderazgo")
INCIDENCIA = reference_id("component", "incidencia")
TODAY = dt.date.today()
TITLE, MODALITY, COMPONENTS, PRESENT = 1, 4, 5, 6


def days(count: int) -> dt.date:
    return TODAY + dt.timedelta(days=count)


@pytest.fixture
def field_store(open_store):
    """Two implementations and three workshops: `school` (Buenaventura, in person, two
    weeks ago, leadership, one person present), `forum` (Yumbo, virtual, last week,
    advocacy) and `today` (Buenaventura, hybrid, today, no component)."""
    store = open_store("talleres")
    with store.unit_of_work() as session:
        bue = implementations.create_implementation(
            session, {"name": "Activa Buenaventura", "territory_id": BUENAVENTURA})
        yum = implementations.create_implementation(
            session, {"name": "Activa Yumbo", "territory_id": YUMBO})
        school = workshops.create_workshop(
            session, {"title": "Escuela de liderazgo", "implementation_id": bue.id,
                      "date": days(-14), "start_time": "09:00"}, [LIDERAZGO])
        forum = workshops.create_workshop(
            session, {"title": "Foro de incidencia", "implementation_id": yum.id,
                      "date": days(-7), "modality": "virtual"}, [INCIDENCIA])
        today = workshops.create_workshop(
            session, {"title": "Mesa de seguimiento", "implementation_id": bue.id,
                      "date": TODAY, "modality": "hybrid"})
        person = participants.register_participant(session, {
            "given_names": "Ana", "first_surname": "Mina", "consent_date": TODAY,
            "consent_channel": "verbal", "consent_notice_version": "2025-1"})
        attendance.mark(session, school.id, person.id)
    return store, SimpleNamespace(school=school.id, forum=forum.id, today=today.id,
                                  bue=bue.id, yum=yum.id)


@pytest.fixture
def open_screen(qtbot, app_context, show_screen):
    """open_screen(store, context=None): the screen over `store`, shown and loaded."""

    def open_(store, context=None) -> WorkshopsScreen:
        context = context or app_context(store)
        screen = WorkshopsScreen(context)
        host = show_screen(screen)
        host.activateWindow()
        with qtbot.waitSignal(screen.list_loaded):
            screen.activate()
        return screen

    return open_


def titles(screen: WorkshopsScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(row, TITLE)) for row in range(model.rowCount())]


def test_lists_workshops_newest_first_with_their_details(qtbot, field_store, open_screen,
                                                         qtmodeltester):
    store, ids = field_store
    screen = open_screen(store)
    qtmodeltester.check(screen.model)

    assert titles(screen) == ["Mesa de seguimiento", "Foro de incidencia",
                              "Escuela de liderazgo"]
    model = screen.model
    school = model.row_of(ids.school)
    assert model.data(model.index(school, 0)) == f"{days(-14):%d/%m/%Y} 09:00"
    assert model.data(model.index(school, 2)) == "Activa Buenaventura"
    assert model.data(model.index(school, 3)) == "Buenaventura"
    assert model.data(model.index(school, 3), Qt.ItemDataRole.ToolTipRole) == "Valle del Cauca"
    assert model.data(model.index(school, MODALITY)) == "presencial"
    assert model.data(model.index(school, COMPONENTS)) == "Liderazgos orientados a lo público"
    assert model.data(model.index(school, PRESENT)) == "1"
    assert screen.count_label.text() == "3 talleres"
    assert screen.selected_id() == ids.today  # the first row is chosen


def test_filters_narrow_the_list_at_once_and_are_remembered(
    qtbot, field_store, open_screen, app_context
):
    store, _ids = field_store
    context = app_context(store)
    screen = open_screen(store, context)
    bar = screen.filter_bar

    # Implementation, by keyboard: the list of the combo is "Todas", Buenaventura, Yumbo.
    with qtbot.waitSignal(screen.list_loaded):
        qtbot.keyClick(bar.implementation_combo, Qt.Key.Key_Down)
    assert titles(screen) == ["Mesa de seguimiento", "Escuela de liderazgo"]

    # …and the modality: hybrid.
    with qtbot.waitSignal(screen.list_loaded):
        bar.modality_combo.setCurrentIndex(bar.modality_combo.findData("hybrid"))
    assert titles(screen) == ["Mesa de seguimiento"]

    # Clear, then a date range that holds only last week's forum.
    with qtbot.waitSignal(screen.list_loaded):
        qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(titles(screen)) == 3
    with qtbot.waitSignal(screen.list_loaded):
        qtbot.keyClick(bar.from_date.check, Qt.Key.Key_Space)  # from today
    assert titles(screen) == ["Mesa de seguimiento"]
    with qtbot.waitSignal(screen.list_loaded):
        bar.from_date.date_edit.setDate(days(-10))
    with qtbot.waitSignal(screen.list_loaded):
        qtbot.keyClick(bar.to_date.check, Qt.Key.Key_Space)
    with qtbot.waitSignal(screen.list_loaded):
        bar.to_date.date_edit.setDate(days(-1))
    assert titles(screen) == ["Foro de incidencia"]

    # By component, then by municipality.
    with qtbot.waitSignal(screen.list_loaded):
        qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.list_loaded):
        bar.component_combo.setCurrentIndex(bar.component_combo.findData(LIDERAZGO))
    assert titles(screen) == ["Escuela de liderazgo"]
    with qtbot.waitSignal(screen.list_loaded):
        bar.component_combo.setCurrentIndex(0)
    with qtbot.waitSignal(screen.list_loaded):
        bar.territory_combo.setCurrentIndex(bar.territory_combo.findData(YUMBO))
    assert titles(screen) == ["Foro de incidencia"]
    with qtbot.waitSignal(screen.list_loaded):
        bar.modality_combo.setCurrentIndex(bar.modality_combo.findData("hybrid"))
    assert titles(screen) == []
    assert screen.count_label.text() == "Ningún taller coincide con los filtros."

    # The next time the screen opens, the same filters apply.
    with qtbot.waitSignal(screen.list_loaded):
        bar.modality_combo.setCurrentIndex(bar.modality_combo.findData("virtual"))
    again = open_screen(store, context)
    assert again.filter_bar.territory_combo.currentData() == YUMBO
    assert again.filter_bar.modality_combo.currentData() == "virtual"
    assert titles(again) == ["Foro de incidencia"]


def test_ctrl_t_takes_attendance_of_the_chosen_workshop(qtbot, field_store, open_screen):
    store, ids = field_store
    screen = open_screen(store)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)  # the forum
    assert screen.selected_id() == ids.forum
    hub = screen.context.hub
    asked: list[tuple[str, str]] = []
    hub.open_attendance.connect(lambda workshop_id: asked.append(("taller", workshop_id)))
    hub.show_screen.connect(lambda key: asked.append(("pantalla", key)))

    qtbot.keyClick(screen.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)

    assert asked == [("taller", ids.forum), ("pantalla", "asistencia")]


def test_supr_deletes_the_chosen_workshop_after_asking(qtbot, field_store, open_screen):
    store, ids = field_store
    screen = open_screen(store)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # school
    assert screen.selected_id() == ids.school

    # Saying no keeps it.
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    box = screen.confirm_box
    assert box is not None and "Escuela de liderazgo" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert len(titles(screen)) == 3

    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    with qtbot.waitSignal(screen.list_loaded):
        screen.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert titles(screen) == ["Mesa de seguimiento", "Foro de incidencia"]
    with store.reading() as session:
        assert session.get(Workshop, ids.school).deleted
        assert all(row.deleted for row in session.scalars(
            select(Attendance).where(Attendance.workshop_id == ids.school)))


def test_an_empty_file_says_how_to_start(qtbot, open_store, open_screen):
    screen = open_screen(open_store("vacio"))
    assert titles(screen) == []
    assert "Nuevo taller" in screen.count_label.text()
    assert not screen.attendance_action.isEnabled()
    assert not screen.delete_button.isEnabled()
