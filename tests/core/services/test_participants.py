import dataclasses
import datetime as dt

import pytest

from participa_desktop.core.models import Participant
from participa_desktop.core.services import NotFound, ValidationError, attendance, participants
from participa_desktop.core.services.base import to_record
from participa_desktop.core.store.seed import reference_id

register = participants.register_participant
update = participants.update_participant
delete = participants.delete_participant
TODAY = dt.date.today()


def test_register_returns_a_frozen_record_with_normalised_values(participant):
    assert participant.given_names == "María José"
    assert participant.document_number == "1234567"
    assert participant.phone == "3105551234"
    assert participant.email == "maria.angulo@ejemplo.com"
    assert participant.birth_date == dt.date(1990, 5, 17)
    assert participant.birth_year == 1990
    assert participant.consent_date == dt.date(2025, 3, 4)
    assert participant.guardian_name is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        participant.given_names = "Otra"


@pytest.mark.parametrize("typed", [dt.date(2025, 3, 4), "2025-03-04", "04/03/2025"])
def test_consent_date_is_accepted_as_date_iso_text_or_dd_mm_yyyy(run, adult, typed):
    adult["consent_date"] = typed
    assert run(register, adult).consent_date == dt.date(2025, 3, 4)


def test_text_is_stripped_and_blank_means_none(run, adult):
    adult["given_names"] = "  María   José "
    adult["second_surname"] = "   "
    record = run(register, adult)
    assert record.given_names == "María José"
    assert record.second_surname is None


@pytest.mark.parametrize("field", ["given_names", "first_surname", "consent_channel"])
def test_missing_required_field_is_refused(refused, adult, field):
    del adult[field]
    refused(register, adult, field=field, word="Falta")


def test_participant_without_consent_is_refused_citing_ley_1581(refused, adult):
    del adult["consent_date"]
    refused(register, adult, field="consent_date", word="Ley 1581")


def test_missing_privacy_notice_version_is_refused(refused, adult):
    adult["consent_notice_version"] = ""
    refused(register, adult, field="consent_notice_version", word="Falta")


def test_unknown_consent_channel_is_refused(refused, adult):
    adult["consent_channel"] = "telepatía"
    refused(register, adult, field="consent_channel", word="planilla firmada")


def test_consent_in_the_future_is_refused(refused, adult):
    adult["consent_date"] = TODAY + dt.timedelta(days=1)
    refused(register, adult, field="consent_date", word="posterior")


def test_consent_before_ley_1581_is_refused(refused, adult):
    adult["consent_date"] = "16/10/2012"
    refused(register, adult, field="consent_date", word="17/10/2012")


def test_impossible_consent_date_is_refused(refused, adult):
    adult["consent_date"] = "31/02/2025"
    refused(register, adult, field="consent_date", word="dd/mm/aaaa")


def test_unknown_field_is_refused(refused, adult):
    adult["apodo"] = "Majo"
    refused(register, adult, field="apodo", word="no es un dato")


def test_deleted_flag_on_creation_is_refused(refused, adult):
    adult["deleted"] = True
    refused(register, adult, field="deleted", word="Eliminar")


def test_text_for_a_number_is_refused(refused, adult):
    del adult["birth_date"]
    adult["birth_year"] = "mil novecientos"
    refused(register, adult, field="birth_year", word="número entero")


def test_number_for_a_text_is_refused(refused, adult):
    adult["given_names"] = 42
    refused(register, adult, field="given_names", word="no es válido")


def test_too_long_name_is_refused(refused, adult):
    adult["given_names"] = "a" * 121
    refused(register, adult, field="given_names", word="máximo 120")


def test_minor_without_guardian_is_refused(refused, minor):
    refused(register, minor, field="guardian_name", word="menor de edad")


def test_minor_with_guardian_is_accepted(run, minor):
    minor["guardian_name"] = "Rosa Caicedo"
    record = run(register, minor)
    assert record.guardian_name == "Rosa Caicedo"
    assert record.document_number == "1012345678"


def test_minor_by_birth_year_only_needs_a_guardian(refused, minor):
    del minor["birth_date"]
    minor["birth_year"] = TODAY.year - 12
    refused(register, minor, field="guardian_name", word="acudiente")


def test_ti_holder_without_birth_date_nor_guardian_is_refused(refused, minor):
    del minor["birth_date"]
    refused(register, minor, field="guardian_name", word="menor de edad")


def test_cc_with_letters_is_refused(refused, adult):
    adult["document_number"] = "12AB567"
    refused(register, adult, field="document_number", word="dígitos")


def test_cc_with_too_many_digits_is_refused(refused, adult):
    adult["document_number"] = "12.345.678.901"
    refused(register, adult, field="document_number", word="dígitos")


def test_ti_with_five_digits_is_refused(refused, minor):
    minor["guardian_name"] = "Rosa Caicedo"
    minor["document_number"] = "12345"
    refused(register, minor, field="document_number", word="10 u 11 dígitos")


def test_nit_for_a_person_is_refused(refused, adult):
    adult["document_type_id"] = reference_id("document_type", "NIT")
    adult["document_number"] = "890399010-6"
    refused(register, adult, field="document_type_id", word="organizaciones")


def test_document_number_without_type_is_refused(refused, adult):
    del adult["document_type_id"]
    refused(register, adult, field="document_type_id", word="tipo de documento")


def test_document_type_without_number_is_refused(refused, adult):
    del adult["document_number"]
    refused(register, adult, field="document_number", word="Falta")


def test_unknown_document_type_is_refused(refused, adult):
    adult["document_type_id"] = reference_id("document_type", "XX")
    refused(register, adult, field="document_type_id", word="no existe")


def test_birth_date_in_the_future_is_refused(refused, adult):
    adult["birth_date"] = TODAY + dt.timedelta(days=1)
    refused(register, adult, field="birth_date", word="posterior")


def test_birth_year_out_of_range_is_refused(refused, adult):
    del adult["birth_date"]
    adult["birth_year"] = 1850
    refused(register, adult, field="birth_year", word="entre 1900")


def test_phone_with_seven_digits_is_refused(refused, adult):
    adult["phone"] = "555 1234"
    refused(register, adult, field="phone", word="10 dígitos")


def test_bad_email_is_refused(refused, adult):
    adult["email"] = "maria@"
    refused(register, adult, field="email", word="correo")


@pytest.mark.parametrize(("field", "word"), [("gender", "femenino"), ("disability", "ninguna")])
def test_unknown_choice_is_refused(refused, adult, field, word):
    adult[field] = "otro-valor"
    refused(register, adult, field=field, word=word)


@pytest.mark.parametrize("field", ["ethnic_group_id", "organization_id", "territory_id"])
def test_reference_to_nothing_is_refused(refused, adult, field):
    adult[field] = "00000000-0000-0000-0000-000000000000"
    refused(register, adult, field=field, word="no existe")


def test_reference_to_deleted_organization_is_refused(run, refused, adult, organization):
    from participa_desktop.core.services import organizations

    run(organizations.delete_organization, organization.id)
    adult["organization_id"] = organization.id
    refused(register, adult, field="organization_id", word="eliminad")


def test_all_problems_are_reported_at_once(refused, adult):
    adult["phone"] = "123"
    adult["email"] = "x"
    error = refused(register, adult, field="phone", word="teléfono")
    assert "email" in error.problems


def test_update_normalises_and_keeps_birth_year_in_step(run, participant):
    record = run(update, participant.id, {"birth_date": "02/02/1985", "phone": "310-555-9999"})
    assert record.birth_date == dt.date(1985, 2, 2)
    assert record.birth_year == 1985
    assert record.phone == "3105559999"
    assert record.given_names == participant.given_names


def test_update_checks_the_whole_record(refused, participant):
    refused(
        update,
        participant.id,
        {"birth_date": dt.date.today() - dt.timedelta(days=365 * 10)},
        field="guardian_name",
        word="menor de edad",
    )


def test_update_of_deleted_flag_is_refused(refused, participant):
    refused(update, participant.id, {"deleted": True}, field="deleted", word="Eliminar")


def test_update_of_unknown_id_is_not_found(run):
    with pytest.raises(NotFound, match="No se encontró la persona"):
        run(update, "no-existe", {"given_names": "X"})


def test_delete_is_a_tombstone_that_also_removes_attendance(run, raw, participant, workshop):
    mark = run(attendance.mark, workshop.id, participant.id)
    run(delete, participant.id)
    with pytest.raises(NotFound, match="eliminad"):
        run(update, participant.id, {"given_names": "X"})
    assert raw("SELECT deleted FROM participant WHERE id = :id", id=participant.id) == [(1,)]
    assert raw("SELECT deleted FROM attendance WHERE id = :id", id=mark.id) == [(1,)]


def test_register_many_stores_the_same_values_as_one_by_one(store, run, adult):
    one = run(register, adult)
    with store.unit_of_work() as session:
        assert participants.register_many(session, [adult, {**adult, "given_names": "Ana"}]) == 2
    with store.reading() as session:
        rows = session.query(Participant).filter(Participant.id != one.id).all()
        records = sorted((to_record(row) for row in rows), key=lambda r: r.given_names)
    assert [r.given_names for r in records] == ["Ana", "María José"]
    assert dataclasses.replace(records[1], id=one.id) == one


def test_register_many_with_a_bad_row_writes_nothing_and_names_the_row(refused, adult, minor):
    rows = [adult, {**adult, "given_names": "Ana"}, minor, {**adult, "given_names": "Luz"}]
    error = refused(
        participants.register_many, rows, field="fila 3: guardian_name", word="menor de edad"
    )
    assert all(key.startswith("fila 3: ") for key in error.problems)


def test_register_many_refuses_a_deleted_flag(store, adult):
    with pytest.raises(ValidationError) as caught, store.unit_of_work() as session:
        participants.register_many(session, [{**adult, "deleted": True}])
    assert "fila 1: deleted" in caught.value.problems


def test_editing_one_field_does_not_restamp_an_untidy_stored_field(store, run, adult):
    """A phone stored untidy (by an older app, or merged) keeps its version when another
    field is edited, so it cannot beat a newer edit of that phone on another device."""
    from sqlalchemy import text

    from participa_desktop.core.services import participants as service

    person = run(service.register_participant, adult)
    with store.unit_of_work() as session:
        session.execute(text("UPDATE participant SET phone = '310 555 1234' WHERE id = :id"),
                        {"id": person.id})
    with store.reading() as session:
        before = session.execute(text("SELECT phone_ver FROM participant")).scalar()
    run(service.update_participant, person.id, {"email": "nueva@example.org"})
    with store.reading() as session:
        phone, version = session.execute(
            text("SELECT phone, phone_ver FROM participant")).one()
    assert (phone, version) == ("310 555 1234", before)


def test_a_new_birth_date_also_updates_the_birth_year(run, adult):
    import datetime as dt

    from participa_desktop.core.services import participants as service

    person = run(service.register_participant, adult)
    record = run(service.update_participant, person.id, {"birth_date": dt.date(1985, 1, 2)})
    assert record.birth_year == 1985
