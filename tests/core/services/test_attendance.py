import dataclasses
import datetime as dt

import pytest

from participa_desktop.core.models import Attendance
from participa_desktop.core.services import (
    NotFound,
    ValidationError,
    attendance,
    participants,
    workshops,
)
from participa_desktop.core.services.base import to_record
from participa_desktop.core.services.base import update as base_update
from sync.engine.ids import new_id

mark = attendance.mark
unmark = attendance.unmark


@pytest.fixture
def other(run, adult):
    """A second participant."""
    return run(
        participants.register_participant,
        {**adult, "given_names": "Jhon Fredy", "document_number": "94.123.456"},
    )


def test_mark_returns_a_frozen_record_with_the_stable_id(run, workshop, participant):
    record = run(mark, workshop.id, participant.id, "present", "09:15")
    assert record.id == attendance.attendance_id(workshop.id, participant.id)
    assert record.workshop_id == workshop.id
    assert record.participant_id == participant.id
    assert record.status == "present"
    assert record.arrival_time == dt.time(9, 15)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.status = "absent"


def test_marking_twice_keeps_one_row_with_the_same_id(run, raw, workshop, participant):
    first = run(mark, workshop.id, participant.id)
    again = run(mark, workshop.id, participant.id, "excused")
    assert again.id == first.id
    assert again.status == "excused"
    assert raw("SELECT id, status FROM attendance") == [(first.id, "excused")]


def test_unmark_is_a_tombstone_and_marking_again_revives_it(run, raw, workshop, participant):
    first = run(mark, workshop.id, participant.id)
    run(unmark, workshop.id, participant.id)
    assert raw("SELECT deleted FROM attendance") == [(1,)]
    with pytest.raises(NotFound, match="No se encontró la asistencia"):
        run(unmark, workshop.id, participant.id)
    revived = run(mark, workshop.id, participant.id, "absent")
    assert revived.id == first.id
    assert revived.status == "absent"
    assert raw("SELECT deleted, status FROM attendance") == [(0, "absent")]


def test_unknown_status_is_refused(refused, workshop, participant):
    refused(mark, workshop.id, participant.id, "tarde", field="status", word="asistió")


def test_impossible_arrival_time_is_refused(refused, workshop, participant):
    refused(
        mark, workshop.id, participant.id, "present", "25:00", field="arrival_time", word="hh:mm"
    )


def test_missing_workshop_is_refused(refused, participant):
    refused(mark, None, participant.id, field="workshop_id", word="Falta")


def test_unknown_workshop_is_refused(refused, participant):
    refused(mark, new_id(), participant.id, field="workshop_id", word="no existe")


def test_deleted_workshop_is_refused(run, refused, workshop, participant):
    run(workshops.delete_workshop, workshop.id)
    refused(mark, workshop.id, participant.id, field="workshop_id", word="eliminado")


def test_deleted_participant_is_refused(run, refused, workshop, participant):
    run(participants.delete_participant, participant.id)
    refused(mark, workshop.id, participant.id, field="participant_id", word="eliminada")


def test_reviving_attendance_of_a_deleted_participant_is_refused(
    run, refused, workshop, participant
):
    run(mark, workshop.id, participant.id)
    run(participants.delete_participant, participant.id)
    refused(mark, workshop.id, participant.id, field="participant_id", word="eliminada")


def test_refused_revival_writes_nothing_even_if_the_caller_goes_on(
    store, run, raw, workshop, participant
):
    run(mark, workshop.id, participant.id)
    run(participants.delete_participant, participant.id)
    with store.unit_of_work() as session, pytest.raises(ValidationError):
        mark(session, workshop.id, participant.id)
    assert raw("SELECT deleted FROM attendance") == [(1,)]


def test_workshop_of_an_attendance_cannot_be_changed(store, refused, workshop, participant):
    with store.unit_of_work() as session:
        row_id = mark(session, workshop.id, participant.id).id
        other = workshops.create_workshop(session, {"title": "Otro", "date": "2025-03-05"})

    def change(session):
        row = session.get(Attendance, row_id)
        base_update(session, row, {"workshop_id": other.id}, lambda *_: None)

    refused(change, field="workshop_id", word="no se puede cambiar")


def test_record_many_stores_the_same_values_as_mark(store, run, workshop, participant, other):
    one = run(mark, workshop.id, participant.id, "excused", "10:00")
    row = {
        "workshop_id": workshop.id,
        "participant_id": other.id,
        "status": "excused",
        "arrival_time": "10:00",
    }
    assert run(attendance.record_many, [row]) == 1
    with store.reading() as session:
        bulk = to_record(session.get(Attendance, attendance.attendance_id(workshop.id, other.id)))
    assert dataclasses.replace(bulk, id=one.id, participant_id=participant.id) == one


def test_record_many_defaults_to_present(run, workshop, participant, store):
    run(attendance.record_many, [{"workshop_id": workshop.id, "participant_id": participant.id}])
    with store.reading() as session:
        row = session.get(Attendance, attendance.attendance_id(workshop.id, participant.id))
        assert row.status == "present"


def test_record_many_with_a_bad_row_writes_nothing_and_names_the_row(
    refused, workshop, participant, other
):
    rows = [
        {"workshop_id": workshop.id, "participant_id": participant.id},
        {"workshop_id": workshop.id, "participant_id": other.id},
        {"workshop_id": workshop.id, "participant_id": new_id()},
        {"workshop_id": workshop.id, "participant_id": participant.id, "status": "absent"},
    ]
    refused(attendance.record_many, rows, field="fila 3: participant_id", word="no existe")
