"""The walk-in dialog: pre-filled from the search, consent required, the core's messages
beside each field with nothing saved, the duplicate warning with both ways out, and the
keyboard (Enter saves, Escape goes back or cancels)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from sqlalchemy import text

from participa_desktop.core.services import organizations, participants, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.attendance_screen import AttendanceScreen
from participa_desktop.ui.walk_in import prefill
from participa_desktop.ui.walk_in_dialog import NOTICE_VERSION, WalkInDialog

BUENAVENTURA = reference_id("territory", "76109")
CC = reference_id("document_type", "CC")
ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class Hall:
    store: object
    workshop_id: str
    maria_id: str
    organization_id: str


@pytest.fixture
def hall(open_store) -> Hall:
    """A data file with today's workshop in Buenaventura, one organisation and María José
    Angulo Riascos (CC 1234567) registered."""
    store = open_store("salon")
    with store.unit_of_work() as session:
        organization = organizations.create_organization(
            session, {"name": "Fundación Pacífico Vivo", "sector": "civil_society"})
        workshop = workshops.create_workshop(session, {
            "title": "Taller de incidencia", "date": dt.date.today(),
            "territory_id": BUENAVENTURA})
        maria = participants.register_participant(session, {
            "given_names": "María José", "first_surname": "Angulo",
            "second_surname": "Riascos", "document_type_id": CC,
            "document_number": "1234567", "consent_date": dt.date(2025, 3, 4),
            "consent_channel": "signed_paper", "consent_notice_version": "2024-1"})
    return Hall(store, workshop.id, maria.id, organization.id)


@pytest.fixture
def screen(qtbot, app_context, show_screen, hall) -> AttendanceScreen:
    context = app_context(hall.store)
    shown = AttendanceScreen(context)
    show_screen(shown)
    with qtbot.waitSignal(shown.roster_shown):
        context.hub.open_attendance.emit(hall.workshop_id)
    return shown


def type_into(qtbot, widget, typed: str) -> None:
    for char in typed:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def open_dialog(qtbot, screen: AttendanceScreen, typed: str = "") -> WalkInDialog:
    """Type `typed` in the search and press F2; wait until the dialog's lists are in."""
    screen.search.box.setFocus()
    type_into(qtbot, screen.search.box, typed)
    qtbot.keyClick(screen.search.box, Qt.Key.Key_F2)
    dialog = screen.walk_in_dialog()
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.save_button.isEnabled)
    return dialog


def fill(qtbot, dialog: WalkInDialog, consent: bool = True, **typed: str) -> None:
    """Tick the consent box (Space) when `consent`, then type `typed` into the fields."""
    if consent:
        dialog.consent.setFocus()
        qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    for field, value in typed.items():
        edit = getattr(dialog, field)
        edit.clear()
        type_into(qtbot, edit, value)


def counts(store) -> tuple[int, int]:
    """(live participants, live attendance rows)."""
    with store.engine.connect() as connection:
        return connection.execute(text(
            "SELECT (SELECT count(*) FROM participant WHERE deleted = 0), "
            "(SELECT count(*) FROM attendance WHERE deleted = 0)")).one()


def saved_and_closed(qtbot, screen: AttendanceScreen) -> None:
    qtbot.waitUntil(lambda: screen.walk_in_dialog() is None)


def test_what_was_typed_fills_the_form():
    assert prefill("") == {}
    assert prefill(" 1.144.567 ") == {"document_number": "1144567"}
    assert prefill("yurani") == {"given_names": "Yurani"}
    assert prefill("yurani micolta") == {"given_names": "Yurani", "first_surname": "Micolta"}
    assert prefill("Yurani micolta Saa") == {
        "given_names": "Yurani", "first_surname": "Micolta", "second_surname": "Saa"}
    assert prefill("luz dary mina de la cruz") == {
        "given_names": "Luz Dary", "first_surname": "Mina", "second_surname": "De La Cruz"}
    assert prefill("jhon 94123456 OBREGÓN") == {
        "document_number": "94123456", "given_names": "Jhon", "first_surname": "OBREGÓN"}


def test_a_walk_in_is_registered_with_consent_and_marked_present(qtbot, screen, hall):
    dialog = open_dialog(qtbot, screen, "yurani micolta")
    assert dialog.given_names.text() == "Yurani"
    assert dialog.first_surname.text() == "Micolta"
    assert dialog.document_number.hasFocus()
    assert dialog.notice_version.text() == "2024-1"
    assert dialog.territory.territory_id() == BUENAVENTURA  # the workshop's municipality
    assert not dialog.consent.isChecked() and not dialog.consent_channel.isEnabled()
    fill(qtbot, dialog, document_number="1.144.987.654", birth="1994", phone="310 555 1234",
         notice_version="2025-2")
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    dialog.organization.setCurrentIndex(dialog.organization.findData(hall.organization_id))
    dialog.consent_channel.setCurrentIndex(dialog.consent_channel.findData("verbal"))
    assert dialog.document_type.currentText().startswith("CC")  # a number: a cédula
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    saved_and_closed(qtbot, screen)

    qtbot.waitUntil(lambda: screen.count_label.text() == "1 presente")
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    assert screen.roster_model.data(screen.roster_model.index(0, 0)) == "Yurani Micolta"
    assert "registrado(a) y presente" in screen.message_label.text()
    assert screen.search.box.text() == ""
    qtbot.waitUntil(screen.search.box.hasFocus)
    with hall.store.engine.connect() as connection:
        person = connection.execute(text(
            "SELECT id, document_number, birth_year, phone, gender, organization_id, "
            "territory_id, consent_date, consent_channel, consent_notice_version "
            "FROM participant WHERE first_surname = 'Micolta'")).one()
        marked = connection.execute(text(
            "SELECT participant_id, status, arrival_time FROM attendance")).one()
    assert person[1:] == ("1144987654", 1994, "3105551234", "female", hall.organization_id,
                          BUENAVENTURA, dt.date.today().isoformat(), "verbal", "2025-2")
    assert marked[:2] == (person[0], "present") and marked[2] is not None
    assert screen.context.settings.value(NOTICE_VERSION) == "2025-2"


def test_without_consent_nothing_is_saved(qtbot, screen, hall):
    before = counts(hall.store)
    dialog = open_dialog(qtbot, screen, "Yurani Micolta")
    fill(qtbot, dialog, consent=False, document_number="1144987654")
    qtbot.keyClick(dialog.document_number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_text("consent_date") != "")
    assert "Ley 1581 de 2012" in dialog.error_text("consent_date")
    assert dialog.findChild(type(dialog.general_error), "error_consent_date").isVisible()
    assert dialog.consent.hasFocus()
    assert dialog.isVisible() and counts(hall.store) == before
    assert screen.count_label.text() == "0 presentes"


def test_a_bad_document_is_explained_beside_it_and_can_be_corrected(qtbot, screen, hall):
    before = counts(hall.store)
    dialog = open_dialog(qtbot, screen, "Yurani Micolta")
    fill(qtbot, dialog, document_number="12AB")
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_text("document_number") != "")
    assert "cédula de ciudadanía tiene de 3 a 10 dígitos" in dialog.error_text("document_number")
    assert dialog.document_number.hasFocus()
    assert counts(hall.store) == before

    fill(qtbot, dialog, consent=False, document_number="1144987654", birth="31/02/1990")
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_text("birth_date") != "")
    assert dialog.error_text("document_number") == ""
    assert "dd/mm/aaaa" in dialog.error_text("birth_date")
    assert counts(hall.store) == before

    fill(qtbot, dialog, consent=False, birth="28/02/1990")
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)
    saved_and_closed(qtbot, screen)
    assert counts(hall.store) == (before[0] + 1, before[1] + 1)


def test_a_minor_needs_the_name_of_a_guardian(qtbot, screen, hall):
    before = counts(hall.store)
    dialog = open_dialog(qtbot, screen, "Samuel Caicedo")
    dialog.document_type.setCurrentIndex(1 + [c.code for c in dialog._lists.document_types]
                                         .index("TI"))
    fill(qtbot, dialog, document_number="1012345678", birth=str(dt.date.today().year - 12))
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_text("guardian_name") != "")
    assert "menor de edad" in dialog.error_text("guardian_name")
    assert counts(hall.store) == before
    fill(qtbot, dialog, consent=False, guardian_name="Yolanda Caicedo")
    qtbot.keyClick(dialog.guardian_name, Qt.Key.Key_Return)
    saved_and_closed(qtbot, screen)
    assert counts(hall.store) == (before[0] + 1, before[1] + 1)


def _warned(qtbot, screen: AttendanceScreen) -> WalkInDialog:
    """A walk-in with María José's document number but another name: the warning."""
    dialog = open_dialog(qtbot, screen, "1234567")
    assert dialog.document_number.text() == "1234567"
    assert dialog.given_names.hasFocus()
    fill(qtbot, dialog, given_names="Maryury", first_surname="Hurtado")
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.on_warning)
    return dialog


def test_same_document_warning_it_is_this_person(qtbot, screen, hall):
    before = counts(hall.store)
    dialog = _warned(qtbot, screen)
    warning = dialog.warning
    assert warning.candidate_ids() == [hall.maria_id]
    assert warning.model.data(warning.model.index(0, 0)) == "María José Angulo Riascos"
    assert warning.model.data(warning.model.index(0, 5)) == "mismo documento"
    assert warning.view.hasFocus() and warning.same_button.isDefault()
    assert counts(hall.store) == before  # nothing saved while warning
    qtbot.keyClick(warning.view, Qt.Key.Key_Return)  # Enter: "Es esta persona"
    saved_and_closed(qtbot, screen)
    qtbot.waitUntil(lambda: screen.status_of(hall.maria_id) == "present")
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    assert screen.count_label.text() == "1 presente"
    assert counts(hall.store) == (before[0], before[1] + 1)  # nobody new


def test_same_document_warning_it_is_another_person(qtbot, screen, hall):
    before = counts(hall.store)
    dialog = _warned(qtbot, screen)
    qtbot.keyClick(dialog.warning.view, Qt.Key.Key_O, ALT)  # "Es &otra persona, registrar"
    saved_and_closed(qtbot, screen)
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    assert screen.roster_model.data(screen.roster_model.index(0, 0)) == "Maryury Hurtado"
    assert screen.status_of(hall.maria_id) is None
    assert counts(hall.store) == (before[0] + 1, before[1] + 1)


def test_escape_goes_back_from_the_warning_then_cancels(qtbot, screen, hall):
    before = counts(hall.store)
    dialog = _warned(qtbot, screen)
    qtbot.keyClick(dialog.warning.view, Qt.Key.Key_Escape)
    assert not dialog.on_warning() and dialog.isVisible()
    assert dialog.save_button.isDefault()
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Escape)
    saved_and_closed(qtbot, screen)
    assert counts(hall.store) == before
    qtbot.waitUntil(screen.search.box.hasFocus)


def test_the_warning_table_passes_the_model_tester(qtbot, qtmodeltester, screen):
    dialog = _warned(qtbot, screen)
    qtmodeltester.check(dialog.warning.model)


def test_in_english_the_warning_says_why_in_english(qtbot, screen):
    from participa_desktop.ui import i18n

    warning = _warned(qtbot, screen).warning
    i18n.apply_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert warning.model.headerData(5, Qt.Orientation.Horizontal) == "Why it matches"
    assert warning.model.data(warning.model.index(0, 5)) == "same document"


def test_undoing_a_walk_in_removes_the_attendance_not_the_person(qtbot, screen, hall,
                                                                 wait_idle):
    before = counts(hall.store)
    dialog = open_dialog(qtbot, screen, "Yurani Micolta")
    fill(qtbot, dialog, document_number="1144987654")
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)
    saved_and_closed(qtbot, screen)
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    assert screen.context.undo_stack.undoText() == (
        "Marcar presente a Yurani Micolta (su registro se conserva)")
    assert "el registro de la persona se conserva" in screen.message_label.text()
    screen.context.undo_stack.undo()
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 0)
    assert screen.count_label.text() == "0 presentes"
    wait_idle(screen.context.runner)
    assert counts(hall.store) == (before[0] + 1, before[1])


def test_escape_while_saving_waits_so_the_walk_in_is_counted_and_undoable(qtbot, screen,
                                                                          hall):
    dialog = open_dialog(qtbot, screen, "Yurani Micolta")
    fill(qtbot, dialog, document_number="1144987654")
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)  # saving…
    assert dialog.is_saving()
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Escape)  # …so the dialog stays
    dialog.close()
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    saved_and_closed(qtbot, screen)
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    assert screen.count_label.text() == "1 presente"
    assert screen.context.undo_stack.undoText() == (
        "Marcar presente a Yurani Micolta (su registro se conserva)")


def test_the_form_follows_a_language_change_keeping_what_was_chosen(qtbot, screen):
    from participa_desktop.ui import i18n

    dialog = open_dialog(qtbot, screen, "Yurani Micolta")
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    dialog.document_type.setCurrentIndex(2)
    chosen_type = dialog.document_type.currentData()
    i18n.apply_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.windowTitle() == "New person"
    assert dialog.labels["given_names"].text() == "First &names:"
    assert dialog.gender.currentText() == "female"
    assert screen.title() == "Attendance"
    assert screen.count_label.text() == "0 present"
    assert dialog.gender.currentData() == "female"
    assert dialog.document_type.currentData() == chosen_type
    assert dialog.given_names.text() == "Yurani"
