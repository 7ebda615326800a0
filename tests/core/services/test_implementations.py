import dataclasses
import datetime as dt

import pytest

from participa_desktop.core.models import ImplementationAlly
from participa_desktop.core.services import NotFound, implementations, organizations
from participa_desktop.core.services.base import update as base_update
from participa_desktop.core.store.seed import reference_id
from sync.engine.ids import stable_id

BUENAVENTURA = reference_id("territory", "76109")
create = implementations.create_implementation
update = implementations.update_implementation
delete = implementations.delete_implementation


def test_create_returns_a_frozen_record(implementation, organization):
    assert implementation.name == "Activa Buenaventura"
    assert implementation.territory_id == BUENAVENTURA
    assert implementation.lead_organization_id == organization.id
    assert implementation.start_date == dt.date(2024, 2, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        implementation.name = "Otra"


def test_missing_name_and_territory_are_refused(refused):
    error = refused(create, {"description": "sin datos"}, field="territory_id", word="Falta")
    assert "Falta" in error.problems["name"]


def test_unknown_territory_is_refused(refused):
    values = {"name": "X", "territory_id": reference_id("territory", "00000")}
    refused(create, values, field="territory_id", word="no existe")


def test_deleted_lead_organization_is_refused(run, refused, organization):
    run(organizations.delete_organization, organization.id)
    values = {"name": "X", "territory_id": BUENAVENTURA, "lead_organization_id": organization.id}
    refused(create, values, field="lead_organization_id", word="eliminad")


def test_end_before_start_is_refused(refused):
    values = {
        "name": "X",
        "territory_id": BUENAVENTURA,
        "start_date": "2025-03-04",
        "end_date": "03/03/2025",
    }
    refused(create, values, field="end_date", word="anterior a la fecha de inicio")


def test_start_before_2010_is_refused(refused):
    values = {"name": "X", "territory_id": BUENAVENTURA, "start_date": "2009-12-31"}
    refused(create, values, field="start_date", word="anterior")


def test_impossible_date_is_refused(refused):
    values = {"name": "X", "territory_id": BUENAVENTURA, "start_date": "31/02/2025"}
    refused(create, values, field="start_date", word="dd/mm/aaaa")


def test_unknown_field_is_refused(refused):
    values = {"name": "X", "territory_id": BUENAVENTURA, "presupuesto": 10}
    refused(create, values, field="presupuesto", word="no es un dato")


def test_update_checks_dates_against_stored_values(run, refused, implementation):
    refused(
        update, implementation.id, {"end_date": "2024-01-31"}, field="end_date", word="anterior"
    )
    record = run(update, implementation.id, {"end_date": "2026-12-31"})
    assert record.end_date == dt.date(2026, 12, 31)
    assert record.start_date == implementation.start_date


def test_update_of_deleted_flag_is_refused(refused, implementation):
    refused(update, implementation.id, {"deleted": True}, field="deleted", word="Eliminar")


def test_delete_is_a_tombstone(run, raw, implementation):
    run(delete, implementation.id)
    with pytest.raises(NotFound, match="No se encontró la implementación"):
        run(update, implementation.id, {"name": "X"})
    rows = raw("SELECT deleted FROM implementation WHERE id = :id", id=implementation.id)
    assert rows == [(1,)]


# ---- allies ----------------------------------------------------------------------------


def test_add_ally_is_idempotent_with_a_stable_id(run, raw, implementation, organization):
    first = run(implementations.add_ally, implementation.id, organization.id, "transferencia")
    again = run(implementations.add_ally, implementation.id, organization.id)
    expected = stable_id("implementation_ally", implementation.id, organization.id)
    assert first.id == again.id == expected
    assert again.role == "transferencia"
    assert len(raw("SELECT id FROM implementation_ally")) == 1


def test_remove_ally_is_a_tombstone_and_add_revives_it(run, raw, implementation, organization):
    ally = run(implementations.add_ally, implementation.id, organization.id)
    run(implementations.remove_ally, implementation.id, organization.id)
    assert raw("SELECT deleted FROM implementation_ally") == [(1,)]
    with pytest.raises(NotFound, match="aliado"):
        run(implementations.remove_ally, implementation.id, organization.id)
    assert run(implementations.add_ally, implementation.id, organization.id).id == ally.id
    assert raw("SELECT deleted FROM implementation_ally") == [(0,)]


def test_ally_of_deleted_organization_is_not_found(run, implementation, organization):
    run(organizations.delete_organization, organization.id)
    with pytest.raises(NotFound, match="la organización"):
        run(implementations.add_ally, implementation.id, organization.id)


def test_ally_organization_cannot_be_changed(store, refused, implementation, organization):
    with store.unit_of_work() as session:
        implementations.add_ally(session, implementation.id, organization.id)
        other = organizations.create_organization(session, {"name": "Otra", "sector": "public"})
    ally_id = stable_id("implementation_ally", implementation.id, organization.id)

    def change(session):
        base_update(
            session,
            session.get(ImplementationAlly, ally_id),
            {"organization_id": other.id},
            lambda *_: None,
        )

    refused(change, field="organization_id", word="no se puede cambiar")


# ---- alliances ---------------------------------------------------------------------------


def test_alliance_takes_the_sector_of_its_organization(run, organization, implementation):
    record = run(
        implementations.create_alliance,
        {
            "organization_id": organization.id,
            "implementation_id": implementation.id,
            "purpose": "Formación de líderes",
            "start_date": "2025-01-15",
        },
    )
    assert record.sector == "civil_society"
    assert record.status == "active"
    assert record.start_date == dt.date(2025, 1, 15)


def test_alliance_without_organization_nor_purpose_is_refused(refused):
    error = refused(implementations.create_alliance, {}, field="organization_id", word="Falta")
    assert "Falta" in error.problems["purpose"]


def test_alliance_with_unknown_status_is_refused(refused, organization):
    values = {"organization_id": organization.id, "purpose": "X", "status": "eterna"}
    refused(implementations.create_alliance, values, field="status", word="activa")


def test_alliance_with_deleted_organization_is_refused(run, refused, organization):
    run(organizations.delete_organization, organization.id)
    values = {"organization_id": organization.id, "purpose": "X"}
    refused(implementations.create_alliance, values, field="organization_id", word="eliminad")


def test_alliance_update_and_delete(run, organization):
    alliance = run(
        implementations.create_alliance, {"organization_id": organization.id, "purpose": "X"}
    )
    record = run(implementations.update_alliance, alliance.id, {"status": "ended"})
    assert record.status == "ended"
    run(implementations.delete_alliance, alliance.id)
    with pytest.raises(NotFound, match="la alianza"):
        run(implementations.update_alliance, alliance.id, {"status": "active"})
