"""Taking attendance from the keyboard: search the whole registry as you type (accents and
case do not matter), Down/Enter marks present, the live count, F2 and Enter-on-nobody for
walk-ins (with the duplicate warning), Delete and Ctrl+Z; both table models pass Qt's
model tester."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select, text

from participa_desktop.core.folding import fold
from participa_desktop.core.models import Participant
from participa_desktop.core.services import participants, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.attendance_screen import AttendanceScreen
from participa_desktop.ui.table_model import LazyTableModel

BUENAVENTURA = reference_id("territory", "76109")
CC = reference_id("document_type", "CC")
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Demo:
    store: object
    workshop_id: str
    jose_id: str


@dataclass(frozen=True)
class Person:
    id: str
    given_names: str
    first_surname: str
    document_number: str | None


@pytest.fixture
def demo(open_store, fill_demo) -> Demo:
    """A demo data file (300 people, two workshops with their attendance), today's
    workshop with nobody marked yet, and José Ángel Quiñónez Ibargüen."""
    store = open_store("asistencia")
    fill_demo(store, seed=7, participants=300, workshops=2)
    with store.unit_of_work() as session:
        workshop = workshops.create_workshop(session, {
            "title": "Escuela de liderazgo juvenil", "date": dt.date.today(),
            "start_time": "09:00", "place": "Casa de la cultura",
            "territory_id": BUENAVENTURA})
        jose = participants.register_participant(session, {
            "given_names": "José Ángel", "first_surname": "Quiñónez",
            "second_surname": "Ibargüen", "document_type_id": CC,
            "document_number": "98765432", "consent_date": dt.date.today(),
            "consent_channel": "verbal", "consent_notice_version": "2024-1"})
    return Demo(store, workshop.id, jose.id)


def registry(store) -> list[Person]:
    """Live people whose document number nobody else has, by id."""
    with store.reading() as session:
        rows = session.execute(
            select(Participant.id, Participant.given_names, Participant.first_surname,
                   Participant.document_number)
            .where(Participant.deleted.is_(False)).order_by(Participant.id)).tuples().all()
    numbers = [row[3] for row in rows]
    return [Person(*row) for row in rows if row[3] and numbers.count(row[3]) == 1]


def live_attendance(store, workshop_id: str) -> list[tuple[str, str]]:
    with store.engine.connect() as connection:
        return connection.execute(text(
            "SELECT participant_id, status FROM attendance "
            "WHERE workshop_id = :w AND deleted = 0"), {"w": workshop_id}).all()


@pytest.fixture
def screen(qtbot, app_context, show_screen, demo) -> AttendanceScreen:
    """The attendance screen, shown, opened on today's workshop the way the workshops
    screen opens it (hub.open_attendance)."""
    context = app_context(demo.store)
    shown = AttendanceScreen(context)
    show_screen(shown)
    with qtbot.waitSignal(shown.roster_shown):
        context.hub.open_attendance.emit(demo.workshop_id)
    return shown


def type_into(qtbot, widget, typed: str) -> None:
    """Type `typed` key by key (QTest's keyClicks knows only ASCII: accented letters are
    sent as key events carrying their text, as a keyboard layout would)."""
    for char in typed:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def search(qtbot, screen: AttendanceScreen, typed: str) -> None:
    """Type `typed` into the search box and wait until its results are on screen."""
    screen.search.box.setFocus()
    type_into(qtbot, screen.search.box, typed)
    qtbot.waitUntil(lambda: screen.search.shown_text() == typed.strip()
                    and not screen.search.is_searching())


def mark_by_search(qtbot, screen: AttendanceScreen, typed: str, person_id: str) -> None:
    """Search, go Down to the person, press Enter; wait until they count as present."""
    search(qtbot, screen, typed)
    row = screen.search.model.row_of(person_id)
    assert row >= 0, f"{typed!r} did not find the person"
    assert screen.search.view.currentIndex().row() == 0
    for _ in range(row):
        qtbot.keyClick(screen.search.box, Qt.Key.Key_Down)
    assert screen.search.view.currentIndex().row() == row
    qtbot.keyClick(screen.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.status_of(person_id) == "present")
    assert screen.search.box.text() == ""
    assert screen.search.box.hasFocus()


def walk_in(qtbot, screen: AttendanceScreen, open_with, **typed: str):
    """Open the walk-in dialog with `open_with()`, type `typed` into its fields, tick the
    consent, and press Enter in the first field. Returns the dialog."""
    open_with()
    qtbot.waitUntil(lambda: screen.walk_in_dialog() is not None)
    dialog = screen.walk_in_dialog()
    if not dialog.save_button.isEnabled():
        qtbot.waitSignal(dialog.ready).wait()
    for field, value in typed.items():
        edit = getattr(dialog, field)
        edit.clear()
        type_into(qtbot, edit, value)
    dialog.consent.setFocus()
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    assert dialog.consent.isChecked()
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)
    return dialog


def test_taking_attendance_for_thirty_people_with_three_walk_ins(qtbot, screen, demo):
    assert screen.count_label.text() == "0 presentes"
    assert screen.workshop_combo.currentText() == "hoy 09:00 · Escuela de liderazgo juvenil"
    today = dt.date.today().strftime("%d/%m/%Y")
    assert screen.heading_label.text() == (
        f"Fecha: {today}, 09:00 · Lugar: Casa de la cultura, Buenaventura")
    assert screen.search.box.hasFocus()
    people = registry(demo.store)[:27]
    for number, person in enumerate(people):
        if number % 3 == 0:
            typed = person.document_number
        else:  # lower case, without accents: "maria jose angulo"
            typed = fold(person.given_names, person.first_surname)
        mark_by_search(qtbot, screen, typed, person.id)
        expected = "1 presente" if number == 0 else f"{number + 1} presentes"
        assert screen.count_label.text() == expected

    # Walk-in 1: nobody matches what was typed; Enter opens the dialog pre-filled.
    search(qtbot, screen, "Anayibe Cundumí Tofiño")
    assert "Nadie coincide" in screen.search.hint.text()
    dialog = walk_in(qtbot, screen,
                     lambda: qtbot.keyClick(screen.search.box, Qt.Key.Key_Return),
                     document_number="1144123456")
    assert dialog.given_names.text() == "Anayibe"
    assert dialog.first_surname.text() == "Cundumí"
    assert dialog.second_surname.text() == "Tofiño"
    qtbot.waitUntil(lambda: screen.walk_in_dialog() is None)
    qtbot.waitUntil(lambda: screen.count_label.text() == "28 presentes")

    # Walk-in 2: F2 with a document number typed.
    search(qtbot, screen, "1.150.999.888")
    walk_in(qtbot, screen, lambda: qtbot.keyClick(screen.search.box, Qt.Key.Key_F2),
            given_names="Wilfrido", first_surname="Güilombo")
    qtbot.waitUntil(lambda: screen.walk_in_dialog() is None)
    qtbot.waitUntil(lambda: screen.count_label.text() == "29 presentes")

    # Walk-in 3: the name of someone already registered: the warning lists them, and the
    # facilitator says it is another person.
    namesake = registry(demo.store)[40]
    dialog = walk_in(qtbot, screen, lambda: qtbot.keyClick(screen, Qt.Key.Key_F2),
                     given_names=namesake.given_names, first_surname=namesake.first_surname,
                     document_number="1199000111")
    qtbot.waitUntil(dialog.on_warning)
    assert namesake.id in dialog.warning.candidate_ids()
    assert dialog.warning.model.data(dialog.warning.model.index(0, 5)) == "nombre muy parecido"
    qtbot.keyClick(dialog.warning.view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.walk_in_dialog() is None)
    qtbot.waitUntil(lambda: screen.count_label.text() == "30 presentes")

    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 30)
    shown = {screen.roster_model.data(screen.roster_model.index(row, 0))
             for row in range(30)}
    assert {"Anayibe Cundumí Tofiño", "Wilfrido Güilombo"} <= shown
    assert screen.roster_model.data(screen.roster_model.index(0, 2)) == "asistió"
    rows = live_attendance(demo.store, demo.workshop_id)
    assert len(rows) == 30 and {status for _id, status in rows} == {"present"}
    assert {person.id for person in people} <= {pid for pid, _status in rows}
    with demo.store.reading() as session:
        namesakes = session.scalars(select(Participant.id).where(
            Participant.given_names == namesake.given_names,
            Participant.first_surname == namesake.first_surname,
            Participant.document_number == "1199000111")).all()
        walk_in_ids = session.scalars(select(Participant.id).where(
            Participant.document_number.in_(["1144123456", "1150999888"]))).all()
    assert len(namesakes) == 1 and len(walk_in_ids) == 2
    assert set(namesakes) | set(walk_in_ids) <= {pid for pid, _status in rows}


def test_search_ignores_accents_and_case(qtbot, screen, demo):
    for typed in ("jose angel", "QUIÑONEZ ibarguen", "Quinonez", "jOSÉ ÁNGEL QUIÑÓNEZ"):
        search(qtbot, screen, typed)
        assert demo.jose_id in screen.search.model.ids(), typed
        screen.search.box.clear()
    search(qtbot, screen, "9876543")
    assert screen.search.model.ids() == [demo.jose_id]
    model = screen.search.model
    assert model.data(model.index(0, 0)) == "José Ángel Quiñónez Ibargüen"
    assert model.data(model.index(0, 1)) == "CC 98765432"
    assert model.data(model.index(0, 2)) == ""
    qtbot.keyClick(screen.search.box, Qt.Key.Key_Escape)  # Escape empties the search
    assert screen.search.box.text() == "" and model.rowCount() == 0


def test_enter_right_after_typing_marks_the_person_found(qtbot, screen, demo):
    qtbot.keyClicks(screen.search.box, "98765432")
    qtbot.keyClick(screen.search.box, Qt.Key.Key_Return)  # before the results arrive
    qtbot.waitUntil(lambda: screen.count_label.text() == "1 presente")
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    assert live_attendance(demo.store, demo.workshop_id) == [(demo.jose_id, "present")]


def test_a_person_already_present_is_shown_so_and_not_marked_twice(qtbot, screen, demo):
    mark_by_search(qtbot, screen, "98765432", demo.jose_id)
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    search(qtbot, screen, "jose quinonez")
    row = screen.search.model.row_of(demo.jose_id)
    assert screen.search.model.data(screen.search.model.index(row, 2)) == "asistió"
    depth = screen.context.undo_stack.count()
    for _ in range(row):
        qtbot.keyClick(screen.search.box, Qt.Key.Key_Down)
    qtbot.keyClick(screen.search.box, Qt.Key.Key_Return)
    assert "ya está presente" in screen.message_label.text()
    assert screen.context.undo_stack.count() == depth
    assert screen.count_label.text() == "1 presente"
    assert len(live_attendance(demo.store, demo.workshop_id)) == 1


def test_delete_removes_the_selected_attendance_and_undo_restores_it(
        qtbot, screen, demo, wait_idle):
    people = registry(demo.store)[:2]
    for person in people:
        mark_by_search(qtbot, screen, person.document_number, person.id)
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 2)
    row = screen.roster_model.row_of(people[0].id)
    screen.roster_view.setFocus()
    screen.roster_view.selectRow(row)
    qtbot.keyClick(screen.roster_view, Qt.Key.Key_Delete)
    assert screen.count_label.text() == "1 presente"  # at once
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    assert live_attendance(demo.store, demo.workshop_id) == [(people[1].id, "present")]
    assert "ya no figura" in screen.message_label.text()

    screen.context.undo_stack.undo()
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 2)
    assert screen.count_label.text() == "2 presentes"
    wait_idle(screen.context.runner)
    assert len(live_attendance(demo.store, demo.workshop_id)) == 2


def test_a_mark_undone_restores_an_excused_person(qtbot, screen, demo, wait_idle):
    """Undo puts back what was there: a person excused stays excused, not removed."""
    from participa_desktop.core.services import attendance

    with demo.store.unit_of_work() as session:
        attendance.mark(session, demo.workshop_id, demo.jose_id, "excused")
    screen.context.changed("attendance")
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    assert screen.count_label.text() == "0 presentes"
    mark_by_search(qtbot, screen, "98765432", demo.jose_id)
    qtbot.waitUntil(lambda: screen.count_label.text() == "1 presente")
    screen.context.undo_stack.undo()
    qtbot.waitUntil(lambda: screen.status_of(demo.jose_id) == "excused")
    wait_idle(screen.context.runner)
    assert live_attendance(demo.store, demo.workshop_id) == [(demo.jose_id, "excused")]
    assert screen.count_label.text() == "0 presentes"


def test_ctrl_z_in_the_main_window_undoes_the_last_mark(qtbot, main_window, demo, wait_idle):
    window = main_window(demo.store)
    screen = window.screen(AttendanceScreen.key)
    with qtbot.waitSignal(screen.roster_shown):
        window.context.hub.open_attendance.emit(demo.workshop_id)
    assert window.screens.currentWidget() is screen
    assert screen.search.box.hasFocus()
    people = registry(demo.store)[:2]
    for person in people:
        mark_by_search(qtbot, screen, person.document_number, person.id)
    qtbot.waitUntil(lambda: screen.count_label.text() == "2 presentes")

    QTest.keySequence(screen.search.box, window.undo_action.shortcut())  # Ctrl+Z
    qtbot.waitUntil(lambda: screen.count_label.text() == "1 presente")
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    wait_idle(window.runner)
    assert live_attendance(demo.store, demo.workshop_id) == [(people[0].id, "present")]

    QTest.keySequence(screen.search.box, window.redo_action.shortcut())
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 2)
    assert screen.count_label.text() == "2 presentes"

    # With text in the box, Ctrl+Z is the box's own text undo: no attendance changes.
    qtbot.keyClicks(screen.search.box, "abc")
    QTest.keySequence(screen.search.box, window.undo_action.shortcut())
    wait_idle(window.runner)
    assert len(live_attendance(demo.store, demo.workshop_id)) == 2


def test_the_chooser_offers_todays_workshop_first(qtbot, app_context, show_screen, demo):
    context = app_context(demo.store)
    screen = AttendanceScreen(context)
    show_screen(screen)
    assert "Elija un taller" in screen.heading_label.text()
    with qtbot.waitSignal(screen.roster_shown) as shown:
        screen.activate()
    assert shown.args == [demo.workshop_id, 0]
    combo = screen.workshop_combo
    assert combo.currentData() == demo.workshop_id
    assert combo.currentText() == "hoy 09:00 · Escuela de liderazgo juvenil"
    assert "Casa de la cultura, Buenaventura" in screen.heading_label.text()
    assert context.settings.value("asistencia/taller") == demo.workshop_id


def test_ctrl_f_puts_the_cursor_in_the_search(qtbot, screen):
    screen.roster_view.setFocus()
    assert not screen.search.box.hasFocus()
    qtbot.keyClick(screen.roster_view, Qt.Key.Key_F, CTRL)
    assert screen.search.box.hasFocus()
    screen.roster_view.setFocus()
    qtbot.keyClick(screen.roster_view, Qt.Key.Key_B, CTRL)
    assert screen.search.box.hasFocus()


def test_both_tables_pass_the_model_tester(qtbot, qtmodeltester, screen, demo):
    for person in registry(demo.store)[:3]:
        mark_by_search(qtbot, screen, person.document_number, person.id)
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 3)
    qtmodeltester.check(screen.roster_model)
    search(qtbot, screen, "1")  # most document numbers start so: more than one block
    rows = screen.search.model.rowCount()
    assert rows > LazyTableModel.BLOCK
    qtmodeltester.check(screen.search.model)
    last = screen.search.model.index(rows - 1, 0)
    qtbot.waitUntil(lambda: screen.search.model.data(last) not in ("…", ""))
