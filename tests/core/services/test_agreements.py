import dataclasses
import datetime as dt

import pytest

from participa_desktop.core.models import Agreement, FollowUp
from participa_desktop.core.services import NotFound, agreements, workshops
from participa_desktop.core.services.base import to_record
from participa_desktop.core.services.base import update as base_update
from participa_desktop.core.store.seed import reference_id
from sync.engine.ids import new_id

INCIDENCIA = reference_id("component", "incidencia")
create = agreements.create_agreement
update = agreements.update_agreement
follow_up = agreements.add_follow_up
TODAY = dt.date.today()


@pytest.fixture
def values(workshop):
    return {"workshop_id": workshop.id, "text": "Instalar la mesa de participación juvenil"}


def test_create_returns_a_frozen_record_with_defaults(agreement, workshop, organization):
    assert agreement.workshop_id == workshop.id
    assert agreement.responsible_organization_id == organization.id
    assert agreement.component_id == INCIDENCIA
    assert agreement.due_date == dt.date(2025, 6, 30)
    assert agreement.status == "pending"
    assert agreement.progress == 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        agreement.progress = 10


def test_missing_workshop_and_text_are_refused(refused):
    error = refused(create, {"responsible_person": "Ana"}, field="workshop_id", word="Falta")
    assert "Falta" in error.problems["text"]


def test_progress_of_150_is_refused(refused, values):
    refused(create, {**values, "progress": 150}, field="progress", word="entre 0 y 100")


def test_progress_as_text_is_refused(refused, values):
    refused(create, {**values, "progress": "mucho"}, field="progress", word="número entero")


def test_unknown_status_is_refused(refused, values):
    refused(create, {**values, "status": "olvidado"}, field="status", word="pendiente")


def test_due_date_before_the_workshop_is_refused(refused, values):
    refused(create, {**values, "due_date": "03/03/2025"}, field="due_date", word="04/03/2025")


def test_deleted_workshop_is_refused(run, refused, values):
    run(workshops.delete_workshop, values["workshop_id"])
    refused(create, values, field="workshop_id", word="eliminado")


def test_unknown_component_and_organization_are_refused(refused, values):
    values.update(component_id=new_id(), responsible_organization_id=new_id())
    error = refused(create, values, field="component_id", word="no existe")
    assert "no existe" in error.problems["responsible_organization_id"]


def test_update_changes_status_and_progress(run, agreement):
    record = run(update, agreement.id, {"status": "in_progress", "progress": "40"})
    assert (record.status, record.progress) == ("in_progress", 40)


def test_update_checks_due_date_against_the_workshop(refused, agreement):
    refused(update, agreement.id, {"due_date": "2025-01-01"}, field="due_date", word="anterior")


def test_update_of_deleted_flag_is_refused(refused, agreement):
    refused(update, agreement.id, {"deleted": True}, field="deleted", word="Eliminar")


def test_delete_is_a_tombstone_that_keeps_follow_ups(run, raw, agreement):
    run(follow_up, {"agreement_id": agreement.id, "text": "Reunión", "date": "2025-03-10"})
    run(agreements.delete_agreement, agreement.id)
    with pytest.raises(NotFound, match="No se encontró el acuerdo"):
        run(update, agreement.id, {"progress": 10})
    assert raw("SELECT deleted FROM agreement") == [(1,)]
    assert raw("SELECT deleted FROM follow_up") == [(0,)]


# ---- follow-ups -------------------------------------------------------------------------


def test_follow_up_with_new_status_and_progress_updates_the_agreement(run, store, agreement):
    record = run(
        follow_up,
        {
            "agreement_id": agreement.id,
            "text": "El concejo recibió la propuesta",
            "date": "20/03/2025",
            "new_status": "in_progress",
            "new_progress": 60,
        },
    )
    assert record.date == dt.date(2025, 3, 20)
    assert (record.new_status, record.new_progress) == ("in_progress", 60)
    with store.reading() as session:
        stored = session.get(Agreement, agreement.id)
        assert (stored.status, stored.progress) == ("in_progress", 60)


def test_follow_up_without_changes_leaves_the_agreement_alone(run, store, agreement):
    record = run(follow_up, {"agreement_id": agreement.id, "text": "Sin novedad"})
    assert record.date == TODAY
    with store.reading() as session:
        assert to_record(session.get(Agreement, agreement.id)) == agreement


def test_follow_ups_are_listed_oldest_first(run, store, agreement):
    for day in ("2025-04-01", "2025-03-05", "2025-03-20"):
        run(follow_up, {"agreement_id": agreement.id, "text": f"Nota {day}", "date": day})
    with store.reading() as session:
        listed = agreements.follow_ups(session, agreement.id)
    assert [f.date.isoformat() for f in listed] == ["2025-03-05", "2025-03-20", "2025-04-01"]


def test_follow_up_in_the_future_is_refused(refused, agreement):
    values = {"agreement_id": agreement.id, "text": "X", "date": TODAY + dt.timedelta(days=1)}
    refused(follow_up, values, field="date", word="futura")


def test_follow_up_before_the_workshop_is_refused(refused, agreement):
    values = {"agreement_id": agreement.id, "text": "X", "date": "03/03/2025"}
    refused(follow_up, values, field="date", word="anterior al taller")


def test_follow_up_with_progress_150_is_refused(refused, agreement):
    values = {"agreement_id": agreement.id, "text": "X", "new_progress": 150}
    refused(follow_up, values, field="new_progress", word="entre 0 y 100")


def test_follow_up_of_a_deleted_agreement_is_refused(run, refused, agreement):
    run(agreements.delete_agreement, agreement.id)
    values = {"agreement_id": agreement.id, "text": "X"}
    refused(follow_up, values, field="agreement_id", word="eliminado")


def test_follow_up_without_text_is_refused(refused, agreement):
    refused(follow_up, {"agreement_id": agreement.id}, field="text", word="Falta")


def test_follow_up_cannot_be_edited(store, run, refused, agreement):
    record = run(follow_up, {"agreement_id": agreement.id, "text": "Primera reunión"})

    def edit(session):
        stored = session.get(FollowUp, record.id)
        base_update(session, stored, {"text": "Otra cosa"}, agreements._validate_follow_up)

    refused(edit, field="text", word="no se puede cambiar")


# ---- bulk --------------------------------------------------------------------------------


def test_create_many_stores_the_same_values_as_one_by_one(store, run, values):
    values.update(due_date="30/06/2025", progress=20, component_id=INCIDENCIA)
    one = run(create, values)
    bulk_id = new_id()
    assert run(agreements.create_many, [{**values, "id": bulk_id}]) == 1
    with store.reading() as session:
        bulk = to_record(session.get(Agreement, bulk_id))
    assert dataclasses.replace(bulk, id=one.id) == one


def test_create_many_with_a_bad_row_writes_nothing_and_names_the_row(refused, values):
    rows = [values, values, {**values, "progress": 150}, values]
    refused(agreements.create_many, rows, field="fila 3: progress", word="entre 0 y 100")


def test_add_follow_ups_many_appends_without_touching_the_agreements(run, store, agreement):
    rows = [
        {"agreement_id": agreement.id, "text": "A", "date": "2025-03-10", "new_progress": 30},
        {"agreement_id": agreement.id, "text": "B", "date": "2025-03-11"},
    ]
    assert run(agreements.add_follow_ups_many, rows) == 2
    with store.reading() as session:
        assert [f.text for f in agreements.follow_ups(session, agreement.id)] == ["A", "B"]
        assert session.get(Agreement, agreement.id).progress == 0


def test_add_follow_ups_many_with_a_bad_row_writes_nothing(refused, agreement):
    rows = [
        {"agreement_id": agreement.id, "text": "A", "date": "2025-03-10"},
        {"agreement_id": agreement.id, "text": "B", "date": "2025-03-01"},
    ]
    refused(agreements.add_follow_ups_many, rows, field="fila 2: date", word="anterior")


def test_long_texts_keep_their_line_breaks(run, workshop):
    from participa_desktop.core.services import agreements as service

    record = run(service.create_agreement,
                 {"workshop_id": workshop.id, "text": "  Acuerdos:\n- uno\n- dos  "})
    assert record.text == "Acuerdos:\n- uno\n- dos"
