"""The organisations list and each organisation's alliances."""

from __future__ import annotations

import datetime as dt

import pytest

from participa_desktop.core.services import (
    NotFound,
    implementations,
    organization_queries,
    organizations,
)


def test_ids_by_name_searchable_without_accents_or_by_nit(run, organization):
    alcaldia = run(organizations.create_organization,
                   {"name": "Alcaldía de Yumbo", "sector": "public"})
    gone = run(organizations.create_organization, {"name": "Cerrada", "sector": "private"})
    run(organizations.delete_organization, gone.id)
    assert run(organization_queries.organization_ids) == [alcaldia.id, organization.id]
    assert run(organization_queries.organization_ids, "ALCALDIA yumbo") == [alcaldia.id]
    assert run(organization_queries.organization_ids, "890399") == [organization.id]
    assert run(organization_queries.organization_ids, "nada") == []


def test_rows_name_the_municipality_and_count_alliances(run, organization, implementation):
    run(implementations.create_alliance,
        {"organization_id": organization.id, "purpose": "Formar líderes"})
    ended = run(implementations.create_alliance,
                {"organization_id": organization.id, "purpose": "Vieja"})
    run(implementations.delete_alliance, ended.id)
    row = run(organization_queries.organization_rows, [organization.id])[organization.id]
    assert (row.name, row.sector, row.nit) == ("Fundación Pacífico Vivo", "civil_society",
                                               "890399010-6")
    assert row.territory_name == "Buenaventura"
    assert row.is_model_ally and row.model_transfer_date == dt.date(2024, 6, 15)
    assert row.alliance_count == 1


def test_alliances_newest_first_with_their_implementation(run, organization, implementation):
    old = run(implementations.create_alliance,
              {"organization_id": organization.id, "purpose": "Primera",
               "start_date": "2020-01-01", "status": "ended"})
    new = run(implementations.create_alliance,
              {"organization_id": organization.id, "purpose": "Segunda",
               "start_date": "2024-01-01", "implementation_id": implementation.id})
    undated = run(implementations.create_alliance,
                  {"organization_id": organization.id, "purpose": "Sin fecha"})
    ids = run(organization_queries.alliance_ids, organization.id)
    assert ids == [new.id, old.id, undated.id]
    rows = run(organization_queries.alliance_rows, ids)
    assert rows[new.id].implementation_name == "Activa Buenaventura"
    assert rows[new.id].sector == "civil_society"  # the organisation's, by default
    assert rows[old.id].status == "ended" and rows[old.id].implementation_name is None
    assert run(organization_queries.alliance, new.id).purpose == "Segunda"


def test_organization_record_or_not_found(run, organization):
    assert run(organization_queries.organization, organization.id).email == \
        "contacto@pacificovivo.org"
    run(organizations.delete_organization, organization.id)
    with pytest.raises(NotFound):
        run(organization_queries.organization, organization.id)
