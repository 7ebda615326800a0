import dataclasses
import datetime as dt

import pytest

from participa_desktop.core.services import NotFound, implementations, knowledge
from sync.engine.ids import new_id

TODAY = dt.date.today()


@pytest.fixture
def note_values(implementation):
    return {
        "implementation_id": implementation.id,
        "kind": "learning",
        "date": "04/03/2025",
        "text": "Convocar por los consejos comunitarios aumenta la asistencia",
    }


@pytest.fixture
def milestone_values(implementation):
    return {
        "implementation_id": implementation.id,
        "date": dt.date(2025, 5, 2),
        "text": "Primera sesión del consejo juvenil",
    }


def test_add_note_returns_a_frozen_record(run, note_values, implementation):
    note = run(knowledge.add_note, note_values)
    assert note.implementation_id == implementation.id
    assert note.kind == "learning"
    assert note.date == dt.date(2025, 3, 4)
    assert note.text == note_values["text"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        note.kind = "challenge"


def test_note_date_is_optional(run, note_values):
    del note_values["date"]
    assert run(knowledge.add_note, note_values).date is None


def test_note_of_kind_rumor_is_refused(refused, note_values):
    note_values["kind"] = "rumor"
    refused(knowledge.add_note, note_values, field="kind", word="aprendizaje")


def test_note_without_kind_nor_text_is_refused(refused, implementation):
    values = {"implementation_id": implementation.id}
    error = refused(knowledge.add_note, values, field="kind", word="Falta")
    assert "Falta" in error.problems["text"]


def test_note_in_the_future_is_refused(refused, note_values):
    note_values["date"] = TODAY + dt.timedelta(days=1)
    refused(knowledge.add_note, note_values, field="date", word="posterior")


def test_note_with_impossible_date_is_refused(refused, note_values):
    note_values["date"] = "31/02/2025"
    refused(knowledge.add_note, note_values, field="date", word="dd/mm/aaaa")


def test_note_of_a_deleted_implementation_is_refused(run, refused, note_values):
    run(implementations.delete_implementation, note_values["implementation_id"])
    refused(knowledge.add_note, note_values, field="implementation_id", word="eliminada")


def test_note_of_an_unknown_implementation_is_refused(refused, note_values):
    note_values["implementation_id"] = new_id()
    refused(knowledge.add_note, note_values, field="implementation_id", word="no existe")


def test_note_with_unknown_field_is_refused(refused, note_values):
    note_values["autor"] = "Ana"
    refused(knowledge.add_note, note_values, field="autor", word="no es un dato")


def test_update_note_and_refuse_a_bad_kind(run, refused, note_values):
    note = run(knowledge.add_note, note_values)
    assert run(knowledge.update_note, note.id, {"kind": "challenge"}).kind == "challenge"
    refused(knowledge.update_note, note.id, {"kind": "rumor"}, field="kind", word="reto")
    refused(knowledge.update_note, note.id, {"deleted": True}, field="deleted", word="Eliminar")


def test_delete_note_is_a_tombstone(run, raw, note_values):
    note = run(knowledge.add_note, note_values)
    run(knowledge.delete_note, note.id)
    with pytest.raises(NotFound, match="No se encontró la nota"):
        run(knowledge.update_note, note.id, {"text": "X"})
    assert raw("SELECT deleted FROM knowledge_note") == [(1,)]


def test_add_milestone_returns_a_frozen_record(run, milestone_values):
    milestone = run(knowledge.add_milestone, milestone_values)
    assert milestone.date == dt.date(2025, 5, 2)
    assert milestone.text == "Primera sesión del consejo juvenil"


def test_milestone_without_date_is_refused(refused, milestone_values):
    del milestone_values["date"]
    refused(knowledge.add_milestone, milestone_values, field="date", word="Falta")


def test_milestone_before_2010_is_refused(refused, milestone_values):
    milestone_values["date"] = "2009-06-01"
    refused(knowledge.add_milestone, milestone_values, field="date", word="01/01/2010")


def test_milestone_more_than_a_year_ahead_is_refused(refused, milestone_values):
    milestone_values["date"] = TODAY + dt.timedelta(days=400)
    refused(knowledge.add_milestone, milestone_values, field="date", word="posterior")


def test_milestone_update_and_delete(run, milestone_values):
    milestone = run(knowledge.add_milestone, milestone_values)
    record = run(knowledge.update_milestone, milestone.id, {"date": "03/05/2025"})
    assert record.date == dt.date(2025, 5, 3)
    run(knowledge.delete_milestone, milestone.id)
    with pytest.raises(NotFound, match="No se encontró el hito"):
        run(knowledge.delete_milestone, milestone.id)
