"""The people list: ordered ids, rows with names and consent, attendance counts."""

from __future__ import annotations

import datetime as dt

import pytest

from participa_desktop.core.services import (
    NotFound,
    attendance,
    organizations,
    participants,
    people_queries,
)


def _person(run, adult, given, surname, document):
    return run(participants.register_participant,
               {**adult, "given_names": given, "first_surname": surname,
                "document_number": document})


def test_ids_are_ordered_by_surname_and_leave_out_the_deleted(run, adult):
    zapata = _person(run, adult, "Ana", "Zapata", "111222")
    angulo = _person(run, adult, "Luis", "Angulo", "333444")
    gone = _person(run, adult, "Eva", "Borrada", "555666")
    run(participants.delete_participant, gone.id)
    assert run(people_queries.person_ids) == [angulo.id, zapata.id]
    assert run(people_queries.person_ids, 1) == [angulo.id]


def test_ids_ignore_accents_and_see_changes_not_yet_indexed(store, run, adult):
    acosta = _person(run, adult, "Eva", "Ácosta", "777888")
    angulo = _person(run, adult, "Luis", "Angulo", "333444")
    with store.unit_of_work() as session:  # the index catches up only at the commit
        new = participants.register_participant(
            session, {**adult, "given_names": "Ana", "first_surname": "Alzate",
                      "document_number": "999000"})
        participants.update_participant(session, angulo.id, {"first_surname": "Zúñiga"})
        assert people_queries.person_ids(session) == [acosta.id, new.id, angulo.id]
        assert people_queries.person_ids(session, 2) == [acosta.id, new.id]
    assert run(people_queries.person_ids) == [acosta.id, new.id, angulo.id]


def test_rows_carry_names_consent_and_attendance(run, participant, workshop, organization):
    run(participants.update_participant, participant.id, {"organization_id": organization.id})
    run(attendance.mark, workshop.id, participant.id)
    rows = run(people_queries.person_rows, [participant.id, "no-existe"])
    assert list(rows) == [participant.id]
    row = rows[participant.id]
    assert row.full_name == "María José Angulo Riascos"
    assert (row.document_code, row.document_number) == ("CC", "1234567")
    assert row.organization_name == "Fundación Pacífico Vivo"
    assert row.territory_name == "Buenaventura"
    assert (row.consent_date, row.consent_channel) == (dt.date(2025, 3, 4), "signed_paper")
    assert (row.birth_date, row.birth_year) == (dt.date(1990, 5, 17), 1990)
    assert row.attendance_count == 1
    run(organizations.delete_organization, organization.id)
    assert run(people_queries.person_rows, [participant.id])[participant.id] \
        .organization_name is None
    run(attendance.mark, workshop.id, participant.id, "absent")
    assert run(people_queries.person_rows, [participant.id])[participant.id].attendance_count == 0
    assert run(people_queries.person_rows, []) == {}


def test_person_gives_the_full_record_or_not_found(run, participant):
    record = run(people_queries.person, participant.id)
    assert record.phone == "3105551234" and record.consent_notice_version == "2025-1"
    run(participants.delete_participant, participant.id)
    with pytest.raises(NotFound):
        run(people_queries.person, participant.id)
