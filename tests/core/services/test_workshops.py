import dataclasses
import datetime as dt

import pytest

from participa_desktop.core.models import Workshop
from participa_desktop.core.services import (
    NotFound,
    attendance,
    choices,
    implementations,
    workshops,
)
from participa_desktop.core.services.base import to_record
from participa_desktop.core.store.seed import reference_id
from sync.engine.ids import new_id

BUENAVENTURA = reference_id("territory", "76109")
YUMBO = reference_id("territory", "76892")
LIDERAZGO = reference_id("component", "liderazgo")
INCIDENCIA = reference_id("component", "incidencia")
create = workshops.create_workshop
update = workshops.update_workshop
delete = workshops.delete_workshop


def test_create_returns_a_frozen_record_with_typed_values(workshop, implementation):
    assert workshop.title == "Taller de liderazgo juvenil"
    assert workshop.date == dt.date(2025, 3, 4)
    assert workshop.start_time == dt.time(9, 0)
    assert workshop.end_time == dt.time(12, 30)
    assert workshop.modality == "in_person"
    assert workshop.implementation_id == implementation.id
    with pytest.raises(dataclasses.FrozenInstanceError):
        workshop.title = "Otro"


def test_territory_defaults_to_the_implementation_one(workshop):
    assert workshop.territory_id == BUENAVENTURA


def test_explicit_territory_is_kept(run, workshop_values):
    workshop_values["territory_id"] = YUMBO
    assert run(create, workshop_values).territory_id == YUMBO


def test_components_are_linked(store, workshop):
    with store.reading() as session:
        assert workshops.component_ids(session, workshop.id) == [LIDERAZGO]


def test_set_components_replaces_them(store, run, workshop):
    run(workshops.set_components, workshop.id, [INCIDENCIA])
    with store.reading() as session:
        assert workshops.component_ids(session, workshop.id) == [INCIDENCIA]


def test_unknown_component_is_refused(refused, workshop_values):
    refused(create, workshop_values, ["no-existe"], field="components", word="no existe")


def test_missing_title_and_date_are_refused(refused):
    error = refused(create, {"place": "Salón comunal"}, field="title", word="Falta")
    assert "Falta" in error.problems["date"]


def test_workshop_in_2005_is_refused(refused, workshop_values):
    workshop_values["date"] = "15/05/2005"
    refused(create, workshop_values, field="date", word="anterior al 01/01/2010")


def test_workshop_too_far_in_the_future_is_refused(refused, workshop_values):
    workshop_values["date"] = dt.date.today() + dt.timedelta(days=3 * 366)
    refused(create, workshop_values, field="date", word="posterior")


def test_impossible_date_is_refused(refused, workshop_values):
    workshop_values["date"] = "31/02/2025"
    refused(create, workshop_values, field="date", word="dd/mm/aaaa")


def test_impossible_time_is_refused(refused, workshop_values):
    workshop_values["start_time"] = "25:00"
    refused(create, workshop_values, field="start_time", word="hh:mm")


def test_end_time_before_start_time_is_refused(refused, workshop_values):
    workshop_values["end_time"] = "08:30"
    refused(create, workshop_values, field="end_time", word="después de la hora de inicio")


def test_unknown_modality_is_refused(refused, workshop_values):
    workshop_values["modality"] = "telepático"
    refused(create, workshop_values, field="modality", word="presencial")


def test_too_long_place_is_refused(refused, workshop_values):
    workshop_values["place"] = "x" * 201
    refused(create, workshop_values, field="place", word="demasiado largo")


def test_unknown_field_is_refused(refused, workshop_values):
    workshop_values["asistentes"] = 30
    refused(create, workshop_values, field="asistentes", word="no es un dato")


def test_deleted_implementation_is_refused(run, refused, workshop_values, implementation):
    run(implementations.delete_implementation, implementation.id)
    refused(create, workshop_values, field="implementation_id", word="eliminad")


def test_unknown_implementation_is_refused(refused, workshop_values):
    workshop_values["implementation_id"] = new_id()
    refused(create, workshop_values, field="implementation_id", word="no existe")


def test_update_checks_times_against_stored_values(run, refused, workshop):
    refused(update, workshop.id, {"end_time": "08:00"}, field="end_time", word="después")
    record = run(update, workshop.id, {"end_time": "13:00", "modality": "hybrid"})
    assert record.end_time == dt.time(13, 0)
    assert record.modality == "hybrid"
    assert record.start_time == workshop.start_time


def test_update_of_deleted_flag_is_refused(refused, workshop):
    refused(update, workshop.id, {"deleted": True}, field="deleted", word="Eliminar")


def test_update_of_unknown_id_is_not_found(run):
    with pytest.raises(NotFound, match="No se encontró el taller"):
        run(update, new_id(), {"title": "X"})


def test_delete_tombstones_the_workshop_its_attendance_and_components(
    run, raw, store, workshop, participant
):
    mark = run(attendance.mark, workshop.id, participant.id)
    run(delete, workshop.id)
    with pytest.raises(NotFound, match="eliminad"):
        run(update, workshop.id, {"title": "X"})
    assert raw("SELECT deleted FROM workshop WHERE id = :id", id=workshop.id) == [(1,)]
    assert raw("SELECT deleted FROM attendance WHERE id = :id", id=mark.id) == [(1,)]
    links = raw("SELECT deleted FROM workshop_component WHERE workshop_id = :id", id=workshop.id)
    assert links == [(1,)]
    with store.reading() as session:
        assert workshops.component_ids(session, workshop.id) == []


def test_create_many_stores_the_same_values_as_one_by_one(store, run, workshop_values):
    one = run(create, workshop_values, [LIDERAZGO])
    bulk_id = new_id()
    with store.unit_of_work() as session:
        count = workshops.create_many(
            session, [{**workshop_values, "id": bulk_id}], {bulk_id: [LIDERAZGO]}
        )
        assert count == 1
    with store.reading() as session:
        bulk = to_record(session.get(Workshop, bulk_id))
        assert workshops.component_ids(session, bulk_id) == [LIDERAZGO]
    assert dataclasses.replace(bulk, id=one.id) == one


def test_create_many_with_a_bad_row_writes_nothing_and_names_the_row(refused, workshop_values):
    bad = {**workshop_values, "end_time": "08:00"}
    rows = [workshop_values, workshop_values, bad, workshop_values]
    refused(workshops.create_many, rows, {}, field="fila 3: end_time", word="después")


def test_create_many_with_an_unknown_component_writes_nothing(refused, workshop_values):
    row_id = new_id()
    rows = [{**workshop_values, "id": row_id}]
    refused(workshops.create_many, rows, {row_id: ["no-existe"]}, field="components", word="no")


def test_bulk_ids_must_be_ids_and_unique(store):
    import datetime as dt

    from participa_desktop.core.services import ValidationError
    from participa_desktop.core.services import workshops as service

    day = dt.date(2025, 5, 5)
    for rows in ([{"id": "taller-1", "title": "T", "date": day}],
                 [{"id": "01a20a2c-ad95-76e0-9ace-def10c13b352", "title": "T", "date": day}] * 2):
        with pytest.raises(ValidationError) as caught, store.unit_of_work() as session:
            service.create_many(session, rows, {})
        assert "identificador" in " ".join(caught.value.problems.values())


# --- Reading: the list, its filters and the form -----------------------------------------


def test_find_workshops_lists_newest_first_and_filters(run, store, workshop_values,
                                                       implementation):
    other = run(implementations.create_implementation,
                {"name": "Activa Yumbo", "territory_id": YUMBO})

    def make(title, date, start=None, components=(LIDERAZGO,), **changes):
        values = {**workshop_values, "title": title, "date": date, "start_time": start,
                  "end_time": None, **changes}
        return run(create, values, components)

    old = make("Viejo", "2024-05-01")
    morning = make("Mañana", "2025-03-04", "08:00", modality="virtual")
    afternoon = make("Tarde", "2025-03-04", "15:00", components=[INCIDENCIA])
    yumbo = make("Yumbo", "2025-02-01", implementation_id=other.id)
    gone = make("Borrado", "2025-03-05")
    run(delete, gone.id)

    def find(**filters):
        with store.reading() as session:
            return workshops.find_workshops(session, workshops.WorkshopFilter(**filters))

    assert find() == [afternoon.id, morning.id, yumbo.id, old.id]
    assert find(implementation_id=other.id) == [yumbo.id]
    assert find(territory_id=YUMBO) == [yumbo.id]
    assert find(modality="virtual") == [morning.id]
    assert find(component_id=INCIDENCIA) == [afternoon.id]
    assert find(date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 3, 3)) == [yumbo.id]


def test_workshop_rows_carry_names_components_and_present_count(
    run, store, workshop, participant, implementation
):
    run(workshops.set_components, workshop.id, [INCIDENCIA, LIDERAZGO])
    run(attendance.mark, workshop.id, participant.id)

    with store.reading() as session:
        rows = workshops.workshop_rows(session, [workshop.id, new_id()])
        lists = (choices.components(session), workshops.territory_choices(session))

    assert list(rows) == [workshop.id]
    row = rows[workshop.id]
    assert row.title == "Taller de liderazgo juvenil"
    assert row.implementation == "Activa Buenaventura"
    assert (row.territory, row.department) == ("Buenaventura", "Valle del Cauca")
    assert row.components == ("Liderazgos orientados a lo público", "Incidencia")
    assert row.present == 1
    components, territories = lists
    assert [c.id for c in components][:2] == [LIDERAZGO, INCIDENCIA]
    assert [c.id for c in territories] == [BUENAVENTURA]


def test_get_workshop_gives_the_record_and_its_components(run, store, workshop):
    with store.reading() as session:
        record, components = workshops.get_workshop(session, workshop.id)
    assert record == workshop
    assert components == [LIDERAZGO]
    run(delete, workshop.id)
    with pytest.raises(NotFound), store.reading() as session:
        workshops.get_workshop(session, workshop.id)
