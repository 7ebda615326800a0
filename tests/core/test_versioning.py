"""The one write path: versions per column, stamped by the device's clock, never by
callers; tombstones instead of deletes."""

import pytest
from sqlalchemy import select

from participa_desktop.core.models import LocalState, Organization, Participant
from participa_desktop.core.services import organizations, participants
from participa_desktop.core.versioning import WritePathError, insert_many
from sync.engine.clock import parse_stamp
from sync.engine.versions import sequence_column, version_column


def _versions(store, model, record_id):
    with store.reading() as session:
        row = session.get(model, record_id)
        return {c: getattr(row, version_column(c)) for c in model.versioned_columns}


def _last_seq(store):
    with store.reading() as session:
        return session.scalar(select(LocalState.last_seq))


def test_a_new_record_stamps_every_versioned_column_with_this_device(store, adult):
    with store.unit_of_work() as session:
        person = participants.register_participant(session, adult)
    stamps = _versions(store, Participant, person.id)
    assert set(stamps) == set(Participant.versioned_columns)
    assert len(set(stamps.values())) == 1
    assert parse_stamp(next(iter(stamps.values())))[2] == store.device_id


def test_only_changed_columns_get_new_stamps(store, adult):
    with store.unit_of_work() as session:
        person = participants.register_participant(session, adult)
    before = _versions(store, Participant, person.id)
    with store.unit_of_work() as session:
        participants.update_participant(session, person.id, {"phone": "3105551234"})
    after = _versions(store, Participant, person.id)
    changed = {c for c in before if before[c] != after[c]}
    assert changed == {"phone"}
    assert after["phone"] > before["phone"]


def test_writing_the_same_value_again_is_no_change(store, adult):
    with store.unit_of_work() as session:
        person = participants.register_participant(session, adult)
    before, seq = _versions(store, Participant, person.id), _last_seq(store)
    with store.unit_of_work() as session:
        participants.update_participant(session, person.id,
                                        {"given_names": "María José", "first_surname": "Angulo"})
    assert _versions(store, Participant, person.id) == before
    assert _last_seq(store) == seq


def test_stamps_strictly_increase_when_the_computer_clock_goes_back(store):
    wall = iter([5_000_000_000_000, 4_000_000_000_000, 4_000_000_000_000, 1_000, 6_000])
    store.wall_clock = lambda: next(wall)
    stamps = []
    with store.unit_of_work() as session:
        org = organizations.create_organization(session, {"name": "JAC", "sector": "public"})
    stamps.append(_versions(store, Organization, org.id)["name"])
    for n in range(4):
        with store.unit_of_work() as session:
            organizations.update_organization(session, org.id, {"name": f"JAC {n}"})
        stamps.append(_versions(store, Organization, org.id)["name"])
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert all(parse_stamp(s)[0] == 5_000_000_000_000 for s in stamps)


def test_the_change_sequence_counts_each_change_and_marks_changed_columns(store, adult):
    with store.unit_of_work() as session:
        person = participants.register_participant(session, adult)
    first = _last_seq(store)
    with store.unit_of_work() as session:
        participants.update_participant(session, person.id, {"email": "maria@example.org"})
    assert _last_seq(store) == first + 1
    with store.reading() as session:
        row = session.get(Participant, person.id)
        assert getattr(row, sequence_column("email")) == first + 1
        assert getattr(row, sequence_column("given_names")) == first
        assert row.row_seq == first + 1


def test_a_rolled_back_change_leaves_no_stamp_and_no_sequence(store, adult):
    seq = _last_seq(store)
    with pytest.raises(RuntimeError), store.unit_of_work() as session:
        participants.register_participant(session, adult)
        raise RuntimeError("corte de luz")
    assert _last_seq(store) == seq
    with store.reading() as session:
        assert session.scalars(select(Participant)).all() == []


def test_a_hard_delete_is_refused(store):
    with store.unit_of_work() as session:
        org = organizations.create_organization(session, {"name": "JAC", "sector": "public"})
    with pytest.raises(WritePathError, match="deleted = True"), \
            store.unit_of_work() as session:
        session.delete(session.get(Organization, org.id))


def test_delete_is_a_versioned_tombstone(store):
    with store.unit_of_work() as session:
        org = organizations.create_organization(session, {"name": "JAC", "sector": "public"})
    before = _versions(store, Organization, org.id)
    with store.unit_of_work() as session:
        organizations.delete_organization(session, org.id)
    with store.reading() as session:
        row = session.get(Organization, org.id)
        assert row.deleted is True
    after = _versions(store, Organization, org.id)
    assert {c for c in before if before[c] != after[c]} == {"deleted"}


def test_bulk_insert_stamps_like_the_orm_and_refuses_bookkeeping_columns(store):
    with store.unit_of_work() as session:
        insert_many(session, Organization, [{"name": "Colectivo", "sector": "civil_society"}])
    with store.reading() as session:
        row = session.scalars(select(Organization)).one()
        assert row.deleted is False
        assert row.name_ver == row.sector_ver == row.deleted_ver
        assert parse_stamp(row.name_ver)[2] == store.device_id
    with pytest.raises(KeyError, match="name_ver"), store.unit_of_work() as session:
        insert_many(session, Organization,
                    [{"name": "X", "sector": "public", "name_ver": "f" * 32}])


def test_an_overwritten_value_goes_to_the_archive_with_its_version(store):
    with store.unit_of_work() as session:
        org = organizations.create_organization(session, {"name": "JAC", "sector": "public"})
    first = _versions(store, Organization, org.id)["name"]
    with store.unit_of_work() as session:
        organizations.update_organization(session, org.id, {"name": "JAC Barrio Lleras"})
    with store.reading() as session:
        archived = session.connection().exec_driver_sql(
            "SELECT table_name, row_id, column_name, value_ver, value FROM archived_value"
        ).all()
    assert archived == [("organization", org.id, "name", first, "JAC")]


def test_bulk_rows_that_already_exist_are_refused_in_words(store):
    from participa_desktop.core.validation import ValidationError

    row = {"id": "01a20a2c-ad95-76e0-9ace-def10c13b352", "name": "JAC", "sector": "public"}
    with store.unit_of_work() as session:
        insert_many(session, Organization, [row])
    with pytest.raises(ValidationError, match="ya existían"), store.unit_of_work() as session:
        insert_many(session, Organization, [row])
