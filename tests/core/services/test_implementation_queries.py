"""The implementations list and one implementation's allies, notes and milestones."""

from __future__ import annotations

import datetime as dt

from participa_desktop.core.services import (
    implementation_queries,
    implementations,
    knowledge,
    organizations,
)
from participa_desktop.core.store.seed import reference_id

YUMBO = reference_id("territory", "76892")


def test_ids_by_name_searchable_by_municipality(run, implementation):
    yumbo = run(implementations.create_implementation,
                {"name": "Activa Yumbo", "territory_id": YUMBO})
    gone = run(implementations.create_implementation,
               {"name": "Borrada", "territory_id": YUMBO})
    run(implementations.delete_implementation, gone.id)
    assert run(implementation_queries.implementation_ids) == [implementation.id, yumbo.id]
    assert run(implementation_queries.implementation_ids, "valle yumbo") == [yumbo.id]


def test_rows_name_the_territory_and_lead_and_count_workshops(run, implementation, workshop):
    row = run(implementation_queries.implementation_rows,
              [implementation.id])[implementation.id]
    assert (row.name, row.territory_name, row.department) == (
        "Activa Buenaventura", "Buenaventura", "Valle del Cauca")
    assert row.lead_organization_name == "Fundación Pacífico Vivo"
    assert row.start_date == dt.date(2024, 2, 1) and row.end_date is None
    assert row.workshop_count == 1
    assert run(implementation_queries.implementation, implementation.id).name == \
        "Activa Buenaventura"


def test_allies_by_name_without_the_removed(run, implementation, organization):
    other = run(organizations.create_organization,
                {"name": "Alcaldía de Buenaventura", "sector": "public"})
    run(implementations.add_ally, implementation.id, organization.id, "Formación")
    run(implementations.add_ally, implementation.id, other.id)
    ids = run(implementation_queries.ally_ids, implementation.id)
    rows = run(implementation_queries.ally_rows, ids)
    assert [rows[i].organization_name for i in ids] == [
        "Alcaldía de Buenaventura", "Fundación Pacífico Vivo"]
    assert rows[ids[1]].role == "Formación" and rows[ids[0]].sector == "public"
    run(implementations.remove_ally, implementation.id, other.id)
    assert len(run(implementation_queries.ally_ids, implementation.id)) == 1


def test_notes_newest_first_and_milestones_in_date_order(run, implementation):
    old = run(knowledge.add_note, {"implementation_id": implementation.id,
                                   "kind": "learning", "text": "Antes", "date": "2024-03-01"})
    new = run(knowledge.add_note, {"implementation_id": implementation.id,
                                   "kind": "challenge", "text": "Después",
                                   "date": "2025-01-10"})
    assert run(implementation_queries.note_ids, implementation.id) == [new.id, old.id]
    rows = run(implementation_queries.note_rows, [new.id])
    assert (rows[new.id].kind, rows[new.id].text) == ("challenge", "Después")
    second = run(knowledge.add_milestone, {"implementation_id": implementation.id,
                                           "date": "2025-05-01", "text": "Cierre"})
    first = run(knowledge.add_milestone, {"implementation_id": implementation.id,
                                          "date": "2024-05-01", "text": "Arranque"})
    assert run(implementation_queries.milestone_ids, implementation.id) == [first.id, second.id]
    assert run(implementation_queries.milestone_rows, [first.id])[first.id].text == "Arranque"
    run(knowledge.delete_milestone, first.id)
    assert run(implementation_queries.milestone_ids, implementation.id) == [second.id]
    assert run(implementation_queries.note, old.id).text == "Antes"
    assert run(implementation_queries.milestone, second.id).text == "Cierre"
