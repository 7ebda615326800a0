"""Duplicate people: suggestions, links that sync and undo, the canonical person."""

import datetime as dt

import pytest

from participa_desktop.core.services import NotFound, attendance, duplicates, participants
from participa_desktop.core.services import workshops as workshop_service


def _person(store, given, first, second=None, **more):
    values = {"given_names": given, "first_surname": first, "second_surname": second,
              "consent_date": dt.date(2025, 2, 1), "consent_channel": "signed_paper",
              "consent_notice_version": "2025-1", **more}
    with store.unit_of_work() as session:
        return participants.register_participant(session, values).id


def _suggestions(store):
    with store.reading() as session:
        return duplicates.suggest(session)


def test_same_document_is_suggested(store):
    cc = "1130456789"
    from participa_desktop.core.store.seed import reference_id

    kind = reference_id("document_type", "CC")
    a = _person(store, "Jhon Jairo", "Angulo", document_type_id=kind, document_number=cc)
    b = _person(store, "John Jairo", "Angulo", document_type_id=kind, document_number=cc)
    _person(store, "Otra", "Persona")
    [group] = _suggestions(store)
    assert {p.id for p in group.people} == {a, b}
    assert group.reasons == ("mismo número de documento",)
    assert not group.linked


def test_same_name_with_same_birth_year_or_phone_is_suggested(store):
    a = _person(store, "Yésica", "Ibargüen", "Mosquera", birth_year=1994)
    b = _person(store, "YESICA", "Ibarguen", "Mosquera", birth_year=1994)
    c = _person(store, "Maryury", "Cuero", phone="3115550000")
    d = _person(store, "Maryury", "Cuero", phone="311 555 0000")
    _person(store, "Maryury", "Cuero", phone="3000000000")  # same name, nothing else
    groups = {frozenset(p.id for p in g.people): g.reasons for g in _suggestions(store)}
    assert groups == {frozenset({a, b}): ("mismo nombre y año de nacimiento",),
                      frozenset({c, d}): ("mismo nombre y teléfono",)}


def test_linking_makes_the_smallest_id_canonical_and_unlinking_undoes_it(store):
    a = _person(store, "Ana", "Riascos", birth_year=1990)
    b = _person(store, "Ana", "Riascos", birth_year=1990)
    c = _person(store, "Ana", "Riascos", birth_year=1990)
    with store.unit_of_work() as session:
        duplicates.link(session, b, a)
        duplicates.link(session, c, b)
    with store.reading() as session:
        assert {duplicates.canonical_id(session, x) for x in (a, b, c)} == {min(a, b, c)}
    assert _suggestions(store)[0].linked
    with store.unit_of_work() as session:
        duplicates.unlink(session, c, b)
    with store.reading() as session:
        assert duplicates.canonical_id(session, c) == c
        assert duplicates.canonical_id(session, b) == min(a, b)
    with store.unit_of_work() as session:
        duplicates.link(session, b, c)  # linking again revives the same row
        assert duplicates.canonical_id(session, c) == min(a, b, c)


def test_attendance_resolves_to_the_person_without_rewriting_it(store):
    a = _person(store, "Ana", "Riascos", birth_year=1990)
    b = _person(store, "Ana", "Riascos", birth_year=1990)
    with store.unit_of_work() as session:
        w1 = workshop_service.create_workshop(session, {"title": "T1", "date": "2025-03-01"})
        w2 = workshop_service.create_workshop(session, {"title": "T2", "date": "2025-04-01"})
        attendance.mark(session, w1.id, a)
        attendance.mark(session, w2.id, b)
        duplicates.link(session, a, b)
        seen = duplicates.attendance_of(session, b)
    assert {row.workshop_id for row in seen} == {w1.id, w2.id}
    assert {row.participant_id for row in seen} == {a, b}  # foreign keys untouched


def test_linking_needs_two_live_people(store):
    a = _person(store, "Ana", "Riascos")
    with pytest.raises(NotFound, match="distintas"), store.unit_of_work() as session:
        duplicates.link(session, a, a)
    with pytest.raises(NotFound, match="No se encontró"), store.unit_of_work() as session:
        duplicates.link(session, a, "00000000-0000-7000-8000-000000000000")
    with pytest.raises(NotFound, match="vínculo"), store.unit_of_work() as session:
        duplicates.unlink(session, a, _person(store, "Otra", "Persona"))
