"""Undoing attendance marks on the attendance screen: an undo after moving to another
workshop changes the workshop it was made in, not the count on screen; a mark whose write
fails (the person was deleted meanwhile) is told and never replayed by undo or redo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from participa_desktop.core.services import attendance, participants, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.attendance_screen import AttendanceScreen

BUENAVENTURA = reference_id("territory", "76109")
CC = reference_id("document_type", "CC")


@dataclass
class Day:
    store: object
    morning: str
    afternoon: str
    luis: str
    ana: str
    rosa: str


def _person(session, given: str, surname: str, number: str) -> str:
    return participants.register_participant(session, {
        "given_names": given, "first_surname": surname, "document_type_id": CC,
        "document_number": number, "consent_date": dt.date(2025, 3, 4),
        "consent_channel": "verbal", "consent_notice_version": "2024-1"}).id


@pytest.fixture
def day(open_store) -> Day:
    """Two workshops today; Luis is already present at the afternoon one."""
    store = open_store("jornada")
    with store.unit_of_work() as session:
        morning, afternoon = (workshops.create_workshop(session, {
            "title": title, "date": dt.date.today(), "start_time": start,
            "territory_id": BUENAVENTURA}).id
            for title, start in (("Taller de la mañana", "08:00"),
                                 ("Taller de la tarde", "14:00")))
        luis = _person(session, "Luis", "Angulo", "16555444")
        ana = _person(session, "Ana", "Zapata", "29888777")
        rosa = _person(session, "Rosa", "Micolta", "31222333")
        attendance.mark(session, afternoon, luis, "present", dt.time(14, 5))
    return Day(store, morning, afternoon, luis, ana, rosa)


@pytest.fixture
def screen(qtbot, app_context, show_screen, day) -> AttendanceScreen:
    context = app_context(day.store)
    shown = AttendanceScreen(context)
    show_screen(shown)
    with qtbot.waitSignal(shown.roster_shown):
        context.hub.open_attendance.emit(day.morning)
    qtbot.waitUntil(lambda: shown.chooser.offers(day.afternoon))
    return shown


def search_and_enter(qtbot, screen: AttendanceScreen, number: str, person_id: str) -> None:
    """Type a document number in the search, wait for the person, press Enter."""
    screen.search.box.setFocus()
    qtbot.keyClicks(screen.search.box, number)
    qtbot.waitUntil(lambda: screen.search.shown_text() == number
                    and screen.search.model.id_at(0) == person_id)
    qtbot.keyClick(screen.search.box, Qt.Key.Key_Return)


def rows_of(store, participant_id: str) -> list[tuple[str, str, int]]:
    """Every attendance row of the person, deleted ones too: (workshop, status, deleted)."""
    with store.engine.connect() as connection:
        return connection.execute(text(
            "SELECT workshop_id, status, deleted FROM attendance "
            "WHERE participant_id = :p ORDER BY workshop_id"), {"p": participant_id}).all()


def test_an_undo_after_changing_workshop_leaves_the_count_on_screen_alone(
        qtbot, screen, day, wait_idle):
    search_and_enter(qtbot, screen, "16555444", day.luis)  # Luis, present this morning
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    wait_idle(screen.context.runner)

    combo = screen.workshop_combo  # Alt+T, then ↓ to the afternoon workshop
    combo.setFocus()
    with qtbot.waitSignal(screen.roster_shown):
        while combo.currentData() != day.afternoon:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert screen.count_label.text() == "1 presente"  # Luis, this afternoon

    with qtbot.waitSignal(screen.roster_shown):  # read after the write
        screen.context.undo_stack.undo()  # Ctrl+Z: Luis leaves the morning workshop
        assert screen.count_label.text() == "1 presente"
        assert screen.status_of(day.luis) == "present"
    assert screen.count_label.text() == "1 presente"
    assert rows_of(day.store, day.luis) == sorted([
        (day.morning, "present", 1), (day.afternoon, "present", 0)])


def test_a_mark_that_could_not_be_saved_is_never_replayed(qtbot, screen, day, wait_idle):
    screen.search.box.setFocus()
    qtbot.keyClicks(screen.search.box, "29888777")
    qtbot.waitUntil(lambda: screen.search.model.id_at(0) == day.ana)
    with day.store.unit_of_work() as session:  # meanwhile, Ana is deleted elsewhere
        participants.delete_participant(session, day.ana)
    qtbot.keyClick(screen.search.box, Qt.Key.Key_Return)  # marks Ana: will fail
    screen.mark_present(day.rosa, "Rosa Micolta")  # Rosa, right after (before it fails)
    stack = screen.context.undo_stack
    assert stack.count() == 2

    qtbot.waitUntil(lambda: "No se pudo guardar la asistencia" in
                    screen.message_label.text())
    assert "fue eliminada" in screen.message_label.text()
    wait_idle(screen.context.runner)
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 1)
    assert screen.count_label.text() == "1 presente"

    stack.undo()  # Rosa's mark
    qtbot.waitUntil(lambda: screen.count_label.text() == "0 presentes")
    stack.undo()  # Ana's failed mark: dropped, not undone
    assert stack.count() == 1 and not stack.canUndo()
    screen.message_label.clear()
    stack.redo()  # Rosa again; Ana's mark is not tried again
    assert not stack.canRedo()
    qtbot.waitUntil(lambda: screen.count_label.text() == "1 presente")
    wait_idle(screen.context.runner)
    assert "No se pudo" not in screen.message_label.text()
    assert rows_of(day.store, day.ana) == []
    assert [row[1:] for row in rows_of(day.store, day.rosa)] == [("present", 0)]
