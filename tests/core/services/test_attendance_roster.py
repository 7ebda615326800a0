"""The roster of a workshop (`attendance.roster`, `attendance.present_count`): live rows of
live people, by surname, in one query served by the index on attendance.workshop_id."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text

from participa_desktop.core.services import attendance, organizations, participants, workshops
from participa_desktop.core.store.seed import reference_id

CC = reference_id("document_type", "CC")


def person(given, first, second=None, **more):
    return {"given_names": given, "first_surname": first, "second_surname": second,
            "consent_date": dt.date(2025, 2, 1), "consent_channel": "signed_paper",
            "consent_notice_version": "2025-1", **more}


@pytest.fixture
def roster_of(store):
    def read(workshop_id):
        with store.reading() as session:
            return (attendance.roster(session, workshop_id),
                    attendance.present_count(session, workshop_id))

    return read


@pytest.fixture
def people(run, organization):
    rows = {
        "zapata": person("Ana", "Zapata", document_type_id=CC, document_number="31.555.777",
                         organization_id=organization.id),
        "alvarez": person("Óscar", "Álvarez", "Mina"),
        "banguera": person("Sebastián", "BANGUERA", "Mosquera"),
        "bolanos": person("Maryury", "Bolaños"),
    }
    return {key: run(participants.register_participant, values).id
            for key, values in rows.items()}


def test_the_roster_lists_each_marked_person_by_surname(run, roster_of, workshop, people):
    run(attendance.mark, workshop.id, people["zapata"], "present", "08:55")
    run(attendance.mark, workshop.id, people["banguera"], "excused")
    run(attendance.mark, workshop.id, people["alvarez"], "absent")
    entries, present = roster_of(workshop.id)
    assert [e.participant_id for e in entries] == [
        people["alvarez"], people["banguera"], people["zapata"]
    ]
    assert entries[-1] == attendance.RosterEntry(
        participant_id=people["zapata"], full_name="Ana Zapata", document_type_code="CC",
        document_number="31555777", organization_name="Fundación Pacífico Vivo",
        status="present", arrival_time=dt.time(8, 55),
    )
    assert entries[-1].document == "CC 31555777"
    assert entries[0].full_name == "Óscar Álvarez Mina"
    assert entries[0].document is None and entries[0].organization_name is None
    assert [e.status for e in entries] == ["absent", "excused", "present"]
    assert present == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        entries[0].status = "present"


def test_removed_rows_and_deleted_people_leave_the_roster(run, roster_of, workshop, people):
    for key in people:
        run(attendance.mark, workshop.id, people[key])
    assert roster_of(workshop.id)[1] == 4
    run(attendance.unmark, workshop.id, people["zapata"])
    run(participants.delete_participant, people["alvarez"])
    entries, present = roster_of(workshop.id)
    assert [e.participant_id for e in entries] == [people["banguera"], people["bolanos"]]
    assert present == 2


def test_a_person_deleted_on_another_laptop_leaves_even_with_live_attendance(
    store, run, roster_of, workshop, people
):
    """A merge can bring a person's tombstone without tombstoning their attendance (it was
    marked on a third laptop): the roster still leaves them out."""
    run(attendance.mark, workshop.id, people["zapata"])
    run(attendance.mark, workshop.id, people["bolanos"])
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE participant SET deleted = 1 WHERE id = :id"),
                           {"id": people["zapata"]})
    entries, present = roster_of(workshop.id)
    assert [e.participant_id for e in entries] == [people["bolanos"]]
    assert present == 1


def test_a_deleted_organisation_is_not_named(run, roster_of, workshop, people, organization):
    run(attendance.mark, workshop.id, people["zapata"])
    run(organizations.delete_organization, organization.id)
    [entry], _ = roster_of(workshop.id)
    assert entry.organization_name is None


def test_an_unknown_or_deleted_workshop_has_an_empty_roster(run, roster_of, workshop, people):
    run(attendance.mark, workshop.id, people["zapata"])
    assert roster_of("no-existe") == ([], 0)
    run(workshops.delete_workshop, workshop.id)
    assert roster_of(workshop.id) == ([], 0)


def test_other_workshops_do_not_mix_in(run, roster_of, workshop, workshop_values, people):
    other = run(workshops.create_workshop, {**workshop_values, "title": "Otro"}, [])
    run(attendance.mark, workshop.id, people["zapata"])
    run(attendance.mark, other.id, people["bolanos"])
    assert [e.participant_id for e in roster_of(workshop.id)[0]] == [people["zapata"]]
    assert [e.participant_id for e in roster_of(other.id)[0]] == [people["bolanos"]]


def test_the_roster_is_one_query_served_by_the_workshop_index(store, run, workshop, people):
    from sqlalchemy import event

    for key in people:
        run(attendance.mark, workshop.id, people[key])
    statements: list[tuple[str, object]] = []
    with store.reading() as session:
        connection = session.connection()

        def keep(_conn, _cursor, statement, parameters, _context, _many):
            statements.append((statement, parameters))

        event.listen(connection, "before_cursor_execute", keep)
        entries = attendance.roster(session, workshop.id)
        attendance.present_count(session, workshop.id)
        event.remove(connection, "before_cursor_execute", keep)
        assert len(entries) == 4
        assert len(statements) == 2  # one each
        for statement, parameters in statements:
            plan = " / ".join(row[-1] for row in connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", parameters))
            assert "SEARCH attendance USING INDEX ix_attendance_workshop_id" in plan, plan
            assert "SCAN" not in plan.replace("SCAN CONSTANT", ""), plan
