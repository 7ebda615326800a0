"""The workshop form, from the workshops screen and with the keyboard: a new workshop with
its components, messages beside the fields for bad input (nothing saved), and an edit
that Ctrl+Z undoes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from participa_desktop.core.models import Workshop
from participa_desktop.core.services import choices, implementations, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.workshop_form import WorkshopForm, time_value
from participa_desktop.ui.workshops_screen import WorkshopsScreen

BUENAVENTURA = reference_id("territory", "76109")
YUMBO = reference_id("territory", "76892")
LIDERAZGO = reference_id("component", "liderazgo")
INCIDENCIA = reference_id("component", "incidencia")
GOBIERNO = reference_id("component", "gobierno_abierto")
TODAY = dt.date.today()
TITLE = 1

#: The offscreen platform cannot raise the municipality picker's popup nor let it grab the
#: keyboard, and says so; real platforms do both silently.
pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
)


@pytest.fixture
def store(open_store):
    opened = open_store("formulario")
    with opened.unit_of_work() as session:
        implementations.create_implementation(
            session, {"name": "Activa Buenaventura", "territory_id": BUENAVENTURA})
    return opened


@pytest.fixture
def screen(qtbot, store, app_context, show_screen) -> WorkshopsScreen:
    shown = WorkshopsScreen(app_context(store))
    show_screen(shown).activateWindow()
    with qtbot.waitSignal(shown.list_loaded):
        shown.activate()
    return shown


def open_form(qtbot, screen: WorkshopsScreen, key=Qt.Key.Key_N,
              modifier=Qt.KeyboardModifier.ControlModifier) -> WorkshopForm:
    screen.form = None
    screen.table.setFocus()
    qtbot.keyClick(screen.table, key, modifier)
    qtbot.waitUntil(lambda: screen.form is not None and screen.form.is_ready())
    form = screen.form
    qtbot.waitUntil(form.territory_picker.is_ready)
    return form


def titles(screen: WorkshopsScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(row, TITLE)) for row in range(model.rowCount())]


def stored(store) -> list[Workshop]:
    with store.reading() as session:
        return list(session.scalars(select(Workshop).where(Workshop.deleted.is_(False))))


def test_create_a_workshop_with_the_keyboard(qtbot, store, screen, type_text):
    form = open_form(qtbot, screen)
    assert form.windowTitle() == "Nuevo taller"
    assert form.title_edit.hasFocus()

    type_text(form.title_edit, "Escuela de liderazgo, sesión 3")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(form.implementation_combo, Qt.Key.Key_Down)  # Activa Buenaventura
    qtbot.keyClicks(form.start_edit, "9")
    qtbot.keyClicks(form.end_edit, "12:30")
    type_text(form.place_edit, "Salón comunal La Playita")
    form.territory_picker.setFocus()
    qtbot.keyClicks(form.territory_picker.edit, "yumbo")
    qtbot.waitUntil(form.territory_picker.popup_visible)
    # The popup has the keyboard (offscreen, the keys must be sent to it).
    qtbot.keyClick(form.territory_picker.completer.popup(), Qt.Key.Key_Return)
    assert form.territory_picker.territory_id() == YUMBO
    qtbot.keyClick(form.modality_combo, Qt.Key.Key_Down)  # virtual
    type_text(form.facilitators_edit, "Luz Dary Mosquera")
    for component in (LIDERAZGO, GOBIERNO):
        qtbot.keyClick(form.component_checks[component], Qt.Key.Key_Space)
    type_text(form.objectives_edit, "Practicar la vocería")
    with qtbot.waitSignal(screen.list_loaded):
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)  # Enter saves

    assert screen.form is None  # closed
    assert titles(screen) == ["Escuela de liderazgo, sesión 3"]
    assert screen.selected_id() is not None
    (workshop,) = stored(store)
    assert workshop.title == "Escuela de liderazgo, sesión 3"
    assert (workshop.date, workshop.start_time, workshop.end_time) == (
        TODAY, dt.time(9, 0), dt.time(12, 30))
    assert workshop.place == "Salón comunal La Playita"
    assert workshop.territory_id == YUMBO and workshop.modality == "virtual"
    assert workshop.objectives == "Practicar la vocería"
    with store.reading() as session:
        assert workshops.component_ids(session, workshop.id) == sorted([LIDERAZGO, GOBIERNO])


def test_an_empty_title_is_refused_beside_the_field(qtbot, store, screen):
    form = open_form(qtbot, screen)

    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)

    error = form.findChild(QLabel, "error_title")
    qtbot.waitUntil(lambda: form.errors.text("title") != "")
    assert form.errors.text("title") == "Falta el título."
    assert error is not None and error.isVisible()
    assert form.isVisible() and form.title_edit.hasFocus()
    assert stored(store) == []


def test_an_end_before_the_start_is_refused_and_nothing_is_saved(qtbot, store, screen):
    form = open_form(qtbot, screen)
    qtbot.keyClicks(form.title_edit, "Taller al reves")
    qtbot.keyClicks(form.start_edit, "14:00")
    qtbot.keyClicks(form.end_edit, "10:00")

    qtbot.keyClick(form.end_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: form.errors.text("end_time") != "")
    assert "después de la hora de inicio" in form.errors.text("end_time")
    assert form.errors.text("title") == ""
    assert form.isVisible()
    assert stored(store) == []

    # Fixing it saves.
    form.end_edit.clear()
    qtbot.keyClicks(form.end_edit, "16:00")
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.end_edit, Qt.Key.Key_Return)
    assert [w.end_time for w in stored(store)] == [dt.time(16, 0)]


def test_an_edit_is_undone_with_the_undo_stack(qtbot, store, screen, type_text):
    with store.unit_of_work() as session:
        created = workshops.create_workshop(
            session, {"title": "Taller de vocería", "date": TODAY - dt.timedelta(days=3),
                      "start_time": "08:00"}, [LIDERAZGO])
    with qtbot.waitSignal(screen.list_loaded):
        screen.context.changed("workshop")

    form = open_form(qtbot, screen, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert form.windowTitle() == "Editar taller"
    assert form.title_edit.text() == "Taller de vocería"
    assert form.start_edit.text() == "08:00"
    assert form.component_checks[LIDERAZGO].isChecked()
    form.title_edit.selectAll()
    type_text(form.title_edit, "Taller de vocería comunitaria")
    qtbot.keyClick(form.component_checks[INCIDENCIA], Qt.Key.Key_Space)
    form.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    with qtbot.waitSignal(screen.list_loaded):
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)

    assert titles(screen) == ["Taller de vocería comunitaria"]
    undo = screen.context.undo_stack
    assert undo.canUndo() and "Taller de vocería comunitaria" in undo.undoText()

    with qtbot.waitSignal(screen.list_loaded):
        undo.undo()
    assert titles(screen) == ["Taller de vocería"]
    (workshop,) = stored(store)
    assert workshop.title == "Taller de vocería"
    assert workshop.date == TODAY - dt.timedelta(days=3)
    assert workshop.start_time == dt.time(8, 0)
    with store.reading() as session:
        assert workshops.component_ids(session, created.id) == [LIDERAZGO]

    with qtbot.waitSignal(screen.list_loaded):
        undo.redo()
    assert titles(screen) == ["Taller de vocería comunitaria"]
    with store.reading() as session:
        assert workshops.component_ids(session, created.id) == sorted([LIDERAZGO, INCIDENCIA])
        assert session.scalar(select(func.count()).select_from(Workshop)) == 1


def test_escape_cancels_without_saving(qtbot, store, screen):
    form = open_form(qtbot, screen)
    qtbot.keyClicks(form.title_edit, "Nunca guardado")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Escape)
    assert screen.form is None
    assert stored(store) == []


@pytest.mark.parametrize(("typed", "value"), [
    ("", None), ("9", dt.time(9, 0)), ("930", dt.time(9, 30)), ("14.05", dt.time(14, 5)),
    ("7:00", dt.time(7, 0)), ("25:00", "25:00"),
])
def test_times_are_read_as_people_type_them(typed, value):
    assert time_value(typed) == value


def test_a_new_workshop_starts_in_the_default_implementation(qtbot, store, screen):
    with store.reading() as session:
        (activa,) = choices.implementations(session)
    screen.context.settings.default_implementation = activa.id  # from a provisioning file

    form = open_form(qtbot, screen)
    assert form.implementation_combo.currentData() == activa.id
    qtbot.keyClicks(form.title_edit, "Taller de bienvenida")
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert [w.implementation_id for w in stored(store)] == [activa.id]

    with store.unit_of_work() as session:
        plain = workshops.create_workshop(
            session, {"title": "Sin implementación", "date": TODAY}, [])
    edit = WorkshopForm(screen.context, plain.id)
    qtbot.addWidget(edit)
    qtbot.waitUntil(edit.is_ready)
    assert edit.implementation_combo.currentData() is None  # an edit keeps what it has

    screen.context.settings.default_implementation = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    other = WorkshopForm(screen.context)  # a default this file does not have: none
    qtbot.addWidget(other)
    qtbot.waitUntil(other.is_ready)
    assert other.implementation_combo.currentData() is None
