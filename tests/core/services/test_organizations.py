import dataclasses
import datetime as dt

import pytest

from participa_desktop.core.services import NotFound, organizations
from participa_desktop.core.store.seed import reference_id
from participa_desktop.core.validation import nit_check_digit_ok

create = organizations.create_organization
update = organizations.update_organization
delete = organizations.delete_organization


def test_valid_nit_used_in_these_tests_is_valid():
    assert nit_check_digit_ok("890399010-6")
    assert not nit_check_digit_ok("890399010-5")


def test_create_returns_a_frozen_record_with_normalised_values(organization):
    assert organization.name == "Fundación Pacífico Vivo"
    assert organization.sector == "civil_society"
    assert organization.nit == "890399010-6"
    assert organization.email == "contacto@pacificovivo.org"
    assert organization.phone == "6022415566"
    assert organization.territory_id == reference_id("territory", "76109")
    assert organization.is_model_ally is True
    assert organization.model_transfer_date == dt.date(2024, 6, 15)
    with pytest.raises(dataclasses.FrozenInstanceError):
        organization.name = "Otra"


def test_only_name_and_sector_are_required(run):
    record = run(create, {"name": "Alcaldía de Yumbo", "sector": "public"})
    assert record.nit is None
    assert record.is_model_ally is False


def test_missing_name_and_sector_are_refused(refused):
    error = refused(create, {}, field="name", word="Falta")
    assert "Falta" in error.problems["sector"]


def test_unknown_sector_is_refused(refused):
    refused(create, {"name": "X", "sector": "mafia"}, field="sector", word="sociedad civil")


def test_unknown_field_is_refused(refused):
    refused(create, {"name": "X", "sector": "public", "nombre": "Y"}, field="nombre", word="no es")


def test_id_given_by_the_caller_is_refused(refused):
    refused(create, {"id": "x", "name": "X", "sector": "public"}, field="id", word="no es")


def test_nit_with_wrong_check_digit_is_refused(refused, organization_values):
    organization_values["nit"] = "890399010-5"
    refused(create, organization_values, field="nit", word="verificación")


def test_nit_with_too_few_digits_is_refused(refused, organization_values):
    organization_values["nit"] = "89039901"
    refused(create, organization_values, field="nit", word="9 dígitos")


def test_phone_with_seven_digits_is_refused(refused, organization_values):
    organization_values["phone"] = "555 1234"
    refused(create, organization_values, field="phone", word="10 dígitos")


def test_bad_email_is_refused(refused, organization_values):
    organization_values["email"] = "contacto@pacifico"
    refused(create, organization_values, field="email", word="correo")


def test_too_long_name_is_refused(refused, organization_values):
    organization_values["name"] = "x" * 201
    refused(create, organization_values, field="name", word="demasiado largo")


def test_text_for_yes_no_is_refused(refused, organization_values):
    organization_values["is_model_ally"] = "quizás"
    refused(create, organization_values, field="is_model_ally", word="sí o no")


def test_impossible_transfer_date_is_refused(refused, organization_values):
    organization_values["model_transfer_date"] = "31/02/2025"
    refused(create, organization_values, field="model_transfer_date", word="dd/mm/aaaa")


def test_future_transfer_date_is_refused(refused, organization_values):
    organization_values["model_transfer_date"] = dt.date.today() + dt.timedelta(days=1)
    refused(create, organization_values, field="model_transfer_date", word="posterior")


def test_unknown_territory_is_refused(refused, organization_values):
    organization_values["territory_id"] = reference_id("territory", "99999")
    refused(create, organization_values, field="territory_id", word="no existe")


def test_update_changes_and_normalises(run, organization):
    record = run(update, organization.id, {"phone": "310 555 1234", "sector": "private"})
    assert record.phone == "3105551234"
    assert record.sector == "private"
    assert record.name == organization.name


def test_update_is_validated_and_writes_nothing_when_refused(refused, organization):
    refused(update, organization.id, {"nit": "123"}, field="nit", word="NIT")


def test_update_of_deleted_flag_is_refused(refused, organization):
    refused(update, organization.id, {"deleted": True}, field="deleted", word="Eliminar")


def test_update_of_unknown_id_is_not_found(run):
    with pytest.raises(NotFound, match="No se encontró la organización"):
        run(update, "no-existe", {"name": "X"})


def test_delete_is_a_tombstone(run, raw, organization):
    run(delete, organization.id)
    with pytest.raises(NotFound, match="eliminad"):
        run(update, organization.id, {"name": "X"})
    with pytest.raises(NotFound):
        run(delete, organization.id)
    rows = raw("SELECT name, deleted FROM organization WHERE id = :id", id=organization.id)
    assert [tuple(r) for r in rows] == [(organization.name, 1)]
