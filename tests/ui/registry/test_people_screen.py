"""Personas: the registry list with consent in sight, search as you type, the person's
form (edit with undo, bad input refused beside its field, registering) and deleting with
confirmation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from participa_desktop.core.models import Participant
from participa_desktop.core.services import attendance, participants, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.registry.people_screen import PeopleScreen

CC = reference_id("document_type", "CC")
BUENAVENTURA = reference_id("territory", "76109")

pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
)


def _register(session, given, first, document, **more):
    values = {"given_names": given, "first_surname": first, "document_type_id": CC,
              "document_number": document, "consent_date": dt.date(2025, 3, 4),
              "consent_channel": "signed_paper", "consent_notice_version": "2025-1",
              "phone": "3105551234", "birth_date": dt.date(1990, 5, 17), **more}
    return participants.register_participant(session, values)


@pytest.fixture
def store(open_store):
    store = open_store("campo")
    with store.unit_of_work() as session:
        yesica = _register(session, "Yésica", "Ibargüen", "1144567890",
                           territory_id=BUENAVENTURA)
        _register(session, "Luis", "Angulo", "16555444")
        _register(session, "Ana", "Zapata", "29888777")
        workshop = workshops.create_workshop(session, {"title": "Taller", "date": "2025-03-04"})
        attendance.mark(session, workshop.id, yesica.id)
    return store


@pytest.fixture
def screen(qtbot, app_context, show_screen, store):
    context = app_context(store)
    people = PeopleScreen(context)
    show_screen(people)
    people.activate()
    qtbot.waitUntil(lambda: people.list.model.rowCount() == 3)
    return people


def _cell(screen, row, column):
    return screen.list.model.index(row, column).data()


def _wait_rows_loaded(qtbot, screen):
    qtbot.waitUntil(lambda: screen.list.model.rowCount() > 0
                    and screen.list.model.record_at(0) is not None)


def _person(store, document):
    with store.reading() as session:
        return session.query(Participant).filter_by(document_number=document).one()


def _open_form_for(qtbot, screen, name_start):
    _wait_rows_loaded(qtbot, screen)
    row = next(r for r in range(screen.list.model.rowCount())
               if _cell(screen, r, 0).startswith(name_start))
    screen.list.select_id(screen.list.model.id_at(row))
    screen.list.view.setFocus()
    qtbot.keyClick(screen.list.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is not None
                    and screen.dialog.isVisible())
    dialog = screen.dialog
    qtbot.waitUntil(dialog.territory.is_ready)
    return dialog


def test_the_list_shows_people_by_surname_with_consent_and_attendance(qtbot, screen,
                                                                      qtmodeltester):
    _wait_rows_loaded(qtbot, screen)
    qtmodeltester.check(screen.list.model)
    names = [_cell(screen, row, 0) for row in range(3)]
    assert names == ["Luis Angulo", "Yésica Ibargüen", "Ana Zapata"]
    assert _cell(screen, 1, 1) == "CC 1144567890"
    assert _cell(screen, 1, 3) == "Buenaventura"
    assert _cell(screen, 1, 4) == "04/03/2025 · planilla firmada"
    age = screen.list.model.index(1, 5)
    assert age.data().endswith(" años")
    assert age.data(Qt.ItemDataRole.ToolTipRole) == "Nació el 17/05/1990"
    assert _cell(screen, 1, 6) == "1" and _cell(screen, 0, 6) == "0"
    assert screen.list.count_label.text() == "3 personas"


def test_a_person_without_consent_is_marked(qtbot, screen, store):
    with store.engine.begin() as connection:  # as a broken foreign app might leave it
        connection.execute(text("UPDATE participant SET consent_date = NULL "
                                "WHERE document_number = '16555444'"))
    screen.reload()
    qtbot.waitUntil(lambda: screen.list.model.record_at(0) is not None
                    and screen.list.model.record_at(0).consent_date is None)
    index = screen.list.model.index(0, 4)
    assert index.data() == "⚠ sin autorización"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Ley 1581" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_search_as_you_type_ignores_accents(qtbot, screen):
    qtbot.keyClicks(screen.search_edit, "yesica ibarguen")
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 1)
    _wait_rows_loaded(qtbot, screen)
    assert _cell(screen, 0, 0) == "Yésica Ibargüen"
    assert screen.list.count_label.text() == "1 coincidencia"
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "29888")
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 1
                    and screen.list.model.record_at(0) is not None
                    and _cell(screen, 0, 0) == "Ana Zapata")
    screen.search_edit.clear()
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 3)


def test_editing_the_phone_saves_it_and_undo_restores_it(qtbot, screen, store):
    dialog = _open_form_for(qtbot, screen, "Luis")
    assert dialog.phone.text() == "3105551234"
    assert dialog.attendance_label.text() == "Ha asistido a 0 talleres."
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "320 111 2233")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # the default button: Guardar
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert _person(store, "16555444").phone == "3201112233"
    stack = screen.context.undo_stack
    assert stack.count() == 1 and stack.undoText() == "editar a Luis Angulo"
    stack.undo()
    qtbot.waitUntil(lambda: _person(store, "16555444").phone == "3105551234")
    stack.redo()
    qtbot.waitUntil(lambda: _person(store, "16555444").phone == "3201112233")


def test_a_bad_document_number_is_explained_beside_it_and_nothing_is_saved(qtbot, screen,
                                                                          store):
    dialog = _open_form_for(qtbot, screen, "Ana")
    dialog.document_number.selectAll()
    qtbot.keyClicks(dialog.document_number, "12AB")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(type(dialog.general_error), "error_document_number")
    qtbot.waitUntil(error.isVisible)
    assert "cédula de ciudadanía" in error.text()
    assert dialog.isVisible() and dialog.document_number.hasFocus()
    assert _person(store, "29888777").document_number == "29888777"
    assert screen.context.undo_stack.count() == 0


def test_registering_a_new_person_adds_a_row(qtbot, screen, store):
    qtbot.mouseClick(screen.list.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is not None
                    and screen.dialog.isVisible())
    dialog = screen.dialog
    qtbot.waitUntil(dialog.territory.is_ready)
    qtbot.keyClicks(dialog.given_names, "Marta")
    qtbot.keyClicks(dialog.first_surname, "Caicedo")
    assert dialog.notice_version.text() == "2024-1"  # the walk-in dialog's default
    qtbot.keyClicks(dialog.document_number, "31222333")
    assert dialog.document_type.currentText() == "CC"  # a number alone: a cédula
    qtbot.keyClicks(dialog.birth, "1985")
    qtbot.keyClicks(dialog.territory.edit, "buenav")
    qtbot.waitUntil(dialog.territory.popup_visible)
    qtbot.keyClick(dialog.territory.completer.popup(), Qt.Key.Key_Return)
    dialog.consent_channel.setCurrentIndex(dialog.consent_channel.findData("verbal"))
    dialog.notice_version.clear()
    qtbot.keyClicks(dialog.notice_version, "2025-2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is None)
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 4)
    person = _person(store, "31222333")
    assert (person.given_names, person.birth_year, person.birth_date) == ("Marta", 1985, None)
    assert person.territory_id == BUENAVENTURA and person.consent_channel == "verbal"
    assert person.consent_date == dt.date.today()
    qtbot.waitUntil(lambda: screen.list.current_id() == person.id)
    # The notice version and channel are offered again for the next person.
    assert screen.context.settings.value("autorizacion/version_aviso") == "2025-2"
    assert screen.context.settings.value("autorizacion/medio") == "verbal"


def test_deleting_asks_first(qtbot, screen, store):
    _wait_rows_loaded(qtbot, screen)
    screen.list.view.setFocus()
    qtbot.keyClick(screen.list.view, Qt.Key.Key_Delete)  # Luis Angulo, the first row
    qtbot.waitUntil(lambda: screen.confirm_box is not None and screen.confirm_box.isVisible())
    box = screen.confirm_box
    assert "Luis Angulo" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert screen.list.model.rowCount() == 3
    qtbot.mouseClick(screen.list.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.confirm_box is not box and screen.confirm_box.isVisible())
    screen.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 2)
    assert _person(store, "16555444").deleted


def test_switching_language_keeps_what_the_form_holds(qtbot, screen):
    from participa_desktop.ui import i18n

    dialog = _open_form_for(qtbot, screen, "Yésica")
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    chosen = (dialog.document_type.currentData(), dialog.gender.currentData(),
              dialog.consent_channel.currentData(), dialog.territory.territory_id())
    i18n.apply_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.given_label.text() == "First &names:"
    assert dialog.gender.currentText() == "female"
    assert screen.list.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert screen.title() == "People"
    assert (dialog.document_type.currentData(), dialog.gender.currentData(),
            dialog.consent_channel.currentData(), dialog.territory.territory_id()) == chosen
    assert dialog.territory.edit.text() == "Buenaventura, Valle del Cauca (76109)"
    i18n.apply_language("es")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.given_label.text() == "&Nombres:"
    assert screen.list.model.headerData(0, Qt.Orientation.Horizontal) == "Nombre"
