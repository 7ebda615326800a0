"""The tracker's read queries: overdue first then by due date, filters, search without
accents, rows with names joined, and the pickers' choices."""

from __future__ import annotations

import datetime as dt

import pytest

from participa_desktop.core.services import agreement_tracker as tracker
from participa_desktop.core.services import agreements, implementations, workshops
from participa_desktop.core.store.seed import reference_id

LIDERAZGO = reference_id("component", "liderazgo")
INCIDENCIA = reference_id("component", "incidencia")
TODAY = dt.date(2025, 8, 1)


@pytest.fixture
def read(store):
    def call(function, *args, **kwargs):
        with store.reading() as session:
            return function(session, *args, **kwargs)

    return call


@pytest.fixture
def other_workshop(run):
    """A workshop of another implementation (Yumbo), with no component."""
    yumbo = run(implementations.create_implementation,
                {"name": "Activa Yumbo", "territory_id": reference_id("territory", "76892")})
    return run(workshops.create_workshop,
               {"title": "Mesa de gobierno abierto", "implementation_id": yumbo.id,
                "date": "10/02/2025"})


@pytest.fixture
def four(run, workshop, other_workshop, organization):
    """Four agreements: late (due 30/06, pending), done (due 01/05, so not late),
    upcoming (due 30/09, in progress) and one without due date at the other workshop."""

    def make(**values):
        return run(agreements.create_agreement, {"workshop_id": workshop.id, **values}).id

    return {
        "late": make(text="Presentar la propuesta al concejo", due_date="2025-06-30",
                     responsible_organization_id=organization.id, component_id=INCIDENCIA),
        "done": make(text="Instalar la mesa", due_date="2025-05-01", status="done",
                     progress=100, component_id=LIDERAZGO),
        "upcoming": make(text="Hacer la cartografía", due_date="2025-09-30",
                         status="in_progress", progress=40,
                         responsible_person="Jhon Jairo Caicedo"),
        "undated": run(agreements.create_agreement,
                       {"workshop_id": other_workshop.id, "text": "Publicar el informe",
                        "responsible_person": "Ñeque Ríos"}).id,
    }


def test_overdue_first_then_by_due_date_and_undated_last(read, four):
    found = read(tracker.tracker_ids, today=TODAY)
    assert found.ids == (four["late"], four["done"], four["upcoming"], four["undated"])
    assert found.overdue == 1


def test_a_done_agreement_is_never_overdue(read, four):
    found = read(tracker.tracker_ids, tracker.TrackerFilter(overdue_only=True), today=TODAY)
    assert found.ids == (four["late"],)
    later = read(tracker.tracker_ids, tracker.TrackerFilter(overdue_only=True),
                 today=dt.date(2025, 12, 1))
    assert set(later.ids) == {four["late"], four["upcoming"]}


def test_filters_by_status_component_and_implementation(read, four, implementation):
    def ids(**filters):
        return set(read(tracker.tracker_ids, tracker.TrackerFilter(**filters), today=TODAY).ids)

    assert ids(status="in_progress") == {four["upcoming"]}
    assert ids(component_id=LIDERAZGO) == {four["done"]}
    assert ids(implementation_id=implementation.id) == {four["late"], four["done"],
                                                        four["upcoming"]}
    assert ids(implementation_id=implementation.id, component_id=INCIDENCIA) == {four["late"]}


def test_search_ignores_accents_and_case_and_looks_at_names(read, four):
    def ids(search):
        found = read(tracker.tracker_ids, tracker.TrackerFilter(search=search), today=TODAY)
        return set(found.ids)

    assert ids("CARTOGRAFIA") == {four["upcoming"]}
    assert ids("neque rios") == {four["undated"]}
    assert ids("pacífico") == {four["late"]}  # the responsible organisation's name
    assert ids("gobierno abierto") == {four["undated"]}  # the workshop's title
    assert ids("mesa instalar") == {four["done"]}
    assert ids("nadie") == set()


def test_deleted_agreements_are_left_out(run, read, four):
    run(agreements.delete_agreement, four["late"])
    assert four["late"] not in read(tracker.tracker_ids, today=TODAY).ids
    assert read(tracker.tracker_rows, [four["late"]]) == {}


def test_rows_join_the_names_and_the_last_follow_up(run, read, four, organization,
                                                    implementation):
    run(agreements.add_follow_up, {"agreement_id": four["late"], "text": "Primera reunión",
                                   "date": "2025-04-01"})
    run(agreements.add_follow_up, {"agreement_id": four["late"], "text": "Radicada",
                                   "date": "2025-05-02", "new_status": "in_progress",
                                   "new_progress": 50})
    rows = read(tracker.tracker_rows, [four["late"], four["undated"], "no-existe"], today=TODAY)
    assert set(rows) == {four["late"], four["undated"]}
    late = rows[four["late"]]
    assert late.workshop_title == "Taller de liderazgo juvenil"
    assert late.workshop_date == dt.date(2025, 3, 4)
    assert late.implementation_id == implementation.id
    assert late.implementation_name == "Activa Buenaventura"
    assert late.component_name == "Incidencia"
    assert late.responsible_organization_name == organization.name
    assert (late.status, late.progress) == ("in_progress", 50)
    assert late.last_follow_up == dt.date(2025, 5, 2)
    assert late.overdue
    undated = rows[four["undated"]]
    assert undated.last_follow_up is None and not undated.overdue
    assert undated.responsible_person == "Ñeque Ríos"
    assert undated.component_name is None


def test_follow_up_rows_by_id(run, read, four):
    note = run(agreements.add_follow_up, {"agreement_id": four["done"], "text": "Listo",
                                          "date": "2025-05-01"})
    assert read(tracker.follow_up_rows, [note.id, "otro"]) == {note.id: note}


def test_choices(read, four, organization, implementation, other_workshop):
    choices = read(tracker.tracker_choices)
    assert [c.name for c in choices.workshops] == ["Taller de liderazgo juvenil",
                                                   "Mesa de gobierno abierto"]
    assert choices.workshops[0].date == dt.date(2025, 3, 4)
    assert [c.name for c in choices.implementations] == ["Activa Buenaventura", "Activa Yumbo"]
    assert [c.id for c in choices.organizations] == [organization.id]
    assert [c.name for c in choices.components][:2] == ["Liderazgos orientados a lo público",
                                                        "Incidencia"]


def test_the_workshops_to_choose_are_ordered_around_today(run, read, workshop, other_workshop):
    coming = run(workshops.create_workshop, {"title": "Dentro de un mes", "date": "2025-09-01"})
    choices = read(tracker.tracker_choices, today=TODAY)
    assert [c.id for c in choices.workshops] == [workshop.id, other_workshop.id, coming.id]
